#pragma once

#include "pipeline/importpipeline.h"
#include "store/workspace.h"
#include "ui/viewdata.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QUndoStack;

namespace plens::ui {

class AnalysisActions;
class AnnotationPanel;
class AppSettings;
class CommitmentsPanel;
class DocumentView;
class ExportActions;
class FigureMenu;
class ImportRunner;
class IndicatorActions;
class LibraryPanel;
class LinksPanel;
class ReaderArea;
class RecoveryActions;

// Layout and wiring only: panels, views, dialogs and edit commands are classes of their own. The
// window keeps the workspace, the undo stack, and which target is selected; everything it shows is
// read back from the workspace after each edit, so what the user sees is what is stored.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over `ws` and shows its documents.
    void setWorkspace(std::unique_ptr<Workspace> ws);
    [[nodiscard]] Workspace *workspace() const { return m_workspace.get(); }
    // Opens the workspace at `path` (creating it when new); shows an error naming the file on failure.
    // A team workspace's URL takes its password from the keychain or asks for it.
    bool openWorkspace(const QString &path);
    // File > Open Team Workspace: asks where and who (prefilled with `initial`), then opens it.
    bool openTeamWorkspace(const ServerAddress &initial = {}, const QString &message = {});

    // The start: the last workspace with the documents it showed, else the default workspace (the
    // samples on the very first start). False when no workspace could be opened (the error shown).
    bool openStartupWorkspace();
    // Files given on the command line or handed over by a later start: workspaces open, documents
    // are imported into the open workspace and shown.
    void openArguments(const QStringList &paths);
    // Shows again the documents of the last session in this workspace; false when there were none.
    bool restoreSession();
    // The free area of the screen `w` is on; `w` resized and moved to lie inside it.
    static QRect availableGeometry(const QWidget *w);
    static void fitToScreen(QWidget *w);

    // Imports files off the GUI thread, with progress and cancel; errors are listed per file.
    void importFiles(const QStringList &paths);
    [[nodiscard]] ImportRunner *importRunner() const { return m_importer; }

    // Shows document `id` in the active pane (or in a new pane beside it).
    void showDocument(qint64 id, bool inNewPane = false);
    // The first start: the sample plan and briefing side by side, a linked target selected, a hint.
    void showSamples();
    [[nodiscard]] QWidget *hint() const { return m_hint; }
    // The context menu of figure `id` (link, tags, status, delete), opened at `globalPos`.
    FigureMenu *showFigureMenu(qint64 id, const QPoint &globalPos);
    // Selects a figure: highlights it, shows its links, and scrolls the other panes to linked figures.
    void selectCommitment(qint64 id);
    [[nodiscard]] qint64 selectedCommitment() const { return m_selected; }
    [[nodiscard]] ReaderArea *reader() const { return m_reader; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] IndicatorActions *indicatorActions() const { return m_indicators; }
    [[nodiscard]] ExportActions *exportActions() const { return m_exports; }
    [[nodiscard]] RecoveryActions *recoveryActions() const { return m_recovery; }
    [[nodiscard]] AnalysisActions *analysisActions() const { return m_analysis; }

signals:
    // An import finished and every view shows what it stored.
    void importApplied();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void connectPanels();
    void chooseWorkspace();
    void newWorkspace();
    void chooseImport();
    void showAbout();
    void showSettings();
    void updateTitle();
    void updateTeamStatus();
    // Greys out what the workspace does not let the user change (EditRights), with the reason.
    void updateEditActions();
    void updateRecentMenu();
    void fileImported(const ImportPipeline::FileResult &result);
    void showImportedDocuments(const ImportPipeline::Summary &summary);
    // After an import wrote through the worker's connection: every view reads again, one view per
    // turn of the event loop, so the window stays responsive however large the workspace.
    void refreshAfterImport();
    // What a change in the workspace makes the window read again.
    enum Part : unsigned {
        Library = 1,
        Tags = 2,
        Commitments = 4, // with progress
        Annotations = 8,
        Highlights = 16,
        Links = 32,
        Connectors = 64,
        Progress = 128,
        LastPart = Progress
    };
    void refreshParts(unsigned parts);
    void refreshPart(Part part);
    void runStaged(unsigned parts);
    // What the views show: the import's ViewData while its views are brought up to date, else the
    // workspace's.
    [[nodiscard]] QList<DocumentSummary> viewDocuments() const;
    [[nodiscard]] QList<Commitment> viewCommitments() const;
    [[nodiscard]] QList<Link> viewLinks() const;
    void refreshLibrary();
    void refreshCommitments();
    void refreshAnnotations();
    void refreshTags();
    void refreshLinks();
    void refreshProgress();
    void refreshHighlights();
    void refreshConnectors();
    void annotateSelection(const QColor &colour, const QString &note, const QList<qint64> &tagIds);
    void linkSelection();
    // A correction from the table; a new metric moves the figure to its indicator (or asks which).
    void correctFigure(const Commitment &c, const Figure &corrected);
    // A figure as the status bar names it: "5G基站 > 2万个 (2025, 江苏省) · 行动计划".
    [[nodiscard]] QString describe(const Commitment &c) const;
    void jumpToCommitment(qint64 id);
    void jumpToAnnotation(qint64 id);
    void stepCommitment(int delta);
    void reportEditError(const Error &error);

    AppSettings &m_settings;
    std::unique_ptr<Workspace> m_workspace;
    QLabel *m_teamStatus = nullptr; // a team workspace: who, which role, online, edits waiting
    QUndoStack *m_undo;
    ImportRunner *m_importer;
    LibraryPanel *m_library;
    ReaderArea *m_reader;
    CommitmentsPanel *m_commitments;
    AnnotationPanel *m_annotations;
    LinksPanel *m_links;
    IndicatorActions *m_indicators;
    ExportActions *m_exports = nullptr;
    RecoveryActions *m_recovery = nullptr;
    AnalysisActions *m_analysis = nullptr;
    QMenu *m_recentMenu = nullptr;
    QWidget *m_hint = nullptr;
    QStringList m_openAfterImport; // documents to show once imported (command line, handed over)
    QStringList m_queued; // handed over while an import ran
    QAction *m_syncAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    qint64 m_selected = 0; // the selected figure
    QList<qint64> m_history; // the figures selected last, newest last (what Link links)
    QStringList m_importErrors;
    QStringList m_importWarnings; // pages read with a doubt (no text layer in a build without OCR ...)
    bool m_deferring = false; // refreshAfterImport(): collect what to read again
    unsigned m_pending = 0;
    std::optional<ViewData> m_view;
};

} // namespace plens::ui
