// Tables as data: the grid (spans, headers), their JSON in the workspace, clean-up keeping rows as
// rows, and the offsets following clean-up into the display text.
#include "import/formats.h"
#include "model/table.h"
#include "store/workspace.h"
#include "text/cleanup.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

namespace {

// Builds a table from rows of cell texts written into `text` (cells '\t'-separated, rows '\n'):
// an empty string is an empty cell; "^" marks a grid position covered by the cell above it.
Table makeTable(QString &text, const QList<QStringList> &rows, int headerRows)
{
    Table t;
    t.start = text.size();
    t.columns = int(rows.first().size());
    for (int r = 0; r < rows.size(); ++r) {
        TableRow row;
        row.start = text.size();
        row.header = r < headerRows;
        for (int c = 0; c < rows.at(r).size(); ++c) {
            if (c > 0)
                text += u'\t';
            const QString cell = rows.at(r).at(c);
            if (cell == QLatin1String("^")) {
                for (int up = r - 1; up >= 0; --up) {
                    for (TableCell &above : t.rows[up].cells) {
                        if (above.column == c && up + above.rowSpan == r)
                            ++above.rowSpan;
                    }
                }
                continue;
            }
            TableCell tc;
            tc.start = text.size();
            text += cell;
            tc.end = text.size();
            tc.column = c;
            row.cells.append(tc);
        }
        row.end = text.size();
        t.rows.append(row);
        t.end = text.size();
        if (r + 1 < rows.size())
            text += u'\n';
    }
    return t;
}

} // namespace

class TestTable : public QObject
{
    Q_OBJECT

private slots:
    void spansAndHeaders()
    {
        QString text;
        const Table t = makeTable(
            text,
            {{QStringLiteral("类别"), QStringLiteral("指标"), QStringLiteral("2027年"), QStringLiteral("属性")},
             {QStringLiteral("创新"), QStringLiteral("研发投入强度（%）"), QStringLiteral("≥3.1"),
              QStringLiteral("预期性")},
             {QStringLiteral("^"), QStringLiteral("发明专利拥有量（件）"), QStringLiteral("12000"),
              QStringLiteral("预期性")},
             {QStringLiteral("绿色"), QStringLiteral("森林覆盖率（%）"), QString(), QStringLiteral("约束性")}},
            1);
        QCOMPARE(t.columnHeaders(text),
                 (QStringList {QStringLiteral("类别"), QStringLiteral("指标"), QStringLiteral("2027年"),
                               QStringLiteral("属性")}));
        // The category cell of row 1 covers row 2 as well; row 3 has its own.
        const TableCell *cat = t.cellAt(2, 0);
        QVERIFY(cat);
        QCOMPARE(Table::cellText(text, *cat), QStringLiteral("创新"));
        QCOMPARE(Table::cellText(text, *t.cellAt(3, 0)), QStringLiteral("绿色"));
        QCOMPARE(Table::cellText(text, *t.cellAt(3, 2)), QString());
        QVERIFY(!t.cellAt(4, 0));
        QVERIFY(!t.cellAt(0, 4));
        // Row 2's line keeps an empty field where the spanning cell stands.
        QVERIFY(text.mid(t.rows[2].start, t.rows[2].end - t.rows[2].start).startsWith(u'\t'));
    }

    void jsonRoundTripAndDamage()
    {
        QString text = QStringLiteral("表2 主要指标\n");
        Table t = makeTable(
            text, {{QStringLiteral("指标"), QStringLiteral("数值")}, {QStringLiteral("甲"), QStringLiteral("1")}}, 1);
        t.captionStart = 0;
        t.captionEnd = 6;
        t.firstPage = 2;
        t.lastPage = 3;
        const QByteArray json = tablesToJson({t});
        QCOMPARE(tablesFromJson(json, text.size()), QList<Table> {t});
        QVERIFY(tablesToJson({}).isEmpty());
        QVERIFY(tablesFromJson({}, 10).isEmpty());
        // Offsets past the text (a damaged or foreign column) drop the table instead of misplacing it.
        QVERIFY(tablesFromJson(json, text.size() - 1).isEmpty());
        QVERIFY(tablesFromJson("not json", text.size()).isEmpty());
    }

    void cleanupKeepsRowsAndMapsOffsets()
    {
        // Text around a table gets the usual clean-up (spaces squeezed, blank lines between paragraphs);
        // the rows stay as they are, one per line, and their offsets follow into the display text.
        QString raw = QStringLiteral("  第一段 说明文字 共 3 项。\n\n\n");
        QString rows;
        Table t = makeTable(rows,
                            {{QStringLiteral("项目"), QStringLiteral("金额（万元）")},
                             {QString(), QStringLiteral("12.5")},
                             {QStringLiteral("合 计"), QStringLiteral("30.0")}},
                            1);
        t.shift(raw.size());
        raw += rows + QStringLiteral("\n   后记 一句。  ");
        const MappedText positions = MappedText::identity(raw);
        CleanupOptions options;
        options.tables.append({t.start, t.end});
        const MappedText clean = cleanupText(positions, options);
        QCOMPARE(clean.text,
                 QStringLiteral("第一段说明文字共3项。\n\n项目\t金额（万元）\n\t12.5\n合 计\t30.0\n\n后记一句。"));
        const QList<Table> mapped = detail::mapTables({t}, clean, raw.size());
        QCOMPARE(mapped.size(), 1);
        const Table &m = mapped.first();
        QCOMPARE(clean.text.mid(m.start, m.end - m.start), QStringLiteral("项目\t金额（万元）\n\t12.5\n合 计\t30.0"));
        QCOMPARE(Table::cellText(clean.text, *m.cellAt(2, 0)), QStringLiteral("合 计"));
        QCOMPARE(Table::cellText(clean.text, *m.cellAt(1, 1)), QStringLiteral("12.5"));
        QCOMPARE(Table::cellText(clean.text, *m.cellAt(1, 0)), QString());
        QCOMPARE(m.cellAt(1, 0)->start, m.rows[1].start);
    }

    void storedWithTheDocument()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Document doc;
        doc.fileName = QStringLiteral("表格 文件.txt");
        doc.format = SourceFormat::Ofd;
        QString text = QStringLiteral("前言。\n\n");
        Table t = makeTable(
            text, {{QStringLiteral("指标"), QStringLiteral("2026年")}, {QStringLiteral("乙"), QStringLiteral("≥7")}},
            1);
        doc.displayText = text;
        doc.tables = {t};
        doc.recognisedPages = {0, 4};
        doc.contentHash = QByteArray(16, 'x');
        qint64 id = 0;
        const QString path = dir.filePath(QStringLiteral("工作区 一.plens"));
        {
            auto ws = Workspace::open(path);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().toString()));
            const auto added = (*ws)->addDocument(doc, {});
            QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
            id = added->documentId;
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        const auto back = (*ws)->document(id);
        QVERIFY(back);
        QCOMPARE(back->format, SourceFormat::Ofd);
        QCOMPARE(back->tables, doc.tables);
        QCOMPARE(back->recognisedPages, doc.recognisedPages);
    }
};

QTEST_GUILESS_MAIN(TestTable)
#include "tst_table.moc"
