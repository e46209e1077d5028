#include "ui/exportactions.h"

#include "export/export.h"
#include "export/exportfont.h"
#include "export/tables.h"
#include "import/importer.h"
#include "store/workspace.h"
#include "ui/dialogs.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace plens::ui {

namespace {

// `path` ending in `.suffix` (the file dialog leaves it to the user).
QString withSuffix(const QString &path, const QString &suffix)
{
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + u'.' + suffix;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ExportActions::ExportActions(QMainWindow *window, WorkspaceSource workspace, DocumentSource currentDocument)
    : QObject(window), m_window(window), m_workspace(std::move(workspace)), m_document(std::move(currentDocument)),
      m_pdf(new QAction(tr("Export &Annotated PDF..."), this)),
      m_pack(new QAction(tr("Export &Meeting Pack..."), this)), m_tables(new QAction(tr("Export &Tables..."), this)),
      m_print(new QAction(tr("&Print Meeting Pack..."), this))
{
    setObjectName(QStringLiteral("exportActions"));
    m_pdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_pdf->setStatusTip(tr("The current document as a PDF with your highlights and notes"));
    m_pack->setObjectName(QStringLiteral("exportPackAction"));
    m_pack->setStatusTip(tr("Targets, latest reported values, charts and quotes as a PDF for a meeting"));
    m_tables->setObjectName(QStringLiteral("exportTablesAction"));
    m_tables->setStatusTip(tr("Figures, links and annotations as an Excel workbook or a CSV file"));
    m_print->setObjectName(QStringLiteral("printPackAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_pdf, &QAction::triggered, this, &ExportActions::exportPdf);
    connect(m_pack, &QAction::triggered, this, &ExportActions::exportPack);
    connect(m_tables, &QAction::triggered, this, &ExportActions::exportTables);
    connect(m_print, &QAction::triggered, this, &ExportActions::previewPack);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportActions::finish);
    updateActions();
}

ExportActions::~ExportActions()
{
    delete m_preview.data(); // it paints with m_printer
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void ExportActions::addToMenu(QMenu *menu)
{
    QMenu *exports = menu->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    exports->addActions({m_pdf, m_pack, m_tables});
    menu->addAction(m_print);
    connect(menu, &QMenu::aboutToShow, this, &ExportActions::updateActions);
}

void ExportActions::updateActions()
{
    const bool idle = !isRunning();
    const bool workspace = m_workspace() != nullptr;
    m_pdf->setEnabled(idle && workspace && m_document() != 0);
    m_pack->setEnabled(idle && workspace);
    m_tables->setEnabled(idle && workspace);
    m_print->setEnabled(workspace);
}

bool ExportActions::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportActions::cancel()
{
    m_cancelled = true;
}

void ExportActions::showError(const QString &title, const Error &error)
{
    Dialogs::critical(m_window, title, error.toString());
}

void ExportActions::exportPdf()
{
    Workspace *w = m_workspace();
    const qint64 id = m_document();
    if (!w || !id || isRunning())
        return;
    const QString title = tr("Export Annotated PDF");
    auto request = exportRequestFromWorkspace(*w, id);
    if (!request) {
        showError(title, request.error());
        return;
    }
    ExportRequest req = std::move(request).value();
    const QString name = req.document.fileName;
    if (req.document.format == SourceFormat::Pdf) {
        if (pdfNeedsPassword(req.document.originalBytes)) {
            req.password
                = Dialogs::text(m_window, tr("Password"), tr("%1 is protected by a password. Password:").arg(name), {});
            if (req.password.isEmpty())
                return;
        }
    }
    if (req.document.format == SourceFormat::Pdf || req.document.format == SourceFormat::Ofd) {
        req.flatten = Dialogs::question(
            m_window, title,
            tr("Paint the highlights into the pages?\n\nYes: for printing or fax; the highlights can no longer be "
               "edited.\nNo: the highlights and notes stay annotations that any PDF reader shows and edits."));
    }
    if (!req.tags.isEmpty()) {
        const QString all = tr("All annotations");
        QStringList choices {all};
        for (const Tag &t : std::as_const(req.tags))
            if (!choices.contains(t.name))
                choices.append(t.name);
        const QString chosen = Dialogs::item(m_window, title, tr("Export the annotations with the tag:"), choices);
        if (chosen.isEmpty())
            return;
        if (chosen != all)
            for (const Tag &t : std::as_const(req.tags))
                if (t.name == chosen)
                    req.filter.tagIds.insert(t.id);
    }
    QString path = Dialogs::saveFileName(m_window, title, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral("pdf"));
    (void)ExportFont::family(); // registered on the GUI thread; the export reports a missing font itself
    run(tr("Exporting %1...").arg(name), path, [req, path](const ExportProgress &progress) {
        Outcome o;
        const Result<ExportSummary> r = exportAnnotatedPdf(req, path, progress);
        if (!r) {
            o.error = r.error();
            return o;
        }
        o.message = tr("Exported %n highlight(s) to %1", nullptr, r->highlights).arg(native(path));
        if (r->skipped)
            o.message += u' ' + tr("(%n passage(s) not found in the text, left out)", nullptr, r->skipped);
        return o;
    });
}

std::optional<QString> ExportActions::askPackTitle()
{
    const QString title
        = Dialogs::text(m_window, tr("Meeting Pack"), tr("Title on the cover:"), tr("Targets and progress")).trimmed();
    if (title.isEmpty())
        return std::nullopt;
    return title;
}

Result<MeetingPack> ExportActions::buildPack(const QString &title) const
{
    Workspace *w = m_workspace();
    if (!w)
        return Error {{}, tr("no workspace is open")};
    return MeetingPackSource::fromWorkspace(*w, m_packFilter ? m_packFilter() : ExportFilter {}, title,
                                            QDate::currentDate(),
                                            m_chartsFor ? m_chartsFor(*w) : MeetingPackSource::ChartFactory {});
}

void ExportActions::exportPack()
{
    if (!m_workspace() || isRunning())
        return;
    const QString caption = tr("Export Meeting Pack");
    const std::optional<QString> title = askPackTitle();
    if (!title)
        return;
    QString path = Dialogs::saveFileName(m_window, caption, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral("pdf"));
    Result<MeetingPack> pack = buildPack(*title);
    if (!pack) {
        showError(caption, pack.error());
        return;
    }
    (void)ExportFont::family();
    run(tr("Writing the meeting pack..."), path,
        [pack = std::move(pack).value(), path](const ExportProgress &progress) {
            Outcome o;
            const Result<int> r = MeetingPackWriter::write(pack, path, progress);
            if (!r)
                o.error = r.error();
            else
                o.message = tr("Meeting pack written to %1 (%n page(s))", nullptr, r.value()).arg(native(path));
            return o;
        });
}

void ExportActions::exportTables()
{
    Workspace *w = m_workspace();
    if (!w || isRunning())
        return;
    const QString caption = tr("Export Tables");
    QString path = Dialogs::saveFileName(m_window, caption, tr("Excel workbook (*.xlsx);;CSV file, one table (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path = withSuffix(path, QStringLiteral("xlsx"));
    QList<Sheet> tables = Tables::fromWorkspace(*w);
    if (suffix == QLatin1String("csv")) {
        QStringList names;
        for (const Sheet &t : std::as_const(tables))
            names.append(t.name);
        const QString chosen = Dialogs::item(m_window, caption, tr("A CSV file holds one table. Which one?"), names);
        if (chosen.isEmpty())
            return;
        const Sheet table = tables.at(names.indexOf(chosen));
        run(tr("Writing %1...").arg(table.name), path, [table, path](const ExportProgress &) {
            Outcome o;
            const Status s = Tables::writeCsv(table, path);
            if (!s)
                o.error = s.error();
            else
                o.message
                    = tr("%1: %n row(s) written to %2", nullptr, int(table.rows.size())).arg(table.name, native(path));
            return o;
        });
        return;
    }
    run(tr("Writing the tables..."), path, [tables, path](const ExportProgress &progress) {
        Outcome o;
        const Status s = Tables::writeXlsx(tables, path, progress);
        if (!s)
            o.error = s.error();
        else
            o.message = tr("Tables written to %1").arg(native(path));
        return o;
    });
}

Result<int> ExportActions::printPack(QPrinter &printer, const QString &title)
{
    Result<MeetingPack> pack = buildPack(title);
    if (!pack)
        return pack.error();
    printer.setPageSize(QPageSize(QPageSize::A4));
    return MeetingPackWriter::paint(pack.value(), printer);
}

void ExportActions::previewPack()
{
    if (!m_workspace())
        return;
    const QString caption = tr("Print Meeting Pack");
    const std::optional<QString> title = askPackTitle();
    if (!title)
        return;
    Result<MeetingPack> pack = buildPack(*title);
    if (!pack) {
        showError(caption, pack.error());
        return;
    }
    delete m_preview.data();
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setDocName(*title);
    m_preview = new QPrintPreviewDialog(m_printer.get(), m_window);
    m_preview->setObjectName(QStringLiteral("packPrintPreviewDialog"));
    m_preview->setWindowTitle(caption);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview, &QPrintPreviewDialog::paintRequested, this,
            [this, caption, pack = std::move(pack).value()](QPrinter *printer) {
                const Result<int> r = MeetingPackWriter::paint(pack, *printer);
                if (!r)
                    showError(caption, r.error());
            });
    m_preview->open(); // window-modal, without a nested event loop
}

void ExportActions::run(const QString &label, const QString &path, Job job)
{
    m_cancelled = false;
    m_path = path;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportActions::cancel);
    // Called on the worker thread: the dialog is updated on the GUI thread; a cancel stops the export.
    ExportProgress progress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                if (m_progress) {
                    m_progress->setMaximum(total);
                    m_progress->setValue(done);
                }
            },
            Qt::QueuedConnection);
        return !m_cancelled.load();
    };
    m_watcher.setFuture(
        QtConcurrent::run([job = std::move(job), progress = std::move(progress)] { return job(progress); }));
    updateActions();
    m_window->statusBar()->showMessage(label);
}

void ExportActions::finish()
{
    const Outcome o = m_watcher.result();
    const bool cancelled = m_cancelled.load();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
    }
    updateActions();
    if (!o.error) {
        m_window->statusBar()->showMessage(o.message, 15000);
    } else if (cancelled) {
        m_window->statusBar()->showMessage(tr("Export cancelled; %1 was not written").arg(native(m_path)), 15000);
    } else {
        m_window->statusBar()->clearMessage();
        showError(tr("Export failed"), *o.error);
    }
    emit exportFinished(!o.error, m_path);
}

} // namespace plens::ui
