#include "ui/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace plens::ui {

SingleInstance::SingleInstance(QObject *parent) : QObject(parent) { }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    const QString key = qEnvironmentVariable("PLENS_INSTANCE_KEY");
    if (!key.isEmpty())
        return key;
    // Per user: the home folder names the account on every system.
    const QByteArray home = QDir::homePath().toUtf8();
    return QStringLiteral("policylens-")
        + QString::fromLatin1(QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::handOver(const QString &key, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running window answers once it has the files.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(const QString &key)
{
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(key)) {
        // A socket left by a PolicyLens that ended without closing it: nobody answers there.
        if (m_server->serverError() != QAbstractSocket::AddressInUseError || handOver(key, {}, 500))
            return false;
        QLocalServer::removeServer(key);
        if (!m_server->listen(key))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine());
                QStringList files;
                for (const QJsonValue &v : doc.array())
                    files.append(v.toString());
                socket->write("ok\n");
                socket->flush();
                emit filesReceived(files);
            });
        }
    });
    return true;
}

} // namespace plens::ui
