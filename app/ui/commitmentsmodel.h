#pragma once

#include "export/export.h"
#include "extract/linker.h"
#include "model/items.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace plens::ui {

// The targets and reported figures of a workspace as a table. Edits do not change the model directly:
// they are reported (figureEdited, statusEdited) so the window can make them undoable commands on the
// store, which then calls updateCommitment() with what was stored.
class CommitmentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Document,
        Kind,
        Metric,
        Cmp,
        Value,
        ValueMax,
        Unit,
        Year,
        Scope,
        Hedge,
        Status, // the state judged by the one rule (linker.h), or set by hand instead; the rule is the tooltip
        Progress, // the attainment the judgement rests on, in percent
        Confirmed,
        Text,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, DocumentIdRole, SortRole };

    explicit CommitmentsModel(QObject *parent = nullptr);

    void setCommitments(QList<Commitment> commitments);
    void setDocumentTitles(QHash<qint64, QString> titles);
    void setTags(QHash<qint64, QList<qint64>> tagsByCommitment);
    void setProgress(QHash<qint64, StatusJudgement> byTarget);
    void updateCommitment(const Commitment &c); // after an edit was stored (or undone)
    void removeCommitment(qint64 id);
    // Whether figures, statuses and confirmations can be edited in place (EditRights::annotate).
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }

    [[nodiscard]] int rowOf(qint64 id) const;
    // The status a target shows: the one set by hand, else the judged state (as a TargetStatus).
    [[nodiscard]] TargetStatus shownStatus(const Commitment &c) const;
    [[nodiscard]] const Commitment &commitmentAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] QList<qint64> tagsOf(qint64 id) const { return m_tags.value(id); }
    [[nodiscard]] QString documentTitle(qint64 documentId) const { return m_titles.value(documentId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // "20万", "3.5亿", "1,200", "15%" -> a number in base units; nullopt if it is not one.
    static std::optional<double> parseNumber(QString text);

signals:
    void figureEdited(qint64 id, const plens::Figure &corrected);
    void statusEdited(qint64 id, plens::TargetStatus status);
    void confirmedEdited(qint64 id, bool confirmed);

private:
    QList<Commitment> m_rows;
    QHash<qint64, QString> m_titles;
    QHash<qint64, QList<qint64>> m_tags;
    QHash<qint64, StatusJudgement> m_progress;
    bool m_editable = true;
};

// Filters by document, kind, status, tag, year, and text in the metric and the region.
class CommitmentsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CommitmentsFilter(QObject *parent = nullptr);

    void setDocument(qint64 id); // 0: all
    void setKind(std::optional<Figure::Kind> kind);
    void setStatus(std::optional<TargetStatus> status);
    void setTag(qint64 id); // 0: all
    void setYear(std::optional<int> year);
    void setMetricText(const QString &text);
    void setScopeText(const QString &text);
    // The status and tag chosen here as an export filter: what the table shows is what the meeting pack
    // takes.
    [[nodiscard]] ExportFilter exportFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_document = 0;
    std::optional<Figure::Kind> m_kind;
    std::optional<TargetStatus> m_status;
    qint64 m_tag = 0;
    std::optional<int> m_year;
    QString m_metric;
    QString m_scope;
};

} // namespace plens::ui
