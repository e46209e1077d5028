#include "analysis/revisions.h"

#include "analysis/analysisutil.h"
#include "extract/linker.h"
#include "model/labels.h"
#include "store/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace plens::analysis {

namespace {

const QStringList kDraftMarks {QStringLiteral("征求意见稿"), QStringLiteral("草案"), QStringLiteral("送审稿"),
                               QStringLiteral("讨论稿")};
const QStringList kRevisionMarks {QStringLiteral("修订稿"), QStringLiteral("修订版"), QStringLiteral("修订"),
                                  QStringLiteral("修正")};

bool isDraft(const QString &title)
{
    return std::any_of(kDraftMarks.begin(), kDraftMarks.end(), [&](const QString &m) { return title.contains(m); });
}

bool isRevision(const QString &title)
{
    return std::any_of(kRevisionMarks.begin(), kRevisionMarks.end(),
                       [&](const QString &m) { return title.contains(m); });
}

QString lettersOnly(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

double bigramDice(const QString &x, const QString &y)
{
    QSet<QString> bx, by;
    for (qsizetype i = 0; i + 1 < x.size(); ++i)
        bx.insert(x.mid(i, 2));
    for (qsizetype i = 0; i + 1 < y.size(); ++i)
        by.insert(y.mid(i, 2));
    if (bx.isEmpty() || by.isEmpty())
        return x == y && !x.isEmpty() ? 1 : 0;
    int common = 0;
    for (const QString &g : std::as_const(bx))
        common += by.contains(g) ? 1 : 0;
    return 2.0 * common / double(bx.size() + by.size());
}

QSet<quint64> shingles(const QString &text)
{
    const QString s = lettersOnly(text);
    QSet<quint64> out;
    for (qsizetype i = 0; i + 4 <= s.size(); ++i) {
        quint64 h = 0;
        for (qsizetype k = 0; k < 4; ++k)
            h = (h << 16) | s.at(i + k).unicode();
        out.insert(h);
    }
    return out;
}

// The paragraph (line) of `text` around `offset`.
std::pair<qsizetype, qsizetype> paragraphAt(const QString &text, qsizetype offset)
{
    if (offset < 0 || offset > text.size())
        return {-1, -1};
    qsizetype start = text.lastIndexOf(u'\n', offset > 0 ? offset - 1 : 0);
    start = start < 0 ? 0 : start + 1;
    qsizetype end = text.indexOf(u'\n', offset);
    if (end < 0)
        end = text.size();
    return {start, end};
}

// The paragraph of `text` most like `passage` (at least somewhat alike), or {-1, -1}.
std::pair<qsizetype, qsizetype> mostAlike(const QString &text, const QString &passage)
{
    const QString want = lettersOnly(passage);
    double best = 0.2;
    std::pair<qsizetype, qsizetype> at {-1, -1};
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end - start > 4) {
            const double s = bigramDice(lettersOnly(text.mid(start, end - start)), want);
            if (s > best) {
                best = s;
                at = {start, end};
            }
        }
        start = end + 1;
    }
    return at;
}

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

QString evidenceOf(const Commitment &c)
{
    return c.figure.text.isEmpty() ? c.anchor.quote : c.figure.text;
}

} // namespace

QString changeKindName(ChangeKind k)
{
    switch (k) {
    case ChangeKind::Value:
        return QStringLiteral("value");
    case ChangeKind::DueYear:
        return QStringLiteral("due_year");
    case ChangeKind::Comparator:
        return QStringLiteral("comparator");
    case ChangeKind::Hedge:
        return QStringLiteral("hedge");
    case ChangeKind::Unit:
        return QStringLiteral("unit");
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

Result<QList<VersionDocument>> Revisions::documents(const Workspace &w)
{
    QList<VersionDocument> out;
    for (const DocumentSummary &s : w.documents()) {
        auto doc = w.document(s.id);
        if (!doc)
            return doc.error();
        out.append({s.id, s.meta.title.isEmpty() ? s.fileName : s.meta.title, s.meta.docType, s.meta.region,
                    s.meta.date, doc->displayText});
    }
    return out;
}

QString Revisions::planTitle(const QString &title)
{
    QString t = title;
    static const QRegularExpression wrapper(QStringLiteral("关于印发(.+)的通知"));
    if (const auto m = wrapper.match(t); m.hasMatch())
        t = m.captured(1);
    for (const QString &mark : kDraftMarks + kRevisionMarks)
        t.remove(mark);
    static const QRegularExpression years(QStringLiteral("\\d{4}\\s*[-—–~至到]\\s*\\d{4}\\s*年?|\\d{4}\\s*年?"));
    t.remove(years);
    return lettersOnly(t);
}

double Revisions::titleSimilarity(const QString &a, const QString &b)
{
    return bigramDice(planTitle(a), planTitle(b));
}

double Revisions::textSimilarity(const QString &a, const QString &b)
{
    const QSet<quint64> x = shingles(a), y = shingles(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    int common = 0;
    for (quint64 g : x)
        common += y.contains(g) ? 1 : 0;
    return double(common) / double(x.size() + y.size() - common);
}

VersionPair Revisions::order(const VersionDocument &a, const VersionDocument &b)
{
    VersionPair p;
    const auto set = [&](const VersionDocument &o, const VersionDocument &n, const QString &why) {
        p.oldId = o.id;
        p.newId = n.id;
        p.rule = why;
    };
    if (a.date.isValid() && b.date.isValid() && a.date != b.date) {
        const bool aFirst = a.date < b.date;
        set(aFirst ? a : b, aFirst ? b : a, tr("the older is the one dated earlier"));
    } else if (isDraft(a.title) != isDraft(b.title)) {
        const bool aFirst = isDraft(a.title);
        set(aFirst ? a : b, aFirst ? b : a, tr("the draft (征求意见稿, 草案) comes before the final text"));
    } else if (isRevision(a.title) != isRevision(b.title)) {
        const bool aFirst = !isRevision(a.title);
        set(aFirst ? a : b, aFirst ? b : a, tr("the revision (修订) comes after the plan it revises"));
    } else {
        const bool aFirst = a.id < b.id;
        set(aFirst ? a : b, aFirst ? b : a, tr("no date or mark tells them apart: the one stored first is older"));
    }
    p.titleSimilarity = titleSimilarity(a.title, b.title);
    p.textSimilarity = textSimilarity(a.text, b.text);
    return p;
}

QList<VersionPair> Revisions::detect(const QList<VersionDocument> &documents)
{
    QList<VersionPair> out;
    QHash<qint64, QSet<quint64>> cache;
    const auto shinglesOf = [&](const VersionDocument &d) -> const QSet<quint64> & {
        auto it = cache.find(d.id);
        if (it == cache.end())
            it = cache.insert(d.id, shingles(d.text));
        return *it;
    };
    for (qsizetype i = 0; i < documents.size(); ++i) {
        for (qsizetype j = i + 1; j < documents.size(); ++j) {
            const VersionDocument &a = documents.at(i), &b = documents.at(j);
            // Versions of one plan come from one region: 南京's and 无锡's plans on one template are not.
            if (!a.region.isEmpty() && !b.region.isEmpty() && a.region != b.region)
                continue;
            const double title = titleSimilarity(a.title, b.title);
            if (title < 0.6)
                continue;
            const QSet<quint64> &x = shinglesOf(a), &y = shinglesOf(b);
            int common = 0;
            for (quint64 g : x)
                common += y.contains(g) ? 1 : 0;
            const double text = x.isEmpty() || y.isEmpty() ? 0 : double(common) / double(x.size() + y.size() - common);
            const bool versions = (title >= 0.8 && text >= 0.3) || text >= 0.6;
            // The same text on the same day is another rendition (a PDF of the web page), not a version.
            const bool rendition
                = text >= 0.9 && a.date.isValid() && a.date == b.date && !isDraft(a.title) && !isDraft(b.title);
            if (!versions || rendition)
                continue;
            VersionPair p = order(a, b);
            p.rule = tr("titles %1% alike, texts %2% alike; %3")
                         .arg(qRound(100 * title))
                         .arg(qRound(100 * text))
                         .arg(p.rule);
            out.append(p);
        }
    }
    return out;
}

RevisionDiff Revisions::diff(const IndicatorInputs &in, const VersionDocument &older, const VersionDocument &newer)
{
    RevisionDiff d;
    d.pair = order(older, newer);
    if (d.pair.oldId != older.id) { // the caller's order stands: it chose which is old
        d.pair.oldId = older.id;
        d.pair.newId = newer.id;
        d.pair.rule = tr("chosen by the user");
    }
    d.oldTitle = older.title;
    d.newTitle = newer.title;

    QList<const Commitment *> olds, news;
    for (const Commitment &c : in.commitments) {
        if (c.figure.kind != Figure::Kind::Target)
            continue;
        if (c.documentId == older.id)
            olds.append(&c);
        else if (c.documentId == newer.id)
            news.append(&c);
    }
    QSet<const Commitment *> usedOld, usedNew;
    QList<std::tuple<const Commitment *, const Commitment *, QString>> matches;

    // 1. Same indicator and region: the best pairs first (same year, alike evidence, same value).
    struct Candidate
    {
        double score;
        const Commitment *o;
        const Commitment *n;
    };
    QList<Candidate> candidates;
    for (const Commitment *o : std::as_const(olds)) {
        for (const Commitment *n : std::as_const(news)) {
            if (!o->indicatorId || o->indicatorId != n->indicatorId || placedRegion(in, *o) != placedRegion(in, *n))
                continue;
            const double score = 0.4 * (o->figure.year == n->figure.year ? 1 : 0)
                + 0.4 * bigramDice(lettersOnly(evidenceOf(*o)), lettersOnly(evidenceOf(*n)))
                + 0.2 * (sameValue(o->figure.value, n->figure.value) ? 1 : 0);
            candidates.append({score, o, n});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    for (const Candidate &c : std::as_const(candidates)) {
        if (usedOld.contains(c.o) || usedNew.contains(c.n))
            continue;
        usedOld.insert(c.o);
        usedNew.insert(c.n);
        matches.append(
            {c.o, c.n,
             tr("matched by indicator (%1) and region (%2)").arg(indicatorName(in, *c.n), placedRegion(in, *c.n))});
    }
    // 2. What is left: a renamed metric with a fitting unit, the same region and alike evidence.
    candidates.clear();
    for (const Commitment *o : std::as_const(olds)) {
        if (usedOld.contains(o))
            continue;
        for (const Commitment *n : std::as_const(news)) {
            if (usedNew.contains(n) || placedRegion(in, *o) != placedRegion(in, *n)
                || !unitsCompatible(o->figure.unit, n->figure.unit))
                continue;
            const double metric = metricSimilarity(o->figure.metric, n->figure.metric);
            const double text = bigramDice(lettersOnly(evidenceOf(*o)), lettersOnly(evidenceOf(*n)));
            if (metric >= 0.5 && text >= 0.5)
                candidates.append({metric + text, o, n});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    for (const Candidate &c : std::as_const(candidates)) {
        if (usedOld.contains(c.o) || usedNew.contains(c.n))
            continue;
        usedOld.insert(c.o);
        usedNew.insert(c.n);
        matches.append({c.o, c.n,
                        tr("matched by a similar metric (%1 / %2) and evidence in the same region")
                            .arg(c.o->figure.metric, c.n->figure.metric)});
    }

    const auto arrow = [](const QString &a, const QString &b) -> QString {
        return a + QStringLiteral(" → ") + b;
    };
    const auto orNone = [](const QString &s) -> QString {
        return s.isEmpty() ? tr("none") : s;
    };
    for (const auto &[o, n, rule] : std::as_const(matches)) {
        RevisionChange ch;
        const Figure &a = o->figure, &b = n->figure;
        QStringList summary;
        if (!sameValue(a.value, b.value) || a.valueMax.has_value() != b.valueMax.has_value()
            || (a.valueMax && !sameValue(*a.valueMax, *b.valueMax))) {
            ch.kinds.append(ChangeKind::Value);
            summary.append(tr("value: %1").arg(arrow(Labels::value(a, true), Labels::value(b, true))));
        }
        if (a.year != b.year) {
            ch.kinds.append(ChangeKind::DueYear);
            summary.append(tr("due: %1").arg(
                arrow(a.year ? QString::number(*a.year) : tr("none"), b.year ? QString::number(*b.year) : tr("none"))));
        }
        if (a.cmp != b.cmp) {
            ch.kinds.append(ChangeKind::Comparator);
            summary.append(tr("comparator: %1").arg(arrow(Labels::cmp(a.cmp), Labels::cmp(b.cmp))));
        }
        if (a.hedge != b.hedge) {
            ch.kinds.append(ChangeKind::Hedge);
            summary.append(tr("hedge: %1").arg(arrow(orNone(a.hedge), orNone(b.hedge))));
        }
        if (a.unit != b.unit) {
            ch.kinds.append(ChangeKind::Unit);
            summary.append(tr("unit: %1").arg(arrow(orNone(a.unit), orNone(b.unit))));
        }
        if (ch.kinds.isEmpty()) {
            ++d.unchanged;
            continue;
        }
        ch.indicator = indicatorName(in, *n);
        ch.region = placedRegion(in, *n);
        ch.oldTarget = o->id;
        ch.newTarget = n->id;
        ch.oldFigure = a;
        ch.newFigure = b;
        ch.oldStart = o->anchor.start;
        ch.oldEnd = o->anchor.end;
        ch.newStart = n->anchor.start;
        ch.newEnd = n->anchor.end;
        ch.rule = rule;
        ch.summary = summary.join(QStringLiteral("; "));
        d.changes.append(ch);
    }
    for (const Commitment *o : std::as_const(olds)) {
        if (usedOld.contains(o))
            continue;
        RevisionChange ch;
        ch.kinds = {ChangeKind::Dropped};
        ch.indicator = indicatorName(in, *o);
        ch.region = placedRegion(in, *o);
        ch.oldTarget = o->id;
        ch.oldFigure = o->figure;
        ch.oldStart = o->anchor.start;
        ch.oldEnd = o->anchor.end;
        const auto [ps, pe] = paragraphAt(older.text, o->anchor.start);
        std::tie(ch.newStart, ch.newEnd)
            = mostAlike(newer.text, ps >= 0 ? older.text.mid(ps, pe - ps) : evidenceOf(*o));
        ch.rule = tr("no target of the newer text has this indicator and region");
        ch.summary = tr("dropped: %1")
                         .arg(Labels::value(o->figure, true)
                              + (o->figure.year ? QStringLiteral(" (%1)").arg(*o->figure.year) : QString()));
        d.changes.append(ch);
    }
    for (const Commitment *n : std::as_const(news)) {
        if (usedNew.contains(n))
            continue;
        RevisionChange ch;
        ch.kinds = {ChangeKind::Added};
        ch.indicator = indicatorName(in, *n);
        ch.region = placedRegion(in, *n);
        ch.newTarget = n->id;
        ch.newFigure = n->figure;
        ch.newStart = n->anchor.start;
        ch.newEnd = n->anchor.end;
        const auto [ps, pe] = paragraphAt(newer.text, n->anchor.start);
        std::tie(ch.oldStart, ch.oldEnd)
            = mostAlike(older.text, ps >= 0 ? newer.text.mid(ps, pe - ps) : evidenceOf(*n));
        ch.rule = tr("no target of the older text has this indicator and region");
        ch.summary = tr("added: %1")
                         .arg(Labels::value(n->figure, true)
                              + (n->figure.year ? QStringLiteral(" (%1)").arg(*n->figure.year) : QString()));
        d.changes.append(ch);
    }
    std::stable_sort(d.changes.begin(), d.changes.end(), [](const RevisionChange &a, const RevisionChange &b) {
        const auto key = [](const RevisionChange &c) {
            return std::make_pair(c.newStart < 0 ? std::numeric_limits<qsizetype>::max() : c.newStart, c.oldStart);
        };
        return key(a) < key(b);
    });
    return d;
}

QJsonObject Revisions::toJson(const RevisionDiff &diff, const RevisionChange &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("old"), diff.pair.oldId);
    o.insert(QStringLiteral("new"), diff.pair.newId);
    QStringList kinds;
    for (ChangeKind k : c.kinds)
        kinds.append(changeKindName(k));
    o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(kinds));
    o.insert(QStringLiteral("indicator"), c.indicator);
    o.insert(QStringLiteral("region"), c.region);
    const auto side = [](qint64 id, const Figure &f, qsizetype start, qsizetype end) {
        QJsonObject s;
        if (id) {
            s = f.toJson();
            s.insert(QStringLiteral("id"), id);
        }
        s.insert(QStringLiteral("at"), QJsonArray {qint64(start), qint64(end)});
        return s;
    };
    o.insert(QStringLiteral("old_target"), side(c.oldTarget, c.oldFigure, c.oldStart, c.oldEnd));
    o.insert(QStringLiteral("new_target"), side(c.newTarget, c.newFigure, c.newStart, c.newEnd));
    o.insert(QStringLiteral("summary"), c.summary);
    o.insert(QStringLiteral("rule"), c.rule);
    return o;
}

QStringList Revisions::csvHeader()
{
    return {QStringLiteral("old"),        QStringLiteral("new"),     QStringLiteral("changes"),
            QStringLiteral("indicator"),  QStringLiteral("region"),  QStringLiteral("old_target"),
            QStringLiteral("new_target"), QStringLiteral("summary"), QStringLiteral("rule")};
}

QStringList Revisions::csvRow(const RevisionDiff &diff, const RevisionChange &c)
{
    QStringList kinds;
    for (ChangeKind k : c.kinds)
        kinds.append(changeKindName(k));
    const auto label = [](qint64 id, const Figure &f) -> QString {
        return id ? Labels::value(f, true) + (f.year ? QStringLiteral(" (%1)").arg(*f.year) : QString()) : QString();
    };
    return {QString::number(diff.pair.oldId), QString::number(diff.pair.newId), kinds.join(u' '), c.indicator, c.region,
            label(c.oldTarget, c.oldFigure),  label(c.newTarget, c.newFigure),  c.summary,        c.rule};
}

} // namespace plens::analysis
