// Writes the fuzz targets' inputs into OUT/<target>/: seeds (small valid files of each format, made
// here the way the tests make theirs) in OUT/<target>/seeds, and the reproducers of issue 19 in
// OUT/<target>/issue19 (each file named after the finding it reproduces). The replay tests run both;
// the fuzzers start from both.
//   fuzz_inputs OUT
#include "import/fixtures.h"
#include "ofdfixture.h"
#include "store/damagefixtures.h"
#include "store/storefixtures.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <array>
#include <cstdio>

using namespace plens;
using namespace plens::test;

namespace {

QDir g_out;

void put(const QString &target, const QString &kind, const QString &name, const QByteArray &bytes)
{
    const QString folder = target + u'/' + kind;
    g_out.mkpath(folder);
    QFile f(g_out.filePath(folder + u'/' + name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz_inputs: cannot write %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
}

void seed(const QString &target, const QString &name, const QByteArray &bytes)
{
    put(target, QStringLiteral("seeds"), name, bytes);
}

void reproducer(const QString &target, const QString &name, const QByteArray &bytes)
{
    put(target, QStringLiteral("issue19"), name, bytes);
}

const QString kPlan
    = QStringLiteral("示例市数字经济发展行动方案\n示例市人民政府\n示政发〔2023〕12号\n2023年3月5日\n一、主要目标\n"
                     "到2025年，全市建成5G基站超2万个，数据中心标准机架达到3万架，软件和信息服务业收入突破1500亿元。\n"
                     "（一）力争培育国家级专精特新“小巨人”企业30家以上，规模以上工业企业数字化改造覆盖率达到80%左右。\n"
                     "截至2022年底，全市已建成5G基站1.2万个，比上年增长35.6%，千兆宽带用户达到四十五万户。\n"
                     "预计今年新增充电桩三千五百个，单个项目补助最高200万元，500万元及以下项目简易审批。\n");

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

// CRC-32 (ZIP) with a table, fast enough for the bomb's hundred megabytes.
quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

// A ZIP archive whose members are deflated (qCompress's zlib stream without its header and checksum).
QByteArray deflatedZip(const QList<std::pair<QByteArray, QByteArray>> &files)
{
    const auto le = [](quint32 v, int bytes) {
        QByteArray b;
        for (int i = 0; i < bytes; ++i)
            b.append(char((v >> (8 * i)) & 0xFF));
        return b;
    };
    const auto le16 = [&](quint32 v) {
        return le(v, 2);
    };
    const auto le32 = [&](quint32 v) {
        return le(v, 4);
    };
    QByteArray zip;
    QByteArray central;
    for (const auto &[name, data] : files) {
        const QByteArray z = qCompress(data, 9);
        const QByteArray deflated = z.mid(4 + 2, z.size() - 4 - 2 - 4);
        const quint32 offset = quint32(zip.size());
        const QByteArray common = le16(20) + le16(0) + le16(8) + le16(0) + le16(0x21) + le32(crc32(data))
            + le32(quint32(deflated.size())) + le32(quint32(data.size())) + le16(quint32(name.size())) + le16(0);
        zip += le32(0x04034b50) + common + name + deflated;
        central += le32(0x02014b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name;
    }
    const quint32 cdOffset = quint32(zip.size());
    zip += central + le32(0x06054b50) + le16(0) + le16(0) + le16(quint32(files.size())) + le16(quint32(files.size()))
        + le32(quint32(central.size())) + le32(cdOffset) + le16(0);
    return zip;
}

QByteArray docxXml(const QStringList &paragraphs, const QString &tableRow = {})
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                                 "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    for (const QString &p : paragraphs)
        xml += QStringLiteral("<w:p><w:r><w:t>") + p.toHtmlEscaped() + QStringLiteral("</w:t></w:r></w:p>");
    if (!tableRow.isEmpty()) {
        xml += QStringLiteral("<w:tbl><w:tr>");
        for (const QString &cell : tableRow.split(u'\t'))
            xml += QStringLiteral("<w:tc><w:p><w:r><w:t>") + cell + QStringLiteral("</w:t></w:r></w:p></w:tc>");
        xml += QStringLiteral("</w:tr></w:tbl>");
    }
    return (xml + QStringLiteral("</w:body></w:document>")).toUtf8();
}

QByteArray pdf(const QList<QStringList> &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("示例市数字经济发展行动方案"));
    QPainter p(&writer);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(12);
    p.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        p.drawText(QPointF(280, 30), QStringLiteral("示例市人民政府文件"));
        for (qsizetype l = 0; l < pages.at(i).size(); ++l)
            p.drawText(QPointF(60, 80 + 20 * l), pages.at(i).at(l));
        p.drawText(QPointF(290, 800), QStringLiteral("— %1 —").arg(i + 1));
    }
    p.end();
    return bytes;
}

void textInputs()
{
    const QString t = QStringLiteral("text");
    seed(t, QStringLiteral("plan-utf8.txt"), kPlan.toUtf8());
    seed(t, QStringLiteral("plan-utf8-bom.txt"), QByteArray("\xEF\xBB\xBF") + kPlan.toUtf8());
    seed(t, QStringLiteral("plan-utf16le-bom.txt"), utf16(kPlan, false, true));
    seed(t, QStringLiteral("plan-utf16be.txt"), utf16(kPlan, true, false));
    QStringEncoder gb("GB18030");
    if (gb.isValid())
        seed(t, QStringLiteral("plan-gb18030.txt"), gb.encode(kPlan));
    seed(t, QStringLiteral("plan-crlf.txt"), kPlan.toUtf8().replace("\n", "\r\n"));
    // 19.7: one stray byte made a UTF-8 file "binary data".
    reproducer(t, QStringLiteral("19.7-trailing-ff.txt"), kPlan.toUtf8() + '\xff');
    reproducer(t, QStringLiteral("19.7-nul.txt"), kPlan.toUtf8().insert(40, '\0'));
    reproducer(t, QStringLiteral("19.7-truncated-last-character.txt"), kPlan.toUtf8() + QByteArray("\xE5\xBB", 2));
    // 19.4: Unicode normalisation quadratic on some UTF-16 text (2 MB took 20 s): long runs of
    // combining marks of alternating classes, which canonical ordering sorts pairwise.
    QString marks = QStringLiteral("到2025年，建成基站。");
    marks.reserve(1024 * 1024 + 16);
    while (marks.size() < 1024 * 1024)
        marks += QStringLiteral("\u0301\u0316");
    reproducer(t, QStringLiteral("19.4-normalisation-2mb-utf16.txt"), utf16(marks, false, true));
}

void htmlInputs()
{
    const QString h = QStringLiteral("html");
    QString page
        = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>示例市数字经济发展行动方案</title>"
                         "<style>p{margin:0}</style><script>var x = '<p>';</script></head><body><nav>首页 &gt; "
                         "政策</nav><div id=\"zoom\">");
    for (const QString &line : kPlan.split(u'\n', Qt::SkipEmptyParts))
        page += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
    page += QStringLiteral(
        "<table><tr><td>指标</td><td>2025年</td></tr><tr><td>5G基站（万个）</td><td>2</td></tr></table>"
        "</div><footer>版权所有 &copy; 示例市&#x4EBA;民政府</footer></body></html>");
    seed(h, QStringLiteral("plan.html"), page.toUtf8());
    QStringEncoder gb("GB18030");
    if (gb.isValid()) {
        QString gbPage = page;
        gbPage.replace(QStringLiteral("charset=\"utf-8\""), QStringLiteral("charset=\"gbk\""));
        seed(h, QStringLiteral("plan-gbk.html"), gb.encode(gbPage));
    }
    seed(h, QStringLiteral("nested.html"),
         (QStringLiteral("<html><body>") + QStringLiteral("<div>").repeated(200)
          + QStringLiteral("到2025年建成基站2万个") + QStringLiteral("</div>").repeated(200)
          + QStringLiteral("</body></html>"))
             .toUtf8());
    // 19.3: a '<' not followed by a tag name scanned to the next '>' and resumed one character later
    // (200 KB took 19.7 s).
    QByteArray lt = "<html><body><p>";
    while (lt.size() < 200 * 1024)
        lt += "a<b ";
    reproducer(h, QStringLiteral("19.3-less-than-200kb.html"), lt.replace("<b ", "< b") + "</p></body></html>");
}

void docxInputs()
{
    const QString d = QStringLiteral("docx");
    const QStringList lines = kPlan.split(u'\n', Qt::SkipEmptyParts);
    seed(d, QStringLiteral("plan-stored.docx"),
         fixtures::zipArchive({{"word/document.xml", docxXml(lines, QStringLiteral("指标\t2025年\t2万个"))},
                               {"docProps/core.xml",
                                "<?xml version=\"1.0\"?><cp:coreProperties "
                                "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>示例方案</dc:title>"
                                "</cp:coreProperties>"}}));
    seed(d, QStringLiteral("plan-deflated.docx"), deflatedZip({{"word/document.xml", docxXml(lines)}}));
    // 19.9: a damaged DOCX said "Unexpected ''.".
    QByteArray broken = docxXml(lines);
    broken.insert(broken.indexOf("<w:t>") + 5, QByteArray("\0<\0", 3));
    reproducer(d, QStringLiteral("19.9-damaged-xml.docx"), fixtures::zipArchive({{"word/document.xml", broken}}));
    // 19.5: a DOCX bomb (790 KB unpacking to 267 MB took 47 s and 1.3 GB): a document.xml of 128 MB.
    const QByteArray paragraph = "<w:p><w:r><w:t>到2025年，全市建成5G基站超2万个。</w:t></w:r></w:p>";
    QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    body.reserve(128 * 1024 * 1024 + 1024);
    while (body.size() < 128 * 1024 * 1024)
        body += paragraph;
    body += "</w:body></w:document>";
    reproducer(d, QStringLiteral("19.5-bomb-128mb.docx"), deflatedZip({{"word/document.xml", body}}));
}

void pdfInputs()
{
    const QString p = QStringLiteral("pdf");
    const QStringList lines = kPlan.split(u'\n', Qt::SkipEmptyParts);
    const QByteArray plan = pdf({lines.mid(0, 4), lines.mid(4)});
    seed(p, QStringLiteral("plan.pdf"), plan);
    seed(p, QStringLiteral("encrypted.pdf"), fixtures::encryptedPdf("Budget plan 2025: 200 stations", "pw"));
    seed(p, QStringLiteral("truncated.pdf"), plan.left(plan.size() * 2 / 3));
}

void extractInputs()
{
    const QString n = QStringLiteral("numbers");
    const QString e = QStringLiteral("extract");
    const QStringList numbers {QStringLiteral("1,234.5万"), QStringLiteral("３．５万亿元"),
                               QStringLiteral("一百零五"),  QStringLiteral("二十万"),
                               QStringLiteral("三分之一"),  QStringLiteral("1/3"),
                               QStringLiteral("〇点五"),    QStringLiteral("两千五百万"),
                               QStringLiteral("1+1+40+N"),  QStringLiteral("99999999999999999999亿")};
    for (qsizetype i = 0; i < numbers.size(); ++i)
        seed(n, QStringLiteral("number-%1.txt").arg(i), numbers.at(i).toUtf8());
    seed(e, QStringLiteral("plan.txt"), QByteArray("\x07") + kPlan.toUtf8());
    seed(e, QStringLiteral("briefing.txt"),
         QByteArray("\x05")
             + QStringLiteral("今年以来，全市新建5G基站3500个，累计达到1.55万个，完成年度目标的77.5%。\n"
                              "从2020年的12%提高到2022年的18.5%，提升6.5个百分点。")
                   .toUtf8());
    seed(e, QStringLiteral("plan-text.txt"), QByteArray("\x01") + planText(20).toUtf8());
}

void workspaceInputs()
{
    const QString w = QStringLiteral("workspace");
    QTemporaryDir dir;
    const auto make = [&](const QString &name, int documents) {
        const QString path = dir.filePath(name);
        {
            auto ws = Workspace::open(path);
            if (!ws) {
                std::fprintf(stderr, "fuzz_inputs: %s\n", qPrintable(ws.error().toString()));
                std::exit(1);
            }
            const auto tag = (*ws)->addTag(Tag {0, 0, QStringLiteral("督办"), QColor(Qt::red)});
            for (int i = 0; i < documents; ++i) {
                const QString text = planText(4 + i, QStringLiteral("（%1）").arg(i));
                Document doc = makeDocument(QStringLiteral("计划%1.txt").arg(i), text);
                if (i == 0) {
                    doc.format = SourceFormat::Pdf;
                    for (qsizetype k = 0; k < text.size(); ++k)
                        doc.charBoxes.append(CharBox {int(k / 200), QRectF(0.1, 0.1 + (k % 200) * 0.004, 0.02, 0.004)});
                    doc.pageSizes = {QSizeF(595, 842), QSizeF(595, 842)};
                }
                const auto added = (*ws)->addDocument(doc,
                                                      {makeFigure(text, QStringLiteral("建成10个示范项目"),
                                                                  Figure::Kind::Target, 10, QStringLiteral("示范项目")),
                                                       makeFigure(text, QStringLiteral("带动投资5亿元"),
                                                                  Figure::Kind::Reported, 5, QStringLiteral("投资"))});
                if (!added)
                    continue;
                Annotation a
                    = makeAnnotation(added->documentId, text, QStringLiteral("示范项目"), QStringLiteral("批注"));
                if (tag)
                    a.tagIds = {*tag};
                (void)(*ws)->addAnnotation(a);
            }
        }
        return path;
    };
    const QString small = make(QStringLiteral("small.plens"), 3);
    seed(w, QStringLiteral("small.plens"), readAll(small));
    const QString empty = make(QStringLiteral("empty.plens"), 0);
    seed(w, QStringLiteral("empty.plens"), readAll(empty));
    // 19.2: a negative schema version read outside the list of steps; version 1 on a current file
    // failed halfway ("duplicate column name: char_boxes").
    const QString negative = make(QStringLiteral("negative.plens"), 1);
    rawSql(negative, {QStringLiteral("PRAGMA user_version = -1")});
    reproducer(w, QStringLiteral("19.2-version-minus-1.plens"), readAll(negative));
    const QString one = make(QStringLiteral("one.plens"), 1);
    rawSql(one, {QStringLiteral("PRAGMA user_version = 1")});
    reproducer(w, QStringLiteral("19.2-version-1-on-current.plens"), readAll(one));
    // 19.6: 4 KB of random bytes in the full-text index were used silently.
    const QString damaged = make(QStringLiteral("damaged.plens"), 8);
    damagePage(damaged, rootPage(damaged, QStringLiteral("documents_fts_data")));
    reproducer(w, QStringLiteral("19.6-damaged-fts.plens"), readAll(damaged));
}

} // namespace

// OFD packages: the fixture notice (text on a template, a picture, a seal), without its seal, with a
// page's content missing, with a page of deeply nested layers, and cut short.
void ofdInputs()
{
    const QByteArray whole = ofdfixture::ofd();
    seed(QStringLiteral("ofd"), QStringLiteral("notice.ofd"), whole);
    ofdfixture::Options noSeal;
    noSeal.withSeal = false;
    seed(QStringLiteral("ofd"), QStringLiteral("no-seal.ofd"), ofdfixture::ofd(noSeal));
    ofdfixture::Options missing;
    missing.withContent2 = false;
    seed(QStringLiteral("ofd"), QStringLiteral("missing-page.ofd"), ofdfixture::ofd(missing));
    ofdfixture::Options nested;
    nested.page1Override = "<?xml version=\"1.0\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content>"
        + QByteArray("<ofd:Layer ID=\"1\">").repeated(300) + QByteArray("</ofd:Layer>").repeated(300)
        + "</ofd:Content></ofd:Page>";
    seed(QStringLiteral("ofd"), QStringLiteral("nested.ofd"), ofdfixture::ofd(nested));
    seed(QStringLiteral("ofd"), QStringLiteral("truncated.ofd"), whole.left(whole.size() / 2));
}

int main(int argc, char *argv[])
{
#ifndef Q_OS_WIN
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv); // QPdfWriter needs fonts
    QStandardPaths::setTestModeEnabled(true);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_inputs OUT\n");
        return 2;
    }
    g_out = QDir(QString::fromLocal8Bit(argv[1]));
    if (!g_out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "fuzz_inputs: cannot create %s\n", argv[1]);
        return 1;
    }
    textInputs();
    htmlInputs();
    docxInputs();
    pdfInputs();
    extractInputs();
    workspaceInputs();
    ofdInputs();
    return 0;
}
