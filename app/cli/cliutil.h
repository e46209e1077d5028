#pragma once

#include "model/document.h"
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

// Imports a file for a command: while text is recognised on scanned pages, the progress is shown on
// standard error when it is a terminal; what the import could not read is printed there as
// "policylens-cli: FILE: warning: page 3 has no text layer" (warn()). Without `contentHash` the
// document's content hash is not computed (commands that only print or extract text).
Result<Document> importForCli(const QString &file, const QString &password = {}, bool contentHash = true);

} // namespace plens::cli

namespace plens {
class Workspace;
enum class SourceFormat;
} // namespace plens

namespace plens::cli {

// The name of a source format in output: text, html, pdf, docx, ofd, doc.
QString formatName(SourceFormat format);

// Opens a workspace that must exist (list, commitments and the exports read one; only import creates):
// a .plens file or a team workspace's postgresql:// URL.
Result<std::unique_ptr<Workspace>> openExistingWorkspace(const QString &path);
// The help of --workspace: a file or a team workspace's URL.
QString workspaceHelp();

} // namespace plens::cli
