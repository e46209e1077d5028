#include "ui/librarypanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace plens::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_table(new QTableView(this)), m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setObjectName(QStringLiteral("libraryFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter documents"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("libraryTableView"));

    m_model->setHorizontalHeaderLabels({tr("Title"), tr("Issuer"), tr("Number"), tr("Date"), tr("Region"), tr("Type")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);

    m_search->setObjectName(QStringLiteral("librarySearchLineEdit"));
    m_search->setPlaceholderText(tr("Search the text of all documents and notes (Enter)"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("librarySearchResults"));
    m_results->setWordWrap(true);
    m_results->hide();
    connect(m_search, &QLineEdit::returnPressed, this, [this] { emit searchRequested(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            m_results->hide();
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit searchResultActivated(item->data(kIdRole).toLongLong(), item->data(kIdRole + 1).toLongLong(),
                                   item->data(kIdRole + 2).toLongLong());
    });

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::activated, this, &LibraryPanel::emitActivated);
    connect(m_table, &QTableView::clicked, this, &LibraryPanel::emitActivated);
}

void LibraryPanel::setDocuments(const QList<DocumentSummary> &docs)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const auto &d : docs) {
        QList<QStandardItem *> row;
        const QString title = d.meta.title.isEmpty() ? d.fileName : d.meta.title;
        row << new QStandardItem(title) << new QStandardItem(d.meta.issuer) << new QStandardItem(d.meta.docNumber)
            << new QStandardItem(d.meta.date.toString(Qt::ISODate)) << new QStandardItem(d.meta.region)
            << new QStandardItem(d.meta.docType);
        row.first()->setData(d.id, kIdRole);
        row.first()->setToolTip(d.fileName);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

void LibraryPanel::setSearchResults(const QList<SearchHit> &hits)
{
    m_results->clear();
    QHash<qint64, QString> titles;
    for (int r = 0; r < m_model->rowCount(); ++r)
        titles.insert(m_model->item(r, 0)->data(kIdRole).toLongLong(), m_model->item(r, 0)->text());
    for (const SearchHit &h : hits) {
        const QString where = h.where == SearchHit::Where::Note ? tr("note in %1").arg(titles.value(h.documentId))
                                                                : titles.value(h.documentId);
        auto *item = new QListWidgetItem(where + QStringLiteral("\n") + h.snippet, m_results);
        item->setData(kIdRole, h.documentId);
        item->setData(kIdRole + 1, qint64(h.offset));
        item->setData(kIdRole + 2, h.annotationId);
    }
    if (hits.isEmpty())
        new QListWidgetItem(tr("Nothing found."), m_results);
    m_results->show();
}

int LibraryPanel::searchResultCount() const
{
    int n = 0;
    for (int i = 0; i < m_results->count(); ++i)
        n += m_results->item(i)->data(kIdRole).isValid() ? 1 : 0;
    return n;
}

int LibraryPanel::documentCount() const
{
    return m_model->rowCount();
}

void LibraryPanel::activateDocument(qint64 id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, 0);
        if (idx.data(kIdRole).toLongLong() == id) {
            m_table->selectRow(r);
            emitActivated(idx);
            return;
        }
    }
}

void LibraryPanel::emitActivated(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex first = proxyIndex.siblingAtColumn(0);
    Q_EMIT documentActivated(first.data(kIdRole).toLongLong());
}

} // namespace plens::ui
