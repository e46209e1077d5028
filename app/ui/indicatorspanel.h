#pragma once

#include "model/items.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QMainWindow;
class QMenu;
class QTreeWidget;
class QUndoStack;

namespace plens {
class Workspace;
}

namespace plens::charts {
class ChartWindow;
class Dashboard;
} // namespace plens::charts

namespace plens::ui {

struct EditRights;

// The indicators of the workspace, each with its figures: rename, merge, split off figures, chart.
class IndicatorsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorsPanel(QWidget *parent = nullptr);

    void setIndicators(const IndicatorState &state, const QList<Commitment> &commitments,
                       const QHash<qint64, QString> &documentNames);
    [[nodiscard]] qint64 currentIndicator() const; // the selected indicator, or the one of the selected figure
    [[nodiscard]] QList<qint64> selectedFigures() const;
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    // Rename, merge and split where the workspace lets the user manage indicators.
    void setEditRights(const EditRights &rights);

    // Ask (through Dialogs) and emit the matching request.
    void rename();
    void merge();
    void split();
    void chart();

signals:
    void renameRequested(qint64 indicator, const QString &name);
    void mergeRequested(qint64 from, qint64 into);
    void splitRequested(const QList<qint64> &figures, const QString &name);
    void chartRequested(const QString &indicator);

private:
    QTreeWidget *m_tree;
    QList<QAction *> m_editActions; // rename, merge, split
    QList<Indicator> m_indicators;
};

// The indicator features of the main window: the panel's edits as undoable commands, the chart
// window and the dashboard, and their menu.
class IndicatorActions : public QObject
{
    Q_OBJECT
public:
    IndicatorActions(QMainWindow *window, QUndoStack *undo);
    ~IndicatorActions() override;

    void setWorkspace(Workspace *workspace);
    // Grouping, renaming, merging and splitting where the workspace lets the user manage indicators.
    void setEditRights(const EditRights &rights);
    [[nodiscard]] IndicatorsPanel *panel() const { return m_panel; }
    void addTo(QMenu *menu);

    charts::ChartWindow *showChart(const QString &indicator = {});
    charts::Dashboard *showDashboard();
    void refresh();
    // The same from data already read (after an import, by its worker).
    void refreshFrom(const IndicatorState &state, const QList<Commitment> &commitments,
                     const QHash<qint64, QString> &documentTitles);
    // While held, changes are noted and read once when released (after an import).
    void setHeld(bool held);

private:
    void edit(const IndicatorState &after, const QString &text);

    QMainWindow *m_window;
    QUndoStack *m_undo;
    Workspace *m_workspace = nullptr;
    IndicatorsPanel *m_panel;
    QPointer<charts::ChartWindow> m_chart;
    QPointer<charts::Dashboard> m_dashboard;
    QList<QAction *> m_actions; // chart, dashboard (reading)
    QAction *m_group = nullptr;
    bool m_held = false;
    bool m_stale = false;
};

} // namespace plens::ui
