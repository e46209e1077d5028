// ImportRunner: files are worked off the calling thread, each reported once, errors kept per file,
// and cancel skips what has not started.
#include "ui/importrunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace plens;
using namespace plens::ui;

class TestImportRunner : public QObject
{
    Q_OBJECT
private slots:
    void reportsEveryFileOffThread()
    {
        ImportRunner runner;
        QSignalSpy files(&runner, &ImportRunner::fileDone);
        QSignalSpy finished(&runner, &ImportRunner::finished);
        QThread *gui = QThread::currentThread();
        std::atomic_int onGui = 0;
        const QStringList paths {QStringLiteral("a.txt"), QStringLiteral("坏 文件.pdf"), QStringLiteral("c.docx")};
        QVERIFY(runner.start(paths, [&](const QString &path) {
            if (QThread::currentThread() == gui)
                ++onGui;
            ImportOutcome o;
            o.path = path;
            if (path.contains(QStringLiteral("坏")))
                o.error = Error {path, QStringLiteral("truncated")};
            else
                o.document = Document {};
            return o;
        }));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(onGui.load(), 0);
        QCOMPARE(files.size(), 3);
        QStringList seen, failed;
        for (const auto &args : files) {
            const auto o = args.first().value<ImportOutcome>();
            seen << o.path;
            if (o.error)
                failed << o.error->toString();
        }
        seen.sort();
        QStringList expected = paths;
        expected.sort();
        QCOMPARE(seen, expected);
        QCOMPARE(failed, QStringList {QStringLiteral("坏 文件.pdf: truncated")});
        QCOMPARE(runner.done(), 3);
    }

    void cancelSkipsTheRest()
    {
        ImportRunner runner;
        QSignalSpy finished(&runner, &ImportRunner::finished);
        QStringList paths;
        for (int i = 0; i < 200; ++i)
            paths << QStringLiteral("f%1.txt").arg(i);
        std::atomic_int started = 0;
        QVERIFY(runner.start(paths, [&](const QString &path) {
            ++started;
            QThread::msleep(20);
            ImportOutcome o;
            o.path = path;
            return o;
        }));
        QVERIFY(!runner.start(paths, {})); // one run at a time
        QTest::qWait(50);
        runner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(started.load() < 200, qPrintable(QString::number(started.load())));
        QVERIFY(!runner.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestImportRunner)
#include "tst_importrunner.moc"
