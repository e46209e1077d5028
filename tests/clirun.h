#pragma once
// Runs the built policylens-cli (PLENS_CLI_PATH, set by plens_add_test) and keeps what it printed.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace plens::test {

struct Run
{
    int code = -1; // -1: it did not finish in time
    QString out;
    QString err;
};

inline Run cli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(PLENS_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace plens::test
