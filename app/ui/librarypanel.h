#pragma once

#include "store/workspace.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
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
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    // Full-text search results (document hits and note hits) with their snippets.
    void setSearchResults(const QList<SearchHit> &hits);
    [[nodiscard]] int searchResultCount() const;

Q_SIGNALS:
    void documentActivated(qint64 id);
    void searchRequested(const QString &query);
    // A search result chosen: the document, where the match is (-1 if unknown) and the note's id.
    void searchResultActivated(qint64 documentId, qsizetype offset, qint64 annotationId);

private:
    void emitActivated(const QModelIndex &proxyIndex);

    QLineEdit *m_filter;
    QLineEdit *m_search;
    QListWidget *m_results;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace plens::ui
