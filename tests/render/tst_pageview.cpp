// PageView (offscreen): pages appear without blocking, highlights and the mouse selection follow the
// character boxes, navigation and zoom.
#include "a4pdf.h"
#include "render/pdfrenderer.h"
#include "ui/pageview.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace plens;
using plens::ui::PageView;

namespace {

QByteArray makePdf(int pages)
{
    return test::squaresPdf(pages, 60, [](int) { return QColor(0, 0, 200); }); // a blue square on each page
}

// Ten characters in a row on every page: boxes 0.04 wide from x = 0.1, at y = 0.3.
QList<CharBox> makeBoxes(int pages)
{
    QList<CharBox> boxes;
    for (int page = 0; page < pages; ++page)
        for (int i = 0; i < 10; ++i)
            boxes.append(CharBox {page, QRectF(0.1 + 0.05 * i, 0.3, 0.04, 0.03)});
    return boxes;
}

QPoint centre(const PageView &v, qsizetype index)
{
    const QList<QRectF> rects = v.rangeRects(index, index + 1);
    return rects.isEmpty() ? QPoint(-1, -1) : rects.first().center().toPoint();
}

} // namespace

class TestPageView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PageView> view;

private slots:
    void init()
    {
        view = std::make_unique<PageView>();
        view->resize(700, 900);
        auto r = PdfRenderer::open(QStringLiteral("t.pdf"), makePdf(3));
        QVERIFY(r.ok());
        view->setDocument(std::move(r).value(), makeBoxes(3));
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    }
    void cleanup() { view.reset(); }

    void pagesAppear()
    {
        QCOMPARE(view->pageCount(), 3);
        QCOMPARE(view->currentPage(), 0);
        // Fit width by default: the page fills the viewport but for the margins.
        QCOMPARE(int(view->pageRect(0).width()), view->viewport()->width() - 24);
        const QRectF page = view->pageRect(0);
        const QPoint blue = (page.topLeft() + QPointF(5, 5)).toPoint();
        QTRY_COMPARE(QColor(view->viewport()->grab().toImage().pixel(blue)), QColor(0, 0, 200));
    }

    void highlightsAndClicks()
    {
        QSignalSpy clicked(view.get(), &PageView::highlightClicked);
        ui::Highlight h;
        h.id = 42;
        h.start = 2;
        h.end = 5;
        h.color = QColor(255, 230, 0);
        view->setHighlights({h});
        const QPoint inside = centre(*view, 3);
        const QPoint outside = centre(*view, 7);
        QTRY_VERIFY(view->renderer()->image(0, int(view->pageRect(0).width() * view->devicePixelRatioF())).width() > 0);
        view->viewport()->repaint();
        const QImage shot = view->viewport()->grab().toImage();
        const QColor hi(shot.pixel(inside));
        QVERIFY2(hi.red() > 200 && hi.green() > 180 && hi.blue() < 80, qPrintable(hi.name()));
        QCOMPARE(QColor(shot.pixel(outside)), QColor(Qt::white));

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toLongLong(), 42);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, outside);
        QCOMPARE(clicked.size(), 1);
    }

    void mouseSelection()
    {
        QSignalSpy changed(view.get(), &PageView::selectionChanged);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, centre(*view, 6));
        QMouseEvent move(QEvent::MouseMove, centre(*view, 1), view->viewport()->mapToGlobal(centre(*view, 1)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, centre(*view, 1));
        QCOMPARE(view->selectionStart(), 1);
        QCOMPARE(view->selectionEnd(), 7);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(view->rangeRects(1, 7).size(), 1); // one line, one rectangle
    }

    void navigationAndZoom()
    {
        QSignalSpy pageSpy(view.get(), &PageView::currentPageChanged);
        view->goToPage(2);
        QCOMPARE(view->currentPage(), 2);
        QVERIFY(!pageSpy.isEmpty());
        QCOMPARE(pageSpy.last().at(0).toInt(), 2);

        view->scrollToRange(13, 15); // page 1's characters
        QCOMPARE(view->currentPage(), 1);

        view->setZoom(2.0);
        QVERIFY(!view->fitWidth());
        const double expected = 595.0 * 2.0 * view->logicalDpiX() / 72.0;
        QVERIFY2(qAbs(view->pageRect(0).width() - expected) <= 2.0,
                 qPrintable(QString::number(view->pageRect(0).width())));
        QCOMPARE(view->currentPage(), 1); // zoom keeps the page in view
        QVERIFY(view->horizontalScrollBar()->maximum() > 0);
        view->zoomOut();
        QVERIFY(qAbs(view->zoom() - 1.6) < 1e-9);
        view->setFitWidth(true);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    }

    void emptyView()
    {
        PageView empty;
        empty.resize(300, 300);
        empty.show();
        QCOMPARE(empty.pageCount(), 0);
        QCOMPARE(empty.currentPage(), -1);
        empty.goToPage(3);
        empty.scrollToRange(0, 10);
        QVERIFY(empty.rangeRects(0, 10).isEmpty());
        empty.viewport()->repaint();
    }
};

QTEST_MAIN(TestPageView)
#include "tst_pageview.moc"
