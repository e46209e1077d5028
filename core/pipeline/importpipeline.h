#pragma once

#include "model/document.h"
#include "model/result.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace plens {

// The import use case, one for the window (run on a worker thread, through a connection of that
// thread) and the command line: each file is read, its figures are extracted and stored with it; then
// the figures not yet grouped join indicators, and links are suggested among everything stored (pairs
// the user accepted or rejected are never suggested again). Errors are kept per file; one bad file
// never stops the others.
class ImportPipeline
{
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)
public:
    struct FileResult
    {
        QString path;
        std::optional<AddResult> added; // what storing did (added, duplicate, revised)
        int figures = 0; // figures extracted
        SourceFormat format = SourceFormat::Text; // of the file read
        QStringList warnings; // what was read with a doubt (Document::warnings)
        std::optional<Error> error; // the file was not imported
    };
    enum class Stage { Files, Indicators, Links, Done };
    struct Summary
    {
        QList<FileResult> files;
        int grouped = 0; // figures that joined an indicator
        int suggested = 0; // new link suggestions
        QList<Error> errors; // of grouping and suggesting
        bool cancelled = false;
        [[nodiscard]] int failed() const; // files with an error
        [[nodiscard]] bool stored() const; // something was added or revised
    };
    // Called on the pipeline's thread. `cancelled` is asked between files and between steps (a file
    // being read finishes first, unless `read` stops it); `fileDone` after each file; `stage` when a
    // step begins. `read` reads one file; unset, importFile with the file's password from the
    // constructor. The window's reads report OCR progress and stop on Cancel (ImportOptions::progress),
    // the command line's print them (importForCli).
    struct Hooks
    {
        std::function<Result<Document>(const QString &path)> read;
        std::function<bool()> cancelled;
        std::function<void(const FileResult &result, int done, int total)> fileDone;
        std::function<void(Stage stage)> stage;
    };

    // Files and folders as a user gives them: a folder stands for the documents in it (not its
    // subfolders); anything else is taken as it is, so an unsupported file gets its own error.
    static QStringList expand(const QStringList &paths);
    // The file name patterns of the documents PolicyLens imports (*.pdf *.docx ...).
    static QStringList documentPatterns();

    // Runs on `ws` (a connection of the calling thread). `passwords` by path, for encrypted PDFs.
    explicit ImportPipeline(Workspace &ws, QHash<QString, QString> passwords = {});
    Summary run(const QStringList &paths, const Hooks &hooks = {});

    // The steps alone: one file (read, extract, store); grouping and suggesting.
    FileResult importOne(const QString &path, const Hooks &hooks = {});
    void groupAndSuggest(Summary &summary, const Hooks &hooks = {});

private:
    // The new link suggestions the figures of `documents` (just stored) make possible: the same as
    // newLinkSuggestions() over the whole workspace for every pair they can take part in, from only the
    // stored figures similar to theirs, so that a small import into a workspace of 100,000 figures
    // stays quick (issue 19). Pairs among older figures alone are not looked at again: they were when
    // those figures were imported.
    [[nodiscard]] QList<Link> suggestionsFor(const QSet<qint64> &documents) const;

    Workspace &m_ws;
    QHash<QString, QString> m_passwords;
};

} // namespace plens
