// ImportRunner: the import pipeline runs off the calling thread with its own connection to the
// workspace, each file is reported once, errors are kept per file, and cancel skips what has not
// started.
#include "import/ocrfixtures.h"
#include "ocr/ocr.h"
#include "store/workspace.h"
#include "ui/importrunner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
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
        QVERIFY(runner.start(int(paths.size()), [&](const ImportPipeline::Hooks &hooks) {
            if (QThread::currentThread() == gui)
                ++onGui;
            ImportPipeline::Summary summary;
            for (const QString &path : paths) {
                ImportPipeline::FileResult r;
                r.path = path;
                if (path.contains(QStringLiteral("坏")))
                    r.error = Error {path, QStringLiteral("truncated")};
                summary.files.append(r);
                hooks.fileDone(r, int(summary.files.size()), int(paths.size()));
            }
            return summary;
        }));
        QVERIFY(runner.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(onGui.load(), 0);
        QCOMPARE(files.size(), 3);
        QStringList seen, failed;
        for (const auto &args : files) {
            const auto r = args.first().value<ImportPipeline::FileResult>();
            seen << r.path;
            if (r.error)
                failed << r.error->toString();
        }
        QCOMPARE(seen, paths);
        QCOMPARE(failed, QStringList {QStringLiteral("坏 文件.pdf: truncated")});
        QCOMPARE(runner.done(), 3);
        QCOMPARE(runner.summary().failed(), 1);
        QVERIFY(!runner.isRunning());
    }

    void cancelSkipsTheRest()
    {
        ImportRunner runner;
        QSignalSpy finished(&runner, &ImportRunner::finished);
        std::atomic_int started = 0;
        QVERIFY(runner.start(200, [&](const ImportPipeline::Hooks &hooks) {
            ImportPipeline::Summary summary;
            for (int i = 0; i < 200; ++i) {
                if (hooks.cancelled()) {
                    summary.cancelled = true;
                    break;
                }
                ++started;
                QThread::msleep(20);
            }
            return summary;
        }));
        QVERIFY(!runner.start(1, {})); // one run at a time
        QTest::qWait(50);
        runner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(started.load() < 200, qPrintable(QString::number(started.load())));
        QVERIFY(!runner.isRunning());
    }

    // The real pipeline: the worker stores through its own connection while this thread's connection
    // stays usable; afterwards this connection reads what the worker wrote, grouped and linked.
    void storesThroughAWorkerConnection()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.plens")));
        QVERIFY(ws.ok());
        const QString plan = dir.filePath(QStringLiteral("计划.txt"));
        const QString brief = dir.filePath(QStringLiteral("简报.txt"));
        for (const auto &[path, text] :
             {std::pair {plan,
                         QStringLiteral("示例市数字经济行动计划\n2021年12月31日\n到2023年，全市建成5G基站超2万个。\n")},
              std::pair {
                  brief,
                  QStringLiteral("数字经济工作简报\n2022年9月8日\n截至2022年6月底，全市已建成5G基站1.2万个。\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        ImportRunner runner;
        QSignalSpy finished(&runner, &ImportRunner::finished);
        QSignalSpy stages(&runner, &ImportRunner::stageChanged);
        QVERIFY(runner.start(**ws, {plan, brief, dir.filePath(QStringLiteral("missing.txt"))}));
        QCOMPARE(runner.total(), 3);
        // This connection reads while the worker writes.
        QVERIFY((*ws)->check() == QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const ImportPipeline::Summary &s = runner.summary();
        QCOMPARE(s.files.size(), 3);
        QCOMPARE(s.failed(), 1);
        QCOMPARE(s.suggested, 1);
        QCOMPARE((*ws)->documents().size(), 2);
        QCOMPARE((*ws)->links().size(), 1);
        QVERIFY(!(*ws)->indicators().isEmpty());
        QVERIFY(stages.size() >= 3); // files, indicators, links, done
    }

    // A scanned page is recognised on the worker with its progress reported to this thread; Cancel
    // during the recognition stops that file (nothing stored, not reported as an error) and the rest.
    void recognitionReportsProgressAndStopsOnCancel()
    {
        if (!ocr::Engine::available())
            QSKIP("built without Tesseract");
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.plens")));
        QVERIFY(ws.ok());
        const QByteArray text = fixtures::textPdf({{QStringLiteral("\t示例县农村公路建设情况通报"),
                                                    QStringLiteral("今年新建农村公路120公里，完成年度任务的六成。")}});
        const QString scan = dir.filePath(QStringLiteral("扫描件.pdf"));
        const QString later = dir.filePath(QStringLiteral("后一个.txt"));
        for (const auto &[path, bytes] :
             {std::pair {scan, fixtures::mixedPdf({{{}, fixtures::scan(text, 0)}})},
              std::pair {later, QStringLiteral("示例县工作要点\n2023年新建公路100公里。\n").toUtf8()}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        ImportRunner runner;
        QSignalSpy finished(&runner, &ImportRunner::finished);
        QSignalSpy files(&runner, &ImportRunner::fileDone);
        QStringList progressed;
        connect(&runner, &ImportRunner::fileProgress, this, [&](const QString &path, const ImportProgress &p) {
            progressed << path;
            if (p.recognising)
                runner.cancel();
        });
        QVERIFY(runner.start(**ws, {scan, later}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.first(), scan);
        QVERIFY(runner.isCancelled());
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(files.size(), 1); // the second file was never started
        const auto r = files.first().first().value<ImportPipeline::FileResult>();
        QVERIFY(r.error.has_value());
        QCOMPARE(r.error->message, importCancelledMessage());
        QVERIFY((*ws)->documents().isEmpty());
    }
};

QTEST_MAIN(TestImportRunner)
#include "tst_importrunner.moc"
