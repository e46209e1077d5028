#pragma once

#include "model/result.h"
#include "store/workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace plens::ui {

// File > Recover Workspace: copies what is readable of a damaged workspace into a new one (see
// Workspace::recover), off the GUI thread with a progress dialog that can cancel. Offered too when a
// workspace that opens turns out damaged (it is then open read-only). The window opens the new
// workspace when recovered() is emitted.
class RecoveryActions : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryActions(QWidget *window);
    ~RecoveryActions() override; // cancels a running recovery and waits for it

    void addToMenu(QMenu *menu);
    [[nodiscard]] QAction *recoverAction() const { return m_action; }
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }

    // Asks which workspace to recover (`current` when given: the open one, damaged) and where to, then
    // runs.
    void chooseAndRecover(const QString &current);
    // For a workspace that opened damaged: says so and offers to recover it now.
    void offer(const Workspace &ws);
    // Recovers `from` into `to` (which must not exist).
    void recover(const QString &from, const QString &to);

signals:
    void recovered(const QString &path, const plens::RecoveryReport &report);

private:
    void finish();

    QWidget *m_window;
    QAction *m_action = nullptr;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<Result<RecoveryReport>> m_watcher;
    std::atomic<bool> m_cancel {false};
    std::atomic<int> m_permille {0};
    QString m_target;
};

} // namespace plens::ui
