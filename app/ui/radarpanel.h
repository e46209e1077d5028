#pragma once

#include "analysis/radar.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTreeWidget;

namespace plens::ui {

// The deadline radar (a dock): every target with a due year, the most urgent first, coloured by what
// needs doing (red: past due; orange: due now or projected short; yellow: stale; grey: nothing to
// do), the rule in words, the latest value and, marked as such, the projection. The date it judges on
// and the age after which a value is stale can be changed. Double-clicking a row opens its target.
class RadarPanel : public QWidget
{
    Q_OBJECT
public:
    using Source = std::function<IndicatorInputs()>;
    explicit RadarPanel(QWidget *parent = nullptr);

    void setSource(Source source); // and refresh
    void refresh();
    [[nodiscard]] const analysis::RadarReport &report() const { return m_report; }
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QDateEdit *asOfEdit() const { return m_asOf; }

signals:
    void targetActivated(qint64 commitmentId);

private:
    void fill();

    Source m_source;
    QDateEdit *m_asOf;
    QSpinBox *m_months;
    QCheckBox *m_flaggedOnly;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    analysis::RadarReport m_report;
};

} // namespace plens::ui
