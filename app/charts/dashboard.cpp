#include "charts/dashboard.h"

#include "charts/indicatorchart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace plens::charts {

namespace {
constexpr int kColumns = 3;
}

Dashboard::Dashboard(Loader loader, QList<Tag> tags, QWidget *parent)
    : QDialog(parent), m_loader(std::move(loader)), m_tags(std::move(tags)), m_document(new QComboBox(this)),
      m_region(new QComboBox(this)), m_tag(new QComboBox(this)), m_state(new QComboBox(this)),
      m_count(new QLabel(this)), m_grid(new QWidget), m_gridLayout(new QGridLayout(m_grid))
{
    setObjectName(QStringLiteral("dashboardDialog"));
    setWindowTitle(tr("Indicator Dashboard"));
    m_document->setObjectName(QStringLiteral("dashboardDocumentComboBox"));
    m_region->setObjectName(QStringLiteral("dashboardRegionComboBox"));
    m_tag->setObjectName(QStringLiteral("dashboardTagComboBox"));
    m_state->setObjectName(QStringLiteral("dashboardStatusComboBox"));
    m_count->setObjectName(QStringLiteral("dashboardCountLabel"));
    for (QComboBox *box : {m_document, m_region, m_tag, m_state}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        connect(box, &QComboBox::currentIndexChanged, this, &Dashboard::rebuild);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Document:"), this));
    filters->addWidget(m_document, 2);
    filters->addWidget(new QLabel(tr("Region:"), this));
    filters->addWidget(m_region, 1);
    filters->addWidget(new QLabel(tr("Tag:"), this));
    filters->addWidget(m_tag, 1);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_state, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_grid);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(scroll, 1);
    resize(1100, 760);
    reload();
}

void Dashboard::setTags(const QList<Tag> &tags)
{
    m_tags = tags;
    reload(); // the tags' use may have changed too
}

void Dashboard::reload()
{
    m_inputs = m_loader ? m_loader() : IndicatorInputs {};
    fillFilters();
    rebuild();
}

void Dashboard::fillFilters()
{
    const auto refill = [](QComboBox *box, const QString &all, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant keep = box->currentData();
        QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QVariant());
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        const int i = keep.isValid() ? box->findData(keep) : 0;
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    QList<std::pair<QString, QVariant>> documents;
    for (auto it = m_inputs.documentNames.cbegin(); it != m_inputs.documentNames.cend(); ++it)
        documents.append({it.value(), it.key()});
    std::sort(documents.begin(), documents.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    refill(m_document, tr("All documents"), documents);

    QStringList regions;
    for (const Commitment &c : std::as_const(m_inputs.commitments)) {
        const QString r = m_inputs.regionOf(c);
        if (!r.isEmpty() && !regions.contains(r))
            regions.append(r);
    }
    regions.sort();
    QList<std::pair<QString, QVariant>> regionItems;
    for (const QString &r : std::as_const(regions))
        regionItems.append({r, r});
    refill(m_region, tr("All regions"), regionItems);

    QList<std::pair<QString, QVariant>> tagItems;
    for (const Tag &t : std::as_const(m_tags))
        tagItems.append({t.name, t.id});
    refill(m_tag, tr("All tags"), tagItems);

    QList<std::pair<QString, QVariant>> states;
    for (auto s : {StatusJudgement::State::Met, StatusJudgement::State::OnTrack, StatusJudgement::State::AtRisk,
                   StatusJudgement::State::Missed, StatusJudgement::State::NoData})
        states.append({plens::stateName(s), int(s)});
    refill(m_state, tr("All statuses"), states);
}

IndicatorFilter Dashboard::filter() const
{
    IndicatorFilter f;
    f.documentId = m_document->currentData().toLongLong();
    f.region = m_region->currentData().toString();
    f.tagId = m_tag->currentData().toLongLong();
    if (m_state->currentData().isValid())
        f.state = StatusJudgement::State(m_state->currentData().toInt());
    return f;
}

QStringList Dashboard::shownIndicators() const
{
    return m_shown;
}

void Dashboard::rebuild()
{
    while (QLayoutItem *item = m_gridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    const QList<IndicatorData> all = collectIndicators(m_inputs, filter());
    ChartOptions small;
    small.legend = false;
    small.labels = false;
    small.fontPixelSize = 11;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const IndicatorData &d = all.at(i);
        auto *view = new QChartView(IndicatorChart::build(d, small).release(), m_grid);
        view->setObjectName(QStringLiteral("dashboardChartView"));
        view->setProperty("indicator", d.indicator.name);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 230);
        view->setToolTip(IndicatorChart::caption(d) + u'\n' + tr("Double-click for the full chart"));
        view->viewport()->installEventFilter(this);
        view->viewport()->setProperty("indicator", d.indicator.name);
        m_gridLayout->addWidget(view, int(i / kColumns), int(i % kColumns));
        m_shown.append(d.indicator.name);
    }
    m_count->setText(tr("%n indicator(s)", nullptr, int(all.size())));
}

bool Dashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick && watched->property("indicator").isValid()) {
        emit chartRequested(watched->property("indicator").toString());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace plens::charts
