#include "export/export.h"

#include "model/labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace plens {

namespace {

bool anyTag(const QList<qint64> &tags, const QSet<qint64> &wanted)
{
    return std::any_of(tags.cbegin(), tags.cend(), [&](qint64 t) { return wanted.contains(t); });
}

QColor tagColor(const QList<qint64> &tagIds, const QList<Tag> &tags)
{
    for (qint64 id : tagIds)
        for (const Tag &t : tags)
            if (t.id == id && t.color.isValid())
                return t.color;
    return {};
}

// A figure as a reader writes it: "Target: ≥ 20万 个 (2023) — 5G基站".
QString figureNote(const Commitment &c)
{
    const Figure &f = c.figure;
    QString note = Labels::kind(f.kind) + QStringLiteral(": ") + Labels::value(f, true);
    if (f.year)
        note += QStringLiteral(" (%1)").arg(*f.year);
    if (!f.metric.isEmpty())
        note += QStringLiteral(" — ") + f.metric;
    if (c.status != TargetStatus::None)
        note += QStringLiteral("\n") + Labels::status(c.status);
    if (!c.statusNote.isEmpty())
        note += QStringLiteral(": ") + c.statusNote;
    return note;
}

} // namespace

bool ExportFilter::accepts(const Annotation &a) const
{
    if (!includeAnnotations)
        return false;
    if (!tagIds.isEmpty() && !anyTag(a.tagIds, tagIds))
        return false;
    if (!authors.isEmpty() && !authors.contains(a.author))
        return false;
    return true;
}

bool ExportFilter::accepts(const Commitment &c, const QList<qint64> &tags) const
{
    if (!includeFigures)
        return false;
    if (!tagIds.isEmpty() && !anyTag(tags, tagIds))
        return false;
    if (!kinds.isEmpty() && !kinds.contains(c.figure.kind))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(c.status))
        return false;
    return true;
}

QString ExportFilter::describe(const QList<Tag> &tags) const
{
    QStringList parts;
    if (!tagIds.isEmpty()) {
        QStringList names;
        for (const Tag &t : tags)
            if (tagIds.contains(t.id))
                names.append(t.name);
        names.sort();
        parts.append(QCoreApplication::translate("plens::export", "Tags: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!kinds.isEmpty()) {
        QStringList names;
        for (Figure::Kind k :
             {Figure::Kind::Target, Figure::Kind::Reported, Figure::Kind::Forecast, Figure::Kind::Parameter})
            if (kinds.contains(k))
                names.append(Labels::kind(k));
        parts.append(QCoreApplication::translate("plens::export", "Kinds: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!statuses.isEmpty()) {
        QStringList names;
        for (TargetStatus s : Labels::statuses())
            if (statuses.contains(s))
                names.append(Labels::status(s));
        parts.append(QCoreApplication::translate("plens::export", "Status: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!authors.isEmpty()) {
        QStringList names(authors.cbegin(), authors.cend());
        names.sort();
        parts.append(QCoreApplication::translate("plens::export", "Authors: %1").arg(names.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

QColor kindColor(Figure::Kind kind)
{
    switch (kind) {
    case Figure::Kind::Target:
        return QColor(255, 214, 0);
    case Figure::Kind::Reported:
        return QColor(102, 204, 102);
    case Figure::Kind::Forecast:
        return QColor(110, 170, 255);
    case Figure::Kind::Parameter:
        return QColor(190, 190, 190);
    }
    return QColor(255, 214, 0);
}

QList<HighlightItem> highlightItems(const ExportRequest &request, int *skipped)
{
    const qsizetype length = request.document.displayText.size();
    int bad = 0;
    QList<HighlightItem> items;
    const auto usable = [&](const Anchor &a) {
        const bool ok = !a.orphaned && a.start >= 0 && a.end > a.start && a.end <= length;
        if (!ok)
            ++bad;
        return ok;
    };
    for (const Annotation &a : request.annotations) {
        if (!request.filter.accepts(a) || !usable(a.anchor))
            continue;
        QColor color = a.color.isValid() ? a.color : QColor(255, 214, 0);
        if (request.colorBy == ColorBy::Tag) {
            const QColor byTag = tagColor(a.tagIds, request.tags);
            if (byTag.isValid())
                color = byTag;
        }
        items.append({a.anchor.start, a.anchor.end, color, a.note, a.author, a.created, a.modified});
    }
    for (const Commitment &c : request.commitments) {
        const QList<qint64> tags = request.commitmentTags.value(c.id);
        if (!request.filter.accepts(c, tags) || !usable(c.anchor))
            continue;
        QColor color = kindColor(c.figure.kind);
        if (request.colorBy == ColorBy::Tag) {
            const QColor byTag = tagColor(tags, request.tags);
            if (byTag.isValid())
                color = byTag;
        }
        items.append(
            {c.anchor.start, c.anchor.end, color, figureNote(c), c.statusAuthor, c.statusChanged, c.statusChanged});
    }
    std::stable_sort(items.begin(), items.end(), [](const HighlightItem &a, const HighlightItem &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    if (skipped)
        *skipped = bad;
    return items;
}

Result<ExportSummary> exportAnnotatedPdf(const ExportRequest &request, const QString &outPath,
                                         const ExportProgress &progress)
{
    if (request.document.format == SourceFormat::Pdf)
        return exportPdfSource(request, outPath, progress);
    if (request.document.format == SourceFormat::Ofd)
        return exportOfdSource(request, outPath, progress);
    return exportTextSource(request, outPath, progress);
}

} // namespace plens
