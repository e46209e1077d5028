#include "extract/linker.h"

#include "extract/gazetteer.h"
#include "model/labels.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

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

// Units that unitsCompatible() lets mix share one class: the counting words are one class.
QString unitClass(const QString &unit)
{
    return kCountWords.contains(unit) ? QStringLiteral("#count") : unit;
}

// What metricSimilarity() needs of one text, computed once: its core, its characters and its bigrams
// (sorted, unique), so comparing two texts is two merges instead of building sets.
struct MetricFeatures
{
    QString core;
    std::vector<char16_t> chars;
    std::vector<quint32> bigrams;
};

MetricFeatures features(const QString &metric)
{
    MetricFeatures f;
    f.core = core(metric);
    for (QChar c : std::as_const(f.core))
        f.chars.push_back(c.unicode());
    std::sort(f.chars.begin(), f.chars.end());
    f.chars.erase(std::unique(f.chars.begin(), f.chars.end()), f.chars.end());
    for (qsizetype i = 0; i + 1 < f.core.size(); ++i)
        f.bigrams.push_back(quint32(f.core.at(i).unicode()) << 16 | f.core.at(i + 1).unicode());
    std::sort(f.bigrams.begin(), f.bigrams.end());
    f.bigrams.erase(std::unique(f.bigrams.begin(), f.bigrams.end()), f.bigrams.end());
    return f;
}

double similarity(const MetricFeatures &x, const MetricFeatures &y)
{
    if (x.core.isEmpty() || y.core.isEmpty())
        return 0;
    const bool xShorter = x.core.size() <= y.core.size();
    const MetricFeatures &shorter = xShorter ? x : y;
    const MetricFeatures &longer = xShorter ? y : x;
    int found = 0;
    for (QChar c : shorter.core)
        found += std::binary_search(longer.chars.cbegin(), longer.chars.cend(), c.unicode()) ? 1 : 0;
    const double chars = double(found) / double(shorter.core.size());
    double dice = 0;
    if (!x.bigrams.empty() && !y.bigrams.empty()) {
        std::size_t common = 0;
        auto a = x.bigrams.cbegin();
        auto b = y.bigrams.cbegin();
        while (a != x.bigrams.cend() && b != y.bigrams.cend()) {
            if (*a < *b) {
                ++a;
            } else if (*b < *a) {
                ++b;
            } else {
                ++common;
                ++a;
                ++b;
            }
        }
        dice = 2.0 * double(common) / double(x.bigrams.size() + y.bigrams.size());
    }
    return 0.5 * chars + 0.5 * dice;
}

// Metric texts indexed by their characters: the texts that can be similar to a query at all (a text
// sharing no character with it has similarity 0), without comparing it with every text.
class MetricIndex
{
public:
    qsizetype add(MetricFeatures f)
    {
        const qsizetype id = m_items.size();
        for (char16_t c : f.chars)
            m_postings[c].append(id);
        m_items.append(std::move(f));
        m_stamp.push_back(0);
        return id;
    }
    [[nodiscard]] const MetricFeatures &at(qsizetype id) const { return m_items.at(id); }
    // The ids of texts sharing a character with `f`, ascending.
    QList<qsizetype> candidates(const MetricFeatures &f)
    {
        ++m_round;
        QList<qsizetype> out;
        for (char16_t c : f.chars) {
            const auto it = m_postings.constFind(c);
            if (it == m_postings.constEnd())
                continue;
            for (qsizetype id : *it) {
                if (m_stamp[std::size_t(id)] != m_round) {
                    m_stamp[std::size_t(id)] = m_round;
                    out.append(id);
                }
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    QList<MetricFeatures> m_items;
    QHash<char16_t, QList<qsizetype>> m_postings;
    std::vector<quint32> m_stamp;
    quint32 m_round = 0;
};

// The least metric similarity at which suggestLinks() scores a pair at all.
constexpr double kMinLinkSimilarity = 0.4;

double regionWeight(RegionRelation r)
{
    switch (r) {
    case RegionRelation::Same:
        return 1.0;
    case RegionRelation::Unknown:
        return 0.6;
    case RegionRelation::Part:
        return 0.2;
    case RegionRelation::Other:
        break;
    }
    return 0;
}

// A value as an officer writes it, with its unit: 6.7亿元, 1.2万个, 150家.
QString amount(double v, const Figure &f)
{
    return Labels::amount(v, f.unit);
}

} // namespace

double metricSimilarity(const QString &a, const QString &b)
{
    return similarity(features(a), features(b));
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
    // Per unit class: the groups' first metrics, indexed; and every distinct metric seen, with its group.
    QHash<QString, MetricIndex> heads;
    QHash<QString, QList<qsizetype>> headGroup; // unit class -> group of each indexed head
    QHash<QPair<QString, QString>, qsizetype> seen; // (unit class, metric) -> group
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(i);
        if (f.metric.isEmpty())
            continue;
        const QString cls = unitClass(f.unit);
        const QPair<QString, QString> key {cls, f.metric};
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            groups[*it].append(i);
            g.members[i] = *it;
            continue;
        }
        MetricFeatures feats = features(f.metric);
        MetricIndex &index = heads[cls];
        QList<qsizetype> &owners = headGroup[cls];
        qsizetype best = -1;
        double bestScore = threshold;
        for (qsizetype id : index.candidates(feats)) {
            const double s = similarity(index.at(id), feats);
            if (s >= bestScore) {
                best = owners.at(id);
                bestScore = s;
            }
        }
        if (best < 0) {
            groups.append(QList<qsizetype> {i});
            best = groups.size() - 1;
            index.add(std::move(feats));
            owners.append(best);
        } else {
            groups[best].append(i);
        }
        seen.insert(key, best);
        g.members[i] = best;
    }
    for (const QList<qsizetype> &members : std::as_const(groups)) {
        QHash<QString, int> counts;
        QStringList aliases;
        for (qsizetype i : members) {
            int &n = counts[figures.at(i).metric];
            if (n++ == 0)
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

RegionRelation regionRelation(const QString &targetScope, const QString &reportedScope)
{
    if (targetScope.isEmpty() || reportedScope.isEmpty())
        return RegionRelation::Unknown;
    if (targetScope == reportedScope)
        return RegionRelation::Same;
    const QString t = Gazetteer::canonical(targetScope);
    const QString r = Gazetteer::canonical(reportedScope);
    if (!t.isEmpty() && t == r)
        return RegionRelation::Same;
    if (Gazetteer::contains(targetScope, reportedScope))
        return RegionRelation::Part;
    return RegionRelation::Other;
}

PairableMetrics pairableMetrics(const QStringList &targets, const QStringList &reported)
{
    PairableMetrics out;
    MetricIndex index;
    QStringList indexed;
    for (const QString &t : targets) {
        if (t.isEmpty())
            continue;
        index.add(features(t));
        indexed.append(t);
    }
    for (const QString &r : reported) {
        if (r.isEmpty())
            continue;
        const MetricFeatures feats = features(r);
        for (qsizetype id : index.candidates(feats)) {
            if (indexed.at(id) == r || similarity(index.at(id), feats) >= kMinLinkSimilarity) {
                out.targets.insert(indexed.at(id));
                out.reported.insert(r);
            }
        }
    }
    return out;
}

QList<LinkSuggestion> suggestLinks(const QList<Figure> &figures, double threshold)
{
    constexpr double minSimilarity = kMinLinkSimilarity;
    // The key identical figures share: they are scored once, and suggested once.
    const auto figureKey = [](const Figure &f) {
        return QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5\x1f%6")
            .arg(f.metric, f.scope, f.unit)
            .arg(f.year.value_or(0))
            .arg(f.value, 0, 'g', 17)
            .arg(int(f.cmp));
    };
    // A region as a key: its full name when the gazetteer knows it (南京 and 南京市 are one), else as written.
    const auto regionKey = [](const QString &scope) {
        const QString c = Gazetteer::canonical(scope);
        return c.isEmpty() ? scope : c;
    };

    // Targets, blocked by unit class, then by metric text (indexed by its characters), then by region.
    // Identical targets are one candidate, represented by the first of them.
    struct TargetMetric
    {
        QList<qsizetype> all; // representatives, ascending
        QHash<QString, QList<qsizetype>> byRegion; // region key ("" unknown) -> representatives, ascending
    };
    QHash<QString, MetricIndex> index; // unit class -> target metrics
    QHash<QString, QList<TargetMetric>> metrics; // unit class -> the metrics in index order
    QHash<QPair<QString, QString>, qsizetype> metricId; // (unit class, metric) -> index id
    QSet<QString> targetKeys;
    for (qsizetype t = 0; t < figures.size(); ++t) {
        const Figure &tgt = figures.at(t);
        if (tgt.kind != Figure::Kind::Target || tgt.metric.isEmpty())
            continue;
        const QString key = figureKey(tgt);
        if (targetKeys.contains(key))
            continue;
        targetKeys.insert(key);
        const QString cls = unitClass(tgt.unit);
        qsizetype id = metricId.value({cls, tgt.metric}, -1);
        if (id < 0) {
            id = index[cls].add(features(tgt.metric));
            metrics[cls].append(TargetMetric {});
            metricId.insert({cls, tgt.metric}, id);
        }
        TargetMetric &m = metrics[cls][id];
        m.all.append(t);
        m.byRegion[regionKey(tgt.scope)].append(t);
    }

    // The first target of a list (ascending) that `rep` may report on: due no earlier than reported, and
    // not a whole many times smaller than the part reported (142 firms do not report on one platform).
    const auto firstEligible = [&figures](const QList<qsizetype> &targets, const Figure &rep) -> qsizetype {
        for (qsizetype t : targets) {
            const Figure &tgt = figures.at(t);
            if (tgt.year && rep.year && *rep.year > *tgt.year)
                continue;
            if ((tgt.cmp == Figure::Cmp::Ge || tgt.cmp == Figure::Cmp::Gt) && tgt.value > 0
                && rep.value > 5 * tgt.value)
                continue;
            return t;
        }
        return -1;
    };

    struct Similar
    {
        qsizetype metric;
        double similarity;
    };
    QHash<QPair<QString, QString>, QList<Similar>> similarTo; // (unit class, reported metric) -> targets'
    QHash<QString, qsizetype> reportedKeys; // key -> position in `out` (-1: no suggestion)
    QList<LinkSuggestion> out;
    for (qsizetype r = 0; r < figures.size(); ++r) {
        const Figure &rep = figures.at(r);
        if (rep.kind != Figure::Kind::Reported || rep.metric.isEmpty())
            continue;
        const QString key = figureKey(rep);
        if (const auto it = reportedKeys.constFind(key); it != reportedKeys.constEnd()) {
            if (*it >= 0)
                ++out[*it].duplicates;
            continue;
        }
        const QString cls = unitClass(rep.unit);
        auto sim = similarTo.find({cls, rep.metric});
        if (sim == similarTo.end()) {
            QList<Similar> found;
            if (index.contains(cls)) {
                MetricIndex &ix = index[cls];
                const MetricFeatures feats = features(rep.metric);
                for (qsizetype id : ix.candidates(feats)) {
                    const double s = similarity(ix.at(id), feats);
                    if (s >= minSimilarity)
                        found.append({id, s});
                }
            }
            // Most similar first, so the search can stop once no region could make up the difference.
            std::stable_sort(found.begin(), found.end(),
                             [](const Similar &a, const Similar &b) { return a.similarity > b.similarity; });
            sim = similarTo.insert({cls, rep.metric}, found);
        }
        // The regions a target may be about to take this figure: the same, unknown, or the province of
        // the reported city (a part of the whole); a figure without a region fits every target alike.
        const QString own = regionKey(rep.scope);
        const QString province = rep.scope.isEmpty() ? QString() : Gazetteer::provinceOf(rep.scope);
        LinkSuggestion best;
        const auto consider = [&](const QList<qsizetype> &targets, double similarity, RegionRelation rel) {
            const double score = 0.75 * similarity + 0.25 * regionWeight(rel);
            if (score < best.score || targets.isEmpty())
                return;
            const qsizetype t = firstEligible(targets, rep);
            if (t >= 0 && (score > best.score || best.target < 0 || t < best.target))
                best = {t, r, score, 0};
        };
        const QList<TargetMetric> &candidates = metrics[cls];
        for (const Similar &s : std::as_const(*sim)) {
            if (0.75 * s.similarity + 0.25 < best.score)
                break;
            const TargetMetric &m = candidates.at(s.metric);
            if (rep.scope.isEmpty()) {
                consider(m.all, s.similarity, RegionRelation::Unknown);
                continue;
            }
            consider(m.byRegion.value(own), s.similarity, RegionRelation::Same);
            consider(m.byRegion.value(QString()), s.similarity, RegionRelation::Unknown);
            if (!province.isEmpty() && province != own)
                consider(m.byRegion.value(province), s.similarity, RegionRelation::Part);
        }
        if (best.target >= 0 && best.score >= threshold) {
            reportedKeys.insert(key, out.size());
            out.append(best);
        } else {
            reportedKeys.insert(key, -1);
        }
    }
    return out;
}

QList<Link> newLinkSuggestions(const QList<Commitment> &commitments, const QList<Link> &existing,
                               const QHash<qint64, QString> &documentRegions)
{
    QSet<QPair<qint64, qint64>> known;
    for (const Link &l : existing)
        known.insert({l.fromId, l.toId});
    return newLinkSuggestions(commitments, known, documentRegions);
}

QList<Link> newLinkSuggestions(const QList<Commitment> &commitments, const QSet<QPair<qint64, qint64>> &known,
                               const QHash<qint64, QString> &documentRegions)
{
    QList<Figure> figures;
    figures.reserve(commitments.size());
    for (const Commitment &c : commitments) {
        figures.append(c.figure);
        if (figures.last().scope.isEmpty())
            figures.last().scope = documentRegions.value(c.documentId);
    }
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
        l.score = std::round(s.score * 100) / 100;
        l.state = Link::State::Suggested;
        out.append(l);
    }
    return out;
}

ReportFit reportFits(const Figure &target, const Figure &reported)
{
    // A change in points judges a target set as a change in points, never a level (or the reverse).
    if ((target.unit == QStringLiteral("百分点")) != (reported.unit == QStringLiteral("百分点")))
        return ReportFit::Change;
    if (!target.unit.isEmpty() && !reported.unit.isEmpty() && target.unit != reported.unit)
        return ReportFit::OtherUnit;
    switch (regionRelation(target.scope, reported.scope)) {
    case RegionRelation::Same:
    case RegionRelation::Unknown:
        return ReportFit::Counts;
    case RegionRelation::Part:
    case RegionRelation::Other:
        break;
    }
    return ReportFit::OtherRegion;
}

QString reportFitText(ReportFit fit, const Figure &target, const Figure &reported)
{
    switch (fit) {
    case ReportFit::Counts:
        return {};
    case ReportFit::OtherRegion:
        return QCoreApplication::translate(
                   "plens::Status",
                   "The figure is about %1, the target about %2: it does not count towards the target.")
            .arg(reported.scope, target.scope);
    case ReportFit::OtherUnit:
        return QCoreApplication::translate(
                   "plens::Status",
                   "The figure is counted in %1, the target in %2: it does not count towards the target.")
            .arg(reported.unit, target.unit);
    case ReportFit::Change:
        return QCoreApplication::translate(
            "plens::Status", "A change in percentage points is not a level: it does not count towards the target.");
    }
    return {};
}

std::optional<double> attainment(const Figure &target, const Figure &reported)
{
    if (reportFits(target, reported) != ReportFit::Counts)
        return std::nullopt;
    if (target.unit == QStringLiteral("百分点"))
        return std::nullopt; // a share of a change in points says nothing a reader can use
    const bool atMost = target.cmp == Figure::Cmp::Le || target.cmp == Figure::Cmp::Lt;
    if (atMost)
        return reported.value > 0 ? std::optional(100.0 * target.value / reported.value) : std::nullopt;
    return target.value > 0 ? std::optional(100.0 * reported.value / target.value) : std::nullopt;
}

StatusJudgement judgeTarget(const Figure &target, const QList<Figure> &reported, int startYear, const QDate &today)
{
    StatusJudgement j;
    // The latest figure that counts: the target's region, its unit, a level.
    const Figure *latest = nullptr;
    for (qsizetype i = 0; i < reported.size(); ++i) {
        const Figure &r = reported.at(i);
        if (reportFits(target, r) != ReportFit::Counts) {
            ++j.leftOut;
            continue;
        }
        if (!latest || r.year.value_or(0) >= latest->year.value_or(0)) {
            latest = &r;
            j.basis = i;
        }
    }
    if (!latest) {
        j.rule = j.leftOut
            ? QCoreApplication::translate(
                "plens::Status",
                "None of the %n linked figure(s) counts: they are about another region, in another unit, or "
                "changes in percentage points.",
                nullptr, j.leftOut)
            : QCoreApplication::translate("plens::Status", "No figure has been reported for the target's region yet.");
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
    j.attainment = attainment(target, *latest).value_or(0);
    const QString value = amount(v, *latest);
    if (met) {
        j.state = StatusJudgement::State::Met;
        j.rule = latest->year
            ? QCoreApplication::translate("plens::Status", "The latest reported value (%1, %2) meets the target.")
                  .arg(value)
                  .arg(*latest->year)
            : QCoreApplication::translate("plens::Status", "The latest reported value (%1) meets the target.")
                  .arg(value);
        return j;
    }
    if (past) {
        j.state = StatusJudgement::State::Missed;
        j.rule = QCoreApplication::translate(
                     "plens::Status", "The target was due in %1 and the latest reported value (%2) does not meet it.")
                     .arg(due)
                     .arg(value);
        return j;
    }
    if (atMost) {
        j.state = StatusJudgement::State::AtRisk;
        j.rule
            = QCoreApplication::translate("plens::Status", "The latest reported value (%1) is above the limit of %2.")
                  .arg(value, amount(t, target));
        return j;
    }
    // Linear progress from the year the target was set to the year it is due.
    const int reportedYear = latest->year.value_or(today.year());
    const double expected = due > startYear ? double(reportedYear - startYear) / double(due - startYear) : 1.0;
    const double progress = t != 0 ? v / t : 0;
    if (progress >= 0.9 * std::clamp(expected, 0.0, 1.0)) {
        j.state = StatusJudgement::State::OnTrack;
        j.rule
            = QCoreApplication::translate(
                  "plens::Status", "%1% reached in %2, about as much as a steady pace from %3 to %4 would give (%5%).")
                  .arg(qRound(100 * progress))
                  .arg(reportedYear)
                  .arg(startYear)
                  .arg(due)
                  .arg(qRound(100 * std::clamp(expected, 0.0, 1.0)));
    } else {
        j.state = StatusJudgement::State::AtRisk;
        j.rule = QCoreApplication::translate("plens::Status",
                                             "Only %1% reached in %2, behind a steady pace from %3 to %4 (%5%).")
                     .arg(qRound(100 * progress))
                     .arg(reportedYear)
                     .arg(startYear)
                     .arg(due)
                     .arg(qRound(100 * std::clamp(expected, 0.0, 1.0)));
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

std::optional<StatusJudgement::State> stateOf(TargetStatus manual)
{
    switch (manual) {
    case TargetStatus::None:
        break;
    case TargetStatus::NotStarted:
        return StatusJudgement::State::NoData;
    case TargetStatus::InProgress:
        return StatusJudgement::State::OnTrack;
    case TargetStatus::Done:
        return StatusJudgement::State::Met;
    case TargetStatus::AtRisk:
        return StatusJudgement::State::AtRisk;
    case TargetStatus::Missed:
        return StatusJudgement::State::Missed;
    }
    return std::nullopt;
}

TargetStatus statusFor(StatusJudgement::State state)
{
    switch (state) {
    case StatusJudgement::State::NoData:
        return TargetStatus::NotStarted;
    case StatusJudgement::State::Met:
        return TargetStatus::Done;
    case StatusJudgement::State::OnTrack:
        return TargetStatus::InProgress;
    case StatusJudgement::State::AtRisk:
        return TargetStatus::AtRisk;
    case StatusJudgement::State::Missed:
        return TargetStatus::Missed;
    }
    return TargetStatus::None;
}

} // namespace plens
