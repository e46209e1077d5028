#include "analysis/cascade.h"

#include "extract/gazetteer.h"
#include "extract/linker.h"
#include "model/labels.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace plens::analysis {

namespace {

using Targets = QList<const Commitment *>;

QString yearText(const std::optional<int> &y)
{
    return y ? QString::number(*y) : QString();
}

// The child's target to line up with a parent due in `year`: the same year, else the nearest later,
// else the nearest earlier, else one without a year.
const Commitment *pickChild(const IndicatorInputs &in, const Targets &targets, const std::optional<int> &year)
{
    std::map<int, Targets> byYear;
    Targets noYear;
    for (const Commitment *c : targets) {
        if (c->figure.year)
            byYear[*c->figure.year].append(c);
        else
            noYear.append(c);
    }
    if (!year)
        return noYear.isEmpty() ? (byYear.empty() ? nullptr : preferred(in, byYear.begin()->second))
                                : preferred(in, noYear);
    if (auto it = byYear.find(*year); it != byYear.end())
        return preferred(in, it->second);
    if (auto it = byYear.upper_bound(*year); it != byYear.end())
        return preferred(in, it->second);
    if (auto it = byYear.lower_bound(*year); it != byYear.begin())
        return preferred(in, std::prev(it)->second);
    return noYear.isEmpty() ? nullptr : preferred(in, noYear);
}

} // namespace

QString childRuleName(ChildRule r)
{
    switch (r) {
    case ChildRule::Counted:
        return QStringLiteral("counted");
    case ChildRule::RateWeaker:
        return QStringLiteral("rate_weaker");
    case ChildRule::RateAsStrong:
        return QStringLiteral("rate_as_strong");
    case ChildRule::DueLater:
        return QStringLiteral("due_later");
    case ChildRule::DueEarlier:
        return QStringLiteral("due_earlier");
    case ChildRule::NoYear:
        return QStringLiteral("no_year");
    case ChildRule::UnitMismatch:
        return QStringLiteral("unit_mismatch");
    case ChildRule::NotCompared:
        return QStringLiteral("not_compared");
    case ChildRule::Missing:
        return QStringLiteral("missing");
    case ChildRule::RejectedByUser:
        return QStringLiteral("rejected_by_user");
    }
    return {};
}

QString nodeRuleName(NodeRule r)
{
    switch (r) {
    case NodeRule::SumShort:
        return QStringLiteral("sum_short");
    case NodeRule::SumOver:
        return QStringLiteral("sum_over");
    case NodeRule::SumMatches:
        return QStringLiteral("sum_matches");
    case NodeRule::RatesChecked:
        return QStringLiteral("rates_checked");
    case NodeRule::NotAdded:
        return QStringLiteral("not_added");
    case NodeRule::NoChildTargets:
        return QStringLiteral("no_child_targets");
    }
    return {};
}

bool CascadeChild::flagged() const
{
    return rule == ChildRule::RateWeaker || rule == ChildRule::DueLater || rule == ChildRule::Missing;
}

int CascadeNode::flags() const
{
    int n = int(std::count_if(children.begin(), children.end(), [](const CascadeChild &c) { return c.flagged(); }));
    const bool limit = atMost(figure);
    if ((rule == NodeRule::SumShort && !limit) || (rule == NodeRule::SumOver && limit))
        ++n;
    return n;
}

CascadeReport Cascade::check(const IndicatorInputs &in, const QString &indicatorName)
{
    CascadeReport report;
    const Indicator *only = nullptr;
    if (!indicatorName.isEmpty()) {
        only = findIndicator(in.indicators, indicatorName);
        if (!only)
            return report;
    }
    QHash<qint64, const Commitment *> byId;
    QHash<qint64, Targets> targetsOf; // indicator -> its targets
    for (const Commitment &c : in.commitments) {
        byId.insert(c.id, &c);
        if (c.figure.kind == Figure::Kind::Target && c.indicatorId)
            targetsOf[c.indicatorId].append(&c);
    }
    // Breakdown links the user decided on: accepted ones make a child, rejected ones keep one out.
    QHash<qint64, QList<qint64>> linkedChildren; // parent target -> child targets
    QSet<QPair<qint64, qint64>> rejected; // (child, parent)
    QSet<qint64> linkedAsChild;
    for (const Link &l : in.links) {
        if (l.kind == Link::Kind::Reports)
            continue;
        if (l.state == Link::State::Accepted) {
            linkedChildren[l.toId].append(l.fromId);
            linkedAsChild.insert(l.fromId);
        } else if (l.state == Link::State::Rejected) {
            rejected.insert({l.fromId, l.toId});
        }
    }
    QSet<QString> documentRegions;
    for (auto it = in.documentRegions.cbegin(); it != in.documentRegions.cend(); ++it) {
        const QString r = Gazetteer::canonical(it.value().trimmed());
        if (!r.isEmpty())
            documentRegions.insert(r);
    }

    for (const Indicator &ind : in.indicators) {
        if (only && ind.id != only->id)
            continue;
        const Targets all = targetsOf.value(ind.id);
        QHash<QString, Targets> byRegion;
        QStringList regionOrder;
        for (const Commitment *c : all) {
            const QString region = placedRegion(in, *c);
            if (!byRegion.contains(region))
                regionOrder.append(region);
            byRegion[region].append(c);
        }
        for (const Commitment *c : all) {
            const QString region = placedRegion(in, *c);
            if (Gazetteer::level(region) == Gazetteer::Level::Unknown && !linkedAsChild.contains(c->id)
                && !linkedChildren.contains(c->id))
                report.unplaced.append({ind.name, region, c->id, c->figure, documentName(in, c->documentId)});
        }
        std::sort(regionOrder.begin(), regionOrder.end());
        for (const QString &region : std::as_const(regionOrder)) {
            const Targets here = byRegion.value(region);
            bool hasLinked = false;
            for (const Commitment *c : here)
                hasLinked = hasLinked || linkedChildren.contains(c->id);
            const QStringList gazetteerChildren = Gazetteer::childrenOf(region);
            if (gazetteerChildren.isEmpty() && !hasLinked)
                continue;
            std::map<int, Targets> byYear; // no year: INT_MIN
            for (const Commitment *c : here)
                byYear[c->figure.year.value_or(std::numeric_limits<int>::min())].append(c);
            for (const auto &[yearKey, group] : byYear) {
                const Commitment *parent = preferred(in, group);
                CascadeNode node;
                node.indicator = ind.name;
                node.region = region;
                node.targetId = parent->id;
                node.figure = parent->figure;
                node.document = documentName(in, parent->documentId);
                for (const Commitment *c : group) {
                    const QString doc = documentName(in, c->documentId);
                    if (c != parent && doc != node.document && !node.alsoSetIn.contains(doc))
                        node.alsoSetIn.append(doc);
                }
                QSet<qint64> groupIds;
                for (const Commitment *c : group)
                    groupIds.insert(c->id);
                node.unitClass = unitClass(parent->figure.unit, parent->figure.metric);

                // Child regions: the gazetteer's with a document or a target here, then linked ones.
                struct Slot
                {
                    QString region;
                    Targets candidates;
                    bool linked = false;
                    bool anyRejected = false;
                };
                QList<Slot> places;
                const auto placeFor = [&](const QString &r) -> Slot & {
                    for (Slot &s : places)
                        if (s.region == r)
                            return s;
                    places.append(Slot {r, {}, false, false});
                    return places.last();
                };
                for (const QString &child : gazetteerChildren) {
                    if (!byRegion.contains(child) && !documentRegions.contains(child)) {
                        node.absent.append(child);
                        continue;
                    }
                    Slot &s = placeFor(child);
                    for (const Commitment *c : byRegion.value(child)) {
                        bool out = false;
                        for (qint64 p : std::as_const(groupIds))
                            out = out || rejected.contains({c->id, p});
                        if (out)
                            s.anyRejected = true;
                        else
                            s.candidates.append(c);
                    }
                }
                for (qint64 p : std::as_const(groupIds)) {
                    for (qint64 childId : linkedChildren.value(p)) {
                        const Commitment *c = byId.value(childId);
                        if (!c)
                            continue;
                        Slot &s = placeFor(placedRegion(in, *c));
                        if (!s.linked) // a linked target replaces what the gazetteer found
                            s.candidates.clear();
                        s.linked = true;
                        if (!s.candidates.contains(c))
                            s.candidates.append(c);
                    }
                }
                if (places.isEmpty())
                    continue;

                const Figure &pf = parent->figure;
                const QString parentValue = Labels::value(pf, true);
                double sum = 0;
                int weaker = 0, compared = 0;
                for (const Slot &s : std::as_const(places)) {
                    CascadeChild child;
                    child.region = s.region;
                    child.linkedByUser = s.linked;
                    const Commitment *c = pickChild(in, s.candidates, pf.year);
                    if (!c) {
                        child.rule = s.anyRejected ? ChildRule::RejectedByUser : ChildRule::Missing;
                        child.explanation = s.anyRejected
                            ? tr("The user rejected this region's target as a breakdown of the parent's.")
                            : tr("%1 has documents in the workspace but no target for this indicator.").arg(s.region);
                        node.children.append(child);
                        continue;
                    }
                    child.targetId = c->id;
                    child.figure = c->figure;
                    child.document = documentName(in, c->documentId);
                    const Figure &cf = c->figure;
                    const QString childValue = Labels::value(cf, true);
                    if (!unitsCompatible(pf.unit, cf.unit)) {
                        child.rule = ChildRule::UnitMismatch;
                        child.explanation = tr("In %1, which does not fit the parent's %2: neither added nor compared.")
                                                .arg(cf.unit.isEmpty() ? tr("no unit") : cf.unit,
                                                     pf.unit.isEmpty() ? tr("no unit") : pf.unit);
                    } else if (pf.year && cf.year && *cf.year > *pf.year) {
                        child.rule = ChildRule::DueLater;
                        child.explanation = tr("Due in %1, later than the parent's %2: not lined up with it.")
                                                .arg(*cf.year)
                                                .arg(*pf.year);
                    } else if (pf.year && cf.year && *cf.year < *pf.year) {
                        child.rule = ChildRule::DueEarlier;
                        child.explanation = tr("Due in %1, before the parent's %2: not lined up with it.")
                                                .arg(*cf.year)
                                                .arg(*pf.year);
                    } else if (pf.year.has_value() != cf.year.has_value()) {
                        child.rule = ChildRule::NoYear;
                        child.explanation = tr("One of the two targets has no due year: not lined up.");
                    } else if (node.unitClass == UnitClass::Additive) {
                        child.rule = ChildRule::Counted;
                        child.explanation
                            = tr("Added to the sum: a count or amount in the same unit, due the same year.");
                        sum += cf.value;
                        ++node.counted;
                    } else if (node.unitClass == UnitClass::Rate) {
                        ++compared;
                        const bool weak = atMost(pf) ? cf.value > pf.value : cf.value < pf.value;
                        child.rule = weak ? ChildRule::RateWeaker : ChildRule::RateAsStrong;
                        if (weak)
                            ++weaker;
                        child.explanation = weak
                            ? tr("%1 is less demanding than the parent's %2 (a rate or share: compared, never added).")
                                  .arg(childValue, parentValue)
                            : tr("%1 is at least as demanding as the parent's %2.").arg(childValue, parentValue);
                    } else {
                        child.rule = ChildRule::NotCompared;
                        child.explanation = tr("The unit (%1) is neither a count nor a rate: listed, neither added "
                                               "nor compared.")
                                                .arg(cf.unit.isEmpty() ? tr("no unit") : cf.unit);
                    }
                    if (s.linked)
                        child.explanation += u' ' + tr("(A breakdown linked by the user.)");
                    node.children.append(child);
                }

                const auto num = [&](double v) -> QString {
                    return Labels::number(v, true) + pf.unit;
                };
                if (node.unitClass == UnitClass::Additive && node.counted > 0) {
                    node.sum = sum;
                    node.gap = sum - pf.value;
                    const double eps = 1e-9 * std::max(1.0, std::abs(pf.value));
                    const int of = int(node.children.size());
                    if (*node.gap < -eps) {
                        node.rule = NodeRule::SumShort;
                        node.explanation = tr("%1 of %2 child targets add up to %3, %4 short of the parent's %5.")
                                               .arg(node.counted)
                                               .arg(of)
                                               .arg(num(sum), num(-*node.gap), parentValue);
                    } else if (*node.gap > eps) {
                        node.rule = NodeRule::SumOver;
                        node.explanation
                            = (atMost(pf) ? tr("%1 of %2 child targets add up to %3, %4 over the parent's limit of %5.")
                                          : tr("%1 of %2 child targets add up to %3, %4 more than the parent's %5."))
                                  .arg(node.counted)
                                  .arg(of)
                                  .arg(num(sum), num(*node.gap), parentValue);
                    } else {
                        node.rule = NodeRule::SumMatches;
                        node.explanation = tr("%1 of %2 child targets add up to the parent's %3.")
                                               .arg(node.counted)
                                               .arg(of)
                                               .arg(parentValue);
                    }
                } else if (node.unitClass == UnitClass::Rate && compared > 0) {
                    node.rule = NodeRule::RatesChecked;
                    node.explanation = tr("Rates and shares are compared, never added: %1 of %2 compared child "
                                          "targets are less demanding than the parent's %3.")
                                           .arg(weaker)
                                           .arg(compared)
                                           .arg(parentValue);
                } else if (node.unitClass == UnitClass::Unknown) {
                    node.rule = NodeRule::NotAdded;
                    node.explanation = tr("The unit (%1) is neither a count nor a rate: the children's targets are "
                                          "listed, neither added nor compared.")
                                           .arg(pf.unit.isEmpty() ? tr("no unit") : pf.unit);
                } else {
                    node.rule = NodeRule::NoChildTargets;
                    node.explanation = tr("No child target can be added to or compared with this one.");
                }
                report.nodes.append(node);
            }
        }
    }
    std::stable_sort(report.nodes.begin(), report.nodes.end(), [](const CascadeNode &a, const CascadeNode &b) {
        return std::tie(a.indicator, a.region) < std::tie(b.indicator, b.region);
    });
    return report;
}

QJsonObject Cascade::toJson(const CascadeNode &node)
{
    QJsonObject o;
    o.insert(QStringLiteral("indicator"), node.indicator);
    o.insert(QStringLiteral("region"), node.region);
    o.insert(QStringLiteral("target_id"), node.targetId);
    o.insert(QStringLiteral("target"), Labels::value(node.figure, true));
    o.insert(QStringLiteral("value"), node.figure.value);
    o.insert(QStringLiteral("cmp"), Figure::cmpName(node.figure.cmp));
    o.insert(QStringLiteral("unit"), node.figure.unit);
    o.insert(QStringLiteral("year"), node.figure.year ? QJsonValue(*node.figure.year) : QJsonValue());
    o.insert(QStringLiteral("document"), node.document);
    o.insert(QStringLiteral("unit_class"), unitClassName(node.unitClass));
    o.insert(QStringLiteral("rule"), nodeRuleName(node.rule));
    o.insert(QStringLiteral("explanation"), node.explanation);
    o.insert(QStringLiteral("sum"), node.sum ? QJsonValue(*node.sum) : QJsonValue());
    o.insert(QStringLiteral("gap"), node.gap ? QJsonValue(*node.gap) : QJsonValue());
    o.insert(QStringLiteral("counted"), node.counted);
    o.insert(QStringLiteral("flags"), node.flags());
    o.insert(QStringLiteral("absent"), QJsonArray::fromStringList(node.absent));
    return o;
}

QJsonObject Cascade::toJson(const CascadeNode &node, const CascadeChild &child)
{
    QJsonObject o = toJson(node);
    QJsonObject c;
    c.insert(QStringLiteral("region"), child.region);
    c.insert(QStringLiteral("target_id"), child.targetId);
    if (child.targetId) {
        c.insert(QStringLiteral("target"), Labels::value(child.figure, true));
        c.insert(QStringLiteral("value"), child.figure.value);
        c.insert(QStringLiteral("unit"), child.figure.unit);
        c.insert(QStringLiteral("year"), child.figure.year ? QJsonValue(*child.figure.year) : QJsonValue());
        c.insert(QStringLiteral("document"), child.document);
    }
    c.insert(QStringLiteral("rule"), childRuleName(child.rule));
    c.insert(QStringLiteral("flagged"), child.flagged());
    c.insert(QStringLiteral("linked_by_user"), child.linkedByUser);
    c.insert(QStringLiteral("explanation"), child.explanation);
    o.insert(QStringLiteral("child"), c);
    return o;
}

QJsonObject Cascade::toJson(const UnplacedTarget &u)
{
    QJsonObject o;
    o.insert(QStringLiteral("indicator"), u.indicator);
    o.insert(QStringLiteral("unplaced_region"), u.region);
    o.insert(QStringLiteral("target_id"), u.targetId);
    o.insert(QStringLiteral("target"), Labels::value(u.figure, true));
    o.insert(QStringLiteral("year"), u.figure.year ? QJsonValue(*u.figure.year) : QJsonValue());
    o.insert(QStringLiteral("document"), u.document);
    o.insert(QStringLiteral("rule"), QStringLiteral("unplaced"));
    o.insert(QStringLiteral("explanation"),
             tr("The gazetteer cannot place '%1': listed, not guessed.")
                 .arg(u.region.isEmpty() ? tr("no region") : u.region));
    return o;
}

QStringList Cascade::csvHeader()
{
    return {QStringLiteral("indicator"),    QStringLiteral("region"),     QStringLiteral("target"),
            QStringLiteral("year"),         QStringLiteral("unit_class"), QStringLiteral("rule"),
            QStringLiteral("sum"),          QStringLiteral("gap"),        QStringLiteral("child_region"),
            QStringLiteral("child_target"), QStringLiteral("child_year"), QStringLiteral("child_rule"),
            QStringLiteral("flagged"),      QStringLiteral("explanation")};
}

QList<QStringList> Cascade::csvRows(const CascadeReport &report)
{
    QList<QStringList> rows;
    for (const CascadeNode &n : report.nodes) {
        const QStringList head {n.indicator,
                                n.region,
                                Labels::value(n.figure, true),
                                yearText(n.figure.year),
                                unitClassName(n.unitClass),
                                nodeRuleName(n.rule),
                                n.sum ? plainNumber(*n.sum) : QString(),
                                n.gap ? plainNumber(*n.gap) : QString()};
        rows.append(head + QStringList {QString(), QString(), QString(), QString(), QString(), n.explanation});
        for (const CascadeChild &c : n.children)
            rows.append(head
                        + QStringList {c.region, c.targetId ? Labels::value(c.figure, true) : QString(),
                                       yearText(c.figure.year), childRuleName(c.rule),
                                       c.flagged() ? QStringLiteral("yes") : QStringLiteral("no"), c.explanation});
    }
    for (const UnplacedTarget &u : report.unplaced)
        rows.append({u.indicator, u.region, Labels::value(u.figure, true), yearText(u.figure.year), QString(),
                     QStringLiteral("unplaced"), QString(), QString(), QString(), QString(), QString(), QString(),
                     QString(), toJson(u).value(QStringLiteral("explanation")).toString()});
    return rows;
}

} // namespace plens::analysis
