#include "extract/linker.h"

#include "extract/gazetteer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace plens {

namespace {

// Characters that say little about what is measured.
bool generic(QChar c)
{
    return QStringView(u"的和与及等省市级全国新建成个家项各类重点").contains(c);
}

QString core(const QString &metric)
{
    QString s;
    for (QChar c : metric) {
        if (c.isLetterOrNumber() && !generic(c))
            s += c;
    }
    return s;
}

const QStringList kCountWords {QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("项"), QStringLiteral("所"),
                               QStringLiteral("座"), QStringLiteral("条"), QStringLiteral("台"), QStringLiteral("套"),
                               QStringLiteral("户"), QStringLiteral("处"), QStringLiteral("件"), QStringLiteral("款"),
                               QStringLiteral("种"), QStringLiteral("场"), QStringLiteral("架")};

} // namespace

double metricSimilarity(const QString &a, const QString &b)
{
    const QString x = core(a), y = core(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const QString &shorter = x.size() <= y.size() ? x : y;
    const QString &longer = x.size() <= y.size() ? y : x;
    int found = 0;
    for (QChar c : shorter)
        found += longer.contains(c) ? 1 : 0;
    const double chars = double(found) / double(shorter.size());
    QSet<QString> bx, by;
    for (qsizetype i = 0; i + 1 < x.size(); ++i)
        bx.insert(x.mid(i, 2));
    for (qsizetype i = 0; i + 1 < y.size(); ++i)
        by.insert(y.mid(i, 2));
    double dice = 0;
    if (!bx.isEmpty() && !by.isEmpty()) {
        int common = 0;
        for (const QString &g : std::as_const(bx))
            common += by.contains(g) ? 1 : 0;
        dice = 2.0 * common / double(bx.size() + by.size());
    }
    return 0.5 * chars + 0.5 * dice;
}

bool unitsCompatible(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    return kCountWords.contains(a) && kCountWords.contains(b);
}

IndicatorGroups groupIndicators(const QList<Figure> &figures, double threshold)
{
    IndicatorGroups g;
    g.members.fill(-1, figures.size());
    QList<QList<qsizetype>> groups;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(i);
        if (f.metric.isEmpty())
            continue;
        qsizetype best = -1;
        double bestScore = threshold;
        for (qsizetype k = 0; k < groups.size(); ++k) {
            const Figure &head = figures.at(groups.at(k).first());
            if (!unitsCompatible(head.unit, f.unit))
                continue;
            const double s = metricSimilarity(head.metric, f.metric);
            if (s >= bestScore) {
                best = k;
                bestScore = s;
            }
        }
        if (best < 0) {
            groups.append(QList<qsizetype> {i});
            best = groups.size() - 1;
        } else {
            groups[best].append(i);
        }
        g.members[i] = best;
    }
    for (const QList<qsizetype> &members : std::as_const(groups)) {
        QHash<QString, int> counts;
        QStringList aliases;
        for (qsizetype i : members) {
            ++counts[figures.at(i).metric];
            if (!aliases.contains(figures.at(i).metric))
                aliases << figures.at(i).metric;
        }
        QString name = aliases.first();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > counts.value(name) || (it.value() == counts.value(name) && it.key().size() < name.size()))
                name = it.key();
        }
        aliases.removeAll(name);
        Indicator ind;
        ind.name = name;
        ind.aliases = aliases;
        ind.unit = figures.at(members.first()).unit;
        g.indicators.append(ind);
    }
    return g;
}

QList<LinkSuggestion> suggestLinks(const QList<Figure> &figures, double threshold)
{
    QList<LinkSuggestion> out;
    for (qsizetype r = 0; r < figures.size(); ++r) {
        const Figure &rep = figures.at(r);
        if (rep.kind != Figure::Kind::Reported || rep.metric.isEmpty())
            continue;
        LinkSuggestion best;
        for (qsizetype t = 0; t < figures.size(); ++t) {
            const Figure &tgt = figures.at(t);
            if (t == r || tgt.kind != Figure::Kind::Target || tgt.metric.isEmpty())
                continue;
            if (!unitsCompatible(tgt.unit, rep.unit))
                continue;
            // Reported no later than the target is due.
            if (tgt.year && rep.year && *rep.year > *tgt.year)
                continue;
            // The reported region lies inside the target's.
            double region = 0.5;
            if (!tgt.scope.isEmpty() && !rep.scope.isEmpty()) {
                if (!Gazetteer::contains(tgt.scope, rep.scope) && tgt.scope != rep.scope)
                    continue;
                region = 1;
            }
            const double similarity = metricSimilarity(tgt.metric, rep.metric);
            if (similarity < 0.4)
                continue;
            // A part reported against a whole is not many times the whole (142 firms do not report on
            // one platform); shares compare with shares only through the unit check above.
            if ((tgt.cmp == Figure::Cmp::Ge || tgt.cmp == Figure::Cmp::Gt) && tgt.value > 0
                && rep.value > 5 * tgt.value)
                continue;
            // A share (%) must compare with a share; the same magnitude of number helps a little.
            const double score = 0.75 * similarity + 0.25 * region;
            if (score > best.score) {
                best = {t, r, score};
            }
        }
        if (best.target >= 0 && best.score >= threshold)
            out.append(best);
    }
    return out;
}

QList<Link> newLinkSuggestions(const QList<Commitment> &commitments, const QList<Link> &existing)
{
    QSet<QPair<qint64, qint64>> known;
    for (const Link &l : existing)
        known.insert({l.fromId, l.toId});
    QList<Figure> figures;
    figures.reserve(commitments.size());
    for (const Commitment &c : commitments)
        figures.append(c.figure);
    QList<Link> out;
    for (const LinkSuggestion &s : suggestLinks(figures)) {
        const qint64 from = commitments.at(s.reported).id;
        const qint64 to = commitments.at(s.target).id;
        if (known.contains({from, to}))
            continue;
        Link l;
        l.kind = Link::Kind::Reports;
        l.fromId = from;
        l.toId = to;
        l.score = s.score;
        l.state = Link::State::Suggested;
        out.append(l);
    }
    return out;
}

std::optional<double> attainment(const Figure &target, const Figure &reported)
{
    if (!target.unit.isEmpty() && !reported.unit.isEmpty() && !unitsCompatible(target.unit, reported.unit))
        return std::nullopt;
    if (target.unit == QStringLiteral("百分点") || reported.unit == QStringLiteral("百分点"))
        return std::nullopt; // a change, not a level
    const bool atMost = target.cmp == Figure::Cmp::Le || target.cmp == Figure::Cmp::Lt;
    if (atMost)
        return reported.value > 0 ? std::optional(100.0 * target.value / reported.value) : std::nullopt;
    return target.value > 0 ? std::optional(100.0 * reported.value / target.value) : std::nullopt;
}

StatusJudgement judgeTarget(const Figure &target, const QList<Figure> &reported, int startYear, const QDate &today)
{
    StatusJudgement j;
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("plens::Status", s);
    };
    // The latest figure for the target's own region.
    const Figure *latest = nullptr;
    for (const Figure &r : reported) {
        if (!target.scope.isEmpty() && !r.scope.isEmpty() && r.scope != target.scope)
            continue;
        if (!latest || r.year.value_or(0) > latest->year.value_or(0))
            latest = &r;
    }
    if (!latest) {
        j.rule = tr("No figure has been reported for the target's region yet.");
        return j;
    }
    const double v = latest->value;
    const double t = target.value;
    const int due = target.year.value_or(today.year());
    const bool past = today.year() > due;
    bool met = false;
    switch (target.cmp) {
    case Figure::Cmp::Gt:
        met = v > t;
        break;
    case Figure::Cmp::Le:
        met = v <= t;
        break;
    case Figure::Cmp::Lt:
        met = v < t;
        break;
    case Figure::Cmp::Range:
        met = v >= t && v <= target.valueMax.value_or(t);
        break;
    case Figure::Cmp::Approx:
        met = std::abs(v - t) <= 0.05 * std::abs(t);
        break;
    case Figure::Cmp::Eq:
    case Figure::Cmp::Ge:
        met = v >= t;
        break;
    }
    const bool atMost = target.cmp == Figure::Cmp::Le || target.cmp == Figure::Cmp::Lt;
    j.attainment = t != 0 && v != 0 ? 100.0 * (atMost ? t / v : v / t) : 0;
    if (met) {
        j.state = StatusJudgement::State::Met;
        j.rule = tr("The latest reported value (%1, %2) meets the target.").arg(v).arg(latest->year.value_or(0));
        return j;
    }
    if (past) {
        j.state = StatusJudgement::State::Missed;
        j.rule = tr("The target was due in %1 and the latest reported value (%2) does not meet it.").arg(due).arg(v);
        return j;
    }
    if (atMost) {
        j.state = StatusJudgement::State::AtRisk;
        j.rule = tr("The latest reported value (%1) is above the limit of %2.").arg(v).arg(t);
        return j;
    }
    // Linear progress from the year the target was set to the year it is due.
    const int reportedYear = latest->year.value_or(today.year());
    const double expected = due > startYear ? double(reportedYear - startYear) / double(due - startYear) : 1.0;
    const double progress = t != 0 ? v / t : 0;
    if (progress >= 0.9 * std::clamp(expected, 0.0, 1.0)) {
        j.state = StatusJudgement::State::OnTrack;
        j.rule = tr("%1% reached in %2, about as much as a steady pace from %3 to %4 would give (%5%).")
                     .arg(qRound(100 * progress))
                     .arg(reportedYear)
                     .arg(startYear)
                     .arg(due)
                     .arg(qRound(100 * expected));
    } else {
        j.state = StatusJudgement::State::AtRisk;
        j.rule = tr("Only %1% reached in %2, behind a steady pace from %3 to %4 (%5%).")
                     .arg(qRound(100 * progress))
                     .arg(reportedYear)
                     .arg(startYear)
                     .arg(due)
                     .arg(qRound(100 * expected));
    }
    return j;
}

QString stateName(StatusJudgement::State s)
{
    switch (s) {
    case StatusJudgement::State::NoData:
        return QCoreApplication::translate("plens::Status", "no data");
    case StatusJudgement::State::Met:
        return QCoreApplication::translate("plens::Status", "met");
    case StatusJudgement::State::OnTrack:
        return QCoreApplication::translate("plens::Status", "on track");
    case StatusJudgement::State::AtRisk:
        return QCoreApplication::translate("plens::Status", "at risk");
    case StatusJudgement::State::Missed:
        return QCoreApplication::translate("plens::Status", "missed");
    }
    return {};
}

} // namespace plens
