#include "extract/indicators.h"

#include "extract/gazetteer.h"
#include "store/workspace.h"

#include <QSet>

#include <algorithm>

namespace plens {

namespace {

double bestSimilarity(const Indicator &ind, const QString &metric)
{
    double best = metricSimilarity(ind.name, metric);
    for (const QString &alias : ind.aliases)
        best = std::max(best, metricSimilarity(alias, metric));
    return best;
}

void addAlias(Indicator &ind, const QString &metric)
{
    if (!metric.isEmpty() && metric != ind.name && !ind.aliases.contains(metric))
        ind.aliases.append(metric);
}

qint64 nextId(const IndicatorState &s)
{
    qint64 id = 0;
    for (const Indicator &i : s.indicators)
        id = std::max(id, i.id);
    return id + 1;
}

Indicator *byId(IndicatorState &s, qint64 id)
{
    for (Indicator &i : s.indicators)
        if (i.id == id)
            return &i;
    return nullptr;
}

bool nameTaken(const IndicatorState &s, const QString &name, qint64 except = 0)
{
    return std::any_of(s.indicators.cbegin(), s.indicators.cend(),
                       [&](const Indicator &i) { return i.id != except && i.name == name; });
}

// Names are unique: the same metric in another unit gets the unit added, "软件业务收入（%）".
QString uniqueName(const IndicatorState &s, const QString &name, const QString &unit)
{
    if (!nameTaken(s, name))
        return name;
    QString candidate = unit.isEmpty() ? name : QStringLiteral("%1（%2）").arg(name, unit);
    for (int n = 2; nameTaken(s, candidate); ++n)
        candidate = QStringLiteral("%1（%2）").arg(name).arg(n);
    return candidate;
}

// The manual statuses an officer sets, read as the judged states they stand for.
StatusJudgement::State effectiveState(const TargetProgress &p)
{
    return stateOf(p.manual).value_or(p.judgement.state);
}

bool regionWithin(const QString &outer, const QString &inner)
{
    return !inner.isEmpty() && (inner == outer || Gazetteer::contains(outer, inner));
}

} // namespace

IndicatorState planIndicators(const IndicatorState &current, const QList<Commitment> &commitments, double threshold)
{
    IndicatorState s = current;
    QList<const Commitment *> unassigned;
    for (const Commitment &c : commitments) {
        if (s.assignment.contains(c.id) || c.figure.metric.isEmpty())
            continue;
        Indicator *best = nullptr;
        double bestScore = threshold;
        for (Indicator &ind : s.indicators) {
            if (!ind.unit.isEmpty() && !c.figure.unit.isEmpty() && !unitsCompatible(ind.unit, c.figure.unit))
                continue;
            const double score = bestSimilarity(ind, c.figure.metric);
            if (score >= bestScore) {
                best = &ind;
                bestScore = score;
            }
        }
        if (best) {
            s.assignment.insert(c.id, best->id);
            addAlias(*best, c.figure.metric);
            if (best->unit.isEmpty())
                best->unit = c.figure.unit;
        } else {
            unassigned.append(&c);
        }
    }
    if (unassigned.isEmpty())
        return s;
    QList<Figure> figures;
    figures.reserve(unassigned.size());
    for (const Commitment *c : std::as_const(unassigned))
        figures.append(c->figure);
    const IndicatorGroups groups = groupIndicators(figures, threshold);
    qint64 id = nextId(s);
    QList<qint64> ids;
    for (Indicator ind : groups.indicators) {
        ind.id = id++;
        ind.name = uniqueName(s, ind.name, ind.unit);
        ids.append(ind.id);
        s.indicators.append(ind);
    }
    for (qsizetype i = 0; i < unassigned.size(); ++i) {
        if (groups.members.at(i) >= 0)
            s.assignment.insert(unassigned.at(i)->id, ids.at(groups.members.at(i)));
    }
    std::sort(s.indicators.begin(), s.indicators.end(),
              [](const Indicator &a, const Indicator &b) { return a.name < b.name; });
    return s;
}

IndicatorState renameIndicator(IndicatorState state, qint64 id, const QString &name)
{
    Indicator *ind = byId(state, id);
    const QString newName = name.trimmed();
    if (!ind || newName.isEmpty() || newName == ind->name || nameTaken(state, newName, id))
        return state; // a name in use is a merge, not a rename
    const QString old = ind->name;
    ind->aliases.removeAll(newName);
    ind->name = newName;
    addAlias(*ind, old);
    return state;
}

IndicatorState mergeIndicators(IndicatorState state, qint64 from, qint64 into)
{
    Indicator *source = byId(state, from);
    Indicator *target = byId(state, into);
    if (!source || !target || from == into)
        return state;
    addAlias(*target, source->name);
    for (const QString &alias : std::as_const(source->aliases))
        addAlias(*target, alias);
    if (target->unit.isEmpty())
        target->unit = source->unit;
    for (auto it = state.assignment.begin(); it != state.assignment.end(); ++it) {
        if (it.value() == from)
            it.value() = into;
    }
    state.indicators.removeIf([from](const Indicator &i) { return i.id == from; });
    return state;
}

IndicatorState splitIndicator(IndicatorState state, const QList<qint64> &commitments, const QString &name,
                              const QStringList &metrics, const QString &unit)
{
    const QString newName = name.trimmed();
    if (commitments.isEmpty() || newName.isEmpty())
        return state;
    Indicator split;
    split.id = nextId(state);
    split.name = uniqueName(state, newName, unit);
    split.unit = unit;
    QSet<qint64> from;
    for (qint64 c : commitments) {
        from.insert(state.assignment.value(c));
        state.assignment.insert(c, split.id);
    }
    // A metric text stays with the old indicator while one of its remaining figures is still named so;
    // the caller passes the metrics of the moved figures only.
    for (const QString &m : metrics) {
        for (qint64 old : std::as_const(from)) {
            if (Indicator *ind = byId(state, old))
                ind->aliases.removeAll(m);
        }
        addAlias(split, m);
    }
    state.indicators.append(split);
    return state;
}

IndicatorChoice indicatorFor(const IndicatorState &state, const Figure &figure, double threshold)
{
    IndicatorChoice choice;
    const auto unitFits = [&](const Indicator &i) {
        return i.unit.isEmpty() || figure.unit.isEmpty() || unitsCompatible(i.unit, figure.unit);
    };
    if (const Indicator *named = findIndicator(state.indicators, figure.metric); named && unitFits(*named)) {
        choice.indicatorId = named->id;
        return choice;
    }
    QList<std::pair<double, qint64>> scored;
    for (const Indicator &i : state.indicators) {
        if (!unitFits(i))
            continue;
        const double s = bestSimilarity(i, figure.metric);
        if (s >= threshold)
            scored.append({s, i.id});
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (scored.isEmpty())
        return choice;
    choice.indicatorId = scored.first().second;
    for (const auto &[score, id] : std::as_const(scored)) {
        if (score >= scored.first().first - 0.05)
            choice.candidates.append(id);
    }
    if (choice.candidates.size() == 1)
        choice.candidates.clear();
    return choice;
}

IndicatorState assignFigure(IndicatorState state, qint64 commitmentId, const Figure &figure, qint64 to)
{
    Indicator *target = byId(state, to);
    if (!target) {
        Indicator fresh;
        fresh.id = nextId(state);
        fresh.name = uniqueName(state, figure.metric.isEmpty() ? QStringLiteral("?") : figure.metric, figure.unit);
        fresh.unit = figure.unit;
        if (fresh.name != figure.metric)
            addAlias(fresh, figure.metric);
        state.indicators.append(fresh);
        target = &state.indicators.last();
    } else {
        addAlias(*target, figure.metric);
        if (target->unit.isEmpty())
            target->unit = figure.unit;
    }
    state.assignment.insert(commitmentId, target->id);
    return state;
}

const Indicator *findIndicator(const QList<Indicator> &indicators, const QString &name)
{
    const QString wanted = name.trimmed();
    for (const Indicator &i : indicators)
        if (i.name == wanted)
            return &i;
    for (const Indicator &i : indicators)
        if (i.aliases.contains(wanted))
            return &i;
    return nullptr;
}

Result<int> refreshIndicators(Workspace &w)
{
    const IndicatorState before = w.indicatorState();
    // planIndicators() leaves figures that have an indicator as they are: only the others are loaded.
    const IndicatorState after = planIndicators(before, w.ungroupedCommitments());
    if (after == before)
        return 0;
    if (auto st = w.setIndicatorState(after); !st)
        return st.error();
    return int(after.assignment.size() - before.assignment.size());
}

QStringList IndicatorData::regions() const
{
    QStringList out;
    for (const QList<IndicatorPoint> *points : {&targets, &reported}) {
        for (const IndicatorPoint &p : *points) {
            if (!out.contains(p.region))
                out.append(p.region);
        }
    }
    return out;
}

QString IndicatorInputs::regionOf(const Commitment &c) const
{
    return c.figure.scope.isEmpty() ? documentRegions.value(c.documentId) : c.figure.scope;
}

Figure IndicatorInputs::withRegion(const Commitment &c) const
{
    Figure f = c.figure;
    f.scope = regionOf(c);
    return f;
}

IndicatorInputs IndicatorInputs::load(const Workspace &w, const QDate &today)
{
    IndicatorInputs in;
    in.today = today;
    in.commitments = w.commitments();
    // Figures not yet grouped (a workspace from an older version, or read-only) are grouped here, in
    // memory, the way refreshIndicators() would store them.
    const IndicatorState state = planIndicators(w.indicatorState(), in.commitments);
    in.indicators = state.indicators;
    for (Commitment &c : in.commitments)
        c.indicatorId = state.assignment.value(c.id);
    in.links = w.links();
    for (const DocumentSummary &d : w.documents()) {
        in.documentNames.insert(d.id, d.meta.title.isEmpty() ? d.fileName : d.meta.title);
        in.documentDates.insert(d.id, d.meta.date);
        in.documentRegions.insert(d.id, d.meta.region);
    }
    in.commitmentTags = w.commitmentTags();
    return in;
}

QList<IndicatorData> collectIndicators(const IndicatorInputs &in, const IndicatorFilter &filter)
{
    QHash<qint64, const Commitment *> byCommitment;
    QHash<qint64, QList<const Commitment *>> members; // indicator -> figures
    for (const Commitment &c : in.commitments) {
        byCommitment.insert(c.id, &c);
        if (c.indicatorId)
            members[c.indicatorId].append(&c);
    }
    // Reports links that stand (suggested or accepted): target -> reported, reported -> target.
    QHash<qint64, QList<qint64>> reportsOn;
    QHash<qint64, qint64> targetOf;
    for (const Link &l : in.links) {
        if (l.kind != Link::Kind::Reports || l.state == Link::State::Rejected)
            continue;
        reportsOn[l.toId].append(l.fromId);
        if (!targetOf.contains(l.fromId) || l.state == Link::State::Accepted)
            targetOf.insert(l.fromId, l.toId);
    }
    // Oldest first, as judgeTarget() wants them: by year, then document date, then id.
    const auto age = [&](qint64 id) {
        const Commitment *c = byCommitment.value(id);
        return c ? std::make_tuple(c->figure.year.value_or(0), in.documentDates.value(c->documentId), id)
                 : std::make_tuple(0, QDate(), id);
    };
    for (QList<qint64> &list : reportsOn)
        std::stable_sort(list.begin(), list.end(), [&](qint64 a, qint64 b) { return age(a) < age(b); });
    const auto regionOf = [&](const Commitment &c) {
        return in.regionOf(c);
    };
    const auto point = [&](const Commitment &c) {
        IndicatorPoint p;
        p.commitmentId = c.id;
        p.documentId = c.documentId;
        p.figure = c.figure;
        p.region = regionOf(c);
        p.quote = c.anchor.quote;
        return p;
    };
    const auto hasTag = [&](qint64 id) {
        return in.commitmentTags.value(id).contains(filter.tagId);
    };

    QList<IndicatorData> out;
    for (const Indicator &ind : in.indicators) {
        IndicatorData data;
        data.indicator = ind;
        QList<const Commitment *> targets, reported;
        QSet<qint64> seen;
        for (const Commitment *c : members.value(ind.id)) {
            if (c->figure.kind == Figure::Kind::Target)
                targets.append(c);
        }
        data.unit = ind.unit;
        if (data.unit.isEmpty() && !targets.isEmpty())
            data.unit = targets.first()->figure.unit;
        const auto fits = [&](const Commitment *c) {
            if (unitsCompatible(data.unit, c->figure.unit))
                return true;
            ++data.otherUnits;
            return false;
        };
        targets.removeIf([&](const Commitment *c) { return !fits(c); });

        // Targets with their progress; the filter's criteria on targets.
        QSet<qint64> keptTargets;
        for (const Commitment *t : std::as_const(targets)) {
            QList<Figure> linked;
            for (qint64 r : reportsOn.value(t->id)) {
                if (const Commitment *rc = byCommitment.value(r))
                    linked.append(in.withRegion(*rc));
            }
            TargetProgress p;
            p.targetId = t->id;
            const QDate set = in.documentDates.value(t->documentId);
            p.judgement
                = judgeTarget(in.withRegion(*t), linked, set.isValid() ? set.year() : in.today.year(), in.today);
            p.manual = t->status;
            p.manualNote = t->statusNote;
            p.manualAuthor = t->statusAuthor;
            p.manualChanged = t->statusChanged;
            if (filter.documentId && t->documentId != filter.documentId)
                continue;
            if (!filter.region.isEmpty() && !regionWithin(filter.region, regionOf(*t)))
                continue;
            if (filter.tagId && !hasTag(t->id))
                continue;
            if (filter.state && effectiveState(p) != *filter.state)
                continue;
            keptTargets.insert(t->id);
            data.targets.append(point(*t));
            data.progress.append(p);
        }

        // Reported values: those of the indicator and those linked to its targets.
        for (const Commitment *c : members.value(ind.id)) {
            if (c->figure.kind == Figure::Kind::Reported)
                reported.append(c);
        }
        for (const Commitment *t : std::as_const(targets)) {
            for (qint64 r : reportsOn.value(t->id)) {
                const Commitment *rc = byCommitment.value(r);
                if (rc && rc->figure.kind == Figure::Kind::Reported && rc->indicatorId != ind.id)
                    reported.append(rc);
            }
        }
        for (const Commitment *r : std::as_const(reported)) {
            if (seen.contains(r->id) || !fits(r))
                continue;
            seen.insert(r->id);
            const qint64 target = targetOf.value(r->id);
            const bool viaTarget = keptTargets.contains(target);
            if (!filter.region.isEmpty() && !regionWithin(filter.region, regionOf(*r)))
                continue;
            if (filter.state && !viaTarget)
                continue;
            if (filter.documentId && r->documentId != filter.documentId && !viaTarget)
                continue;
            if (filter.tagId && !hasTag(r->id) && !viaTarget)
                continue;
            IndicatorPoint p = point(*r);
            if (const Commitment *t = byCommitment.value(target)) {
                p.targetId = target;
                p.attainment = attainment(in.withRegion(*t), in.withRegion(*r)); // the one rule
            }
            data.reported.append(p);
        }
        std::stable_sort(data.reported.begin(), data.reported.end(), [](const auto &a, const auto &b) {
            return a.figure.year.value_or(0) < b.figure.year.value_or(0);
        });
        if (data.targets.isEmpty() && data.reported.isEmpty())
            continue;
        for (const QList<IndicatorPoint> *points : {&data.targets, &data.reported}) {
            for (const IndicatorPoint &p : *points) {
                const QDate d = in.documentDates.value(p.documentId);
                const QString source = d.isValid()
                    ? QStringLiteral("%1 (%2)").arg(in.documentNames.value(p.documentId), d.toString(Qt::ISODate))
                    : in.documentNames.value(p.documentId);
                if (!data.sources.contains(source))
                    data.sources.append(source);
            }
        }
        out.append(data);
    }
    std::sort(out.begin(), out.end(),
              [](const IndicatorData &a, const IndicatorData &b) { return a.indicator.name < b.indicator.name; });
    return out;
}

std::optional<IndicatorData> collectIndicator(const IndicatorInputs &in, const QString &name)
{
    const Indicator *ind = findIndicator(in.indicators, name);
    if (!ind)
        return std::nullopt;
    IndicatorInputs one = in;
    one.indicators = {*ind};
    const QList<IndicatorData> found = collectIndicators(one);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

} // namespace plens
