// Stage 0: what a document and a sentence say about time, place and kind — read once, on texts written
// for this test.
#include "extract/context.h"

#include <QTest>

using namespace plens;
using namespace plens::extract;

Q_DECLARE_METATYPE(plens::extract::Genre)

namespace {

ExtractContext context(const QString &title, const QString &type = {}, QDate date = {},
                       const QString &region = QStringLiteral("浙江省"))
{
    ExtractContext c;
    c.title = title;
    c.docType = type;
    c.documentDate = date;
    c.region = region;
    return c;
}

} // namespace

class TestContext : public QObject
{
    Q_OBJECT
private slots:
    void genreAndYears_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("opening");
        QTest::addColumn<Genre>("genre");
        QTest::addColumn<int>("docYear");
        QTest::addColumn<int>("reportYear");
        QTest::addColumn<int>("horizon");
        const auto row = [](const char *name, const char16_t *title, const char16_t *type, QDate date,
                            const char16_t *opening, Genre genre, int docYear, int reportYear, int horizon) {
            QTest::newRow(name) << QString::fromUtf16(title) << QString::fromUtf16(type) << date
                                << QString::fromUtf16(opening) << genre << docYear << reportYear << horizon;
        };
        row("work report without date", u"2026年某省政府工作报告", u"", {}, u"各位代表：", Genre::WorkReport, 2026, 0,
            0);
        row("bulletin", u"某市2025年国民经济和社会发展统计公报", u"", QDate(2026, 3, 30), u"2025年，全市…",
            Genre::Report, 2026, 2025, 0);
        row("bulletin without date", u"某市2025年国民经济和社会发展统计公报", u"", {}, u"", Genre::Report, 2026, 2025,
            0);
        row("final accounts", u"附件3：公开样张", u"", QDate(2026, 9, 1), u"某区文化局2025年度部门决算\n目录",
            Genre::Report, 2026, 2025, 0);
        row("plan period", u"某省水利发展规划（2026—2030年）", u"", QDate(2026, 5, 1), u"", Genre::Plan, 2026, 0, 2030);
        row("five-year plan", u"某市“十五五”养老服务体系建设方案", u"方案", QDate(2026, 2, 1), u"", Genre::Plan, 2026,
            0, 2030);
        row("horizon from text", u"关于推进全域旅游的实施意见", u"意见", QDate(2026, 2, 1),
            u"为加快发展，制定本意见。到2028年，全市接待游客…", Genre::Plan, 2026, 0, 2028);
        row("past horizon ignored", u"关于推进全域旅游的实施意见", u"意见", QDate(2026, 2, 1), u"到2024年，全市已建成…",
            Genre::Plan, 2026, 0, 0);
        row("reply", u"关于市人大十六届三次会议第88号建议的答复", u"答复", QDate(2026, 7, 1), u"", Genre::Report, 2026,
            0, 0);
        row("report on opinions", u"关于县九届人大二次会议代表意见的办理情况", u"意见", QDate(2026, 10, 9), u"",
            Genre::Report, 2026, 0, 0);
        row("notice of a plan", u"某县人民政府关于印发某县节水行动方案的通知", u"", QDate(2026, 4, 1), u"", Genre::Plan,
            2026, 0, 0);
    }
    void genreAndYears()
    {
        QFETCH(QString, title);
        QFETCH(QString, type);
        QFETCH(QDate, date);
        QFETCH(QString, opening);
        QFETCH(Genre, genre);
        QFETCH(int, docYear);
        QFETCH(int, reportYear);
        QFETCH(int, horizon);
        const DocumentFacts f = DocumentFacts::analyse(opening, context(title, type, date));
        QCOMPARE(f.genre, genre);
        QCOMPARE(f.docYear, docYear);
        QCOMPARE(f.reportYear, reportYear);
        QCOMPARE(f.horizon, horizon);
    }

    void homeRegion()
    {
        ExtractContext c = context(QStringLiteral("通知"));
        c.region.clear();
        c.issuer = QStringLiteral("宁波市发展和改革委员会");
        QCOMPARE(DocumentFacts::analyse(QString(), c).homeRegion, QStringLiteral("宁波市"));
        QCOMPARE(DocumentFacts::analyse(QString(), c).homeProvince, QStringLiteral("浙江省"));
        c.issuer = QStringLiteral("国家发展改革委");
        const DocumentFacts national = DocumentFacts::analyse(QString(), c);
        QVERIFY(national.national);
        QCOMPARE(national.defaultScope(), QStringLiteral("全国"));
    }

    void sections()
    {
        // A work report: review and plan parts, subheadings inheriting, years read from the headings.
        const QString text = QStringLiteral("各位代表：\n\n"
                                            "一、2025年工作回顾\n\n"
                                            "（一）产业升级取得新进展\n\n"
                                            "全年新增规上企业300家。\n\n"
                                            "二、2026年工作安排\n\n"
                                            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n\n"
                                            "（一）坚定不移扩大内需\n\n"
                                            "新建充电桩2000个。\n\n"
                                            "三、下一步的努力方向\n\n"
                                            "第四部分 过去五年的主要成就\n\n"
                                            "各市、县人民政府：\n");
        ExtractContext c = context(QStringLiteral("2026年政府工作报告"));
        const DocumentFacts f = DocumentFacts::analyse(text, c);
        const SectionMap map = SectionMap::analyse(text, splitParagraphs(text), f);
        const auto at = [&](const char16_t *what) {
            return map.at(text.indexOf(QString::fromUtf16(what)));
        };
        QCOMPARE(at(u"全年新增").kind, Section::Review);
        QCOMPARE(at(u"全年新增").year, 2025);
        QCOMPARE(at(u"今年经济").kind, Section::Plan);
        QCOMPARE(at(u"今年经济").year, 2026);
        QCOMPARE(at(u"新建充电桩").kind, Section::Plan); // （一）坚定不移扩大内需 inherits
        QCOMPARE(at(u"新建充电桩").year, 2026);
        QCOMPARE(at(u"三、下一步").kind, Section::Plan); // a heading in the future tense
        QCOMPARE(at(u"第四部分").kind, Section::Review);
        QCOMPARE(map.at(0).kind, Section::Neutral);
        // An addressee line is no heading (and names no region).
        QVERIFY(isAddresseeParagraph(QStringLiteral("各市、县人民政府：")));
        QVERIFY(isAddresseeParagraph(QStringLiteral("抄送：省委办公厅，省人大常委会办公厅。")));
        QVERIFY(!isAddresseeParagraph(QStringLiteral("主要做了以下三个方面的工作：全市新建学校12所、医院3家。")));
    }

    void captionsAreNoHeadings()
    {
        // A bulletin's table caption uses plan words (主要指标) but opens no plan section: the figures
        // after the table stay in the review they belong to.
        const QString text = QStringLiteral("六、能源和水利\n\n全年发电量86.4亿千瓦时，增长3.2%。\n\n"
                                            "表4 2025年某某县能源主要指标及增速\n\n"
                                            "指标\t单位\t绝对数\t增长%\n发电量\t亿千瓦时\t86.4\t3.2\n\n"
                                            "年末水库蓄水量3.1亿立方米。\n\n"
                                            "图2 主要任务完成情况\n\n新建泵站14座。\n");
        const DocumentFacts f = DocumentFacts::analyse(
            text, context(QStringLiteral("某某县2025年国民经济和社会发展统计公报"), QStringLiteral("公报")));
        const SectionMap map = SectionMap::analyse(text, splitParagraphs(text), f);
        QVERIFY(map.at(text.indexOf(QStringLiteral("年末水库"))).kind != Section::Plan);
        QVERIFY(map.at(text.indexOf(QStringLiteral("新建泵站"))).kind != Section::Plan);
        QVERIFY(isCaptionParagraph(QStringLiteral("表12 主要预期目标")));
        QVERIFY(isCaptionParagraph(QStringLiteral("附表 重点任务分工")));
        QVERIFY(isCaptionParagraph(QStringLiteral("单位：万元")));
        QVERIFY(!isCaptionParagraph(QStringLiteral("表彰先进集体")));
        QVERIFY(!isCaptionParagraph(QStringLiteral("二、主要目标")));
    }

    void sectionRegions()
    {
        const QString text = QStringLiteral("各地进展\n\n（一）温州市\n\n新增农家乐200家。\n\n（二）经验做法\n\n形成一"
                                            "批案例。\n\n一、下一阶段安排\n\n");
        const DocumentFacts f
            = DocumentFacts::analyse(text, context(QStringLiteral("工作简报"), QStringLiteral("简报")));
        const SectionMap map = SectionMap::analyse(text, splitParagraphs(text), f);
        QCOMPARE(map.at(text.indexOf(QStringLiteral("新增农家乐"))).region, QStringLiteral("温州市"));
        QCOMPARE(map.at(text.indexOf(QStringLiteral("形成一批"))).region, QString()); // a sibling heading ends it
    }

    void yearRoles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("role");
        const auto row = [](const char *name, const char16_t *text, int year, YearMention::Role role) {
            QTest::newRow(name) << QString::fromUtf16(text) << year << int(role);
        };
        row("opener", u"到2029年，建成…", 2029, YearMention::Role::Opener);
        row("opener end", u"至2027年底，累计…", 2027, YearMention::Role::Opener);
        row("as of", u"截至2025年末，全市…", 2025, YearMention::Role::AsOf);
        row("baseline", u"比2020年翻一番", 2020, YearMention::Role::Baseline);
        row("baseline from", u"从2021年的12%提高到…", 2021, YearMention::Role::Baseline);
        row("value year", u"增长至2030年的5万个", 2030, YearMention::Role::Plain);
        row("plain", u"2024年，全省…", 2024, YearMention::Role::Plain);
        row("chinese", u"二〇二六年三月", 2026, YearMention::Role::Plain);
        row("chinese ocr", u"二○二七年", 2027, YearMention::Role::Plain);
    }
    void yearRoles()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(int, role);
        qsizetype pos = 0;
        while (pos < text.size() && !text.at(pos).isDigit() && !QStringView(u"二〇○").contains(text.at(pos)))
            ++pos;
        const auto m = yearMentionAt(text, pos, 0);
        QVERIFY(m);
        QCOMPARE(m->year, year);
        QCOMPARE(int(m->role), role);
    }

    void modalsOnlyBeforeVerbs()
    {
        // 将 is modal before a verb (将建成) and a preposition before a noun (将数据纳入…); 要 inside
        // 主要/重要 is no cue.
        const DocumentFacts f;
        const auto cues = [&](const QString &s) {
            const SentenceCues c(s, {0, s.size()}, f);
            QStringList words;
            for (const lex::Hit &h : c.hits())
                words << h.word->text.toString();
            return words;
        };
        QVERIFY(cues(QStringLiteral("全市将建成3个公园。")).contains(QStringLiteral("将")));
        QVERIFY(!cues(QStringLiteral("将养老数据纳入平台。")).contains(QStringLiteral("将")));
        QVERIFY(!cues(QStringLiteral("主要指标完成情况良好。")).contains(QStringLiteral("要")));
        QVERIFY(cues(QStringLiteral("今年要确保完成。")).contains(QStringLiteral("今年要")));
        // 比上年 is a change, not a "last year" of its own.
        QCOMPARE(cues(QStringLiteral("比上年增长3%。")).first(), QStringLiteral("比上年"));
    }

    void yearsInTitlesDateTheTitle()
    {
        const QString s = QStringLiteral("印发《某省数字乡村建设方案（2023—2025年）》，新建站点30个。");
        const SentenceCues c(s, {0, s.size()}, DocumentFacts());
        QVERIFY(c.years().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContext)
#include "tst_context.moc"
