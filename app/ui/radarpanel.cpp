#include "ui/radarpanel.h"

#include "model/labels.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plens::ui {

namespace {

enum Column { Urgency, Indicator, Region, Target, Due, Latest, Projection, Finding, Columns };

QColor colourOf(const analysis::RadarItem &item)
{
    if (!item.flagged())
        return {120, 120, 120};
    switch (item.findings.first().rule) {
    case analysis::RadarRule::PastDueNoReport:
    case analysis::RadarRule::PastDueNotMet:
    case analysis::RadarRule::MarkedByUser:
        return {190, 30, 30};
    case analysis::RadarRule::DueNowNoReport:
    case analysis::RadarRule::ProjectedShort:
        return {200, 110, 0};
    case analysis::RadarRule::Stale:
    case analysis::RadarRule::DoneByUser:
        break;
    }
    return {150, 130, 0};
}

QString urgencyText(const analysis::RadarItem &item)
{
    if (!item.flagged())
        return RadarPanel::tr("—");
    switch (item.findings.first().rule) {
    case analysis::RadarRule::PastDueNoReport:
        return RadarPanel::tr("Overdue, nothing reported");
    case analysis::RadarRule::PastDueNotMet:
        return RadarPanel::tr("Overdue, not met");
    case analysis::RadarRule::MarkedByUser:
        return RadarPanel::tr("Marked by a user");
    case analysis::RadarRule::DueNowNoReport:
        return RadarPanel::tr("Due this year, nothing reported");
    case analysis::RadarRule::ProjectedShort:
        return RadarPanel::tr("Projected short");
    case analysis::RadarRule::Stale:
        return RadarPanel::tr("Stale");
    case analysis::RadarRule::DoneByUser:
        break;
    }
    return {};
}

} // namespace

RadarPanel::RadarPanel(QWidget *parent)
    : QWidget(parent), m_asOf(new QDateEdit(QDate::currentDate(), this)), m_months(new QSpinBox(this)),
      m_flaggedOnly(new QCheckBox(tr("Only what needs attention"), this)), m_summary(new QLabel(this)),
      m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("radarPanel"));
    m_asOf->setObjectName(QStringLiteral("radarAsOfDateEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_months->setObjectName(QStringLiteral("radarStaleSpinBox"));
    m_months->setRange(1, 120);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    m_flaggedOnly->setObjectName(QStringLiteral("radarFlaggedCheckBox"));
    m_summary->setObjectName(QStringLiteral("radarSummaryLabel"));
    m_tree->setObjectName(QStringLiteral("radarTreeWidget"));
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(Columns);
    m_tree->setHeaderLabels({tr("Urgency"), tr("Indicator"), tr("Region"), tr("Target"), tr("Due"), tr("Latest value"),
                             tr("Projection"), tr("Why")});
    m_tree->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("As of:"), this));
    top->addWidget(m_asOf);
    top->addWidget(new QLabel(tr("Stale after:"), this));
    top->addWidget(m_months);
    top->addWidget(m_flaggedOnly);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &RadarPanel::refresh);
    connect(m_months, &QSpinBox::valueChanged, this, &RadarPanel::refresh);
    connect(m_flaggedOnly, &QCheckBox::toggled, this, &RadarPanel::fill);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            emit targetActivated(id);
    });
}

void RadarPanel::setSource(Source source)
{
    m_source = std::move(source);
    refresh();
}

void RadarPanel::refresh()
{
    analysis::RadarOptions options;
    options.asOf = m_asOf->date();
    options.staleMonths = m_months->value();
    m_report = m_source ? analysis::Radar::scan(m_source(), options) : analysis::RadarReport {};
    fill();
}

void RadarPanel::fill()
{
    m_tree->clear();
    int flagged = 0;
    for (const analysis::RadarItem &item : std::as_const(m_report.items)) {
        flagged += item.flagged() ? 1 : 0;
        if (m_flaggedOnly->isChecked() && !item.flagged())
            continue;
        auto *row = new QTreeWidgetItem(m_tree);
        row->setData(0, Qt::UserRole, item.targetId);
        row->setText(Urgency, urgencyText(item));
        row->setText(Indicator, item.indicator);
        row->setText(Region, item.region);
        row->setText(Target, Labels::value(item.target, true));
        row->setText(Due, QString::number(item.dueYear));
        if (item.latest)
            row->setText(
                Latest,
                Labels::value(item.latest->figure, true)
                    + (item.latest->figure.year ? QStringLiteral(" (%1)").arg(*item.latest->figure.year) : QString()));
        if (item.projection) {
            // A projection, never data: italic and marked.
            row->setText(Projection,
                         tr("≈ %1 in %2 (projected)")
                             .arg(Labels::number(item.projection->value, true) + item.target.unit)
                             .arg(item.projection->year));
            QFont f = row->font(Projection);
            f.setItalic(true);
            row->setFont(Projection, f);
        }
        QStringList why;
        for (const analysis::RadarFinding &f : item.findings)
            why.append(f.explanation);
        row->setText(Finding, why.join(u' '));
        row->setToolTip(Finding, why.join(u'\n'));
        row->setToolTip(Target, item.document);
        const QColor c = colourOf(item);
        row->setForeground(Urgency, c);
        row->setForeground(Finding, c);
        if (item.overdue()) {
            QFont f = row->font(Urgency);
            f.setBold(true);
            row->setFont(Urgency, f);
        }
    }
    for (int col = 0; col < Finding; ++col)
        m_tree->resizeColumnToContents(col);
    m_summary->setText(tr("%n overdue", nullptr, m_report.overdue()) + QStringLiteral(" · ")
                       + tr("%n need(s) attention", nullptr, flagged) + QStringLiteral(" · ")
                       + tr("%n target(s) with a due year", nullptr, int(m_report.items.size())));
}

} // namespace plens::ui
