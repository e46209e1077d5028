// Metadata rules, one class at a time, each with its own examples (all written for this test): the
// 成文日期 in figures and in Chinese numerals, the document's own 文号 and the numbers it only cites,
// the 红头 and the title set over several lines, the text's word before the file's.
#include "import/metadata.h"

#include <QTest>

using namespace plens;

class TestMetadata : public QObject
{
    Q_OBJECT
private slots:
    void dates_data();
    void dates();
    void signatureDateBeforeFileDate();
    void ownNumber_data();
    void ownNumber();
    void titles_data();
    void titles();
    void mastheadGivesIssuer();
};

void TestMetadata::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    // Figures, as typed and as a scan gives them (spaces around the characters).
    QTest::newRow("figures") << QStringLiteral("2020年1月9日") << QDate(2020, 1, 9);
    QTest::newRow("spaced") << QStringLiteral("2024 年 7 月 1 日") << QDate(2024, 7, 1);
    QTest::newRow("dashes") << QStringLiteral("发布日期：2019-11-05") << QDate(2019, 11, 5);
    // Chinese numerals, as a signature writes the 成文日期; the zero as 〇, ○, 零, or O and 0 from OCR.
    QTest::newRow("han 〇") << QStringLiteral("二〇二三年五月六日") << QDate(2023, 5, 6);
    QTest::newRow("han ○") << QStringLiteral("二○二二年十一月三十日") << QDate(2022, 11, 30);
    QTest::newRow("han 零") << QStringLiteral("二零一九年十月一日") << QDate(2019, 10, 1);
    QTest::newRow("han O") << QStringLiteral("二O二一年十二月二十四日") << QDate(2021, 12, 24);
    QTest::newRow("han 0") << QStringLiteral("二0二五年二月二十八日") << QDate(2025, 2, 28);
    QTest::newRow("han OO") << QStringLiteral("二OO一八年六月五日") << QDate(2018, 6, 5);
    QTest::newRow("han 十") << QStringLiteral("二〇二四年十月十日") << QDate(2024, 10, 10);
    QTest::newRow("han 三十一") << QStringLiteral("二〇二四年十二月三十一日印发") << QDate(2024, 12, 31);
    // Not dates: impossible days and months, plan names.
    QTest::newRow("no 13th month") << QStringLiteral("二〇二三年十三月一日") << QDate();
    QTest::newRow("no 30 Feb") << QStringLiteral("二〇二三年二月三十日") << QDate();
    QTest::newRow("plan name") << QStringLiteral("“十四五”规划") << QDate();
    QTest::newRow("year only") << QStringLiteral("二〇二三年") << QDate();
    QTest::newRow("five digits") << QStringLiteral("二一二三四年五月六日") << QDate();
}

void TestMetadata::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(parseChineseDate(text), date);
}

void TestMetadata::signatureDateBeforeFileDate()
{
    // The text's 成文日期 wins over the PDF's creation date, in Chinese numerals too; a 印发 line of the
    // 版记 below it does not.
    const QString text = QStringLiteral("某某市林业局关于做好秋冬季森林防火工作的通知\n"
                                        "各县（区）林业局：\n为切实做好今冬明春森林防火工作，现通知如下。\n"
                                        "某某市林业局\n二〇二三年十月九日\n"
                                        "抄送：市应急管理局。\n某某市林业局办公室 2023年10月12日印发");
    MetadataHints hints;
    hints.date = QDate(2023, 11, 2);
    const DocumentMeta m = extractMetadata(text, hints);
    QCOMPARE(m.date, QDate(2023, 10, 9));
    QCOMPARE(m.issuer, QStringLiteral("某某市林业局"));
    // With no date in the text the file's is used.
    QCOMPARE(extractMetadata(QStringLiteral("关于开展林木种苗质量抽查的通知\n请各地按时报送。"), hints).date,
             QDate(2023, 11, 2));
}

void TestMetadata::ownNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number");
    const QString title = QStringLiteral("某某县商务局关于组织企业参加展会的通知\n");
    // The document's own number on a line of its own, with the brackets it is typed or recognised with.
    QTest::newRow("〔〕") << QStringLiteral("某商务发〔2022〕88号\n") + title << QStringLiteral("某商务发〔2022〕88号");
    QTest::newRow("[]") << QStringLiteral("某商务发[2022]88号\n") + title << QStringLiteral("某商务发〔2022〕88号");
    QTest::newRow("()") << QStringLiteral("某商务发(2022)88号\n") + title << QStringLiteral("某商务发〔2022〕88号");
    QTest::newRow("（）") << QStringLiteral("某商务发（2022）88号\n") + title << QStringLiteral("某商务发〔2022〕88号");
    QTest::newRow("【】") << QStringLiteral("某商务发【2022】88号\n") + title << QStringLiteral("某商务发〔2022〕88号");
    QTest::newRow("mixed OCR") << QStringLiteral("某商务发〔2022] 88 号\n") + title
                               << QStringLiteral("某商务发〔2022〕88号");
    QTest::newRow("「」 OCR") << QStringLiteral("某商务发「2022」88号\n") + title
                              << QStringLiteral("某商务发〔2022〕88号");
    QTest::newRow("with signer") << QStringLiteral("某发改规〔2023〕5号        签发人：王某某\n") + title
                                 << QStringLiteral("某发改规〔2023〕5号");
    QTest::newRow("labelled") << QStringLiteral(
                                     "索引号：11/2021-0042 发文字号：某政办发〔2021〕9号 发布机构：县政府办\n")
            + title << QStringLiteral("某政办发〔2021〕9号");
    // Numbers the document only cites: in brackets after a title, or inside a sentence.
    QTest::newRow("cited in brackets") << title
            + QStringLiteral("根据《某某省人民政府关于促进消费的意见》（某政发〔2020〕3号）要求，现通知如下。")
                                       << QString();
    QTest::newRow("cited in a sentence") << title + QStringLiteral("现将某政发〔2020〕3号文件转发给你们，请遵照执行。")
                                         << QString();
    QTest::newRow("no year") << title + QStringLiteral("第12号") << QString();
}

void TestMetadata::ownNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, number);
    QCOMPARE(extractMetadata(text).docNumber, number);
}

void TestMetadata::titles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    const QString body = QStringLiteral("\n各乡镇人民政府：\n为做好相关工作，现将有关事项通知如下。\n");
    // A 红头 and its number are not the title; the title is the 关于…的通知 line.
    QTest::newRow("redhead") << QStringLiteral("某某县人民政府办公室文件\n某政办发〔2024〕6号\n"
                                               "某某县人民政府办公室关于做好防汛抗旱工作的通知")
            + body << QStringLiteral("某某县人民政府办公室关于做好防汛抗旱工作的通知");
    // A title wrapped over two lines, and over three: joined from its 关于 line.
    QTest::newRow("two lines") << QStringLiteral("某某县人民政府办公室文件\n某政办发〔2024〕6号\n"
                                                 "某某县人民政府办公室关于印发《某某县\n"
                                                 "农村人居环境整治方案》的通知")
            + body << QStringLiteral("某某县人民政府办公室关于印发《某某县农村人居环境整治方案》的通知");
    QTest::newRow("three lines") << QStringLiteral("某某市财政局关于印发《某某市\n市级专项资金\n管理办法》的通知")
            + body << QStringLiteral("某某市财政局关于印发《某某市市级专项资金管理办法》的通知");
    // The type word alone on the last line.
    QTest::newRow("type word alone") << QStringLiteral("关于开展全市安全生产大检查的\n通知") + body
                                     << QStringLiteral("关于开展全市安全生产大检查的通知");
    // The issuing body on its own line above 关于.
    QTest::newRow("issuer above") << QStringLiteral("某某市教育局\n关于做好中小学暑期安全工作的通知") + body
                                  << QStringLiteral("某某市教育局关于做好中小学暑期安全工作的通知");
    // A plan's name wrapped (no 关于): the longer part first; its period on the next line.
    QTest::newRow("plan wrapped") << QStringLiteral("某某市“十四五”现代综合交通运输\n体系发展规划\n（2021—2025年）\n"
                                                    "一、发展基础\n")
                                  << QStringLiteral("某某市“十四五”现代综合交通运输体系发展规划（2021—2025年）");
    // Opinions and letters.
    QTest::newRow("opinions") << QStringLiteral("关于加快发展银发经济的实施意见\n（试行）") + body
                              << QStringLiteral("关于加快发展银发经济的实施意见（试行）");
    QTest::newRow("letter") << QStringLiteral("某水务局关于某某河道整治项目用地的函") + body
                            << QStringLiteral("某水务局关于某某河道整治项目用地的函");
    // A site's banner before 关于 on the title's line is no part of it.
    QTest::newRow("banner") << QStringLiteral("市民服务网 关于征集民生实事项目意见的函") + body
                            << QStringLiteral("关于征集民生实事项目意见的函");
    // Never a fragment: a heading wrapped without a type word is joined ...
    QTest::newRow("heading wrapped") << QStringLiteral("春耕备耕有序推进 全市粮食生产开局良\n好\n"
                                                       "记者从市农业农村局获悉，今年以来全市春耕进度快于往年。")
                                     << QStringLiteral("春耕备耕有序推进 全市粮食生产开局良好");
    // ... and the first sentence of a text without a title is not one (the file's name is used).
    QTest::newRow("no title") << QStringLiteral("今年以来，全市新增城镇就业1.2万人，完成年度目标的60%。")
                              << QStringLiteral("fallback");
    // A list item or a section heading ending in a type word is not a title.
    QTest::newRow("section heading") << QStringLiteral("某某县志愿服务工作情况\n一、总体方案\n") + body
                                     << QStringLiteral("某某县志愿服务工作情况");
}

void TestMetadata::titles()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    MetadataHints hints;
    hints.fileName = QStringLiteral("fallback");
    QCOMPARE(extractMetadata(text, hints).title, title);
}

void TestMetadata::mastheadGivesIssuer()
{
    // No signature: the 红头 names the issuer (and so the region).
    const DocumentMeta m
        = extractMetadata(QStringLiteral("某某市交通运输局文件\n某交发〔2023〕21号\n"
                                         "关于开展道路运输安全专项整治的通知\n各区交通运输局：\n请认真落实。"));
    QCOMPARE(m.issuer, QStringLiteral("某某市交通运输局"));
    QCOMPARE(m.region, QStringLiteral("某某市"));
    QCOMPARE(m.title, QStringLiteral("关于开展道路运输安全专项整治的通知"));
    // A file's template title is not taken for the document's.
    MetadataHints hints;
    hints.title = QStringLiteral("附件2：预算公开样表");
    hints.fileName = QStringLiteral("决算");
    QCOMPARE(extractMetadata(QStringLiteral("某某区文化馆2024年度收支情况\n目录\n"), hints).title,
             QStringLiteral("某某区文化馆2024年度收支情况"));
}

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
