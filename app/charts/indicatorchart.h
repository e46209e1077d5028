#pragma once

#include "extract/indicators.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <memory>

// Every QtCharts type of PolicyLens stays in app/charts (QtCharts gives way to Qt Graphs from Qt 6.10;
// swapping it touches this folder only). Callers outside see QWidget, QPainter and plain data.
QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace plens::charts {

// How an indicator is charted.
enum class ChartMode {
    ByTime, // x: year; a line per region of reported values; each target as a dashed line to its year
    ByRegion, // x: region; the latest reported value per region as a bar, its target as a mark
};

struct ChartOptions
{
    ChartMode mode = ChartMode::ByTime;
    QString fontFamily; // "" : chartFontFamily()
    int fontPixelSize = 13; // pixels of the chart's logical layout (it is scaled to its target)
    bool legend = true;
    bool labels = true; // value and attainment labels at the points
    bool title = true;
};

// How values of a unit are written on an axis: 万 and 亿 for large counts and money, never a magnitude
// for shares (%) and percentage points (百分点, a change: "+1.5 个百分点", never "1.5%").
struct ValueScale
{
    double divisor = 1;
    QString prefix; // 万, 亿 or ""
    QString unit; // the indicator's unit
    [[nodiscard]] QString axisTitle() const;
    [[nodiscard]] QString format(double value) const; // "20万 个", "+1.5 个百分点", "45%"
    [[nodiscard]] QString formatTarget(const Figure &target) const; // "≥ 20万 个", "60–80%"
    static ValueScale forData(const IndicatorData &data);
};

class IndicatorChart
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorChart)
public:
    // A new chart of `data` (the caller owns it; put it in a QChartView or a scene). Labels follow the
    // plot area as the chart is resized.
    static std::unique_ptr<QChart> build(const IndicatorData &data, const ChartOptions &options = {});

    // The family chart text is set in: the first installed CJK family (Noto/Source Han Sans SC,
    // Microsoft YaHei, ...), so Chinese labels never fall back to boxes.
    static QString chartFontFamily();

    // The title and the caption under it ("Unit: 万个 · 3 targets, 5 reported values").
    static QString title(const IndicatorData &data);
    static QString caption(const IndicatorData &data);
    static QString modeName(ChartMode mode);
    static QString stateName(const TargetProgress &progress); // judged state, or the manual override
};

} // namespace plens::charts
