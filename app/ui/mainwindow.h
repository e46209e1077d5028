#pragma once

#include "store/workspace.h"

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
class ImportRunner;
class IndicatorActions;
class LibraryPanel;
class LinksPanel;
class ReaderArea;
class RecoveryActions;
struct ImportOutcome;

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

    // Imports files off the GUI thread, with progress and cancel; errors are listed per file.
    void importFiles(const QStringList &paths);
    [[nodiscard]] ImportRunner *importRunner() const { return m_importer; }

    // Shows document `id` in the active pane (or in a new pane beside it).
    void showDocument(qint64 id, bool inNewPane = false);
    // Selects a figure: highlights it, shows its links, and scrolls the other panes to linked figures.
    void selectCommitment(qint64 id);
    [[nodiscard]] qint64 selectedCommitment() const { return m_selected; }
    [[nodiscard]] ReaderArea *reader() const { return m_reader; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] IndicatorActions *indicatorActions() const { return m_indicators; }
    [[nodiscard]] ExportActions *exportActions() const { return m_exports; }
    [[nodiscard]] RecoveryActions *recoveryActions() const { return m_recovery; }
    [[nodiscard]] AnalysisActions *analysisActions() const { return m_analysis; }

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
    void updateRecentMenu();
    void storeOutcome(const ImportOutcome &outcome);
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
    QAction *m_syncAction = nullptr;
    qint64 m_selected = 0; // the selected figure
    qint64 m_target = 0; // the target selected last (what Link links to)
    QStringList m_importErrors;
    QStringList m_importWarnings; // pages read with a doubt (no text layer in a build without OCR ...)
};

} // namespace plens::ui
