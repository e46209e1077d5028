// File > Export and File > Print Meeting Pack through the real main window (offscreen): each action
// triggered by its objectName with the dialogs answered in advance; the files written off the GUI
// thread are read back (Poppler for the highlights, pdftotext for the text, the zip signature of the
// workbook). Also: actions disabled without a workspace or document, a cancelled export writes
// nothing, a folder that cannot be written to gives a message naming the file.
#include "export/exportfixtures.h"
#include "export/exportfont.h"
#include "import/importer.h"
#include "store/workspace.h"
#include "ui/appsettings.h"
#include "ui/dialogs.h"
#include "ui/exportactions.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace plens;
using namespace plens::ui;
using namespace plens::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 documentId(const Workspace &ws, const QString &fileName)
{
    for (const DocumentSummary &d : ws.documents())
        if (d.fileName == fileName)
            return d.id;
    return 0;
}

} // namespace

class TestExportActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    ExportActions *exports() const { return m_window->exportActions(); }

    QAction *action(const QString &name) const
    {
        auto *a = m_window->findChild<QAction *>(name);
        if (!a)
            qWarning() << "no action" << name;
        return a;
    }

    // Triggers `name` and waits for its export to end; true when it reported success.
    bool runExport(const QString &name)
    {
        QSignalSpy finished(exports(), &ExportActions::exportFinished);
        QAction *a = action(name);
        if (!a || !a->isEnabled())
            return false;
        a->trigger();
        if (!finished.wait(60000) && finished.isEmpty())
            return false;
        return finished.first().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportactions"));
        QSettings().clear();
        Dialogs::setTestMode(true);
        QVERIFY(ExportFont::family().ok());

        // A workspace with a PDF (a target, a reported value linked to it, an annotation tagged 需督办)
        // and a text document with an annotation.
        m_ws = m_dir.filePath(QStringLiteral("工作区.plens"));
        const QString pdfPath = m_dir.filePath(QStringLiteral("行动计划.pdf"));
        const QString txtPath = m_dir.filePath(QStringLiteral("工作简报.txt"));
        QFile txt(txtPath);
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.write(QStringLiteral("数字经济工作简报\n截至2022年6月底，全市已建成5G基站1.2万个。\n").toUtf8());
        txt.close();

        auto opened = Workspace::open(m_ws);
        QVERIFY(opened.ok());
        Workspace &w = *opened.value();
        PlanFixture plan;
        addPlanPdf(w, pdfPath, plan);
        if (QTest::currentTestFailed())
            return;
        const QString &text = plan.text;
        QVERIFY(w.addTag({0, 0, QStringLiteral("基础设施"), QColor()}).ok());
        Annotation a;
        a.documentId = plan.documentId;
        a.color = QColor(255, 200, 0);
        a.author = QStringLiteral("王科长");
        const QString other = QStringLiteral("全省统筹推进");
        const qsizetype oat = text.indexOf(other);
        QVERIFY(oat >= 0);
        a.anchor = Anchor::fromRange(text, oat, oat + other.size());
        a.note = QStringLiteral("未加标签的批注");
        a.tagIds = {};
        QVERIFY(w.addAnnotation(a).ok());

        Result<Document> brief = importFile(txtPath);
        QVERIFY(brief.ok());
        auto briefAdded = w.addDocument(brief.value());
        QVERIFY(briefAdded.ok());
        const QString passage = QStringLiteral("全市已建成5G基站1.2万个");
        const qsizetype bat = brief->displayText.indexOf(passage);
        QVERIFY(bat >= 0);
        Annotation b;
        b.documentId = briefAdded->documentId;
        b.anchor = Anchor::fromRange(brief->displayText, bat, bat + passage.size());
        b.color = QColor(120, 200, 120);
        b.note = QStringLiteral("简报口径");
        b.author = QStringLiteral("王科长");
        QVERIFY(w.addAnnotation(b).ok());
    }

    void init()
    {
        Dialogs::shownMessages().clear();
        m_settings = std::make_unique<AppSettings>();
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset(); // closes the workspace (its lock) before the next test opens it
        m_settings.reset();
    }

    void actionsFollowWorkspaceAndDocument()
    {
        for (const char *name : {"exportPdfAction", "exportPackAction", "exportTablesAction", "printPackAction"}) {
            QAction *a = action(QLatin1String(name));
            QVERIFY(a);
            QVERIFY2(!a->isEnabled(), name);
        }
        // They sit in File > Export, and the print action in File.
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("exportMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);

        QVERIFY(m_window->openWorkspace(m_ws));
        QVERIFY(!action(QStringLiteral("exportPdfAction"))->isEnabled()); // no current document
        QVERIFY(action(QStringLiteral("exportPackAction"))->isEnabled());
        QVERIFY(action(QStringLiteral("exportTablesAction"))->isEnabled());
        QVERIFY(action(QStringLiteral("printPackAction"))->isEnabled());
        m_window->showDocument(documentId(*m_window->workspace(), QStringLiteral("行动计划.pdf")));
        QVERIFY(action(QStringLiteral("exportPdfAction"))->isEnabled());
        m_window->setWorkspace(nullptr);
        QVERIFY(!action(QStringLiteral("exportPdfAction"))->isEnabled());
        QVERIFY(!action(QStringLiteral("exportTablesAction"))->isEnabled());
    }

    void exportAnnotatedPdf()
    {
        QVERIFY(m_window->openWorkspace(m_ws));
        m_window->showDocument(documentId(*m_window->workspace(), QStringLiteral("行动计划.pdf")));
        // Native annotations (not flattened), only those tagged 需督办; the ".pdf" is added.
        const QString out = m_dir.filePath(QStringLiteral("导出 批注"));
        Dialogs::setNextAnswer(QVariantMap {{QStringLiteral("figures"), false},
                                            {QStringLiteral("flatten"), false},
                                            {QStringLiteral("tag"), QStringLiteral("需督办")}});
        Dialogs::setNextFileName(out);
        QVERIFY(runExport(QStringLiteral("exportPdfAction")));
        QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(Dialogs::shownMessages().join(u'\n')));
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out + QStringLiteral(".pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 2);
        const auto annots = pdf->page(0)->annotations();
        QCOMPARE(annots.size(), size_t(1));
        QCOMPARE(annots.front()->subType(), Poppler::Annotation::AHighlight);
        QCOMPARE(annots.front()->contents(), QStringLiteral("进度偏慢，需督办"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 highlight")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // All annotations: both highlights.
        const QString all = m_dir.filePath(QStringLiteral("全部批注.pdf"));
        Dialogs::setNextAnswer(QVariantMap {{QStringLiteral("figures"), false},
                                            {QStringLiteral("flatten"), false},
                                            {QStringLiteral("tag"), QStringLiteral("")}});
        Dialogs::setNextFileName(all);
        QVERIFY(runExport(QStringLiteral("exportPdfAction")));
        pdf = Poppler::Document::load(all);
        QVERIFY(pdf);
        QCOMPARE(pdf->page(0)->annotations().size(), size_t(2));

        // Flattened: the highlights are painted into the pages, none is left as an annotation.
        const QString flat = m_dir.filePath(QStringLiteral("打印版.pdf"));
        Dialogs::setNextAnswer(QVariantMap {{QStringLiteral("figures"), false},
                                            {QStringLiteral("flatten"), true},
                                            {QStringLiteral("tag"), QStringLiteral("")}});
        Dialogs::setNextFileName(flat);
        QVERIFY(runExport(QStringLiteral("exportPdfAction")));
        pdf = Poppler::Document::load(flat);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 2);
        QVERIFY(pdf->page(0)->annotations().empty());

        // By default what the reader shows: the figures too (the plan's target on page 1), and the save
        // dialog starts in the folder of the last export, named after the document.
        const QString shown = m_dir.filePath(QStringLiteral("所见.pdf"));
        QCOMPARE(QFileInfo(Dialogs::lastSuggestion()).absolutePath(), QFileInfo(flat).absolutePath());
        Dialogs::setNextFileName(shown);
        QVERIFY(runExport(QStringLiteral("exportPdfAction")));
        QVERIFY(Dialogs::lastSuggestion().endsWith(QStringLiteral(".pdf")));
        QCOMPARE(QFileInfo(Dialogs::lastSuggestion()).absolutePath(), QFileInfo(flat).absolutePath());
        pdf = Poppler::Document::load(shown);
        QVERIFY(pdf);
        QVERIFY2(pdf->page(0)->annotations().size() > size_t(2),
                 qPrintable(QString::number(pdf->page(0)->annotations().size())));

        // Cancelled at the file dialog: nothing runs.
        QSignalSpy finished(exports(), &ExportActions::exportFinished);
        Dialogs::setNextAnswer(QVariantMap {{QStringLiteral("figures"), false},
                                            {QStringLiteral("flatten"), false},
                                            {QStringLiteral("tag"), QStringLiteral("")}});
        action(QStringLiteral("exportPdfAction"))->trigger();
        QVERIFY(!exports()->isRunning());
        QCOMPARE(finished.size(), 0);
    }

    void exportTextDocumentTypesets()
    {
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        QVERIFY(m_window->openWorkspace(m_ws));
        m_window->showDocument(documentId(*m_window->workspace(), QStringLiteral("工作简报.txt")));
        // A text source: typeset, with the figures and notes.
        const QString out = m_dir.filePath(QStringLiteral("简报.pdf"));
        Dialogs::setNextFileName(out);
        QVERIFY(runExport(QStringLiteral("exportPdfAction")));
        const QString flat = squeezed(pdfToText(out));
        QVERIFY2(flat.contains(QStringLiteral("全市已建成5G基站1.2万个")), qPrintable(flat));
        QVERIFY(flat.contains(QStringLiteral("简报口径"))); // the note, as an end note
    }

    void exportMeetingPack()
    {
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        QVERIFY(m_window->openWorkspace(m_ws));
        // The chart painters are replaceable: this one writes a marker the PDF must contain.
        QStringList charted;
        exports()->setChartPainterFactory([&charted](const IndicatorSeries &s) -> ChartPainter {
            charted.append(s.indicator);
            return [](QPainter &p, const QRectF &rect) {
                p.drawText(rect, Qt::AlignCenter, QStringLiteral("测试图表"));
            };
        });
        const QString out = m_dir.filePath(QStringLiteral("会议材料.pdf"));
        Dialogs::setNextAnswer(QStringLiteral("数字经济推进会"));
        Dialogs::setNextFileName(out);
        QVERIFY(runExport(QStringLiteral("exportPackAction")));
        QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(Dialogs::shownMessages().join(u'\n')));
        QCOMPARE(charted, QStringList {QStringLiteral("5G基站")});
        const QString flat = squeezed(pdfToText(out));
        QCOMPARE(radicalsIn(flat), QString());
        for (const QString &s : {QStringLiteral("数字经济推进会"), QStringLiteral("5G基站"), QStringLiteral("测试图表"),
                                 QStringLiteral("到2023年，建成5G基站超20万个"), QStringLiteral("75.0%")})
            QVERIFY2(flat.contains(s), qPrintable(s));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(out)));
    }

    void cancelledPackWritesNothing()
    {
        QVERIFY(m_window->openWorkspace(m_ws));
        // The chart waits (on the export's thread) until Cancel has been clicked, so the export is
        // surely still running then.
        auto gate = std::make_shared<QSemaphore>();
        exports()->setChartPainterFactory([gate](const IndicatorSeries &) -> ChartPainter {
            return [gate](QPainter &, const QRectF &) {
                gate->tryAcquire(1, 30000);
            };
        });
        const QString out = m_dir.filePath(QStringLiteral("取消.pdf"));
        Dialogs::setNextAnswer(QStringLiteral("取消的会议"));
        Dialogs::setNextFileName(out);
        QSignalSpy finished(exports(), &ExportActions::exportFinished);
        action(QStringLiteral("exportPackAction"))->trigger();
        QVERIFY(exports()->isRunning());
        QVERIFY(!action(QStringLiteral("exportTablesAction"))->isEnabled()); // one export at a time
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"));
        QVERIFY(progress);
        auto *button = progress->findChild<QPushButton *>();
        QVERIFY(button);
        button->click();
        gate->release();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("取消.pdf*")}, QDir::Files | QDir::Hidden).size(), 0);
        QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(Dialogs::shownMessages().join(u'\n')));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(action(QStringLiteral("exportTablesAction"))->isEnabled());
    }

    void exportTables()
    {
        QVERIFY(m_window->openWorkspace(m_ws));
        const QString xlsx = m_dir.filePath(QStringLiteral("表格.xlsx"));
        Dialogs::setNextFileName(xlsx);
        QVERIFY(runExport(QStringLiteral("exportTablesAction")));
        QVERIFY(readFile(xlsx).startsWith("PK\x03\x04"));

        // A CSV holds one table, chosen by its name.
        const QString csv = m_dir.filePath(QStringLiteral("批注.csv"));
        Dialogs::setNextFileName(csv);
        Dialogs::setNextAnswer(QStringLiteral("Annotations"));
        QVERIFY(runExport(QStringLiteral("exportTablesAction")));
        const QByteArray bytes = readFile(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("进度偏慢，需督办")));
        QVERIFY(text.contains(QStringLiteral("简报口径")));
        QCOMPARE(text.count(QStringLiteral("王科长")), 3); // one row per annotation, nothing else
    }

    void printMeetingPack()
    {
        QVERIFY(m_window->openWorkspace(m_ws));
        // The action opens a print preview that paints the pack.
        Dialogs::setNextAnswer(QStringLiteral("打印的会议"));
        action(QStringLiteral("printPackAction"))->trigger();
        auto *preview = m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("packPrintPreviewDialog"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        QCOMPARE(preview->printer()->pageLayout().pageSize().id(), QPageSize::A4);
        // Painting again (as a zoom or page set-up change does) goes through the same pack.
        QSignalSpy painted(preview, &QPrintPreviewDialog::paintRequested);
        QPrinter again(QPrinter::HighResolution);
        again.setOutputFormat(QPrinter::PdfFormat);
        again.setOutputFileName(m_dir.filePath(QStringLiteral("预览.pdf")));
        emit preview->paintRequested(&again);
        QVERIFY(!painted.isEmpty());
        QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(Dialogs::shownMessages().join(u'\n')));
        QVERIFY(readFile(m_dir.filePath(QStringLiteral("预览.pdf"))).startsWith("%PDF"));
        preview->close();
        QTRY_VERIFY(!m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("packPrintPreviewDialog")));

        // Printing to a PDF-format printer: the pack's text is in it.
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        const QString out = m_dir.filePath(QStringLiteral("打印.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out);
        const Result<int> pages = exports()->printPack(printer, QStringLiteral("打印的会议"));
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().toString()));
        QVERIFY(pages.value() >= 3); // cover, chart, table
        const QString flat = squeezed(pdfToText(out));
        QVERIFY2(flat.contains(QStringLiteral("打印的会议")), qPrintable(flat));
        QVERIFY(flat.contains(QStringLiteral("5G基站")));
        QVERIFY(flat.contains(QStringLiteral("到2023年，建成5G基站超20万个")));
    }

    void unwritableFolderGivesMessage()
    {
        QVERIFY(m_window->openWorkspace(m_ws));
        m_window->showDocument(documentId(*m_window->workspace(), QStringLiteral("行动计划.pdf")));
        // A folder without write access; root writes anywhere, so there a read-only file system.
        const QString locked = m_dir.filePath(QStringLiteral("只读"));
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QString folder = locked;
        if (QFileInfo(locked).isWritable()) {
            folder = QStringLiteral("/proc");
            if (!QFileInfo(folder).isDir())
                QSKIP("running with rights that ignore folder permissions");
        }
        const QString pdf = folder + QStringLiteral("/批注.pdf");
        Dialogs::setNextFileName(pdf);
        QVERIFY(!runExport(QStringLiteral("exportPdfAction")));
        const QString xlsx = folder + QStringLiteral("/表格.xlsx");
        Dialogs::setNextFileName(xlsx);
        QVERIFY(!runExport(QStringLiteral("exportTablesAction")));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        const QStringList shown = Dialogs::shownMessages();
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.at(0).contains(QDir::toNativeSeparators(pdf)), qPrintable(shown.at(0)));
        QVERIFY2(shown.at(0).contains(QStringLiteral("cannot be written")), qPrintable(shown.at(0)));
        QVERIFY2(shown.at(1).contains(QDir::toNativeSeparators(xlsx)), qPrintable(shown.at(1)));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(xlsx));
        QCOMPARE(QDir(locked).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).size(), 0);
    }
};

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
