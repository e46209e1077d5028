// Indicators, link suggestions and the status of a target for each comparator kind.
#include "extract/linker.h"
#include "i18n.h"

#include <QRandomGenerator>
#include <QTest>

using namespace plens;
using State = StatusJudgement::State;

namespace {

Figure fig(Figure::Kind kind, const QString &metric, double value, const QString &unit, int year, const QString &scope,
           Figure::Cmp cmp = Figure::Cmp::Eq)
{
    Figure f;
    f.kind = kind;
    f.metric = metric;
    f.value = value;
    f.unit = unit;
    f.year = year;
    f.scope = scope;
    f.cmp = cmp;
    return f;
}

Figure target(double value, Figure::Cmp cmp, int year = 2025, std::optional<double> max = std::nullopt)
{
    Figure f = fig(Figure::Kind::Target, QStringLiteral("5G基站"), value, QStringLiteral("个"), year,
                   QStringLiteral("江苏省"), cmp);
    f.valueMax = max;
    return f;
}

Figure reported(double value, int year, const QString &scope = QStringLiteral("江苏省"))
{
    return fig(Figure::Kind::Reported, QStringLiteral("5G基站"), value, QStringLiteral("个"), year, scope);
}

} // namespace

class TestLinker : public QObject
{
    Q_OBJECT
private slots:
    void similarityAndUnits()
    {
        QVERIFY(metricSimilarity(QStringLiteral("工业互联网标杆工厂"), QStringLiteral("省级工业互联网标杆工厂")) > 0.9);
        QVERIFY(metricSimilarity(QStringLiteral("软件和信息服务业收入"), QStringLiteral("软件业务收入")) > 0.6);
        QVERIFY(metricSimilarity(QStringLiteral("5G基站"), QStringLiteral("数据中心标准机架")) < 0.2);
        QVERIFY(unitsCompatible(QStringLiteral("家"), QStringLiteral("个")));
        QVERIFY(!unitsCompatible(QStringLiteral("元"), QStringLiteral("个")));
        QVERIFY(!unitsCompatible(QStringLiteral("%"), QStringLiteral("百分点")));
    }

    void groups()
    {
        const QList<Figure> fs {fig(Figure::Kind::Target, QStringLiteral("工业互联网标杆工厂"), 150,
                                    QStringLiteral("家"), 2023, QStringLiteral("江苏省")),
                                fig(Figure::Kind::Reported, QStringLiteral("省级工业互联网标杆工厂"), 13,
                                    QStringLiteral("家"), 2022, QStringLiteral("常州市")),
                                fig(Figure::Kind::Target, QStringLiteral("5G基站"), 2e5, QStringLiteral("个"), 2023,
                                    QStringLiteral("江苏省")),
                                fig(Figure::Kind::Reported, QStringLiteral("工业互联网标杆工厂"), 9,
                                    QStringLiteral("家"), 2021, QStringLiteral("南京市"))};
        const IndicatorGroups g = groupIndicators(fs);
        QCOMPARE(g.indicators.size(), 2);
        QCOMPARE(g.members.at(0), g.members.at(1));
        QCOMPARE(g.members.at(0), g.members.at(3));
        QVERIFY(g.members.at(2) != g.members.at(0));
        QCOMPARE(g.indicators.at(g.members.at(0)).name, QStringLiteral("工业互联网标杆工厂"));
    }

    void suggestions()
    {
        const QList<Figure> fs {
            fig(Figure::Kind::Target, QStringLiteral("工业互联网标杆工厂"), 150, QStringLiteral("家"), 2023,
                QStringLiteral("江苏省"), Figure::Cmp::Ge),
            fig(Figure::Kind::Reported, QStringLiteral("省级工业互联网标杆工厂"), 13, QStringLiteral("家"), 2022,
                QStringLiteral("常州市")),
            fig(Figure::Kind::Reported, QStringLiteral("工业互联网标杆工厂"), 40, QStringLiteral("家"), 2022,
                QStringLiteral("广州市")), // another province
            fig(Figure::Kind::Reported, QStringLiteral("工业互联网标杆工厂"), 20, QStringLiteral("家"), 2024,
                QStringLiteral("南京市")), // after it was due
            fig(Figure::Kind::Reported, QStringLiteral("工业互联网标杆工厂"), 5, QStringLiteral("%"), 2022,
                QStringLiteral("南京市")), // a share
            fig(Figure::Kind::Reported, QStringLiteral("数据中心标准机架"), 9, QStringLiteral("架"), 2022,
                QStringLiteral("南京市")), // another thing
        };
        const auto links = suggestLinks(fs);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().target, 0);
        QCOMPARE(links.first().reported, 1);
        // A city's figure against its province's target: suggested, but never scored like a match.
        QVERIFY(links.first().score >= 0.75);
        QVERIFY(links.first().score < 0.85);
    }

    // The province's own figure wins over a city's, and scores 1.
    void sameRegionBeatsACity()
    {
        const QList<Figure> fs {
            fig(Figure::Kind::Target, QStringLiteral("省级智能工厂"), 30, QStringLiteral("家"), 2025,
                QStringLiteral("江苏省"), Figure::Cmp::Ge),
            fig(Figure::Kind::Target, QStringLiteral("省级智能工厂"), 8, QStringLiteral("家"), 2025,
                QStringLiteral("南京市"), Figure::Cmp::Ge),
            fig(Figure::Kind::Reported, QStringLiteral("省级智能工厂"), 6, QStringLiteral("家"), 2022,
                QStringLiteral("南京市")),
            fig(Figure::Kind::Reported, QStringLiteral("省级智能工厂"), 21, QStringLiteral("家"), 2022,
                QStringLiteral("江苏省")),
        };
        const auto links = suggestLinks(fs);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).reported, 2);
        QCOMPARE(links.at(0).target, 1); // the city's figure goes to the city's target
        QCOMPARE(links.at(0).score, 1.0);
        QCOMPARE(links.at(1).reported, 3);
        QCOMPARE(links.at(1).target, 0);
        QCOMPARE(links.at(1).score, 1.0);
        for (const LinkSuggestion &l : links)
            QVERIFY(!(fs.at(l.target).scope == QStringLiteral("江苏省")
                      && fs.at(l.reported).scope != fs.at(l.target).scope && l.score >= 0.99));
    }

    // A document that repeats itself (or two documents quoting the same figure) gives one suggestion per
    // target, not one per copy.
    void duplicatesCollapse()
    {
        QList<Figure> fs;
        for (int copy = 0; copy < 25; ++copy) {
            fs << fig(Figure::Kind::Target, QStringLiteral("5G基站"), 2e5, QStringLiteral("个"), 2023,
                      QStringLiteral("江苏省"), Figure::Cmp::Gt)
               << fig(Figure::Kind::Reported, QStringLiteral("5G基站"), 1.3e5, QStringLiteral("个"), 2022,
                      QStringLiteral("江苏省"))
               << fig(Figure::Kind::Reported, QStringLiteral("5G基站"), 0.9e5, QStringLiteral("个"), 2021,
                      QStringLiteral("江苏省"));
        }
        const auto links = suggestLinks(fs);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).target, 0);
        QCOMPARE(links.at(0).reported, 1);
        QCOMPARE(links.at(0).duplicates, 24);
        QCOMPARE(links.at(1).reported, 2);
        QCOMPARE(links.at(1).duplicates, 24);
    }

    // The blocked, indexed suggestion gives what comparing every pair gives.
    void indexedEqualsEveryPair()
    {
        const QStringList metrics {QStringLiteral("5G基站"),
                                   QStringLiteral("省级智能工厂"),
                                   QStringLiteral("智能制造示范工厂"),
                                   QStringLiteral("软件业务收入"),
                                   QStringLiteral("软件和信息服务业收入"),
                                   QStringLiteral("数据中心标准机架"),
                                   QStringLiteral("工业互联网平台"),
                                   QStringLiteral("上云企业")};
        const QStringList units {QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("元"), QStringLiteral("%")};
        const QStringList scopes {QStringLiteral("江苏省"), QStringLiteral("南京市"), QStringLiteral("苏州市"),
                                  QStringLiteral("广东省"), QString()};
        QRandomGenerator rng(16);
        QList<Figure> fs;
        for (int i = 0; i < 400; ++i) {
            const bool isTarget = rng.bounded(3) == 0;
            fs << fig(isTarget ? Figure::Kind::Target : Figure::Kind::Reported, metrics.at(rng.bounded(8)),
                      double(rng.bounded(1, 50)) * 100, units.at(rng.bounded(4)), 2019 + rng.bounded(8),
                      scopes.at(rng.bounded(5)), isTarget ? Figure::Cmp::Ge : Figure::Cmp::Eq);
        }
        // The reference: every reported figure against every target, the same rules.
        QList<LinkSuggestion> expected;
        QSet<QString> seen;
        for (qsizetype r = 0; r < fs.size(); ++r) {
            const Figure &rep = fs.at(r);
            if (rep.kind != Figure::Kind::Reported)
                continue;
            const QString key
                = QStringLiteral("%1|%2|%3|%4|%5").arg(rep.metric, rep.scope, rep.unit).arg(*rep.year).arg(rep.value);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            LinkSuggestion best;
            for (qsizetype t = 0; t < fs.size(); ++t) {
                const Figure &tgt = fs.at(t);
                if (tgt.kind != Figure::Kind::Target || !unitsCompatible(tgt.unit, rep.unit) || *rep.year > *tgt.year)
                    continue;
                const RegionRelation rel = regionRelation(tgt.scope, rep.scope);
                const double sim = metricSimilarity(tgt.metric, rep.metric);
                if (rel == RegionRelation::Other || sim < 0.4 || rep.value > 5 * tgt.value)
                    continue;
                const double w = rel == RegionRelation::Same ? 1.0 : rel == RegionRelation::Unknown ? 0.6 : 0.2;
                const double score = 0.75 * sim + 0.25 * w;
                if (score > best.score)
                    best = {t, r, score, 0};
            }
            if (best.target >= 0 && best.score >= 0.5)
                expected.append(best);
        }
        const auto links = suggestLinks(fs);
        QCOMPARE(links.size(), expected.size());
        for (qsizetype i = 0; i < links.size(); ++i) {
            QCOMPARE(links.at(i).reported, expected.at(i).reported);
            QCOMPARE(links.at(i).target, expected.at(i).target);
            QCOMPARE(links.at(i).score, expected.at(i).score);
        }
        QVERIFY(links.size() > 20);
    }

    // The one rule: a figure counts towards a target in the same region and unit, as a level.
    void reportFitsRegionUnitAndChange()
    {
        const Figure t = fig(Figure::Kind::Target, QStringLiteral("省级智能工厂"), 30, QStringLiteral("家"), 2025,
                             QStringLiteral("江苏省"), Figure::Cmp::Ge);
        const Figure city = fig(Figure::Kind::Reported, QStringLiteral("省级智能工厂"), 165, QStringLiteral("家"), 2022,
                                QStringLiteral("南京市"));
        const Figure otherUnit = fig(Figure::Kind::Reported, QStringLiteral("省级智能工厂"), 165, QStringLiteral("个"),
                                     2022, QStringLiteral("江苏省"));
        const Figure points = fig(Figure::Kind::Reported, QStringLiteral("省级智能工厂"), 2, QStringLiteral("百分点"),
                                  2022, QStringLiteral("江苏省"));
        const Figure same = fig(Figure::Kind::Reported, QStringLiteral("省级智能工厂"), 21, QStringLiteral("家"), 2022,
                                QStringLiteral("江苏省"));
        QCOMPARE(reportFits(t, city), ReportFit::OtherRegion);
        QCOMPARE(reportFits(t, otherUnit), ReportFit::OtherUnit);
        QCOMPARE(reportFits(t, points), ReportFit::Change);
        Figure pointsTarget = t;
        pointsTarget.unit = QStringLiteral("百分点");
        QCOMPARE(reportFits(pointsTarget, points), ReportFit::Counts); // a change judges a change
        QVERIFY(!attainment(pointsTarget, points));
        QCOMPARE(reportFits(t, same), ReportFit::Counts);
        QVERIFY(!attainment(t, city)); // not 550%
        QVERIFY(!attainment(t, otherUnit));
        QCOMPARE(qRound(*attainment(t, same)), 70);
        QVERIFY(!reportFitText(ReportFit::OtherRegion, t, city).isEmpty());
        const StatusJudgement j = judgeTarget(t, {same, city, otherUnit}, 2021, QDate(2023, 1, 1));
        QCOMPARE(j.basis, 0);
        QCOMPARE(j.leftOut, 2);
        QCOMPARE(qRound(j.attainment), 70);
        const StatusJudgement none = judgeTarget(t, {city, otherUnit}, 2021, QDate(2023, 1, 1));
        QCOMPARE(none.state, State::NoData);
        QCOMPARE(none.basis, -1);
    }

    // One status vocabulary: a status set by hand stands for a judged state and back.
    void manualStatusMapsToStates()
    {
        for (State s : {State::NoData, State::Met, State::OnTrack, State::AtRisk, State::Missed})
            QCOMPARE(stateOf(statusFor(s)), std::optional(s));
        QVERIFY(!stateOf(TargetStatus::None));
    }

    // The rule is read in the user's language: the translation is looked up where lupdate put it.
    void ruleIsTranslated()
    {
        QCOMPARE(installTranslators(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("zh_CN"));
        const StatusJudgement j
            = judgeTarget(target(100, Figure::Cmp::Ge), {reported(40, 2022)}, 2021, QDate(2023, 6, 1));
        QVERIFY2(j.rule.contains(QStringLiteral("年")), qPrintable(j.rule));
        const StatusJudgement none = judgeTarget(target(100, Figure::Cmp::Ge), {}, 2021, QDate(2023, 6, 1));
        QVERIFY2(!none.rule.contains(QStringLiteral("reported")), qPrintable(none.rule));
        QCOMPARE(stateName(State::Met), QStringLiteral("已达成"));
    }

    void statusByComparator_data()
    {
        QTest::addColumn<int>("cmp");
        QTest::addColumn<double>("targetValue");
        QTest::addColumn<double>("targetMax");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("reportedYear");
        QTest::addColumn<int>("todayYear");
        QTest::addColumn<int>("state");
        using C = Figure::Cmp;
        QTest::newRow("ge met") << int(C::Ge) << 100.0 << 0.0 << 100.0 << 2023 << 2023 << int(State::Met);
        QTest::newRow("ge on track") << int(C::Ge) << 100.0 << 0.0 << 50.0 << 2023 << 2023 << int(State::OnTrack);
        QTest::newRow("ge at risk") << int(C::Ge) << 100.0 << 0.0 << 10.0 << 2024 << 2024 << int(State::AtRisk);
        QTest::newRow("ge missed") << int(C::Ge) << 100.0 << 0.0 << 90.0 << 2025 << 2026 << int(State::Missed);
        QTest::newRow("gt equal is not met")
            << int(C::Gt) << 100.0 << 0.0 << 100.0 << 2025 << 2026 << int(State::Missed);
        QTest::newRow("gt met") << int(C::Gt) << 100.0 << 0.0 << 101.0 << 2024 << 2024 << int(State::Met);
        QTest::newRow("le met") << int(C::Le) << 1.3 << 0.0 << 1.25 << 2023 << 2023 << int(State::Met);
        QTest::newRow("le at risk") << int(C::Le) << 1.3 << 0.0 << 1.4 << 2023 << 2023 << int(State::AtRisk);
        QTest::newRow("lt equal is not met") << int(C::Lt) << 1.3 << 0.0 << 1.3 << 2025 << 2026 << int(State::Missed);
        QTest::newRow("range met") << int(C::Range) << 3.0 << 4.0 << 4.0 << 2025 << 2025 << int(State::Met);
        QTest::newRow("range above is not met")
            << int(C::Range) << 3.0 << 4.0 << 5.0 << 2025 << 2026 << int(State::Missed);
        QTest::newRow("approx met") << int(C::Approx) << 100.0 << 0.0 << 96.0 << 2025 << 2025 << int(State::Met);
        QTest::newRow("approx off") << int(C::Approx) << 100.0 << 0.0 << 80.0 << 2025 << 2026 << int(State::Missed);
    }
    void statusByComparator()
    {
        QFETCH(int, cmp);
        QFETCH(double, targetValue);
        QFETCH(double, targetMax);
        QFETCH(double, value);
        QFETCH(int, reportedYear);
        QFETCH(int, todayYear);
        QFETCH(int, state);
        const Figure t
            = target(targetValue, Figure::Cmp(cmp), 2025, targetMax > 0 ? std::optional(targetMax) : std::nullopt);
        const StatusJudgement j = judgeTarget(t, {reported(value, reportedYear)}, 2021, QDate(todayYear, 6, 30));
        QVERIFY2(int(j.state) == state, qPrintable(stateName(j.state) + QStringLiteral(": ") + j.rule));
        QVERIFY(!j.rule.isEmpty());
    }

    void statusNeedsTheTargetsRegion()
    {
        // A city's figure does not judge a province's target.
        const StatusJudgement j = judgeTarget(target(100, Figure::Cmp::Ge),
                                              {reported(200, 2023, QStringLiteral("南京市"))}, 2021, QDate(2023, 6, 1));
        QCOMPARE(j.state, State::NoData);
        const StatusJudgement k = judgeTarget(target(100, Figure::Cmp::Ge), {reported(40, 2022), reported(70, 2023)},
                                              2021, QDate(2023, 6, 1));
        QCOMPARE(k.state, State::OnTrack); // the latest (70 in 2023) counts
        QCOMPARE(qRound(k.attainment), 70);
    }
};

QTEST_GUILESS_MAIN(TestLinker)
#include "tst_linker.moc"
