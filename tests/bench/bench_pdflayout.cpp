// Benchmark: layout-aware PDF reading (the whole import: words and glyph boxes, ruling lines on
// pages that look tabular, reading order, tables, clean-up) beside `pdftotext -layout` on the same
// file in the same run. The bar: the 475-page bench PDF within 1.5x of pdftotext -layout. The
// table-heavy PDFs of the development set are printed too, for information.
#include "import/importer.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

class BenchPdfLayout : public QObject
{
    Q_OBJECT
private slots:
    void layoutVersusPdftotext();
};

namespace { } // namespace

void BenchPdfLayout::layoutVersusPdftotext()
{
    const QDir corpus(test::corpusPath());
    const QString big = corpus.filePath(QStringLiteral("bench/seeds-x25-475p.pdf"));
    if (!QFileInfo::exists(big))
        QSKIP("../shared/corpus/bench is not present");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QStringList files {big};
    for (const char *name : {"zhoukou_statistical_bulletin_2023.pdf", "qiandongnan_statistical_bulletin_2023.pdf",
                             "putuo_social_work_dept_final_accounts_2024.pdf",
                             "putuo_planning_resources_bureau_final_accounts_2024.pdf"}) {
        const QString f = corpus.filePath(QStringLiteral("real/") + QString::fromLatin1(name));
        if (QFileInfo::exists(f))
            files.append(f);
    }
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const int runs = 3;
    double bigRatio = 0;
    qInfo("%-58s %6s %7s %10s %16s %7s", "file", "pages", "tables", "layout ms", "pdftotext -layout", "ratio");
    for (const QString &file : std::as_const(files)) {
        int pages = 0;
        qsizetype tables = 0;
        const double ours = test::bestOfMs(runs, [&] {
            const auto doc = importFile(file);
            QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
            pages = int(doc->pageSizes.size());
            tables = doc->tables.size();
            QCOMPARE(doc->charBoxes.size(), doc->displayText.size());
        });
        const double ref = test::bestOfMs(runs, [&] {
            QProcess p;
            p.start(pdftotext, {QStringLiteral("-layout"), file, tmp.filePath(QStringLiteral("out.txt"))});
            QVERIFY(p.waitForFinished(300000));
            QCOMPARE(p.exitCode(), 0);
        });
        const double ratio = ours / ref;
        if (file == big)
            bigRatio = ratio;
        qInfo("%-58s %6d %7d %10.1f %16.1f %7.2f", qPrintable(QFileInfo(file).fileName()), pages, int(tables), ours,
              ref, ratio);
    }
    QVERIFY2(bigRatio <= 1.5, qPrintable(QStringLiteral("layout reading is %1x pdftotext -layout").arg(bigRatio)));
}

QTEST_GUILESS_MAIN(BenchPdfLayout)
#include "bench_pdflayout.moc"
