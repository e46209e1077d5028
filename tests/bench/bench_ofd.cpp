// Benchmark: the dev set's OFD files (import, page rendering at 150 dpi, export to an annotated PDF)
// beside pdftoppm rendering the exported PDF's page at the same resolution; and a Word 97-2003 file
// (made from a dev-set DOCX with soffice) imported through LibreOffice beside the DOCX imported
// directly. Run: ctest -L bench -R bench_ofd -V
#include "export/export.h"
#include "import/importer.h"
#include "import/officeconvert.h"
#include "render/ofdrenderer.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

class BenchOfd : public QObject
{
    Q_OBJECT
private slots:
    void ofdFiles()
    {
        const QDir real(test::corpusPath(QStringLiteral("real")));
        const QStringList files = real.entryList({QStringLiteral("*.ofd")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("../shared/corpus/real is not present");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QTemporaryDir tmp;
        for (const QString &name : files) {
            QFile f(real.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            Result<Document> doc = Error {};
            const double importMs = test::bestOfMs(5, [&] { doc = importBytes(name, bytes); });
            QVERIFY(doc.ok());
            auto renderer = OfdRenderer::open(name, bytes);
            QVERIFY(renderer.ok());
            const int width = qRound(renderer.value()->pageSize(0).width() / 72.0 * 150);
            const double renderMs = test::bestOfMs(3, [&] { (void)renderer.value()->renderNow(0, width); });
            ExportRequest req;
            req.document = doc.value();
            const QString pdf = tmp.filePath(name + QStringLiteral(".pdf"));
            const double exportMs = test::bestOfMs(3, [&] { QVERIFY(exportAnnotatedPdf(req, pdf).ok()); });
            double refMs = -1;
            if (!pdftoppm.isEmpty())
                refMs = test::bestOfMs(3, [&] {
                    QProcess::execute(pdftoppm,
                                      {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf,
                                       tmp.filePath(QStringLiteral("ref"))});
                });
            std::printf("ofd: %s (%lld KB, %lld pages, %lld characters): import %.1f ms; page 1 at 150 dpi %.1f ms "
                        "(pdftoppm -r 150 on the exported PDF, process included: %.1f ms); export to PDF %.1f ms\n",
                        qPrintable(name), qint64(bytes.size() / 1024), qint64(doc->pageSizes.size()),
                        qint64(doc->displayText.size()), importMs, renderMs, refMs, exportMs);
        }
    }

    void docThroughLibreOffice()
    {
        const QString docxPath = test::corpusPath(QStringLiteral("real/hebei_gov_work_report_2025.docx"));
        if (!QFile::exists(docxPath))
            QSKIP("../shared/corpus/real is not present");
        if (findSoffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QFile f(docxPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray docx = f.readAll();
        auto doc
            = convertWithSoffice(QStringLiteral("report.docx"), docx, QStringLiteral("docx"), QStringLiteral("doc"));
        QVERIFY(doc.ok());
        Result<Document> viaDoc = Error {};
        const double docMs
            = test::bestOfMs(2, [&] { viaDoc = importBytes(QStringLiteral("report.doc"), doc.value()); });
        QVERIFY(viaDoc.ok());
        const double docxMs = test::bestOfMs(3, [&] { (void)importBytes(QStringLiteral("report.docx"), docx); });
        std::printf("doc: %lld KB Word 97 file, %lld characters: imported through LibreOffice in %.0f ms (the same "
                    "text as DOCX imported directly: %.1f ms)\n",
                    qint64(doc->size() / 1024), qint64(viaDoc->displayText.size()), docMs, docxMs);
    }
};

QTEST_MAIN(BenchOfd)
#include "bench_ofd.moc"
