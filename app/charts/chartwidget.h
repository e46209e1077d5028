#pragma once

#include "charts/indicatorchart.h"

#include <QDialog>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QChartView;
class QComboBox;
class QLabel;
class QPrinter;
class QTreeWidget;
QT_END_NAMESPACE

namespace plens::charts {

// One indicator: its chart (over time or by region), the targets with their progress and the rule
// that judged it, and buttons to copy, export (PNG, SVG, PDF) and print (with a preview).
class IndicatorChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorChartWidget(QWidget *parent = nullptr);
    ~IndicatorChartWidget() override;

    void setData(const IndicatorData &data);
    [[nodiscard]] const IndicatorData &data() const { return m_data; }
    void setMode(ChartMode mode);
    [[nodiscard]] ChartMode mode() const;

    void copyToClipboard();
    void exportChart(); // asks for a file
    bool exportTo(const QString &path); // shows a message naming the file when it fails
    void printWithPreview();
    void printTo(QPrinter &printer) const;

signals:
    void exported(const QString &path);

private:
    void rebuild();
    [[nodiscard]] ChartOptions options() const;

    IndicatorData m_data;
    QComboBox *m_mode;
    QLabel *m_caption;
    QChartView *m_view;
    QTreeWidget *m_progress;
};

// A window for the charts of a workspace: pick an indicator, see its chart. Reloads when told.
class ChartWindow : public QDialog
{
    Q_OBJECT
public:
    using Loader = std::function<IndicatorInputs()>;
    explicit ChartWindow(Loader loader, QWidget *parent = nullptr);

    void reload();
    bool showIndicator(const QString &name);
    [[nodiscard]] IndicatorChartWidget *chart() const { return m_chart; }

private:
    Loader m_loader;
    QList<IndicatorData> m_all;
    QComboBox *m_indicator;
    IndicatorChartWidget *m_chart;
};

} // namespace plens::charts
