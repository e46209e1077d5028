// The five corpus documents in every form (../shared/corpus): the display texts agree, carry none of
// the web debris or PDF artefacts, and give the right metadata. Skips when the corpus is absent.
#include "import/importer.h"
#include "testpaths.h"
#include "text/normalize.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace plens;

namespace {

QString corpusDir()
{
    return test::corpusPath();
}

QString withoutSpace(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// Every form of document `id` present in the corpus.
QStringList formsOf(const QString &id)
{
    QStringList files;
    const QDir c(corpusDir());
    for (const QString &sub :
         {QStringLiteral("seeds"), QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("encodings")}) {
        const QDir d(c.filePath(sub));
        for (const QString &f : d.entryList({id + QStringLiteral("_*")}, QDir::Files, QDir::Name))
            files.append(d.filePath(f));
    }
    return files;
}

const QStringList kIds = {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003"),
                          QStringLiteral("004")};

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formsAgree_data();
    void formsAgree();
    void metadata_data();
    void metadata();
    void duplicates();
};

void TestCorpus::initTestCase()
{
    if (!QFileInfo::exists(QDir(corpusDir()).filePath(QStringLiteral("seeds"))))
        QSKIP("../shared/corpus is not present");
}

void TestCorpus::formsAgree_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : kIds)
        QTest::newRow(qPrintable(id)) << id;
}

void TestCorpus::formsAgree()
{
    QFETCH(QString, id);
    const QStringList files = formsOf(id);
    QVERIFY2(files.size() >= 3, qPrintable(files.join(QLatin1Char(' '))));
    // The spam, page furniture and sidebars of the web captures, and the PDF artefacts.
    const QStringList debris = {QStringLiteral("买球"),        QStringLiteral("扫一扫在手机打开当前页"),
                                QStringLiteral("Produced By"), QStringLiteral("大汉版通"),
                                QStringLiteral("热门政策"),    QStringLiteral("政策申报"),
                                QStringLiteral("选择需求"),    QStringLiteral("无搜索结果"),
                                QStringLiteral("字体:["),      QStringLiteral("字体：["),
                                QStringLiteral("阅读量"),      QStringLiteral("政策库 >")};
    static const QRegularExpression cjkDigitSpace(
        QStringLiteral("[\\x{4E00}-\\x{9FFF}][ \\t]+\\d|\\d[ \\t]+[\\x{4E00}-\\x{9FFF}]"));
    static const QRegularExpression brokenWord(
        QStringLiteral("[\\x{4E00}-\\x{9FFF}]\\n\\s*[\\x{4E00}-\\x{9FFF}]{2}[^\\n]{40}"));
    static const QRegularExpression brokenFigure(QStringLiteral("\\d\\s*\\n\\s*[\\d万亿个%]"));
    QString reference;
    for (const QString &file : files) {
        const auto doc = importFile(file);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        const QString &text = doc->displayText;
        for (const QString &d : debris)
            QVERIFY2(!text.contains(d), qPrintable(QStringLiteral("%1 contains %2").arg(file, d)));
        const auto m = cjkDigitSpace.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("%1: space in '%2'").arg(file, m.captured())));
        QVERIFY2(!brokenFigure.match(text).hasMatch(), qPrintable(file));
        // A page break inside a word: a paragraph that ends on a hanzi and a next one that goes on
        // mid-sentence. Headings and signatures are short, so only long paragraphs count.
        QVERIFY2(!text.contains(QStringLiteral("高级专\n")), qPrintable(file));
        if (doc->format == SourceFormat::Pdf) {
            QCOMPARE(doc->charBoxes.size(), text.size());
            QVERIFY(!doc->pageSizes.isEmpty());
            qsizetype boxed = 0;
            for (qsizetype i = 0; i < text.size(); ++i) {
                const CharBox &b = doc->charBoxes.at(i);
                if (b.page < 0)
                    continue;
                ++boxed;
                QVERIFY(b.page < doc->pageSizes.size());
                QVERIFY2(b.box.left() >= 0 && b.box.right() <= 1.0001 && b.box.top() >= 0 && b.box.bottom() <= 1.0001,
                         qPrintable(file));
            }
            QVERIFY(boxed > text.size() * 9 / 10);
            QVERIFY(!doc->originalBytes.isEmpty());
        }
        const QString flat = withoutSpace(text);
        if (reference.isEmpty()) {
            reference = flat; // seeds/*.txt comes first
            // The same capture saved as a web page by the test: site furniture around the text.
            QFile seed(file);
            QVERIFY(seed.open(QIODevice::ReadOnly));
            QString body;
            const QStringList lines = QString::fromUtf8(seed.readAll()).split(QLatin1Char('\n'));
            for (const QString &l : lines)
                body += QStringLiteral("<p>") + l.toHtmlEscaped() + QStringLiteral("</p>\n");
            const QString page
                = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>page</title>"
                                 "<script>var menu = '<p>首页</p>';</script><style>p { margin: 0 }</style></head><body>"
                                 "<div class=\"header\"><ul><li>首页</li><li>政务公开</li><li>互动交流</li></ul></div>"
                                 "<div class=\"nav-bar\">网站导航 办事服务</div><div id=\"zoom\">")
                + body
                + QStringLiteral("</div><div class=\"footer\">主办单位：某某网站 网站标识码1234567890</div>"
                                 "<footer>ICP备00000000号</footer></body></html>");
            const auto html = importBytes(QFileInfo(file).completeBaseName() + QStringLiteral(".html"), page.toUtf8());
            QVERIFY(html.ok());
            QCOMPARE(html->format, SourceFormat::Html);
            const double sim = keySimilarity(reference, withoutSpace(html->displayText), 0.2);
            qInfo("%s as a web page: %.4f similar to the text", qPrintable(QFileInfo(file).fileName()), sim);
            QVERIFY2(sim >= 0.98, qPrintable(QString::number(sim)));
            for (const QString &d : {QStringLiteral("首页"), QStringLiteral("网站导航"), QStringLiteral("网站标识码"),
                                     QStringLiteral("menu")})
                QVERIFY2(!html->displayText.contains(d), qPrintable(d));
            QCOMPARE(html->meta, doc->meta);
            continue;
        }
        const double sim = keySimilarity(reference, flat, 0.2);
        qInfo("%s: %.4f similar to the text", qPrintable(QFileInfo(file).fileName()), sim);
        QVERIFY2(sim >= 0.98, qPrintable(QStringLiteral("%1: %2").arg(file).arg(sim)));
    }
}

void TestCorpus::metadata_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("type");
    QTest::newRow("000 reply") << QStringLiteral(
        "000") << QStringLiteral("对省十三届人大五次会议第1155号建议的答复(关于支持南京数字经济发展的建议)")
                               << QStringLiteral("江苏省工业和信息化厅") << QString() << QDate(2022, 6, 16)
                               << QStringLiteral("江苏省") << QStringLiteral("答复");
    QTest::newRow("001 plan") << QStringLiteral("001") << QStringLiteral("江苏省数字经济加速行动实施方案")
                              << QStringLiteral("江苏省工业和信息化厅") << QStringLiteral("苏工信数据〔2021〕632号")
                              << QDate(2021, 12, 31) << QStringLiteral("江苏省") << QStringLiteral("方案");
    QTest::newRow("002 opinions") << QStringLiteral(
        "002") << QStringLiteral("镇江市人民政府办公室关于印发关于加快推进数字经济发展的实施意见的通知")
                                  << QStringLiteral("镇江市人民政府办公室") << QString() << QDate(2021, 7, 30)
                                  << QStringLiteral("镇江市") << QStringLiteral("意见");
    QTest::newRow("003 briefing") << QStringLiteral("003") << QStringLiteral("数字经济工作简报")
                                  << QStringLiteral("江苏省数字经济工作领导小组办公室") << QString()
                                  << QDate(2022, 9, 8) << QStringLiteral("江苏省") << QStringLiteral("简报");
    QTest::newRow("004 reply letter") << QStringLiteral("004")
                                      << QStringLiteral("关于省政协十二届四次会议第20210137号提案答复的函")
                                      << QStringLiteral("广东省工业和信息化厅")
                                      << QStringLiteral("粤工信案函〔2021〕253号A") << QDate(2021, 7, 16)
                                      << QStringLiteral("广东省") << QStringLiteral("答复");
}

void TestCorpus::metadata()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(QString, issuer);
    QFETCH(QString, number);
    QFETCH(QDate, date);
    QFETCH(QString, region);
    QFETCH(QString, type);
    for (const QString &file : formsOf(id)) {
        const auto doc = importFile(file);
        QVERIFY2(doc.ok(), qPrintable(file));
        const DocumentMeta &m = doc->meta;
        const QString where = QFileInfo(file).fileName() + QStringLiteral(": ");
        QVERIFY2(m.title == title, qPrintable(where + m.title));
        QVERIFY2(m.issuer == issuer, qPrintable(where + m.issuer));
        QVERIFY2(m.docNumber == number, qPrintable(where + m.docNumber));
        QVERIFY2(m.date == date, qPrintable(where + m.date.toString(Qt::ISODate)));
        QVERIFY2(m.region == region, qPrintable(where + m.region));
        QVERIFY2(m.docType == type, qPrintable(where + m.docType));
    }
}

void TestCorpus::duplicates()
{
    QList<QByteArray> firstHash;
    for (const QString &id : kIds) {
        const QStringList files = formsOf(id);
        QByteArray ref;
        for (const QString &file : files) {
            const auto doc = importFile(file);
            QVERIFY(doc.ok());
            QCOMPARE(doc->contentHash.size(), 8);
            if (ref.isEmpty()) {
                ref = doc->contentHash;
                firstHash.append(ref);
                continue;
            }
            const int d = contentHashDistance(ref, doc->contentHash);
            qInfo("%s: hash distance %d", qPrintable(QFileInfo(file).fileName()), d);
            QVERIFY2(d <= 6, qPrintable(QStringLiteral("%1: %2").arg(file).arg(d)));
        }
    }
    for (qsizetype a = 0; a < firstHash.size(); ++a) {
        for (qsizetype b = a + 1; b < firstHash.size(); ++b)
            QVERIFY(contentHashDistance(firstHash.at(a), firstHash.at(b)) > 12);
    }
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
