// Benchmark: extraction throughput on a generated corpus of policy-like text (over 50 MB), and the
// time per megabyte at growing sizes to show it stays linear. Run: ctest -L bench -R extract -V
#include "extract/extract.h"
#include "import/importer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>
#include <ctime>

using namespace plens;

namespace {

// Paragraphs in the style of plans and briefings: openers, targets, reported figures, lists, shares,
// parameters, dates and names that are not figures.
QString generate(qint64 minBytes, quint32 seed)
{
    QRandomGenerator r(seed);
    const QStringList regions {QStringLiteral("南京市"), QStringLiteral("苏州"), QStringLiteral("常州市"),
                               QStringLiteral("全省"),   QStringLiteral("镇江"), QStringLiteral("广州市"),
                               QStringLiteral("全市")};
    const QStringList things {
        QStringLiteral("5G基站"),           QStringLiteral("数据中心标准机架"), QStringLiteral("工业互联网标杆工厂"),
        QStringLiteral("智能制造示范车间"), QStringLiteral("星级上云企业"),     QStringLiteral("公共服务平台"),
        QStringLiteral("专精特新企业"),     QStringLiteral("数字化转型诊断")};
    const QStringList units {QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("项"), QStringLiteral("架")};
    QString text;
    text.reserve(minBytes / 2);
    int n = 0;
    while (text.size() * 3 < minBytes) { // UTF-8: about three bytes per Chinese character
        const QString region = regions.at(r.bounded(regions.size()));
        const QString thing = things.at(r.bounded(things.size()));
        const QString unit = units.at(r.bounded(units.size()));
        switch (n++ % 5) {
        case 0:
            text += QStringLiteral(
                        "%1、到%2年，%3建成%4超%5万%6，打造%7%6%8，力争%9占比达到%10%以上。（省工信厅牵头负责）\n")
                        .arg(n)
                        .arg(2023 + r.bounded(5))
                        .arg(region, thing)
                        .arg(r.bounded(1, 50))
                        .arg(unit)
                        .arg(r.bounded(10, 3000))
                        .arg(things.at(r.bounded(things.size())))
                        .arg(thing)
                        .arg(r.bounded(5, 60));
            break;
        case 1:
            text += QStringLiteral("截至%1年底，%2已累计建成%3%4%5、%6%4%7，同比增长%8.%9%。\n")
                        .arg(2018 + r.bounded(5))
                        .arg(region)
                        .arg(r.bounded(10, 900))
                        .arg(unit, thing)
                        .arg(r.bounded(10, 900))
                        .arg(things.at(r.bounded(things.size())))
                        .arg(r.bounded(1, 30))
                        .arg(r.bounded(10));
            break;
        case 2:
            text += QStringLiteral("对符合条件的企业给予最高%1万元奖励，对年营业收入%"
                                   "2万元及以下的企业免收服务费。贯彻“十四五”规划和苏工信数据〔%3〕%4号文件。\n")
                        .arg(r.bounded(20, 500))
                        .arg(r.bounded(100, 2000))
                        .arg(2019 + r.bounded(4))
                        .arg(r.bounded(1, 900));
            break;
        case 3:
            text += QStringLiteral("%1分别有%2个、%3个项目入选省级大数据、区块链试点示范项目，占全省的%4%、%5%"
                                   "。今年以来新增数字技能人才%6.%7万人次。\n")
                        .arg(region)
                        .arg(r.bounded(2, 40))
                        .arg(r.bounded(2, 40))
                        .arg(r.bounded(10, 70))
                        .arg(r.bounded(10, 70))
                        .arg(r.bounded(1, 9))
                        .arg(r.bounded(10));
            break;
        default:
            text += QStringLiteral("（%1）推进“1+1+N”体系建设。形成3-4个平台，预计全年软件业务收入约%2亿元，2022年%3月%"
                                   "4日召开第%5次会议，联系电话83133263。\n")
                        .arg(n)
                        .arg(r.bounded(100, 9000))
                        .arg(r.bounded(1, 12))
                        .arg(r.bounded(1, 28))
                        .arg(r.bounded(1, 40));
        }
    }
    return text;
}

} // namespace

class BenchExtract : public QObject
{
    Q_OBJECT
private slots:
    void throughput()
    {
        ExtractContext ctx;
        ctx.documentDate = QDate(2022, 9, 8);
        ctx.region = QStringLiteral("江苏省");
        ctx.docType = QStringLiteral("方案");
        // Linear: the time per megabyte stays flat as the input grows.
        for (const qint64 mb : {4, 16, 64}) {
            const QString text = generate(mb * 1024 * 1024, 42);
            const double bytes = double(text.toUtf8().size());
            QElapsedTimer t;
            t.start();
            const std::clock_t cpu = std::clock();
            const QList<Figure> figures = extractFigures(text, ctx);
            const double s = double(t.nsecsElapsed()) / 1e9;
            const double c = double(std::clock() - cpu) / CLOCKS_PER_SEC;
            std::printf("extract: %.1f MB of text, %lld figures in %.2f s (%.2f s of CPU): %.1f MB/s, %.1f MB/s of "
                        "CPU\n",
                        bytes / 1048576.0, qint64(figures.size()), s, c, bytes / 1048576.0 / s, bytes / 1048576.0 / c);
            QVERIFY(!figures.isEmpty());
        }
    }

    // The whole path a text file takes, text → figures: decoding, clean-up, metadata, content hash and
    // extraction, on realistic text (the corpus's documents, repeated, when ../shared is there).
    void wholePath()
    {
        QString corpus;
        const QDir shared(QStringLiteral(PLENS_SHARED_DIR "/corpus"));
        for (const QString &pattern : {QStringLiteral("seeds/*.txt"), QStringLiteral("real/*.docx")}) {
            const QFileInfo glob(shared.filePath(pattern));
            for (const QFileInfo &f : QDir(glob.path(), glob.fileName()).entryInfoList(QDir::Files, QDir::Name)) {
                if (const auto doc = importFile(f.filePath()))
                    corpus += doc->displayText + QStringLiteral("\n\n");
            }
        }
        const bool realistic = !corpus.isEmpty();
        if (!realistic)
            corpus = generate(1024 * 1024, 7);
        QString text;
        while (text.size() * 3 < 20 * 1024 * 1024)
            text += corpus;
        const QByteArray bytes = text.toUtf8();
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu = std::clock();
        ImportOptions options;
        options.contentHash = false; // as `policylens-cli extract` reads a file: figures only
        const auto doc = importBytes(QStringLiteral("realistic.txt"), bytes, options);
        QVERIFY(doc.ok());
        const double importCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        const QList<Figure> figures = extractFigures(*doc);
        const double s = double(t.nsecsElapsed()) / 1e9;
        const double c = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        const double mb = double(bytes.size()) / 1048576.0;
        std::printf("text to figures (%s): %.1f MB, %lld figures in %.2f s (%.2f s of CPU: import %.2f, extraction "
                    "%.2f): %.1f MB/s, %.1f MB/s of CPU\n",
                    realistic ? "corpus documents repeated" : "generated", mb, qint64(figures.size()), s, c, importCpu,
                    c - importCpu, mb / s, mb / c);
    }

    // A PDF through import and extraction beside pdftotext on the same file, in one run.
    void pdfBesidePdftotext()
    {
        const QString pdf = QStringLiteral(PLENS_SHARED_DIR "/corpus/bench/seeds-x25-475p.pdf");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!QFileInfo::exists(pdf) || pdftotext.isEmpty())
            QSKIP("needs ../shared/corpus/bench and pdftotext");
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(600000));
        const double reference = double(t.nsecsElapsed()) / 1e9;
        t.restart();
        const auto doc = importFile(pdf);
        QVERIFY(doc.ok());
        const QList<Figure> figures = extractFigures(*doc);
        const double ours = double(t.nsecsElapsed()) / 1e9;
        std::printf("475-page PDF: pdftotext %.2f s; PolicyLens import + extraction %.2f s (%lld figures): %.2f× "
                    "pdftotext\n",
                    reference, ours, qint64(figures.size()), ours / reference);
    }
};

QTEST_GUILESS_MAIN(BenchExtract)
#include "bench_extract.moc"
