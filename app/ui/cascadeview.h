#pragma once

#include "analysis/cascade.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace plens::ui {

// The cascade check as a tree: each parent target (a province's) with its children's targets (its
// cities'), the sum against the parent for additive units, each child against the parent for rates;
// gaps in numbers and colour (red: short, weaker, due later, missing; green: adds up or at least as
// demanding; grey: listed only), the rule as each row's tooltip. Regions the gazetteer cannot place are
// listed under their own heading. Double-clicking a row opens its target.
class CascadeView : public QDialog
{
    Q_OBJECT
public:
    using Source = std::function<IndicatorInputs()>;
    explicit CascadeView(Source source, QWidget *parent = nullptr);

    void refresh(); // reads the workspace again, keeping the indicator chosen
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QComboBox *indicatorBox() const { return m_indicator; }
    [[nodiscard]] const analysis::CascadeReport &report() const { return m_report; }

signals:
    void targetActivated(qint64 commitmentId);

private:
    void fill();

    Source m_source;
    QComboBox *m_indicator;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    analysis::CascadeReport m_report;
};

} // namespace plens::ui
