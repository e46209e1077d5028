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
