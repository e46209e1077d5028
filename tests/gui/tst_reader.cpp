// The reading views (offscreen): text with highlights, a PDF pane with a text toggle, two panes side by
// side with a connector between linked passages, synchronised scrolling.
#include "import/importer.h"
#include "ofdfixture.h"
#include "render/pagerenderer.h"
#include "ui/documentview.h"
#include "ui/highlight.h"
#include "ui/pageview.h"
#include "ui/readerarea.h"
#include "ui/textview.h"

#include <QBuffer>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace plens;
using namespace plens::ui;

namespace {

Document textDocument(qint64 id, const QString &title, int fillerLines, const QString &passage)
{
    Document d;
    d.id = id;
    d.fileName = title + QStringLiteral(".txt");
    d.meta.title = title;
    d.meta.issuer = QStringLiteral("示例市人民政府");
    QStringList lines;
    for (int i = 0; i < fillerLines; ++i)
        lines << QStringLiteral("第%1段：加快推进数字经济发展，完善基础设施。").arg(i + 1);
    lines << passage;
    for (int i = 0; i < fillerLines; ++i)
        lines << QStringLiteral("其他工作安排%1。").arg(i + 1);
    d.displayText = lines.join(u'\n');
    return d;
}

Highlight highlight(qint64 id, qsizetype start, qsizetype end, Highlight::Kind kind)
{
    Highlight h;
    h.id = id;
    h.kind = kind;
    h.start = start;
    h.end = end;
    h.color = kind == Highlight::Kind::Target ? QColor(255, 140, 0) : QColor(0, 150, 80);
    h.toolTip = QStringLiteral("record %1").arg(id);
    return h;
}

Document pdfDocument()
{
    Document d;
    d.id = 9;
    d.fileName = QStringLiteral("报告.pdf");
    d.format = SourceFormat::Pdf;
    QBuffer buffer(&d.originalBytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter p(&writer);
    p.drawText(QPointF(100, 100), QStringLiteral("ABCDEFGH"));
    writer.newPage();
    p.drawText(QPointF(100, 100), QStringLiteral("IJKLMNOP"));
    p.end();
    d.displayText = QStringLiteral("ABCDEFGH\nIJKLMNOP");
    for (qsizetype i = 0; i < d.displayText.size(); ++i) {
        const int page = i < 9 ? 0 : 1;
        const qsizetype col = page == 0 ? i : i - 9;
        d.charBoxes.append(d.displayText.at(i) == u'\n' ? CharBox {}
                                                        : CharBox {page, QRectF(0.17 + 0.02 * col, 0.1, 0.02, 0.02)});
    }
    return d;
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT
private slots:
    void textHighlightsAndClicks()
    {
        TextView view;
        view.resize(500, 400);
        view.setDisplayText(QStringLiteral("到2025年，建成5G基站超2万个。截至2022年底，已建成1.2万个。"));
        view.setHighlights(
            {highlight(2, 22, 34, Highlight::Kind::Reported), highlight(1, 7, 17, Highlight::Kind::Target)});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.highlights().first().id, 1); // sorted by start
        QCOMPARE(view.extraSelections().size(), 2);
        QCOMPARE(view.highlightAt(10)->id, 1);
        QCOMPARE(view.highlightAt(25)->id, 2);
        QVERIFY(!view.highlightAt(19));

        QSignalSpy clicked(&view, &TextView::highlightClicked);
        const QRect r = view.rangeRect(9, 10);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, r.center() + QPoint(2, 0));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), 1);

        view.setSelection(7, 17);
        QCOMPARE(view.selectionStart(), 7);
        QCOMPARE(view.selectionEnd(), 17);
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("建成5G基站超2万个"));
    }

    void textTables()
    {
        // A web page with a table, imported: the view shows the rows as a grid (cells aligned in
        // columns, borders drawn, the header bold) while its text and offsets stay the display text's.
        const QString page = QStringLiteral(
            "<html><body><p>全年主要指标完成情况如下，各项指标运行总体平稳，好于年初预期。</p><table>"
            "<tr><th>指标</th><th>单位</th><th>2024年</th></tr>"
            "<tr><td>地区生产总值</td><td>亿元</td><td>1234.5</td></tr>"
            "<tr><td>一般公共预算收入</td><td>亿元</td><td>88.6</td></tr>"
            "<tr><td>城镇新增就业</td><td>万人</td><td>5</td></tr></table><p>以上数据为初步统计。</p></body></html>");
        const auto doc = importBytes(QStringLiteral("t.html"), page.toUtf8());
        QVERIFY(doc.ok());
        QCOMPARE(doc->tables.size(), 1);
        const Table &t = doc->tables.first();
        TextView view;
        view.resize(700, 400);
        view.setDisplayText(doc->displayText, doc->tables);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.toPlainText(), doc->displayText);
        const auto xAt = [&](qsizetype pos) {
            QTextCursor c(view.document());
            c.setPosition(int(pos));
            return view.cursorRect(c).left();
        };
        // Each column starts at one x in every row, right of everything in the column before it.
        for (int col = 1; col < t.columns; ++col) {
            const int x = xAt(t.rows.first().cells.at(col).start);
            int widestBefore = 0;
            for (const TableRow &r : t.rows) {
                QCOMPARE(xAt(r.cells.at(col).start), x);
                widestBefore = std::max(widestBefore, xAt(r.cells.at(col - 1).end));
            }
            QVERIFY2(x > widestBefore + 4, qPrintable(QStringLiteral("%1 %2").arg(x).arg(widestBefore)));
        }
        // The header row is bold, the others are not.
        QTextCursor c(view.document());
        c.setPosition(int(t.rows.first().start) + 1);
        QCOMPARE(c.charFormat().fontWeight(), int(QFont::Bold));
        c.setPosition(int(t.rows.last().start) + 1);
        QVERIFY(c.charFormat().fontWeight() != int(QFont::Bold));
        // A highlight on a value cell lands on the cell.
        const TableCell &value = t.rows.at(1).cells.at(2);
        view.setHighlights({highlight(7, value.start, value.end, Highlight::Kind::Reported)});
        QCOMPARE(view.highlightAt(value.start + 1)->id, 7);
        QCOMPARE(view.rangeRect(value.start, value.end).left(), xAt(value.start));
        // Borders: between the first two columns of a body row a line is drawn; below the table none.
        const QImage shot = view.viewport()->grab().toImage();
        const auto darkIn = [&](int y, int x0, int x1) {
            for (int x = x0; x < x1; ++x) {
                if (qGray(shot.pixel(x * shot.width() / view.viewport()->width(),
                                     y * shot.height() / view.viewport()->height()))
                    < 200)
                    return true;
            }
            return false;
        };
        QTextCursor row(view.document());
        row.setPosition(int(t.rows.at(2).cells.at(1).start));
        const QRect cellRect = view.cursorRect(row);
        const int gapEnd = cellRect.left() - 1;
        const int gapStart = xAt(t.rows.at(2).cells.at(0).end) + 2;
        QVERIFY(gapStart < gapEnd);
        QVERIFY(darkIn(cellRect.center().y(), gapStart, gapEnd));
        QTextCursor blank(view.document()); // the empty line after the table
        blank.setPosition(int(t.end) + 1);
        QCOMPARE(blank.block().length(), 1);
        QVERIFY(!darkIn(view.cursorRect(blank).center().y(), gapStart, gapEnd));
    }

    void figureHighlights()
    {
        Commitment c;
        c.id = 5;
        c.anchor.start = 3;
        c.anchor.end = 9;
        c.figure.kind = Figure::Kind::Target;
        c.figure.metric = QStringLiteral("5G基站");
        c.figure.value = 200000;
        c.figure.cmp = Figure::Cmp::Gt;
        c.figure.year = 2023;
        c.status = TargetStatus::AtRisk;
        const QList<QColor> colours {Qt::red, Qt::green, Qt::blue, Qt::gray};
        const Highlight h = highlightFor(c, colours);
        QCOMPARE(h.id, 5);
        QCOMPARE(h.kind, Highlight::Kind::Target);
        QCOMPARE(h.color, QColor(Qt::red));
        QVERIFY(h.underline);
        QVERIFY(h.toolTip.contains(QStringLiteral("5G基站")));
        QVERIFY(h.toolTip.contains(QStringLiteral("2023")));
        c.figure.kind = Figure::Kind::Reported;
        QCOMPARE(highlightFor(c, colours).color, QColor(Qt::green));
        QVERIFY(!highlightFor(c, colours).underline);

        Annotation a;
        a.id = 8;
        a.anchor.start = 1;
        a.anchor.end = 4;
        a.note = QStringLiteral("第一行\n<第二行>");
        const Highlight ha = highlightFor(a);
        QCOMPARE(ha.kind, Highlight::Kind::Annotation);
        QCOMPARE(ha.toolTip, QStringLiteral("第一行<br/>&lt;第二行&gt;"));
    }

    void pdfPaneTogglesToText()
    {
        DocumentView pane;
        pane.resize(600, 700);
        pane.show();
        QVERIFY(pane.setDocument(pdfDocument()));
        QVERIFY(pane.hasPages());
        QCOMPARE(pane.mode(), DocumentView::Mode::Pages);
        QCOMPARE(pane.pageView()->pageCount(), 2);

        pane.selectRange(10, 13); // "JKL" on page 2
        QCOMPARE(pane.selectedText(), QStringLiteral("JKL"));
        QCOMPARE(pane.pageView()->currentPage(), 1);
        // The toggle keeps the selection and shows the same passage as text.
        auto *toggle = pane.findChild<QAction *>(QStringLiteral("actionShowPages"));
        QVERIFY(toggle && toggle->isEnabled() && toggle->isChecked());
        toggle->trigger();
        QCOMPARE(pane.mode(), DocumentView::Mode::Text);
        QCOMPARE(pane.selectedText(), QStringLiteral("JKL"));
        QCOMPARE(pane.textView()->textCursor().selectedText(), QStringLiteral("JKL"));

        // A PDF that cannot be rendered still shows its text.
        Document broken = pdfDocument();
        broken.originalBytes = "%PDF-1.4 garbage";
        QVERIFY(!pane.setDocument(broken));
        QCOMPARE(pane.mode(), DocumentView::Mode::Text);
        QVERIFY(!toggle->isEnabled());
        QCOMPARE(pane.text(), broken.displayText);
    }

    void ofdPaneShowsPagesAndSeal()
    {
        // An OFD document opens on its pages like a PDF; selecting text lands on its glyphs; the header
        // says that the document carries an electronic seal.
        const QByteArray bytes = ofdfixture::ofd();
        auto imported = importBytes(QStringLiteral("notice.ofd"), bytes);
        QVERIFY(imported.ok());
        Document doc = std::move(imported).value();
        doc.id = 7;
        DocumentView pane;
        pane.resize(600, 800);
        pane.show();
        QVERIFY(pane.setDocument(doc));
        QCOMPARE(pane.mode(), DocumentView::Mode::Pages);
        QCOMPARE(pane.pageView()->pageCount(), 2);
        const QString passage = QStringLiteral("各单位要按照本通知要求抓好落实");
        const qsizetype at = doc.displayText.indexOf(passage);
        QVERIFY(at >= 0);
        pane.selectRange(at, at + passage.size());
        QCOMPARE(pane.selectedText(), passage);
        QCOMPARE(pane.pageView()->currentPage(), 1);
        const QList<QRectF> rects = pane.pageView()->rangeRects(at, at + passage.size());
        QCOMPARE(rects.size(), 1); // one line
        const QRectF page = pane.pageView()->pageRect(1).translated(-pane.pageView()->horizontalScrollBar()->value(),
                                                                    -pane.pageView()->verticalScrollBar()->value());
        QVERIFY(std::abs((rects.first().left() - page.left()) / page.width() - 36.2 / 210) < 0.01);
        auto *meta = pane.findChild<QLabel *>(QStringLiteral("documentMetaLabel"));
        QVERIFY(meta && meta->isVisibleTo(&pane));
        QVERIFY2(meta->text().contains(QStringLiteral("1 electronic seal")), qPrintable(meta->text()));
        QVERIFY(meta->toolTip().contains(QStringLiteral("fixture_seal")));
        // The page is drawn off the GUI thread and appears.
        QTRY_VERIFY_WITH_TIMEOUT(
            !pane.pageView()
                 ->renderer()
                 ->image(1, qRound(pane.pageView()->pageRect(1).width() * pane.devicePixelRatioF()))
                 .isNull(),
            10000);
    }

    void sideBySideWithConnectors()
    {
        ReaderArea area;
        area.resize(1200, 600);
        DocumentView *left = area.addPane();
        DocumentView *right = area.addPane();
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(area.paneCount(), 2);

        const QString target = QStringLiteral("到2023年，建成工业互联网标杆工厂150家。");
        const QString reported = QStringLiteral("截至2022年底，建成标杆工厂13家。");
        left->setDocument(textDocument(1, QStringLiteral("行动计划"), 40, target));
        right->setDocument(textDocument(2, QStringLiteral("工作简报"), 80, reported));
        QCOMPARE(area.paneFor(2), right);
        const qsizetype t = left->text().indexOf(target);
        const qsizetype r = right->text().indexOf(reported);
        left->setHighlights({highlight(1, t, t + target.size(), Highlight::Kind::Target)});
        right->setHighlights({highlight(2, r, r + reported.size(), Highlight::Kind::Reported)});
        area.setConnectors({{left, t, t + target.size(), right, r, r + reported.size(), QColor(Qt::red)}});

        // Neither passage is on screen yet: nothing is drawn.
        QVERIFY(area.connectorLines().isEmpty());
        left->scrollToRange(t, t + target.size());
        right->scrollToRange(r, r + reported.size());
        QTRY_COMPARE(area.connectorLines().size(), 1);
        const QLineF line = area.connectorLines().first();
        const QRect leftRect(left->mapTo(&area, QPoint(0, 0)), left->size());
        const QRect rightRect(right->mapTo(&area, QPoint(0, 0)), right->size());
        QVERIFY(leftRect.contains(line.p1().toPoint()));
        QVERIFY(rightRect.contains(line.p2().toPoint()));

        // Synchronised scrolling moves the other pane by the same fraction.
        area.setSyncScroll(true);
        QScrollBar *lb = left->textView()->verticalScrollBar();
        QScrollBar *rb = right->textView()->verticalScrollBar();
        lb->setValue(0);
        QCOMPARE(rb->value(), 0);
        lb->setValue(lb->maximum());
        QCOMPARE(rb->value(), rb->maximum());
        QVERIFY(area.connectorLines().isEmpty()); // scrolled away
        area.setSyncScroll(false);
        lb->setValue(0);
        QCOMPARE(rb->value(), rb->maximum());

        area.removePane(right);
        QCOMPARE(area.paneCount(), 1);
        QCOMPARE(area.activePane(), left);
    }
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
