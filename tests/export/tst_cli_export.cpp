// policylens-cli export-pdf / pack / export-table on a real workspace, as separate processes.
#include "clirun.h"
#include "exportfixtures.h"
#include "import/importer.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace plens;
using namespace plens::test;

class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_pdf;
    QByteArray m_pdfBytes;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ExportFont::family().ok());
        m_ws = m_dir.filePath(QStringLiteral("工作区.plens"));
        m_pdf = m_dir.filePath(QStringLiteral("行动计划.pdf"));
        auto ws = Workspace::open(m_ws);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        PlanFixture plan;
        addPlanPdf(*ws.value(), m_pdf, plan);
        if (QTest::currentTestFailed())
            return;
        m_pdfBytes = plan.pdfBytes;
    }

    void exportPdf()
    {
        const QString out = m_dir.filePath(QStringLiteral("导出/批注.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
        Run r = cli({QStringLiteral("export-pdf"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--document"),
                     QStringLiteral("行动计划.pdf"), QStringLiteral("--out"), out, QStringLiteral("--tag"),
                     QStringLiteral("需督办")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 highlight")));
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 2);
        const auto annots = pdf->page(0)->annotations();
        QCOMPARE(annots.size(), size_t(1));
        QCOMPARE(annots.front()->contents(), QStringLiteral("进度偏慢，需督办"));
        QCOMPARE(annots.front()->author(), QStringLiteral("王科长"));
        QVERIFY(pdf->page(1)->annotations().empty());
        // The source file on disk is untouched.
        QFile src(m_pdf);
        QVERIFY(src.open(QIODevice::ReadOnly));
        QCOMPARE(src.readAll(), m_pdfBytes);
    }

    void exportPdfErrors()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
        Run r = cli({QStringLiteral("export-pdf"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--document"),
                     QStringLiteral("99"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no document '99'")), qPrintable(r.err));
        r = cli({QStringLiteral("export-pdf"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--document"),
                 QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--tag"),
                 QStringLiteral("无此标签")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("需督办"))); // the known tags are listed
        r = cli({QStringLiteral("export-pdf"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--document"),
                 QStringLiteral("1"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("无/x.pdf"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        r = cli({QStringLiteral("export-pdf"), QStringLiteral("--workspace"),
                 m_dir.filePath(QStringLiteral("无.plens")), QStringLiteral("--document"), QStringLiteral("1"),
                 QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no such workspace")));
        // The workspace in use by another process: a clear message, nothing written.
        {
            auto ws = Workspace::open(m_ws);
            QVERIFY(ws.ok());
            r = cli({QStringLiteral("export-pdf"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--document"),
                     QStringLiteral("1"), QStringLiteral("--out"), out});
            QCOMPARE(r.code, 1);
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.err));
        }
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("x.pdf*")}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void pack()
    {
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        const QString out = m_dir.filePath(QStringLiteral("会议材料.pdf"));
        Run r = cli({QStringLiteral("pack"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--out"), out,
                     QStringLiteral("--title"), QStringLiteral("推进会"), QStringLiteral("--date"),
                     QStringLiteral("2022-10-08"), QStringLiteral("--status"), QStringLiteral("at_risk")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 target")));
        const QString flat = squeezed(pdfToText(out));
        QCOMPARE(radicalsIn(flat), QString());
        for (const QString &s : {QStringLiteral("推进会"), QStringLiteral("2022-10-08"), QStringLiteral("5G基站"),
                                 QStringLiteral("到2023年，建成5G基站超20万个"), QStringLiteral("75.0%"),
                                 QStringLiteral("截至2022年底，已建成5G基站15万个"), QStringLiteral("p.1")})
            QVERIFY2(flat.contains(squeezed(s)), qPrintable(s));
        r = cli({QStringLiteral("pack"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--out"), out,
                 QStringLiteral("--date"), QStringLiteral("八号")});
        QCOMPARE(r.code, 2);
    }

    void exportTable()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("表.xlsx"));
        Run r
            = cli({QStringLiteral("export-table"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--out"), xlsx});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 commitments, 1 reported values, 1 links, 1 annotations")));
        QFile f(xlsx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK");
        const QString csv = m_dir.filePath(QStringLiteral("批注.csv"));
        r = cli({QStringLiteral("export-table"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--out"), csv,
                 QStringLiteral("--table"), QStringLiteral("annotations")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("进度偏慢，需督办")));
        r = cli({QStringLiteral("export-table"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("t.txt"))});
        QCOMPARE(r.code, 2);
    }
};

QTEST_MAIN(TestCliExport)
#include "tst_cli_export.moc"
