// Indicators, link suggestions and the status of a target for each comparator kind.
#include "extract/linker.h"

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
        QVERIFY(links.first().score > 0.8);
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
