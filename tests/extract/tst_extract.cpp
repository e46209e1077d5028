// Extraction on sentences written for these tests, one class of expression at a time.
#include "extract/extract.h"
#include "extract/gazetteer.h"

#include <QTest>

using namespace plens;
using Kind = Figure::Kind;
using Cmp = Figure::Cmp;

namespace {

ExtractContext plan()
{
    return {QDate(2021, 12, 31),
            QStringLiteral("江苏省"),
            QStringLiteral("江苏省工业和信息化厅"),
            QStringLiteral("方案"),
            {}};
}

ExtractContext briefing()
{
    return {QDate(2022, 9, 8),
            QStringLiteral("江苏省"),
            QStringLiteral("江苏省数字经济工作领导小组办公室"),
            QStringLiteral("简报"),
            {}};
}

QList<Figure> figures(const QString &text, const ExtractContext &ctx, std::optional<Kind> kind = std::nullopt)
{
    QList<Figure> out;
    for (const Figure &f : extractFigures(text, ctx)) {
        if (!kind || f.kind == *kind)
            out.append(f);
    }
    return out;
}

QString describe(const QList<Figure> &fs)
{
    QStringList parts;
    for (const Figure &f : fs)
        parts << QStringLiteral("%1 %2 %3 %4 [%5]")
                     .arg(Figure::kindName(f.kind))
                     .arg(f.value)
                     .arg(Figure::cmpName(f.cmp), f.unit, f.metric);
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestExtract : public QObject
{
    Q_OBJECT
private slots:
    void comparators_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("cmp");
        QTest::addColumn<QString>("unit");
        QTest::newRow("超") << QStringLiteral("到2025年，全市建成充电桩超5万个。") << 50000.0 << int(Cmp::Gt)
                            << QStringLiteral("个");
        QTest::newRow("突破") << QStringLiteral("到2025年，软件业务收入突破800亿元。") << 8e10 << int(Cmp::Gt)
                              << QStringLiteral("元");
        QTest::newRow("不少于") << QStringLiteral("到2025年，培育不少于12家链主企业。") << 12.0 << int(Cmp::Ge)
                                << QStringLiteral("家");
        QTest::newRow("以上") << QStringLiteral("到2025年，新增上云企业2000家以上。") << 2000.0 << int(Cmp::Ge)
                              << QStringLiteral("家");
        QTest::newRow("以下") << QStringLiteral("到2025年，新建数据中心PUE降到1.25以下。") << 1.25 << int(Cmp::Le)
                              << QString();
        QTest::newRow("不超过") << QStringLiteral("到2025年，单位能耗不超过0.4吨。") << 0.4 << int(Cmp::Le)
                                << QStringLiteral("吨");
        QTest::newRow("低于") << QStringLiteral("到2025年，新建大型数据中心PUE低于1.2。") << 1.2 << int(Cmp::Lt)
                              << QString();
        QTest::newRow("约") << QStringLiteral("到2025年，带动投资约300亿元。") << 3e10 << int(Cmp::Approx)
                            << QStringLiteral("元");
        QTest::newRow("左右") << QStringLiteral("到2025年，建设示范园区10个左右。") << 10.0 << int(Cmp::Approx)
                              << QStringLiteral("个");
        QTest::newRow("多") << QStringLiteral("到2025年，引进项目50多个。") << 50.0 << int(Cmp::Gt)
                            << QStringLiteral("个");
        QTest::newRow("percent") << QStringLiteral("到2025年，核心产业增加值占GDP比重达到12%。") << 12.0 << int(Cmp::Ge)
                                 << QStringLiteral("%");
        QTest::newRow("percent-full-width")
            << QStringLiteral("到2025年，覆盖率达到９５％以上。") << 95.0 << int(Cmp::Ge) << QStringLiteral("%");
        QTest::newRow("points") << QStringLiteral("到2025年，比重提高2个百分点。") << 2.0 << int(Cmp::Ge)
                                << QStringLiteral("百分点");
        QTest::newRow("multiple") << QStringLiteral("到2025年，产值增长到2020年的2倍。") << 2.0 << int(Cmp::Ge)
                                  << QStringLiteral("倍");
    }
    void comparators()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(int, cmp);
        QFETCH(QString, unit);
        const auto fs = figures(text, plan(), Kind::Target);
        QVERIFY2(!fs.isEmpty(), qPrintable(describe(extractFigures(text, plan()))));
        const Figure &f = fs.last();
        QVERIFY2(qAbs(f.value - value) < 1e-6 * std::max(1.0, value), qPrintable(describe(fs)));
        QCOMPARE(int(f.cmp), cmp);
        QCOMPARE(f.unit, unit);
        QCOMPARE(f.year, 2025);
    }

    void ranges()
    {
        auto fs = figures(QStringLiteral("到2023年，形成3-4个区块链底层平台，探索建设1至2个工业数据空间。"), plan());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).cmp, Cmp::Range);
        QCOMPARE(fs.at(0).value, 3.0);
        QCOMPARE(fs.at(0).valueMax, 4.0);
        QCOMPARE(fs.at(1).value, 1.0);
        QCOMPARE(fs.at(1).valueMax, 2.0);
        // The magnitude after the second number applies to both; percent ranges.
        fs = figures(QStringLiteral("到2025年，带动就业3-5万人，覆盖率达到90%—95%。"), plan());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).value, 30000.0);
        QCOMPARE(fs.at(0).valueMax, 50000.0);
        QCOMPARE(fs.at(0).unit, QStringLiteral("人"));
        QCOMPARE(fs.at(1).value, 90.0);
        QCOMPARE(fs.at(1).valueMax, 95.0);
        QCOMPARE(fs.at(1).unit, QStringLiteral("%"));
    }

    void hedges()
    {
        const auto fs = figures(QStringLiteral("到2025年，力争培育独角兽企业5家，确保规上企业上云率达到80%。"), plan());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).hedge, QStringLiteral("力争"));
        QCOMPARE(fs.at(0).cmp, Cmp::Ge); // the hedge is not a comparator
        QCOMPARE(fs.at(1).hedge, QStringLiteral("力争")); // the sentence's hedge governs its later clauses too
    }

    void kinds()
    {
        // Reported: 截至…建成, a past year, 今年以来, 已.
        auto fs = figures(QStringLiteral("截至2021年底，全市已建成5G基站1.2万个。今年以来新增数字技能人才3.5万人次。"),
                          briefing());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).kind, Kind::Reported);
        QCOMPARE(fs.at(0).year, 2021);
        QCOMPARE(fs.at(0).value, 12000.0);
        QCOMPARE(fs.at(1).kind, Kind::Reported);
        QCOMPARE(fs.at(1).year, 2022); // 今年以来 in a 2022 briefing
        // Target in a briefing: 今年将.
        fs = figures(QStringLiteral("今年将完成1500家中小企业数字化诊断。"), briefing());
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().kind, Kind::Target);
        QCOMPARE(fs.first().year, 2022);
        // Forecast.
        fs = figures(QStringLiteral("预计全年软件业务收入将达到1.2万亿元。"), briefing());
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().kind, Kind::Forecast);
        // Parameters: subsidy caps, eligibility thresholds, counts of tasks.
        fs = figures(QStringLiteral("对新认定的示范工厂给予最高300万元奖励。对年营业收入500万元及以下的企业免收服务费。"
                                    "提出十二项重点任务。"),
                     briefing());
        QCOMPARE(fs.size(), 3);
        for (const Figure &f : fs)
            QVERIFY2(f.kind == Kind::Parameter, qPrintable(describe(fs)));
        // A baseline inside a target: 从…的A提高到B.
        fs = figures(QStringLiteral("到2025年，数字经济核心产业增加值占比从2020年的8%提高到12%。"), plan());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).kind, Kind::Reported);
        QCOMPARE(fs.at(0).value, 8.0);
        QCOMPARE(fs.at(0).year, 2020);
        QCOMPARE(fs.at(1).kind, Kind::Target);
        QCOMPARE(fs.at(1).value, 12.0);
        QCOMPARE(fs.at(1).year, 2025);
    }

    void listsAndPairs()
    {
        // A list sharing one verb and year.
        auto fs
            = figures(QStringLiteral("到2023年，累计建成100家重点平台、150家标杆工厂、1万家星级上云企业。"), plan());
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs.at(2).value, 10000.0);
        for (const Figure &f : fs) {
            QCOMPARE(f.kind, Kind::Target);
            QCOMPARE(f.year, 2023);
        }
        QCOMPARE(fs.at(1).metric, QStringLiteral("标杆工厂"));
        // 分别 pairs numbers with names in order; shares refer back to them.
        fs = figures(QStringLiteral("全市分别有12个、5个项目入选省级大数据、人工智能试点项目，占全省的30%、25%。"),
                     briefing());
        QCOMPARE(fs.size(), 4);
        QVERIFY2(fs.at(0).metric.contains(QStringLiteral("大数据")), qPrintable(describe(fs)));
        QVERIFY2(fs.at(1).metric.contains(QStringLiteral("人工智能")), qPrintable(describe(fs)));
        QVERIFY2(fs.at(2).metric.contains(QStringLiteral("大数据")), qPrintable(describe(fs)));
        QVERIFY2(fs.at(3).metric.contains(QStringLiteral("人工智能")), qPrintable(describe(fs)));
    }

    void timeOpenersAndRelativeTimes()
    {
        // The opener governs the rest of the paragraph, not the next one.
        const QString text = QStringLiteral(
            "到2025年，建成智能工厂50家。培育工业互联网平台20个。\n推进数字政府建设，建成政务服务平台3个。");
        const auto fs = figures(text, {QDate(2021, 7, 30), QStringLiteral("镇江市"), QString(), QString(), {}});
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs.at(0).year, 2025);
        QCOMPARE(fs.at(1).year, 2025);
        QVERIFY(fs.at(2).year != std::optional<int>(2025) || fs.at(2).kind == Kind::Target);
        // 今年 in a 2022 document is 2022.
        const auto now = figures(QStringLiteral("今年要新增5G基站3000个。"), briefing(), Kind::Target);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().year, 2022);
    }

    void scope()
    {
        auto fs = figures(
            QStringLiteral("截至2021年底，南京建成智能工厂59家，常州市建成标杆工厂13家，全省建成1.2万个5G基站。"),
            briefing());
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs.at(0).scope, QStringLiteral("南京市"));
        QCOMPARE(fs.at(1).scope, QStringLiteral("常州市"));
        QCOMPARE(fs.at(2).scope, QStringLiteral("江苏省"));
        // No region named: the issuing body's.
        fs = figures(QStringLiteral("到2025年，建成5G基站2万个。"),
                     {QDate(2021, 7, 30), QStringLiteral("镇江市"), QString(), QString(), {}});
        QCOMPARE(fs.first().scope, QStringLiteral("镇江市"));
        QCOMPARE(Gazetteer::canonical(QStringLiteral("粤")), QStringLiteral("广东省"));
        QVERIFY(Gazetteer::contains(QStringLiteral("江苏省"), QStringLiteral("苏州")));
        QVERIFY(!Gazetteer::contains(QStringLiteral("广东省"), QStringLiteral("苏州市")));
    }

    void metrics()
    {
        auto fs
            = figures(QStringLiteral(
                          "到2023年，建成5G基站超20万个，全省数据中心标准机架规模达60万架，打造3000项5G优秀应用案例。"),
                      plan());
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs.at(0).metric, QStringLiteral("5G基站"));
        QVERIFY2(fs.at(1).metric.contains(QStringLiteral("数据中心标准机架")), qPrintable(fs.at(1).metric));
        QCOMPARE(fs.at(2).metric, QStringLiteral("5G优秀应用案例"));
        QCOMPARE(fs.at(0).text, QStringLiteral("建成5G基站超20万个"));
        QCOMPARE(fs.at(0).start, 7);
        // 同比增长 takes the figure it changes.
        fs = figures(QStringLiteral("2022年全市网络零售额3200亿元，同比增长9.5%。"), briefing());
        QCOMPARE(fs.size(), 2);
        QVERIFY2(fs.at(1).metric.contains(QStringLiteral("网络零售额")), qPrintable(fs.at(1).metric));
    }

    void agencies()
    {
        const auto fs = figures(
            QStringLiteral("到2023年，建成工业互联网平台100家。（省工信厅、省发展改革委按职责分工负责）"), plan());
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().agencies, (QStringList {QStringLiteral("省工信厅"), QStringLiteral("省发展改革委")}));
    }

    void notFigures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("document number") << QStringLiteral("苏工信数据〔2021〕632号文件印发。");
        QTest::newRow("formula") << QStringLiteral("加快推进“1+1+40+N”标识解析体系布局。");
        QTest::newRow("quoted number") << QStringLiteral("推进大数据产业“1468”发展体系。");
        QTest::newRow("quoted words") << QStringLiteral("打造“双核三区四基地”发展体系，推动“六个一”工程。");
        QTest::newRow("five-year plan") << QStringLiteral("贯彻“十四五”规划，聚焦二十大战略性产业集群。");
        QTest::newRow("tech names") << QStringLiteral("推进5G、4G网络和IPv6部署，建设4A级以上旅游景区和4K频道。");
        QTest::newRow("ranking") << QStringLiteral("规模居全国第一，位列百强。进入100强。");
        QTest::newRow("section label") << QStringLiteral("一、总体要求\n（二）主要目标\n3.加快建设");
        QTest::newRow("dates") << QStringLiteral("2021年7月30日印发，于5月25日至26日召开第三十二次会议。");
        QTest::newRow("phone") << QStringLiteral("联系人及电话：王科长83133263");
        QTest::newRow("durations") << QStringLiteral("力争通过3-5年的努力，赛事历时10个月，两年内实现全覆盖。");
        QTest::newRow("articles") << QStringLiteral("光子技术是一项十分重要的底层支撑技术，成为两个试验区之一。");
        QTest::newRow("four pillars") << QStringLiteral("构建集成电路产业发展“四梁八柱”，推进三次产业融合。");
    }
    void notFigures()
    {
        QFETCH(QString, text);
        const auto fs = extractFigures(text, briefing());
        QList<Figure> counted;
        for (const Figure &f : fs) {
            if (f.kind == Kind::Target || f.kind == Kind::Reported)
                counted.append(f);
        }
        QVERIFY2(counted.isEmpty(), qPrintable(describe(counted)));
    }

    void linearTime()
    {
        // A long text without sentence ends must not make the extractor quadratic: 200 KB in one line.
        QString text;
        for (int i = 0; i < 4000; ++i)
            text += QStringLiteral("建成示范项目%1个，").arg(i % 90 + 10);
        const auto fs = extractFigures(text, plan());
        QCOMPARE(fs.size(), 4000);
    }
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
