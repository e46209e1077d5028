#pragma once
// A throw-away PostgreSQL cluster for the tests: initdb in a temporary folder, started on a loopback
// port (with TLS and a self-signed certificate when openssl is installed, so the default
// sslmode=require is what the tests use), stopped and removed at the end. PostgreSQL refuses to run
// as root, so as root (CI) the cluster belongs to the unprivileged user "nobody" (runuser). The team
// workspace is set up by packaging/server/setup-team-workspace.sh, the script IT runs, once, as a
// template that every test's database is copied from.
//
// Tests skip (with the reason) when the PostgreSQL server programs or Qt's QPSQL driver are absent.

#include "store/serveradmin.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace plens::test {

class PgCluster
{
public:
    static constexpr const char *kAdminPassword = "admin-secret";
    static constexpr const char *kTemplate = "plens_base";

    PgCluster()
    {
        m_bin = findBinaries();
        if (m_bin.isEmpty()) {
            m_reason = QStringLiteral("the PostgreSQL server programs (initdb, pg_ctl) are not installed");
            return;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            m_reason = QStringLiteral("Qt's PostgreSQL driver (QPSQL, libqt6sql6-psql) is not installed");
            return;
        }
        if (!m_dir.isValid()) {
            m_reason = QStringLiteral("no temporary folder");
            return;
        }
        m_root = m_dir.path();
        m_asNobody = isRoot();
        if (!init())
            return;
        for (int i = 0; i < 40 && !m_running; ++i) {
            m_port = basePort() + i;
            m_running = start();
        }
        if (!m_running) {
            m_reason = QStringLiteral("the test server did not start: ") + log();
            return;
        }
        if (!setUpTemplate())
            return;
        m_ok = true;
    }

    ~PgCluster() { stop(); }
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString reason() const { return m_reason; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString socketDir() const { return m_root + QStringLiteral("/sock"); }
    [[nodiscard]] QString sslMode() const { return m_tls ? QStringLiteral("require") : QStringLiteral("disable"); }

    // The address of `database` for `user` over loopback TCP.
    [[nodiscard]] QString url(const QString &database, const QString &user, const QString &password) const
    {
        QUrl u;
        u.setScheme(QStringLiteral("postgresql"));
        u.setUserName(user);
        u.setPassword(password);
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_port);
        u.setPath(u'/' + database);
        if (!m_tls)
            u.setQuery(QStringLiteral("sslmode=disable"));
        return u.toString(QUrl::FullyEncoded);
    }
    [[nodiscard]] QString adminUrl(const QString &database) const
    {
        return url(database, QStringLiteral("postgres"), QString::fromLatin1(kAdminPassword));
    }
    [[nodiscard]] ServerAddress admin(const QString &database) const
    {
        return *ServerAddress::fromUrl(adminUrl(database));
    }

    // A new team workspace copied from the template (schema, roles and rights in place).
    QString createDatabase(const QString &name)
    {
        if (!psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name)))
            return {};
        if (!psql(QStringLiteral("postgres"),
                  QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE %2").arg(name, QLatin1String(kTemplate))))
            return {};
        return name;
    }

    // A login with a role in the workspaces of this cluster (roles belong to the cluster).
    bool addUser(const QString &user, WorkspaceRole role, const QString &password)
    {
        auto st = serveradmin::grant(admin(QString::fromLatin1(kTemplate)), user, role, password);
        if (!st)
            m_reason = st.error().toString();
        return st.ok();
    }

    // Runs SQL as the superuser through psql (on the cluster's socket).
    bool psql(const QString &database, const QString &sql, QString *output = nullptr) const
    {
        QProcess p;
        p.start(m_bin + QStringLiteral("/psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-tA"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDir(), QStringLiteral("-p"),
                 QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                 database, QStringLiteral("-c"), sql});
        p.waitForFinished(60000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (p.exitCode() != 0)
            qWarning("psql: %s", p.readAllStandardError().constData());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // Kills the server at once, as a power cut would (no shutdown checkpoint), and starts it again.
    bool crash() { return run(pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")})); }
    bool restart() { return start(); }
    bool stop()
    {
        if (!m_running)
            return true;
        m_running = false;
        return run(pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast")}));
    }

    [[nodiscard]] QString log() const
    {
        QFile f(m_root + QStringLiteral("/server.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(2000)) : QString();
    }

private:
    static bool isRoot()
    {
#ifdef Q_OS_UNIX
        return ::geteuid() == 0;
#else
        return false;
#endif
    }

    static int basePort()
    {
        const int p = qEnvironmentVariableIntValue("PLENS_TEST_PG_PORT");
        return p > 0 ? p : 55432;
    }

    static QString findBinaries()
    {
        QStringList candidates;
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions)
            candidates << lib.filePath(v + QStringLiteral("/bin"));
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        if (!onPath.isEmpty())
            candidates << QFileInfo(onPath).absolutePath();
        for (const QString &c : candidates) {
            if (QFileInfo::exists(c + QStringLiteral("/initdb")) && QFileInfo::exists(c + QStringLiteral("/pg_ctl"))
                && QFileInfo::exists(c + QStringLiteral("/psql")))
                return c;
        }
        return {};
    }

    // A command as the cluster's owner.
    QPair<QString, QStringList> as(const QString &program, const QStringList &args) const
    {
        if (!m_asNobody)
            return {program, args};
        return {QStringLiteral("runuser"),
                QStringList {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program} + args};
    }

    bool run(const QPair<QString, QStringList> &command, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_root);
        p.start(command.first, command.second);
        if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_reason = command.first + u' ' + command.second.join(u' ') + QStringLiteral(": ")
                + QString::fromLocal8Bit(p.readAll()).trimmed();
            return false;
        }
        return true;
    }

    QPair<QString, QStringList> pgCtl(const QStringList &args) const
    {
        return as(m_bin + QStringLiteral("/pg_ctl"),
                  QStringList {QStringLiteral("-D"), m_root + QStringLiteral("/data")} + args);
    }

    bool init()
    {
        QDir(m_root).mkpath(QStringLiteral("sock"));
        QFile pw(m_root + QStringLiteral("/pw"));
        if (!pw.open(QIODevice::WriteOnly))
            return false;
        pw.write(kAdminPassword);
        pw.close();
        if (m_asNobody && !run({QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody"), m_root}}))
            return false;
        if (!run(as(m_bin + QStringLiteral("/initdb"),
                    {QStringLiteral("-D"), m_root + QStringLiteral("/data"), QStringLiteral("-U"),
                     QStringLiteral("postgres"), QStringLiteral("--pwfile=") + m_root + QStringLiteral("/pw"),
                     QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                     QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                     QStringLiteral("--no-sync")})))
            return false;
        // TLS with a certificate made for this run, as the clients require it by default.
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (!openssl.isEmpty()) {
            const QString data = m_root + QStringLiteral("/data");
            m_tls = run(as(openssl,
                           {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"),
                            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-nodes"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
                            data + QStringLiteral("/server.key"), QStringLiteral("-out"),
                            data + QStringLiteral("/server.crt")}))
                && run(as(QStringLiteral("chmod"), {QStringLiteral("600"), data + QStringLiteral("/server.key")}));
        }
        return true;
    }

    bool start()
    {
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2"
                                               " -c fsync=off -c full_page_writes=off -c max_connections=80"
                                               " -c ssl=%3")
                                    .arg(m_port)
                                    .arg(socketDir(), m_tls ? QStringLiteral("on") : QStringLiteral("off"));
        return run(
            pgCtl({QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                   QStringLiteral("-l"), m_root + QStringLiteral("/server.log"), QStringLiteral("-o"), options}));
    }

    // The template workspace, made by the script IT runs.
    bool setUpTemplate()
    {
        const QString script = QStringLiteral(PLENS_SOURCE_DIR "/packaging/server/setup-team-workspace.sh");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_bin + u':' + env.value(QStringLiteral("PATH")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"),
                {script, QStringLiteral("--database"), QLatin1String(kTemplate), QStringLiteral("--host"), socketDir(),
                 QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--admin"),
                 QStringLiteral("postgres"), QStringLiteral("--cli"), QStringLiteral(PLENS_CLI_PATH)});
        p.waitForFinished(120000);
        m_setupOutput = QString::fromUtf8(p.readAll());
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_reason = QStringLiteral("setup-team-workspace.sh failed: ") + m_setupOutput;
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/plens-pg-XXXXXX")};
    QString m_root;
    QString m_bin;
    QString m_reason;
    QString m_setupOutput;
    int m_port = 0;
    bool m_asNobody = false;
    bool m_tls = false;
    bool m_running = false;
    bool m_ok = false;
};

} // namespace plens::test
