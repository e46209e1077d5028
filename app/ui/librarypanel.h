#pragma once

#include "store/workspace.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace plens::ui {

// The workspace's documents: title, issuer, number, date, region, type; sortable and filterable.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    void setDocuments(const QList<DocumentSummary> &docs);
    [[nodiscard]] int documentCount() const;
    // Selects the row of document `id` and emits documentActivated.
    void activateDocument(qint64 id);

Q_SIGNALS:
    void documentActivated(qint64 id);

private:
    void emitActivated(const QModelIndex &proxyIndex);

    QLineEdit *m_filter;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace plens::ui
