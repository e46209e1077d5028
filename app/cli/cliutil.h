#pragma once

#include "model/result.h"

#include <memory>

#include <QStringList>
#include <QTextStream>

namespace plens::cli {

// Standard output and error as UTF-8 text streams (also on a Windows console).
QTextStream &out();
QTextStream &err();

// Exit codes of policylens-cli.
enum ExitCode : int { Success = 0, Failure = 1, Usage = 2 };

// Prints "policylens-cli: MESSAGE" and a hint to --help on standard error; returns Usage (2).
int usageError(const QString &message);
// Prints the error as one line "policylens-cli: FILE: reason"; returns Failure (1).
int fail(const Error &error);
// Prints what an import read leniently, one line each: "policylens-cli: FILE: warning: …".
void warn(const QString &file, const QStringList &warnings);

} // namespace plens::cli

namespace plens {
class Workspace;
}

namespace plens::cli {

// Opens a workspace that must exist (list, commitments and the exports read one; only import creates):
// a .plens file or a team workspace's postgresql:// URL.
Result<std::unique_ptr<Workspace>> openExistingWorkspace(const QString &path);
// The help of --workspace: a file or a team workspace's URL.
QString workspaceHelp();

} // namespace plens::cli
