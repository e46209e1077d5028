#pragma once

#include "analysis/analysisutil.h"
#include "extract/indicators.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace plens::analysis {

// The cascade check: a target set for a region (a province) lined up with the targets of the regions
// inside it (its cities) for the same indicator and year. Additive units: the children's sum against
// the parent's value. Rates and shares: each child against the parent's level. Children due later
// than the parent, and children that have documents in the workspace but no target for the indicator,
// are flagged. Regions the gazetteer cannot place are listed, never guessed; units that do not add are
// never added. The user's corrections (the figures as corrected) and breakdown links count: an accepted
// "breaks down" link makes a target a child of the one it points to wherever its region is, a rejected
// one keeps it out.

// What was found for one child region, and the rule that decided.
enum class ChildRule {
    Counted, // additive, same year: added to the sum
    RateWeaker, // rate: below the parent's (above it for an "at most" target)
    RateAsStrong, // rate: at least as demanding as the parent's
    DueLater, // the child's target is due after the parent's: not added
    DueEarlier, // due before the parent's: not added
    NoYear, // the child's target has no due year: not added
    UnitMismatch, // a unit that does not fit the parent's: neither added nor compared
    NotCompared, // a unit whose kind is not known: listed beside the parent, neither added nor compared
    Missing, // the region has documents in the workspace but no target for the indicator
    RejectedByUser, // the user rejected this target as a breakdown of the parent
};
QString childRuleName(ChildRule r); // counted, rate_weaker ... (stable, for JSON and tests)

struct CascadeChild
{
    QString region;
    qint64 targetId = 0; // 0 for a missing child
    Figure figure; // as corrected by the user
    QString document;
    bool linkedByUser = false; // made a child by an accepted breakdown link
    ChildRule rule = ChildRule::Missing;
    QString explanation; // the rule, for the user to read
    [[nodiscard]] bool flagged() const;
};

// The parent's verdict over its children.
enum class NodeRule {
    SumShort, // additive: the children's sum falls short of the parent's target
    SumOver, // additive: the sum exceeds it (for an "at most" target: the sum breaks the limit)
    SumMatches, // additive: the sum equals it
    RatesChecked, // rates: each child compared with the parent's level
    NotAdded, // unit neither additive nor a rate: listed only
    NoChildTargets, // no child has a target that could be added or compared
};
QString nodeRuleName(NodeRule r);

struct CascadeNode
{
    QString indicator;
    QString region; // the parent's
    qint64 targetId = 0;
    Figure figure;
    QString document;
    QStringList alsoSetIn; // other documents with the same target (same region and year)
    UnitClass unitClass = UnitClass::Unknown;
    QList<CascadeChild> children; // flagged first? no: in the gazetteer's order, linked children last
    int counted = 0; // children added to the sum
    std::optional<double> sum; // additive: the counted children's sum
    std::optional<double> gap; // sum - parent (negative: short)
    NodeRule rule = NodeRule::NoChildTargets;
    QString explanation;
    QStringList absent; // child regions with no document in the workspace (not flagged: nothing to compare)
    [[nodiscard]] int flags() const; // children flagged, plus one for a short (or over-limit) sum
};

// A target whose region the gazetteer cannot place (a district, a park, a typo): listed, not guessed.
struct UnplacedTarget
{
    QString indicator;
    QString region; // as written ("" when the figure names none and its document has no region)
    qint64 targetId = 0;
    Figure figure;
    QString document;
};

struct CascadeReport
{
    QList<CascadeNode> nodes; // by indicator, then region, then year
    QList<UnplacedTarget> unplaced;
};

class Cascade
{
    Q_DECLARE_TR_FUNCTIONS(plens::analysis::Cascade)
public:
    // Every cascade in the workspace's figures, or only those of the indicator named `indicator` (its
    // name or an alias).
    static CascadeReport check(const IndicatorInputs &in, const QString &indicator = {});

    // One JSON object per child line (the node's fields repeated), for the CLI's jsonl; and per node.
    static QJsonObject toJson(const CascadeNode &node);
    static QJsonObject toJson(const CascadeNode &node, const CascadeChild &child);
    static QJsonObject toJson(const UnplacedTarget &u);
    static QStringList csvHeader();
    static QList<QStringList> csvRows(const CascadeReport &report);
};

} // namespace plens::analysis
