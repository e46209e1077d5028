// Figures from tables, row by row: an indicator table of a plan (targets for the horizon column,
// baselines for the base year, 属性 kept), a statistical table (绝对数 | 比上年增长%), a budget table
// with a code column, units from cells, rows, headers and captions. Tables written by this test.
#include "extract/extract.h"
#include "extract/tablefigures.h"

#include <QTest>

using namespace plens;
using Kind = Figure::Kind;
using Cmp = Figure::Cmp;

namespace {

// Writes a table into `text` the way importers do (rows on lines, cells '\t'-separated, "^" marks a
// position covered by the cell above) and returns it; `caption` goes on the line before.
Table addTable(QString &text, const QString &caption, const QList<QStringList> &rows, int headerRows)
{
    Table t;
    if (!text.isEmpty())
        text += QStringLiteral("\n\n");
    if (!caption.isEmpty()) {
        t.captionStart = text.size();
        text += caption;
        t.captionEnd = text.size();
        text += u'\n';
    }
    t.start = text.size();
    t.columns = int(rows.first().size());
    for (int r = 0; r < rows.size(); ++r) {
        TableRow row;
        row.start = text.size();
        row.header = r < headerRows;
        for (int c = 0; c < rows.at(r).size(); ++c) {
            if (c > 0)
                text += u'\t';
            if (rows.at(r).at(c) == QLatin1String("^")) {
                for (int up = r - 1; up >= 0; --up) {
                    for (TableCell &above : t.rows[up].cells) {
                        if (above.column == c && up + above.rowSpan == r)
                            ++above.rowSpan;
                    }
                }
                continue;
            }
            TableCell cell;
            cell.start = text.size();
            text += rows.at(r).at(c);
            cell.end = text.size();
            cell.column = c;
            row.cells.append(cell);
        }
        row.end = text.size();
        t.rows.append(row);
        if (r + 1 < rows.size())
            text += u'\n';
    }
    t.end = text.size();
    return t;
}

QStringList cells(std::initializer_list<const char16_t *> l)
{
    QStringList out;
    for (const char16_t *s : l)
        out << QString::fromUtf16(s);
    return out;
}

QList<Figure> extractWith(const QString &text, const QList<Table> &tables, const ExtractContext &base)
{
    ExtractContext c = base;
    c.tables = tables;
    return extractFigures(text, c);
}

const Figure *find(const QList<Figure> &fs, const QString &metric, int year)
{
    for (const Figure &f : fs) {
        if (f.metric == metric && f.year == year)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestTableFigures : public QObject
{
    Q_OBJECT
private slots:
    void indicatorTable()
    {
        // A plan's 主要指标 table: a category spanning rows, units in the names, a base year and a
        // target year, 属性.
        QString text = QStringLiteral("一、主要目标\n\n到2030年，主要指标如下。");
        const Table t = addTable(text, QStringLiteral("表1 “十五五”时期生态环境主要指标"),
                                 {cells({u"类别", u"指标", u"2025年", u"2030年", u"属性"}),
                                  cells({u"水环境", u"地表水优良水体比例（%）", u"88.5", u"≥92", u"约束性"}),
                                  cells({u"^", u"城市黑臭水体消除比例（%）", u"95", u"100", u"约束性"}),
                                  cells({u"大气", u"细颗粒物平均浓度（微克/立方米）", u"31", u"≤27", u"约束性"}),
                                  cells({u"生态", u"森林覆盖率（%）", u"30.2", u"31左右", u"预期性"}),
                                  cells({u"^", u"新增造林面积（万亩）", u"—", u"150", u"预期性"})},
                                 1);
        ExtractContext c;
        c.documentDate = QDate(2026, 3, 1);
        c.region = QStringLiteral("江西省");
        c.docType = QStringLiteral("规划");
        const QList<Figure> fs = extractWith(text, {t}, c);

        const Figure *target = find(fs, QStringLiteral("地表水优良水体比例"), 2030);
        QVERIFY(target);
        QCOMPARE(target->kind, Kind::Target);
        QCOMPARE(target->value, 92.0);
        QCOMPARE(target->cmp, Cmp::Ge);
        QCOMPARE(target->unit, QStringLiteral("%"));
        QCOMPARE(target->hedge, QStringLiteral("约束性"));
        QCOMPARE(target->scope, QStringLiteral("江西省"));
        QVERIFY(target->text.contains(QStringLiteral("地表水优良水体比例")));
        const Figure *base = find(fs, QStringLiteral("地表水优良水体比例"), 2025);
        QVERIFY(base);
        QCOMPARE(base->kind, Kind::Reported);
        QCOMPARE(base->value, 88.5);
        QCOMPARE(base->cmp, Cmp::Eq);
        QCOMPARE(find(fs, QStringLiteral("细颗粒物平均浓度"), 2030)->cmp, Cmp::Le);
        QCOMPARE(find(fs, QStringLiteral("森林覆盖率"), 2030)->cmp, Cmp::Approx);
        // The unit's magnitude (万亩) is applied; a dash is no value.
        const Figure *area = find(fs, QStringLiteral("新增造林面积"), 2030);
        QVERIFY(area);
        QCOMPARE(area->value, 1500000.0);
        QCOMPARE(area->unit, QStringLiteral("亩"));
        QVERIFY(!find(fs, QStringLiteral("新增造林面积"), 2025));
        // The row's figure is anchored on the row, which highlights the row's glyphs.
        QCOMPARE(text.mid(target->start, target->end - target->start), target->text);
        // Five rows × two years, less the dash.
        QCOMPARE(fs.size(), 9);
    }

    void statisticalTable()
    {
        // A bulletin's table: 绝对数 and 比重 columns, units in the headers, the year in the caption.
        QString text = QStringLiteral("2025年末全市常住人口312.4万人。");
        const Table t
            = addTable(text, QStringLiteral("表2 2025年末常住人口数及其构成"),
                       {cells({u"指标", u"年末数（万人）", u"比重（%）"}), cells({u"常住人口", u"312.40", u"100.0"}),
                        cells({u"其中：城镇", u"201.85", u"64.61"}), cells({u"乡村", u"110.55", u"35.39"})},
                       1);
        ExtractContext c;
        c.documentDate = QDate(2026, 4, 10);
        c.region = QStringLiteral("绵阳市");
        c.title = QStringLiteral("绵阳市2025年国民经济和社会发展统计公报");
        const QList<Figure> fs = extractWith(text, {t}, c);
        const Figure *urban = find(fs, QStringLiteral("城镇"), 2025);
        QVERIFY(urban);
        QCOMPARE(urban->kind, Kind::Reported);
        QCOMPARE(urban->value, 2018500.0);
        QCOMPARE(urban->unit, QStringLiteral("人"));
        int shares = 0;
        for (const Figure &f : fs)
            shares += f.unit == QLatin1String("%") ? 1 : 0;
        QCOMPARE(shares, 3);
        QCOMPARE(fs.size(), 1 + 6); // the sentence's figure and the table's
    }

    void budgetTableWithCodes()
    {
        // A final-accounts table: a code column (not values), the unit in the caption (单位：万元).
        QString text;
        const Table t = addTable(text, QStringLiteral("单位：万元"),
                                 {cells({u"科目编码", u"科目名称", u"年初预算数", u"决算数"}),
                                  cells({u"2010301", u"行政运行", u"320.50", u"318.42"}),
                                  cells({u"2080505", u"机关事业单位基本养老保险缴费", u"41.00", u"40.96"})},
                                 1);
        ExtractContext c;
        c.documentDate = QDate(2026, 9, 20);
        c.title = QStringLiteral("某区文旅局2025年度部门决算");
        const QList<Figure> fs = extractWith(text, {t}, c);
        QCOMPARE(fs.size(), 4);
        for (const Figure &f : fs) {
            QCOMPARE(f.kind, Kind::Reported);
            QCOMPARE(f.unit, QStringLiteral("元"));
            QCOMPARE(f.year, 2025);
            QVERIFY(f.value < 1e7); // no code read as a value
        }
        QCOMPARE(fs.first().value, 3205000.0);
        QCOMPARE(fs.first().metric, QStringLiteral("行政运行"));
    }

    void unitColumnAndCellUnits()
    {
        QString text;
        const Table t = addTable(text, QString(),
                                 {cells({u"指标名称", u"单位", u"目标值"}), cells({u"新建污水管网", u"公里", u"120"}),
                                  cells({u"改造雨污分流小区", u"个", u"≥35"}), cells({u"再生水利用率", u"", u"25%"})},
                                 1);
        ExtractContext c;
        c.documentDate = QDate(2026, 3, 1);
        c.region = QStringLiteral("嘉兴市");
        c.title = QStringLiteral("嘉兴市污水零直排区建设实施方案");
        const QList<Figure> fs = extractWith(text, {t}, c);
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs.at(0).unit, QStringLiteral("公里"));
        QCOMPARE(fs.at(0).kind, Kind::Target);
        QCOMPARE(fs.at(1).cmp, Cmp::Ge);
        QCOMPARE(fs.at(2).unit, QStringLiteral("%"));
    }

    void rowsAreNotReadAsProse()
    {
        // The rows' numbers come from the table only, never again from the text.
        QString text = QStringLiteral("下表为主要指标。");
        const Table t = addTable(text, QString(), {cells({u"指标", u"2027年"}), cells({u"新建公园（个）", u"12"})}, 1);
        ExtractContext c;
        c.documentDate = QDate(2026, 3, 1);
        c.region = QStringLiteral("常德市");
        c.docType = QStringLiteral("方案");
        const QList<Figure> fs = extractWith(text, {t}, c);
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().value, 12.0);
        QCOMPARE(fs.first().year, 2027);
        QCOMPARE(fs.first().kind, Kind::Target);
        QCOMPARE(fs.first().unit, QStringLiteral("个"));
    }

    void units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("factor");
        QTest::newRow("brackets") << QStringLiteral("年末数（万人）") << QStringLiteral("人") << 1e4;
        QTest::newRow("caption") << QStringLiteral("单位：亿元") << QStringLiteral("元") << 1e8;
        QTest::newRow("percent") << QStringLiteral("比重(%)") << QStringLiteral("%") << 1.0;
        QTest::newRow("points") << QStringLiteral("（个百分点）") << QStringLiteral("百分点") << 1.0;
        QTest::newRow("per capita") << QStringLiteral("人均收入（元/人）") << QStringLiteral("元") << 1.0;
        QTest::newRow("index") << QStringLiteral("指数（上年=100）") << QString() << 1.0;
    }
    void units()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        QFETCH(double, factor);
        const extract::TableUnit u = extract::parseTableUnit(text);
        QCOMPARE(u.unit, unit);
        QCOMPARE(u.factor, factor);
    }
};

QTEST_GUILESS_MAIN(TestTableFigures)
#include "tst_tablefigures.moc"
