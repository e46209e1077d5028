// Each importer on fixtures the test writes: QPdfWriter PDFs with running headers and page numbers,
// an encrypted PDF, a generated .docx, web pages, GB18030 and UTF-16 text.
#include "fixtures.h"
#include "import/importer.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

namespace {

const QString kPara1
    = QStringLiteral("完善城乡信息通信网络布局。加快骨干网络升级，推广园区专用网络，到2023年，新建5G基站超20万个，"
                     "培育3000项典型应用场景。实施光纤入户改造工程，提升网络覆盖的质量和效率，推动算力设施向集约、"
                     "低碳、智能方向发展。");
const QString kPara2 = QStringLiteral("筑牢安全防线。健全重要信息系统保护、数据出境评估等规则，引导企业增强守法意识，"
                                      "依法依规经营，完善网络安全防护体系。");
const QString kHeader = QStringLiteral("某某省人民政府办公厅文件");

// Three A4 pages at 72 dpi: a running header, two wrapped paragraphs, a page number "— N —".
QByteArray makePdf()
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QPdfWriter w(&buf);
    w.setResolution(72);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&w);
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(14);
    p.setFont(f);
    for (int page = 0; page < 3; ++page) {
        if (page > 0)
            w.newPage();
        p.drawText(QRectF(72, 30, 451, 20), Qt::AlignHCenter, kHeader);
        QRectF r1(72, 100, 451, 200);
        QRectF used;
        p.drawText(r1, Qt::TextWordWrap, QStringLiteral("\u3000\u3000") + kPara1, &used);
        p.drawText(QRectF(72, used.bottom() + 20, 451, 200), Qt::TextWordWrap, QStringLiteral("\u3000\u3000") + kPara2);
        p.drawText(QRectF(72, 800, 451, 20), Qt::AlignHCenter, QStringLiteral("— %1 —").arg(page + 1));
    }
    p.end();
    return bytes;
}

QByteArray docxWith(const QByteArray &documentXml)
{
    const QByteArray types
        = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          "wordprocessingml.document.main+xml\"/></Types>";
    return fixtures::zipArchive({{"[Content_Types].xml", types}, {"word/document.xml", documentXml}});
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT
private slots:
    void pdfParagraphsAndBoxes();
    void encryptedPdf();
    void docxOrder();
    void docxNumbering();
    void htmlMainText();
    void htmlBrokenMarkup();
    void htmlGbk();
    void textEncodings();
};

void TestFormats::pdfParagraphsAndBoxes()
{
    const QByteArray pdf = makePdf();
    if (qEnvironmentVariableIsSet("PLENS_DUMP_PDF")) {
        QFile d(QStringLiteral("/tmp/made.pdf"));
        d.open(QIODevice::WriteOnly);
        d.write(pdf);
    }
    const auto doc = importBytes(QStringLiteral("made.pdf"), pdf);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->format, SourceFormat::Pdf);
    QCOMPARE(doc->pageSizes.size(), 3);
    QCOMPARE(doc->originalBytes, pdf);
    const QString &t = doc->displayText;
    // Running header and page numbers are gone; paragraphs are whole (no line breaks inside).
    QVERIFY2(!t.contains(kHeader), qPrintable(t));
    QVERIFY2(!t.contains(QStringLiteral("—")), qPrintable(t));
    QVERIFY2(t.count(kPara1) == 3, qPrintable(t));
    QCOMPARE(t.count(kPara2), 3);
    QVERIFY(t.contains(QStringLiteral("新建5G基站超20万个")));
    // One box per character; the box of "基站" on page 2 lies inside the text rectangle.
    QCOMPARE(doc->charBoxes.size(), t.size());
    const qsizetype at = t.indexOf(QStringLiteral("基站"), t.indexOf(kPara1, t.indexOf(kPara1) + 1));
    QVERIFY(at > 0);
    const CharBox b = doc->charBoxes.at(at);
    QCOMPARE(b.page, 1);
    QVERIFY2(b.box.left() >= 72.0 / 595 - 0.01 && b.box.right() <= 523.0 / 595 + 0.01,
             qPrintable(QString::number(b.box.left())));
    QVERIFY(b.box.top() >= 100.0 / 842 - 0.01 && b.box.bottom() <= 300.0 / 842);
    QVERIFY(b.box.width() > 0.01 && b.box.width() < 0.05);
    // Paragraph breaks carry no box; characters do.
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char('\n'))
            QCOMPARE(doc->charBoxes.at(i).page, -1);
        else if (!t.at(i).isSpace())
            QVERIFY(doc->charBoxes.at(i).page >= 0);
    }
}

void TestFormats::encryptedPdf()
{
    const QByteArray pdf = fixtures::encryptedPdf("Budget plan 2025 approved", "s3cret");
    QVERIFY(pdfNeedsPassword(pdf));
    const auto locked = importBytes(QStringLiteral("locked.pdf"), pdf);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().file, QStringLiteral("locked.pdf"));
    QVERIFY2(locked.error().message.contains(QStringLiteral("password")), qPrintable(locked.error().message));
    ImportOptions wrong;
    wrong.password = QStringLiteral("guess");
    const auto bad = importBytes(QStringLiteral("locked.pdf"), pdf, wrong);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("password")));
    ImportOptions right;
    right.password = QStringLiteral("s3cret");
    const auto doc = importBytes(QStringLiteral("locked.pdf"), pdf, right);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->displayText.trimmed(), QStringLiteral("Budget plan 2025 approved"));
    QCOMPARE(doc->originalBytes, pdf);
}

void TestFormats::docxOrder()
{
    const QByteArray xml
        = QStringLiteral(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
              "<w:p><w:pPr><w:pStyle "
              "w:val=\"Heading1\"/></w:pPr><w:r><w:t>关于促进某某产业加快发展的实施意见</w:t></w:r></w:p>"
              "<w:p><w:r><w:t xml:space=\"preserve\">到2025年，</w:t></w:r><w:r><w:t>建成5G基站</w:t></w:r>"
              "<w:del><w:r><w:delText>删除的文字</w:delText></w:r></w:del><w:r><w:t>1万个。</w:t></w:r></w:p>"
              "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>目标值</w:t></w:r></"
              "w:p></w:tc></w:tr></w:tbl>"
              "<w:p><w:r><w:t>最后一段。</w:t></w:r></w:p>"
              "</w:body></w:document>")
              .toUtf8();
    const auto doc = importBytes(QStringLiteral("made.docx"), docxWith(xml));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->format, SourceFormat::Docx);
    const QString &t = doc->displayText;
    QVERIFY(!t.contains(QStringLiteral("删除")));
    const qsizetype h = t.indexOf(QStringLiteral("关于促进某某产业加快发展的实施意见"));
    const qsizetype p = t.indexOf(QStringLiteral("到2025年，建成5G基站1万个。"));
    const qsizetype c1 = t.indexOf(QStringLiteral("指标"));
    const qsizetype c2 = t.indexOf(QStringLiteral("目标值"));
    const qsizetype l = t.indexOf(QStringLiteral("最后一段。"));
    QVERIFY2(h == 0 && p > h && c1 > p && c2 > c1 && l > c2, qPrintable(t));
    QCOMPARE(doc->meta.docType, QStringLiteral("意见"));
}

void TestFormats::docxNumbering()
{
    const QByteArray numbering
        = "<?xml version=\"1.0\"?><w:numbering "
          "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          "<w:abstractNum w:abstractNumId=\"7\">"
          "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText "
          "w:val=\"%1、\"/></w:lvl>"
          "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText "
          "w:val=\"（%2）\"/></w:lvl>"
          "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
          "</w:abstractNum><w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";
    const auto para = [](int level, const QString &text) {
        return QStringLiteral("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"%1\"/><w:numId "
                              "w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>%2</w:t></w:r></w:p>")
            .arg(level)
            .arg(text);
    };
    const QString heading
        = QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>保障措施</w:t></w:r></w:p>");
    const QString body = para(0, QStringLiteral("总体要求")) + para(1, QStringLiteral("基本原则"))
        + para(1, QStringLiteral("发展目标")) + para(2, QStringLiteral("建成基站。"))
        + para(0, QStringLiteral("主要任务")) + para(1, QStringLiteral("加快建设。")) + heading;
    // Heading2 is based on Heading1, whose style carries list 3, level 0.
    const QByteArray stylesXml
        = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:numPr><w:numId "
          "w:val=\"3\"/></w:numPr></w:pPr></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:basedOn w:val=\"Heading1\"/></w:style></w:styles>";
    const QByteArray xml = QStringLiteral("<?xml version=\"1.0\"?><w:document "
                                          "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                          "<w:body>%1</w:body></w:document>")
                               .arg(body)
                               .toUtf8();
    const QByteArray types
        = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    const auto doc = importBytes(QStringLiteral("numbered.docx"),
                                 fixtures::zipArchive({{"[Content_Types].xml", types},
                                                       {"word/document.xml", xml},
                                                       {"word/numbering.xml", numbering},
                                                       {"word/styles.xml", stylesXml}}));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(
        doc->displayText.split(QStringLiteral("\n\n")),
        QStringList({QStringLiteral("一、总体要求"), QStringLiteral("（一）基本原则"), QStringLiteral("（二）发展目标"),
                     QStringLiteral("1.建成基站。"), QStringLiteral("二、主要任务"), QStringLiteral("（一）加快建设。"),
                     QStringLiteral("三、保障措施")}));
}

void TestFormats::htmlMainText()
{
    const QByteArray html
        = QStringLiteral(
              "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某某市数字经济实施方案_某某市人民政府</title>"
              "<script>document.write('<p>脚本文字</p>')</script><style>p{color:red}</style>"
              "<link rel=\"stylesheet\" href=\"http://example.invalid/a.css\"></head><body>"
              "<div class=\"nav\"><a href=\"/\">首页</a> 政务公开 互动交流</div>"
              "<div class=\"position\">当前位置：首页 &gt; 政策文件</div>"
              "<div id=\"zoom\"><p>某某市数字经济实施方案</p><p>发布时间：2022-03-05 字体：[ 大 中 小 ]</p>"
              "<p>&#12288;&#12288;到2025年，全市建成5G基站<b>1.2</b>万个&nbsp;。</p>"
              "<img src=\"http://example.invalid/tracker.png\"><p>扫一扫在手机打开当前页</p></div>"
              "<div class=\"footer\">版权所有：某某市人民政府 网站标识码1234</div>"
              "<footer>技术支持：某公司</footer></body></html>")
              .toUtf8();
    const auto doc = importBytes(QStringLiteral("page.html"), html);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->format, SourceFormat::Html);
    const QString &t = doc->displayText;
    QVERIFY2(t.contains(QStringLiteral("到2025年，全市建成5G基站1.2万个。")), qPrintable(t));
    for (const QString &d :
         {QStringLiteral("脚本"), QStringLiteral("color"), QStringLiteral("首页"), QStringLiteral("版权"),
          QStringLiteral("技术支持"), QStringLiteral("字体"), QStringLiteral("扫一扫"), QStringLiteral("政务公开")})
        QVERIFY2(!t.contains(d), qPrintable(d + QStringLiteral(" in ") + t));
    QCOMPARE(doc->meta.title, QStringLiteral("某某市数字经济实施方案"));
    QCOMPARE(doc->meta.date, QDate(2022, 3, 5));
    QCOMPARE(doc->meta.docType, QStringLiteral("方案"));
}

void TestFormats::htmlBrokenMarkup()
{
    // A furniture container that is never closed does not swallow the page.
    const QByteArray html
        = QStringLiteral(
              "<html><body><div class=\"share\">分享到：<p>到2025年，建成5G基站1.2万个，培育数字经济核心企业100家。</p>"
              "<p>强化安全保障，建立健全信息安全保障体系。</p></body></html>")
              .toUtf8();
    const auto doc = importBytes(QStringLiteral("broken.html"), html);
    QVERIFY(doc.ok());
    QVERIFY2(doc->displayText.contains(QStringLiteral("建成5G基站1.2万个")), qPrintable(doc->displayText));
    QVERIFY(doc->displayText.contains(QStringLiteral("强化安全保障")));
    QVERIFY(!doc->displayText.contains(QStringLiteral("分享")));
}

void TestFormats::htmlGbk()
{
    // A page declared as gb2312, its bytes in GBK (written from the known code table).
    QByteArray html
        = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>";
    html += QByteArray::fromHex("d6d0cec4bbf9d5be"); // 中文基站
    html += "</p></body></html>";
    const auto doc = importBytes(QStringLiteral("gbk.htm"), html);
    QVERIFY(doc.ok());
    QCOMPARE(doc->displayText, QStringLiteral("中文基站"));
}

void TestFormats::textEncodings()
{
    const QString text = QStringLiteral("关于印发某某实施方案的通知\r\n到2025年，建成5G基站超20万个。\r\n");
    QStringEncoder gb("GB18030");
    QList<std::pair<QString, QByteArray>> forms;
    forms.append({QStringLiteral("utf8.txt"), text.toUtf8()});
    forms.append({QStringLiteral("bom.txt"), QByteArray("\xEF\xBB\xBF") + text.toUtf8()});
    forms.append({QStringLiteral("utf16.txt"),
                  QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)});
    forms.append(
        {QStringLiteral("utf16-nobom.txt"), QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)});
    if (gb.isValid())
        forms.append({QStringLiteral("gb.txt"), QByteArray(gb(text))});
    QString first;
    for (const auto &[name, bytes] : forms) {
        const auto doc = importBytes(name, bytes);
        QVERIFY2(doc.ok(), qPrintable(name));
        QVERIFY(!doc->displayText.contains(QLatin1Char('\r')));
        QVERIFY(doc->charBoxes.isEmpty());
        if (first.isEmpty())
            first = doc->displayText;
        QCOMPARE(doc->displayText, first);
    }
    QCOMPARE(first, QStringLiteral("关于印发某某实施方案的通知\n\n到2025年，建成5G基站超20万个。"));
}

QTEST_MAIN(TestFormats)
#include "tst_formats.moc"
