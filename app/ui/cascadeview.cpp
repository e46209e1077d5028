#include "ui/cascadeview.h"

#include "model/labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plens::ui {

namespace {

const QColor kBad(190, 30, 30);
const QColor kGood(30, 130, 60);
const QColor kQuiet(120, 120, 120);

enum Column { Region, Target, Year, Sum, Gap, Finding, Document, Columns };

QString yearOf(const Figure &f)
{
    return f.year ? QString::number(*f.year) : QString();
}

} // namespace

CascadeView::CascadeView(Source source, QWidget *parent)
    : QDialog(parent), m_source(std::move(source)), m_indicator(new QComboBox(this)), m_summary(new QLabel(this)),
      m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("cascadeViewDialog"));
    setWindowTitle(tr("Cascade Check"));
    setWindowFlag(Qt::Window);
    m_indicator->setObjectName(QStringLiteral("cascadeIndicatorComboBox"));
    m_summary->setObjectName(QStringLiteral("cascadeSummaryLabel"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("cascadeTreeWidget"));
    m_tree->setColumnCount(Columns);
    m_tree->setHeaderLabels(
        {tr("Region"), tr("Target"), tr("Due"), tr("Children's sum"), tr("Gap"), tr("Finding"), tr("Set in")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Indicator:"), this));
    top->addWidget(m_indicator, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    resize(1100, 650);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, &CascadeView::fill);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            emit targetActivated(id);
    });
    refresh();
}

void CascadeView::refresh()
{
    const IndicatorInputs in = m_source ? m_source() : IndicatorInputs {};
    m_report = analysis::Cascade::check(in);
    const QString current = m_indicator->currentData().toString();
    QStringList names;
    for (const analysis::CascadeNode &n : std::as_const(m_report.nodes))
        if (!names.contains(n.indicator))
            names.append(n.indicator);
    for (const analysis::UnplacedTarget &u : std::as_const(m_report.unplaced))
        if (!names.contains(u.indicator))
            names.append(u.indicator);
    names.sort();
    {
        const QSignalBlocker block(m_indicator);
        m_indicator->clear();
        m_indicator->addItem(tr("All indicators"), QString());
        for (const QString &n : std::as_const(names))
            m_indicator->addItem(n, n);
        m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(current)));
    }
    fill();
}

void CascadeView::fill()
{
    const QString only = m_indicator->currentData().toString();
    m_tree->clear();
    int nodes = 0, flagged = 0;
    QHash<QString, QTreeWidgetItem *> indicators;
    const auto indicatorItem = [&](const QString &name) {
        QTreeWidgetItem *&item = indicators[name];
        if (!item) {
            item = new QTreeWidgetItem(m_tree, {name});
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(Region, f);
            item->setFirstColumnSpanned(true);
        }
        return item;
    };
    const auto tint = [](QTreeWidgetItem *item, const QColor &c) {
        for (int col = 0; col < Columns; ++col)
            item->setForeground(col, c);
    };
    for (const analysis::CascadeNode &n : std::as_const(m_report.nodes)) {
        if (!only.isEmpty() && n.indicator != only)
            continue;
        ++nodes;
        flagged += n.flags() > 0 ? 1 : 0;
        auto *parent = new QTreeWidgetItem(indicatorItem(n.indicator));
        parent->setText(Region, n.region);
        parent->setText(Target, Labels::value(n.figure, true));
        parent->setText(Year, yearOf(n.figure));
        if (n.sum)
            parent->setText(Sum, Labels::number(*n.sum, true) + n.figure.unit);
        if (n.gap)
            parent->setText(
                Gap, (*n.gap > 0 ? QStringLiteral("+") : QString()) + Labels::number(*n.gap, true) + n.figure.unit);
        parent->setText(Finding, n.explanation);
        parent->setText(Document, n.document);
        parent->setData(0, Qt::UserRole, n.targetId);
        for (int col = 0; col < Columns; ++col)
            parent->setToolTip(col, n.explanation);
        const bool limit = analysis::atMost(n.figure);
        if ((n.rule == analysis::NodeRule::SumShort && !limit) || (n.rule == analysis::NodeRule::SumOver && limit))
            parent->setForeground(Gap, kBad);
        else if (n.gap)
            parent->setForeground(Gap, kGood);
        for (const analysis::CascadeChild &c : n.children) {
            auto *child = new QTreeWidgetItem(parent);
            child->setText(Region, c.region);
            child->setText(Target, c.targetId ? Labels::value(c.figure, true) : tr("none"));
            child->setText(Year, yearOf(c.figure));
            child->setText(Finding, c.explanation);
            child->setText(Document, c.document);
            child->setData(0, Qt::UserRole, c.targetId);
            for (int col = 0; col < Columns; ++col)
                child->setToolTip(col, c.explanation);
            if (c.flagged())
                tint(child, kBad);
            else if (c.rule == analysis::ChildRule::Counted || c.rule == analysis::ChildRule::RateAsStrong)
                tint(child, kGood);
            else
                tint(child, kQuiet);
        }
        if (!n.absent.isEmpty()) {
            auto *absent = new QTreeWidgetItem(parent);
            absent->setText(Region, tr("%n other region(s)", nullptr, int(n.absent.size())));
            absent->setText(Finding, tr("No document from: %1").arg(n.absent.join(QStringLiteral("、"))));
            absent->setToolTip(Finding, absent->text(Finding));
            tint(absent, kQuiet);
        }
    }
    QTreeWidgetItem *unplaced = nullptr;
    for (const analysis::UnplacedTarget &u : std::as_const(m_report.unplaced)) {
        if (!only.isEmpty() && u.indicator != only)
            continue;
        if (!unplaced) {
            unplaced = new QTreeWidgetItem(m_tree, {tr("Regions the gazetteer cannot place (listed, not guessed)")});
            unplaced->setFirstColumnSpanned(true);
            tint(unplaced, kQuiet);
        }
        auto *item = new QTreeWidgetItem(unplaced);
        item->setText(Region, u.region.isEmpty() ? tr("(no region)") : u.region);
        item->setText(Target, Labels::value(u.figure, true));
        item->setText(Year, yearOf(u.figure));
        item->setText(Finding, u.indicator);
        item->setText(Document, u.document);
        item->setData(0, Qt::UserRole, u.targetId);
    }
    m_tree->expandAll();
    for (int col = 0; col < Finding; ++col)
        m_tree->resizeColumnToContents(col);
    m_tree->setColumnWidth(Finding, 420);
    m_summary->setText(nodes == 0 ? tr("No target here has targets of the regions inside its region to line up with.")
                                  : tr("%n cascade(s)", nullptr, nodes) + QStringLiteral(" · ")
                               + tr("%n with a gap or a flagged child", nullptr, flagged));
}

} // namespace plens::ui
