// core/analysis: the cascade check, the deadline radar and plan revisions on workspaces the tests make
// (analysisfixtures.h). Each rule has a test that fails without it.
#include "analysis/cascade.h"
#include "analysis/radar.h"
#include "analysis/revisions.h"
#include "analysisfixtures.h"
#include "extract/gazetteer.h"
#include "store/workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::analysis;
using namespace plens::test;

namespace {

const CascadeNode *nodeFor(const CascadeReport &r, const QString &indicator, const QString &region)
{
    for (const CascadeNode &n : r.nodes)
        if (n.indicator == indicator && n.region == region)
            return &n;
    return nullptr;
}

const CascadeChild *childFor(const CascadeNode &n, const QString &region)
{
    for (const CascadeChild &c : n.children)
        if (c.region == region)
            return &c;
    return nullptr;
}

const RadarItem *itemFor(const RadarReport &r, qint64 target)
{
    for (const RadarItem &i : r.items)
        if (i.targetId == target)
            return &i;
    return nullptr;
}

bool has(const RadarItem &i, RadarRule rule)
{
    for (const RadarFinding &f : i.findings)
        if (f.rule == rule)
            return true;
    return false;
}

const RevisionChange *changeFor(const RevisionDiff &d, const QString &indicator)
{
    for (const RevisionChange &c : d.changes)
        if (c.indicator == indicator)
            return &c;
    return nullptr;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Workspace> open()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.plens").arg(++m_n)));
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        return std::move(*ws);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void gazetteerHierarchy()
    {
        QCOMPARE(Gazetteer::parentOf(QStringLiteral("镇江市")), QStringLiteral("江苏省"));
        QCOMPARE(Gazetteer::parentOf(QStringLiteral("镇江")), QStringLiteral("江苏省"));
        QVERIFY(Gazetteer::parentOf(QStringLiteral("江苏省")).isEmpty());
        QVERIFY(Gazetteer::parentOf(QStringLiteral("江北新区")).isEmpty());
        const QStringList cities = Gazetteer::childrenOf(QStringLiteral("江苏"));
        QCOMPARE(cities.size(), 13);
        QCOMPARE(cities.first(), QStringLiteral("南京市"));
        QVERIFY(cities.contains(QStringLiteral("镇江市")));
        QVERIFY(Gazetteer::childrenOf(QStringLiteral("镇江市")).isEmpty());
        QVERIFY(Gazetteer::childrenOf(QStringLiteral("北京市")).isEmpty());
        QCOMPARE(Gazetteer::level(QStringLiteral("江苏省")), Gazetteer::Level::Province);
        QCOMPARE(Gazetteer::level(QStringLiteral("苏州")), Gazetteer::Level::Prefecture);
        QCOMPARE(Gazetteer::level(QStringLiteral("江北新区")), Gazetteer::Level::Unknown);
    }

    void unitClasses()
    {
        QCOMPARE(unitClass(QStringLiteral("个"), QStringLiteral("5G基站")), UnitClass::Additive);
        QCOMPARE(unitClass(QStringLiteral("元"), QStringLiteral("收入")), UnitClass::Additive);
        QCOMPARE(unitClass(QStringLiteral("架"), QStringLiteral("机架")), UnitClass::Additive);
        QCOMPARE(unitClass(QStringLiteral("%"), QStringLiteral("普及率")), UnitClass::Rate);
        QCOMPARE(unitClass(QStringLiteral("百分点"), QStringLiteral("占比")), UnitClass::Rate);
        QCOMPARE(unitClass(QString(), QStringLiteral("数据中心PUE")), UnitClass::Rate);
        QCOMPARE(unitClass(QString(), QStringLiteral("示范区")), UnitClass::Unknown);
    }

    void cascadeSumShort()
    {
        auto w = open();
        const CascadeFixture f = fillCascadeWorkspace(*w);
        const CascadeReport r = Cascade::check(IndicatorInputs::load(*w));
        const CascadeNode *n = nodeFor(r, QStringLiteral("5G基站"), QStringLiteral("江苏省"));
        QVERIFY(n);
        QCOMPARE(n->targetId, f.p5g);
        QCOMPARE(n->rule, NodeRule::SumShort);
        QCOMPARE(n->counted, 3); // 南京, 无锡, 苏州; 常州 is due later, 徐州 has none
        QCOMPARE(*n->sum, 75000.0);
        QCOMPARE(*n->gap, -25000.0);
        QVERIFY(n->flags() >= 3); // the short sum, 常州 due later, 徐州 missing
        QVERIFY(n->explanation.contains(QStringLiteral("3")));
        // Cities without any document here are listed as absent, not as missing.
        QVERIFY(n->absent.contains(QStringLiteral("镇江市")));
        QVERIFY(!childFor(*n, QStringLiteral("镇江市")));
    }

    void cascadeSumOver()
    {
        auto w = open();
        fillCascadeWorkspace(*w);
        const CascadeReport r = Cascade::check(IndicatorInputs::load(*w), QStringLiteral("数据中心机架"));
        QCOMPARE(r.nodes.size(), 1);
        const CascadeNode &n = r.nodes.first();
        QCOMPARE(n.rule, NodeRule::SumOver);
        QCOMPARE(*n.gap, 70000.0);
        QCOMPARE(n.unitClass, UnitClass::Additive);
    }

    void cascadeRateBelowParent()
    {
        auto w = open();
        fillCascadeWorkspace(*w);
        const CascadeReport r = Cascade::check(IndicatorInputs::load(*w), QStringLiteral("宽带普及率"));
        QCOMPARE(r.nodes.size(), 1);
        const CascadeNode &n = r.nodes.first();
        QCOMPARE(n.rule, NodeRule::RatesChecked);
        QVERIFY(!n.sum); // rates are never added
        QCOMPARE(childFor(n, QStringLiteral("无锡市"))->rule, ChildRule::RateWeaker);
        QVERIFY(childFor(n, QStringLiteral("无锡市"))->flagged());
        QCOMPARE(childFor(n, QStringLiteral("南京市"))->rule, ChildRule::RateAsStrong);
        QCOMPARE(childFor(n, QStringLiteral("徐州市"))->rule, ChildRule::RateAsStrong);
        QVERIFY(!childFor(n, QStringLiteral("苏州市"))->flagged());
    }

    void cascadeLaterDueAndMissingChild()
    {
        auto w = open();
        fillCascadeWorkspace(*w);
        const CascadeReport r = Cascade::check(IndicatorInputs::load(*w), QStringLiteral("5G基站"));
        const CascadeNode *n = nodeFor(r, QStringLiteral("5G基站"), QStringLiteral("江苏省"));
        QVERIFY(n);
        const CascadeChild *cz = childFor(*n, QStringLiteral("常州市"));
        QVERIFY(cz);
        QCOMPARE(cz->rule, ChildRule::DueLater);
        QVERIFY(cz->flagged());
        const CascadeChild *xz = childFor(*n, QStringLiteral("徐州市"));
        QVERIFY(xz);
        QCOMPARE(xz->rule, ChildRule::Missing);
        QCOMPARE(xz->targetId, 0);
    }

    void cascadeUnplacedListedNotGuessed()
    {
        auto w = open();
        const CascadeFixture f = fillCascadeWorkspace(*w);
        const CascadeReport r = Cascade::check(IndicatorInputs::load(*w));
        QCOMPARE(r.unplaced.size(), 1);
        QCOMPARE(r.unplaced.first().targetId, f.pDistrict);
        QCOMPARE(r.unplaced.first().region, QStringLiteral("江北新区"));
        // Not counted under the province, nor a node of its own.
        const CascadeNode *n = nodeFor(r, QStringLiteral("5G基站"), QStringLiteral("江苏省"));
        QVERIFY(!childFor(*n, QStringLiteral("江北新区")));
        QVERIFY(!nodeFor(r, QStringLiteral("5G基站"), QStringLiteral("江北新区")));
    }

    void cascadeUnitsThatDoNotAddAreNotAdded()
    {
        auto w = open();
        const CascadeFixture f = fillCascadeWorkspace(*w);
        // 苏州's figure corrected by the user to a share: it no longer adds to a count.
        auto c = w->commitment(f.sz5g);
        QVERIFY(c);
        c->figure.unit = QStringLiteral("%");
        c->figure.value = 60;
        c->userCorrected = true;
        QVERIFY(w->updateCommitment(*c));
        const CascadeReport r = Cascade::check(IndicatorInputs::load(*w), QStringLiteral("5G基站"));
        const CascadeNode *n = nodeFor(r, QStringLiteral("5G基站"), QStringLiteral("江苏省"));
        QCOMPARE(childFor(*n, QStringLiteral("苏州市"))->rule, ChildRule::UnitMismatch);
        QCOMPARE(n->counted, 2);
        QCOMPARE(*n->sum, 50000.0);
    }

    void cascadeHonoursCorrectionsAndLinks()
    {
        auto w = open();
        const CascadeFixture f = fillCascadeWorkspace(*w);
        // A corrected value counts as corrected.
        auto c = w->commitment(f.wx5g);
        c->figure.value = 45000;
        c->userCorrected = true;
        QVERIFY(w->updateCommitment(*c));
        // A rejected breakdown keeps 南京 out; an accepted one brings the district in as a child.
        AnalysisBuilder b(*w);
        b.link(f.nj5g, f.p5g, Link::Kind::BreaksDown, Link::State::Rejected);
        b.link(f.pDistrict, f.p5g, Link::Kind::BreaksDown, Link::State::Accepted);
        const CascadeReport r = Cascade::check(IndicatorInputs::load(*w), QStringLiteral("5G基站"));
        const CascadeNode *n = nodeFor(r, QStringLiteral("5G基站"), QStringLiteral("江苏省"));
        QCOMPARE(childFor(*n, QStringLiteral("南京市"))->rule, ChildRule::RejectedByUser);
        const CascadeChild *district = childFor(*n, QStringLiteral("江北新区"));
        QVERIFY(district);
        QVERIFY(district->linkedByUser);
        QCOMPARE(district->rule, ChildRule::Counted);
        QCOMPARE(*n->sum, 45000.0 + 25000.0 + 8000.0);
        QVERIFY(r.unplaced.isEmpty()); // placed by the user's link
    }

    void cascadeJson()
    {
        auto w = open();
        fillCascadeWorkspace(*w);
        const CascadeReport r = Cascade::check(IndicatorInputs::load(*w), QStringLiteral("5G基站"));
        const QJsonObject o = Cascade::toJson(r.nodes.first());
        QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("sum_short"));
        QCOMPARE(o.value(QStringLiteral("gap")).toDouble(), -25000.0);
        QVERIFY(!o.value(QStringLiteral("explanation")).toString().isEmpty());
    }

    void radarPastDue()
    {
        auto w = open();
        const RadarFixture f = fillRadarWorkspace(*w);
        const RadarReport r = Radar::scan(IndicatorInputs::load(*w), {QDate(2024, 3, 1), 12});
        const RadarItem *overdue = itemFor(r, f.overdue);
        QVERIFY(overdue);
        QVERIFY(has(*overdue, RadarRule::PastDueNoReport));
        QVERIFY(overdue->overdue());
        QCOMPARE(overdue->latest->figure.value, 40.0); // evidence, but of before the target was set
        QVERIFY(!has(*overdue, RadarRule::PastDueNotMet));
        QCOMPARE(r.items.first().targetId, f.overdue); // the most urgent first
        // Due last year with a later report that meets it: nothing to do.
        const RadarItem *met = itemFor(r, f.met);
        QVERIFY(!has(*met, RadarRule::PastDueNoReport));
        QVERIFY(!met->flagged());
        QCOMPARE(met->latest->figure.value, 12000.0);
        // Due last year with a later report that misses it.
        const RadarItem *notMet = itemFor(r, f.notMet);
        QVERIFY(!has(*notMet, RadarRule::PastDueNoReport));
        QVERIFY(has(*notMet, RadarRule::PastDueNotMet));
        QCOMPARE(r.overdue(), 2);
    }

    void radarDueThisYear()
    {
        auto w = open();
        const RadarFixture f = fillRadarWorkspace(*w);
        const RadarReport r = Radar::scan(IndicatorInputs::load(*w), {QDate(2024, 3, 1), 12});
        QVERIFY(has(*itemFor(r, f.dueNow), RadarRule::DueNowNoReport));
        // A year earlier it was not yet due.
        const RadarReport before = Radar::scan(IndicatorInputs::load(*w), {QDate(2023, 3, 1), 12});
        QVERIFY(!itemFor(before, f.dueNow)->flagged());
        QVERIFY(!has(*itemFor(before, f.overdue), RadarRule::PastDueNoReport));
        QVERIFY(has(*itemFor(before, f.overdue), RadarRule::DueNowNoReport));
    }

    void radarProjection()
    {
        auto w = open();
        const RadarFixture f = fillRadarWorkspace(*w);
        const RadarReport r = Radar::scan(IndicatorInputs::load(*w), {QDate(2024, 3, 1), 36});
        const RadarItem *p = itemFor(r, f.projected);
        QVERIFY(p->projection);
        QCOMPARE(p->projection->year, 2025);
        QCOMPARE(p->projection->value, 1.8e11); // 1000 → 1200 (2021 → 2022), +200 a year to 2025
        QVERIFY(has(*p, RadarRule::ProjectedShort));
        QVERIFY(!has(*p, RadarRule::Stale)); // 36 months allowed
        // The projection is never a reported value.
        QCOMPARE(p->evidence.size(), 2);
        QCOMPARE(p->latest->figure.value, 1.2e11);
    }

    void radarStale()
    {
        auto w = open();
        const RadarFixture f = fillRadarWorkspace(*w);
        const RadarReport r = Radar::scan(IndicatorInputs::load(*w), {QDate(2024, 3, 1), 12});
        QVERIFY(has(*itemFor(r, f.projected), RadarRule::Stale)); // latest speaks of 2022-12-31
        const RadarReport fresh = Radar::scan(IndicatorInputs::load(*w), {QDate(2023, 6, 1), 12});
        QVERIFY(!has(*itemFor(fresh, f.projected), RadarRule::Stale));
    }

    void radarHonoursOverridesAndRejections()
    {
        auto w = open();
        const RadarFixture f = fillRadarWorkspace(*w);
        RadarReport r = Radar::scan(IndicatorInputs::load(*w), {QDate(2024, 3, 1), 12});
        const RadarItem *done = itemFor(r, f.done);
        QVERIFY(!done->flagged());
        QCOMPARE(done->findings.first().rule, RadarRule::DoneByUser);
        QVERIFY(done->findings.first().explanation.contains(QStringLiteral("验收通过")));
        // Rejecting the link of the met target's report: it is past due with nothing reported.
        for (Link l : w->links()) {
            if (l.toId == f.met) {
                l.state = Link::State::Rejected;
                QVERIFY(w->updateLink(l));
            }
        }
        r = Radar::scan(IndicatorInputs::load(*w), {QDate(2024, 3, 1), 12});
        QVERIFY(has(*itemFor(r, f.met), RadarRule::PastDueNoReport));
        // A user's "at risk" puts a target on the radar.
        auto c = w->commitment(f.projected);
        c->status = TargetStatus::AtRisk;
        QVERIFY(w->updateCommitment(*c));
        r = Radar::scan(IndicatorInputs::load(*w), {QDate(2022, 3, 1), 120});
        QVERIFY(has(*itemFor(r, f.projected), RadarRule::MarkedByUser));
    }

    void revisionsDetected()
    {
        auto w = open();
        const RevisionFixture f = fillRevisionWorkspace(*w);
        auto docs = Revisions::documents(*w);
        QVERIFY(docs);
        const QList<VersionPair> pairs = Revisions::detect(*docs);
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first().oldId, f.draft);
        QCOMPARE(pairs.first().newId, f.final);
        QVERIFY(pairs.first().titleSimilarity > 0.9);
        QCOMPARE(Revisions::planTitle(QStringLiteral("关于印发全省数据要素市场培育行动方案（征求意见稿）的通知")),
                 QStringLiteral("全省数据要素市场培育行动方案"));
    }

    void revisionsNotAcrossRegions()
    {
        // Two cities' plans on one template are not versions of one plan.
        auto w = open();
        fillCascadeWorkspace(*w);
        auto docs = Revisions::documents(*w);
        QVERIFY(Revisions::detect(*docs).isEmpty());
    }

    void revisionsEveryKindOfChange()
    {
        auto w = open();
        const RevisionFixture f = fillRevisionWorkspace(*w);
        auto docs = Revisions::documents(*w);
        const VersionDocument *draft = nullptr, *final = nullptr;
        for (const VersionDocument &d : std::as_const(*docs)) {
            if (d.id == f.draft)
                draft = &d;
            if (d.id == f.final)
                final = &d;
        }
        const RevisionDiff d = Revisions::diff(IndicatorInputs::load(*w), *draft, *final);
        QCOMPARE(d.unchanged, 1); // 公共数据集
        QVERIFY(!changeFor(d, QStringLiteral("公共数据集")));
        QCOMPARE(changeFor(d, QStringLiteral("数据交易额"))->kinds, QList<ChangeKind> {ChangeKind::Value});
        QCOMPARE(changeFor(d, QStringLiteral("数据商"))->kinds, QList<ChangeKind> {ChangeKind::DueYear});
        QCOMPARE(changeFor(d, QStringLiteral("上架率"))->kinds, QList<ChangeKind> {ChangeKind::Comparator});
        QCOMPARE(changeFor(d, QStringLiteral("数据交易所"))->kinds, QList<ChangeKind> {ChangeKind::Hedge});
        const RevisionChange *dropped = changeFor(d, QStringLiteral("行业数据空间"));
        QCOMPARE(dropped->kinds, QList<ChangeKind> {ChangeKind::Dropped});
        QCOMPARE(dropped->newTarget, 0);
        const RevisionChange *added = changeFor(d, QStringLiteral("数据资产登记机构"));
        QCOMPARE(added->kinds, QList<ChangeKind> {ChangeKind::Added});
        // Side by side: the dropped target's passage is shown beside the passage of the newer text
        // that took its place.
        QVERIFY(dropped->newStart >= 0);
        QVERIFY(
            final->text.mid(dropped->newStart, dropped->newEnd - dropped->newStart).contains(QStringLiteral("2024")));
        const RevisionChange *value = changeFor(d, QStringLiteral("数据交易额"));
        QCOMPARE(draft->text.mid(value->oldStart, value->oldEnd - value->oldStart),
                 QStringLiteral("数据交易额达到100亿元"));
        QCOMPARE(final->text.mid(value->newStart, value->newEnd - value->newStart),
                 QStringLiteral("数据交易额达到150亿元"));
        QCOMPARE(d.changes.size(), 6);
    }

    void revisionsHonourCorrections()
    {
        auto w = open();
        const RevisionFixture f = fillRevisionWorkspace(*w);
        // The user corrects the final text's 数据交易额 back to what the draft had: no change is left.
        for (Commitment c : w->commitments(f.final)) {
            if (c.figure.metric == QStringLiteral("数据交易额")) {
                c.figure.value = 1e10;
                c.userCorrected = true;
                QVERIFY(w->updateCommitment(c));
            }
        }
        auto docs = Revisions::documents(*w);
        const RevisionDiff d = Revisions::diff(IndicatorInputs::load(*w), docs->at(0), docs->at(1));
        QVERIFY(!changeFor(d, QStringLiteral("数据交易额")));
        QCOMPARE(d.unchanged, 2);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
