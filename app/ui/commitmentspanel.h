#pragma once

#include "model/items.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace plens::ui {

class CommitmentsFilter;
struct EditRights;
class CommitmentsModel;

// Targets and reported figures in a table: filters (document, kind, indicator, region, year, tag,
// status), sorting, editing in place (reported through the model as edit requests), and a jump to the
// passage on double click or Enter.
class CommitmentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommitmentsPanel(QWidget *parent = nullptr);

    [[nodiscard]] CommitmentsModel *model() const { return m_model; }
    [[nodiscard]] CommitmentsFilter *filter() const { return m_filter; }
    [[nodiscard]] QTableView *table() const { return m_table; }

    void setDocuments(const QList<QPair<qint64, QString>> &documents); // id, title
    void setTags(const QList<Tag> &tags);
    // Selects (and shows) commitment `id`, e.g. when its highlight was clicked in a pane.
    void selectCommitment(qint64 id);
    [[nodiscard]] qint64 currentCommitment() const;
    // Moves the selection to the next (or previous) visible row; returns its id, 0 at the end.
    qint64 step(int delta);
    // Editing in place (figures, statuses, confirmations) only where the workspace allows it.
    void setEditRights(const EditRights &rights);

signals:
    void jumpRequested(qint64 commitmentId);
    void currentChanged(qint64 commitmentId);
    void menuRequested(qint64 commitmentId, const QPoint &globalPos); // a right click on a row

private:
    CommitmentsModel *m_model;
    CommitmentsFilter *m_filter;
    QComboBox *m_document;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_tag;
    QLineEdit *m_metric;
    QLineEdit *m_scope;
    QSpinBox *m_year;
    QTableView *m_table;
};

} // namespace plens::ui
