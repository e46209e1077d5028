// Benchmark: PDF import (text with per-character boxes and clean-up) beside pdftotext on the same
// files in the same run. Prints both times and their ratio; the import must stay within 2x.
#include "import/importer.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

class BenchImport : public QObject
{
    Q_OBJECT
private slots:
    void pdfImportVersusPdftotext();
};

namespace { } // namespace

void BenchImport::pdfImportVersusPdftotext()
{
    const QDir corpus(test::corpusPath());
    QStringList files;
    for (const QString &f :
         QDir(corpus.filePath(QStringLiteral("pdf"))).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        files.append(corpus.filePath(QStringLiteral("pdf/") + f));
    const QString big = corpus.filePath(QStringLiteral("bench/seeds-x25-475p.pdf"));
    if (QFileInfo::exists(big))
        files.append(big);
    if (files.isEmpty())
        QSKIP("../shared/corpus is not present");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const int runs = 3;
    double totalOurs = 0;
    double totalRef = 0;
    qInfo("%-32s %6s %10s %12s %7s", "file", "pages", "import ms", "pdftotext ms", "ratio");
    for (const QString &file : files) {
        qsizetype chars = 0;
        int pages = 0;
        const double ours = test::bestOfMs(runs, [&] {
            const auto doc = importFile(file);
            QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
            chars = doc->displayText.size();
            pages = int(doc->pageSizes.size());
            QCOMPARE(doc->charBoxes.size(), chars);
        });
        const double ref = test::bestOfMs(runs, [&] {
            QProcess p;
            p.start(pdftotext, {file, tmp.filePath(QStringLiteral("out.txt"))});
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
        });
        totalOurs += ours;
        totalRef += ref;
        qInfo("%-32s %6d %10.1f %12.1f %7.2f", qPrintable(QFileInfo(file).fileName()), pages, ours, ref, ours / ref);
    }
    qInfo("%-32s %6s %10.1f %12.1f %7.2f", "total", "", totalOurs, totalRef, totalOurs / totalRef);
    QVERIFY2(totalOurs <= 2.0 * totalRef,
             qPrintable(QStringLiteral("import %1 ms vs pdftotext %2 ms").arg(totalOurs).arg(totalRef)));
}

QTEST_GUILESS_MAIN(BenchImport)
#include "tst_bench_import.moc"
