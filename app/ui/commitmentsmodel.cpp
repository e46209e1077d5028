#include "ui/commitmentsmodel.h"

#include "model/labels.h"

#include <QFont>
#include <QLocale>

namespace plens::ui {

CommitmentsModel::CommitmentsModel(QObject *parent) : QAbstractTableModel(parent) { }

void CommitmentsModel::setCommitments(QList<Commitment> commitments)
{
    beginResetModel();
    m_rows = std::move(commitments);
    endResetModel();
}

void CommitmentsModel::setDocumentTitles(QHash<qint64, QString> titles)
{
    m_titles = std::move(titles);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Document), index(rowCount() - 1, Document));
}

void CommitmentsModel::setTags(QHash<qint64, QList<qint64>> tagsByCommitment)
{
    m_tags = std::move(tagsByCommitment);
    if (!m_rows.isEmpty()) // the filter may depend on them
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CommitmentsModel::updateCommitment(const Commitment &c)
{
    const int row = rowOf(c.id);
    if (row < 0) {
        beginInsertRows({}, rowCount(), rowCount());
        m_rows.append(c);
        endInsertRows();
        return;
    }
    m_rows[row] = c;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CommitmentsModel::removeCommitment(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void CommitmentsModel::setProgress(QHash<qint64, StatusJudgement> byTarget)
{
    m_progress = std::move(byTarget);
    if (!m_rows.isEmpty()) // the status shown (and filtered on) follows the judgement
        emit dataChanged(index(0, Status), index(int(m_rows.size()) - 1, Progress));
}

TargetStatus CommitmentsModel::shownStatus(const Commitment &c) const
{
    return c.status != TargetStatus::None ? c.status : statusFor(m_progress.value(c.id).state);
}

int CommitmentsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int CommitmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommitmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Commitment &c = m_rows.at(index.row());
    const Figure &f = c.figure;
    if (role == IdRole)
        return c.id;
    if (role == DocumentIdRole)
        return c.documentId;
    if (role == Qt::ToolTipRole) {
        if ((index.column() == Progress || index.column() == Status) && f.kind == Figure::Kind::Target) {
            QString tip = m_progress.value(c.id).rule;
            if (c.status != TargetStatus::None) {
                tip = tr("Set by hand: %1").arg(Labels::status(c.status))
                    + (c.statusNote.isEmpty() ? QString() : QStringLiteral(" — ") + c.statusNote)
                    + (c.statusAuthor.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.statusAuthor))
                    + (tip.isEmpty() ? QString() : QStringLiteral("\n") + tr("Judged: %1").arg(tip));
            }
            return tip;
        }
        if (index.column() == Value || index.column() == ValueMax)
            return Labels::exactValue(f); // 6.7亿元 on screen, 670,000,000 元 here
        return f.text;
    }
    if (role == Qt::FontRole && c.userCorrected) {
        QFont font;
        font.setItalic(true); // corrected by a user
        return font;
    }
    if (role == Qt::CheckStateRole && index.column() == Confirmed)
        return c.confirmed ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Kind:
            return int(f.kind);
        case Cmp:
            return int(f.cmp);
        case Value:
            return f.value;
        case ValueMax:
            return f.valueMax ? QVariant(*f.valueMax) : QVariant();
        case Year:
            return f.year ? QVariant(*f.year) : QVariant();
        case Status:
            return int(c.status);
        default:
            break;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Value:
            return f.value;
        case ValueMax:
            return f.valueMax.value_or(f.value);
        case Year:
            return f.year.value_or(0);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Document:
        return m_titles.value(c.documentId);
    case Kind:
        return Labels::kind(f.kind);
    case Metric:
        return f.metric;
    case Cmp:
        return Labels::cmp(f.cmp);
    case Value:
        return Labels::number(f.value, true); // as officers write it, 6.7亿; exact in the tooltip
    case ValueMax:
        return f.valueMax ? Labels::number(*f.valueMax, true) : QString();
    case Unit:
        return f.unit;
    case Year:
        return f.year ? QString::number(*f.year) : QString();
    case Scope:
        return f.scope;
    case Hedge:
        return f.hedge;
    case Status:
        if (f.kind != Figure::Kind::Target)
            return QString();
        // One vocabulary: the state judged by the one rule, or the one an officer set instead.
        if (c.status == TargetStatus::None)
            return stateName(m_progress.value(c.id).state);
        if (const auto manual = stateOf(c.status))
            return tr("%1 (set by hand)").arg(stateName(*manual));
        return tr("%1 (set by hand)").arg(Labels::status(c.status));
    case Progress: {
        if (f.kind != Figure::Kind::Target || !m_progress.contains(c.id))
            return QString();
        const StatusJudgement &j = m_progress.value(c.id);
        return j.basis >= 0 && j.attainment > 0 ? QStringLiteral("%1%").arg(qRound(j.attainment)) : QString();
    }
    case Confirmed:
        return QString();
    case Text:
        return f.text;
    default:
        return {};
    }
}

QVariant CommitmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Document:
        return tr("Document");
    case Kind:
        return tr("Kind");
    case Metric:
        return tr("Indicator");
    case Cmp:
        return tr("Comparator");
    case Value:
        return tr("Value");
    case ValueMax:
        return tr("Up to");
    case Unit:
        return tr("Unit");
    case Year:
        return tr("Year");
    case Scope:
        return tr("Region");
    case Hedge:
        return tr("Hedge");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Confirmed:
        return tr("Confirmed");
    case Text:
        return tr("Evidence");
    default:
        return {};
    }
}

void CommitmentsModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

Qt::ItemFlags CommitmentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_editable)
        return f;
    switch (index.column()) {
    case Document:
    case Progress:
    case Text:
        return f;
    case Confirmed:
        return f | Qt::ItemIsUserCheckable;
    case Status:
        return m_rows.value(index.row()).figure.kind == Figure::Kind::Target ? f | Qt::ItemIsEditable : f;
    default:
        return f | Qt::ItemIsEditable;
    }
}

std::optional<double> CommitmentsModel::parseNumber(QString text)
{
    text = text.trimmed();
    text.remove(u',').remove(u'，').remove(u' ');
    double factor = 1;
    if (text.endsWith(u'%'))
        text.chop(1);
    if (text.endsWith(QStringLiteral("万亿"))) {
        factor = 1e12;
        text.chop(2);
    } else if (text.endsWith(u'亿')) {
        factor = 1e8;
        text.chop(1);
    } else if (text.endsWith(u'万')) {
        factor = 1e4;
        text.chop(1);
    }
    bool ok = false;
    const double v = text.toDouble(&ok); // QString::toDouble is locale-independent ('.' decimal point)
    if (!ok)
        return std::nullopt;
    return v * factor;
}

bool CommitmentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const Commitment &c = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Confirmed) {
        emit confirmedEdited(c.id, value.toInt() == Qt::Checked);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    Figure f = c.figure;
    switch (index.column()) {
    case Kind:
        f.kind = Figure::Kind(value.toInt());
        break;
    case Cmp:
        f.cmp = Figure::Cmp(value.toInt());
        break;
    case Value:
    case ValueMax: {
        const QString text = value.toString();
        if (index.column() == ValueMax && text.trimmed().isEmpty()) {
            f.valueMax.reset();
            break;
        }
        const auto v
            = value.typeId() == QMetaType::Double ? std::optional<double>(value.toDouble()) : parseNumber(text);
        if (!v)
            return false;
        (index.column() == Value ? f.value : f.valueMax.emplace()) = *v;
        break;
    }
    case Year: {
        if (value.toString().trimmed().isEmpty()) {
            f.year.reset();
            break;
        }
        bool ok = false;
        const int y = value.toString().trimmed().toInt(&ok);
        if (!ok || y < 1900 || y > 2200)
            return false;
        f.year = y;
        break;
    }
    case Metric:
        f.metric = value.toString().trimmed();
        break;
    case Unit:
        f.unit = value.toString().trimmed();
        break;
    case Scope:
        f.scope = value.toString().trimmed();
        break;
    case Hedge:
        f.hedge = value.toString().trimmed();
        break;
    case Status:
        emit statusEdited(c.id, TargetStatus(value.toInt()));
        return true;
    default:
        return false;
    }
    if (f == c.figure)
        return true;
    emit figureEdited(c.id, f);
    return true;
}

CommitmentsFilter::CommitmentsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CommitmentsModel::SortRole);
    setSortLocaleAware(true);
}

void CommitmentsFilter::setDocument(qint64 id)
{
    m_document = id;
    invalidateFilter();
}

void CommitmentsFilter::setKind(std::optional<Figure::Kind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

ExportFilter CommitmentsFilter::exportFilter() const
{
    ExportFilter f;
    f.includeFigures = true;
    if (m_tag)
        f.tagIds.insert(m_tag);
    if (m_status)
        f.statuses.insert(*m_status);
    return f; // the kind is not passed on: a meeting pack is about targets
}

void CommitmentsFilter::setStatus(std::optional<TargetStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void CommitmentsFilter::setTag(qint64 id)
{
    m_tag = id;
    invalidateFilter();
}

void CommitmentsFilter::setYear(std::optional<int> year)
{
    m_year = year;
    invalidateFilter();
}

void CommitmentsFilter::setMetricText(const QString &text)
{
    m_metric = text.trimmed();
    invalidateFilter();
}

void CommitmentsFilter::setScopeText(const QString &text)
{
    m_scope = text.trimmed();
    invalidateFilter();
}

bool CommitmentsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const CommitmentsModel *>(sourceModel());
    if (!model)
        return true;
    const Commitment &c = model->commitmentAt(sourceRow);
    if (m_document && c.documentId != m_document)
        return false;
    if (m_kind && c.figure.kind != *m_kind)
        return false;
    if (m_status && (c.figure.kind != Figure::Kind::Target || model->shownStatus(c) != *m_status))
        return false;
    if (m_tag && !model->tagsOf(c.id).contains(m_tag))
        return false;
    if (m_year && c.figure.year != m_year)
        return false;
    if (!m_metric.isEmpty() && !c.figure.metric.contains(m_metric, Qt::CaseInsensitive)
        && !c.figure.text.contains(m_metric, Qt::CaseInsensitive))
        return false;
    if (!m_scope.isEmpty() && !c.figure.scope.contains(m_scope, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace plens::ui
