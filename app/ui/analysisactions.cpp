#include "ui/analysisactions.h"

#include "analysis/revisions.h"
#include "store/workspace.h"
#include "ui/cascadeview.h"
#include "ui/radarpanel.h"
#include "ui/revisionsview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace plens::ui {

AnalysisActions::AnalysisActions(QMainWindow *window, std::function<void(qint64)> jump)
    : QObject(window), m_window(window), m_jump(std::move(jump)), m_radar(new RadarPanel(window)),
      m_radarDock(new QDockWidget(tr("Deadline Radar"), window))
{
    m_radarDock->setObjectName(QStringLiteral("radarDockWidget"));
    m_radarDock->setWidget(m_radar);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_radarDock);
    // Beside the targets table as a tab, so the radar has the window's width.
    const QList<QDockWidget *> docks = window->findChildren<QDockWidget *>();
    for (QDockWidget *d : docks) {
        if (d != m_radarDock && window->dockWidgetArea(d) == Qt::BottomDockWidgetArea) {
            window->tabifyDockWidget(d, m_radarDock);
            break;
        }
    }
    m_radarDock->hide();
    connect(m_radar, &RadarPanel::targetActivated, this, [this](qint64 id) { m_jump(id); });
    connect(m_radarDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_radarStale) {
            m_radarStale = false;
            m_radar->refresh();
        }
    });

    auto *cascade = new QAction(tr("&Cascade Check..."), this);
    cascade->setObjectName(QStringLiteral("showCascadeAction"));
    cascade->setToolTip(tr("Line up a region's targets with those of the regions inside it"));
    connect(cascade, &QAction::triggered, this, [this] { showCascade(); });
    QAction *radar = m_radarDock->toggleViewAction();
    radar->setText(tr("Deadline &Radar"));
    radar->setObjectName(QStringLiteral("showRadarAction"));
    radar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    auto *revisions = new QAction(tr("Plan &Revisions..."), this);
    revisions->setObjectName(QStringLiteral("showRevisionsAction"));
    revisions->setToolTip(tr("Compare the targets of two versions of a plan"));
    connect(revisions, &QAction::triggered, this, [this] { showRevisions(); });
    m_actions = {cascade, radar, revisions};
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(false);
}

AnalysisActions::~AnalysisActions() = default;

void AnalysisActions::addTo(QMenu *menu)
{
    menu->addActions(m_actions);
}

void AnalysisActions::setWorkspace(Workspace *workspace)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_workspace = workspace;
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(workspace != nullptr);
    if (workspace) {
        m_connections.append(connect(workspace, &Workspace::commitmentsChanged, this, &AnalysisActions::refresh));
        m_connections.append(connect(workspace, &Workspace::documentsChanged, this, &AnalysisActions::refresh));
        m_connections.append(connect(workspace, &Workspace::linksChanged, this, &AnalysisActions::refresh));
        m_connections.append(connect(workspace, &Workspace::indicatorsChanged, this, &AnalysisActions::refresh));
        m_radar->setSource([this] { return m_workspace ? IndicatorInputs::load(*m_workspace) : IndicatorInputs {}; });
        m_radarStale = false;
    } else {
        m_radar->setSource({});
    }
    if (m_cascade)
        m_cascade->refresh();
    if (m_revisions)
        m_revisions->refresh(false);
    // Something overdue: the radar shows itself.
    if (const int overdue = m_radar->report().overdue(); overdue > 0) {
        showRadar();
        m_window->statusBar()->showMessage(tr("%n target(s) overdue: see the Deadline Radar", nullptr, overdue), 10000);
    }
}

void AnalysisActions::refresh()
{
    // A hidden radar is brought up to date when it is shown again.
    if (m_radarDock->isVisible())
        m_radar->refresh();
    else
        m_radarStale = true;
    if (m_cascade)
        m_cascade->refresh();
    if (m_revisions)
        m_revisions->refresh();
}

void AnalysisActions::showRadar()
{
    m_radarDock->show();
    m_radarDock->raise();
}

CascadeView *AnalysisActions::showCascade()
{
    if (!m_workspace)
        return nullptr;
    if (!m_cascade) {
        m_cascade = new CascadeView(
            [this] { return m_workspace ? IndicatorInputs::load(*m_workspace) : IndicatorInputs {}; }, m_window);
        m_cascade->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_cascade, &CascadeView::targetActivated, this, [this](qint64 id) { m_jump(id); });
    }
    m_cascade->show();
    m_cascade->raise();
    m_cascade->activateWindow();
    return m_cascade;
}

RevisionsView *AnalysisActions::showRevisions()
{
    if (!m_workspace)
        return nullptr;
    if (!m_revisions) {
        m_revisions = new RevisionsView(
            [this] { return m_workspace ? IndicatorInputs::load(*m_workspace) : IndicatorInputs {}; },
            [this] {
                if (!m_workspace)
                    return QList<analysis::VersionDocument> {};
                auto docs = analysis::Revisions::documents(*m_workspace);
                if (!docs) {
                    m_window->statusBar()->showMessage(docs.error().toString(), 8000);
                    return QList<analysis::VersionDocument> {};
                }
                return std::move(docs).value();
            },
            m_window);
        m_revisions->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_revisions, &RevisionsView::targetActivated, this, [this](qint64 id) { m_jump(id); });
    }
    m_revisions->show();
    m_revisions->raise();
    m_revisions->activateWindow();
    return m_revisions;
}

} // namespace plens::ui
