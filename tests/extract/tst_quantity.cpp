// Stage 1: quantities as written, and the classes of numbers that are not quantities. Every sentence
// here was written for this test; each row names the number it is about by the text that starts it.
#include "extract/quantity.h"

#include <QTest>

using namespace plens;
using namespace plens::extract;
using Cmp = Figure::Cmp;

Q_DECLARE_METATYPE(plens::extract::NotQuantity)

namespace {

// Reads the quantity whose number starts at the first occurrence of `at` in `text`.
QuantityRead readAt(const QString &text, const QString &at)
{
    const qsizetype pos = text.indexOf(at);
    Q_ASSERT(pos >= 0);
    const auto n = parseNumber(text, pos);
    if (!n)
        return {};
    return readQuantity(text, *n, 0);
}

} // namespace

class TestQuantity : public QObject
{
    Q_OBJECT
private slots:
    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("at");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("valueMax"); // 0: no range
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("before"); // -1: none
        QTest::addColumn<int>("after"); // -1: none
        const auto row = [](const char *name, const char16_t *text, const char16_t *at, double v, double max,
                            const char16_t *unit, int before, int after) {
            QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(at) << v << max
                                << QString::fromUtf16(unit) << before << after;
        };
        // Counting words, magnitudes, percentages.
        row("count", u"新建污水管网48公里。", u"48", 48, 0, u"公里", -1, -1);
        row("wan", u"改造老旧小区1.6万户。", u"1.6", 16000, 0, u"户", -1, -1);
        row("yi exact", u"完成投资4.6亿元。", u"4.6", 460000000, 0, u"元", -1, -1);
        row("wanyi", u"税收收入2.35万亿元。", u"2.35", 2.35e12, 0, u"元", -1, -1);
        row("qianyi", u"产值跨上3千亿元台阶。", u"3", 3e11, 0, u"元", -1, -1);
        row("small decimal", u"单位能耗下降0.21吨标准煤。", u"0.21", 0.21, 0, u"吨", -1, -1);
        row("thousands", u"接待游客12,450人次。", u"12,450", 12450, 0, u"人次", -1, -1);
        row("full-width percent", u"覆盖率达到９８％。", u"９８", 98, 0, u"%", int(Cmp::Ge), -1);
        row("permille", u"婴儿死亡率3.2‰。", u"3.2", 3.2, 0, u"‰", -1, -1);
        row("negative", u"人口自然增长率为-1.25‰。", u"1.25", -1.25, 0, u"‰", -1, -1);
        row("points", u"占比提高1.5个百分点。", u"1.5", 1.5, 0, u"百分点", -1, -1);
        row("chinese count", u"新建三个污水处理厂。", u"三", 3, 0, u"个", -1, -1);
        row("chinese cheng", u"入住率接近七成。", u"七", 70, 0, u"%", int(Cmp::Approx), -1);
        row("fraction", u"约占全省的三分之一。", u"三", 100.0 / 3, 0, u"%", -1, -1);
        row("alternative unit", u"销售农机具2.4万台（套）。", u"2.4", 24000, 0, u"台", -1, -1);
        // Comparators before and after.
        row("over", u"快递业务量超过9亿件。", u"9", 9e8, 0, u"件", int(Cmp::Gt), -1);
        row("at least", u"每年不少于40学时，开设课程不少于6门。", u"6", 6, 0, u"", int(Cmp::Ge), -1);
        row("above", u"绿化覆盖率达到45%以上。", u"45", 45, 0, u"%", int(Cmp::Ge), int(Cmp::Ge));
        row("within", u"失业率控制在5.5%以内。", u"5.5", 5.5, 0, u"%", int(Cmp::Le), int(Cmp::Le));
        row("about", u"新增造林面积20万亩左右。", u"20", 200000, 0, u"亩", -1, int(Cmp::Approx));
        row("symbol", u"地表水优良比例≥85%。", u"85", 85, 0, u"%", int(Cmp::Ge), -1);
        row("no unit after cmp", u"综合指数达到92.5以上。", u"92.5", 92.5, 0, u"", int(Cmp::Ge), int(Cmp::Ge));
        // Ranges, more-than.
        row("range", u"建设4-6个示范区。", u"4", 4, 6, u"个", -1, -1);
        row("range magnitude", u"带动就业2至3万人。", u"2", 20000, 30000, u"人", -1, -1);
        row("range percent", u"增速保持在6%—7%。", u"6", 6, 7, u"%", int(Cmp::Ge), -1);
        row("more than", u"引进高层次人才300余名。", u"300", 300, 0, u"名", -1, -1);
        row("more than magnitude", u"惠及群众1000多万人。", u"1000", 1e7, 0, u"人", -1, -1);
    }
    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(QString, at);
        QFETCH(double, value);
        QFETCH(double, valueMax);
        QFETCH(QString, unit);
        QFETCH(int, before);
        QFETCH(int, after);
        const QuantityRead r = readAt(text, at);
        QVERIFY2(r.quantity, qPrintable(QStringLiteral("not a quantity (%1)").arg(int(r.why))));
        const Quantity &q = *r.quantity;
        // Exact decimal values: 4.6亿 is 460000000, not 459999999.99999994.
        QCOMPARE(q.value, value);
        QCOMPARE(q.valueMax.value_or(0), valueMax);
        QCOMPARE(q.unit, unit);
        QCOMPARE(q.before ? int(*q.before) : -1, before);
        QCOMPARE(q.after ? int(*q.after) : -1, after);
    }

    void moreThanIsRead()
    {
        const QuantityRead r = readAt(QStringLiteral("引进高层次人才300余名。"), QStringLiteral("300"));
        QVERIFY(r.quantity && r.quantity->moreThan);
        const QuantityRead t = readAt(QStringLiteral("资助标准为每人每年600元及以下。"), QStringLiteral("600"));
        QVERIFY(t.quantity && t.quantity->threshold);
    }

    void notQuantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("at");
        QTest::addColumn<NotQuantity>("why");
        const auto row = [](const char *name, const char16_t *text, const char16_t *at, NotQuantity why) {
            QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(at) << why;
        };
        // Codes and names.
        row("network generation", u"建成5G网络。", u"5", NotQuantity::Code);
        row("ipv", u"推进IPv6规模部署。", u"6", NotQuantity::Code);
        row("model", u"引进Y20型运输机。", u"20", NotQuantity::Code);
        row("slogan", u"构建“3+2+N”体系。", u"2", NotQuantity::Code);
        row("document number", u"根据浙发改〔2024〕118号文件。", u"118", NotQuantity::Code);
        row("version", u"发布3.1.2版本。", u"3", NotQuantity::Code);
        // Dates, durations, ages.
        row("date", u"于9月28日召开。", u"9", NotQuantity::Date);
        row("months", u"用3个月时间完成整治。", u"3", NotQuantity::Date);
        row("age", u"年满65周岁的老人。", u"65", NotQuantity::Date);
        row("age plain", u"他今年12岁。", u"12", NotQuantity::Date);
        row("year", u"2031年全面建成。", u"2031", NotQuantity::Date);
        // Names, levels, ranks.
        row("session", u"第九次全体会议审议。", u"九", NotQuantity::Rank);
        row("level", u"创建国家4A级旅游景区。", u"4", NotQuantity::Code);
        row("line", u"地铁9号线开通。", u"9", NotQuantity::Name);
        row("anniversary", u"纪念建校120周年。", u"120", NotQuantity::Name);
        row("top", u"入围全国百强县，进入前20名。", u"20", NotQuantity::Rank);
        row("ranking", u"增速居全省第3位。", u"3", NotQuantity::Rank);
        row("five-year plan", u"编制“十五五”规划。", u"十", NotQuantity::Name);
        row("unify", u"统一标准，进一步规范。", u"一", NotQuantity::Name);
        row("many", u"实施一批重点工程。", u"一", NotQuantity::Name);
        // Articles, enumerations, group membership.
        row("article", u"开展一场专项行动。", u"一", NotQuantity::Article);
        row("copula", u"这是一项系统工程。", u"一", NotQuantity::Article);
        row("periods", u"展览分为五个时期。", u"五", NotQuantity::Enumeration);
        row("parts", u"报告包括三部分内容。", u"三", NotQuantity::Enumeration);
        row("aspects", u"重点抓好四个方面。", u"四", NotQuantity::Enumeration);
        row("one of", u"成为首批3个试点城市之一。", u"3", NotQuantity::Name);
        // Counts of quoted words, ratios of people, specifications.
        row("quoted count", u"落实6个“必须”、4个“严禁”要求。", u"6", NotQuantity::QuotedCount);
        row("ratio", u"全村每5户中就有2户从事养殖。", u"2", NotQuantity::Ratio);
        row("ratio denominator", u"全村每5户中就有2户从事养殖。", u"5", NotQuantity::Ratio);
        row("speed", u"设计时速160公里。", u"160", NotQuantity::Spec);
        // Named rule sets, sessions, sayings, orders of magnitude.
        row("rule set", u"严守六项纪律要求。", u"六", NotQuantity::Enumeration);
        row("session list", u"学习市委九届三次、四次全会精神。", u"三", NotQuantity::Name);
        row("saying", u"做到种一棵活一棵。", u"一", NotQuantity::Article);
        row("digits", u"增速保持三位数增长。", u"三", NotQuantity::Name);
        row("doublings", u"实现三个翻番。", u"三", NotQuantity::Enumeration);
        row("one map", u"建成国土空间一张图。", u"一", NotQuantity::Name);
        // Bare numbers.
        row("bare", u"编号0571的档案。", u"0571", NotQuantity::NoUnit);
        row("chinese bare", u"四海一家。", u"四", NotQuantity::NoUnit);
        row("phone", u"咨询电话12345678。", u"12345678", NotQuantity::Phone);
    }
    void notQuantities()
    {
        QFETCH(QString, text);
        QFETCH(QString, at);
        QFETCH(NotQuantity, why);
        const QuantityRead r = readAt(text, at);
        QVERIFY2(!r.quantity,
                 qPrintable(QStringLiteral("read as %1 %2")
                                .arg(r.quantity ? r.quantity->value : 0)
                                .arg(r.quantity ? r.quantity->unit : QString())));
        QCOMPARE(r.why, why);
    }

    void quotedWordsThatModifyAreCounted()
    {
        // A quote that modifies the counted noun (10个“一站式”服务中心) keeps the count.
        const QuantityRead r = readAt(QStringLiteral("建设10个“一站式”服务中心。"), QStringLiteral("10"));
        QVERIFY(r.quantity);
        QCOMPARE(r.quantity->value, 10.0);
    }
};

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
