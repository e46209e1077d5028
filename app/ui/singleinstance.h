#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace plens::ui {

// One PolicyLens window per user: a later start (a double-click on a PDF, Open With, a second launch)
// hands its files to the window already running and ends. Local sockets (named pipes on Windows).
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The channel of this user's PolicyLens (PLENS_INSTANCE_KEY overrides it, for tests).
    static QString defaultKey();
    // Hands `files` (absolute paths; may be empty: the running window comes forward) to the
    // PolicyLens listening on `key`; true when it took them.
    static bool handOver(const QString &key, const QStringList &files, int timeoutMs = 3000);
    // Becomes the running PolicyLens for `key`; false when another one listens there already.
    bool listen(const QString &key);

signals:
    // Files a later start handed over (possibly none: bring the window forward).
    void filesReceived(const QStringList &files);

private:
    QLocalServer *m_server = nullptr;
};

} // namespace plens::ui
