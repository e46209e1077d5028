#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace plens {
class Workspace;
}

namespace plens::ui {

class CascadeView;
class RadarPanel;
class RevisionsView;

// The Analysis menu of the main window: the Cascade Check and Plan Revisions windows and the Deadline
// Radar dock, kept up to date with the workspace (figures, links, indicators). Opening a workspace
// with an overdue target shows the radar. Activating a row anywhere calls `jump` with its target.
class AnalysisActions : public QObject
{
    Q_OBJECT
public:
    AnalysisActions(QMainWindow *window, std::function<void(qint64)> jump);
    ~AnalysisActions() override;

    void setWorkspace(Workspace *workspace);
    void addTo(QMenu *menu);

    CascadeView *showCascade();
    RevisionsView *showRevisions();
    void showRadar();
    [[nodiscard]] RadarPanel *radar() const { return m_radar; }
    [[nodiscard]] QDockWidget *radarDock() const { return m_radarDock; }
    void refresh();

private:
    QMainWindow *m_window;
    std::function<void(qint64)> m_jump;
    Workspace *m_workspace = nullptr;
    RadarPanel *m_radar;
    QDockWidget *m_radarDock;
    bool m_radarStale = false; // the workspace changed while the radar was hidden
    QPointer<CascadeView> m_cascade;
    QPointer<RevisionsView> m_revisions;
    QList<QAction *> m_actions;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace plens::ui
