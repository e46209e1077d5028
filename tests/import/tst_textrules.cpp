// Clean-up rules by class of debris, metadata rules, similarity and content hash, and splitting,
// on small texts written here (none taken from the corpus).
#include "import/metadata.h"
#include "text/cleanup.h"
#include "text/normalize.h"
#include "text/segment.h"

#include <QTest>

using namespace plens;

class TestTextRules : public QObject
{
    Q_OBJECT
private slots:
    void debrisLines_data();
    void debrisLines();
    void keepsContent();
    void sidebarBlock();
    void pageBreakJoin();
    void cjkSpaces();
    void mapFollowsEdits();
    void radicals();
    void metadataRules();
    void dateParsing();
    void similarity();
    void hash();
    void sentences();
    void clauses();
};

namespace {
const QString kBody
    = QStringLiteral("到2025年，全市建成5G基站1.2万个，培育数字经济核心产业企业100家，形成一批可复制推广的经验做法。");
}

void TestTextRules::debrisLines_data()
{
    QTest::addColumn<QString>("debris");
    QTest::newRow("spam line") << QStringLiteral("博彩");
    QTest::newRow("spam chain") << QStringLiteral("赌球-线上赌球-赌球网站");
    QTest::newRow("qr prompt") << QStringLiteral("扫一扫在手机上查看当前页面");
    QTest::newRow("cms credit") << QStringLiteral("Powered By SomeCMS 5.0");
    QTest::newRow("copyright") << QStringLiteral("版权所有：某某市人民政府办公室");
    QTest::newRow("icp") << QStringLiteral("苏ICP备12345678号-1 网站标识码3200000000");
    QTest::newRow("breadcrumb") << QStringLiteral("首页 > 政务公开 > 政策文件");
    QTest::newRow("location") << QStringLiteral("当前位置：首页 > 政策解读");
    QTest::newRow("disclaimer") << QStringLiteral("免责声明：本站转载的文章版权归原作者所有");
    QTest::newRow("font size only") << QStringLiteral("字体：【大】【中】【小】");
    QTest::newRow("print close") << QStringLiteral("【打印本页】【关闭窗口】");
    QTest::newRow("prev next") << QStringLiteral("上一篇：关于开展某某工作的通知");
    QTest::newRow("printed title") << QStringLiteral("关于印发某某实施方案的通知_政策_中国政府网 (www.gov.cn)");
    QTest::newRow("printed title with date")
        << QStringLiteral("2024/11/14 08:42 某某市关于推进某某工作的通知_某某市人民政府门户网站");
    QTest::newRow("printed title, site after dash") << QStringLiteral("某某工作要点 - 某某省人民政府");
    QTest::newRow("printed address") << QStringLiteral("https://www.example.gov.cn/zhengce/content/notice.htm 1/3");
    QTest::newRow("printed date") << QStringLiteral("2024-05-06 下午3:05");
    QTest::newRow("printed date, US") << QStringLiteral("11/14/24, 8:42 AM");
    QTest::newRow("radical title") << QStringLiteral("某某通知_某某市⼈⺠政府⻔⼾⽹站");
}

void TestTextRules::debrisLines()
{
    QFETCH(QString, debris);
    const QString in = QStringLiteral("关于某某工作的实施方案\n\n") + debris + QStringLiteral("\n\n") + kBody
        + QStringLiteral("\n") + debris;
    QCOMPARE(cleanupText(in), QStringLiteral("关于某某工作的实施方案\n\n") + kBody);
}

void TestTextRules::keepsContent()
{
    // Lines that only look like debris stay: a sentence about copyright, a ">" in a comparison.
    const QString in = QStringLiteral("加强知识产权保护，版权所有者的合法权益受法律保护。\n"
                                      "时间:2023-06-18 09:12 来源:某某省工业和信息化厅 字体:[ 大 中 小 ]\n"
                                      "买球 关于某某提案答复的函\n"
                                      "增速高于全国平均水平，指标值>90%的地区达到10个。\n"
                                      "2024-11-14 08:42 来源：某某网\n"
                                      "网址：https://www.example.gov.cn/service\n"
                                      "变量名为data_2024_局的字段保留。");
    const QString out = cleanupText(in);
    QVERIFY(out.contains(QStringLiteral("版权所有者的合法权益受法律保护。")));
    QVERIFY(out.contains(QStringLiteral("时间:2023-06-1809:12来源:某某省工业和信息化厅"))
            || out.contains(QStringLiteral("来源:某某省工业和信息化厅")));
    QVERIFY(!out.contains(QStringLiteral("字体")));
    QVERIFY(out.contains(QStringLiteral("\n关于某某提案答复的函")));
    QVERIFY(!out.contains(QStringLiteral("买球")));
    QVERIFY(out.contains(QStringLiteral("指标值>90%的地区达到10个。")));
    // An article's date and source line, a labelled address and a sentence with an underscore stay.
    QVERIFY(out.contains(QStringLiteral("来源：某某网")));
    QVERIFY(out.contains(QStringLiteral("网址：https://www.example.gov.cn/service")));
    QVERIFY(out.contains(QStringLiteral("的字段保留。")));
}

void TestTextRules::sidebarBlock()
{
    const QString in = kBody
        + QStringLiteral("\n\n相关链接\n某某政策一\n某某政策二\n选择需求：\n300字符\n• 无搜索结果\n"
                         "第二段正文继续，全面提升数字化水平，推动产业链协同发展，形成良好的发展生态。");
    const QString out = cleanupText(in);
    QCOMPARE(out,
             kBody
                 + QStringLiteral("\n\n第二段正文继续，全面提升数字化水平，推动产业链协同发展，形成良好的发展生态。"));
}

void TestTextRules::pageBreakJoin()
{
    // A long paragraph stopping mid-word at a page break continues after the blank line.
    const QString a = QStringLiteral("近段时间，市教育部门抓紧推进各项举措落地见效。围绕科技人才评价改革，支持重点高"
                                     "校自主开展教师系列高级专");
    const QString b = QStringLiteral("业技术职务评审工作，推动全市首批评审结果按期公布。");
    QCOMPARE(cleanupText(a + QStringLiteral("\n\n") + b), a + b);
    // Short lines (headings, signatures) and list items are not joined.
    QCOMPARE(cleanupText(QStringLiteral("某某市人民政府办公室\n\n二〇二一年七月")),
             QStringLiteral("某某市人民政府办公室\n\n二〇二一年七月"));
    QCOMPARE(cleanupText(a + QStringLiteral("\n\n二、主要任务")), a + QStringLiteral("\n\n二、主要任务"));
}

void TestTextRules::cjkSpaces()
{
    QCOMPARE(cleanupText(QStringLiteral("建成 5G 基站超 20 万个，占比 46.8 %")),
             QStringLiteral("建成5G基站超20万个，占比46.8%"));
    QCOMPARE(cleanupText(QStringLiteral("目 录")), QStringLiteral("目录"));
    // Latin words keep their spaces; table cells keep their tabs.
    QCOMPARE(cleanupText(QStringLiteral("Internet of Things 物联网")), QStringLiteral("Internet of Things物联网"));
    QCOMPARE(cleanupText(QStringLiteral("指标\t目标值")), QStringLiteral("指标\t目标值"));
}

void TestTextRules::mapFollowsEdits()
{
    const QString in = QStringLiteral("  字体:[ 大 中 小 ] 超 20 万个\n\n\n扫一扫在手机打开当前页\n达到 50%");
    const MappedText out = cleanupText(MappedText::identity(in));
    QCOMPARE(out.text, QStringLiteral("超20万个\n\n达到50%"));
    QCOMPARE(out.source.size(), out.text.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        const qint32 s = out.source.at(i);
        if (s < 0)
            QCOMPARE(out.text.at(i), QLatin1Char('\n'));
        else
            QCOMPARE(in.at(s), out.text.at(i));
    }
}

void TestTextRules::radicals()
{
    // Kangxi and simplified radicals from PDF font maps become the ideographs.
    QCOMPARE(cleanupText(QString(QChar(0x2F79)) + QStringLiteral("络") + QChar(0x2EA0) + QStringLiteral("生")),
             QStringLiteral("网络民生"));
    // Simplified-form radicals that stand alone as characters: 骨干, 青年, 西部, 粮食.
    QCOMPARE(cleanupText(QString(QChar(0x2EE3)) + QStringLiteral("干") + QChar(0x2ED8) + QStringLiteral("年")
                         + QChar(0x2EC4) + QStringLiteral("部粮") + QChar(0x2EDD)),
             QStringLiteral("骨干青年西部粮食"));
}

void TestTextRules::metadataRules()
{
    const QString text
        = QStringLiteral("某某省发展和改革委员会关于印发某某省数字经济发展规划（2021—2025年）的通知\n\n"
                         "某发改规划〔2021〕7号\n\n各设区市发展改革委：\n\n现将规划印发给你们，请认真贯彻执行。\n\n"
                         "某某省发展和改革委员会\n\n2021年8月3日");
    const DocumentMeta m = extractMetadata(text);
    QCOMPARE(m.title, QStringLiteral("某某省发展和改革委员会关于印发某某省数字经济发展规划（2021—2025年）的通知"));
    QCOMPARE(m.docNumber, QStringLiteral("某发改规划〔2021〕7号"));
    QCOMPARE(m.issuer, QStringLiteral("某某省发展和改革委员会"));
    QCOMPARE(m.date, QDate(2021, 8, 3));
    QCOMPARE(m.region, QStringLiteral("某某省"));
    QCOMPARE(m.docType, QStringLiteral("规划"));
    // An issuer missing from the text comes from the number's abbreviation.
    const DocumentMeta n
        = extractMetadata(QStringLiteral("关于某某建议的答复\n\n浙工信函〔2023〕15号A\n\n某某代表：\n\n答复如下。"));
    QCOMPARE(n.docNumber, QStringLiteral("浙工信函〔2023〕15号A"));
    QCOMPARE(n.issuer, QStringLiteral("浙江省工业和信息化厅"));
    QCOMPARE(n.region, QStringLiteral("浙江省"));
    QCOMPARE(n.docType, QStringLiteral("答复"));
    // Brackets typed as [] or () are normalised to 〔〕.
    QCOMPARE(extractMetadata(QStringLiteral("某政发[2020]3号")).docNumber, QStringLiteral("某政发〔2020〕3号"));
}

void TestTextRules::dateParsing()
{
    QCOMPARE(parseChineseDate(QStringLiteral("2021年7月30日印发")), QDate(2021, 7, 30));
    QCOMPARE(parseChineseDate(QStringLiteral("时间:2023-06-18 09:12")), QDate(2023, 6, 18));
    QCOMPARE(parseChineseDate(QStringLiteral("2022/9/8")), QDate(2022, 9, 8));
    QCOMPARE(parseChineseDate(QStringLiteral("2021年2月30日")), QDate());
    QCOMPARE(parseChineseDate(QStringLiteral("无日期")), QDate());
}

void TestTextRules::similarity()
{
    QCOMPARE(matchingKey(QStringLiteral("建成 ５Ｇ 基站，超20万个。")), QStringLiteral("建成5g基站超20万个"));
    QCOMPARE(textSimilarity(kBody, QStringLiteral(" ") + kBody + QStringLiteral("\n")), 1.0);
    const QString changed = QString(kBody).replace(QStringLiteral("100家"), QStringLiteral("120家"));
    const double s = textSimilarity(kBody, changed);
    QVERIFY(s > 0.95 && s < 1.0);
    QVERIFY(textSimilarity(kBody, QStringLiteral("完全不同的另一段文字，讨论农业农村现代化和乡村振兴。")) < 0.3);
    QCOMPARE(textSimilarity(QString(), QString()), 1.0);
}

void TestTextRules::hash()
{
    QString longText;
    for (int i = 0; i < 20; ++i)
        longText += kBody + QString::number(i);
    const QByteArray a = contentHash(longText);
    QCOMPARE(a.size(), 8);
    QCOMPARE(contentHash(QStringLiteral("  ") + longText), a);
    QString near = longText;
    near.replace(QStringLiteral("100家"), QStringLiteral("101家"));
    QVERIFY(contentHashDistance(a, contentHash(near)) <= 8);
    QVERIFY(contentHashDistance(a, contentHash(QStringLiteral("完全不同的另一段文字，讨论农业农村现代化和乡村振兴。")))
            > 12);
    QCOMPARE(contentHashDistance(a, QByteArray()), 64);
}

void TestTextRules::sentences()
{
    const QString t = QStringLiteral("一是加快建设。他说：“到2025年建成！”二是推进应用？\n三是强化保障");
    const auto spans = splitSentences(t);
    QStringList s;
    for (const auto &sp : spans)
        s.append(t.mid(sp.start, sp.length()));
    QCOMPARE(s,
             QStringList({QStringLiteral("一是加快建设。"), QStringLiteral("他说：“到2025年建成！”"),
                          QStringLiteral("二是推进应用？"), QStringLiteral("三是强化保障")}));
}

void TestTextRules::clauses()
{
    const QString t = QStringLiteral("到2025年，投资1,200亿元；建成基站3.5万个。");
    QStringList s;
    for (const auto &sp : splitClauses(t))
        s.append(t.mid(sp.start, sp.length()));
    QCOMPARE(s,
             QStringList({QStringLiteral("到2025年，"), QStringLiteral("投资1,200亿元；"),
                          QStringLiteral("建成基站3.5万个。")}));
    QCOMPARE(splitParagraphs(QStringLiteral("a\n\n b \n")).size(), 2);
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
