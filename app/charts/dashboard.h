#pragma once

#include "extract/indicators.h"
#include "model/items.h"

#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QGridLayout;
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace plens::charts {

// Many indicators at a glance: a small chart per indicator, filtered by document, region, tag and
// status. Double-clicking a chart asks for the full one.
class Dashboard : public QDialog
{
    Q_OBJECT
public:
    using Loader = std::function<IndicatorInputs()>;
    Dashboard(Loader loader, QList<Tag> tags, QWidget *parent = nullptr);

    void reload(); // reads the workspace again
    void setTags(const QList<Tag> &tags); // and reads the workspace again
    [[nodiscard]] IndicatorFilter filter() const;
    [[nodiscard]] QStringList shownIndicators() const;

signals:
    void chartRequested(const QString &indicator);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillFilters();
    void rebuild();

    Loader m_loader;
    IndicatorInputs m_inputs;
    QList<Tag> m_tags;
    QComboBox *m_document;
    QComboBox *m_region;
    QComboBox *m_tag;
    QComboBox *m_state;
    QLabel *m_count;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QStringList m_shown;
};

} // namespace plens::charts
