// Layout-aware PDF reading on PDFs the test draws (tables with and without rules, spanning category
// cells, wrapped names, adjacent number columns, a table over a page break, prose in two columns,
// lines that go on after a break, browser print furniture) and, when ../shared is present, on the
// development set: the statistical bulletin's tables read row by row, the final accounts without
// glued numbers (every number pdftotext -layout shows in a table row is one of the cells).
#include "import/importer.h"
#include "pdffixtures.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace plens;
using namespace pdffixtures;

namespace {

const QSizeF kA4(595.0, 842.0);

QString cell(const Document &doc, const Table &t, int row, int col)
{
    const TableCell *c = t.cellAt(row, col);
    return c ? Table::cellText(doc.displayText, *c) : QStringLiteral("<none>");
}

// Every character of a cell has a box inside `rect` (points) on `page`.
bool boxesInside(const Document &doc, const TableCell &c, int page, const QRectF &rect)
{
    if (c.end <= c.start)
        return false;
    for (qsizetype i = c.start; i < c.end; ++i) {
        const CharBox &b = doc.charBoxes.at(i);
        if (b.page != page)
            return false;
        const QPointF centre(b.box.center().x() * kA4.width(), b.box.center().y() * kA4.height());
        if (!rect.adjusted(-1, -1, 1, 1).contains(centre))
            return false;
    }
    return true;
}

Cell text(const QString &t, int rowSpan = 1)
{
    Cell c;
    c.text = t;
    c.rowSpan = rowSpan;
    return c;
}

Cell centred(const QString &t, int rowSpan = 1, int colSpan = 1)
{
    Cell c;
    c.text = t;
    c.rowSpan = rowSpan;
    c.colSpan = colSpan;
    c.align = Qt::AlignHCenter | Qt::AlignVCenter;
    return c;
}

Cell number(const QString &t)
{
    Cell c;
    c.text = t;
    c.align = Qt::AlignRight | Qt::AlignVCenter;
    return c;
}

TableSpec indicatorCells();

// 类别 | 指标 | 单位 | 2020年 | 2025年 | 属性, categories standing beside 3, 2 and 2 rows, names
// wrapping in their column, values centred in their cells (or everything at the top of its cell).
TableSpec indicatorSpec(Rules rules, bool top, bool numbered)
{
    TableSpec s = indicatorCells();
    s.rules = rules;
    if (numbered) {
        // A 序号 column after the category.
        s.widths.insert(1, 30);
        for (int r = 0; r < s.rows.size(); ++r)
            s.rows[r].insert(1, centred(r == 0 ? QStringLiteral("序号") : QString::number(r)));
    }
    if (top) {
        // Word's default: every cell's text at the top of the cell.
        for (auto &row : s.rows) {
            for (Cell &c : row)
                c.align = (c.align & Qt::AlignHorizontal_Mask) | Qt::AlignTop;
        }
    }
    return s;
}

TableSpec indicatorCells()
{
    TableSpec s;
    s.widths = {52, 150, 36, 56, 56, 50};
    s.rows = {
        {centred(QStringLiteral("类别")), centred(QStringLiteral("指标")), centred(QStringLiteral("单位")),
         centred(QStringLiteral("2020年")), centred(QStringLiteral("2025年")), centred(QStringLiteral("属性"))},
        {centred(QStringLiteral("产业创新"), 3), text(QStringLiteral("规模以上工业企业研发经费投入年均增长")),
         centred(QStringLiteral("%")), centred(QStringLiteral("—")), centred(QStringLiteral("10左右")),
         centred(QStringLiteral("预期性"))},
        {covered(), text(QStringLiteral("高新技术企业数量")), centred(QStringLiteral("家")),
         centred(QStringLiteral("1260")), centred(QStringLiteral("≥2000")), centred(QStringLiteral("预期性"))},
        {covered(), text(QStringLiteral("每万人口高价值发明专利拥有件数")), centred(QStringLiteral("件")),
         centred(QStringLiteral("4.2")), centred(QStringLiteral("8.5")), centred(QStringLiteral("预期性"))},
        {centred(QStringLiteral("绿色低碳"), 2), text(QStringLiteral("单位地区生产总值能源消耗降低")),
         centred(QStringLiteral("%")), centred(QStringLiteral("—")), centred(QStringLiteral("≤13.5")),
         centred(QStringLiteral("约束性"))},
        {covered(), text(QStringLiteral("城市生活垃圾回收利用率")), centred(QStringLiteral("%")),
         centred(QStringLiteral("35")), centred(QStringLiteral("40")), centred(QStringLiteral("约束性"))},
        {centred(QStringLiteral("民生福祉"), 2), text(QStringLiteral("城镇新增就业人数")),
         centred(QStringLiteral("万人")), centred(QStringLiteral("2.3")), centred(QStringLiteral("2.5")),
         centred(QStringLiteral("预期性"))},
        {covered(), text(QStringLiteral("人均预期寿命")), centred(QStringLiteral("岁")),
         centred(QStringLiteral("78.6")), centred(QStringLiteral("79.2")), centred(QStringLiteral("预期性"))},
    };
    return s;
}

const QString kLead = QStringLiteral("“十四五”期间，本市坚持创新驱动和绿色发展，统筹推进产业升级与民生改善，"
                                     "主要指标安排如下表所示，各有关部门要按照职责分工抓好落实。");
const QString kAfter = QStringLiteral("各区要将上述指标纳入年度考核，每年第一季度报送上一年度完成情况。");

// A paragraph wrapped in a box of `width` points; returns its bottom.
double paragraph(QPainter &p, const QString &t, const QRectF &box)
{
    QRectF used;
    p.setFont(cjkFont(10.5));
    p.drawText(box, Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop, t, &used);
    return used.bottom();
}

std::optional<Document> importDrawn(const QByteArray &pdf, const char *name)
{
    if (qEnvironmentVariableIsSet("PLENS_DUMP_PDF")) {
        QFile d(QDir::temp().filePath(QString::fromLatin1(name) + QStringLiteral(".pdf")));
        if (d.open(QIODevice::WriteOnly))
            d.write(pdf);
    }
    auto doc = importBytes(QString::fromLatin1(name) + QStringLiteral(".pdf"), pdf);
    if (!doc)
        return std::nullopt;
    return *doc;
}

bool isNumber(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^[-−]?\\d[\\d,]*(?:\\.\\d+)?%?$"));
    return re.match(t).hasMatch();
}

} // namespace

class TestPdfLayout : public QObject
{
    Q_OBJECT
private slots:
    void indicatorTable_data();
    void indicatorTable();
    void budgetColumns_data();
    void budgetColumns();
    void continuedTable_data();
    void continuedTable();
    void twoColumnProse();
    void notTables();
    void linesGoOn();
    void browserPrint();
    void bulletinTables();
    void finalAccountsNumbers_data();
    void finalAccountsNumbers();
};

void TestPdfLayout::indicatorTable_data()
{
    QTest::addColumn<int>("rules");
    QTest::addColumn<bool>("top");
    QTest::addColumn<bool>("numbered");
    QTest::newRow("grid") << int(Rules::Grid) << false << false;
    QTest::newRow("three-line") << int(Rules::ThreeLine) << false << false;
    QTest::newRow("unruled") << int(Rules::None) << false << false;
    QTest::newRow("grid, top-aligned") << int(Rules::Grid) << true << false;
    QTest::newRow("unruled, top-aligned") << int(Rules::None) << true << false;
    QTest::newRow("grid, numbered") << int(Rules::Grid) << false << true;
    QTest::newRow("unruled, numbered") << int(Rules::None) << false << true;
}

void TestPdfLayout::indicatorTable()
{
    QFETCH(int, rules);
    QFETCH(bool, top);
    QFETCH(bool, numbered);
    const TableSpec spec = indicatorSpec(Rules(rules), top, numbered);
    const int columns = numbered ? 7 : 6;
    QList<DrawnCell> drawn;
    const QString caption = QStringLiteral("表1 某市创新和绿色发展主要指标");
    const QByteArray bytes = pdf(1, [&](QPainter &p, int) {
        const double y = paragraph(p, QStringLiteral("\u3000\u3000") + kLead, QRectF(80, 80, 435, 200));
        p.setFont(cjkFont(11));
        p.drawText(QRectF(80, y + 14, 435, 16), Qt::AlignHCenter, caption);
        const double bottom = drawTable(p, spec, QPointF(98, y + 40), &drawn);
        paragraph(p, QStringLiteral("\u3000\u3000") + kAfter, QRectF(80, bottom + 20, 435, 100));
    });
    const auto doc = importDrawn(bytes, "indicator");
    QVERIFY(doc);
    QCOMPARE(doc->tables.size(), 1);
    const Table &t = doc->tables.first();
    const QString &text = doc->displayText;
    QCOMPARE(t.columns, columns);
    QCOMPARE(t.rows.size(), 8);
    QCOMPARE(t.firstPage, 0);
    QCOMPARE(t.lastPage, 0);
    QVERIFY(t.rows.at(0).header);
    for (int r = 1; r < 8; ++r)
        QVERIFY2(!t.rows.at(r).header, qPrintable(QString::number(r)));
    QStringList headers {QStringLiteral("类别"),   QStringLiteral("指标"),   QStringLiteral("单位"),
                         QStringLiteral("2020年"), QStringLiteral("2025年"), QStringLiteral("属性")};
    if (numbered)
        headers.insert(1, QStringLiteral("序号"));
    QCOMPARE(t.columnHeaders(text), headers);
    QCOMPARE(t.caption(text).remove(QLatin1Char(' ')), QString(caption).remove(QLatin1Char(' ')));
    // Each row as drawn; wrapped names joined; the category covers its rows.
    for (int r = 1; r < spec.rows.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const Cell &d = spec.rows.at(r).at(c);
            if (d.covered)
                continue;
            QCOMPARE(cell(*doc, t, r, c), d.text);
            if (c == 0) {
                QCOMPARE(t.cellAt(r, 0)->rowSpan, d.rowSpan);
                for (int k = r + 1; k < r + d.rowSpan; ++k)
                    QCOMPARE(t.cellAt(k, 0), t.cellAt(r, 0));
            }
        }
    }
    // Row lines: one per row, cells in column order; the rows under a category start with a tab.
    const QStringList lines = text.mid(t.start, t.end - t.start).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.at(2).split(QLatin1Char('\t')).size(), columns);
    QVERIFY(lines.at(2).startsWith(QLatin1Char('\t')));
    // Highlights land on the glyphs: every character of a cell lies in the cell as drawn.
    for (const DrawnCell &d : std::as_const(drawn)) {
        const TableCell *c = t.cellAt(d.row, d.col);
        QVERIFY(c);
        QVERIFY2(boxesInside(*doc, *c, 0, d.rect), qPrintable(d.text));
    }
    // The prose around the table is whole.
    QVERIFY2(text.contains(kLead), qPrintable(text));
    QVERIFY(text.contains(kAfter));
    QVERIFY(text.indexOf(kLead) < t.start && text.indexOf(kAfter) > t.end);
}

void TestPdfLayout::budgetColumns_data()
{
    QTest::addColumn<int>("rules");
    QTest::newRow("grid") << int(Rules::Grid);
    QTest::newRow("unruled") << int(Rules::None);
}

void TestPdfLayout::budgetColumns()
{
    // Three number columns so narrow that the numbers nearly touch.
    QFETCH(int, rules);
    TableSpec spec;
    spec.rules = Rules(rules);
    spec.padding = 1;
    spec.widths = {130, 46, 46, 46, 46};
    spec.rows = {{centred(QStringLiteral("项目")), centred(QStringLiteral("年初")), centred(QStringLiteral("调整")),
                  centred(QStringLiteral("决算")), centred(QStringLiteral("占比%"))}};
    const QStringList names
        = {QStringLiteral("一般公共服务支出"), QStringLiteral("社会保障和就业支出"), QStringLiteral("卫生健康支出"),
           QStringLiteral("节能环保支出"),     QStringLiteral("城乡社区支出"),       QStringLiteral("住房保障支出")};
    QList<QStringList> values;
    for (int i = 0; i < names.size(); ++i) {
        const QStringList v = {QStringLiteral("%1,%2.25").arg(2 + i).arg(946 - 37 * i),
                               QStringLiteral("%1,%2.05").arg(2 + i).arg(940 - 29 * i),
                               QStringLiteral("%1.75").arg(160 + 11 * i), QStringLiteral("%1.4").arg(12 + i)};
        values.append(v);
        spec.rows.append({text(names.at(i)), number(v.at(0)), number(v.at(1)), number(v.at(2)), number(v.at(3))});
    }
    const QByteArray bytes = pdf(1, [&](QPainter &p, int) {
        p.setFont(cjkFont(11));
        p.drawText(QRectF(80, 90, 435, 16), Qt::AlignRight, QStringLiteral("单位：万元"));
        drawTable(p, spec, QPointF(100, 110));
    });
    const auto doc = importDrawn(bytes, "budget");
    QVERIFY(doc);
    QCOMPARE(doc->tables.size(), 1);
    const Table &t = doc->tables.first();
    QCOMPARE(t.columns, 5);
    QCOMPARE(t.rows.size(), names.size() + 1);
    QVERIFY(t.rows.at(0).header);
    QCOMPARE(t.caption(doc->displayText), QStringLiteral("单位：万元"));
    for (int r = 0; r < names.size(); ++r) {
        QCOMPARE(cell(*doc, t, r + 1, 0), names.at(r));
        for (int c = 0; c < 4; ++c)
            QCOMPARE(cell(*doc, t, r + 1, c + 1), values.at(r).at(c));
    }
    // No number glued to its neighbour anywhere in the text.
    static const QRegularExpression glued(QStringLiteral("\\d\\.\\d+[\\d,]*\\.\\d"));
    QVERIFY2(!glued.match(doc->displayText).hasMatch(), qPrintable(doc->displayText));
}

void TestPdfLayout::continuedTable_data()
{
    QTest::addColumn<int>("rules");
    QTest::addColumn<bool>("repeatHeader");
    QTest::newRow("grid, header repeated") << int(Rules::Grid) << true;
    QTest::newRow("three-line, header repeated") << int(Rules::ThreeLine) << true;
    QTest::newRow("unruled, no header on the next page") << int(Rules::None) << false;
}

void TestPdfLayout::continuedTable()
{
    QFETCH(int, rules);
    QFETCH(bool, repeatHeader);
    TableSpec spec;
    spec.rules = Rules(rules);
    spec.widths = {170, 80, 80, 80};
    spec.rows = {{centred(QStringLiteral("项目名称")), centred(QStringLiteral("2023年")),
                  centred(QStringLiteral("2024年")), centred(QStringLiteral("增长（%）"))}};
    const int n = 44;
    for (int i = 1; i <= n; ++i)
        spec.rows.append({text(QStringLiteral("重点工程第%1批").arg(i)), number(QString::number(100 + 3 * i)),
                          number(QString::number(110 + 4 * i)), number(QStringLiteral("%1.%2").arg(i % 9).arg(i % 7))});
    const int split = 30; // rows 1..30 on the first page
    const QString head = QStringLiteral("某市发展和改革委员会文件");
    const QString after = QStringLiteral("以上项目由各牵头单位按季度报送进度，市里适时组织督查。");
    const QByteArray bytes = pdf(2, [&](QPainter &p, int page) {
        p.setFont(cjkFont(9));
        p.drawText(QRectF(80, 30, 435, 14), Qt::AlignHCenter, head);
        p.drawText(QRectF(80, 800, 435, 14), Qt::AlignHCenter, QStringLiteral("— %1 —").arg(page + 1));
        if (page == 0) {
            p.setFont(cjkFont(11));
            p.drawText(QRectF(80, 80, 435, 16), Qt::AlignHCenter, QStringLiteral("表2 重点工程投资进度"));
            drawTable(p, spec, QPointF(90, 104), nullptr, 0, split);
        } else {
            const double bottom
                = drawTable(p, spec, QPointF(90, 80), nullptr, repeatHeader ? split + 1 : split + 1, n, repeatHeader);
            paragraph(p, QStringLiteral("\u3000\u3000") + after, QRectF(80, bottom + 20, 435, 100));
        }
    });
    const auto doc = importDrawn(bytes, "continued");
    QVERIFY(doc);
    const QString &text = doc->displayText;
    QCOMPARE(doc->tables.size(), 1);
    const Table &t = doc->tables.first();
    QCOMPARE(t.firstPage, 0);
    QCOMPARE(t.lastPage, 1);
    QCOMPARE(t.columns, 4);
    QCOMPARE(t.rows.size(), n + 1);
    QVERIFY(t.rows.at(0).header);
    for (int r = 1; r <= n; ++r) {
        QVERIFY(!t.rows.at(r).header);
        QCOMPARE(cell(*doc, t, r, 0), spec.rows.at(r).at(0).text);
        QCOMPARE(cell(*doc, t, r, 3), spec.rows.at(r).at(3).text);
    }
    QCOMPARE(t.caption(text), QStringLiteral("表2重点工程投资进度"));
    // The running head and the page numbers between the rows are gone.
    QVERIFY(!text.contains(head));
    QVERIFY(!text.contains(QStringLiteral("—")));
    QVERIFY(text.contains(after));
    // Rows of the second page have their boxes there.
    QCOMPARE(doc->charBoxes.at(t.cellAt(n, 0)->start).page, 1);
    QCOMPARE(doc->charBoxes.at(t.cellAt(1, 0)->start).page, 0);
}

void TestPdfLayout::twoColumnProse()
{
    // Two columns of prose with lines on the same baselines: read column after column, no table.
    const QStringList left
        = {QStringLiteral("本市深入实施创新驱动发展战略，加快建设科技创新中心，推动高新技术企业量质齐升，"
                          "研发投入持续加大，创新平台体系不断完善，科技成果转化效率明显提高。"),
           QStringLiteral("坚持生态优先、绿色发展，统筹推进污染治理和生态保护，空气质量优良天数比例稳步提升，"
                          "主要河流断面水质全部达标。")};
    const QStringList right
        = {QStringLiteral("着力保障和改善民生，城乡居民收入与经济增长基本同步，公共服务水平持续提高，"
                          "教育、医疗、养老等领域短板加快补齐。"),
           QStringLiteral("持续优化营商环境，深化政务服务改革，企业开办时间压缩到一个工作日以内，"
                          "市场主体活力不断增强。")};
    const QByteArray bytes = pdf(1, [&](QPainter &p, int) {
        p.setFont(cjkFont(16));
        p.drawText(QRectF(60, 60, 475, 24), Qt::AlignHCenter, QStringLiteral("年度工作回顾"));
        for (int col = 0; col < 2; ++col) {
            const QStringList &paras = col == 0 ? left : right;
            double y = 110;
            for (const QString &para : paras)
                y = paragraph(p, QStringLiteral("\u3000\u3000") + para, QRectF(col == 0 ? 60 : 318, y, 217, 400)) + 13;
        }
    });
    const auto doc = importDrawn(bytes, "twocolumns");
    QVERIFY(doc);
    const QString &text = doc->displayText;
    QVERIFY2(doc->tables.isEmpty(), qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\t')));
    qsizetype at = text.indexOf(QStringLiteral("年度工作回顾"));
    QVERIFY(at >= 0);
    for (const QString &para : left + right) {
        const qsizetype next = text.indexOf(para);
        QVERIFY2(next > at, qPrintable(text));
        at = next;
    }
}

void TestPdfLayout::notTables()
{
    // A numbered list with hanging indents and a table of contents with page numbers stand in
    // columns, but they are not tables.
    const QStringList items = {
        QStringLiteral("加强组织领导，建立由主要负责同志牵头的工作专班，定期研究解决推进中的重大问题。"),
        QStringLiteral("强化要素保障，统筹用地、用能和资金安排，优先支持列入清单的重点项目加快建设。"),
        QStringLiteral("严格督查考核，将任务完成情况纳入年度综合考核，对工作不力的予以通报。"),
    };
    const QList<std::pair<QString, int>> contents = {{QStringLiteral("第一章 总体要求"), 1},
                                                     {QStringLiteral("第二章 重点任务"), 3},
                                                     {QStringLiteral("第三章 保障措施"), 9},
                                                     {QStringLiteral("第四章 附则"), 12}};
    const QByteArray bytes = pdf(2, [&](QPainter &p, int page) {
        p.setFont(cjkFont(11));
        if (page == 0) {
            p.drawText(QRectF(80, 60, 435, 16), Qt::AlignHCenter, QStringLiteral("目录"));
            double y = 100;
            for (const auto &[title, number] : contents) {
                p.drawText(QRectF(80, y, 300, 16), Qt::AlignLeft, title);
                p.drawText(QRectF(80, y, 435, 16), Qt::AlignRight, QString::number(number));
                y += 24;
            }
            return;
        }
        double y = 80;
        for (qsizetype i = 0; i < items.size(); ++i) {
            p.drawText(QRectF(80, y, 20, 16), Qt::AlignLeft, QStringLiteral("%1.").arg(i + 1));
            QRectF used;
            p.drawText(QRectF(104, y, 200, 200), Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop, items.at(i),
                       &used);
            y = used.bottom() + 6;
        }
    });
    const auto doc = importDrawn(bytes, "nottables");
    QVERIFY(doc);
    QVERIFY2(doc->tables.isEmpty(), qPrintable(doc->displayText));
    for (const QString &item : items)
        QVERIFY2(doc->displayText.contains(item), qPrintable(doc->displayText));
}

void TestPdfLayout::linesGoOn()
{
    // Lines drawn as separate runs, out of order and a little off the baseline (as some office
    // suites write them); a line starting with a comma or an opening quote goes on with the line
    // above; an indented line starts a paragraph.
    // Full lines are 16 characters wide (a first line: two of indent and 14).
    const QList<QStringList> paras = {
        {QStringLiteral("\u3000\u3000各部门要立足职能，认真组织研"), QStringLiteral("究拟订本领域的具体措施，明确责任"),
         QStringLiteral("分工和时间节点，确保各项任务落到"), QStringLiteral("实处。")},
        {QStringLiteral("\u3000\u3000会议强调，要求按照“统筹推进"), QStringLiteral("，分类指导”的原则开展各项工作，"),
         QStringLiteral("“一地一策”推动重点项目落地，形"), QStringLiteral("成可复制的经验。")},
    };
    for (const QStringList &lines : paras) {
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QCOMPARE(lines.at(i).size(), 16);
    }
    const QByteArray bytes = pdf(1, [&](QPainter &p, int) {
        p.setFont(cjkFont(12));
        const QFontMetricsF fm(p.font());
        struct Run
        {
            QPointF at;
            QString text;
        };
        QList<Run> runs;
        double y = 100;
        for (const QStringList &lines : paras) {
            for (const QString &line : lines) {
                const int cut = int(line.size()) / 2;
                const double jitter = (runs.size() % 3 - 1) * 0.3;
                runs.append({QPointF(90, y + jitter), line.left(cut)});
                runs.append({QPointF(90 + fm.horizontalAdvance(line.left(cut)) + 0.4, y - jitter), line.mid(cut)});
                y += 22;
            }
            y += 4;
        }
        // Second halves first, bottom up.
        for (qsizetype i = runs.size() - 1; i >= 0; i -= 2)
            p.drawText(runs.at(i).at, runs.at(i).text);
        for (qsizetype i = 0; i < runs.size(); i += 2)
            p.drawText(runs.at(i).at, runs.at(i).text);
    });
    const auto doc = importDrawn(bytes, "linesgoon");
    QVERIFY(doc);
    const QString &text = doc->displayText;
    for (const QStringList &lines : paras) {
        const QString whole = lines.join(QString()).trimmed();
        QVERIFY2(text.contains(whole), qPrintable(text));
    }
    QCOMPARE(text.count(QStringLiteral("\n\n")), 1);
}

void TestPdfLayout::browserPrint()
{
    // A web page printed from a browser: the print date and page title at the top, the address
    // and page count at the bottom.
    const QString body
        = QStringLiteral("为进一步做好城市更新工作，现将有关事项通知如下：各区要在年内完成老旧小区改造任务，"
                         "并于每季度末报送工作进展情况。");
    const QByteArray bytes = pdf(1, [&](QPainter &p, int) {
        p.setFont(cjkFont(8));
        p.drawText(QRectF(20, 14, 200, 12), Qt::AlignLeft, QStringLiteral("2024/5/6 10:20"));
        p.drawText(QRectF(150, 14, 300, 12), Qt::AlignHCenter,
                   QStringLiteral("某市关于推进城市更新工作的通知_某市人民政府门户网站"));
        p.drawText(QRectF(20, 818, 400, 12), Qt::AlignLeft,
                   QStringLiteral("https://www.example.gov.cn/zwgk/content/notice.html"));
        p.drawText(QRectF(500, 818, 75, 12), Qt::AlignRight, QStringLiteral("1/1"));
        p.setFont(cjkFont(16));
        p.drawText(QRectF(60, 70, 475, 24), Qt::AlignHCenter, QStringLiteral("某市关于推进城市更新工作的通知"));
        paragraph(p, QStringLiteral("\u3000\u3000") + body, QRectF(70, 120, 455, 200));
    });
    const auto doc = importDrawn(bytes, "printed");
    QVERIFY(doc);
    const QString &text = doc->displayText;
    QVERIFY2(text.contains(body), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("门户网站")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("example.gov.cn")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("10:20")), qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("某市关于推进城市更新工作的通知\n")));
}

void TestPdfLayout::bulletinTables()
{
    // 表1 (two value columns) and 表2 (whose text layer puts the values before the labels) of the
    // statistical bulletin: rows with each number in its own cell, paired with its label by position.
    const QString file = test::corpusPath(QStringLiteral("real/zhoukou_statistical_bulletin_2023.pdf"));
    if (!QFileInfo::exists(file))
        QSKIP("../shared/corpus/real is not present");
    const auto doc = importFile(file);
    QVERIFY(doc.ok());
    const Table *t1 = nullptr;
    const Table *t2 = nullptr;
    for (const Table &t : doc->tables) {
        const QString cap = t.caption(doc->displayText);
        if (cap.startsWith(QStringLiteral("表1")))
            t1 = &t;
        if (cap.startsWith(QStringLiteral("表2")))
            t2 = &t;
    }
    QVERIFY(t1 && t2);
    QCOMPARE(t1->columns, 3);
    QVERIFY(t1->rows.size() >= 9);
    QVERIFY(t1->rows.at(0).header);
    for (int r = 1; r < t1->rows.size(); ++r) {
        QVERIFY(!t1->rows.at(r).header);
        const QString label = cell(*doc, *t1, r, 0);
        QVERIFY2(!label.isEmpty() && !isNumber(label), qPrintable(label));
        QVERIFY2(isNumber(cell(*doc, *t1, r, 1)), qPrintable(cell(*doc, *t1, r, 1)));
        const QString share = cell(*doc, *t1, r, 2);
        QVERIFY2(share.isEmpty() ? r == 1 : isNumber(share), qPrintable(share));
    }
    QCOMPARE(t2->columns, 2);
    QVERIFY(t2->rows.size() >= 15);
    QVERIFY(t2->rows.at(0).header);
    for (int r = 1; r < t2->rows.size(); ++r) {
        const QString label = cell(*doc, *t2, r, 0);
        QVERIFY2(!label.isEmpty() && !isNumber(label), qPrintable(label));
        QVERIFY2(isNumber(cell(*doc, *t2, r, 1)), qPrintable(cell(*doc, *t2, r, 1)));
        // The value stands on the label's line.
        const TableCell *l = t2->cellAt(r, 0);
        const TableCell *v = t2->cellAt(r, 1);
        const CharBox &lb = doc->charBoxes.at(l->start);
        const CharBox &vb = doc->charBoxes.at(v->start);
        QCOMPARE(lb.page, vb.page);
        QVERIFY(std::abs(lb.box.center().y() - vb.box.center().y()) < 0.01);
    }
}

void TestPdfLayout::finalAccountsNumbers_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("social work dept") << QStringLiteral("putuo_social_work_dept_final_accounts_2024.pdf");
    QTest::newRow("planning bureau") << QStringLiteral("putuo_planning_resources_bureau_final_accounts_2024.pdf");
}

void TestPdfLayout::finalAccountsNumbers()
{
    // Every number pdftotext -layout shows in a table row of a page is a cell of ours on that page,
    // and no number of ours is two of pdftotext's glued together.
    QFETCH(QString, name);
    const QString file = test::corpusPath(QStringLiteral("real/") + name);
    if (!QFileInfo::exists(file))
        QSKIP("../shared/corpus/real is not present");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const auto doc = importFile(file);
    QVERIFY(doc.ok());
    QVERIFY(doc->tables.size() >= 8);
    // Our cells per page.
    QHash<int, QSet<QString>> cellsOnPage;
    for (const Table &t : doc->tables) {
        for (const TableRow &row : t.rows) {
            for (const TableCell &c : row.cells) {
                if (c.end > c.start)
                    cellsOnPage[doc->charBoxes.at(c.start).page].insert(Table::cellText(doc->displayText, c));
            }
        }
    }
    static const QRegularExpression fieldSep(QStringLiteral("\\s{2,}"));
    static const QRegularExpression numberToken(QStringLiteral("\\d[\\d,]*\\.\\d+"));
    int numbers = 0;
    QSet<QString> theirs;
    for (int page = 0; page < doc->pageSizes.size(); ++page) {
        QProcess p;
        p.start(pdftotext,
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page + 1), QStringLiteral("-l"),
                 QString::number(page + 1), file, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList fields = line.trimmed().split(fieldSep, Qt::SkipEmptyParts);
            auto tokens = numberToken.globalMatch(line);
            while (tokens.hasNext())
                theirs.insert(tokens.next().captured());
            if (fields.size() < 2)
                continue;
            for (const QString &f : fields) {
                if (!isNumber(f))
                    continue;
                ++numbers;
                QVERIFY2(cellsOnPage.value(page).contains(f),
                         qPrintable(QStringLiteral("page %1: %2 in \"%3\"").arg(page + 1).arg(f, line.trimmed())));
            }
        }
    }
    QVERIFY(numbers > 200);
    auto it = numberToken.globalMatch(doc->displayText);
    while (it.hasNext()) {
        const QString n = it.next().captured();
        QVERIFY2(theirs.contains(n), qPrintable(n));
    }
}

QTEST_MAIN(TestPdfLayout)
#include "tst_pdflayout.moc"
