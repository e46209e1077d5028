#pragma once

#include "store/workspace.h"

#include <QMainWindow>

#include <memory>

namespace plens::ui {

class AppSettings;
class DocumentView;
class LibraryPanel;

// Layout and wiring only: panels, views and dialogs are classes of their own.
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
    bool openWorkspace(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showDocument(qint64 id);
    void chooseWorkspace();
    void newWorkspace();
    void showAbout();
    void updateTitle();

    AppSettings &m_settings;
    std::unique_ptr<Workspace> m_workspace;
    LibraryPanel *m_library;
    DocumentView *m_view;
};

} // namespace plens::ui
