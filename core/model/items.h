#pragma once

#include "model/anchor.h"
#include "model/figure.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

// Plain value types that the store keeps and the views, exports and charts use. Ids are 0 until stored.
namespace plens {

// Who last changed a stored row, when, and the row's version (1 when created, one more at every
// change). An edit names the version it read, so an edit of a row that someone else changed since is
// refused instead of overwriting their work. Version 0: not known (the edit is not checked).
struct RowStamp
{
    qint64 version = 0;
    QString changedBy;
    QDateTime changedAt;

    // Items are equal by content: the stamp is bookkeeping, so an item read back after an edit and
    // undo compares equal to the one before.
    friend bool operator==(const RowStamp &, const RowStamp &) { return true; }
    [[nodiscard]] bool sameAs(const RowStamp &o) const
    {
        return version == o.version && changedBy == o.changedBy && changedAt == o.changedAt;
    }
};

// Progress of a target as an officer records it (未开始/进行中/已完成/有风险/未完成).
enum class TargetStatus { None, NotStarted, InProgress, Done, AtRisk, Missed };

// A figure extracted from (or added to) a stored document, with the user's work on it.
struct Commitment
{
    qint64 id = 0;
    qint64 documentId = 0;
    Figure figure; // as extracted, with the user's corrections applied
    Figure extracted; // as the extractor read it, kept so a correction can be shown and undone
    Anchor anchor;
    qint64 indicatorId = 0; // 0: not yet assigned
    TargetStatus status = TargetStatus::None;
    QString statusNote; // why the status was set (manual override)
    QString statusAuthor;
    QDateTime statusChanged;
    bool confirmed = false; // a user confirmed the record
    bool userCorrected = false; // figure differs from extracted because a user changed it
    bool userAdded = false; // made by a user, not by the extractor

    RowStamp stamp {}; // version, last changed by and when (set by the store)

    friend bool operator==(const Commitment &, const Commitment &) = default;
};

// A user's highlight with an optional note.
struct Annotation
{
    qint64 id = 0;
    qint64 documentId = 0;
    Anchor anchor;
    QColor color;
    QString note;
    QString author;
    QDateTime created;
    QDateTime modified;
    QList<qint64> tagIds;

    RowStamp stamp {}; // version, last changed by and when (set by the store)

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

// A node in the tag tree.
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    QString name;
    QColor color;

    RowStamp stamp {}; // version, last changed by and when (set by the store)

    friend bool operator==(const Tag &, const Tag &) = default;
};

// A link between two commitments: a reported figure reporting on a target, or a target that restates
// or breaks down another target (e.g. a city's share of a province's target).
struct Link
{
    enum class Kind { Reports, Restates, BreaksDown };
    enum class State { Suggested, Accepted, Rejected };

    qint64 id = 0;
    Kind kind = Kind::Reports;
    qint64 fromId = 0; // the reported figure (Reports) or the narrower target
    qint64 toId = 0; // the target
    double score = 0.0; // the suggestion's score, 1 for a link a user made
    State state = State::Suggested;

    RowStamp stamp {}; // version, last changed by and when (set by the store)

    friend bool operator==(const Link &, const Link &) = default;
};

// One measured thing: figures about it are grouped under it, charted together and linked.
struct Indicator
{
    qint64 id = 0;
    QString name; // canonical name, e.g. 5G基站
    QStringList aliases; // other metric texts grouped under it
    QString unit; // e.g. 个, 万元, %

    RowStamp stamp {}; // version, last changed by and when (set by the store)

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

// All indicators and which figure belongs to which: what grouping, merging, splitting and renaming
// change, and what undo puts back.
struct IndicatorState
{
    QList<Indicator> indicators;
    QHash<qint64, qint64> assignment; // commitment id -> indicator id (figures without one are absent)

    // Equal by content: the same indicators (in any order; the store lists them by name, whose order
    // depends on the backend's collation) and the same assignments.
    friend bool operator==(const IndicatorState &a, const IndicatorState &b)
    {
        if (a.assignment != b.assignment || a.indicators.size() != b.indicators.size())
            return false;
        const auto byId = [](QList<Indicator> list) {
            std::sort(list.begin(), list.end(), [](const Indicator &x, const Indicator &y) { return x.id < y.id; });
            return list;
        };
        return byId(a.indicators) == byId(b.indicators);
    }
};

} // namespace plens
