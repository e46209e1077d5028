// Extraction end to end, one class of expression at a time, on sentences and small documents written
// for these tests (water, health, farming, transport, tourism …: none is taken from the corpus).
#include "extract/extract.h"

#include <QElapsedTimer>
#include <QTest>

using namespace plens;
using Kind = Figure::Kind;
using Cmp = Figure::Cmp;

namespace {

// A provincial plan written at the start of 2026, a city briefing, a provincial work report.
ExtractContext plan()
{
    ExtractContext c;
    c.documentDate = QDate(2026, 1, 20);
    c.region = QStringLiteral("安徽省");
    c.issuer = QStringLiteral("安徽省水利厅");
    c.docType = QStringLiteral("方案");
    c.title = QStringLiteral("安徽省农村供水保障行动方案");
    return c;
}

ExtractContext briefing()
{
    ExtractContext c;
    c.documentDate = QDate(2026, 8, 12);
    c.region = QStringLiteral("宜昌市");
    c.issuer = QStringLiteral("宜昌市文化和旅游局");
    c.docType = QStringLiteral("简报");
    c.title = QStringLiteral("文旅工作简报");
    return c;
}

ExtractContext workReport()
{
    ExtractContext c;
    c.region = QStringLiteral("四川省");
    c.docType = QStringLiteral("报告");
    c.title = QStringLiteral("2026年四川省政府工作报告");
    return c;
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
        parts << QStringLiteral("%1 %2 %3 %4 y%5 [%6] @%7")
                     .arg(Figure::kindName(f.kind))
                     .arg(f.value)
                     .arg(Figure::cmpName(f.cmp), f.unit)
                     .arg(f.year.value_or(0))
                     .arg(f.metric, f.scope);
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
        const auto row = [](const char *name, const char16_t *text, double v, Cmp cmp, const char16_t *unit) {
            QTest::newRow(name) << QString::fromUtf16(text) << v << int(cmp) << QString::fromUtf16(unit);
        };
        row("超", u"到2028年，农村自来水普及率超96%。", 96, Cmp::Gt, u"%");
        row("突破", u"到2028年，水利投资突破1200亿元。", 1.2e11, Cmp::Gt, u"元");
        row("不少于", u"到2028年，建成不少于30座千吨万人供水工程。", 30, Cmp::Ge, u"座");
        row("以上", u"到2028年，规模化供水覆盖人口2600万人以上。", 2.6e7, Cmp::Ge, u"人");
        row("以下", u"到2028年，管网漏损率降到9%以下。", 9, Cmp::Le, u"%");
        row("不超过", u"到2028年，单方水电耗不超过0.35千瓦时。", 0.35, Cmp::Le, u"千瓦时");
        row("低于", u"到2028年，水质不合格率低于2%。", 2, Cmp::Lt, u"%");
        row("约", u"到2028年，带动社会投资约85亿元。", 8.5e9, Cmp::Approx, u"元");
        row("左右", u"到2028年，改造老旧水厂40座左右。", 40, Cmp::Approx, u"座");
        row("多", u"到2028年，培育专业化管护企业60多家。", 60, Cmp::Gt, u"家");
        row("bare planned count", u"到2028年，新建水源地保护区18个。", 18, Cmp::Ge, u"个");
        row("保持", u"到2028年，集中供水率保持100%。", 100, Cmp::Ge, u"%");
        row("points", u"到2028年，水质达标率提高3个百分点。", 3, Cmp::Ge, u"百分点");
        row("multiple", u"到2028年，供水能力增长到2025年的1.5倍。", 1.5, Cmp::Ge, u"倍");
        row("range", u"到2028年，增速保持在6%—8%。", 6, Cmp::Range, u"%");
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
        QCOMPARE(f.value, value);
        QCOMPARE(int(f.cmp), cmp);
        QCOMPARE(f.unit, unit);
        QCOMPARE(f.year, 2028);
    }

    void reportedComparators()
    {
        // Reported figures: 多/余 and 超过 are "more than", 以内 "at most", 约/近 "about", else equal.
        const auto fs
            = figures(QStringLiteral("上半年，全市接待游客2100余万人次，旅游收入约190亿元，投诉处理率达99.6%，"
                                     "投诉量控制在20件以内，过夜游客超过300万人。"),
                      briefing());
        QCOMPARE(fs.size(), 5);
        QCOMPARE(fs.at(0).cmp, Cmp::Gt);
        QCOMPARE(fs.at(1).cmp, Cmp::Approx);
        QCOMPARE(fs.at(2).cmp, Cmp::Eq); // 达 reports a value
        QCOMPARE(fs.at(3).cmp, Cmp::Le);
        QCOMPARE(fs.at(4).cmp, Cmp::Gt);
        for (const Figure &f : fs) {
            QCOMPARE(f.kind, Kind::Reported);
            QCOMPARE(f.year, 2026);
        }
    }

    void hedges()
    {
        const auto fs = figures(QStringLiteral("到2028年，力争建成数字孪生灌区5处，确保病险水库全部完成除险加固。"
                                               "原则上每个乡镇建设1个水质检测室。"),
                                plan());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).hedge, QStringLiteral("力争"));
        QCOMPARE(fs.at(1).hedge, QStringLiteral("原则上"));
    }

    // Kind per clause, not per document.
    void kindBySection()
    {
        // A work report: the review part reports last year, the plan part sets this year's targets
        // with no 到/达到 at all.
        const QString text
            = QStringLiteral("各位代表：\n\n"
                             "一、2025年工作回顾\n\n"
                             "过去一年，全省地区生产总值增长5.8%，新增城镇就业95万人，建成高标准农田420万亩。\n\n"
                             "二、2026年工作安排\n\n"
                             "今年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业90万人以上。\n\n"
                             "（一）夯实农业基础\n\n"
                             "建设高标准农田400万亩，新改建农村公路6000公里。\n");
        const auto fs = figures(text, workReport());
        QCOMPARE(fs.size(), 7);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(fs.at(i).kind, Kind::Reported);
            QCOMPARE(fs.at(i).year, 2025);
            QCOMPARE(fs.at(i).scope, QStringLiteral("四川省"));
        }
        for (int i = 3; i < 7; ++i) {
            QCOMPARE(fs.at(i).kind, Kind::Target);
            QCOMPARE(fs.at(i).year, 2026);
        }
        QCOMPARE(fs.at(3).cmp, Cmp::Approx);
        QCOMPARE(fs.at(5).cmp, Cmp::Ge); // a bare planned count
    }

    void effortsInAReviewAreResults()
    {
        // 争取/确保 in a review tell of what was secured; a standard raised per person is a level, while a
        // payment given per case is a parameter.
        const QString text = QStringLiteral("一、2025年工作回顾\n\n争取上级补助资金85亿元，确保完成造林任务12万亩。城乡"
                                            "居民医保财政补助标准提高到每人每年"
                                            "700元。对新建托育机构给予每个托位1万元补助。\n");
        const auto fs = figures(text, workReport());
        QCOMPARE(fs.size(), 4);
        QCOMPARE(fs.at(0).kind, Kind::Reported);
        QCOMPARE(fs.at(1).kind, Kind::Reported);
        QCOMPARE(fs.at(2).kind, Kind::Reported);
        QCOMPARE(fs.at(2).value, 700.0);
        QCOMPARE(fs.at(3).kind, Kind::Parameter);
    }

    void kindByTense_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("year");
        const auto row = [](const char *name, const char16_t *text, Kind kind, int year) {
            QTest::newRow(name) << QString::fromUtf16(text) << int(kind) << year;
        };
        // In a city briefing of August 2026 (a report by default).
        row("将", u"下半年将新开通旅游专线12条。", Kind::Target, 2026);
        row("力争", u"全年力争接待游客5000万人次。", Kind::Target, 2026);
        row("目标", u"明年的目标是旅游收入突破400亿元。", Kind::Target, 2027);
        row("到年", u"到2028年，全市A级景区达到60家。", Kind::Target, 2028);
        row("已", u"全市已建成智慧景区15家。", Kind::Reported, 2026);
        row("截至", u"截至2025年底，全市共有民宿1800家。", Kind::Reported, 2025);
        row("去年", u"去年全市旅游收入360亿元。", Kind::Reported, 2025);
        row("past year", u"2024年全市接待游客4200万人次。", Kind::Reported, 2024);
        row("change", u"旅游收入同比增长12.5%。", Kind::Reported, 2026);
        row("预计", u"预计全年旅游收入将超过380亿元。", Kind::Forecast, 2026);
        row("forecast governs the sentence", u"预计国庆期间接待游客350万人次，实现收入21亿元。", Kind::Forecast, 2026);
    }
    void kindByTense()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, year);
        const auto fs = figures(text, briefing());
        QVERIFY2(!fs.isEmpty(), "nothing extracted");
        QCOMPARE(int(fs.last().kind), kind);
        QCOMPARE(fs.last().year, year);
    }

    void kindByYearAgainstTheDate()
    {
        // In a plan: a past year reports, a later one targets, whatever the document's type.
        auto fs = figures(QStringLiteral("2024年全省农村自来水普及率为91%，2027年提高到95%。"), plan());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).kind, Kind::Reported);
        QCOMPARE(fs.at(0).year, 2024);
        QCOMPARE(fs.at(1).kind, Kind::Target);
        QCOMPARE(fs.at(1).year, 2027);
        // A baseline: 从A提高到B gives a reported A and a target B.
        fs = figures(QStringLiteral("到2028年，再生水利用率从2025年的24%提高到30%。"), plan());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).kind, Kind::Reported);
        QCOMPARE(fs.at(0).year, 2025);
        QCOMPARE(fs.at(1).kind, Kind::Target);
        QCOMPARE(fs.at(1).year, 2028);
        // A news report of achievements (no plan words) reports; a quoted plan in it targets.
        fs = figures(QStringLiteral("全县累计建成美丽乡村120个。按照规划，到2030年该县将建成美丽乡村200个。"),
                     briefing());
        QCOMPARE(fs.at(0).kind, Kind::Reported);
        QCOMPARE(fs.at(1).kind, Kind::Target);
        QCOMPARE(fs.at(1).year, 2030);
    }

    void paragraphOpenerGoverns()
    {
        const auto fs = figures(QStringLiteral("到2029年，全省水土保持率达到80%。新增治理面积4000平方公里，"
                                               "建设生态清洁小流域150条。"),
                                plan());
        QCOMPARE(fs.size(), 3);
        for (const Figure &f : fs) {
            QCOMPARE(f.kind, Kind::Target);
            QCOMPARE(f.year, 2029);
        }
    }

    void parameters()
    {
        // Subsidy caps and eligibility thresholds are parameters; a share of firms or a count of them
        // is a quantity.
        auto fs = figures(
            QStringLiteral("对新建的乡镇水厂给予最高80万元补助。年用水量10万吨及以上的单位纳入重点监控。"), plan());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).kind, Kind::Parameter);
        QCOMPARE(fs.at(1).kind, Kind::Parameter);
        fs = figures(QStringLiteral("对年营业收入2000万元以上的企业开展节水诊断。"), plan());
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().kind, Kind::Parameter);
        fs = figures(QStringLiteral("到2028年，推动60%以上的企业建立用水台账，培育50家以上的节水标杆企业。"), plan());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).kind, Kind::Target);
        QCOMPARE(fs.at(0).unit, QStringLiteral("%"));
        QCOMPARE(fs.at(1).kind, Kind::Target);
        fs = figures(QStringLiteral("方案提出七项任务。"), plan());
        QVERIFY(fs.isEmpty() || fs.first().kind == Kind::Parameter);
    }

    void years()
    {
        // 今年 and 明年 resolve against the date; a plan's horizon dates targets without a year.
        auto fs = figures(QStringLiteral("今年要新增节水型小区40个，明年再新增30个。"), briefing(), Kind::Target);
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).year, 2026);
        QCOMPARE(fs.at(1).year, 2027);
        ExtractContext c = plan();
        c.title = QStringLiteral("安徽省农村供水保障规划（2026—2030年）");
        fs = figures(QStringLiteral("规模化供水工程覆盖农村人口比例达到85%。"), c);
        QCOMPARE(fs.first().year, 2030);
        // A five-year period dates by its last year.
        fs = figures(QStringLiteral("到“十五五”末，全省农村供水工程规模化率达到70%。"), plan());
        QCOMPARE(fs.first().year, 2030);
        QCOMPARE(fs.first().kind, Kind::Target);
        fs = figures(QStringLiteral("“十四五”时期，全省新建农村供水工程2300处。"), plan());
        QCOMPARE(fs.first().year, 2025);
        QCOMPARE(fs.first().kind, Kind::Reported);
        // Years written in Chinese numerals.
        fs = figures(QStringLiteral("截至二〇二五年底，全市建成污水处理厂26座。"), briefing());
        QCOMPARE(fs.first().year, 2025);
        // The year a value is for: 从2021年的A增长至2025年的B.
        fs = figures(QStringLiteral("全市民宿从2021年的600家增长至2025年的1500家。"), briefing());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).year, 2021);
        QCOMPARE(fs.at(1).year, 2025);
        QCOMPARE(fs.at(1).kind, Kind::Reported);
    }

    void scope()
    {
        // The issuing body's region unless the clause names another; 全省/全市 are the home region.
        auto fs = figures(QStringLiteral("全市新增等级民宿45家，其中长阳县12家、五峰县8家。"), briefing());
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs.at(0).scope, QStringLiteral("宜昌市"));
        QCOMPARE(fs.at(1).scope, QStringLiteral("长阳县"));
        QCOMPARE(fs.at(2).scope, QStringLiteral("五峰县"));
        // A reference of comparison is not the scope; a list of counted cities is not either.
        fs = figures(QStringLiteral("全市旅游收入占全省的9.5%。"), briefing());
        QCOMPARE(fs.first().scope, QStringLiteral("宜昌市"));
        fs = figures(QStringLiteral("到2028年，在合肥、芜湖、安庆3个市建设供水一体化示范区。"), plan());
        QCOMPARE(fs.first().scope, QStringLiteral("安徽省"));
        // 全国 qualifying a noun (全国示范县) is no scope.
        fs = figures(QStringLiteral("到2028年，创建全国节水型社会示范县20个。"), plan());
        QCOMPARE(fs.first().scope, QStringLiteral("安徽省"));
        // National bodies speak for 全国.
        ExtractContext national = plan();
        national.region.clear();
        national.issuer = QStringLiteral("水利部");
        fs = figures(QStringLiteral("到2028年，农村自来水普及率达到96%。"), national);
        QCOMPARE(fs.first().scope, QStringLiteral("全国"));
    }

    void addresseesGiveNoScope()
    {
        // An addressee list names regions (新疆生产建设兵团 contains 新疆): it scopes nothing.
        ExtractContext national = plan();
        national.region.clear();
        national.issuer = QStringLiteral("国务院办公厅");
        const QString text
            = QStringLiteral("各省、自治区、直辖市人民政府，新疆生产建设兵团，国务院各部委、各直属机构：\n\n"
                             "到2030年，城市公共供水管网漏损率控制在8%以内。\n\n"
                             "抄送：宁夏回族自治区人民政府办公厅。\n");
        const auto fs = figures(text, national);
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().scope, QStringLiteral("全国"));
        QCOMPARE(fs.first().cmp, Cmp::Le);
    }

    void topicOfANewsText()
    {
        // A news text follows the place it talks about until another (or the home region) is named.
        const QString text = QStringLiteral("秭归县依托峡江风光发展旅游。这里去年接待游客600万人次。\n\n"
                                            "“我们新开了30家民宿。”当地负责人说。\n\n"
                                            "全市旅游收入增长8%。\n");
        const auto fs = figures(text, briefing());
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs.at(0).scope, QStringLiteral("秭归县"));
        QCOMPARE(fs.at(1).scope, QStringLiteral("秭归县"));
        QCOMPARE(fs.at(2).scope, QStringLiteral("宜昌市"));
    }

    void listsAndPairs()
    {
        // A list of counts, each with its indicator.
        auto fs = figures(QStringLiteral("到2028年，建成300个村级水站、45个乡镇水厂、12个县级水质中心。"), plan());
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs.at(0).metric, QStringLiteral("村级水站"));
        QCOMPARE(fs.at(2).metric, QStringLiteral("县级水质中心"));
        // 分别 with the names after the numbers …
        fs = figures(QStringLiteral("全市分别有9家、4家景区入选省级智慧景区、夜游示范区。"), briefing());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).metric, QStringLiteral("省级智慧景区"));
        QCOMPARE(fs.at(1).metric, QStringLiteral("夜游示范区"));
        // … and before them, sharing the head noun.
        fs = figures(QStringLiteral("城镇、农村常住居民人均可支配收入分别增长4.9%和6.6%。"), briefing());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).metric, QStringLiteral("城镇常住居民人均可支配收入"));
        QCOMPARE(fs.at(1).metric, QStringLiteral("农村常住居民人均可支配收入"));
        // Shares and changes take the indicator of the figure they refer to.
        fs = figures(QStringLiteral("上半年全市旅游收入190亿元，同比增长11.2%。"), briefing());
        QCOMPARE(fs.size(), 2);
        QCOMPARE(fs.at(0).metric, QStringLiteral("旅游收入"));
        QCOMPARE(fs.at(1).metric, QStringLiteral("旅游收入"));
    }

    void agencies()
    {
        const auto fs
            = figures(QStringLiteral("到2028年，建成县域供水管理平台16个。（省水利厅牵头，省财政厅、省卫生健康委按"
                                     "职责分工负责）"),
                      plan());
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().agencies.size(), 3);
        QCOMPARE(fs.first().agencies.first(), QStringLiteral("省水利厅牵头"));
    }

    void notFigures_data()
    {
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, const char16_t *text) {
            QTest::newRow(name) << QString::fromUtf16(text);
        };
        row("document number", u"按照皖水农〔2025〕47号文件执行。");
        row("formula", u"构建“2+5+N”供水保障格局。");
        row("quoted number", u"推进“3211”工程。");
        row("quoted words", u"打造“一带两廊三区”布局，落实“四个一”制度。");
        row("quoted counts", u"落实5个“到位”、3个“严禁”。");
        row("five-year plan", u"衔接“十五五”规划，落实二十届三中全会精神。");
        row("tech names", u"推进4G和5G网络覆盖，建设5A级景区，引进B737机型。");
        row("ranking", u"水资源管理考核居全国前3位，位列第2名。");
        row("section labels", u"一、总体要求\n（二）主要目标\n3.加快建设");
        row("dates and times", u"2026年3月18日印发，定于4月2日至3日召开第五次会议，2026-04-02 09:30。");
        row("phone", u"联系电话：0551-62128800");
        row("durations and ages", u"用3年时间完成改造，为80周岁以上老人提供服务，历时6个月。");
        row("articles and enumerations", u"这是一项民生工程，分三个阶段推进，共赴一场约定，包括两部分内容。");
        row("ratio of people", u"每10名游客中就有3名来自省外。");
        row("speed", u"列车设计时速350公里。");
        row("anniversary and line", u"庆祝建市30周年，地铁3号线开通。");
        row("one of a group", u"成为全国首批5个试点省份之一。");
    }
    void notFigures()
    {
        QFETCH(QString, text);
        const auto fs = figures(text, plan());
        QVERIFY2(fs.isEmpty(), qPrintable(describe(fs)));
    }

    void linearTime()
    {
        // Extraction stays linear: a text without punctuation or line breaks is read in bounded windows.
        // (Speed is measured in tests/bench; this only guards against quadratic blow-ups.)
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("建成水站%1个").arg(i % 90 + 1);
        const auto fs = figures(text, plan());
        QCOMPARE(fs.size(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
