// Indicators: grouping, the user's edits (rename, merge, split) with undo, and the figures of an
// indicator gathered for a chart (attainment, regions, filters, units).
#include "extract/indicators.h"
#include "links/indicatorfixtures.h"
#include "store/commands.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace plens;
using namespace plens::test;
using State = StatusJudgement::State;

namespace {

Commitment commitment(qint64 id, const QString &metric, const QString &unit, Figure::Kind kind = Figure::Kind::Target)
{
    Commitment c;
    c.id = id;
    c.documentId = 1;
    c.figure.kind = kind;
    c.figure.metric = metric;
    c.figure.unit = unit;
    c.figure.value = 10;
    return c;
}

const Indicator *byName(const IndicatorState &s, const QString &name)
{
    return findIndicator(s.indicators, name);
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void groupsSimilarMetrics()
    {
        const QList<Commitment> cs {commitment(1, QStringLiteral("工业互联网标杆工厂"), QStringLiteral("家")),
                                    commitment(2, QStringLiteral("标杆工厂"), QStringLiteral("个")),
                                    commitment(3, QStringLiteral("5G基站"), QStringLiteral("个")),
                                    commitment(4, QStringLiteral("5G基站"), QStringLiteral("%")),
                                    commitment(5, QString(), QStringLiteral("个"))};
        const IndicatorState s = planIndicators({}, cs);
        QCOMPARE(s.assignment.value(1), s.assignment.value(2)); // similar metric, counting units
        QVERIFY(s.assignment.value(1) != s.assignment.value(3));
        QVERIFY(s.assignment.value(3) != s.assignment.value(4)); // a share is not a count
        QVERIFY(!s.assignment.contains(5)); // no metric, no indicator
        QCOMPARE(s.indicators.size(), 3);
        QSet<QString> names;
        for (const Indicator &i : s.indicators)
            names.insert(i.name);
        QCOMPARE(names.size(), 3); // names are unique: the share gets its unit added
        QVERIFY(names.contains(QStringLiteral("5G基站（%）")));
    }

    void keepsAssignmentsAndJoinsExisting()
    {
        IndicatorState s
            = planIndicators({}, {commitment(1, QStringLiteral("工业互联网标杆工厂"), QStringLiteral("家"))});
        const qint64 id = s.assignment.value(1);
        // The user splits the figure off; a later grouping leaves it there.
        s = splitIndicator(s, {1}, QStringLiteral("标杆工厂（省级）"), {QStringLiteral("工业互联网标杆工厂")},
                           QStringLiteral("家"));
        const qint64 mine = s.assignment.value(1);
        QVERIFY(mine != id);
        const IndicatorState again
            = planIndicators(s,
                             {commitment(1, QStringLiteral("工业互联网标杆工厂"), QStringLiteral("家")),
                              commitment(2, QStringLiteral("工业互联网标杆工厂数量"), QStringLiteral("家"))});
        QCOMPARE(again.assignment.value(1), mine);
        QVERIFY(again.assignment.contains(2));
        // The new figure joins an existing indicator, and its metric becomes an alias there.
        const qint64 joined = again.assignment.value(2);
        const auto it = std::find_if(again.indicators.cbegin(), again.indicators.cend(),
                                     [joined](const Indicator &i) { return i.id == joined; });
        QVERIFY(it != again.indicators.cend());
        QVERIFY(it->aliases.contains(QStringLiteral("工业互联网标杆工厂数量")));
        QCOMPARE(again.indicators.size(), s.indicators.size()); // nothing new was made
    }

    void renameMergeSplit()
    {
        IndicatorState s = planIndicators({},
                                          {commitment(1, QStringLiteral("5G基站"), QStringLiteral("个")),
                                           commitment(2, QStringLiteral("数据中心机架"), QStringLiteral("架"))});
        const qint64 base = s.assignment.value(1);
        const qint64 racks = s.assignment.value(2);
        s = renameIndicator(s, base, QStringLiteral("5G基站数"));
        QVERIFY(byName(s, QStringLiteral("5G基站数")));
        QVERIFY(byName(s, QStringLiteral("5G基站"))); // the old name stays as an alias
        QCOMPARE(byName(s, QStringLiteral("5G基站"))->id, base);
        QCOMPARE(renameIndicator(s, base, QStringLiteral("数据中心机架")), s); // a name in use: no rename

        s = mergeIndicators(s, racks, base);
        QCOMPARE(s.indicators.size(), 1);
        QCOMPARE(s.assignment.value(2), base);
        QVERIFY(byName(s, QStringLiteral("数据中心机架")));

        s = splitIndicator(s, {2}, QStringLiteral("数据中心标准机架"), {QStringLiteral("数据中心机架")},
                           QStringLiteral("架"));
        QCOMPARE(s.indicators.size(), 2);
        QVERIFY(s.assignment.value(2) != base);
        QCOMPARE(byName(s, QStringLiteral("数据中心机架"))->id, s.assignment.value(2)); // the alias moved along
    }

    void storedWithUndo()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("指标 测试.plens")));
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        Workspace &w = **ws;
        const IndicatorFixture fx = fillIndicatorWorkspace(w);
        auto grouped = refreshIndicators(w);
        QVERIFY(grouped);
        QCOMPARE(*grouped, 8); // every figure has a metric
        QCOMPARE(refreshIndicators(w).value(), 0); // nothing more to do
        const IndicatorState before = w.indicatorState();
        QCOMPARE(before.assignment.value(fx.province), before.assignment.value(fx.factories));
        QCOMPARE(before.indicators.size(), 4);
        QCOMPARE(w.commitment(fx.factories)->indicatorId, before.assignment.value(fx.factories));

        QUndoStack undo;
        const qint64 id = before.assignment.value(fx.energy);
        undo.push(new commands::SetIndicatorState(w, before, renameIndicator(before, id, QStringLiteral("能耗")),
                                                  QStringLiteral("rename")));
        QVERIFY(findIndicator(w.indicators(), QStringLiteral("能耗")));
        undo.push(new commands::SetIndicatorState(
            w, w.indicatorState(), mergeIndicators(w.indicatorState(), id, before.assignment.value(fx.rnd)),
            QStringLiteral("merge")));
        QCOMPARE(w.indicators().size(), 3);
        QCOMPARE(w.commitment(fx.energy)->indicatorId, before.assignment.value(fx.rnd));
        undo.undo();
        undo.undo();
        QCOMPARE(w.indicatorState(), before);
        undo.redo();
        QVERIFY(findIndicator(w.indicators(), QStringLiteral("能耗")));
        QCOMPARE(w.check(), QStringLiteral("ok"));
    }

    void chartData()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("chart.plens")));
        QVERIFY(ws);
        Workspace &w = **ws;
        const IndicatorFixture fx = fillIndicatorWorkspace(w);
        // Not stored yet: load() groups in memory, so a read-only or older workspace charts too.
        QVERIFY(w.indicatorState().assignment.isEmpty());
        const IndicatorInputs in = IndicatorInputs::load(w, QDate(2023, 1, 15));
        const QList<IndicatorData> all = collectIndicators(in);
        QCOMPARE(all.size(), 4);

        const auto factories = collectIndicator(in, QStringLiteral("标杆工厂")); // by alias
        QVERIFY(factories);
        QCOMPARE(factories->indicator.name, QStringLiteral("工业互联网标杆工厂"));
        QCOMPARE(factories->targets.size(), 1);
        QCOMPARE(factories->reported.size(), 2);
        QCOMPARE(factories->reported.first().figure.year, 2021); // in time order
        QCOMPARE(factories->regions(), QStringList({QStringLiteral("江苏省"), QStringLiteral("南京市")}));
        // Attainment only against the target of the same region: a city's 9 is not 6% of the province.
        QVERIFY(!factories->reported.at(0).attainment);
        QCOMPARE(qRound(*factories->reported.at(1).attainment), 87); // 130 / 150
        QCOMPARE(factories->progress.first().judgement.state, State::OnTrack); // 87% in 2022, 50% expected
        QVERIFY(!factories->progress.first().judgement.rule.isEmpty());
        QCOMPARE(factories->sources.size(), 2);

        const auto share = collectIndicator(in, QStringLiteral("数字经济核心产业增加值占比"));
        QVERIFY(share && share->isChange());
        const auto rnd = collectIndicator(in, QStringLiteral("研发经费投入强度"));
        QVERIFY(rnd && !rnd->isChange());
        QCOMPARE(rnd->progress.first().judgement.state, State::Met); // 2.8 within 2.5–3
        const auto energy = collectIndicator(in, QStringLiteral("单位产值能耗"));
        QCOMPARE(energy->progress.first().judgement.state, State::NoData);

        // A manual status overrides the judged one for the status filter.
        Commitment e = *w.commitment(fx.energy);
        e.status = TargetStatus::AtRisk;
        e.statusNote = QStringLiteral("项目延期");
        QVERIFY(w.updateCommitment(e));
        const IndicatorInputs in2 = IndicatorInputs::load(w, QDate(2023, 1, 15));
        IndicatorFilter atRisk;
        atRisk.state = State::AtRisk;
        const QList<IndicatorData> risky = collectIndicators(in2, atRisk);
        QCOMPARE(risky.size(), 1);
        QCOMPARE(risky.first().indicator.name, QStringLiteral("单位产值能耗"));
        QCOMPARE(risky.first().progress.first().manualNote, QStringLiteral("项目延期"));

        IndicatorFilter city;
        city.region = QStringLiteral("南京市");
        const QList<IndicatorData> nanjing = collectIndicators(in2, city);
        QCOMPARE(nanjing.size(), 1);
        QCOMPARE(nanjing.first().reported.size(), 1);
        QCOMPARE(nanjing.first().targets.size(), 0); // the province's target is not Nanjing's

        IndicatorFilter briefing;
        briefing.documentId = fx.briefing;
        QCOMPARE(collectIndicators(in2, briefing).size(), 3); // the energy target has no reported value

        IndicatorFilter plan;
        plan.documentId = fx.plan;
        const QList<IndicatorData> fromPlan = collectIndicators(in2, plan);
        QCOMPARE(fromPlan.size(), 4);
        // The plan's targets bring the reported values linked to them.
        QCOMPARE(collectIndicator(in2, QStringLiteral("工业互联网标杆工厂"))->reported.size(), 2);

        auto tag = w.addTag(Tag {0, 0, QStringLiteral("需督办"), QColor(Qt::red)});
        QVERIFY(tag);
        QVERIFY(w.setCommitmentTags(fx.rnd, {*tag}));
        IndicatorFilter tagged;
        tagged.tagId = *tag;
        const QList<IndicatorData> withTag = collectIndicators(IndicatorInputs::load(w, QDate(2023, 1, 15)), tagged);
        QCOMPARE(withTag.size(), 1);
        QCOMPARE(withTag.first().reported.size(), 1); // linked to the tagged target
    }

    void otherUnitsAreLeftOut()
    {
        IndicatorInputs in;
        in.today = QDate(2023, 1, 1);
        Indicator ind {1, QStringLiteral("软件业务收入"), {}, QStringLiteral("元")};
        in.indicators = {ind};
        Commitment t = commitment(1, QStringLiteral("软件业务收入"), QStringLiteral("元"));
        t.indicatorId = 1;
        Commitment r = commitment(2, QStringLiteral("软件业务收入"), QStringLiteral("%"), Figure::Kind::Reported);
        r.indicatorId = 1;
        in.commitments = {t, r};
        const auto d = collectIndicator(in, QStringLiteral("软件业务收入"));
        QVERIFY(d);
        QCOMPARE(d->targets.size(), 1);
        QCOMPARE(d->reported.size(), 0);
        QCOMPARE(d->otherUnits, 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
