#pragma once

#include "extract/linker.h"
#include "model/items.h"
#include "model/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace plens {

class Workspace;

// Indicators: which figures measure the same thing, kept and edited as an IndicatorState, and the
// figures of one indicator gathered for a chart (targets beside reported values, with each target's
// progress).

// --- Grouping and the user's edits ------------------------------------------------------------------

// Every figure with a metric and no indicator joins the most similar indicator (its name or an alias,
// metricSimilarity() >= threshold, compatible unit; its metric becomes an alias) or, failing that, a
// new indicator grouped with similar unassigned figures (groupIndicators()). Assignments already made
// (by an earlier grouping or by the user) are kept. New indicators get ids above the existing ones.
IndicatorState planIndicators(const IndicatorState &current, const QList<Commitment> &commitments,
                              double threshold = 0.6);

// Names are unique (a grouped metric in a second unit gets the unit added). Renaming to a name in use
// changes nothing: that is a merge. The old name stays as an alias, so figures named that way still
// join the indicator.
IndicatorState renameIndicator(IndicatorState state, qint64 id, const QString &name);
// The figures and aliases of `from` move to `into`; `from` goes.
IndicatorState mergeIndicators(IndicatorState state, qint64 from, qint64 into);
// The figures `commitments` (ids) leave their indicator for a new one named `name`; `metrics` are the
// metric texts of those figures, moved from the old indicator's aliases to the new one's.
IndicatorState splitIndicator(IndicatorState state, const QList<qint64> &commitments, const QString &name,
                              const QStringList &metrics, const QString &unit);

// Where a figure belongs when its metric (or unit) was corrected: the indicator named so (its name or an
// alias), else the most similar one (metricSimilarity() >= threshold, compatible unit). `candidates`
// lists every indicator within 0.05 of the best when more than one could be meant (the caller asks
// which); `indicatorId` 0 and no candidates: none fits, a new indicator is needed.
struct IndicatorChoice
{
    qint64 indicatorId = 0;
    QList<qint64> candidates;
};
IndicatorChoice indicatorFor(const IndicatorState &state, const Figure &figure, double threshold = 0.6);
// Figure `commitmentId` moves to indicator `to` (0: a new indicator named by its metric and unit);
// its metric becomes an alias there.
IndicatorState assignFigure(IndicatorState state, qint64 commitmentId, const Figure &figure, qint64 to);

// The indicator called `name` (its name first, else one of its aliases); nullptr when there is none.
const Indicator *findIndicator(const QList<Indicator> &indicators, const QString &name);

// Groups the workspace's unassigned figures (planIndicators) and stores the result when it changed.
// Returns how many figures were assigned.
Result<int> refreshIndicators(Workspace &w);

// --- One indicator's figures, for charts -------------------------------------------------------------

struct IndicatorPoint
{
    qint64 commitmentId = 0;
    qint64 documentId = 0;
    Figure figure;
    QString region; // the figure's scope, else its document's region
    QString quote; // the evidence clause
    qint64 targetId = 0; // reported values: the target it is linked to (0: none)
    std::optional<double> attainment; // reported values: percent of that target reached, same region only
};

// A target's progress: judged from its linked figures, and the user's override when there is one.
struct TargetProgress
{
    qint64 targetId = 0;
    StatusJudgement judgement;
    TargetStatus manual = TargetStatus::None;
    QString manualNote;
    QString manualAuthor;
    QDateTime manualChanged;
};

struct IndicatorData
{
    Indicator indicator;
    QString unit; // the unit charted (the indicator's, else its targets')
    QList<IndicatorPoint> targets;
    QList<IndicatorPoint> reported; // ordered by year
    QList<TargetProgress> progress; // one per target, same order
    QStringList sources; // "document (date)" of every figure charted
    int otherUnits = 0; // figures of the indicator left out because their unit does not fit

    [[nodiscard]] bool isChange() const { return unit == QStringLiteral("百分点"); } // points, never a level
    [[nodiscard]] QStringList regions() const; // of all points, targets' first
};

// What the dashboard shows: every criterion that is set must hold.
struct IndicatorFilter
{
    qint64 documentId = 0; // figures of this document (and the reported values linked to its targets)
    QString region; // figures about this region or a region inside it
    qint64 tagId = 0; // figures with this tag (and the reported values linked to tagged targets)
    std::optional<StatusJudgement::State> state; // targets judged so
};

// Everything collectIndicators() reads, taken from a workspace in one go (on the workspace's thread).
struct IndicatorInputs
{
    QList<Indicator> indicators;
    QList<Commitment> commitments;
    QList<Link> links;
    QHash<qint64, QString> documentNames;
    QHash<qint64, QDate> documentDates;
    QHash<qint64, QString> documentRegions;
    QHash<qint64, QList<qint64>> commitmentTags;
    QDate today;

    // The region a figure is about: its scope, else its document's region.
    [[nodiscard]] QString regionOf(const Commitment &c) const;
    // The figure with its region filled in that way, as attainment() and judgeTarget() want it.
    [[nodiscard]] Figure withRegion(const Commitment &c) const;

    static IndicatorInputs load(const Workspace &w, const QDate &today = QDate::currentDate());
};

// The indicators with figures that pass `filter`, in name order; indicators left with no figure are
// left out.
QList<IndicatorData> collectIndicators(const IndicatorInputs &in, const IndicatorFilter &filter = {});

// One indicator by name or alias, unfiltered.
std::optional<IndicatorData> collectIndicator(const IndicatorInputs &in, const QString &name);

} // namespace plens
