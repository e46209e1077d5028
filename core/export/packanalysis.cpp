#include "export/packanalysis.h"

#include "analysis/cascade.h"
#include "analysis/radar.h"
#include "analysis/revisions.h"
#include "model/labels.h"
#include "store/workspace.h"

#include <QHash>

namespace plens {

namespace {

QString withYear(const Figure &f)
{
    return Labels::value(f, true) + (f.year ? QStringLiteral(" (%1)").arg(*f.year) : QString());
}

} // namespace

Result<QList<PackSection>> PackAnalysis::sections(const Workspace &w, const ExportFilter &filter, const QDate &asOf)
{
    const IndicatorInputs in = IndicatorInputs::load(w, asOf);
    const QHash<qint64, QList<qint64>> tags = w.commitmentTags();
    ExportFilter targets = filter;
    targets.includeFigures = true;
    QHash<qint64, const Commitment *> byId;
    for (const Commitment &c : in.commitments)
        byId.insert(c.id, &c);
    const auto passes = [&](qint64 id) {
        const Commitment *c = byId.value(id);
        return c && targets.accepts(*c, tags.value(id));
    };
    QList<PackSection> out;

    // Cascade check.
    PackSection cascade;
    cascade.title = tr("Cascade check: targets of the regions inside a region");
    cascade.note = tr("Counts and amounts are added, rates and shares compared one by one; units that do not add "
                      "are never added. Red: short of the parent, less demanding, due later, or missing.");
    cascade.headers = {tr("Indicator"), tr("Region"), tr("Target"), tr("Children's sum"), tr("Gap"), tr("Finding")};
    cascade.widths = {14, 12, 14, 12, 10, 38};
    const analysis::CascadeReport report = analysis::Cascade::check(in);
    for (const analysis::CascadeNode &n : report.nodes) {
        if (!passes(n.targetId))
            continue;
        const QString unit = n.figure.unit;
        cascade.rows.append(
            {n.indicator, n.region, withYear(n.figure), n.sum ? Labels::number(*n.sum, true) + unit : QString(),
             n.gap ? (*n.gap > 0 ? QStringLiteral("+") : QString()) + Labels::number(*n.gap, true) + unit : QString(),
             n.explanation});
        const bool limit = analysis::atMost(n.figure);
        cascade.flagged.append((n.rule == analysis::NodeRule::SumShort && !limit)
                               || (n.rule == analysis::NodeRule::SumOver && limit));
        for (const analysis::CascadeChild &c : n.children) {
            cascade.rows.append({QString(), QStringLiteral("  ") + c.region,
                                 c.targetId ? withYear(c.figure) : tr("none"), QString(), QString(), c.explanation});
            cascade.flagged.append(c.flagged());
        }
    }
    for (const analysis::UnplacedTarget &u : report.unplaced) {
        if (!passes(u.targetId))
            continue;
        cascade.rows.append({u.indicator, u.region, withYear(u.figure), QString(), QString(),
                             tr("The gazetteer cannot place this region: listed, not guessed.")});
        cascade.flagged.append(false);
    }
    if (!cascade.rows.isEmpty())
        out.append(cascade);

    // Deadline radar: what needs attention.
    analysis::RadarOptions options;
    options.asOf = asOf;
    const analysis::RadarReport radar = analysis::Radar::scan(in, options);
    PackSection deadlines;
    deadlines.title = tr("Deadline radar");
    deadlines.note = tr("As of %1: targets past due or due this year with nothing reported since they were set, "
                        "values older than %n month(s), and straight-line projections (not data) that fall short.",
                        nullptr, options.staleMonths)
                         .arg(asOf.toString(Qt::ISODate));
    deadlines.headers = {tr("Indicator"), tr("Region"), tr("Target"), tr("Latest value"), tr("Why")};
    deadlines.widths = {16, 10, 16, 16, 42};
    for (const analysis::RadarItem &item : radar.items) {
        if (!item.flagged() || !passes(item.targetId))
            continue;
        QStringList why;
        for (const analysis::RadarFinding &f : item.findings)
            why.append(f.explanation);
        deadlines.rows.append({item.indicator, item.region, withYear(item.target),
                               item.latest ? withYear(item.latest->figure) : QStringLiteral("—"), why.join(u' ')});
        deadlines.flagged.append(item.overdue());
    }
    if (!deadlines.rows.isEmpty())
        out.append(deadlines);

    // Plan revisions: every pair of versions found.
    auto documents = analysis::Revisions::documents(w);
    if (!documents)
        return documents.error();
    QHash<qint64, const analysis::VersionDocument *> docs;
    for (const analysis::VersionDocument &d : std::as_const(*documents))
        docs.insert(d.id, &d);
    PackSection revisions;
    revisions.title = tr("Plan revisions");
    revisions.headers = {tr("Change"), tr("Indicator"), tr("Region"), tr("Older"), tr("Newer")};
    revisions.widths = {22, 20, 10, 24, 24};
    QStringList pairs;
    for (const analysis::VersionPair &p : analysis::Revisions::detect(*documents)) {
        const analysis::RevisionDiff d = analysis::Revisions::diff(in, *docs.value(p.oldId), *docs.value(p.newId));
        pairs.append(tr("%1 → %2 (%n change(s))", nullptr, int(d.changes.size())).arg(d.oldTitle, d.newTitle));
        for (const analysis::RevisionChange &c : d.changes) {
            if ((c.newTarget && !passes(c.newTarget)) || (!c.newTarget && !passes(c.oldTarget)))
                continue;
            revisions.rows.append({c.summary, c.indicator, c.region,
                                   c.oldTarget ? withYear(c.oldFigure) : QStringLiteral("—"),
                                   c.newTarget ? withYear(c.newFigure) : QStringLiteral("—")});
            revisions.flagged.append(c.kinds.contains(analysis::ChangeKind::Dropped));
        }
    }
    revisions.note = pairs.join(QStringLiteral("; "));
    if (!pairs.isEmpty())
        out.append(revisions);
    return out;
}

} // namespace plens
