// Team workspaces on a throw-away PostgreSQL server: two officers editing one figure, rights enforced by
// the server (through the app and through raw SQL), authorship, other officers' changes arriving, undo
// that refuses to overwrite someone else's work, the outbox across a lost server, opening errors, and
// the server's schema upgrade with its backup. Skipped with the reason when PostgreSQL is absent.
#include "pgcluster.h"
#include "store/commands.h"
#include "store/serveradmin.h"
#include "store/workspace.h"
#include "storefixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace plens;
using namespace plens::test;
namespace cmd = plens::commands;

namespace {

std::unique_ptr<Workspace> openOrFail(const QString &url)
{
    auto ws = Workspace::open(url);
    if (!ws) {
        qWarning("%s", qPrintable(ws.error().toString()));
        return nullptr;
    }
    return std::move(ws).value();
}

// Runs one statement on a connection of its own, as a user with psql or any SQL tool would.
QSqlError rawSql(const QString &url, const QString &sql)
{
    const auto a = *ServerAddress::fromUrl(url);
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString();
    QSqlError error;
    {
        auto d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d.setHostName(a.host);
        d.setPort(a.port);
        d.setDatabaseName(a.database);
        d.setUserName(a.user);
        d.setPassword(a.password);
        d.setConnectOptions(a.connectOptions());
        if (!d.open()) {
            error = d.lastError();
        } else {
            QSqlQuery q(d);
            if (!q.exec(sql))
                error = q.lastError();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT
private:
    PgCluster server;
    QString db;
    QString text;
    qint64 doc = 0;

    QString url(const QString &user) const { return server.url(db, user, QStringLiteral("pw-") + user); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Outboxes of earlier runs (same addresses) must not be sent into this one.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox"))
            .removeRecursively();
        if (!server.ok())
            QSKIP(qPrintable(server.reason()));
        QVERIFY(server.addUser(QStringLiteral("zhang"), WorkspaceRole::Owner, QStringLiteral("pw-zhang")));
        QVERIFY(server.addUser(QStringLiteral("wang"), WorkspaceRole::Editor, QStringLiteral("pw-wang")));
        QVERIFY(server.addUser(QStringLiteral("li"), WorkspaceRole::Editor, QStringLiteral("pw-li")));
        QVERIFY(server.addUser(QStringLiteral("zhao"), WorkspaceRole::Reader, QStringLiteral("pw-zhao")));
    }

    void init()
    {
        db = server.createDatabase(QStringLiteral("team"));
        QVERIFY(!db.isEmpty());
        auto owner = openOrFail(url(QStringLiteral("zhang")));
        QVERIFY(owner);
        QCOMPARE(owner->role(), WorkspaceRole::Owner);
        text = planText(4);
        const auto added = owner->addDocument(
            makeDocument(QStringLiteral("plan.txt"), text),
            {makeFigure(text, QStringLiteral("建成10个示范项目"), Figure::Kind::Target, 10, QStringLiteral("示范项目")),
             makeFigure(text, QStringLiteral("建成11个示范项目"), Figure::Kind::Reported, 11,
                        QStringLiteral("示范项目"))});
        QVERIFY(added.ok());
        doc = added->documentId;
    }

    void twoOfficersEditOneFigure()
    {
        auto wang = openOrFail(url(QStringLiteral("wang")));
        auto li = openOrFail(url(QStringLiteral("li")));
        QVERIFY(wang && li);
        QCOMPARE(wang->role(), WorkspaceRole::Editor);
        const Commitment seenByWang = wang->commitments(doc).first();
        const Commitment seenByLi = li->commitments(doc).first();

        Commitment w = seenByWang;
        w.figure.value = 12;
        w.userCorrected = true;
        QVERIFY(wang->updateCommitment(w).ok()); // the first one wins

        QSignalSpy reload(li.get(), &Workspace::commitmentsChanged);
        Commitment l = seenByLi;
        l.status = TargetStatus::AtRisk;
        const auto refused = li->updateCommitment(l);
        QVERIFY(!refused.ok()); // the other is told, by name
        QCOMPARE(refused.error().kind, Error::Kind::Stale);
        QVERIFY2(refused.error().message.contains(QStringLiteral("wang")), qPrintable(refused.error().message));
        QVERIFY(reload.size() >= 1); // and the window reloads the figure
        const Commitment now = *li->commitment(w.id);
        QCOMPARE(now.figure.value, 12.0);
        QCOMPARE(now.status, TargetStatus::None);
        QCOMPARE(now.stamp.changedBy, QStringLiteral("wang"));
        // With the reloaded figure, li's edit goes through.
        l = now;
        l.status = TargetStatus::AtRisk;
        QVERIFY(li->updateCommitment(l).ok());
        QCOMPARE(wang->commitment(w.id)->statusAuthor, QStringLiteral("li"));
    }

    void readerCannotWrite()
    {
        auto reader = openOrFail(url(QStringLiteral("zhao")));
        QVERIFY(reader);
        QCOMPARE(reader->role(), WorkspaceRole::Reader);
        QCOMPARE(reader->documents().size(), 1); // sees
        QVERIFY(reader->search(QStringLiteral("示范")).ok());

        // Through the app: each refused with a clear message, nothing changed.
        const auto a
            = reader->addAnnotation(makeAnnotation(doc, text, QStringLiteral("示范项目"), QStringLiteral("x")));
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind, Error::Kind::Denied);
        QVERIFY2(a.error().message.contains(QStringLiteral("role")), qPrintable(a.error().message));
        Commitment c = reader->commitments(doc).first();
        c.confirmed = true;
        QCOMPARE(reader->updateCommitment(c).error().kind, Error::Kind::Denied);
        QCOMPARE(reader->removeDocument(doc).error().kind, Error::Kind::Denied);
        QCOMPARE(reader->addTag(Tag {0, 0, QStringLiteral("t"), QColor()}).error().kind, Error::Kind::Denied);
        QCOMPARE(reader->addIndicator(Indicator {0, QStringLiteral("i"), {}, {}}).error().kind, Error::Kind::Denied);
        QCOMPARE(reader->pendingEdits(), 0); // a refusal is not kept for later

        // Through raw SQL: every write refused by the server.
        const QString zhao = url(QStringLiteral("zhao"));
        for (const QString &sql :
             {QStringLiteral("INSERT INTO annotations (document_id, start, \"end\") VALUES (%1, 0, 1)").arg(doc),
              QStringLiteral("UPDATE commitments SET confirmed = 1"), QStringLiteral("DELETE FROM documents"),
              QStringLiteral("DELETE FROM annotations"), QStringLiteral("INSERT INTO tags (name) VALUES ('x')"),
              QStringLiteral("UPDATE plens_meta SET value = '1'"), QStringLiteral("TRUNCATE links"),
              QStringLiteral("DROP TABLE documents"), QStringLiteral("CREATE TABLE mine (x int)"),
              QStringLiteral("ALTER TABLE annotations DISABLE ROW LEVEL SECURITY"),
              QStringLiteral("SET ROLE plens_base_owner")}) {
            const QSqlError e = rawSql(zhao, sql);
            QVERIFY2(e.isValid(), qPrintable(QStringLiteral("a reader could run: ") + sql));
        }
        auto owner = openOrFail(url(QStringLiteral("zhang")));
        QCOMPARE(owner->documents().size(), 1);
        QCOMPARE(owner->commitments(doc).size(), 2);
        QVERIFY(!owner->commitments(doc).first().confirmed);
        QCOMPARE(owner->check(), QStringLiteral("ok"));
    }

    void editorsChangeOnlyTheirOwn()
    {
        auto wang = openOrFail(url(QStringLiteral("wang")));
        auto li = openOrFail(url(QStringLiteral("li")));
        Annotation mine = makeAnnotation(doc, text, QStringLiteral("示范项目"), QStringLiteral("王的批注"));
        mine.author = QStringLiteral("someone else"); // the server writes who it really is
        const auto id = wang->addAnnotation(mine);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        const Annotation stored = *li->annotation(*id);
        QCOMPARE(stored.author, QStringLiteral("wang"));
        QCOMPARE(stored.stamp.changedBy, QStringLiteral("wang"));
        QVERIFY(stored.stamp.changedAt.secsTo(QDateTime::currentDateTimeUtc()) < 120);

        Annotation edit = stored;
        edit.note = QStringLiteral("李改的");
        const auto refused = li->updateAnnotation(edit);
        QCOMPARE(refused.error().kind, Error::Kind::Denied);
        QVERIFY2(refused.error().message.contains(QStringLiteral("wang")), qPrintable(refused.error().message));
        QCOMPARE(li->removeAnnotation(*id).error().kind, Error::Kind::Denied);
        QCOMPARE(li->removeDocument(doc).error().kind, Error::Kind::Denied); // owners import and delete
        QCOMPARE(wang->annotation(*id)->note, QStringLiteral("王的批注"));
        // Editors correct figures and make links.
        const auto cs = li->commitments(doc);
        QVERIFY(li->addLink(Link {0, Link::Kind::Reports, cs.at(1).id, cs.at(0).id, 1, Link::State::Accepted}).ok());
        QCOMPARE(wang->links().first().stamp.changedBy, QStringLiteral("li"));
        // The owner may change anyone's.
        auto owner = openOrFail(url(QStringLiteral("zhang")));
        edit.note = QStringLiteral("科长改的");
        QVERIFY(owner->updateAnnotation(edit).ok());
    }

    void othersChangesArrive()
    {
        auto wang = openOrFail(url(QStringLiteral("wang")));
        auto li = openOrFail(url(QStringLiteral("li")));
        QSignalSpy annotations(li.get(), &Workspace::annotationsChanged);
        QSignalSpy figures(li.get(), &Workspace::commitmentsChanged);
        QSignalSpy own(wang.get(), &Workspace::annotationsChanged);
        QVERIFY(
            wang->addAnnotation(makeAnnotation(doc, text, QStringLiteral("示范项目"), QStringLiteral("新批注"))).ok());
        QCOMPARE(own.size(), 1); // its own change is signalled once, not again by the notification
        QTRY_VERIFY_WITH_TIMEOUT(!annotations.isEmpty(), 5000);
        QCOMPARE(annotations.first().first().toLongLong(), doc); // which document: only that reloads
        QCOMPARE(li->annotations(doc).size(), 1);
        Commitment c = wang->commitments(doc).first();
        c.confirmed = true;
        QVERIFY(wang->updateCommitment(c).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!figures.isEmpty(), 5000);
        QTest::qWait(200);
        QCOMPARE(own.size(), 1);
    }

    void undoRefusesAfterSomeoneElsesChange()
    {
        auto wang = openOrFail(url(QStringLiteral("wang")));
        auto li = openOrFail(url(QStringLiteral("li")));
        QUndoStack stack;
        QSignalSpy failed(wang.get(), &Workspace::editFailed);
        const Commitment c = wang->commitments(doc).first();
        stack.push(cmd::UpdateCommitment::setStatus(*wang, c, TargetStatus::InProgress, QStringLiteral("按计划")));
        QCOMPARE(failed.size(), 0);
        // Undo and redo of one's own edit work while nobody else touched it.
        stack.undo();
        QCOMPARE(wang->commitment(c.id)->status, TargetStatus::None);
        stack.redo();
        QCOMPARE(wang->commitment(c.id)->status, TargetStatus::InProgress);

        Commitment theirs = *li->commitment(c.id);
        theirs.status = TargetStatus::AtRisk;
        theirs.statusNote = QStringLiteral("资金未到位");
        QVERIFY(li->updateCommitment(theirs).ok());
        stack.undo(); // refused: it would overwrite li's change
        QCOMPARE(failed.size(), 1);
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.kind, Error::Kind::Stale);
        QVERIFY2(e.message.contains(QStringLiteral("li")), qPrintable(e.message));
        QCOMPARE(wang->commitment(c.id)->status, TargetStatus::AtRisk);
        QCOMPARE(wang->commitment(c.id)->statusNote, QStringLiteral("资金未到位"));
    }

    void editsWaitInTheOutboxWhileTheServerIsGone()
    {
        auto wang = openOrFail(url(QStringLiteral("wang")));
        QVERIFY(wang);
        QSignalSpy connection(wang.get(), &Workspace::connectionChanged);
        QSignalSpy failures(wang.get(), &Workspace::editFailed);
        const Commitment figure = wang->commitments(doc).first();
        QVERIFY(server.crash());

        const auto lost
            = wang->addAnnotation(makeAnnotation(doc, text, QStringLiteral("示范项目"), QStringLiteral("断线时写的")));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().kind, Error::Kind::Offline);
        QVERIFY2(lost.error().message.contains(QStringLiteral("outbox")), qPrintable(lost.error().message));
        QVERIFY(!wang->isOnline());
        QCOMPARE(connection.size(), 1);
        Commitment edit = figure;
        edit.confirmed = true;
        QCOMPARE(wang->updateCommitment(edit).error().kind, Error::Kind::Offline);
        QCOMPARE(wang->pendingEdits(), 2);
        QVERIFY(!wang->reconnect()); // still gone

        QVERIFY2(server.restart(), qPrintable(server.reason()));
        // Someone changes another figure while wang is away; wang's offline edit of it will clash.
        auto li = openOrFail(url(QStringLiteral("li")));
        QVERIFY(li);
        Commitment second = li->commitments(doc).at(1);
        Commitment wangsSecond = second;
        second.statusNote = QStringLiteral("李先改");
        second.status = TargetStatus::Done;
        QVERIFY(li->updateCommitment(second).ok());
        QVERIFY(wang->isOnline() == false);
        // (the clash is queued as if made offline: the outbox keeps the version wang had read)
        wangsSecond.status = TargetStatus::Missed;
        QVERIFY(wang->updateCommitment(wangsSecond).error().kind == Error::Kind::Offline);
        QCOMPARE(wang->pendingEdits(), 3);

        QTRY_VERIFY_WITH_TIMEOUT(wang->isOnline(), 15000); // the retry timer reconnects and sends
        QCOMPARE(wang->pendingEdits(), 0);
        QCOMPARE(li->annotations(doc).size(), 1); // sent once
        QCOMPARE(li->annotations(doc).first().note, QStringLiteral("断线时写的"));
        QVERIFY(li->commitment(figure.id)->confirmed);
        // The clashing edit was not written over li's, and not dropped: reported and kept aside.
        QCOMPARE(li->commitment(second.id)->status, TargetStatus::Done);
        QCOMPARE(failures.size(), 1);
        const Error e = failures.first().first().value<Error>();
        QVERIFY2(e.message.contains(QStringLiteral("li")), qPrintable(e.message));
        QVERIFY(QFile::exists(e.file));
        QFile::remove(e.file);
    }

    void openingErrorsAreClear()
    {
        auto ws = Workspace::open(server.url(db, QStringLiteral("wang"), QStringLiteral("wrong")));
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QStringLiteral("user name or password")), qPrintable(ws.error().message));
        QVERIFY(!ws.error().file.contains(QStringLiteral("wrong"))); // the password is never shown
        QString unreachable = server.url(db, QStringLiteral("wang"), QStringLiteral("pw-wang"));
        unreachable.replace(QStringLiteral(":%1/").arg(server.port()), QStringLiteral(":1/"));
        ws = Workspace::open(unreachable);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().kind, Error::Kind::Offline);
        QVERIFY2(ws.error().message.contains(QStringLiteral("cannot reach")), qPrintable(ws.error().message));
        ws = Workspace::open(server.url(QStringLiteral("postgres"), QStringLiteral("postgres"),
                                        QString::fromLatin1(PgCluster::kAdminPassword)));
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QStringLiteral("not a PolicyLens team workspace")),
                 qPrintable(ws.error().message));
        QVERIFY(!Workspace::open(QStringLiteral("postgresql://u@h/")).ok()); // no database named
    }

    void serverSchemaIsUpgradedAfterABackup()
    {
        QVERIFY(server.psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS old")));
        QVERIFY(server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE old TEMPLATE template0")));
        const ServerAddress admin = server.admin(QStringLiteral("old"));
        QVERIFY(serveradmin::setup(admin, {}, 2).ok()); // as an older PolicyLens left it
        QCOMPARE(*serveradmin::schemaVersion(admin), 2);
        QVERIFY(
            server.psql(QStringLiteral("old"),
                        QStringLiteral("INSERT INTO documents (file_name, format, display_text) VALUES ('旧.txt', 0,"
                                       " '到2025年，建成数据中心标准机架10万架。')")));
        auto ws = Workspace::open(server.adminUrl(QStringLiteral("old")));
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QStringLiteral("older schema")), qPrintable(ws.error().message));

        QProcess cli;
        cli.start(QStringLiteral(PLENS_CLI_PATH),
                  {QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--workspace"),
                   server.adminUrl(QStringLiteral("old"))});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2); // not without a backup
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("old.dump"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   QFileInfo(QStandardPaths::findExecutable(QStringLiteral("psql"))).absolutePath() + u':'
                       + env.value(QStringLiteral("PATH")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(PLENS_CLI_PATH),
                  {QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--workspace"),
                   server.adminUrl(QStringLiteral("old")), QStringLiteral("--backup"), backup});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(QFileInfo(backup).size() > 0);
        QCOMPARE(*serveradmin::schemaVersion(admin), Workspace::schemaVersion());
        ws = Workspace::open(server.adminUrl(QStringLiteral("old")));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE((*ws)->documents().size(), 1);
        QCOMPARE((*ws)->stamp(Workspace::Item::Document, (*ws)->documents().first().id)->version, 1);
        QCOMPARE((*ws)->search(QStringLiteral("机架"))->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
