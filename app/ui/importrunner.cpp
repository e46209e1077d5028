#include "ui/importrunner.h"

#include "store/workspace.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace plens::ui {

ImportRunner::ImportRunner(QObject *parent) : QObject(parent) { }

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

bool ImportRunner::start(const Workspace &ws, const QStringList &paths, const QHash<QString, QString> &passwords)
{
    const QStringList files = ImportPipeline::expand(paths);
    // The worker opens its own connection (one per thread) and drops it before it ends.
    const Workspace *main = &ws;
    auto loaded = std::make_shared<std::optional<ViewData>>();
    const bool started
        = start(int(files.size()), [this, main, files, passwords, loaded](const ImportPipeline::Hooks &given) {
              ImportPipeline::Summary summary;
              auto connection = main->openConnection();
              if (!connection) {
                  summary.errors << connection.error();
                  return summary;
              }
              // Each file reports its progress (text recognition, conversion) and stops on cancel().
              ImportPipeline::Hooks hooks = given;
              hooks.read = [this, passwords](const QString &path) {
                  ImportOptions options;
                  options.password = passwords.value(path);
                  options.progress = progressFor(path);
                  return importFile(path, options);
              };
              ImportPipeline pipeline(**connection);
              summary = pipeline.run(files, hooks);
              // What the views will show, read here rather than on the GUI thread.
              if (summary.stored())
                  *loaded = ViewData::load(**connection);
              return summary;
          });
    if (started)
        m_loaded = loaded;
    return started;
}

bool ImportRunner::start(int total, Job job)
{
    if (isRunning())
        return false;
    m_running = true;
    m_loaded.reset();
    m_view.reset();
    m_total = total;
    m_done = 0;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_summary = {};
    emit progress(0, m_total);
    // Reports come back to this object's thread as queued calls; the object outlives the worker (the
    // destructor waits), so `this` stays valid.
    ImportPipeline::Hooks hooks;
    hooks.cancelled = [cancelled = m_cancelled] {
        return cancelled->load();
    };
    hooks.fileDone = [this](const ImportPipeline::FileResult &r, int, int) {
        QMetaObject::invokeMethod(
            this,
            [this, r] {
                ++m_done;
                emit fileDone(r);
                emit progress(m_done, m_total);
            },
            Qt::QueuedConnection);
    };
    hooks.stage = [this](ImportPipeline::Stage s) {
        QMetaObject::invokeMethod(
            this, [this, s] { emit stageChanged(s); }, Qt::QueuedConnection);
    };
    m_future = QtConcurrent::run([this, job = std::move(job), hooks] {
        ImportPipeline::Summary summary = job(hooks);
        QMetaObject::invokeMethod(
            this,
            [this, summary] {
                m_summary = summary;
                m_view = m_loaded ? std::exchange(*m_loaded, std::nullopt) : std::nullopt;
                m_loaded.reset();
                m_running = false;
                emit finished(summary.cancelled);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ImportRunner::cancel()
{
    m_cancelled->store(true);
}

std::function<bool(const ImportProgress &)> ImportRunner::progressFor(const QString &path)
{
    QPointer<ImportRunner> self(this);
    auto cancelled = m_cancelled;
    auto last = std::make_shared<int>(-1);
    return [self, cancelled, last, path](const ImportProgress &p) {
        // Only changes are passed on, so a long recognition does not flood the GUI thread.
        // The runner outlives its runs (its destructor waits for them), so `self` is still there.
        if (ImportRunner *runner = self.data(); runner && p.percent != *last) {
            *last = p.percent;
            QMetaObject::invokeMethod(
                runner,
                [self, path, p] {
                    if (self)
                        emit self->fileProgress(path, p);
                },
                Qt::QueuedConnection);
        }
        return !cancelled->load();
    };
}

bool ImportRunner::isRunning() const
{
    return m_running;
}

void ImportRunner::wait()
{
    if (m_future.isValid())
        m_future.waitForFinished();
}

} // namespace plens::ui
