#pragma once

#include "export/meetingpack.h"
#include "export/packsource.h"
#include "model/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QPrinter;
class QPrintPreviewDialog;
class QProgressDialog;
class QWidget;

namespace plens {
class Workspace;
}

namespace plens::ui {

// What File > Export > Annotated PDF takes, chosen in a dialog: by default what the reader shows
// (the figures and the officer's highlights), optionally only items with a tag, optionally painted
// into the pages (a PDF's or an OFD's: `hasPages`). In test mode the dialog takes a queued QVariantMap (figures,
// annotations, tag, flatten; an empty map cancels) when one is next, else the defaults.
struct ExportPdfChoice
{
    bool accepted = false;
    bool figures = true;
    bool annotations = true;
    bool flatten = false;
    QString tag; // "" for any
    static ExportPdfChoice ask(QWidget *parent, const QString &title, const QStringList &tags, bool hasPages);
};

// File > Export (annotated PDF of the current document, meeting pack, tables) and File > Print
// Meeting Pack. Everything an export needs is read from the workspace on the GUI thread; the file
// is then written off it (the global thread pool) with a progress dialog that can cancel. Success
// shows in the status bar; a failure in a message naming the file. One export runs at a time.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    using WorkspaceSource = std::function<Workspace *()>; // the open workspace, or nullptr
    using DocumentSource = std::function<qint64()>; // the document of the active pane, or 0

    ExportActions(QMainWindow *window, WorkspaceSource workspace, DocumentSource currentDocument);
    ~ExportActions() override; // cancels a running export and waits for it

    // Adds an "Export" submenu (annotated PDF, meeting pack, tables) and "Print Meeting Pack..." to
    // `menu`, and refreshes the actions' state whenever it opens.
    void addToMenu(QMenu *menu);
    [[nodiscard]] QAction *exportPdfAction() const { return m_pdf; }
    [[nodiscard]] QAction *exportPackAction() const { return m_pack; }
    [[nodiscard]] QAction *exportTablesAction() const { return m_tables; }
    [[nodiscard]] QAction *printPackAction() const { return m_print; }

    // Enables the actions that can run now: not without a workspace, the PDF not without a current
    // document, none while an export runs. The window calls it when the workspace or document changes.
    void updateActions();

    // How the pack's charts are painted (the app's QtCharts painters); MeetingPackWriter::simpleChart
    // when not set. The factory is called on the GUI thread; the painters it makes must also work on
    // another thread (an exported pack is written off the GUI thread), see MeetingPackSource.
    void setChartPainterFactory(MeetingPackSource::ChartFactory factory)
    {
        m_chartsFor = [factory = std::move(factory)](const Workspace &) {
            return factory;
        };
    }
    // The same, made once per pack from the workspace (so a factory can read the workspace once).
    using ChartFactoryMaker = std::function<MeetingPackSource::ChartFactory(const Workspace &)>;
    void setChartFactoryMaker(ChartFactoryMaker maker) { m_chartsFor = std::move(maker); }
    // Which targets the meeting pack takes (the window passes its targets table's status and tag filter).
    void setPackFilter(std::function<ExportFilter()> filter) { m_packFilter = std::move(filter); }

    [[nodiscard]] bool isRunning() const;
    void cancel(); // the running export stops at its next step and writes nothing

    // Paints the meeting pack of the workspace, titled `title`, on `printer`: what the print preview
    // and printing do (also for a QPrinter writing a PDF file).
    Result<int> printPack(QPrinter &printer, const QString &title);

signals:
    // A background export ended: written (`ok`), failed or cancelled.
    void exportFinished(bool ok, const QString &path);

private:
    // What a background export ends with: an error, or the status bar message.
    struct Outcome
    {
        std::optional<Error> error;
        QString message;
    };
    using Job = std::function<Outcome(const ExportProgress &progress)>;

    void exportPdf();
    void exportPack();
    void exportTables();
    void previewPack();
    std::optional<QString> askPackTitle();
    Result<MeetingPack> buildPack(const QString &title) const;
    void run(const QString &label, const QString &path, Job job);
    void finish();
    void showError(const QString &title, const Error &error);
    // Where a save dialog starts: the folder of the last export (else Documents) and `fileName`.
    [[nodiscard]] QString suggestedPath(const QString &fileName) const;
    static void rememberFolder(const QString &path);

    QMainWindow *m_window;
    WorkspaceSource m_workspace;
    DocumentSource m_document;
    ChartFactoryMaker m_chartsFor;
    std::function<ExportFilter()> m_packFilter;
    QAction *m_pdf;
    QAction *m_pack;
    QAction *m_tables;
    QAction *m_print;
    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_cancelled {false};
    QPointer<QProgressDialog> m_progress;
    QString m_path; // the file the running export writes
    std::unique_ptr<QPrinter> m_printer; // kept, so the printer and page set-up chosen stay
    QPointer<QPrintPreviewDialog> m_preview;
};

} // namespace plens::ui
