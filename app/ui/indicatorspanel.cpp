#include "ui/indicatorspanel.h"

#include "charts/chartwidget.h"
#include "charts/dashboard.h"
#include "extract/indicators.h"
#include "model/labels.h"
#include "store/commands.h"
#include "store/workspace.h"
#include "ui/dialogs.h"
#include "ui/editrights.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace plens::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kIsFigureRole = Qt::UserRole + 1;
} // namespace

IndicatorsPanel::IndicatorsPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("indicatorsPanel"));
    m_tree->setObjectName(QStringLiteral("indicatorsTreeWidget"));
    m_tree->setHeaderLabels({tr("Indicator"), tr("Unit"), tr("Figures")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kIsFigureRole).toBool())
            chart();
    });

    const auto action = [this](const QString &text, const QString &name, const QString &tip, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        m_tree->addAction(a);
        if (slot != &IndicatorsPanel::chart) // the others change indicators
            m_editActions.append(a);
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        return button;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(action(tr("Chart"), QStringLiteral("chartIndicatorAction"),
                              tr("Chart the targets and reported values of the indicator"), &IndicatorsPanel::chart));
    buttons->addWidget(action(tr("Rename..."), QStringLiteral("renameIndicatorAction"),
                              tr("Give the indicator another name (the old one stays as an alias)"),
                              &IndicatorsPanel::rename));
    buttons->addWidget(action(tr("Merge Into..."), QStringLiteral("mergeIndicatorAction"),
                              tr("Move the indicator's figures into another indicator"), &IndicatorsPanel::merge));
    buttons->addWidget(action(tr("Split Off..."), QStringLiteral("splitIndicatorAction"),
                              tr("Move the selected figures into a new indicator"), &IndicatorsPanel::split));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
}

void IndicatorsPanel::setIndicators(const IndicatorState &state, const QList<Commitment> &commitments,
                                    const QHash<qint64, QString> &documentNames)
{
    const qint64 keep = currentIndicator();
    m_indicators = state.indicators;
    m_tree->clear();
    // Built apart from the tree and handed over at once: thousands of figures cost one insertion.
    QHash<qint64, QTreeWidgetItem *> items;
    QList<QTreeWidgetItem *> top;
    QTreeWidgetItem *current = nullptr;
    const QString kinds[] = {Labels::kind(Figure::Kind::Target), Labels::kind(Figure::Kind::Reported),
                             Labels::kind(Figure::Kind::Forecast), Labels::kind(Figure::Kind::Parameter)};
    for (const Indicator &i : state.indicators) {
        auto *item = new QTreeWidgetItem(QStringList {i.name, i.unit, QString()});
        item->setData(0, kIdRole, i.id);
        item->setData(0, kIsFigureRole, false);
        item->setToolTip(0, i.aliases.isEmpty() ? i.name : tr("Also named: %1").arg(i.aliases.join(tr(", "))));
        items.insert(i.id, item);
        top.append(item);
        if (i.id == keep)
            current = item;
    }
    for (const Commitment &c : commitments) {
        QTreeWidgetItem *parent = items.value(state.assignment.value(c.id));
        if (!parent)
            continue;
        auto *child = new QTreeWidgetItem(
            parent,
            {QStringLiteral("%1 %2 · %3").arg(kinds[int(c.figure.kind)], Labels::value(c.figure), c.figure.metric),
             c.figure.year ? QString::number(*c.figure.year) : QString(), documentNames.value(c.documentId)});
        child->setData(0, kIdRole, c.id);
        child->setData(0, kIsFigureRole, true);
        child->setToolTip(0, c.anchor.quote);
    }
    for (QTreeWidgetItem *item : std::as_const(items))
        item->setText(2, QString::number(item->childCount()));
    m_tree->addTopLevelItems(top);
    if (current)
        m_tree->setCurrentItem(current);
}

void IndicatorsPanel::setEditRights(const EditRights &rights)
{
    for (QAction *a : std::as_const(m_editActions))
        EditRights::apply(a, rights.manage, rights.manageReason);
}

qint64 IndicatorsPanel::currentIndicator() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return 0;
    if (item->data(0, kIsFigureRole).toBool())
        item = item->parent();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

QList<qint64> IndicatorsPanel::selectedFigures() const
{
    QList<qint64> out;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (item->data(0, kIsFigureRole).toBool())
            out.append(item->data(0, kIdRole).toLongLong());
    }
    return out;
}

void IndicatorsPanel::rename()
{
    const qint64 id = currentIndicator();
    const auto it
        = std::find_if(m_indicators.cbegin(), m_indicators.cend(), [id](const Indicator &i) { return i.id == id; });
    if (it == m_indicators.cend())
        return;
    const QString name = Dialogs::text(this, tr("Rename Indicator"), tr("New name:"), it->name).trimmed();
    if (name.isEmpty() || name == it->name)
        return;
    if (std::any_of(m_indicators.cbegin(), m_indicators.cend(), [&](const Indicator &i) { return i.name == name; })) {
        Dialogs::information(this, tr("Rename Indicator"),
                             tr("An indicator named '%1' exists already. Use Merge Into to join them.").arg(name));
        return;
    }
    emit renameRequested(id, name);
}

void IndicatorsPanel::merge()
{
    const qint64 id = currentIndicator();
    QStringList names;
    QList<qint64> ids;
    for (const Indicator &i : std::as_const(m_indicators)) {
        if (i.id != id) {
            names << i.name;
            ids << i.id;
        }
    }
    if (!id || names.isEmpty())
        return;
    const QString into = Dialogs::item(this, tr("Merge Indicator"), tr("Merge into:"), names);
    const qsizetype i = names.indexOf(into);
    if (i >= 0)
        emit mergeRequested(id, ids.at(i));
}

void IndicatorsPanel::split()
{
    const QList<qint64> figures = selectedFigures();
    if (figures.isEmpty()) {
        Dialogs::information(this, tr("Split Indicator"), tr("Select the figures to move into a new indicator first."));
        return;
    }
    const QString name
        = Dialogs::text(this, tr("Split Indicator"), tr("Name of the new indicator:"), QString()).trimmed();
    if (!name.isEmpty())
        emit splitRequested(figures, name);
}

void IndicatorsPanel::chart()
{
    const qint64 id = currentIndicator();
    for (const Indicator &i : std::as_const(m_indicators)) {
        if (i.id == id)
            emit chartRequested(i.name);
    }
}

IndicatorActions::IndicatorActions(QMainWindow *window, QUndoStack *undo)
    : QObject(window), m_window(window), m_undo(undo), m_panel(new IndicatorsPanel(window))
{
    connect(m_panel, &IndicatorsPanel::chartRequested, this, [this](const QString &name) { showChart(name); });
    connect(m_panel, &IndicatorsPanel::renameRequested, this, [this](qint64 id, const QString &name) {
        edit(renameIndicator(m_workspace->indicatorState(), id, name), tr("Rename indicator"));
    });
    connect(m_panel, &IndicatorsPanel::mergeRequested, this, [this](qint64 from, qint64 into) {
        edit(mergeIndicators(m_workspace->indicatorState(), from, into), tr("Merge indicators"));
    });
    connect(m_panel, &IndicatorsPanel::splitRequested, this, [this](const QList<qint64> &figures, const QString &name) {
        QStringList metrics;
        QString unit;
        for (qint64 id : figures) {
            if (auto c = m_workspace->commitment(id)) {
                if (!metrics.contains(c->figure.metric))
                    metrics << c->figure.metric;
                if (unit.isEmpty())
                    unit = c->figure.unit;
            }
        }
        edit(splitIndicator(m_workspace->indicatorState(), figures, name, metrics, unit), tr("Split indicator"));
    });

    auto *chart = new QAction(tr("Indicator &Chart..."), this);
    chart->setObjectName(QStringLiteral("showChartAction"));
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(chart, &QAction::triggered, this, [this] { showChart(); });
    auto *dashboard = new QAction(tr("&Dashboard..."), this);
    dashboard->setObjectName(QStringLiteral("showDashboardAction"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(dashboard, &QAction::triggered, this, [this] { showDashboard(); });
    m_group = new QAction(tr("&Group Figures into Indicators"), this);
    m_group->setObjectName(QStringLiteral("groupIndicatorsAction"));
    m_group->setToolTip(tr("Put every figure without an indicator under the most similar one"));
    connect(m_group, &QAction::triggered, this, [this] {
        const IndicatorState before = m_workspace->indicatorState();
        edit(planIndicators(before, m_workspace->commitments()), tr("Group figures into indicators"));
    });
    m_actions = {chart, dashboard};
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(false);
    setEditRights(EditRights::of(nullptr));
}

IndicatorActions::~IndicatorActions() = default;

void IndicatorActions::addTo(QMenu *menu)
{
    menu->addActions(m_actions);
    menu->addAction(m_group);
}

void IndicatorActions::setEditRights(const EditRights &rights)
{
    EditRights::apply(m_group, rights.manage, rights.manageReason);
    m_panel->setEditRights(rights);
}

void IndicatorActions::setWorkspace(Workspace *workspace)
{
    if (m_chart)
        m_chart->close();
    if (m_dashboard)
        m_dashboard->close();
    m_workspace = workspace;
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(workspace != nullptr);
    if (workspace) {
        connect(workspace, &Workspace::indicatorsChanged, this, &IndicatorActions::refresh);
        connect(workspace, &Workspace::commitmentsChanged, this, &IndicatorActions::refresh);
        connect(workspace, &Workspace::linksChanged, this, &IndicatorActions::refresh);
        // Tags and their use: the dashboard's tag filter.
        connect(workspace, &Workspace::tagsChanged, this, [this] {
            if (m_dashboard && m_workspace)
                m_dashboard->setTags(m_workspace->tags());
        });
    }
    refresh();
}

void IndicatorActions::setHeld(bool held)
{
    m_held = held;
    if (!held && m_stale)
        refresh();
}

void IndicatorActions::refresh()
{
    if (m_held) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_workspace) {
        m_panel->setIndicators({}, {}, {});
        return;
    }
    QHash<qint64, QString> names;
    for (const DocumentSummary &d : m_workspace->documents())
        names.insert(d.id, d.meta.title.isEmpty() ? d.fileName : d.meta.title);
    refreshFrom(m_workspace->indicatorState(), m_workspace->commitments(), names);
}

void IndicatorActions::refreshFrom(const IndicatorState &state, const QList<Commitment> &commitments,
                                   const QHash<qint64, QString> &documentTitles)
{
    m_stale = false;
    m_panel->setIndicators(state, commitments, documentTitles);
    if (m_chart)
        m_chart->reload();
    if (m_dashboard)
        m_dashboard->reload();
}

void IndicatorActions::edit(const IndicatorState &after, const QString &text)
{
    if (!m_workspace)
        return;
    const IndicatorState before = m_workspace->indicatorState();
    if (after != before)
        m_undo->push(new commands::SetIndicatorState(*m_workspace, before, after, text));
}

charts::ChartWindow *IndicatorActions::showChart(const QString &indicator)
{
    if (!m_workspace)
        return nullptr;
    if (!m_chart) {
        m_chart = new charts::ChartWindow(
            [this]() { return m_workspace ? IndicatorInputs::load(*m_workspace) : IndicatorInputs {}; }, m_window);
        m_chart->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!indicator.isEmpty())
        m_chart->showIndicator(indicator);
    m_chart->show();
    MainWindow::fitToScreen(m_chart); // its Close button on the screen at any scaling
    m_chart->raise();
    m_chart->activateWindow();
    return m_chart;
}

charts::Dashboard *IndicatorActions::showDashboard()
{
    if (!m_workspace)
        return nullptr;
    if (!m_dashboard) {
        m_dashboard = new charts::Dashboard(
            [this]() { return m_workspace ? IndicatorInputs::load(*m_workspace) : IndicatorInputs {}; },
            m_workspace->tags(), m_window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dashboard, &charts::Dashboard::chartRequested, this,
                [this](const QString &name) { showChart(name); });
    }
    m_dashboard->show();
    MainWindow::fitToScreen(m_dashboard);
    m_dashboard->raise();
    return m_dashboard;
}

} // namespace plens::ui
