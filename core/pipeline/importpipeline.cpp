#include "pipeline/importpipeline.h"

#include "extract/extract.h"
#include "extract/indicators.h"
#include "extract/linker.h"
#include "import/importer.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

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
    QHash<qint64, QString> regions;
    for (const DocumentSummary &d : m_ws.documents())
        regions.insert(d.id, d.meta.region);
    const QList<Link> links = newLinkSuggestions(m_ws.commitments(), m_ws.links(), regions);
    if (!links.isEmpty()) {
        if (auto added = m_ws.addLinks(links); added)
            summary.suggested = *added;
        else
            summary.errors << added.error();
    }
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
