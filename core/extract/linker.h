#pragma once

#include "model/figure.h"
#include "model/items.h"

#include <QDate>
#include <QList>
#include <QString>

namespace plens {

// Indicators, link suggestions and status: the figures that measure the same thing, the reported
// figures that report on a target, and how far a target has come.

// Similarity 0..1 of two indicator texts: half the share of the shorter text's characters found in the
// longer one, half the Dice coefficient of their character bigrams (so 软件业务收入 ~ 软件和信息服务业收入).
double metricSimilarity(const QString &a, const QString &b);

// Counting words (个 家 项 所 …) count the same kind of thing; money, shares and points do not mix.
bool unitsCompatible(const QString &a, const QString &b);

// Groups figures under indicators: similar metrics with compatible units. Each indicator's name is its
// most frequent metric; `members[i]` gives the indicator of figures[i].
struct IndicatorGroups
{
    QList<Indicator> indicators;
    QList<qsizetype> members;
};
IndicatorGroups groupIndicators(const QList<Figure> &figures, double threshold = 0.6);

// A suggested link: figures[reported] reports on figures[target].
struct LinkSuggestion
{
    qsizetype target = -1;
    qsizetype reported = -1;
    double score = 0;
};

// For each reported figure, the target it most likely reports on: similar indicator, compatible unit,
// its region inside the target's (a city in its province), reported no later than the target is due.
// `regions[i]` may name the region of figures[i] when its scope is empty.
QList<LinkSuggestion> suggestLinks(const QList<Figure> &figures, double threshold = 0.5);

// Suggestions among stored figures that are not yet links (a pair the user accepted or rejected is
// never suggested again: rejections are remembered).
QList<Link> newLinkSuggestions(const QList<Commitment> &commitments, const QList<Link> &existing);

// Percent of `target` reached by `reported`: reported/target, inverted (target/reported) for "at most"
// targets, a range counted from its lower end. None when the units do not fit, for percentage points
// (a change, never a level) and for zero values. The charts and the meeting pack both use it.
std::optional<double> attainment(const Figure &target, const Figure &reported);

// A target's progress judged from the figures reported against it.
struct StatusJudgement
{
    enum class State { NoData, Met, OnTrack, AtRisk, Missed };
    State state = State::NoData;
    double attainment = 0; // latest value / target value, in percent (for "at most" targets: target / value)
    QString rule; // the rule that decided, for the user to read
};
// `reported` are the figures linked to `target` (same region only count towards attainment);
// `startYear` is when the target was set (the plan's year), `today` the date of judgement.
StatusJudgement judgeTarget(const Figure &target, const QList<Figure> &reported, int startYear, const QDate &today);

QString stateName(StatusJudgement::State s);

} // namespace plens
