#pragma once

#include "model/figure.h"
#include "model/items.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace plens {

// Indicators, link suggestions and status: the figures that measure the same thing, the reported
// figures that report on a target, and how far a target has come.

// Similarity 0..1 of two indicator texts: half the share of the shorter text's characters found in the
// longer one, half the Dice coefficient of their character bigrams (so 软件业务收入 ~ 软件和信息服务业收入).
double metricSimilarity(const QString &a, const QString &b);

// Counting words (个 家 项 所 …) count the same kind of thing; money, shares and points do not mix.
// Good enough to group figures under one indicator; attainment asks for more (reportFits()).
bool unitsCompatible(const QString &a, const QString &b);

// Groups figures under indicators: similar metrics with compatible units. Each indicator's name is its
// most frequent metric; `members[i]` gives the indicator of figures[i] (-1: no metric). Figures with the
// same metric and unit class are grouped once, and only indicators sharing a character with a metric
// are compared with it, so the cost grows with the number of distinct metrics, not with their square.
struct IndicatorGroups
{
    QList<Indicator> indicators;
    QList<qsizetype> members;
};
IndicatorGroups groupIndicators(const QList<Figure> &figures, double threshold = 0.6);

// How the regions of two figures relate, the reported one against the target.
enum class RegionRelation {
    Same, // the same region (or both unknown)
    Part, // the reported region lies inside the target's: a city's figure against its province's target
    Unknown, // one of them names no region
    Other, // different regions
};
RegionRelation regionRelation(const QString &targetScope, const QString &reportedScope);

// A suggested link: figures[reported] reports on figures[target].
struct LinkSuggestion
{
    qsizetype target = -1;
    qsizetype reported = -1;
    double score = 0;
    // Reported figures identical to figures[reported] (same indicator text, value, unit, year, region)
    // folded into this suggestion: a document that repeats a figure, or two documents quoting it.
    int duplicates = 0;
};

// For each reported figure, the target it most likely reports on: similar indicator, compatible unit,
// reported no later than the target is due, and a region that fits. The score is 0.75 × the metric
// similarity + 0.25 × the region's fit: the same region 1, unknown 0.6, a part of the target's region
// (a city's figure against its province's target) 0.2, so such a pair never scores like a real match;
// other regions are never suggested. Identical reported figures give one suggestion (duplicates).
//
// Candidates are blocked by unit class and found through an index of the targets' metric characters;
// identical targets and identical reported figures are scored once. The cost grows with the number of
// figures and of distinct metrics that share characters, not with the square of the figures.
QList<LinkSuggestion> suggestLinks(const QList<Figure> &figures, double threshold = 0.5);

// Suggestions among stored figures that are not yet links (a pair the user accepted or rejected is
// never suggested again: rejections are remembered). Regions missing from a figure are taken from its
// document's (`documentRegions`, by document id), as the charts do.
QList<Link> newLinkSuggestions(const QList<Commitment> &commitments, const QList<Link> &existing,
                               const QHash<qint64, QString> &documentRegions = {});
// The same with the (from, to) pairs already linked (Workspace::linkedPairs(Link::Kind::Reports)).
QList<Link> newLinkSuggestions(const QList<Commitment> &commitments, const QSet<QPair<qint64, qint64>> &known,
                               const QHash<qint64, QString> &documentRegions = {});

// The metric texts on either side that suggestLinks() could pair: a target metric and a reported one
// similar enough to be scored at all (in any unit; equal texts always are). An import uses it to load
// only the stored figures its new figures can change the suggestions of (ImportPipeline).
struct PairableMetrics
{
    QSet<QString> targets; // of `targets`, those similar to at least one of `reported`
    QSet<QString> reported; // of `reported`, those similar to at least one of `targets`
};
PairableMetrics pairableMetrics(const QStringList &targets, const QStringList &reported);

// --- The one rule of attainment ------------------------------------------------------------------------
// The charts, the targets table, the dashboard, the meeting pack and the link warnings all judge a target
// through these functions: a reported figure counts towards a target only when it is about the same
// region (a city's figure says nothing about its province's target), in the same unit (30家 is not 165个)
// and a level, not a change in percentage points; among those, the latest by year decides.

enum class ReportFit {
    Counts,
    OtherRegion, // about another region, or a part of the target's region
    OtherUnit, // another unit
    Change, // a change in percentage points against a level, or a level against a change
};
// Whether `reported` tells how far `target` has come. Scopes should already be filled in from the
// documents' regions where the figure names none (an unknown region is not held against a figure).
ReportFit reportFits(const Figure &target, const Figure &reported);
// Why a figure does not count, for the user to read ("" when it counts).
QString reportFitText(ReportFit fit, const Figure &target, const Figure &reported);

// Percent of `target` reached by `reported`: reported/target, inverted (target/reported) for "at most"
// targets, a range counted from its lower end. None when the figure does not count (reportFits()), for
// changes in percentage points and for zero values.
std::optional<double> attainment(const Figure &target, const Figure &reported);

// A target's progress judged from the figures reported against it.
struct StatusJudgement
{
    enum class State { NoData, Met, OnTrack, AtRisk, Missed };
    State state = State::NoData;
    double attainment = 0; // latest value / target value, in percent (for "at most" targets: target / value)
    QString rule; // the rule that decided, for the user to read
    qsizetype basis = -1; // the index in `reported` of the figure that decided (-1: none)
    int leftOut = 0; // linked figures that do not count (another region or unit, a change)
};
// `reported` are the figures linked to `target`, oldest first (only those that count, reportFits(), are
// judged; the latest by year decides, the last of one year when several are);
// `startYear` is when the target was set (the plan's year), `today` the date of judgement.
StatusJudgement judgeTarget(const Figure &target, const QList<Figure> &reported, int startYear, const QDate &today);

QString stateName(StatusJudgement::State s);
// The state a manual status stands for (TargetStatus::None: none, the judged state applies).
std::optional<StatusJudgement::State> stateOf(TargetStatus manual);
// The manual status that stands for a state (the inverse of stateOf()).
TargetStatus statusFor(StatusJudgement::State state);

} // namespace plens
