#include "cli/cliutil.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringConverter>

#include <cstdio>

namespace plens::cli {

namespace {
QTextStream &makeStream(FILE *f)
{
    auto *s = new QTextStream(f); // lives as long as the process; flushed in every use below
    s->setEncoding(QStringConverter::Utf8);
    return *s;
}
} // namespace

QTextStream &out()
{
    static QTextStream &s = makeStream(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream &s = makeStream(stderr);
    return s;
}

int usageError(const QString &message)
{
    err() << "policylens-cli: " << message << '\n'
          << QCoreApplication::translate("plens::cli", "Try 'policylens-cli --help' for more information.") << Qt::endl;
    return Usage;
}

int fail(const Error &error)
{
    err() << "policylens-cli: " << error.toString() << Qt::endl;
    return Failure;
}

void warn(const QString &file, const QStringList &warnings)
{
    for (const QString &w : warnings)
        err() << "policylens-cli: " << file << ": " << QCoreApplication::translate("plens::cli", "warning: %1").arg(w)
              << Qt::endl;
}

Result<std::unique_ptr<Workspace>> openExistingWorkspace(const QString &path)
{
    if (ServerAddress::isUrl(path))
        return Workspace::open(path); // the password: in the URL, PGPASSWORD or the pgpass file
    if (!QFileInfo::exists(path))
        return Error {path, QCoreApplication::translate("plens::cli", "no such workspace")};
    return Workspace::open(path);
}

QString workspaceHelp()
{
    return QCoreApplication::translate("plens::cli", "the workspace: a .plens file or postgresql://user@host/database");
}

} // namespace plens::cli
