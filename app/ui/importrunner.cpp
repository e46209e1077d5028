#include "ui/importrunner.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentMap>

namespace plens::ui {

ImportRunner::ImportRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::resultReadyAt, this, [this](int index) {
        ++m_done;
        emit fileDone(m_watcher.resultAt(index));
        emit progress(m_done, m_total);
    });
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this,
            [this] { emit finished(m_watcher.isCanceled()); });
}

ImportRunner::~ImportRunner()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool ImportRunner::start(const QStringList &paths, Work work)
{
    if (isRunning())
        return false;
    m_total = int(paths.size());
    m_done = 0;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    emit progress(0, m_total);
    // One file at a time per pool thread; results arrive in completion order.
    m_watcher.setFuture(QtConcurrent::mapped(paths, std::move(work)));
    return true;
}

void ImportRunner::cancel()
{
    m_cancelled->store(true);
    m_watcher.cancel();
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
    return m_watcher.isRunning();
}

} // namespace plens::ui
