#include "ui/commitmentspanel.h"

#include "model/labels.h"
#include "ui/commitmentsmodel.h"
#include "ui/editrights.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace plens::ui {

namespace {

// Editors with fixed choices for kind, comparator and status.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        auto *box = new QComboBox(parent);
        switch (index.column()) {
        case CommitmentsModel::Kind:
            for (auto k :
                 {Figure::Kind::Target, Figure::Kind::Reported, Figure::Kind::Forecast, Figure::Kind::Parameter})
                box->addItem(Labels::kind(k), int(k));
            return box;
        case CommitmentsModel::Cmp:
            for (auto c : {Figure::Cmp::Eq, Figure::Cmp::Ge, Figure::Cmp::Gt, Figure::Cmp::Le, Figure::Cmp::Lt,
                           Figure::Cmp::Range, Figure::Cmp::Approx})
                box->addItem(Labels::cmp(c), int(c));
            return box;
        case CommitmentsModel::Status:
            for (TargetStatus s : Labels::statuses())
                box->addItem(Labels::status(s), int(s));
            return box;
        default:
            delete box;
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentData(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

CommitmentsPanel::CommitmentsPanel(QWidget *parent)
    : QWidget(parent), m_model(new CommitmentsModel(this)), m_filter(new CommitmentsFilter(this)),
      m_document(new QComboBox(this)), m_kind(new QComboBox(this)), m_status(new QComboBox(this)),
      m_tag(new QComboBox(this)), m_metric(new QLineEdit(this)), m_scope(new QLineEdit(this)),
      m_year(new QSpinBox(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("commitmentsPanel"));
    m_filter->setSourceModel(m_model);

    m_document->setObjectName(QStringLiteral("commitmentsDocumentFilter"));
    m_document->addItem(tr("All documents"), 0);
    connect(m_document, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDocument(m_document->currentData().toLongLong()); });

    m_kind->setObjectName(QStringLiteral("commitmentsKindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (auto k : {Figure::Kind::Target, Figure::Kind::Reported, Figure::Kind::Forecast, Figure::Kind::Parameter})
        m_kind->addItem(Labels::kind(k), int(k));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int k = m_kind->currentData().toInt();
        m_filter->setKind(k < 0 ? std::nullopt : std::optional(Figure::Kind(k)));
    });

    m_status->setObjectName(QStringLiteral("commitmentsStatusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    for (TargetStatus s : Labels::statuses()) {
        if (s != TargetStatus::None) // the status shown: judged or set by hand, one vocabulary
            m_status->addItem(Labels::status(s), int(s));
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_status->currentData().toInt();
        m_filter->setStatus(s < 0 ? std::nullopt : std::optional(TargetStatus(s)));
    });

    m_tag->setObjectName(QStringLiteral("commitmentsTagFilter"));
    m_tag->addItem(tr("All tags"), 0);
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tag->currentData().toLongLong()); });

    m_metric->setObjectName(QStringLiteral("commitmentsMetricFilter"));
    m_metric->setPlaceholderText(tr("Indicator"));
    m_metric->setClearButtonEnabled(true);
    connect(m_metric, &QLineEdit::textChanged, m_filter, &CommitmentsFilter::setMetricText);
    m_scope->setObjectName(QStringLiteral("commitmentsRegionFilter"));
    m_scope->setPlaceholderText(tr("Region"));
    m_scope->setClearButtonEnabled(true);
    connect(m_scope, &QLineEdit::textChanged, m_filter, &CommitmentsFilter::setScopeText);
    m_year->setObjectName(QStringLiteral("commitmentsYearFilter"));
    m_year->setRange(1999, 2100);
    m_year->setSpecialValueText(tr("All years"));
    m_year->setValue(1999);
    connect(m_year, &QSpinBox::valueChanged, this,
            [this](int y) { m_filter->setYear(y == m_year->minimum() ? std::nullopt : std::optional(y)); });

    m_table->setObjectName(QStringLiteral("commitmentsTableView"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(m_filter->flags(index) & Qt::ItemIsEditable))
            emit jumpRequested(index.data(CommitmentsModel::IdRole).toLongLong());
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            emit menuRequested(index.data(CommitmentsModel::IdRole).toLongLong(),
                               m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentChanged(current.isValid() ? current.data(CommitmentsModel::IdRole).toLongLong() : 0);
            });

    auto *filters = new QGridLayout;
    filters->addWidget(m_document, 0, 0);
    filters->addWidget(m_kind, 0, 1);
    filters->addWidget(m_status, 0, 2);
    filters->addWidget(m_tag, 0, 3);
    filters->addWidget(m_metric, 1, 0, 1, 2);
    filters->addWidget(m_scope, 1, 2);
    filters->addWidget(m_year, 1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

void CommitmentsPanel::setDocuments(const QList<QPair<qint64, QString>> &documents)
{
    const qint64 current = m_document->currentData().toLongLong();
    const QSignalBlocker block(m_document);
    while (m_document->count() > 1)
        m_document->removeItem(1);
    QHash<qint64, QString> titles;
    for (const auto &[id, title] : documents) {
        m_document->addItem(title, id);
        titles.insert(id, title);
    }
    m_document->setCurrentIndex(std::max(0, m_document->findData(current)));
    m_filter->setDocument(m_document->currentData().toLongLong());
    m_model->setDocumentTitles(titles);
}

void CommitmentsPanel::setTags(const QList<Tag> &tags)
{
    const qint64 current = m_tag->currentData().toLongLong();
    const QSignalBlocker block(m_tag);
    while (m_tag->count() > 1)
        m_tag->removeItem(1);
    for (const Tag &t : tags)
        m_tag->addItem(t.name, t.id);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
    m_filter->setTag(m_tag->currentData().toLongLong());
}

void CommitmentsPanel::selectCommitment(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, CommitmentsModel::Metric));
    if (!index.isValid())
        return; // filtered out
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

qint64 CommitmentsPanel::currentCommitment() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(CommitmentsModel::IdRole).toLongLong() : 0;
}

qint64 CommitmentsPanel::step(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return 0;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    if (row < 0 || row >= rows)
        return 0;
    const QModelIndex next = m_filter->index(row, CommitmentsModel::Metric);
    m_table->setCurrentIndex(next);
    m_table->scrollTo(next);
    return next.data(CommitmentsModel::IdRole).toLongLong();
}

void CommitmentsPanel::setEditRights(const EditRights &rights)
{
    m_model->setEditable(rights.annotate);
}

} // namespace plens::ui
