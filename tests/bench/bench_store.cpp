// Benchmark: a workspace of 1,000 documents and 100,000 annotations. Prints the time to build it, to
// open it, to load one document's annotations, and a 3-character (FTS5 trigram) and a 2-character
// (instr() fallback) search. Aims: open < 1 s, loading < 20 ms, search < 100 ms.
// Reference in the same run: the sqlite3 shell counting the rows of the same file (when installed).
#include "store/workspace.h"
#include "text/normalize.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace plens;

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
        const QStringList regions {QStringLiteral("南京市"), QStringLiteral("苏州市"), QStringLiteral("无锡市"),
                                   QStringLiteral("常州市")};

        QElapsedTimer t;
        t.start();
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            // Distinct documents (as a duplicate detector sees them): sentences drawn from a vocabulary.
            const QStringList things {QStringLiteral("数字经济示范项目"), QStringLiteral("5G基站"),
                                      QStringLiteral("数据中心标准机架"), QStringLiteral("工业互联网标杆工厂"),
                                      QStringLiteral("智能制造示范车间"), QStringLiteral("上云企业"),
                                      QStringLiteral("软件企业"),         QStringLiteral("专精特新企业"),
                                      QStringLiteral("公共服务平台")};
            const QStringList verbs {QStringLiteral("建成"), QStringLiteral("培育"), QStringLiteral("新增"),
                                     QStringLiteral("认定"), QStringLiteral("打造")};
            QRandomGenerator random(7);
            for (int d = 0; d < docs; ++d) {
                QStringList lines;
                for (int p = 0; p < 40; ++p)
                    lines << QStringLiteral("%1、到%2年，%3%4%5%6个，带动投资%7亿元，培育标杆企业%8家。")
                                 .arg(p + 1)
                                 .arg(2023 + random.bounded(5))
                                 .arg(regions.at(random.bounded(4)))
                                 .arg(verbs.at(random.bounded(verbs.size())))
                                 .arg(things.at(random.bounded(things.size())))
                                 .arg(random.bounded(10, 5000))
                                 .arg(random.bounded(1, 300))
                                 .arg(random.bounded(1, 90));
                Document doc;
                doc.fileName = QStringLiteral("doc-%1.txt").arg(d);
                doc.meta.title = QStringLiteral("第%1号文件").arg(d);
                doc.displayText = lines.join(u'\n');
                doc.contentHash = contentHash(doc.displayText);
                auto added = (*ws)->addDocument(doc);
                QVERIFY(added.ok());
                QVERIFY2(added->outcome == AddResult::Outcome::Added,
                         qPrintable(QStringLiteral("doc %1 outcome %2 of %3")
                                        .arg(d)
                                        .arg(int(added->outcome))
                                        .arg(added->documentId)));
            }
            // 100,000 annotations written in one transaction per document's batch, as a bulk import would.
            const auto list = (*ws)->documents();
            for (const DocumentSummary &s : list) {
                const auto doc = (*ws)->document(s.id);
                for (int a = 0; a < perDoc; ++a) {
                    Annotation ann;
                    ann.documentId = s.id;
                    const qsizetype start = (a * 37) % (doc->displayText.size() - 20);
                    ann.anchor = Anchor::fromRange(doc->displayText, start, start + 12);
                    ann.note = QStringLiteral("批注%1：核对%2口径").arg(a).arg(regions.at(a % 4));
                    QVERIFY((*ws)->addAnnotation(ann).ok());
                }
            }
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
