#include "analysis/radar.h"

#include "analysis/analysisutil.h"
#include "extract/linker.h"
#include "model/labels.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace plens::analysis {

namespace {

int rank(RadarRule r)
{
    switch (r) {
    case RadarRule::PastDueNoReport:
        return 0;
    case RadarRule::PastDueNotMet:
        return 1;
    case RadarRule::MarkedByUser:
        return 2;
    case RadarRule::DueNowNoReport:
        return 3;
    case RadarRule::ProjectedShort:
        return 4;
    case RadarRule::Stale:
        return 5;
    case RadarRule::DoneByUser:
        break;
    }
    return 99;
}

} // namespace

QString radarRuleName(RadarRule r)
{
    switch (r) {
    case RadarRule::PastDueNoReport:
        return QStringLiteral("past_due_no_report");
    case RadarRule::PastDueNotMet:
        return QStringLiteral("past_due_not_met");
    case RadarRule::DueNowNoReport:
        return QStringLiteral("due_now_no_report");
    case RadarRule::ProjectedShort:
        return QStringLiteral("projected_short");
    case RadarRule::Stale:
        return QStringLiteral("stale");
    case RadarRule::MarkedByUser:
        return QStringLiteral("marked_by_user");
    case RadarRule::DoneByUser:
        return QStringLiteral("done_by_user");
    }
    return {};
}

bool RadarItem::overdue() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const RadarFinding &f) {
                           return f.rule == RadarRule::PastDueNoReport || f.rule == RadarRule::PastDueNotMet;
                       })
        || (manual == TargetStatus::Missed);
}

int RadarReport::overdue() const
{
    return int(std::count_if(items.begin(), items.end(), [](const RadarItem &i) { return i.overdue(); }));
}

RadarReport Radar::scan(const IndicatorInputs &in, const RadarOptions &options)
{
    RadarReport report;
    report.asOf = options.asOf;
    QHash<qint64, const Commitment *> byId;
    for (const Commitment &c : in.commitments)
        byId.insert(c.id, &c);
    QHash<qint64, QList<qint64>> reportsOn; // target -> reported (suggested or accepted)
    for (const Link &l : in.links)
        if (l.kind == Link::Kind::Reports && l.state != Link::State::Rejected)
            reportsOn[l.toId].append(l.fromId);

    const int thisYear = options.asOf.year();
    for (const Commitment &t : in.commitments) {
        if (t.figure.kind != Figure::Kind::Target)
            continue;
        if (!t.figure.year) {
            ++report.withoutYear;
            continue;
        }
        RadarItem item;
        item.targetId = t.id;
        item.indicator = indicatorName(in, t);
        item.region = placedRegion(in, t);
        item.target = t.figure;
        item.document = documentName(in, t.documentId);
        item.set = in.documentDates.value(t.documentId);
        item.dueYear = *t.figure.year;
        item.manual = t.status;
        item.manualNote = t.statusNote;
        const bool isChange = t.figure.unit == QStringLiteral("百分点");

        // Evidence: linked reported values about the target's own region, in a fitting unit.
        for (qint64 r : reportsOn.value(t.id)) {
            const Commitment *rc = byId.value(r);
            if (!rc || rc->figure.kind != Figure::Kind::Reported)
                continue;
            if (placedRegion(in, *rc) != item.region || !unitsCompatible(t.figure.unit, rc->figure.unit))
                continue;
            item.evidence.append({rc->id, rc->figure, documentName(in, rc->documentId), referenceDate(in, *rc)});
        }
        std::sort(item.evidence.begin(), item.evidence.end(), [](const RadarEvidence &a, const RadarEvidence &b) {
            return std::make_tuple(a.figure.year.value_or(0), a.reference, a.id)
                < std::make_tuple(b.figure.year.value_or(0), b.reference, b.id);
        });
        if (!item.evidence.isEmpty())
            item.latest = item.evidence.last();
        // Reported since the target was set: from another document, about a time after the target was set
        // (a year-end value of the plan's own year is its baseline, not progress).
        bool reportedSince = false;
        for (const RadarEvidence &e : std::as_const(item.evidence)) {
            const bool otherDoc = byId.value(e.id)->documentId != t.documentId;
            const bool after = !item.set.isValid() || !e.reference.isValid() || e.reference > item.set;
            reportedSince = reportedSince || (otherDoc && after);
        }

        const auto add = [&](RadarRule rule, const QString &why) {
            item.findings.append({rule, why});
        };
        const QString setText = item.set.isValid() ? item.set.toString(Qt::ISODate) : tr("an unknown date");
        if (item.dueYear < thisYear && !reportedSince)
            add(RadarRule::PastDueNoReport,
                tr("Due in %1 and nothing reported since the target was set (%2).").arg(item.dueYear).arg(setText));
        else if (item.dueYear == thisYear && !reportedSince)
            add(RadarRule::DueNowNoReport,
                tr("Due this year (%1) and nothing reported since the target was set (%2).")
                    .arg(item.dueYear)
                    .arg(setText));
        if (item.dueYear < thisYear && reportedSince && item.latest && !isChange
            && !fulfils(t.figure, item.latest->figure.value))
            add(RadarRule::PastDueNotMet,
                tr("Due in %1; the latest value (%2, %3) does not meet it.")
                    .arg(item.dueYear)
                    .arg(Labels::value(item.latest->figure, true))
                    .arg(item.latest->figure.year.value_or(0)));
        // Stale: the latest value is older than the chosen age.
        if (item.latest && item.latest->reference.isValid()
            && item.latest->reference.addMonths(options.staleMonths) < options.asOf && item.dueYear >= thisYear)
            add(RadarRule::Stale,
                tr("The latest value speaks of %1, more than %n month(s) ago.", nullptr, options.staleMonths)
                    .arg(item.latest->reference.toString(Qt::ISODate)));
        // Projection: a straight line through the last two values of different years.
        if (!isChange && item.latest && item.latest->figure.year && *item.latest->figure.year < item.dueYear
            && !fulfils(t.figure, item.latest->figure.value)) {
            const RadarEvidence &last = *item.latest;
            const RadarEvidence *before = nullptr;
            for (qsizetype i = item.evidence.size() - 2; i >= 0; --i) {
                const RadarEvidence &e = item.evidence.at(i);
                if (e.figure.year && *e.figure.year < *last.figure.year) {
                    before = &e;
                    break;
                }
            }
            if (before) {
                RadarProjection p;
                p.fromYear = *before->figure.year;
                p.fromValue = before->figure.value;
                p.toYear = *last.figure.year;
                p.toValue = last.figure.value;
                p.year = item.dueYear;
                const double slope = (p.toValue - p.fromValue) / double(p.toYear - p.fromYear);
                p.value = p.toValue + slope * double(p.year - p.toYear);
                item.projection = p;
                if (!fulfils(t.figure, p.value))
                    add(RadarRule::ProjectedShort,
                        tr("Projection, not data: a straight line through %1 (%2) and %3 (%4) reaches %5 in %6, short "
                           "of %7.")
                            .arg(Labels::number(p.fromValue, true))
                            .arg(p.fromYear)
                            .arg(Labels::number(p.toValue, true))
                            .arg(p.toYear)
                            .arg(Labels::number(p.value, true))
                            .arg(p.year)
                            .arg(Labels::value(t.figure, true)));
            }
        }
        // The user's status decides over the rules.
        const QString note = t.statusNote.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(t.statusNote);
        if (t.status == TargetStatus::Done) {
            item.findings = {
                {RadarRule::DoneByUser,
                 tr("Marked done by %1%2.").arg(t.statusAuthor.isEmpty() ? tr("a user") : t.statusAuthor).arg(note)}};
        } else if (t.status == TargetStatus::AtRisk || t.status == TargetStatus::Missed) {
            add(RadarRule::MarkedByUser,
                tr("Marked '%1' by %2%3.")
                    .arg(Labels::status(t.status))
                    .arg(t.statusAuthor.isEmpty() ? tr("a user") : t.statusAuthor)
                    .arg(note));
        }
        std::stable_sort(item.findings.begin(), item.findings.end(),
                         [](const RadarFinding &a, const RadarFinding &b) { return rank(a.rule) < rank(b.rule); });
        item.urgency = item.findings.isEmpty() ? 99 : rank(item.findings.first().rule);
        report.items.append(item);
    }
    std::stable_sort(report.items.begin(), report.items.end(), [](const RadarItem &a, const RadarItem &b) {
        return std::make_tuple(a.urgency, a.dueYear, a.indicator, a.region)
            < std::make_tuple(b.urgency, b.dueYear, b.indicator, b.region);
    });
    return report;
}

QJsonObject Radar::toJson(const RadarItem &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("target_id"), item.targetId);
    o.insert(QStringLiteral("indicator"), item.indicator);
    o.insert(QStringLiteral("region"), item.region);
    o.insert(QStringLiteral("target"), Labels::value(item.target, true));
    o.insert(QStringLiteral("value"), item.target.value);
    o.insert(QStringLiteral("cmp"), Figure::cmpName(item.target.cmp));
    o.insert(QStringLiteral("unit"), item.target.unit);
    o.insert(QStringLiteral("due"), item.dueYear);
    o.insert(QStringLiteral("document"), item.document);
    o.insert(QStringLiteral("set"), item.set.isValid() ? QJsonValue(item.set.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("urgency"), item.urgency);
    o.insert(QStringLiteral("overdue"), item.overdue());
    QJsonArray rules, why;
    for (const RadarFinding &f : item.findings) {
        rules.append(radarRuleName(f.rule));
        why.append(f.explanation);
    }
    o.insert(QStringLiteral("rules"), rules);
    o.insert(QStringLiteral("explanations"), why);
    QJsonArray evidence;
    for (const RadarEvidence &e : item.evidence) {
        QJsonObject v;
        v.insert(QStringLiteral("id"), e.id);
        v.insert(QStringLiteral("value"), e.figure.value);
        v.insert(QStringLiteral("year"), e.figure.year ? QJsonValue(*e.figure.year) : QJsonValue());
        v.insert(QStringLiteral("document"), e.document);
        v.insert(QStringLiteral("reference"), e.reference.toString(Qt::ISODate));
        evidence.append(v);
    }
    o.insert(QStringLiteral("evidence"), evidence);
    if (item.projection) {
        const RadarProjection &p = *item.projection;
        QJsonObject v;
        v.insert(QStringLiteral("kind"), QStringLiteral("projection"));
        v.insert(QStringLiteral("year"), p.year);
        v.insert(QStringLiteral("value"), p.value);
        v.insert(QStringLiteral("from"), QJsonArray {p.fromYear, p.fromValue});
        v.insert(QStringLiteral("to"), QJsonArray {p.toYear, p.toValue});
        o.insert(QStringLiteral("projection"), v);
    }
    if (item.manual != TargetStatus::None)
        o.insert(QStringLiteral("status"), Labels::status(item.manual));
    return o;
}

QStringList Radar::csvHeader()
{
    return {QStringLiteral("urgency"), QStringLiteral("indicator"),   QStringLiteral("region"),
            QStringLiteral("target"),  QStringLiteral("due"),         QStringLiteral("document"),
            QStringLiteral("latest"),  QStringLiteral("latest_year"), QStringLiteral("projection"),
            QStringLiteral("rules"),   QStringLiteral("explanation")};
}

QStringList Radar::csvRow(const RadarItem &item)
{
    QStringList rules, why;
    for (const RadarFinding &f : item.findings) {
        rules.append(radarRuleName(f.rule));
        why.append(f.explanation);
    }
    return {QString::number(item.urgency),
            item.indicator,
            item.region,
            Labels::value(item.target, true),
            QString::number(item.dueYear),
            item.document,
            item.latest ? Labels::value(item.latest->figure, true) : QString(),
            item.latest && item.latest->figure.year ? QString::number(*item.latest->figure.year) : QString(),
            item.projection ? plainNumber(item.projection->value) : QString(),
            rules.join(u' '),
            why.join(u' ')};
}

} // namespace plens::analysis
