// A process importing into a workspace is killed (SIGKILL on Unix, TerminateProcess on Windows) at
// random moments, 20 times in a row on the same file. Each time the workspace must open, pass
// PRAGMA integrity_check, and hold every document wholly (all 20 of its figures) or not at all.
#include "store/workspace.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedImportsLeaveAConsistentWorkspace()
    {
        const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/store_writer");
        QVERIFY2(QFileInfo::exists(writer) || QFileInfo::exists(writer + QStringLiteral(".exe")), qPrintable(writer));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("崩溃 测试.plens"));
        QRandomGenerator random(20261123); // fixed seed: the same kill moments on every run
        int lastCount = 0;
        int killedMidway = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess p;
            p.start(writer, {path, QStringLiteral("100000")});
            QVERIFY(p.waitForStarted());
            // Let it write for a while: at least one document most rounds, sometimes none.
            QTest::qWait(int(random.bounded(40, 400)));
            p.kill();
            QVERIFY(p.waitForFinished(10000));
            if (p.exitStatus() == QProcess::CrashExit)
                ++killedMidway;

            auto ws = Workspace::open(path);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QCOMPARE((*ws)->check(), QStringLiteral("ok"));
            const auto docs = (*ws)->documents();
            for (const DocumentSummary &d : docs) {
                QVERIFY2(d.figureCount == 20,
                         qPrintable(QStringLiteral("%1 has %2 figures").arg(d.fileName).arg(d.figureCount)));
                const auto doc = (*ws)->document(d.id);
                QVERIFY(doc.ok());
                QVERIFY(doc->displayText.contains(QStringLiteral("第20项工作")));
            }
            QVERIFY(docs.size() >= lastCount); // nothing committed is ever lost
            lastCount = int(docs.size());
        }
        QVERIFY2(killedMidway == 20, qPrintable(QString::number(killedMidway)));
        QVERIFY2(lastCount > 0, "the writer never got a document in");
        qInfo("%d documents after 20 kills", lastCount);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
