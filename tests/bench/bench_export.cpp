// Benchmark: annotated PDF export of the corpus PDFs (19 pages together) and the 475-page bench file,
// one highlight per extracted figure, beside pdftocairo -pdf (Poppler's own rewrite of a whole PDF)
// on the same files in the same run. Prints the times; the export must stay within 2x the rewrite.
// The flattened variant (pages rasterised at 200 dpi) is timed on the corpus files.
#include "export/export.h"
#include "extract/extract.h"
#include "import/importer.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

class BenchExport : public QObject
{
    Q_OBJECT
private slots:
    void exportVersusPdftocairo();
};

void BenchExport::exportVersusPdftocairo()
{
    QStandardPaths::setTestModeEnabled(true);
    const QDir corpus(test::corpusPath());
    QStringList small;
    for (const QString &f :
         QDir(corpus.filePath(QStringLiteral("pdf"))).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        small.append(corpus.filePath(QStringLiteral("pdf/") + f));
    if (small.isEmpty())
        QSKIP("the shared corpus is not available");
    const QString big = corpus.filePath(QStringLiteral("bench/seeds-x25-475p.pdf"));
    const bool haveCairo = !QStandardPaths::findExecutable(QStringLiteral("pdftocairo")).isEmpty();
    QTemporaryDir dir;

    const auto run = [&](const QString &label, const QStringList &files, bool flatten) {
        QList<ExportRequest> requests;
        int pages = 0, highlights = 0;
        for (const QString &file : files) {
            Result<Document> doc = importFile(file);
            QVERIFY2(doc.ok(), qPrintable(file));
            ExportRequest req;
            req.document = doc.value();
            qint64 id = 1;
            for (const Figure &f : extractFigures(*doc)) {
                Commitment c;
                c.id = id++;
                c.figure = f;
                c.anchor = Anchor::fromRange(doc->displayText, f.start, f.end);
                req.commitments.append(c);
            }
            req.filter.includeFigures = true;
            req.filter.includeAnnotations = false;
            req.flatten = flatten;
            requests.append(req);
            pages += int(doc->pageSizes.size());
        }
        QElapsedTimer t;
        t.start();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            Result<ExportSummary> r
                = exportAnnotatedPdf(requests.at(i), dir.filePath(QStringLiteral("out%1.pdf").arg(i)));
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            highlights += r->highlights;
        }
        const double exportMs = double(t.nsecsElapsed()) / 1e6;
        double cairoMs = 0;
        if (haveCairo) {
            t.restart();
            for (qsizetype i = 0; i < files.size(); ++i) {
                QProcess p;
                p.start(QStringLiteral("pdftocairo"),
                        {QStringLiteral("-pdf"), files.at(i), dir.filePath(QStringLiteral("cairo%1.pdf").arg(i))});
                QVERIFY(p.waitForFinished(600000));
            }
            cairoMs = double(t.nsecsElapsed()) / 1e6;
        }
        qInfo().noquote() << QStringLiteral("%1: %2 pages, %3 highlights: export %4 ms; pdftocairo -pdf %5 ms")
                                 .arg(label)
                                 .arg(pages)
                                 .arg(highlights)
                                 .arg(exportMs, 0, 'f', 0)
                                 .arg(cairoMs, 0, 'f', 0);
        if (haveCairo && !flatten)
            QVERIFY2(exportMs < 2 * cairoMs + 500, "the export is more than twice as slow as pdftocairo");
    };
    run(QStringLiteral("corpus"), small, false);
    if (QFileInfo::exists(big))
        run(QStringLiteral("bench"), {big}, false);
    // The flattened variant rasterises every page (200 dpi): printed beside the same rewrite.
    run(QStringLiteral("corpus, flattened"), small, true);
}

QTEST_MAIN(BenchExport)
#include "bench_export.moc"
