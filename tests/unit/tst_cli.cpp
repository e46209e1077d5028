// policylens-cli as a user runs it: version, help, and exit code 2 with a usage message on bad arguments.
#include "version.h"

#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void help();
    void badArguments_data();
    void badArguments();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(PLENS_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timed out")};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
};

void TestCli::version()
{
    const auto r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("policylens-cli " PLENS_VERSION));
}

void TestCli::help()
{
    const auto r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("policylens-cli")));
    QVERIFY(r.out.contains(QStringLiteral("--version")));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("none") << QStringList {};
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--no-such-option")};
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    const auto r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith(QStringLiteral("policylens-cli: ")));
    QVERIFY(r.err.contains(QStringLiteral("--help")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
