// policylens-cli publish / export-workspace / server: team workspaces on a PostgreSQL server.
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "store/serveradmin.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plens::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plens::cli", text);
}

// Removes a workspace file that a failed export left half made (with its journal and lock).
void removeWorkspaceFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
}

} // namespace

int runPublish(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("the workspace file (.plens) to publish"),
                                       QStringLiteral("file"));
    const QCommandLineOption to(QStringLiteral("to"), tr("the team workspace (postgresql://user@host/database)"),
                                QStringLiteral("url"));
    parser.addOptions({workspace, to});
    if (!parser.parse(QStringList {QStringLiteral("publish")} + args))
        return usageError(parser.errorText());
    if (!parser.isSet(workspace) || !parser.isSet(to) || !parser.positionalArguments().isEmpty())
        return usageError(tr("publish needs --workspace FILE.plens and --to postgresql://user@host/database"));
    if (!ServerAddress::isUrl(parser.value(to)))
        return usageError(tr("--to must be a team workspace's address (postgresql://user@host/database)"));
    auto from = openExistingWorkspace(parser.value(workspace));
    if (!from)
        return fail(from.error());
    auto target = Workspace::open(parser.value(to));
    if (!target)
        return fail(target.error());
    if (auto st = (*from)->copyInto(**target); !st)
        return fail(st.error());
    const auto docs = (*target)->documents();
    out() << tr("published %1 document(s) to %2").arg(docs.size()).arg((*target)->path()) << Qt::endl;
    return Success;
}

int runExportWorkspace(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), workspaceHelp(), QStringLiteral("url"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("the new workspace file (.plens)"),
                                     QStringLiteral("file"));
    const QCommandLineOption document(QStringLiteral("document"), tr("only this document (repeatable)"),
                                      QStringLiteral("id"));
    parser.addOptions({workspace, outFile, document});
    if (!parser.parse(QStringList {QStringLiteral("export-workspace")} + args))
        return usageError(parser.errorText());
    if (!parser.isSet(workspace) || !parser.isSet(outFile) || !parser.positionalArguments().isEmpty())
        return usageError(
            tr("export-workspace needs --workspace postgresql://user@host/database and --out FILE.plens"));
    Workspace::CopyFilter filter;
    for (const QString &id : parser.values(document)) {
        bool ok = false;
        filter.documentIds.append(id.toLongLong(&ok));
        if (!ok)
            return usageError(tr("--document takes a document id (see policylens-cli list)"));
    }
    const QString path = parser.value(outFile);
    if (QFileInfo::exists(path))
        return fail(Error {path, tr("exists already (export-workspace writes a new file)")});
    auto from = openExistingWorkspace(parser.value(workspace));
    if (!from)
        return fail(from.error());
    auto target = Workspace::open(path);
    if (!target)
        return fail(target.error());
    if (auto st = (*from)->copyInto(**target, filter); !st) {
        target = Error {};
        removeWorkspaceFile(QFileInfo(path).absoluteFilePath());
        return fail(st.error());
    }
    out() << tr("exported %1 document(s) to %2").arg((*target)->documents().size()).arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int runServer(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), tr("the team workspace, as its administrator (postgresql://admin@host/database)"),
        QStringLiteral("url"));
    const QCommandLineOption backupFile(QStringLiteral("backup"), tr("upgrade: the backup written first (pg_dump)"),
                                        QStringLiteral("file"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("backup: the file to write (pg_dump)"),
                                     QStringLiteral("file"));
    const QCommandLineOption prefix(QStringLiteral("role-prefix"),
                                    tr("setup: the names of the roles (default: the database's name)"),
                                    QStringLiteral("prefix"));
    const QCommandLineOption user(QStringLiteral("user"), tr("grant: the officer's login"), QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"), tr("grant: reader, editor or owner"), QStringLiteral("role"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
                                         tr("grant: the environment variable holding a new login's password"),
                                         QStringLiteral("var"));
    parser.addOptions({workspace, backupFile, outFile, prefix, user, role, passwordEnv});
    if (!parser.parse(QStringList {QStringLiteral("server")} + args))
        return usageError(parser.errorText());
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1 || !parser.isSet(workspace))
        return usageError(tr("server needs one of setup, upgrade, version, grant, backup and --workspace URL"));
    auto address = ServerAddress::fromUrl(parser.value(workspace));
    if (!address)
        return fail(address.error());
    const QString what = words.first();
    if (what == QLatin1String("version")) {
        auto v = serveradmin::schemaVersion(*address);
        if (!v)
            return fail(v.error());
        out() << *v << Qt::endl;
        return Success;
    }
    if (what == QLatin1String("setup") || what == QLatin1String("upgrade")) {
        auto v = serveradmin::schemaVersion(*address);
        if (!v)
            return fail(v.error());
        if (*v > 0 && *v < Workspace::schemaVersion()) {
            if (!parser.isSet(backupFile))
                return usageError(tr("the team workspace has schema %1: upgrading it needs --backup FILE (written with "
                                     "pg_dump first)")
                                      .arg(*v));
            if (auto st = serveradmin::backup(*address, parser.value(backupFile)); !st)
                return fail(st.error());
            out() << tr("backup written to %1").arg(QDir::toNativeSeparators(parser.value(backupFile))) << Qt::endl;
        }
        if (auto st = serveradmin::setup(*address, parser.value(prefix)); !st)
            return fail(st.error());
        out() << tr("team workspace %1 is at schema %2").arg(address->toUrl()).arg(Workspace::schemaVersion())
              << Qt::endl;
        return Success;
    }
    if (what == QLatin1String("backup")) {
        if (!parser.isSet(outFile))
            return usageError(tr("server backup needs --out FILE"));
        if (auto st = serveradmin::backup(*address, parser.value(outFile)); !st)
            return fail(st.error());
        out() << tr("backup written to %1").arg(QDir::toNativeSeparators(parser.value(outFile))) << Qt::endl;
        return Success;
    }
    if (what == QLatin1String("grant")) {
        const QString r = parser.value(role);
        const WorkspaceRole which = r == QLatin1String("owner") ? WorkspaceRole::Owner
            : r == QLatin1String("editor")                      ? WorkspaceRole::Editor
                                                                : WorkspaceRole::Reader;
        if (!parser.isSet(user)
            || (r != QLatin1String("owner") && r != QLatin1String("editor") && r != QLatin1String("reader")))
            return usageError(tr("server grant needs --user NAME and --role reader|editor|owner"));
        const QString password
            = parser.isSet(passwordEnv) ? qEnvironmentVariable(qPrintable(parser.value(passwordEnv))) : QString();
        if (auto st = serveradmin::grant(*address, parser.value(user), which, password); !st)
            return fail(st.error());
        out() << tr("%1 is now %2 of %3").arg(parser.value(user), r, address->database) << Qt::endl;
        return Success;
    }
    return usageError(tr("unknown server command '%1' (setup, upgrade, version, grant, backup)").arg(what));
}

} // namespace plens::cli
