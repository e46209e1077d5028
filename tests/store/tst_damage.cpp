// Workspaces that are not as they should be (issue 19): unknown schema versions, a version number set
// by hand, damaged pages (opened read-only, recovered into a new file), read-only files and folders,
// lock files caught half-written. Files are made by the tests and damaged with seeded random bytes.
#include "damagefixtures.h"
#include "store/workspace.h"
#include "storefixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::test;

namespace {

// A workspace with `n` documents, each with two figures, an annotation with a tag and a link.
void fill(Workspace &ws, int n)
{
    const auto tag = ws.addTag(Tag {0, 0, QStringLiteral("督办"), QColor(Qt::red)});
    QVERIFY(tag.ok());
    for (int i = 0; i < n; ++i) {
        const QString text = planText(8 + i % 5, QStringLiteral("（第%1批）").arg(i));
        const auto added = ws.addDocument(
            makeDocument(QStringLiteral("计划%1.txt").arg(i), text),
            {makeFigure(text, QStringLiteral("建成11个示范项目"), Figure::Kind::Target, 11, QStringLiteral("示范项目")),
             makeFigure(text, QStringLiteral("带动投资6亿元"), Figure::Kind::Reported, 6, QStringLiteral("投资"))});
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        Annotation a
            = makeAnnotation(added->documentId, text, QStringLiteral("示范项目"), QStringLiteral("批注%1").arg(i));
        a.tagIds = {*tag};
        QVERIFY(ws.addAnnotation(a).ok());
        const auto cs = ws.commitments(added->documentId);
        QCOMPARE(cs.size(), 2);
        Link l;
        l.kind = Link::Kind::Reports;
        l.fromId = cs.at(0).id;
        l.toId = cs.at(1).id;
        l.state = Link::State::Accepted;
        QVERIFY(ws.addLink(l).ok());
    }
}

} // namespace

class TestDamage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }

    QString made(const QString &name, int documents)
    {
        const QString file = path(name);
        auto ws = Workspace::open(file);
        if (!ws.ok())
            return {};
        fill(**ws, documents);
        return file;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unknownSchemaVersionsAreRefused_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("says");
        QTest::newRow("negative") << -1 << QStringLiteral("unknown schema version -1");
        QTest::newRow("very negative") << -2147483647 << QStringLiteral("unknown schema version");
        QTest::newRow("too new") << Workspace::schemaVersion() + 1 << QStringLiteral("newer PolicyLens");
    }

    void unknownSchemaVersionsAreRefused()
    {
        QFETCH(int, version);
        QFETCH(QString, says);
        const QString file = made(QStringLiteral("version %1.plens").arg(version), 1);
        QVERIFY(!file.isEmpty());
        rawSql(file, {QStringLiteral("PRAGMA user_version = %1").arg(version)});
        const QByteArray before = readAll(file);
        const auto ws = Workspace::open(file);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(says), qPrintable(ws.error().message));
        QVERIFY2(!ws.error().message.contains(QLatin1String("syntax error")), qPrintable(ws.error().message));
        QCOMPARE(readAll(file), before);
    }

    // A current file whose version number was set back by hand (issue 19: "duplicate column name:
    // char_boxes" halfway through the upgrade): the tables say which steps it has.
    void versionSetBackIsRecognised()
    {
        const QString file = made(QStringLiteral("set back.plens"), 2);
        QVERIFY(!file.isEmpty());
        for (int v = 1; v < Workspace::schemaVersion(); ++v) {
            rawSql(file, {QStringLiteral("PRAGMA user_version = %1").arg(v)});
            auto ws = Workspace::open(file);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QVERIFY(!(*ws)->isReadOnly());
            QCOMPARE((*ws)->documents().size(), 2);
            QCOMPARE((*ws)->check(), QStringLiteral("ok"));
            ws = Error {};
            QCOMPARE(rawSql(file, {QStringLiteral("PRAGMA user_version")}).toInt(), Workspace::schemaVersion());
        }
        // Tables another program removed are refused, not rebuilt over the user's data.
        rawSql(file, {QStringLiteral("DROP TABLE links"), QStringLiteral("PRAGMA user_version = 2")});
        const QByteArray before = readAll(file);
        const auto ws = Workspace::open(file);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QLatin1String("do not match")), qPrintable(ws.error().message));
        QCOMPARE(readAll(file), before);
    }

    // 4 KB of random bytes in the full-text index (issue 19): opened read-only with the reason, nothing
    // written into it, everything still listed and readable.
    void damagedFileIsOpenedReadOnly()
    {
        const QString file = made(QStringLiteral("damaged fts.plens"), 12);
        QVERIFY(!file.isEmpty());
        damagePage(file, rootPage(file, QStringLiteral("documents_fts_data")));
        const QByteArray before = readAll(file);

        auto ws = Workspace::open(file);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QVERIFY(!(*ws)->damage().isEmpty());
        QVERIFY((*ws)->isReadOnly());
        QVERIFY((*ws)->readOnlyReason().contains(QLatin1String("damaged")));
        QVERIFY((*ws)->readOnlyReason().contains(QLatin1String("recover")));
        QCOMPARE((*ws)->documents().size(), 12);
        QVERIFY((*ws)->document((*ws)->documents().first().id).ok());
        QCOMPARE((*ws)->annotations().size(), 12);

        const QString text = planText(3, QStringLiteral("新"));
        const auto added = (*ws)->addDocument(makeDocument(QStringLiteral("新.txt"), text));
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(QLatin1String("damaged")), qPrintable(added.error().message));
        const auto note = (*ws)->addAnnotation(makeAnnotation((*ws)->documents().first().id,
                                                              planText(8, QStringLiteral("（第0批）")),
                                                              QStringLiteral("示范项目"), QStringLiteral("写不进去")));
        QVERIFY(!note.ok());
        QVERIFY2(note.error().message.contains(QLatin1String("damaged")), qPrintable(note.error().message));
        QVERIFY(!(*ws)->writable().ok());
        ws = Error {};
        QCOMPARE(readAll(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
    }

    void recoveryCopiesEverythingReadable()
    {
        const QString file = made(QStringLiteral("to recover.plens"), 12);
        QVERIFY(!file.isEmpty());
        damagePage(file, rootPage(file, QStringLiteral("documents_fts_data")));
        const QByteArray before = readAll(file);
        const QString out = path(QStringLiteral("recovered/新 工作区.plens"));
        QList<double> shares;
        const auto report = Workspace::recover(file, out, [&](double s) {
            shares << s;
            return true;
        });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->totalLost(), 0);
        QCOMPARE(report->copied.value(QStringLiteral("documents")), 12);
        QCOMPARE(report->copied.value(QStringLiteral("commitments")), 24);
        QCOMPARE(report->copied.value(QStringLiteral("annotations")), 12);
        QCOMPARE(report->copied.value(QStringLiteral("annotation_tags")), 12);
        QCOMPARE(report->copied.value(QStringLiteral("links")), 12);
        QVERIFY(!shares.isEmpty() && shares.last() <= 1.0);
        QCOMPARE(readAll(file), before); // the damaged file is only read

        auto ws = Workspace::open(out);
        QVERIFY(ws.ok());
        QVERIFY(!(*ws)->isReadOnly());
        QCOMPARE((*ws)->check(), QStringLiteral("ok"));
        QCOMPARE((*ws)->documents().size(), 12);
        QCOMPARE((*ws)->tags().size(), 1);
        QCOMPARE((*ws)->annotations().first().tagIds.size(), 1);
        // The search index is built again.
        const auto hits = (*ws)->search(QStringLiteral("第5批"));
        QVERIFY(hits.ok());
        QVERIFY(!hits->isEmpty());
        QVERIFY((*ws)->addDocument(makeDocument(QStringLiteral("新.txt"), planText(2, QStringLiteral("新")))).ok());

        // Never over an existing file.
        const auto again = Workspace::recover(file, out);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("exists")));
        // Cancelled: nothing left behind.
        const QString cancelled = path(QStringLiteral("cancelled.plens"));
        QVERIFY(!Workspace::recover(file, cancelled, [](double) { return false; }).ok());
        QVERIFY(!QFile::exists(cancelled));
    }

    // Damage in the rows themselves: what is readable comes through, rows that lost their document
    // are dropped, the count of what was lost is told.
    void recoveryAroundDamagedRows()
    {
        const QString file = made(QStringLiteral("damaged rows.plens"), 40);
        QVERIFY(!file.isEmpty());
        // The commitments table spans several pages; damage one of its leaves (not the root, so the
        // other leaves stay reachable).
        const int root = rootPage(file, QStringLiteral("commitments"));
        const int pages = rawSql(file, {QStringLiteral("PRAGMA page_count")}).toInt();
        // Its root is an interior page (type 5) whose first cell starts with the page number of the
        // leftmost leaf: damage that leaf, so the other leaves stay reachable.
        const int pageSize = rawSql(file, {QStringLiteral("PRAGMA page_size")}).toInt();
        QByteArray rootBytes;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.seek(qint64(root - 1) * pageSize));
            rootBytes = f.read(pageSize);
        }
        const auto byte = [&](qsizetype i) {
            return quint32(quint8(rootBytes.at(i)));
        };
        QCOMPARE(byte(0), quint32(5));
        const qsizetype cell = qsizetype((byte(12) << 8) | byte(13));
        const int leaf = int((byte(cell) << 24) | (byte(cell + 1) << 16) | (byte(cell + 2) << 8) | byte(cell + 3));
        QVERIFY(leaf > 0 && leaf <= pages);
        damagePage(file, leaf, 4096, 7);

        const QString out = path(QStringLiteral("rows recovered.plens"));
        const auto report = Workspace::recover(file, out);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QVERIFY(report->lost.value(QStringLiteral("commitments")) > 0);
        QVERIFY(report->copied.value(QStringLiteral("commitments")) > 0);
        QCOMPARE(report->copied.value(QStringLiteral("documents")), 40);
        QVERIFY(report->summary().contains(QLatin1String("could not be read")));
        auto ws = Workspace::open(out);
        QVERIFY(ws.ok());
        QCOMPARE((*ws)->check(), QStringLiteral("ok"));
        QCOMPARE((*ws)->commitments().size(), report->copied.value(QStringLiteral("commitments")));
        // Links whose figures were lost went with them.
        QCOMPARE((*ws)->links().size(), report->copied.value(QStringLiteral("links")));
        QVERIFY((*ws)->links().size() < 40);
    }

    // A table whose root page is unreadable (min and max of its keys unknown): the recovery looks a bounded
    // way further on, names the table as damaged and does not invent lost rows (found by fuzzing: it
    // read 33,792 keys one by one and counted each as lost).
    void recoveryOfAnUnreadableTable()
    {
        const QString file = made(QStringLiteral("unreadable documents.plens"), 10);
        QVERIFY(!file.isEmpty());
        damagePage(file, rootPage(file, QStringLiteral("documents")), 4096, 3);
        const QString out = path(QStringLiteral("unreadable recovered.plens"));
        const auto report = Workspace::recover(file, out);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QVERIFY(report->damagedTables().contains(QStringLiteral("documents")));
        QVERIFY2(report->totalLost() < 200, qPrintable(report->summary()));
        QVERIFY(report->summary().contains(QLatin1String("damaged: ")));
        QCOMPARE(report->copied.value(QStringLiteral("tags")), 1);
        auto ws = Workspace::open(out);
        QVERIFY(ws.ok());
        QCOMPARE((*ws)->check(), QStringLiteral("ok"));
    }

    // chmod 444 (issue 19: it could not even be read): open for reading, listing, viewing, searching.
    void readOnlyFileOpensForReading()
    {
        const QString file = made(QStringLiteral("只读 444.plens"), 3);
        QVERIFY(!file.isEmpty());
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = readAll(file);
        {
            auto ws = Workspace::open(file);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QVERIFY((*ws)->isReadOnly());
            QVERIFY((*ws)->damage().isEmpty());
            QVERIFY((*ws)->readOnlyReason().contains(QLatin1String("read-only")));
            QCOMPARE((*ws)->documents().size(), 3);
            QVERIFY((*ws)->document((*ws)->documents().first().id).ok());
            const auto hits = (*ws)->search(QStringLiteral("第1批"));
            QVERIFY(hits.ok());
            QCOMPARE(hits->size(), 1);
            const auto added = (*ws)->addDocument(makeDocument(QStringLiteral("新.txt"), planText(2)));
            QVERIFY(!added.ok());
            QVERIFY2(added.error().message.contains(QLatin1String("read-only")), qPrintable(added.error().message));
            QVERIFY(!(*ws)->addTag(Tag {0, 0, QStringLiteral("x"), {}}).ok());
        }
        QCOMPARE(readAll(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        auto again = Workspace::open(file);
        QVERIFY(again.ok());
        QVERIFY(!(*again)->isReadOnly());
    }

    // A workspace on a read-only share: nothing can be created beside it (no lock, no WAL index).
    void readOnlyFolderOpensForReading()
    {
        QDir(dir.path()).mkdir(QStringLiteral("share"));
        const QString file = made(QStringLiteral("share/团队.plens"), 2);
        QVERIFY(!file.isEmpty());
        const QString folder = path(QStringLiteral("share"));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QStringList beforeFiles = QDir(folder).entryList(QDir::Files);
        {
            auto ws = Workspace::open(file);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QVERIFY((*ws)->isReadOnly());
            QCOMPARE((*ws)->documents().size(), 2);
            QVERIFY(!(*ws)->addTag(Tag {0, 0, QStringLiteral("x"), {}}).ok());
        }
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(QDir(folder).entryList(QDir::Files), beforeFiles);
        // A new workspace there is still refused.
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(!Workspace::open(path(QStringLiteral("share/新.plens"))).ok());
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // A lock file caught before its owner wrote into it (issue 19: "process 0 on "): the message names
    // no process; such a file left by a process that died then is taken over.
    void halfWrittenLockFile()
    {
        const QString file = made(QStringLiteral("locked.plens"), 1);
        QVERIFY(!file.isEmpty());
        {
            QFile lock(file + QStringLiteral(".lock"));
            QVERIFY(lock.open(QIODevice::WriteOnly));
        }
        auto ws = Workspace::open(file);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QLatin1String("another PolicyLens")), qPrintable(ws.error().message));
        QVERIFY2(!ws.error().message.contains(QLatin1String("process 0")), qPrintable(ws.error().message));
        QVERIFY2(!ws.error().message.contains(QLatin1String("on )")), qPrintable(ws.error().message));
        {
            QFile lock(file + QStringLiteral(".lock"));
            QVERIFY(lock.open(QIODevice::ReadWrite));
            QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-120), QFileDevice::FileModificationTime));
        }
        ws = Workspace::open(file);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QVERIFY(!(*ws)->isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
