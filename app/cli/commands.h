#pragma once

#include <QStringList>

#include <span>

namespace plens::cli {

// One subcommand of policylens-cli. `run` gets the arguments after the subcommand's name and
// returns the process exit code (see ExitCode in cliutil.h).
struct Command
{
    const char *name;
    const char *synopsis; // e.g. "extract FILE... [--format jsonl|csv]"
    const char *summary; // translated with context "plens::cli" (mark with QT_TRANSLATE_NOOP)
    int (*run)(const QStringList &args);
};

// Every subcommand, in the order --help lists them.
std::span<const Command> commands();

int runText(const QStringList &args);
int runInfo(const QStringList &args);
int runList(const QStringList &args);
int runImport(const QStringList &args);
int runLinks(const QStringList &args);
int runExtract(const QStringList &args);
int runCommitments(const QStringList &args);
int runExportPdf(const QStringList &args);
int runPack(const QStringList &args);
int runExportTable(const QStringList &args);
int runChart(const QStringList &args);
int runRecover(const QStringList &args);
int runRender(const QStringList &args);
int runPaths(const QStringList &args);
int runCascade(const QStringList &args);
int runRadar(const QStringList &args);
int runDiff(const QStringList &args);
int runPublish(const QStringList &args);
int runExportWorkspace(const QStringList &args);
int runServer(const QStringList &args);

} // namespace plens::cli
