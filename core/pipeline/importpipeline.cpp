#include "pipeline/importpipeline.h"

#include "extract/extract.h"
#include "extract/indicators.h"
#include "extract/linker.h"
#include "import/importer.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace plens {

int ImportPipeline::Summary::failed() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const FileResult &f) { return f.error.has_value(); }));
}

bool ImportPipeline::Summary::stored() const
{
    return std::any_of(files.cbegin(), files.cend(), [](const FileResult &f) {
        return f.added && f.added->outcome != AddResult::Outcome::Duplicate;
    });
}

QStringList ImportPipeline::documentPatterns()
{
    return {QStringLiteral("*.pdf"), QStringLiteral("*.ofd"),  QStringLiteral("*.docx"),
            QStringLiteral("*.doc"), QStringLiteral("*.wps"),  QStringLiteral("*.rtf"),
            QStringLiteral("*.htm"), QStringLiteral("*.html"), QStringLiteral("*.txt")};
}

QStringList ImportPipeline::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList(documentPatterns(), QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    return files;
}

ImportPipeline::ImportPipeline(Workspace &ws, QHash<QString, QString> passwords)
    : m_ws(ws), m_passwords(std::move(passwords))
{ }

ImportPipeline::FileResult ImportPipeline::importOne(const QString &path, const Hooks &hooks)
{
    FileResult r;
    r.path = path;
    auto doc = [&]() -> Result<Document> {
        if (hooks.read)
            return hooks.read(path);
        ImportOptions options;
        options.password = m_passwords.value(path);
        return importFile(path, options);
    }();
    if (!doc) {
        r.error = doc.error();
        return r;
    }
    r.format = doc->format;
    r.warnings = doc->warnings;
    const QList<Figure> figures = extractFigures(*doc);
    r.figures = int(figures.size());
    auto added = m_ws.addDocument(*doc, figures);
    if (!added) {
        r.error = Error {path, added.error().message};
        return r;
    }
    r.added = *added;
    return r;
}

void ImportPipeline::groupAndSuggest(Summary &summary, const Hooks &hooks)
{
    const auto cancelled = [&hooks] {
        return hooks.cancelled && hooks.cancelled();
    };
    if (cancelled()) {
        summary.cancelled = true;
        return;
    }
    if (hooks.stage)
        hooks.stage(Stage::Indicators);
    if (auto grouped = refreshIndicators(m_ws); grouped)
        summary.grouped = *grouped;
    else
        summary.errors << grouped.error();
    if (cancelled()) {
        summary.cancelled = true;
        return;
    }
    if (hooks.stage)
        hooks.stage(Stage::Links);
    QSet<qint64> stored;
    for (const FileResult &f : std::as_const(summary.files)) {
        if (f.added && f.added->outcome != AddResult::Outcome::Duplicate)
            stored.insert(f.added->documentId);
    }
    const QList<Link> links = suggestionsFor(stored);
    if (!links.isEmpty()) {
        if (auto added = m_ws.addLinks(links); added)
            summary.suggested = *added;
        else
            summary.errors << added.error();
    }
}

QList<Link> ImportPipeline::suggestionsFor(const QSet<qint64> &documents) const
{
    QSet<QString> newTargets;
    QSet<QString> newReported;
    for (qint64 id : documents) {
        for (const QString &m : m_ws.figureMetrics(Figure::Kind::Target, id))
            newTargets.insert(m);
        for (const QString &m : m_ws.figureMetrics(Figure::Kind::Reported, id))
            newReported.insert(m);
    }
    if (newTargets.isEmpty() && newReported.isEmpty())
        return {};
    // The reported figures whose suggestion can change: the new ones with every stored figure named the
    // same (identical figures fold into one suggestion, the first stored keeps it), and the stored ones
    // a new target is similar enough to suit. Then every target any of those could pair with.
    QSet<QString> reportedMetrics = newReported;
    if (!newTargets.isEmpty())
        reportedMetrics.unite(
            pairableMetrics(newTargets.values(), m_ws.figureMetrics(Figure::Kind::Reported)).reported);
    const QStringList reportedList = reportedMetrics.values();
    const QSet<QString> targetMetrics = pairableMetrics(m_ws.figureMetrics(Figure::Kind::Target), reportedList).targets;
    QList<Commitment> figures = m_ws.figuresForLinking(Figure::Kind::Target, targetMetrics.values());
    figures.append(m_ws.figuresForLinking(Figure::Kind::Reported, reportedList));
    // In the order of Workspace::commitments(), which decides between equally good targets.
    std::sort(figures.begin(), figures.end(), [](const Commitment &a, const Commitment &b) {
        return std::tie(a.documentId, a.anchor.start, a.id) < std::tie(b.documentId, b.anchor.start, b.id);
    });
    QHash<qint64, QString> regions;
    for (const DocumentSummary &d : m_ws.documents())
        regions.insert(d.id, d.meta.region);
    return newLinkSuggestions(figures, m_ws.linkedPairs(Link::Kind::Reports), regions);
}

ImportPipeline::Summary ImportPipeline::run(const QStringList &paths, const Hooks &hooks)
{
    Summary summary;
    const QStringList files = expand(paths);
    if (hooks.stage)
        hooks.stage(Stage::Files);
    for (const QString &file : files) {
        if (hooks.cancelled && hooks.cancelled()) {
            summary.cancelled = true;
            break;
        }
        summary.files.append(importOne(file, hooks));
        if (hooks.fileDone)
            hooks.fileDone(summary.files.last(), int(summary.files.size()), int(files.size()));
    }
    if (hooks.cancelled && hooks.cancelled())
        summary.cancelled = true; // during the last file, which `read` may have stopped
    // Grouping and suggesting see everything stored, so they run even after a cancel, when something
    // was stored (what was imported is then complete: grouped and linked like any other document).
    if (summary.stored())
        groupAndSuggest(summary, summary.cancelled ? Hooks {} : hooks);
    if (hooks.stage)
        hooks.stage(Stage::Done);
    return summary;
}

} // namespace plens
