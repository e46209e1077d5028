// Tables as data from Word and web pages: a .docx and an HTML page written by the test (merged cells
// across rows and columns, header rows, wrapped text, nested tables, entities, a gb2312 page) come
// out as exact grids in the display text; the Word files of the corpus give their tables (skipped
// when ../shared is absent).
#include "fixtures.h"
#include "import/importer.h"
#include "testpaths.h"
#include "text/gb18030.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTest>

using namespace plens;

namespace {

QString corpusFile(const QString &name)
{
    return test::corpusPath(QStringLiteral("real/") + name);
}

// WordprocessingML pieces.
QString para(const QString &text)
{
    return QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(text);
}

// A cell: its paragraphs, w:gridSpan (span > 1), w:vMerge ("restart", "continue" or none).
QString cell(const QStringList &paragraphs, int span = 1, const QString &merge = {})
{
    QString pr;
    if (span > 1)
        pr += QStringLiteral("<w:gridSpan w:val=\"%1\"/>").arg(span);
    if (merge == QLatin1String("restart"))
        pr += QStringLiteral("<w:vMerge w:val=\"restart\"/>");
    else if (merge == QLatin1String("continue"))
        pr += QStringLiteral("<w:vMerge/>");
    QString body;
    for (const QString &p : paragraphs)
        body += para(p);
    if (body.isEmpty())
        body = QStringLiteral("<w:p/>");
    return QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>%1</w:tcPr>%2</w:tc>").arg(pr, body);
}

QString row(const QStringList &cells, bool header = false)
{
    return QStringLiteral("<w:tr>%1%2</w:tr>")
        .arg(header ? QStringLiteral("<w:trPr><w:tblHeader/></w:trPr>") : QString(), cells.join(QString()));
}

QString table(const QStringList &rows)
{
    return QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblLook w:val=\"04A0\"/></w:tblPr>"
                          "<w:tblGrid><w:gridCol w:w=\"1000\"/></w:tblGrid>%1</w:tbl>")
        .arg(rows.join(QString()));
}

QByteArray docx(const QString &body)
{
    const QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                                       "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                       "<w:body>%1<w:sectPr/></w:body></w:document>")
                            .arg(body);
    return fixtures::zipFiles(
        {{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>", true}, {"word/document.xml", xml.toUtf8(), true}});
}

// The lines of a table's rows in the display text.
QStringList rowLines(const Document &doc, const Table &t)
{
    QStringList out;
    for (const TableRow &r : t.rows)
        out << doc.displayText.mid(r.start, r.end - r.start);
    return out;
}

QList<bool> headerFlags(const Table &t)
{
    QList<bool> out;
    for (const TableRow &r : t.rows)
        out << r.header;
    return out;
}

// GBK bytes for `text`, from PolicyLens's own GB18030 decoder run backwards over the two-byte range
// (so the test needs no ICU).
QByteArray toGbk(const QString &text)
{
    static const QHash<char16_t, QByteArray> table = [] {
        QHash<char16_t, QByteArray> t;
        for (int a = 0x81; a <= 0xFE; ++a) {
            for (int b = 0x40; b <= 0xFE; ++b) {
                if (b == 0x7F)
                    continue;
                QByteArray bytes(2, '\0');
                bytes[0] = char(a);
                bytes[1] = char(b);
                const QString s = decodeGb18030(bytes);
                if (s.size() == 1 && s.at(0) != QChar::ReplacementCharacter && !t.contains(s.at(0).unicode()))
                    t.insert(s.at(0).unicode(), bytes);
            }
        }
        return t;
    }();
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            out.append(char(c.unicode()));
        else
            out.append(table.value(c.unicode(), QByteArray("?")));
    }
    return out;
}

} // namespace

class TestImportTables : public QObject
{
    Q_OBJECT
private slots:
    void docxGrid();
    void docxHeaderGuessAndNesting();
    void docxFootnotes();
    void htmlGrid();
    void htmlLayoutTables();
    void corpusLuoyang();
    void corpusWorkReports();
};

void TestImportTables::docxGrid()
{
    // Two header rows (w:tblHeader): 类别 and 指标 merged down (w:vMerge), 2024年 across two columns
    // (w:gridSpan); 创新 merged over two body rows; wrapped names (two paragraphs, a w:br); a note
    // across the whole last row.
    const QString grid = table({
        row({cell({QStringLiteral("类别")}, 1, QStringLiteral("restart")),
             cell({QStringLiteral("指标")}, 1, QStringLiteral("restart")), cell({QStringLiteral("2024年")}, 2)},
            true),
        row({cell({}, 1, QStringLiteral("continue")), cell({}, 1, QStringLiteral("continue")),
             cell({QStringLiteral("目标")}), cell({QStringLiteral("完成")})},
            true),
        row({cell({QStringLiteral("创新")}, 1, QStringLiteral("restart")),
             cell({QStringLiteral("研发经费"), QStringLiteral("投入（亿元）")}), cell({QStringLiteral("3.1")}),
             cell({QStringLiteral("3.2")})}),
        row({cell({}, 1, QStringLiteral("continue")),
             QStringLiteral("<w:tc><w:p><w:r><w:t>高新技术</w:t><w:br/><w:t>企业数（家）</w:t></w:r></w:p></w:tc>"),
             cell({QStringLiteral("1 200")}), cell({QStringLiteral("1350")})}),
        row({cell({QStringLiteral("绿色")}), cell({QStringLiteral("空气质量 优良天数比率（%）")}),
             cell({QStringLiteral("85")}), cell({QStringLiteral("87.5")})}),
        row({cell({QStringLiteral("注：数据为初步统计。")}, 4)}),
    });
    const QString body = para(QStringLiteral("一、总体情况")) + para(QStringLiteral("全年各项指标运行平稳。"))
        + para(QStringLiteral("表1 主要指标完成情况")) + grid + para(QStringLiteral("二、下一步安排"));
    const auto doc = importBytes(QStringLiteral("tables.docx"), docx(body));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->tables.size(), 1);
    const Table &t = doc->tables.first();
    QCOMPARE(t.columns, 4);
    QCOMPARE(rowLines(*doc, t),
             QStringList({QStringLiteral("类别\t指标\t2024年\t"), QStringLiteral("\t\t目标\t完成"),
                          QStringLiteral("创新\t研发经费投入（亿元）\t3.1\t3.2"),
                          QStringLiteral("\t高新技术企业数（家）\t1 200\t1350"),
                          QStringLiteral("绿色\t空气质量优良天数比率（%）\t85\t87.5"),
                          QStringLiteral("注：数据为初步统计。\t\t\t")}));
    QCOMPARE(headerFlags(t), QList<bool>({true, true, false, false, false, false}));
    // (clean-up drops the space between a digit and a hanzi, as everywhere in running text)
    QCOMPARE(t.caption(doc->displayText), QStringLiteral("表1主要指标完成情况"));
    QCOMPARE(t.columnHeaders(doc->displayText),
             QStringList({QStringLiteral("类别"), QStringLiteral("指标"), QStringLiteral("2024年 目标"),
                          QStringLiteral("2024年 完成")}));
    // Spans: 类别 and 指标 cover two rows, 2024年 two columns, 创新 two rows, the note four columns.
    QCOMPARE(t.rows[0].cells.size(), 3);
    QCOMPARE(t.rows[0].cells[0].rowSpan, 2);
    QCOMPARE(t.rows[0].cells[1].rowSpan, 2);
    QCOMPARE(t.rows[0].cells[2].column, 2);
    QCOMPARE(t.rows[0].cells[2].columnSpan, 2);
    QCOMPARE(t.rows[1].cells.size(), 2);
    QCOMPARE(t.rows[2].cells[0].rowSpan, 2);
    QCOMPARE(Table::cellText(doc->displayText, *t.cellAt(3, 0)), QStringLiteral("创新"));
    QCOMPARE(t.rows[5].cells.size(), 1);
    QCOMPARE(t.rows[5].cells[0].columnSpan, 4);
    // The text around the table is ordinary paragraphs, the table a block of its own.
    const QString &text = doc->displayText;
    QVERIFY2(text.startsWith(QStringLiteral("一、总体情况\n\n全年各项指标运行平稳。\n\n表1主要指标完成情况\n\n类别\t")),
             qPrintable(text));
    QVERIFY(text.endsWith(QStringLiteral("注：数据为初步统计。\t\t\t\n\n二、下一步安排")));
}

void TestImportTables::docxHeaderGuessAndNesting()
{
    // No declared header: a first row without values is the header. A one-row, one-column frame
    // (layout) around a data table and text; a two-by-two table nested in a data cell is flattened.
    const QString inner = table({row({cell({QStringLiteral("城镇")}), cell({QStringLiteral("6.1")})}),
                                 row({cell({QStringLiteral("农村")}), cell({QStringLiteral("7.3")})})});
    const QString data = table({
        row({cell({QStringLiteral("项目")}), cell({QStringLiteral("2023年")}), cell({QStringLiteral("2024年")})}),
        row({cell({QStringLiteral("人均可支配收入（元）")}), cell({QStringLiteral("35 120")}),
             cell({QStringLiteral("37 400")})}),
        row({cell({QStringLiteral("增长（%）")}), cell({QStringLiteral("5.8")}),
             QStringLiteral("<w:tc>%1%2</w:tc>").arg(para(QStringLiteral("6.5")), inner)}),
    });
    const QString frame = table({row(
        {QStringLiteral("<w:tc>%1%2%3</w:tc>")
             .arg(para(QStringLiteral("居民收入稳步增长。")), data, para(QStringLiteral("以上数据为初步核算。")))})});
    const auto doc = importBytes(QStringLiteral("nested.docx"), docx(frame));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->tables.size(), 1);
    const Table &t = doc->tables.first();
    QCOMPARE(
        rowLines(*doc, t),
        QStringList({QStringLiteral("项目\t2023年\t2024年"), QStringLiteral("人均可支配收入（元）\t35 120\t37 400"),
                     QStringLiteral("增长（%）\t5.8\t6.5 城镇 6.1；农村 7.3")}));
    QCOMPARE(headerFlags(t), QList<bool>({true, false, false}));
    QCOMPARE(t.captionStart, -1);
    QCOMPARE(doc->displayText,
             QStringLiteral("居民收入稳步增长。\n\n项目\t2023年\t2024年\n人均可支配收入（元）\t35 120\t37 400\n"
                            "增长（%）\t5.8\t6.5 城镇 6.1；农村 7.3\n\n以上数据为初步核算。"));
    // One row or one column is no grid: a two-cell row reads as two paragraphs.
    const auto single = importBytes(
        QStringLiteral("single.docx"),
        docx(table({row({cell({QStringLiteral("联系人：张三")}), cell({QStringLiteral("电话：0000-0000000")})})})));
    QVERIFY(single.ok());
    QVERIFY(single->tables.isEmpty());
    QCOMPARE(single->displayText, QStringLiteral("联系人：张三\n\n电话：0000-0000000"));
}

void TestImportTables::docxFootnotes()
{
    // Footnotes follow the body; the separator "footnotes" hold no text.
    const QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                                       "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                       "<w:body>%1</w:body></w:document>")
                            .arg(para(QStringLiteral("全年新增就业5万人。")));
    const QByteArray notes
        = "<?xml version=\"1.0\"?><w:footnotes "
          "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
          "<w:footnote w:id=\"1\"><w:p><w:r><w:t>"
        + QStringLiteral("注：新增就业为城镇新增就业人数。").toUtf8() + "</w:t></w:r></w:p></w:footnote></w:footnotes>";
    const auto doc = importBytes(
        QStringLiteral("notes.docx"),
        fixtures::zipFiles({{"word/document.xml", xml.toUtf8(), true}, {"word/footnotes.xml", notes, true}}));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->displayText, QStringLiteral("全年新增就业5万人。\n\n注：新增就业为城镇新增就业人数。"));
}

void TestImportTables::htmlGrid()
{
    // A gb2312 page: furniture, entities, a thead with rowspan/colspan, a body cell spanning two rows
    // with a <br> inside, a small nested table, a note across the last row.
    const QString page = QStringLiteral(
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        "<title>某县统计公报</title></head><body><div class=\"nav\">首页 | 统计数据</div>"
        "<div id=\"zoom\"><div><div><p>&#12288;&#12288;全年地区生产总值增长5.2%&nbsp;。</p></div>"
        "<ul><li>工业平稳</li><li>消费回升<br>投资稳定</li></ul></div>"
        "<p>表1&nbsp;主要经济指标</p>"
        "<table border=\"1\"><thead><tr><th rowspan=\"2\">指标</th><th colspan=\"2\">2024年</th></tr>"
        "<tr><th>绝对数</th><th>增长&amp;比重（%）</th></tr></thead><tbody>"
        "<tr><td rowspan=\"2\">地区生产总值<br>（亿元）</td><td>1,234.5</td><td>5.2</td></tr>"
        "<tr><td>&mdash;</td><td>&lt;1</td></tr>"
        "<tr><td>一般公共预算收入（亿元）</td><td>88.6</td><td><table><tr><td>税收</td><td>6.1</td></tr>"
        "<tr><td>非税</td><td>-2.0</td></tr></table></td></tr>"
        "<tr><td colspan=\"3\">注：增速按可比价格计算。</td></tr></tbody></table>"
        "<p>全年粮食总产量稳定。</p></div><div class=\"footer\">版权所有 某县统计局</div></body></html>");
    const auto doc = importBytes(QStringLiteral("bulletin.htm"), toGbk(page));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->format, SourceFormat::Html);
    QVERIFY(doc->warnings.isEmpty());
    QCOMPARE(doc->displayText,
             QStringLiteral("全年地区生产总值增长5.2%。\n\n工业平稳\n\n消费回升\n\n投资稳定\n\n表1主要经济指标\n\n"
                            "指标\t2024年\t\n\t绝对数\t增长&比重（%）\n地区生产总值（亿元）\t1,234.5\t5.2\n\t—\t<1\n"
                            "一般公共预算收入（亿元）\t88.6\t税收 6.1；非税 -2.0\n注：增速按可比价格计算。\t\t\n\n"
                            "全年粮食总产量稳定。"));
    QCOMPARE(doc->tables.size(), 1);
    const Table &t = doc->tables.first();
    QCOMPARE(t.columns, 3);
    QCOMPARE(headerFlags(t), QList<bool>({true, true, false, false, false, false}));
    QCOMPARE(t.caption(doc->displayText), QStringLiteral("表1主要经济指标"));
    QCOMPARE(t.columnHeaders(doc->displayText),
             QStringList(
                 {QStringLiteral("指标"), QStringLiteral("2024年 绝对数"), QStringLiteral("2024年 增长&比重（%）")}));
    QCOMPARE(t.rows[0].cells[0].rowSpan, 2);
    QCOMPARE(t.rows[0].cells[1].columnSpan, 2);
    QCOMPARE(t.rows[2].cells[0].rowSpan, 2);
    QCOMPARE(t.rows[3].cells.size(), 2);
    QCOMPARE(t.rows[3].cells[0].column, 1);
    QCOMPARE(t.rows[5].cells[0].columnSpan, 3);
    QCOMPARE(doc->meta.title, QStringLiteral("某县统计公报"));
}

void TestImportTables::htmlLayoutTables()
{
    // An old CMS page: the article sits in a layout table (one column), next to a navigation column
    // in another; the data table inside the article is the only table.
    const QString page = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"></head><body><table width=\"100%\"><tr>"
        "<td class=\"left\"><table class=\"menu\"><tr><td>机构概况</td></tr><tr><td>政策文件</td></tr>"
        "<tr><td>数据发布</td></tr></table></td>"
        "<td><table width=\"100%\"><tr><td><h1>某市工作简报</h1></td></tr><tr><td>"
        "<p>一季度，全市各项工作有序推进，主要指标好于预期，为完成全年目标打下了坚实的基础，各部门要继续努力。</p>"
        "<table><tr><td>指标</td><td>数值</td></tr><tr><td>新开工项目（个）</td><td>56</td></tr>"
        "<tr><td>完成投资（亿元）</td><td>120.3</td></tr></table>"
        "<p>下一步，将继续抓好项目建设。</p></td></tr></table></td></tr></table></body></html>");
    const auto doc = importBytes(QStringLiteral("brief.html"), page.toUtf8());
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->tables.size(), 1);
    QCOMPARE(rowLines(*doc, doc->tables.first()),
             QStringList({QStringLiteral("指标\t数值"), QStringLiteral("新开工项目（个）\t56"),
                          QStringLiteral("完成投资（亿元）\t120.3")}));
    QCOMPARE(headerFlags(doc->tables.first()), QList<bool>({true, false, false}));
    QVERIFY2(!doc->displayText.contains(QStringLiteral("机构概况")), qPrintable(doc->displayText));
    QVERIFY(doc->displayText.startsWith(QStringLiteral("某市工作简报\n\n一季度，")));
    QVERIFY(doc->displayText.endsWith(QStringLiteral("120.3\n\n下一步，将继续抓好项目建设。")));
}

void TestImportTables::corpusLuoyang()
{
    const QString path = corpusFile(QStringLiteral("luoyang_statistical_bulletin_2023.docx"));
    if (!QFileInfo::exists(path))
        QSKIP("../shared/corpus is not present");
    const auto doc = importFile(path);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(doc->tables.size(), 11);
    const QString &text = doc->displayText;
    int rows = 0;
    for (const Table &t : doc->tables) {
        // Every table: a first header row, then rows whose value cells are numbers, each row one line
        // with all its columns.
        QVERIFY(t.columns >= 2 && t.columns <= 4);
        QVERIFY(t.rows.size() >= 6);
        QVERIFY(t.rows.first().header);
        QVERIFY(!t.rows.at(1).header);
        for (const TableRow &r : t.rows) {
            const QString line = text.mid(r.start, r.end - r.start);
            QCOMPARE(line.count(QLatin1Char('\t')), t.columns - 1);
            QVERIFY(!line.contains(QLatin1Char('\n')));
        }
        rows += int(t.rows.size());
        QVERIFY2(t.captionStart >= 0, qPrintable(text.mid(t.start, 40)));
        const QString caption = t.caption(text);
        QVERIFY2(caption.startsWith(QStringLiteral("表")) || caption.startsWith(QStringLiteral("单位")),
                 qPrintable(caption));
        // The last column's header is a rate or a value heading, never a figure.
        QVERIFY(!t.columnHeaders(text).last().isEmpty());
    }
    qInfo("Luoyang bulletin: %lld tables, %d rows", qlonglong(doc->tables.size()), rows);
    QCOMPARE(rows, 152); // 11 tables of 6 to 22 rows, as Word shows them
    // 表2: the columns and a row read as the extractor reads them.
    const Table &t2 = doc->tables.at(1);
    QVERIFY(t2.caption(text).startsWith(QStringLiteral("表2")));
    const QStringList headers = t2.columnHeaders(text);
    QCOMPARE(headers.size(), 3);
    QVERIFY(headers.at(1).contains(QStringLiteral("亿元")));
    QVERIFY(headers.at(2).contains(QStringLiteral("%")));
    for (const TableRow &r : t2.rows.sliced(1)) {
        QCOMPARE(r.cells.size(), 3);
        QVERIFY(!Table::cellText(text, r.cells.at(0)).isEmpty());
        bool ok = false;
        Table::cellText(text, r.cells.at(1)).toDouble(&ok);
        QVERIFY(ok);
    }
}

void TestImportTables::corpusWorkReports()
{
    // The government work reports have no Word tables: their text is paragraphs only.
    for (const QString &name :
         {QStringLiteral("jilin_gov_work_report_2025.docx"), QStringLiteral("xizang_gov_work_report_2025.docx"),
          QStringLiteral("fujian_gov_work_report_2025.docx"), QStringLiteral("hebei_gov_work_report_2025.docx")}) {
        const QString path = corpusFile(name);
        if (!QFileInfo::exists(path))
            QSKIP("../shared/corpus is not present");
        const auto doc = importFile(path);
        QVERIFY2(doc.ok(), qPrintable(name));
        QVERIFY(doc->tables.isEmpty());
        QVERIFY(!doc->displayText.contains(QLatin1Char('\t')));
        QVERIFY2(doc->displayText.size() > 8000, qPrintable(name));
        QVERIFY(doc->displayText.contains(QStringLiteral("政府工作报告")));
        QVERIFY(doc->warnings.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestImportTables)
#include "tst_importtables.moc"
