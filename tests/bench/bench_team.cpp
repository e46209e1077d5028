// Benchmark: a team workspace on PostgreSQL over loopback (TLS when openssl made the server a key)
// against the same workspace as a .plens file: 1,000 documents and 100,000 annotations. For each of
// open + list, one document's annotations, a 3-character and a 2-character search: the file's time,
// the server's, and their ratio (aim: within 2x). Each figure is the median of 5 runs. Also prints
// how long publishing the file to the server took.
#include "benchworkspace.h"
#include "store/pgcluster.h"
#include "store/workspace.h"
#include "text/normalize.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace plens;
using namespace plens::test;

namespace {

template<typename F> double medianMs(F &&f, int runs = 5)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

class BenchTeam : public QObject
{
    Q_OBJECT
private slots:
    void serverBesideFile()
    {
        PgCluster server;
        if (!server.ok())
            QSKIP(qPrintable(server.reason()));
        QVERIFY(server.addUser(QStringLiteral("officer"), WorkspaceRole::Owner, QStringLiteral("pw-officer")));
        const QString db = server.createDatabase(QStringLiteral("bench"));
        const QString url = server.url(db, QStringLiteral("officer"), QStringLiteral("pw-officer"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bench.plens"));
        constexpr int docs = 1000;
        constexpr int perDoc = 100;
        QElapsedTimer t;
        t.start();
        {
            auto ws = Workspace::open(file);
            QVERIFY(ws.ok());
            fillBenchWorkspace(**ws, docs, perDoc);
        }
        const double buildS = double(t.elapsed()) / 1000;
        t.restart();
        {
            auto from = Workspace::open(file);
            auto to = Workspace::open(url);
            QVERIFY2(to.ok(), qPrintable(to.ok() ? QString() : to.error().toString()));
            QVERIFY((*from)->copyInto(**to).ok());
        }
        const double publishS = double(t.elapsed()) / 1000;
        QVERIFY(server.psql(db, QStringLiteral("VACUUM ANALYZE")));

        struct Row
        {
            const char *what;
            double file = 0, server = 0;
        };
        QList<Row> rows {{"open + list 1,000 documents"},
                         {"one document's 100 annotations"},
                         {"search, 3 characters (标杆企)"},
                         {"search, 2 characters (苏州)"}};
        qsizetype hits3 = 0, hits2 = 0;
        for (int side = 0; side < 2; ++side) {
            const QString where = side == 0 ? file : url;
            auto measure = [&](int i, double ms) {
                (side == 0 ? rows[i].file : rows[i].server) = ms;
            };
            measure(0, medianMs([&] {
                        auto ws = Workspace::open(where);
                        QVERIFY(ws.ok());
                        QCOMPARE((*ws)->documents().size(), docs);
                    }));
            auto ws = Workspace::open(where);
            QVERIFY(ws.ok());
            const qint64 middle = (*ws)->documents().at(docs / 2).id;
            measure(1, medianMs([&] { QCOMPARE((*ws)->annotations(middle).size(), perDoc); }));
            measure(2, medianMs([&] {
                        const auto h = (*ws)->search(QStringLiteral("标杆企"));
                        QVERIFY(h.ok() && !h->isEmpty());
                        hits3 = h->size();
                    }));
            measure(3, medianMs([&] {
                        const auto h = (*ws)->search(QStringLiteral("苏州"));
                        QVERIFY(h.ok() && !h->isEmpty());
                        hits2 = h->size();
                    }));
        }
        std::printf("team: %d documents, %d annotations; file built in %.1f s, published to the server in %.1f s\n",
                    docs, docs * perDoc, buildS, publishS);
        std::printf("team: %-34s %10s %12s %8s  (median of 5; server over loopback, sslmode=%s)\n", "", ".plens ms",
                    "server ms", "ratio", qPrintable(server.sslMode()));
        for (const Row &r : rows)
            std::printf("team: %-34s %10.2f %12.2f %7.2fx\n", r.what, r.file, r.server, r.server / r.file);
        std::printf(
            "team: search hits: 3 characters %lld, 2 characters %lld (each: documents up to 200 + notes up to 200)\n",
            qint64(hits3), qint64(hits2));
    }
};

int main(int argc, char *argv[])
{
    // Building 100,000 annotations takes longer than QtTest's five minutes per function on a busy machine.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    BenchTeam bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_team.moc"
