// Benchmark: a workspace of 1,000 documents and 100,000 annotations. Prints the time to build it, to
// open it, to load one document's annotations, and a 3-character (FTS5 trigram) and a 2-character
// (instr() fallback) search. Aims: open < 1 s, loading < 20 ms, search < 100 ms.
// Reference in the same run: the sqlite3 shell counting the rows of the same file (when installed).
#include "benchworkspace.h"
#include "store/workspace.h"
#include "text/normalize.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace plens;
using namespace plens::test;

class BenchStore : public QObject
{
    Q_OBJECT
private slots:
    void thousandDocuments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.plens"));
        constexpr int docs = 1000;
        constexpr int perDoc = 100;

        QElapsedTimer t;
        t.start();
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            fillBenchWorkspace(**ws, docs, perDoc);
        }
        const double buildS = double(t.nsecsElapsed()) / 1e9;

        t.restart();
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        const auto list = (*ws)->documents();
        const double openMs = double(t.nsecsElapsed()) / 1e6;
        QCOMPARE(list.size(), docs);

        t.restart();
        const auto annotations = (*ws)->annotations(list.at(docs / 2).id);
        const double loadMs = double(t.nsecsElapsed()) / 1e6;
        QCOMPARE(annotations.size(), perDoc);

        t.restart();
        const auto three = (*ws)->search(QStringLiteral("标杆企"));
        const double threeMs = double(t.nsecsElapsed()) / 1e6;
        QVERIFY(three.ok() && !three->isEmpty());

        t.restart();
        const auto two = (*ws)->search(QStringLiteral("苏州"));
        const double twoMs = double(t.nsecsElapsed()) / 1e6;
        QVERIFY(two.ok() && !two->isEmpty());

        double refMs = -1;
        if (!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
            QElapsedTimer r;
            r.start();
            QProcess::execute(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM annotations;")});
            refMs = double(r.nsecsElapsed()) / 1e6;
        }
        std::printf("store: built %d documents and %d annotations in %.1f s (%.1f MB)\n", docs, docs * perDoc, buildS,
                    double(QFileInfo(path).size()) / 1e6);
        std::printf("store: open + list %.1f ms (aim < 1000), one document's %lld annotations %.2f ms (aim < 20)\n",
                    openMs, qint64(annotations.size()), loadMs);
        std::printf("store: search 3 characters %.1f ms, %lld hits; 2 characters %.1f ms, %lld hits (aim < 100)\n",
                    threeMs, qint64(three->size()), twoMs, qint64(two->size()));
        if (refMs >= 0)
            std::printf("store: reference sqlite3 shell counting the annotations: %.1f ms (process)\n", refMs);
    }
};

QTEST_GUILESS_MAIN(BenchStore)
#include "bench_store.moc"
