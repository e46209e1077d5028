// Team workspaces and their data: publish a file then export it back (nothing lost, filtered exports),
// the server killed in the middle of imports (a consistent database afterwards), and 20 officers'
// clients making 500 edits each at the same time (every edit present exactly once, no lost update of
// a figure they all change). On a throw-away PostgreSQL server; skipped with the reason without one.
#include "pgcluster.h"
#include "store/workspace.h"
#include "storefixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::test;

namespace {

// Every row of every table of a workspace file, as text, in a stable order.
QStringList dumpFile(const QString &path)
{
    QStringList out;
    const QString name = QStringLiteral("dump-") + path;
    {
        auto d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        if (!d.open())
            return {QStringLiteral("cannot open ") + path};
        for (const char *table : {"documents", "commitments", "annotations", "tags", "annotation_tags",
                                  "commitment_tags", "indicators", "links"}) {
            QSqlQuery q(d);
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)))) {
                out << q.lastError().text();
                continue;
            }
            while (q.next()) {
                QStringList row;
                const QSqlRecord r = q.record();
                for (int i = 0; i < r.count(); ++i) {
                    const QVariant v = q.value(i);
                    const QString value = v.isNull()          ? QStringLiteral("NULL")
                        : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                              : v.toString();
                    row << r.fieldName(i) + u'=' + value;
                }
                out << QLatin1String(table) + u':' + row.join(u'|');
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

int runCli(const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(PLENS_CLI_PATH), args);
    if (!p.waitForFinished(300000))
        return -1;
    const QString all = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (output)
        *output = all;
    if (p.exitCode() != 0)
        qWarning("policylens-cli %s: %s", qPrintable(args.join(u' ')), qPrintable(all));
    return p.exitCode();
}

} // namespace

class TestTeamData : public QObject
{
    Q_OBJECT
private:
    PgCluster server;
    QTemporaryDir dir;

    QString url(const QString &db, const QString &user) const
    {
        return server.url(db, user, QStringLiteral("pw-") + user);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!server.ok())
            QSKIP(qPrintable(server.reason()));
        QVERIFY(server.addUser(QStringLiteral("zhang"), WorkspaceRole::Owner, QStringLiteral("pw-zhang")));
        QVERIFY(server.addUser(QStringLiteral("wang"), WorkspaceRole::Editor, QStringLiteral("pw-wang")));
    }

    void publishThenExportLosesNothing()
    {
        const QString file = dir.filePath(QStringLiteral("科室 工作区.plens"));
        qint64 firstDoc = 0;
        {
            auto ws = Workspace::open(file);
            QVERIFY(ws.ok());
            (*ws)->setAuthor(QStringLiteral("王科长"));
            const QString a = planText(5);
            Document pdf = makeDocument(QStringLiteral("计划.pdf"), a);
            pdf.format = SourceFormat::Pdf;
            static const char pdfBytes[] = "%PDF-1.7\n\x00\x01\x02\xff binary";
            pdf.originalBytes = QByteArray(pdfBytes, sizeof pdfBytes - 1);
            for (qsizetype i = 0; i < a.size(); ++i)
                pdf.charBoxes.append(CharBox {int(i / 50), QRectF(0.1 + (i % 50) * 0.015, 0.3, 0.014, 0.02)});
            pdf.pageSizes = {QSizeF(595.3, 841.9), QSizeF(595.3, 841.9), QSizeF(595.3, 841.9)};
            const auto d1 = (*ws)->addDocument(
                pdf,
                {makeFigure(a, QStringLiteral("建成10个示范项目"), Figure::Kind::Target, 10,
                            QStringLiteral("示范项目")),
                 makeFigure(a, QStringLiteral("带动投资6亿元"), Figure::Kind::Target, 6e8, QStringLiteral("投资"))});
            const QString b = planText(3, QStringLiteral("（简报）"));
            const auto d2 = (*ws)->addDocument(makeDocument(QStringLiteral("简报.txt"), b),
                                               {makeFigure(b, QStringLiteral("建成11个示范项目"),
                                                           Figure::Kind::Reported, 11, QStringLiteral("示范项目"))});
            QVERIFY(d1.ok() && d2.ok());
            firstDoc = d1->documentId;
            Tag parent {0, 0, QStringLiteral("基础设施"), QColor(Qt::blue)};
            parent.id = *(*ws)->addTag(parent);
            const qint64 child = *(*ws)->addTag(Tag {0, parent.id, QStringLiteral("需督办"), QColor(200, 10, 10, 128)});
            const qint64 later = *(*ws)->addTag(Tag {0, 0, QStringLiteral("后加的"), QColor()});
            parent.parentId = later; // a parent with a higher id than its child
            QVERIFY((*ws)->updateTag(parent).ok());
            const qint64 ind = *(*ws)->addIndicator(
                Indicator {0, QStringLiteral("示范项目"), {QStringLiteral("示范工程")}, QStringLiteral("个")});
            Commitment target = (*ws)->commitments(d1->documentId).first();
            target.figure.value = 12;
            target.userCorrected = true;
            target.status = TargetStatus::AtRisk;
            target.statusNote = QStringLiteral("进度滞后");
            target.statusAuthor = QStringLiteral("王科长");
            target.statusChanged = QDateTime(QDate(2022, 7, 1), QTime(9, 30, 15, 250), Qt::UTC);
            target.indicatorId = ind;
            QVERIFY((*ws)->updateCommitment(target).ok());
            const Commitment reported = (*ws)->commitments(d2->documentId).first();
            QVERIFY((*ws)
                        ->addLink(Link {0, Link::Kind::Reports, reported.id, target.id, 0.8125, Link::State::Accepted})
                        .ok());
            const Commitment other = (*ws)->commitments(d1->documentId).at(1);
            QVERIFY(
                (*ws)->addLink(Link {0, Link::Kind::Reports, reported.id, other.id, 0.1, Link::State::Rejected}).ok());
            QVERIFY((*ws)->setCommitmentTags(target.id, {child}).ok());
            Annotation note
                = makeAnnotation(d1->documentId, a, QStringLiteral("带动投资6亿元"), QStringLiteral("核对口径"));
            note.tagIds = {child, parent.id};
            QVERIFY((*ws)->addAnnotation(note).ok());
            Annotation byOther
                = makeAnnotation(d2->documentId, b, QStringLiteral("示范项目"), QStringLiteral("李的批注"));
            byOther.author = QStringLiteral("李干事");
            byOther.created = QDateTime(QDate(2022, 5, 4), QTime(8, 0), Qt::UTC);
            QVERIFY((*ws)->addAnnotation(byOther).ok());
            Commitment mine;
            mine.documentId = d2->documentId;
            mine.figure
                = makeFigure(b, QStringLiteral("带动投资5亿元"), Figure::Kind::Reported, 5e8, QStringLiteral("投资"));
            mine.extracted = mine.figure;
            mine.anchor = Anchor::fromRange(b, mine.figure.start, mine.figure.end);
            mine.userAdded = true;
            QVERIFY((*ws)->addCommitment(mine).ok());
        }
        const QStringList original = dumpFile(file);
        QVERIFY(original.size() > 15);

        const QString db = server.createDatabase(QStringLiteral("published"));
        QCOMPARE(runCli({QStringLiteral("publish"), QStringLiteral("--workspace"), file, QStringLiteral("--to"),
                         url(db, QStringLiteral("zhang"))}),
                 0);
        // A second publish into a workspace that has documents is refused (ids are kept).
        QString output;
        QCOMPARE(runCli({QStringLiteral("publish"), QStringLiteral("--workspace"), file, QStringLiteral("--to"),
                         url(db, QStringLiteral("zhang"))},
                        &output),
                 1);
        QVERIFY2(output.contains(QStringLiteral("not empty")), qPrintable(output));
        {
            auto team = Workspace::open(url(db, QStringLiteral("wang")));
            QVERIFY(team.ok());
            QCOMPARE((*team)->documents().size(), 2);
            const auto cs = (*team)->commitments(firstDoc);
            QCOMPARE(cs.first().statusAuthor, QStringLiteral("王科长")); // who/when/why travel along
            QCOMPARE(cs.first().statusNote, QStringLiteral("进度滞后"));
            QCOMPARE(cs.first().statusChanged, QDateTime(QDate(2022, 7, 1), QTime(9, 30, 15, 250), Qt::UTC));
            QCOMPARE((*team)->search(QStringLiteral("简报"))->size(), 1);
            // New rows get ids after the published ones.
            const auto added = (*team)->addAnnotation(
                makeAnnotation(firstDoc, planText(5), QStringLiteral("示范"), QStringLiteral("新")));
            QVERIFY(added.ok());
            for (const Annotation &a : (*team)->annotations())
                QVERIFY(a.id == *added || a.id < *added);
            QVERIFY((*team)->removeAnnotation(*added).ok());
        }

        const QString back = dir.filePath(QStringLiteral("带回家.plens"));
        QCOMPARE(runCli({QStringLiteral("export-workspace"), QStringLiteral("--workspace"),
                         url(db, QStringLiteral("wang")), QStringLiteral("--out"), back}),
                 0);
        const QStringList exported = dumpFile(back);
        for (qsizetype i = 0; i < std::min(original.size(), exported.size()); ++i)
            QCOMPARE(exported.at(i), original.at(i));
        QCOMPARE(exported.size(), original.size());

        // A part: one document with its figures, notes and the links among them; every tag.
        const QString part = dir.filePath(QStringLiteral("一份.plens"));
        QCOMPARE(
            runCli({QStringLiteral("export-workspace"), QStringLiteral("--workspace"), url(db, QStringLiteral("wang")),
                    QStringLiteral("--out"), part, QStringLiteral("--document"), QString::number(firstDoc)}),
            0);
        auto p = Workspace::open(part);
        QVERIFY(p.ok());
        QCOMPARE((*p)->documents().size(), 1);
        QCOMPARE((*p)->documents().first().id, firstDoc);
        QCOMPARE((*p)->tags().size(), 3);
        QVERIFY((*p)->links().isEmpty()); // both links reach the other document
        QCOMPARE((*p)->annotations().size(), 1);
        QCOMPARE((*p)->check(), QStringLiteral("ok"));
        // An existing file is never overwritten.
        QCOMPARE(runCli({QStringLiteral("export-workspace"), QStringLiteral("--workspace"),
                         url(db, QStringLiteral("wang")), QStringLiteral("--out"), part}),
                 1);
    }

    void serverKilledMidImportLeavesAConsistentDatabase()
    {
        const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/store_writer");
        QVERIFY(QFileInfo::exists(writer));
        const QString db = server.createDatabase(QStringLiteral("crash"));
        QRandomGenerator random(1729);
        int last = 0;
        for (int round = 0; round < 4; ++round) {
            QProcess p;
            p.start(writer, {url(db, QStringLiteral("zhang")), QStringLiteral("100000")});
            QVERIFY(p.waitForStarted());
            // Wait for a few documents, then a little more, and pull the plug on the server.
            QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || p.state() != QProcess::Running, 30000);
            QTest::qWait(300 + int(random.bounded(700)));
            QVERIFY(server.crash());
            QVERIFY(p.waitForFinished(30000));
            QVERIFY(p.exitCode() != 0); // the writer was told: it could not go on
            QVERIFY2(server.restart(), qPrintable(server.reason()));
            auto ws = Workspace::open(url(db, QStringLiteral("zhang")));
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QCOMPARE((*ws)->check(), QStringLiteral("ok"));
            const auto docs = (*ws)->documents();
            for (const DocumentSummary &d : docs)
                QVERIFY2(d.figureCount == 20,
                         qPrintable(QStringLiteral("%1: %2 figures").arg(d.fileName).arg(d.figureCount)));
            QVERIFY(docs.size() >= last);
            last = int(docs.size());
        }
        QVERIFY2(last > 0, "no document got in before the kills");
        qInfo("%d documents, each whole, after 4 server kills", last);
    }

    void twentyClientsFiveHundredEditsEach()
    {
        constexpr int clients = 20;
        constexpr int edits = 500;
        const QString db = server.createDatabase(QStringLiteral("load"));
        qint64 figure = 0;
        {
            auto owner = Workspace::open(url(db, QStringLiteral("zhang")));
            QVERIFY(owner.ok());
            const QString text = planText(3);
            const auto added
                = (*owner)->addDocument(makeDocument(QStringLiteral("共享.txt"), text),
                                        {makeFigure(text, QStringLiteral("建成10个示范项目"), Figure::Kind::Target, 10,
                                                    QStringLiteral("示范项目"))});
            QVERIFY(added.ok());
            figure = (*owner)->commitments(added->documentId).first().id;
        }
        for (int k = 0; k < clients; ++k) {
            QVERIFY(server.addUser(QStringLiteral("officer%1").arg(k, 2, 10, QLatin1Char('0')), WorkspaceRole::Editor,
                                   QStringLiteral("pw-officer%1").arg(k, 2, 10, QLatin1Char('0'))));
        }
        const QString client = QCoreApplication::applicationDirPath() + QStringLiteral("/team_client");
        QElapsedTimer t;
        t.start();
        std::vector<std::unique_ptr<QProcess>> running;
        for (int k = 0; k < clients; ++k) {
            auto p = std::make_unique<QProcess>();
            const QString user = QStringLiteral("officer%1").arg(k, 2, 10, QLatin1Char('0'));
            p->start(client, {url(db, user), QString::number(k), QString::number(edits), QString::number(figure)});
            QVERIFY(p->waitForStarted());
            running.push_back(std::move(p));
        }
        int retries = 0;
        for (auto &p : running) {
            QVERIFY(p->waitForFinished(600000));
            const QString out = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            retries += out.section(u' ', 2, 2).toInt();
        }
        const double seconds = double(t.elapsed()) / 1000;

        QString count, duplicates, distinct;
        QVERIFY(server.psql(db, QStringLiteral("SELECT count(*) FROM annotations"), &count));
        QVERIFY(server.psql(db, QStringLiteral("SELECT count(DISTINCT note) FROM annotations"), &distinct));
        QVERIFY(server.psql(db,
                            QStringLiteral("SELECT count(*) FROM (SELECT note FROM annotations GROUP BY note"
                                           " HAVING count(*) <> 1) x"),
                            &duplicates));
        QCOMPARE(count.toInt(), clients * edits);
        QCOMPARE(distinct.toInt(), clients * edits);
        QCOMPARE(duplicates.toInt(), 0);
        // Each client wrote its own notes under its own name.
        QString authors;
        QVERIFY(server.psql(db,
                            QStringLiteral("SELECT count(*) FROM annotations WHERE note NOT LIKE '客户' ||"
                                           " (substr(author, 8)::int)::text || '-%'"),
                            &authors));
        QCOMPARE(authors.toInt(), 0);
        auto ws = Workspace::open(url(db, QStringLiteral("zhang")));
        const Commitment shared = *(*ws)->commitment(figure);
        const int increments = clients * (edits / 10);
        QCOMPARE(shared.figure.value, 10.0 + increments); // no update lost
        QCOMPARE(shared.stamp.version, qint64(1 + increments));
        qInfo("%d clients x %d edits: %d annotations, each once; shared figure +%d (version %lld) with %d "
              "refused-and-retried writes; %.1f s (%.0f edits/s)",
              clients, edits, count.toInt(), increments, shared.stamp.version, retries, seconds,
              (clients * edits + increments) / seconds);
    }
};

QTEST_GUILESS_MAIN(TestTeamData)
#include "tst_team_data.moc"
