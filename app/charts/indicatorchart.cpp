#include "charts/indicatorchart.h"

#include "export/exportfont.h"
#include "model/labels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontDatabase>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace plens::charts {

namespace {

const QColor kTargetColour(0xb0, 0x3a, 0x2e);

QColor regionColour(int i)
{
    static const QList<QColor> palette = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                          QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                          QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return palette.at(i % palette.size());
}

// A number as people write it, without a locale: 13, 1.5, 0.25, 12.35.
QString plain(double v)
{
    QString s = QString::number(v, 'f', std::abs(v) >= 100 ? 0 : 2);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

// Text labels at data points that follow the plot area when the chart is resized or laid out.
class LabelLayer : public QObject
{
public:
    explicit LabelLayer(QChart *chart, const QFont &font) : QObject(chart), m_chart(chart), m_font(font)
    {
        connect(chart, &QChart::plotAreaChanged, this, &LabelLayer::place);
    }

    // `offset` in points from the data point: (0, -1) above, (1, 0) to the right.
    void add(const QString &text, const QPointF &value, QAbstractSeries *series, const QColor &colour,
             const QPointF &offset)
    {
        auto *item = new QGraphicsSimpleTextItem(text, m_chart);
        item->setFont(m_font);
        item->setBrush(colour.darker(130));
        item->setZValue(10);
        m_labels.append({item, value, series, offset});
    }

    void place()
    {
        for (const Label &l : std::as_const(m_labels)) {
            const QPointF at = m_chart->mapToPosition(l.value, l.series);
            const QRectF box = l.item->boundingRect();
            QPointF pos = at;
            if (l.offset.x() > 0)
                pos += QPointF(6, -box.height() / 2);
            else if (l.offset.x() < 0)
                pos += QPointF(-box.width() - 6, -box.height() / 2);
            else
                pos += QPointF(-box.width() / 2, l.offset.y() < 0 ? -box.height() - 4 : 4);
            l.item->setPos(pos);
            l.item->setVisible(m_chart->plotArea().adjusted(-40, -40, 40, 40).contains(at));
        }
    }

private:
    struct Label
    {
        QGraphicsSimpleTextItem *item;
        QPointF value;
        QAbstractSeries *series;
        QPointF offset;
    };
    QChart *m_chart;
    QFont m_font;
    QList<Label> m_labels;
};

QString regionName(const QString &region)
{
    return region.isEmpty() ? IndicatorChart::tr("Unspecified area") : region;
}

QString targetName(const IndicatorPoint &t, const ValueScale &scale)
{
    const QString value = scale.formatTarget(t.figure);
    return t.figure.year
        ? IndicatorChart::tr("Target %1: %2 by %3").arg(regionName(t.region), value).arg(*t.figure.year)
        : IndicatorChart::tr("Target %1: %2").arg(regionName(t.region), value);
}

QString reportedLabel(const IndicatorPoint &p, const ValueScale &scale)
{
    const QString value = scale.format(p.figure.value);
    return p.attainment ? IndicatorChart::tr("%1 (%2% of target)").arg(value, plain(std::round(*p.attainment))) : value;
}

QPen targetPen(bool range)
{
    QPen pen(kTargetColour, range ? 1.2 : 2.0, Qt::DashLine);
    pen.setCosmetic(true);
    return pen;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

struct Axes
{
    QAbstractAxis *x;
    QValueAxis *y;
};

void attach(QChart *chart, QAbstractSeries *series, const Axes &axes)
{
    chart->addSeries(series);
    series->attachAxis(axes.x);
    series->attachAxis(axes.y);
}

// A target drawn honestly: a range as a band between its ends, anything else as a dashed line at its
// value; the label says what kind of bound it is (≥, >, ≤, <, ≈, =).
void addTarget(QChart *chart, const Axes &axes, LabelLayer *labels, const IndicatorPoint &t, const ValueScale &scale,
               double x0, double x1, bool legend)
{
    const double low = t.figure.value / scale.divisor;
    const bool range = t.figure.cmp == Figure::Cmp::Range && t.figure.valueMax;
    QAbstractSeries *shown = nullptr;
    if (range) {
        const double high = *t.figure.valueMax / scale.divisor;
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        lower->append({QPointF(x0, low), QPointF(x1, low)});
        upper->append({QPointF(x0, high), QPointF(x1, high)});
        auto *band = new QAreaSeries(upper, lower);
        QColor fill = kTargetColour;
        fill.setAlpha(50);
        band->setBrush(fill);
        band->setPen(targetPen(true));
        shown = band;
    } else {
        auto *line = new QLineSeries(chart);
        line->append({QPointF(x0, low), QPointF(x1, low)});
        line->setPen(targetPen(false));
        shown = line;
    }
    shown->setName(targetName(t, scale));
    attach(chart, shown, axes);
    if (!legend)
        hideFromLegend(chart, shown);
    if (labels) {
        const double y = range ? *t.figure.valueMax / scale.divisor : low;
        labels->add(scale.formatTarget(t.figure)
                        + (t.figure.year ? QStringLiteral(" (%1)").arg(*t.figure.year) : QString()),
                    QPointF(x1, y), shown, kTargetColour, QPointF(0, -1));
    }
}

QValueAxis *valueAxis(const IndicatorData &data, const ValueScale &scale, const QFont &font)
{
    double lo = 0;
    double hi = 0;
    for (const QList<IndicatorPoint> *points : {&data.targets, &data.reported}) {
        for (const IndicatorPoint &p : *points) {
            lo = std::min(lo, p.figure.value / scale.divisor);
            hi = std::max(hi, p.figure.valueMax.value_or(p.figure.value) / scale.divisor);
        }
    }
    if (hi <= lo)
        hi = lo + 1;
    auto *y = new QValueAxis;
    y->setRange(lo < 0 ? lo * 1.15 : 0, hi * 1.18);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.10g")); // 12000, never 1.2e+04 (the magnitude is in the title)
    y->setTitleText(scale.axisTitle());
    y->setLabelsFont(font);
    y->setTitleFont(font);
    return y;
}

void buildByTime(QChart *chart, const IndicatorData &data, const ValueScale &scale, const QFont &font,
                 LabelLayer *labels)
{
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    for (const QList<IndicatorPoint> *points : {&data.targets, &data.reported}) {
        for (const IndicatorPoint &p : *points) {
            if (p.figure.year) {
                first = std::min(first, *p.figure.year);
                last = std::max(last, *p.figure.year);
            }
        }
    }
    if (first > last)
        first = last = QDate::currentDate().year();
    auto *x = new QValueAxis;
    x->setRange(first - 0.5, last + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(first);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(IndicatorChart::tr("Year"));
    x->setLabelsFont(font);
    x->setTitleFont(font);
    QValueAxis *y = valueAxis(data, scale, font);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const Axes axes {x, y};

    // Targets: a dashed line (or band) from the left edge to the year it is due.
    for (const IndicatorPoint &t : data.targets)
        addTarget(chart, axes, labels, t, scale, first - 0.5, t.figure.year ? *t.figure.year : last + 0.5, true);

    // Reported values: one line per region, in time order.
    QMap<QString, QList<const IndicatorPoint *>> byRegion;
    QStringList order;
    for (const IndicatorPoint &p : data.reported) {
        if (!p.figure.year)
            continue;
        if (!order.contains(p.region))
            order.append(p.region);
        byRegion[p.region].append(&p);
    }
    for (int i = 0; i < order.size(); ++i) {
        const QColor colour = regionColour(i);
        auto *line = new QLineSeries(chart);
        line->setName(IndicatorChart::tr("Reported: %1").arg(regionName(order.at(i))));
        QPen pen(colour, 2.2);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(7);
        for (const IndicatorPoint *p : byRegion.value(order.at(i)))
            line->append(*p->figure.year, p->figure.value / scale.divisor);
        attach(chart, line, axes);
        if (labels) {
            for (const IndicatorPoint *p : byRegion.value(order.at(i)))
                labels->add(reportedLabel(*p, scale), QPointF(*p->figure.year, p->figure.value / scale.divisor), line,
                            colour, QPointF(1, 0));
        }
    }
}

void buildByRegion(QChart *chart, const IndicatorData &data, const ValueScale &scale, const QFont &font,
                   LabelLayer *labels)
{
    const QStringList regions = data.regions();
    QStringList names;
    for (const QString &r : regions)
        names << regionName(r);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    x->setTitleText(IndicatorChart::tr("Region"));
    x->setLabelsFont(font);
    x->setTitleFont(font);
    QValueAxis *y = valueAxis(data, scale, font);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const Axes axes {x, y};

    // The latest reported value of each region.
    QList<const IndicatorPoint *> latest(regions.size(), nullptr);
    for (const IndicatorPoint &p : data.reported) {
        const qsizetype i = regions.indexOf(p.region);
        if (!latest.at(i) || p.figure.year.value_or(0) >= latest.at(i)->figure.year.value_or(0))
            latest[i] = &p;
    }
    auto *set = new QBarSet(IndicatorChart::tr("Latest reported value"));
    set->setColor(regionColour(0));
    for (const IndicatorPoint *p : std::as_const(latest))
        set->append(p ? p->figure.value / scale.divisor : 0);
    auto *bars = new QBarSeries(chart);
    bars->append(set);
    bars->setBarWidth(0.55);
    attach(chart, bars, axes);
    if (labels) {
        for (qsizetype i = 0; i < latest.size(); ++i) {
            if (const IndicatorPoint *p = latest.at(i)) {
                QString text = reportedLabel(*p, scale);
                if (p->figure.year)
                    text += QStringLiteral(" · %1").arg(*p->figure.year);
                labels->add(text, QPointF(i, p->figure.value / scale.divisor), bars, QColor(Qt::black), QPointF(0, -1));
            }
        }
    }
    // Each region's target (the one due last) as a mark across its bar.
    bool first = true;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const IndicatorPoint *target = nullptr;
        for (const IndicatorPoint &t : data.targets) {
            if (t.region == regions.at(i) && (!target || t.figure.year.value_or(0) >= target->figure.year.value_or(0)))
                target = &t;
        }
        if (target) {
            addTarget(chart, axes, labels, *target, scale, i - 0.42, i + 0.42, first);
            first = false;
        }
    }
}

} // namespace

QString ValueScale::axisTitle() const
{
    if (unit == QLatin1String("%"))
        return IndicatorChart::tr("Share (%)");
    if (unit == QStringLiteral("百分点"))
        return IndicatorChart::tr("Change (percentage points, 个百分点)");
    const QString u = prefix + unit;
    return u.isEmpty() ? IndicatorChart::tr("Value") : IndicatorChart::tr("Value (%1)").arg(u);
}

QString ValueScale::format(double value) const
{
    if (unit == QLatin1String("%"))
        return plain(value) + QStringLiteral("%");
    if (unit == QStringLiteral("百分点"))
        return plain(value) + QStringLiteral(" 个百分点");
    const QString n = plain(value / divisor) + prefix;
    return n + unit; // 6.7亿元, 1.2万个, 150家
}

QString ValueScale::formatTarget(const Figure &target) const
{
    if (target.cmp == Figure::Cmp::Range && target.valueMax) {
        const QString high = format(*target.valueMax);
        QString low = unit == QLatin1String("%") || unit == QStringLiteral("百分点") ? plain(target.value)
                                                                                     : plain(target.value / divisor);
        return low + QStringLiteral("–") + high;
    }
    const QString value = format(target.value);
    return target.cmp == Figure::Cmp::Eq ? value : Labels::cmp(target.cmp) + QStringLiteral(" ") + value;
}

ValueScale ValueScale::forData(const IndicatorData &data)
{
    ValueScale s;
    s.unit = data.unit;
    if (s.unit == QLatin1String("%") || s.unit == QStringLiteral("百分点"))
        return s;
    double top = 0;
    for (const QList<IndicatorPoint> *points : {&data.targets, &data.reported}) {
        for (const IndicatorPoint &p : *points)
            top = std::max(top, std::abs(p.figure.valueMax.value_or(p.figure.value)));
    }
    if (top >= 1e8) {
        s.divisor = 1e8;
        s.prefix = QStringLiteral("亿");
    } else if (top >= 1e4) { // as officers write it: 1.2万个
        s.divisor = 1e4;
        s.prefix = QStringLiteral("万");
    }
    return s;
}

std::unique_ptr<QChart> IndicatorChart::build(const IndicatorData &data, const ChartOptions &options)
{
    auto chart = std::make_unique<QChart>();
    QFont font(options.fontFamily.isEmpty() ? chartFontFamily() : options.fontFamily);
    font.setPixelSize(options.fontPixelSize);
    chart->setFont(font);
    QFont titleFont = font;
    titleFont.setPixelSize(qRound(options.fontPixelSize * 1.4));
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    if (options.title)
        chart->setTitle(title(data));
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(options.legend);
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(2, 2, 2, 2);
    chart->setAnimationOptions(QChart::NoAnimation);

    const ValueScale scale = ValueScale::forData(data);
    QFont labelFont = font;
    labelFont.setPixelSize(qRound(options.fontPixelSize * 0.9));
    LabelLayer *labels = options.labels ? new LabelLayer(chart.get(), labelFont) : nullptr;
    if (options.mode == ChartMode::ByRegion)
        buildByRegion(chart.get(), data, scale, font, labels);
    else
        buildByTime(chart.get(), data, scale, font, labels);
    return chart;
}

QString IndicatorChart::chartFontFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString &candidate : ExportFont::candidates()) {
            if (installed.contains(candidate))
                return candidate;
        }
        return QFont().family();
    }();
    return family;
}

QString IndicatorChart::title(const IndicatorData &data)
{
    return data.indicator.name;
}

QString IndicatorChart::caption(const IndicatorData &data)
{
    const ValueScale scale = ValueScale::forData(data);
    QStringList parts;
    parts << scale.axisTitle();
    parts << tr("%n target(s)", nullptr, int(data.targets.size()));
    parts << tr("%n reported value(s)", nullptr, int(data.reported.size()));
    if (data.otherUnits)
        parts << tr("%n figure(s) in other units not charted", nullptr, data.otherUnits);
    return parts.join(QStringLiteral(" · "));
}

QString IndicatorChart::modeName(ChartMode mode)
{
    return mode == ChartMode::ByRegion ? tr("By region") : tr("Over time");
}

QString IndicatorChart::stateName(const TargetProgress &progress)
{
    if (progress.manual != TargetStatus::None)
        return tr("%1 (set by hand)").arg(Labels::status(progress.manual));
    return plens::stateName(progress.judgement.state);
}

} // namespace plens::charts
