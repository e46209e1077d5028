// Text recognition speed at 300 dpi: seconds per page for PolicyLens's engine (the Tesseract API, plus
// placing the characters on their glyphs) beside the `tesseract` command on the same page image, in one
// run, with the character accuracy of each. Pages: one written by the benchmark, and page 1 of a real
// text PDF from ../shared (rendered as a scan) when it is there. Also a whole import of a scanned page.
#include "import/importer.h"
#include "ocr/ocr.h"

#include "../import/ocrfixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

namespace {

QStringList benchPage()
{
    const QString para = QStringLiteral(
        "\u3000\u3000今年以来，全市上下坚持稳中求进工作总基调，全力推动经济运行持续向好。一季度，地区生产总值增长6.2%，"
        "规模以上工业增加值增长7.5%，固定资产投资增长5.8%，社会消费品零售总额达到412亿元。新开工亿元以上项目126个，"
        "完成年度计划的31%。城镇新增就业1.6万人，居民人均可支配收入增长5.9%。");
    QStringList lines = {QStringLiteral("\t一季度经济运行情况分析")};
    for (int i = 0; i < 5; ++i)
        lines << para;
    return lines;
}

struct Timing
{
    double seconds = -1;
    QString text;
};

Timing ours(ocr::Engine &engine, const QImage &image)
{
    QElapsedTimer t;
    t.start();
    const auto result = engine.recognise(image);
    Timing out;
    out.seconds = double(t.nsecsElapsed()) / 1e9;
    if (result) {
        for (const ocr::Line &l : ocr::filtered(*result).lines)
            out.text += ocr::lineText(l).text + u'\n';
    }
    return out;
}

Timing cli(const QString &png)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
    if (exe.isEmpty())
        return {};
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(exe,
            {png, QStringLiteral("stdout"), QStringLiteral("-l"), QStringLiteral("chi_sim"), QStringLiteral("--dpi"),
             QStringLiteral("300")});
    if (!p.waitForFinished(600000))
        return {};
    Timing out;
    out.seconds = double(t.nsecsElapsed()) / 1e9;
    out.text = QString::fromUtf8(p.readAllStandardOutput());
    return out;
}

} // namespace

class BenchOcr : public QObject
{
    Q_OBJECT
private slots:
    void secondsPerPage();
};

void BenchOcr::secondsPerPage()
{
    if (!ocr::Engine::available())
        QSKIP("built without Tesseract");
    QTemporaryDir dir;
    struct Page
    {
        QString name;
        QImage image;
        QString reference;
    };
    QList<Page> pages;
    const QStringList lines = benchPage();
    const QByteArray pdf = fixtures::textPdf({lines});
    QString reference;
    for (const QString &l : lines)
        reference += l.startsWith(u'\t') ? l.mid(1) : l;
    pages.append({QStringLiteral("written page"), fixtures::scan(pdf, 0), reference});
    const QString real = QStringLiteral(PLENS_SHARED_DIR "/corpus/real/hubei_red_tourism_feature_2024.pdf");
    if (QFile f(real); f.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = f.readAll();
        const auto doc = importBytes(QStringLiteral("feature.pdf"), bytes);
        QString ref;
        for (qsizetype i = 0; doc && i < doc->displayText.size(); ++i) {
            if (doc->charBoxes.value(i).page == 0)
                ref += doc->displayText.at(i);
        }
        pages.append({QStringLiteral("real page (feature p.1)"), fixtures::scan(bytes, 0), ref});
    }

    ocr::Engine engine;
    QElapsedTimer load;
    load.start();
    QVERIFY(engine.load().ok());
    qInfo("model load: %.2f s", double(load.nsecsElapsed()) / 1e9);
    for (const Page &p : pages) {
        const QString png = dir.filePath(QStringLiteral("page.png"));
        QVERIFY(p.image.save(png));
        const Timing a = ours(engine, p.image);
        const Timing b = cli(png);
        qInfo("%s, %dx%d px at 300 dpi: PolicyLens %.2f s/page (accuracy %.3f) | tesseract CLI %.2f s/page (accuracy "
              "%.3f)",
              qPrintable(p.name), p.image.width(), p.image.height(), a.seconds,
              fixtures::characterAccuracy(p.reference, a.text), b.seconds,
              b.seconds < 0 ? 0.0 : fixtures::characterAccuracy(p.reference, b.text));
        QVERIFY(a.seconds > 0);
    }

    // The whole import of a one-page scan: render at 300 dpi, recognise, join, extract metadata.
    const QByteArray scanned = fixtures::mixedPdf({{{}, pages.first().image}});
    QElapsedTimer t;
    t.start();
    const auto doc = importBytes(QStringLiteral("scan.pdf"), scanned);
    QVERIFY(doc.ok());
    qInfo("import of a scanned page (render + recognise + clean-up): %.2f s", double(t.nsecsElapsed()) / 1e9);
}

QTEST_MAIN(BenchOcr)
#include "bench_ocr.moc"
