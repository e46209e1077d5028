// policylens-cli import / list / commitments on a real workspace file, as separate processes.
#include "clirun.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
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
        // json: one array; jsonl: one document per line.
        r = cli({QStringLiteral("list"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonDocument array = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && array.isArray(), qPrintable(r.out));
        QCOMPARE(array.array().size(), 2);
        QCOMPARE(array.array().first().toObject().value(QStringLiteral("figures")).toInt(), 2);
        r = cli({QStringLiteral("list"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                 QStringLiteral("jsonl")});
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

    // Without XDG_RUNTIME_DIR (cron, sudo, a container) no command complains about it on standard error.
    void quietWithoutRuntimeDir()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.plens"));
        const QString doc = dir.filePath(QStringLiteral("a.txt"));
        write(doc, QStringLiteral("到2025年，全市建成5G基站2万个。").toUtf8());
        QVERIFY(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, doc}).code == 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        for (const QStringList &args :
             {QStringList {QStringLiteral("list"), QStringLiteral("--workspace"), ws},
              QStringList {QStringLiteral("export-pdf"), QStringLiteral("--workspace"), ws,
                           QStringLiteral("--document"), QStringLiteral("1"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("o.pdf"))},
              QStringList {QStringLiteral("chart"), QStringLiteral("--workspace"), ws, QStringLiteral("--list")}}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PLENS_CLI_PATH), args);
            QVERIFY(p.waitForFinished(120000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(!err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(args.first() + u' ' + err));
        }
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
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
