// policylens-cli cascade / radar / diff on workspaces the tests make (analysisfixtures.h).
#include "analysisfixtures.h"
#include "clirun.h"
#include "store/workspace.h"

#include <poppler-qt6.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::test;

namespace {

QList<QJsonObject> lines(const QString &out)
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

} // namespace

class TestCliAnalysis : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString make(const QString &name, void (*fill)(Workspace &))
    {
        const QString path = m_dir.filePath(name);
        auto ws = Workspace::open(path);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        fill(**ws);
        return path;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cascadeJsonl()
    {
        const QString ws = make(QStringLiteral("cascade.plens"), [](Workspace &w) { fillCascadeWorkspace(w); });
        const Run r = cli({QStringLiteral("cascade"), QStringLiteral("--workspace"), ws, QStringLiteral("--indicator"),
                           QStringLiteral("5G基站"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(r.code, 0);
        const QList<QJsonObject> out = lines(r.out);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().value(QStringLiteral("rule")).toString(), QStringLiteral("sum_short"));
        QCOMPARE(out.first().value(QStringLiteral("gap")).toDouble(), -25000.0);
        QStringList childRules;
        for (const QJsonObject &o : out)
            if (o.contains(QStringLiteral("child")))
                childRules.append(o.value(QStringLiteral("child")).toObject().value(QStringLiteral("rule")).toString());
        QVERIFY(childRules.contains(QStringLiteral("due_later")));
        QVERIFY(childRules.contains(QStringLiteral("missing")));
        QCOMPARE(childRules.count(QStringLiteral("counted")), 3);
        // The district the gazetteer cannot place is listed.
        QCOMPARE(out.last().value(QStringLiteral("rule")).toString(), QStringLiteral("unplaced"));
    }

    void cascadeCsvAndErrors()
    {
        const QString ws = make(QStringLiteral("cascade2.plens"), [](Workspace &w) { fillCascadeWorkspace(w); });
        const Run r = cli({QStringLiteral("cascade"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                           QStringLiteral("csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("indicator,region,target")));
        QVERIFY(r.out.contains(QStringLiteral("rate_weaker")));
        QVERIFY(r.out.contains(QStringLiteral("sum_over")));
        QCOMPARE(cli({QStringLiteral("cascade"), QStringLiteral("--workspace"), ws, QStringLiteral("--indicator"),
                      QStringLiteral("不存在的指标")})
                     .code,
                 1);
        QCOMPARE(cli({QStringLiteral("cascade"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("cascade")}).code, 2);
    }

    void radar()
    {
        const QString ws = make(QStringLiteral("radar.plens"), [](Workspace &w) { fillRadarWorkspace(w); });
        const Run r = cli({QStringLiteral("radar"), QStringLiteral("--workspace"), ws, QStringLiteral("--as-of"),
                           QStringLiteral("2024-03-01")});
        QCOMPARE(r.code, 0);
        const QList<QJsonObject> out = lines(r.out);
        QCOMPARE(out.size(), 6);
        QCOMPARE(out.first().value(QStringLiteral("rules")).toArray().first().toString(),
                 QStringLiteral("past_due_no_report"));
        bool projected = false;
        for (const QJsonObject &o : out) {
            if (o.contains(QStringLiteral("projection"))) {
                projected = true;
                QCOMPARE(o.value(QStringLiteral("projection")).toObject().value(QStringLiteral("kind")).toString(),
                         QStringLiteral("projection"));
            }
        }
        QVERIFY(projected);
        // Urgency never goes down the list.
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i - 1).value(QStringLiteral("urgency")).toInt()
                    <= out.at(i).value(QStringLiteral("urgency")).toInt());
        const Run flagged = cli({QStringLiteral("radar"), QStringLiteral("--workspace"), ws, QStringLiteral("--as-of"),
                                 QStringLiteral("2024-03-01"), QStringLiteral("--flagged")});
        QVERIFY(lines(flagged.out).size() < out.size());
        QCOMPARE(cli({QStringLiteral("radar"), QStringLiteral("--workspace"), ws, QStringLiteral("--as-of"),
                      QStringLiteral("March")})
                     .code,
                 2);
    }

    void packSections()
    {
        // The meeting pack carries a section for each analysis, with the rules' findings.
        const QString ws = make(QStringLiteral("pack.plens"), [](Workspace &w) {
            fillCascadeWorkspace(w);
            fillRevisionWorkspace(w);
        });
        const QString out = m_dir.filePath(QStringLiteral("会议材料.pdf"));
        const Run r = cli({QStringLiteral("pack"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), out,
                           QStringLiteral("--date"), QStringLiteral("2024-03-01")});
        QCOMPARE(r.code, 0);
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QVERIFY(pdf);
        QString text;
        for (int i = 0; i < pdf->numPages(); ++i)
            text += std::unique_ptr<Poppler::Page>(pdf->page(i))->text(QRectF());
        text.remove(u' ').remove(u'\n');
        QVERIFY2(text.contains(QStringLiteral("Cascadecheck")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("7.5万个"))); // the sum
        QVERIFY(text.contains(QStringLiteral("-2.5万个"))); // the gap
        QVERIFY(text.contains(QStringLiteral("Deadlineradar")));
        QVERIFY(text.contains(QStringLiteral("Planrevisions")));
        QVERIFY(text.contains(QStringLiteral("数据交易额")));
    }

    void diff()
    {
        RevisionFixture f;
        const QString path = m_dir.filePath(QStringLiteral("diff.plens"));
        {
            auto w = Workspace::open(path);
            QVERIFY(w);
            f = fillRevisionWorkspace(**w);
        }
        const Run detect
            = cli({QStringLiteral("diff"), QStringLiteral("--workspace"), path, QStringLiteral("--detect")});
        QCOMPARE(detect.code, 0);
        const QList<QJsonObject> pairs = lines(detect.out);
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first().value(QStringLiteral("old")).toInteger(), f.draft);
        const Run r = cli({QStringLiteral("diff"), QStringLiteral("--workspace"), path, QStringLiteral("--old"),
                           QString::number(f.draft), QStringLiteral("--new"), QString::number(f.final)});
        QCOMPARE(r.code, 0);
        QStringList kinds;
        for (const QJsonObject &o : lines(r.out))
            for (const QJsonValue &k : o.value(QStringLiteral("changes")).toArray())
                kinds.append(k.toString());
        kinds.sort();
        QCOMPARE(kinds,
                 (QStringList {QStringLiteral("added"), QStringLiteral("comparator"), QStringLiteral("dropped"),
                               QStringLiteral("due_year"), QStringLiteral("hedge"), QStringLiteral("value")}));
        QVERIFY(r.err.contains(QStringLiteral("6")));
        QCOMPARE(cli({QStringLiteral("diff"), QStringLiteral("--workspace"), path, QStringLiteral("--old"),
                      QStringLiteral("999"), QStringLiteral("--new"), QString::number(f.final)})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
