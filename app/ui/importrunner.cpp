#include "ui/importrunner.h"

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
    m_cancel = false;
    emit progress(0, m_total);
    // One file at a time per pool thread; results arrive in completion order.
    m_watcher.setFuture(QtConcurrent::mapped(paths, std::move(work)));
    return true;
}

void ImportRunner::cancel()
{
    m_cancel = true;
    m_watcher.cancel();
}

bool ImportRunner::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace plens::ui
