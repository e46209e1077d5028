// policylens-cli import / list / commitments on a real workspace file, as separate processes.
#include "clirun.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::test;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestCliWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void importListCommitments()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("新 工作区/示例.plens"));
        const QString plan = dir.filePath(QStringLiteral("行动 计划.txt"));
        const QString brief = dir.filePath(QStringLiteral("简报.txt"));
        write(plan,
              QStringLiteral("示例市数字经济行动计划\n示例市人民政府\n2021年12月31日\n到2023年，全市建成5G基站超2万个，"
                             "培育30家智能工厂。\n")
                  .toUtf8());
        write(brief,
              QStringLiteral("数字经济工作简报\n2022年9月8日\n截至2022年6月底，全市已建成5G基站1.2万个。\n").toUtf8());
        const QString garbage = dir.filePath(QStringLiteral("坏.pdf"));
        write(garbage, QByteArray(3000, '\x07'));

        Run r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, plan, brief, garbage});
        QCOMPARE(r.code, 1); // one file failed
        QVERIFY2(r.out.count(QStringLiteral(".txt: ")) == 2, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 link suggested")),
                 qPrintable(r.out)); // 5G: 1.2万 reported against 2万
        QVERIFY(r.out.contains(QStringLiteral("行动 计划.txt")));
        QVERIFY2(r.err.contains(QStringLiteral("坏.pdf")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);

        // The same file again adds nothing.
        r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, plan});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("list"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("figures")).toInt(), 2);

        r = cli({QStringLiteral("commitments"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                 QStringLiteral("jsonl")});
        QCOMPARE(r.code, 0);
        const QStringList records = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(records.size(), 3);
        const QJsonObject target = QJsonDocument::fromJson(records.first().toUtf8()).object();
        QCOMPARE(target.value(QStringLiteral("kind")).toString(), QStringLiteral("target"));
        QCOMPARE(target.value(QStringLiteral("value")).toDouble(), 20000.0);
        QCOMPARE(target.value(QStringLiteral("cmp")).toString(), QStringLiteral("gt"));
        QCOMPARE(target.value(QStringLiteral("year")).toInt(), 2023);
        QCOMPARE(target.value(QStringLiteral("doc")).toString(), QStringLiteral("行动 计划.txt"));
        const QJsonObject reported = QJsonDocument::fromJson(records.last().toUtf8()).object();
        QCOMPARE(reported.value(QStringLiteral("kind")).toString(), QStringLiteral("reported"));
        QCOMPARE(reported.value(QStringLiteral("year")).toInt(), 2022);
    }

    void badWorkspaces()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("a.txt"));
        write(doc, QStringLiteral("到2025年，建成5G基站2万个。").toUtf8());
        // Garbage workspace: refused, untouched.
        const QString garbage = dir.filePath(QStringLiteral("garbage.plens"));
        write(garbage, QByteArray("not a database at all, just text"));
        Run r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), garbage, doc});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("garbage.plens")));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), QByteArray("not a database at all, just text"));
        // Held by another PolicyLens (this test process): the CLI refuses and says so.
        const QString held = dir.filePath(QStringLiteral("held.plens"));
        auto ws = Workspace::open(held);
        QVERIFY(ws.ok());
        r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), held, doc});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("another PolicyLens")), qPrintable(r.err));
        QVERIFY((*ws)->documents().isEmpty());
        // Missing workspace for list; bad arguments.
        QCOMPARE(
            cli({QStringLiteral("list"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("none.plens"))})
                .code,
            1);
        QCOMPARE(cli({QStringLiteral("import"), doc}).code, 2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), held}).code, 2);
    }

    // Issue 19: the same text in another format is kept as a rendition; nearly the same text with one
    // more target is a new version, linked to the old one; the same text again adds nothing.
    void renditionsAndVersions()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("版本.plens"));
        QStringList lines {QStringLiteral("示例市智能制造行动计划"), QStringLiteral("示例市人民政府"),
                           QStringLiteral("2023年5月6日")};
        for (int i = 1; i <= 40; ++i)
            lines << QStringLiteral("%1、到2025年，全市第%1片区建成智能工厂%2家，培育示范车间%3个。")
                         .arg(i)
                         .arg(i + 3)
                         .arg(i * 2 + 5);
        const QString text = lines.join(u'\n') + u'\n';
        const QString txt = dir.filePath(QStringLiteral("计划.txt"));
        write(txt, text.toUtf8());
        const QString html = dir.filePath(QStringLiteral("计划.html"));
        QString body = QStringLiteral("<html><head><title>示例市智能制造行动计划</title></head><body>");
        for (const QString &l : std::as_const(lines))
            body += QStringLiteral("<p>") + l + QStringLiteral("</p>");
        write(html, (body + QStringLiteral("</body></html>")).toUtf8());
        const QString copy = dir.filePath(QStringLiteral("计划 转发.txt"));
        write(copy, text.toUtf8());
        QString more = text;
        more.replace(QStringLiteral("培育示范车间25个。"), QStringLiteral("培育示范车间25个，建成工业互联网平台8个。"));
        const QString v2 = dir.filePath(QStringLiteral("计划 修订.txt"));
        write(v2, more.toUtf8());

        Run r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, txt, html, copy, v2});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList said = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(said.at(0).contains(QStringLiteral("added as document 1")), qPrintable(r.out));
        QVERIFY2(said.at(1).contains(QStringLiteral("kept as its html rendition")), qPrintable(r.out));
        QVERIFY2(said.at(2).contains(QStringLiteral("already in the workspace as document 1")), qPrintable(r.out));
        QVERIFY2(said.at(3).contains(QStringLiteral("a new version of document 1")), qPrintable(r.out));
        r = cli({QStringLiteral("list"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                 QStringLiteral("json")});
        const QStringList docs = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(docs.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(docs.at(0).toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("renditions")).toArray().first().toString(), QStringLiteral("html"));
        const QJsonObject second = QJsonDocument::fromJson(docs.at(1).toUtf8()).object();
        QCOMPARE(second.value(QStringLiteral("previous_version")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("figures")).toInt(), first.value(QStringLiteral("figures")).toInt() + 1);
    }

    // Issue 19: a damaged workspace was listed, exported and written into silently.
    void damagedWorkspaceIsRecovered()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("坏 工作区.plens"));
        QStringList files;
        for (int i = 0; i < 8; ++i) {
            const QString f = dir.filePath(QStringLiteral("简报%1.txt").arg(i));
            QString t = QStringLiteral("第%1期工作简报\n").arg(i);
            for (int k = 0; k < 30; ++k)
                t += QStringLiteral("截至2022年%1月底，第%2组已建成基站%3个，完成投资%4亿元。\n")
                         .arg(k % 12 + 1)
                         .arg(k + i * 7)
                         .arg(100 + k * 13 + i)
                         .arg(k + 2);
            write(f, t.toUtf8());
            files << f;
        }
        Run r = cli(QStringList {QStringLiteral("import"), QStringLiteral("--workspace"), ws} + files);
        QCOMPARE(r.code, 0);
        // Random bytes over the first page of the full-text index.
        int page = 0;
        int pageSize = 0;
        {
            auto open = Workspace::open(ws);
            QVERIFY(open.ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(ws);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'documents_fts_data'")));
            QVERIFY(q.next());
            page = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        {
            QFile f(ws);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(page - 1) * pageSize));
            QByteArray junk(4096, '\0');
            quint32 x = 2463534242u;
            for (char &c : junk) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                c = char(x & 0xFF);
            }
            f.write(junk);
        }
        QFile before(ws);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();

        // Listing still works (with a warning); importing is refused before any file is read.
        r = cli({QStringLiteral("list"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 8);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, files.first()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")) && r.err.contains(QStringLiteral("policylens-cli recover")),
                 qPrintable(r.err));
        QFile after(ws);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);

        const QString out = dir.filePath(QStringLiteral("恢复.plens"));
        r = cli({QStringLiteral("recover"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("documents: 8,")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("could not be read: 0")), qPrintable(r.out));
        r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), out, files.first()});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("already in the workspace")), qPrintable(r.out + r.err));
        QCOMPARE(cli({QStringLiteral("recover"), QStringLiteral("--workspace"), ws}).code, 2);
        QCOMPARE(cli({QStringLiteral("recover"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), out}).code,
                 1);
    }

    // chmod 444 (issue 19): list, view and export work; import says why it cannot.
    void readOnlyWorkspace()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("只读.plens"));
        const QString doc = dir.filePath(QStringLiteral("a.txt"));
        write(doc, QStringLiteral("示例方案\n到2025年，建成5G基站2万个。\n").toUtf8());
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, doc}).code, 0);
        QVERIFY(QFile::setPermissions(ws, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        Run r = cli({QStringLiteral("list"), QStringLiteral("--workspace"), ws});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("a.txt")), qPrintable(r.err));
        r = cli({QStringLiteral("export-table"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("t.csv"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("t.csv"))));
        r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, doc});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QVERIFY(QFile::setPermissions(ws, QFile::ReadOwner | QFile::WriteOwner));
    }

    // A full disk at open (issue 19: "cannot create the lock file"). Needs a small file system of its own:
    // a tmpfs mounted in a user namespace (unshare), skipped where that is not allowed.
    void fullDisk()
    {
#ifdef Q_OS_LINUX
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("满.plens"));
        const QString doc = dir.filePath(QStringLiteral("a.txt"));
        write(doc, QStringLiteral("示例方案\n到2025年，建成5G基站2万个。\n").toUtf8());
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, doc}).code, 0);
        const QString mnt = dir.filePath(QStringLiteral("mnt"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("mnt")));
        const QString script
            = QStringLiteral("mount -t tmpfs -o size=256k tmpfs \"$1\" || exit 77; cp \"$2\" \"$1/ws.plens\"; "
                             "dd if=/dev/zero of=\"$1/fill\" bs=4k 2>/dev/null; "
                             "\"$3\" list --workspace \"$1/ws.plens\"; echo \"list=$?\"; "
                             "\"$3\" import --workspace \"$1/ws.plens\" \"$4\"; echo \"import=$?\"; "
                             "\"$3\" import --workspace \"$1/new.plens\" \"$4\"; echo \"new=$?\"");
        QProcess p;
        p.start(QStringLiteral("unshare"),
                {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), mnt,
                 ws, QStringLiteral(PLENS_CLI_PATH), doc});
        if (!p.waitForFinished(60000) || p.exitCode() == 77 || p.exitStatus() != QProcess::NormalExit
            || p.error() == QProcess::FailedToStart)
            QSKIP("no user namespaces here (unshare -rm) to mount a small file system");
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (out.isEmpty())
            QSKIP(qPrintable(QStringLiteral("unshare did not run: ") + err));
        QVERIFY2(out.contains(QStringLiteral("list=0")) && out.contains(QStringLiteral("a.txt")),
                 qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("import=1")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("new=1")), qPrintable(out));
        QCOMPARE(err.count(QStringLiteral("the disk is full")), 2);
        QVERIFY2(!err.contains(QStringLiteral("lock file")), qPrintable(err));
#else
        QSKIP("a full disk is made with a tmpfs on Linux");
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
