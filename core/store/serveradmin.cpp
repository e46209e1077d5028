#include "store/serveradmin.h"

#include "store/dialect.h"
#include "store/sql_p.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace plens::serveradmin {

using namespace store;

namespace {

// One administrative connection, closed and removed when it goes out of scope.
class AdminConnection
{
public:
    explicit AdminConnection(const ServerAddress &a)
        : m_name(QStringLiteral("plens-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
          m_where(a.toUrl())
    {
        auto d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        d.setHostName(a.host);
        d.setPort(a.port);
        d.setDatabaseName(a.database);
        d.setUserName(a.user);
        d.setPassword(a.password);
        d.setConnectOptions(a.connectOptions());
        if (!d.open())
            m_error = Error {m_where, Workspace::tr("cannot connect: %1").arg(d.lastError().text().trimmed())};
        else
            QSqlQuery(d).exec(QStringLiteral("SET client_min_messages = error")); // no notices on the console
    }
    ~AdminConnection()
    {
        {
            auto d = QSqlDatabase::database(m_name, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    AdminConnection(const AdminConnection &) = delete;
    AdminConnection &operator=(const AdminConnection &) = delete;
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    [[nodiscard]] const QString &where() const { return m_where; }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }
    Status exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return sqlError(m_where, q.lastError());
        return Ok {};
    }
    Result<QString> value(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return sqlError(m_where, q.lastError());
        return q.next() ? q.value(0).toString() : QString();
    }

private:
    QString m_name;
    QString m_where;
    std::optional<Error> m_error;
};

QString quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(u'"', QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

QString literal(const QString &text)
{
    QString s = text;
    s.replace(u'\'', QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

// Role names made of the database name: letters, digits and '_' only.
QString defaultPrefix(const QString &database)
{
    QString p;
    for (QChar c : database.toLower())
        p += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
    return p.isEmpty() ? QStringLiteral("policylens") : p;
}

} // namespace

Result<int> schemaVersion(const ServerAddress &admin)
{
    AdminConnection c(admin);
    if (c.error())
        return *c.error();
    return Dialect(Backend::PostgreSQL).version(c.db(), c.where());
}

Status setup(const ServerAddress &admin, const QString &rolePrefix, int toVersion)
{
    AdminConnection c(admin);
    if (c.error())
        return *c.error();
    const Dialect dialect(Backend::PostgreSQL);
    const auto version = dialect.version(c.db(), c.where());
    if (!version)
        return version.error();
    if (*version > Dialect::schemaVersion())
        return Error {c.where(),
                      Workspace::tr("made by a newer PolicyLens (schema %1, this version knows up to %2)")
                          .arg(*version)
                          .arg(Dialect::schemaVersion())};
    toVersion = std::clamp(toVersion, 1, Dialect::schemaVersion());
    for (int v = *version; v < toVersion; ++v) {
        Transaction t(c.db(), c.where());
        if (auto st = t.status(); !st)
            return st;
        if (auto st = Dialect::runScript(c.db(), c.where(), dialect.step(v)); !st)
            return st;
        if (auto st = dialect.setVersion(c.db(), c.where(), v + 1); !st)
            return st;
        if (auto st = t.commit(); !st)
            return st;
    }
    if (toVersion < Dialect::schemaVersion())
        return Ok {}; // an older schema (tests of upgrades): the server objects belong to the newest
    auto kept = c.value(QStringLiteral("SELECT value FROM plens_meta WHERE key = 'role_prefix'"));
    if (!kept)
        return kept.error();
    const QString prefix = !kept->isEmpty() ? *kept
        : rolePrefix.isEmpty()              ? defaultPrefix(admin.database)
                                            : defaultPrefix(rolePrefix);
    Transaction t(c.db(), c.where());
    if (auto st = t.status(); !st)
        return st;
    for (const QString &sql : Dialect::serverObjects(prefix, admin.database)) {
        if (auto st = c.exec(sql); !st)
            return st;
    }
    return t.commit();
}

Status backup(const ServerAddress &admin, const QString &file)
{
    const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty())
        return Error {admin.toUrl(), Workspace::tr("pg_dump was not found (install PostgreSQL's client programs)")};
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!admin.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), admin.password);
    env.insert(QStringLiteral("PGSSLMODE"), admin.sslMode);
    p.setProcessEnvironment(env);
    p.start(pgDump,
            {QStringLiteral("--format=custom"), QStringLiteral("--file"), file, QStringLiteral("--host"), admin.host,
             QStringLiteral("--port"), QString::number(admin.port), QStringLiteral("--username"), admin.user,
             QStringLiteral("--no-password"), admin.database});
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error {
            file,
            Workspace::tr("the backup failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed())};
    return Ok {};
}

Status grant(const ServerAddress &admin, const QString &user, WorkspaceRole role, const QString &password)
{
    AdminConnection c(admin);
    if (c.error())
        return *c.error();
    auto prefix = c.value(QStringLiteral("SELECT value FROM plens_meta WHERE key = 'role_prefix'"));
    if (!prefix)
        return prefix.error();
    if (prefix->isEmpty())
        return Error {c.where(), Workspace::tr("the team workspace is not set up yet (run setup first)")};
    const QString pw = password.isEmpty() ? QString() : QStringLiteral(" PASSWORD %1").arg(literal(password));
    Transaction t(c.db(), c.where());
    if (auto st = t.status(); !st)
        return st;
    auto exists = c.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = %1").arg(literal(user)));
    if (!exists)
        return exists.error();
    const bool known = exists->toInt() > 0;
    if (!known) {
        if (auto st = c.exec(QStringLiteral("CREATE ROLE %1 LOGIN%2").arg(quoted(user), pw)); !st)
            return st;
    } else if (!pw.isEmpty()) {
        if (auto st = c.exec(QStringLiteral("ALTER ROLE %1%2").arg(quoted(user), pw)); !st)
            return st;
    }
    for (WorkspaceRole r : {WorkspaceRole::Reader, WorkspaceRole::Editor, WorkspaceRole::Owner}) {
        if (auto st
            = c.exec(QStringLiteral("REVOKE %1 FROM %2").arg(quoted(Dialect::roleName(*prefix, r)), quoted(user)));
            !st)
            return st;
    }
    if (auto st = c.exec(QStringLiteral("GRANT %1 TO %2").arg(quoted(Dialect::roleName(*prefix, role)), quoted(user)));
        !st)
        return st;
    return t.commit();
}

} // namespace plens::serveradmin
