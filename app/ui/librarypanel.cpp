#include "ui/librarypanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace plens::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
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
    layout->addWidget(m_table);

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
