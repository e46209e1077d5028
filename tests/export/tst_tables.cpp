// Tables to CSV (UTF-8 with BOM for Excel) and XLSX (reopened with libzip, cells read from the XML).
#include "export/tables.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

using namespace plens;

namespace {

QByteArray zipEntry(const QString &path, const char *name)
{
    int err = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
    if (!zip)
        return {};
    QByteArray data;
    zip_stat_t st;
    if (zip_stat(zip, name, 0, &st) == 0) {
        if (zip_file_t *f = zip_fopen(zip, name, 0)) {
            data.resize(qsizetype(st.size));
            if (zip_fread(f, data.data(), st.size) != zip_int64_t(st.size))
                data.clear();
            zip_fclose(f);
        }
    }
    zip_close(zip);
    return data;
}

// Cells of a sheet by reference ("B2") as text: shared strings resolved, numbers as written.
QHash<QString, QString> sheetCells(const QString &xlsx, int sheet)
{
    QStringList shared;
    {
        QXmlStreamReader xml(zipEntry(xlsx, "xl/sharedStrings.xml"));
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                shared.append(current);
                inSi = false;
            }
        }
    }
    QHash<QString, QString> cells;
    const QByteArray name = "xl/worksheets/sheet" + QByteArray::number(sheet) + ".xml";
    QXmlStreamReader xml(zipEntry(xlsx, name.constData()));
    QString ref, type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            const QString v = xml.readElementText();
            cells.insert(ref, type == QLatin1String("s") ? shared.value(v.toInt()) : v);
        }
    }
    return cells;
}

Sheet sample()
{
    Sheet t;
    t.name = QStringLiteral("指标/目标");
    t.columns = {QStringLiteral("名称"), QStringLiteral("数值"), QStringLiteral("日期"), QStringLiteral("备注")};
    t.rows = {{QStringLiteral("5G基站"), 200000.0, QDate(2023, 12, 31), QStringLiteral("含\"宏站\", 小站\n另计")},
              {QStringLiteral("=HYPERLINK(\"x\")"), QVariant(), QVariant(), -5}};
    return t;
}

} // namespace

class TestTables : public QObject
{
    Q_OBJECT
private slots:
    void csvForExcel()
    {
        const QByteArray csv = Tables::toCsv(sample());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0), QStringLiteral("名称,数值,日期,备注"));
        QCOMPARE(lines.at(1), QStringLiteral("5G基站,200000,2023-12-31,\"含\"\"宏站\"\", 小站\n另计\""));
        // A cell Excel would run as a formula is written as text; numbers stay numbers.
        QCOMPARE(lines.at(2), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",,,-5"));
        QCOMPARE(lines.at(3), QString());
    }

    void xlsxCells()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("表格.xlsx"));
        Sheet second;
        second.name = QStringLiteral("指标/目标"); // same name after cleaning: made unique
        second.columns = {QStringLiteral("A")};
        second.rows = {{true}};
        int last = 0;
        Status s = Tables::writeXlsx({sample(), second}, path, [&](int done, int) { return (last = done) > 0; });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QCOMPARE(last, 3);
        const QHash<QString, QString> cells = sheetCells(path, 1);
        QCOMPARE(cells.value(QStringLiteral("A1")), QStringLiteral("名称"));
        QCOMPARE(cells.value(QStringLiteral("A2")), QStringLiteral("5G基站"));
        QCOMPARE(cells.value(QStringLiteral("B2")), QStringLiteral("200000"));
        QCOMPARE(cells.value(QStringLiteral("C2")), QStringLiteral("45291")); // 2023-12-31 as an Excel serial
        QCOMPARE(cells.value(QStringLiteral("D2")), QStringLiteral("含\"宏站\", 小站\n另计"));
        QCOMPARE(cells.value(QStringLiteral("A3")), QStringLiteral("=HYPERLINK(\"x\")")); // a string, not a formula
        QCOMPARE(cells.value(QStringLiteral("D3")), QStringLiteral("-5"));
        QVERIFY(!cells.contains(QStringLiteral("B3")));
        const QByteArray workbook = zipEntry(path, "xl/workbook.xml");
        QVERIFY(workbook.contains(QStringLiteral("name=\"指标目标\"").toUtf8()));
        QVERIFY(workbook.contains(QStringLiteral("name=\"指标目标 2\"").toUtf8()));
        QCOMPARE(sheetCells(path, 2).value(QStringLiteral("A2")), QStringLiteral("1"));
    }

    void buildersName()
    {
        TableContext ctx;
        ctx.documentNames = {{1, QStringLiteral("行动计划")}, {2, QStringLiteral("简报")}};
        ctx.indicators = {{9, QStringLiteral("5G基站"), {}, QStringLiteral("个")}};
        ctx.tags = {{3, 0, QStringLiteral("需督办"), QColor()}};
        ctx.commitmentTags = {{10, {3}}};
        Commitment target;
        target.id = 10;
        target.documentId = 1;
        target.indicatorId = 9;
        target.figure.kind = Figure::Kind::Target;
        target.figure.cmp = Figure::Cmp::Gt;
        target.figure.value = 200000;
        target.figure.unit = QStringLiteral("个");
        target.figure.year = 2023;
        target.figure.text = QStringLiteral("到2023年，建成5G基站超20万个");
        target.status = TargetStatus::AtRisk;
        Commitment reported = target;
        reported.id = 11;
        reported.documentId = 2;
        reported.figure.kind = Figure::Kind::Reported;
        reported.figure.cmp = Figure::Cmp::Eq;
        reported.figure.value = 150000;
        reported.figure.text = QStringLiteral("已建成5G基站15万个");
        const Sheet c = Tables::commitments({target}, ctx);
        QCOMPARE(c.rows.size(), 1);
        QCOMPARE(c.rows.at(0).at(1).toString(), QStringLiteral("行动计划"));
        QCOMPARE(c.rows.at(0).at(5).toString(), QStringLiteral("5G基站"));
        QCOMPARE(c.rows.at(0).at(7).toDouble(), 200000.0);
        QCOMPARE(c.rows.at(0).at(10).toInt(), 2023);
        QCOMPARE(c.rows.at(0).at(17).toString(), QStringLiteral("需督办"));
        QCOMPARE(c.rows.at(0).at(18).toString(), target.figure.text);
        Link link;
        link.id = 4;
        link.fromId = 11;
        link.toId = 10;
        link.state = Link::State::Accepted;
        const Sheet l = Tables::links({link}, {target, reported}, ctx);
        QCOMPARE(l.rows.at(0).at(4).toString(), QStringLiteral("简报"));
        QCOMPARE(l.rows.at(0).at(5).toString(), reported.figure.text);
        QCOMPARE(l.rows.at(0).at(8).toString(), QStringLiteral("行动计划"));
        QCOMPARE(l.rows.at(0).at(12).toString(), QStringLiteral("5G基站"));
        Annotation a;
        a.id = 1;
        a.documentId = 2;
        a.anchor.quote = QStringLiteral("15万个");
        a.note = QStringLiteral("核对");
        const Sheet an = Tables::annotations({a}, ctx);
        QCOMPARE(an.rows.at(0).at(1).toString(), QStringLiteral("简报"));
        QCOMPARE(an.rows.at(0).at(3).toString(), QStringLiteral("核对"));
    }

    void failures()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nope/out.xlsx"));
        Status s = Tables::writeXlsx({sample()}, missing);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!Tables::writeCsv(sample(), dir.filePath(QStringLiteral("nope/out.csv"))).ok());
        const QString out = dir.filePath(QStringLiteral("out.xlsx"));
        s = Tables::writeXlsx({sample()}, out, [](int, int) { return false; });
        QVERIFY(!s.ok());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTables)
#include "tst_tables.moc"
