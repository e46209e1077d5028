#pragma once

#include "import/importer.h"
#include "pipeline/importpipeline.h"
#include "ui/viewdata.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace plens {
class Workspace;
}

namespace plens::ui {

// Runs the import pipeline (core/pipeline: read, extract, store, group, suggest) on a worker thread
// with its own connection to the workspace, so the window never waits for a file, the store or the
// link suggestions; progress per file, the stage, and cancel (files already started finish). The
// window reads what was stored when `finished` comes (Workspace::announceChanges()).
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    // The work of one run, on the worker thread, reporting through `hooks`.
    using Job = std::function<ImportPipeline::Summary(const ImportPipeline::Hooks &hooks)>;

    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override; // cancels and waits for the worker

    // Imports `paths` (files and folders) into `ws` through a connection of the worker thread; false if
    // a run is already going. `passwords` by path, for encrypted PDFs. Each file is read with
    // progressFor(path).
    bool start(const Workspace &ws, const QStringList &paths, const QHash<QString, QString> &passwords = {});
    // Runs any job the same way (tests, other pipelines); `total` is the number of files it reports.
    bool start(int total, Job job);
    // Files not started are skipped; a file being imported stops where its import asks progressFor()
    // (text recognition does, page by page) and ends with importCancelledMessage().
    void cancel();
    [[nodiscard]] bool isCancelled() const { return m_cancelled->load(); }
    // For the work: an ImportOptions::progress that reports the file's progress (fileProgress,
    // delivered on this object's thread) and stops the import once cancel() was called.
    [[nodiscard]] std::function<bool(const ImportProgress &)> progressFor(const QString &path);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int done() const { return m_done; }
    // What the last run did (complete once `finished` came).
    [[nodiscard]] const ImportPipeline::Summary &summary() const { return m_summary; }
    // What the views show after the last run, read by the worker through its connection (once).
    std::optional<ViewData> takeViewData() { return std::exchange(m_view, std::nullopt); }
    // Waits for the worker (tests, closing the window).
    void wait();

signals:
    void progress(int done, int total);
    void fileProgress(const QString &path, const plens::ImportProgress &progress);
    void fileDone(const plens::ImportPipeline::FileResult &result);
    void stageChanged(plens::ImportPipeline::Stage stage);
    void finished(bool cancelled);

private:
    QFuture<void> m_future;
    bool m_running = false;
    int m_total = 0;
    int m_done = 0;
    ImportPipeline::Summary m_summary;
    std::optional<ViewData> m_view;
    std::shared_ptr<std::optional<ViewData>> m_loaded; // written by the worker, taken on finishing
    // Shared with the progress callbacks, which may outlive a run by a moment.
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace plens::ui

Q_DECLARE_METATYPE(plens::ImportPipeline::FileResult)
Q_DECLARE_METATYPE(plens::ImportPipeline::Stage)
