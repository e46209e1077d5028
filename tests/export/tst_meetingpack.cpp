// Meeting pack: targets with their latest reported values, attainment, quotes with page and date,
// charts painted by a callback; the PDF copies out as the right Chinese text.
#include "export/exportfont.h"
#include "export/meetingpack.h"
#include "exportfixtures.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace plens;
using namespace plens::test;

namespace {

Commitment figure(qint64 id, qint64 doc, Figure::Kind kind, double value, int year, const QString &text,
                  qsizetype start = 0)
{
    Commitment c;
    c.id = id;
    c.documentId = doc;
    c.indicatorId = 9;
    c.figure.kind = kind;
    c.figure.cmp = kind == Figure::Kind::Target ? Figure::Cmp::Gt : Figure::Cmp::Eq;
    c.figure.value = value;
    c.figure.unit = QStringLiteral("个");
    c.figure.year = year;
    c.figure.metric = QStringLiteral("5G基站");
    c.figure.text = text;
    c.anchor.start = start;
    c.anchor.end = start + 2;
    return c;
}

struct Fixture
{
    QList<Document> docs;
    QList<Commitment> figures;
    QList<Link> links;
    QList<Indicator> indicators {{9, QStringLiteral("5G基站"), {}, QStringLiteral("个")}};
};

Fixture fixture()
{
    Fixture f;
    Document plan;
    plan.id = 1;
    plan.fileName = QStringLiteral("plan.pdf");
    plan.meta.title = QStringLiteral("江苏省新型数字基础设施建设行动计划");
    plan.meta.date = QDate(2021, 6, 1);
    plan.displayText = QString(40, u'字');
    for (int i = 0; i < 40; ++i)
        plan.charBoxes.append({i < 20 ? 0 : 1, QRectF(0.1, 0.1, 0.01, 0.01)});
    Document brief = plan;
    brief.id = 2;
    brief.fileName = QStringLiteral("brief.html");
    brief.meta.title = QStringLiteral("工业和信息化厅工作简报");
    brief.meta.date = QDate(2022, 9, 30);
    brief.charBoxes.clear();
    f.docs = {plan, brief};
    Commitment target
        = figure(10, 1, Figure::Kind::Target, 200000, 2023, QStringLiteral("到2023年，建成5G基站超20万个"), 25);
    target.status = TargetStatus::AtRisk;
    f.figures = {
        target, figure(11, 2, Figure::Kind::Reported, 100000, 2021, QStringLiteral("截至2021年底，建成5G基站10万个")),
        figure(12, 2, Figure::Kind::Reported, 150000, 2022, QStringLiteral("今年以来新建成5G基站，累计达15万个")),
        figure(13, 2, Figure::Kind::Reported, 190000, 2022, QStringLiteral("被拒绝的链接不算"))};
    Link a, b, rejected;
    a.id = 1, a.fromId = 11, a.toId = 10, a.state = Link::State::Accepted;
    b.id = 2, b.fromId = 12, b.toId = 10, b.state = Link::State::Suggested;
    rejected.id = 3, rejected.fromId = 13, rejected.toId = 10, rejected.state = Link::State::Rejected;
    f.links = {a, b, rejected};
    return f;
}

} // namespace

class TestMeetingPack : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void collectsLatestAndAttainment()
    {
        const Fixture f = fixture();
        MeetingPack pack;
        MeetingPackWriter::collect(pack, f.docs, f.figures, f.links, f.indicators, {}, {});
        QCOMPARE(pack.targets.size(), 1);
        const PackTargetRow &row = pack.targets.first();
        QCOMPARE(row.indicator, QStringLiteral("5G基站"));
        QCOMPARE(row.latestYear, std::optional<int>(2022));
        QCOMPARE(row.latest, QStringLiteral("15万个"));
        QVERIFY(row.attainment && qAbs(*row.attainment - 75.0) < 1e-9);
        QCOMPARE(row.latestDocument, QStringLiteral("工业和信息化厅工作简报"));
        QCOMPARE(row.status, TargetStatus::AtRisk);
        QCOMPARE(pack.quotes.size(), 2);
        QCOMPARE(pack.quotes.at(0).page, 2); // offset 25 lies on the second page
        QCOMPARE(pack.quotes.at(0).date, QDate(2021, 6, 1));
        QCOMPARE(pack.quotes.at(1).page, 0); // a web page has no pages
        // The chart series: both linked reported values (not the rejected one) and the target.
        QCOMPARE(pack.series.size(), 1);
        QCOMPARE(pack.series.first().reported, (QList<QPointF> {{2021, 100000}, {2022, 150000}}));
        QCOMPARE(pack.series.first().targets, (QList<QPointF> {{2023, 200000}}));
        QImage chart(600, 300, QImage::Format_RGB32);
        chart.fill(Qt::white);
        {
            QPainter p(&chart);
            MeetingPackWriter::simpleChart(pack.series.first())(p, QRectF(0, 0, 600, 300));
        }
        // Two bars, the 2022 one taller than the 2021 one.
        const auto barHeight = [&](int x0, int x1) {
            int best = 0;
            for (int x = x0; x < x1; ++x) {
                int h = 0;
                for (int y = 0; y < chart.height(); ++y)
                    h += QColor(chart.pixel(x, y)) == QColor(70, 140, 210);
                best = std::max(best, h);
            }
            return best;
        };
        const int h2021 = barHeight(0, 230), h2022 = barHeight(240, 420);
        QVERIFY2(h2021 > 20 && h2022 > h2021, qPrintable(QStringLiteral("%1 %2").arg(h2021).arg(h2022)));
        // Filters: a status that no target has leaves the table empty.
        ExportFilter filter;
        filter.statuses = {TargetStatus::Done};
        MeetingPack none;
        MeetingPackWriter::collect(none, f.docs, f.figures, f.links, f.indicators, {}, filter);
        QCOMPARE(none.targets.size(), 0);
        // At-most targets invert; different units give none.
        Figure cap;
        cap.cmp = Figure::Cmp::Le;
        cap.value = 50;
        Figure got;
        got.value = 40;
        QCOMPARE(*MeetingPackWriter::attainment(cap, got), 125.0);
        got.unit = QStringLiteral("%");
        cap.unit = QStringLiteral("个");
        QVERIFY(!MeetingPackWriter::attainment(cap, got));
        // Percentage points are a change, never a level: no attainment.
        Figure points;
        points.cmp = Figure::Cmp::Ge;
        points.value = 5;
        points.unit = QStringLiteral("百分点");
        QVERIFY(!MeetingPackWriter::attainment(points, points));
        points.unit = QStringLiteral("个");
        QCOMPARE(*MeetingPackWriter::attainment(points, points), 100.0);
    }

    void writesPdf()
    {
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        const Fixture f = fixture();
        MeetingPack pack;
        pack.title = QStringLiteral("数字基础设施推进会材料");
        pack.date = QDate(2022, 10, 8);
        ExportFilter filter;
        filter.statuses = {TargetStatus::AtRisk};
        pack.filters = filter.describe({});
        MeetingPackWriter::collect(pack, f.docs, f.figures, f.links, f.indicators, {}, filter);
        int painted = 0;
        QRectF chartRect;
        pack.charts = {{QStringLiteral("5G基站"), QStringLiteral("单位：个"),
                        [&](QPainter &p, const QRectF &r) {
                            ++painted;
                            chartRect = r;
                            p.fillRect(QRectF(r.left(), r.top(), r.width() / 2, r.height()), QColor(0, 128, 255));
                        }},
                       {QStringLiteral("数据中心标准机架"), {}, [&](QPainter &p, const QRectF &r) {
                            ++painted;
                            p.fillRect(r, QColor(255, 0, 128));
                        }}};
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("会议材料.pdf"));
        int lastDone = 0, lastTotal = 0;
        Result<int> r = MeetingPackWriter::write(pack, out, [&](int d, int t) {
            lastDone = d;
            lastTotal = t;
            return true;
        });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value(), 3); // cover, one chart page, table and quotes
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(painted, 2);
        {
            // Bold comes from the installed bold face, not from drawing each glyph twice (which some
            // readers copy out twice).
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("/ActualText"));
        }
        const QString text = pdfToText(out);
        QCOMPARE(radicalsIn(text), QString());
        const QString flat = squeezed(text);
        for (const QString &s :
             {pack.title, QStringLiteral("2022-10-08"), QStringLiteral("5G基站"), QStringLiteral("数据中心标准机架"),
              QStringLiteral("到2023年，建成5G基站超20万个"), QStringLiteral("今年以来新建成5G基站，累计达15万个"),
              QStringLiteral("75.0%"), QStringLiteral("江苏省新型数字基础设施建设行动计划"), QStringLiteral("p.2"),
              QStringLiteral("2021-06-01"), QStringLiteral("At risk")})
            QVERIFY2(flat.contains(squeezed(s)), qPrintable(s));
        QVERIFY(!flat.contains(QStringLiteral("被拒绝的链接不算")));
        // Page 2 shows the charts where the callbacks painted them.
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 3);
        const QImage image = pdf->page(1)->renderToImage(50, 50);
        int blue = 0, pink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                blue += c.blue() > 200 && c.red() < 40 && std::abs(c.green() - 128) < 30;
                pink += c.red() > 200 && c.green() < 40 && std::abs(c.blue() - 128) < 30;
            }
        QVERIFY2(blue > image.width() * image.height() / 20, qPrintable(QString::number(blue)));
        QVERIFY(pink > blue);
    }

    void cancelledLeavesNothing()
    {
        const Fixture f = fixture();
        MeetingPack pack;
        MeetingPackWriter::collect(pack, f.docs, f.figures, f.links, f.indicators, {}, {});
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pack.pdf"));
        Result<int> r = MeetingPackWriter::write(pack, out, [](int d, int) { return d < 2; });
        QVERIFY(!r.ok());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        r = MeetingPackWriter::write(pack, dir.filePath(QStringLiteral("missing/pack.pdf")));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("does not exist")));
    }
};

QTEST_MAIN(TestMeetingPack)
#include "tst_meetingpack.moc"
