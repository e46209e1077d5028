#include "ui/recoveryactions.h"

#include "ui/dialogs.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace plens::ui {

RecoveryActions::RecoveryActions(QWidget *window) : QObject(window), m_window(window)
{
    m_action = new QAction(tr("&Recover Workspace..."), this);
    m_action->setObjectName(QStringLiteral("actionRecoverWorkspace"));
    m_action->setStatusTip(tr("Copy what is readable of a damaged workspace into a new one"));
    connect(&m_watcher, &QFutureWatcher<Result<RecoveryReport>>::finished, this, &RecoveryActions::finish);
}

RecoveryActions::~RecoveryActions()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void RecoveryActions::addToMenu(QMenu *menu)
{
    menu->addAction(m_action);
}

void RecoveryActions::chooseAndRecover(const QString &current)
{
    const QString from = !current.isEmpty()
        ? current
        : Dialogs::openFileName(m_window, tr("Recover Workspace"), tr("PolicyLens workspaces (*.plens)"));
    if (from.isEmpty())
        return;
    const QFileInfo info(from);
    QString to
        = Dialogs::saveFileName(m_window, tr("Save the Recovered Workspace As"), tr("PolicyLens workspaces (*.plens)"));
    if (to.isEmpty())
        return;
    if (!to.endsWith(QLatin1String(".plens"), Qt::CaseInsensitive))
        to += QLatin1String(".plens");
    recover(info.absoluteFilePath(), to);
}

void RecoveryActions::offer(const Workspace &ws)
{
    if (ws.damage().isEmpty())
        return;
    const QString question
        = tr("%1 is damaged, so it is open for reading only: nothing can be saved into it.\n\nRecover what is "
             "readable into a new workspace now?")
              .arg(QDir::toNativeSeparators(ws.path()));
    if (!Dialogs::question(m_window, tr("Damaged Workspace"), question))
        return;
    QString to
        = Dialogs::saveFileName(m_window, tr("Save the Recovered Workspace As"), tr("PolicyLens workspaces (*.plens)"));
    if (to.isEmpty())
        return;
    if (!to.endsWith(QLatin1String(".plens"), Qt::CaseInsensitive))
        to += QLatin1String(".plens");
    recover(ws.path(), to);
}

void RecoveryActions::recover(const QString &from, const QString &to)
{
    if (m_watcher.isRunning())
        return;
    m_target = to;
    m_cancel = false;
    m_permille = 0;
    m_action->setEnabled(false);
    m_progress
        = new QProgressDialog(tr("Recovering %1...").arg(QFileInfo(from).fileName()), tr("Cancel"), 0, 1000, m_window);
    m_progress->setObjectName(QStringLiteral("recoveryProgressDialog"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    auto *poll = new QTimer(m_progress);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            m_progress->setValue(m_permille);
    });
    poll->start(100);
    m_watcher.setFuture(QtConcurrent::run([this, from, to] {
        return Workspace::recover(from, to, [this](double share) {
            m_permille = int(share * 1000);
            return !m_cancel.load();
        });
    }));
}

void RecoveryActions::finish()
{
    if (m_progress)
        m_progress->deleteLater();
    m_action->setEnabled(true);
    const Result<RecoveryReport> result = m_watcher.result();
    if (!result) {
        if (!m_cancel)
            Dialogs::critical(m_window, tr("Cannot recover the workspace"), result.error().toString());
        return;
    }
    Dialogs::information(m_window, tr("Workspace Recovered"),
                         QDir::toNativeSeparators(m_target) + QStringLiteral("\n\n") + result->summary());
    emit recovered(m_target, *result);
}

} // namespace plens::ui
