// PdfRenderer: pages rendered off the calling thread, the cache bound, and clear errors.
#include "a4pdf.h"
#include "render/pdfrenderer.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTest>

using namespace plens;

namespace {

// A PDF of `pages` A4 pages; page i has a filled square whose grey level encodes i, top left.
QByteArray makePdf(int pages)
{
    return test::squaresPdf(pages, 200, [](int i) { return QColor(i * 10, 0, 0); });
}

} // namespace

class TestPdfRenderer : public QObject
{
    Q_OBJECT
private slots:
    void rendersOffThread()
    {
        auto r = PdfRenderer::open(QStringLiteral("a.pdf"), makePdf(3));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        PdfRenderer &renderer = *r.value();
        QCOMPARE(renderer.pageCount(), 3);
        QVERIFY(qAbs(renderer.pageSize(0).width() - 595.0) < 1.5);
        QVERIFY(qAbs(renderer.pageSize(0).height() - 842.0) < 1.5);

        QSignalSpy spy(&renderer, &PdfRenderer::pageRendered);
        QVERIFY(renderer.image(2, 300).isNull()); // first ask: queued, not blocking
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 2);
        QCOMPARE(spy.at(0).at(1).toInt(), 300);
        const QImage img = renderer.image(2, 300);
        QVERIFY(!img.isNull());
        QCOMPARE(img.width(), 300);
        QVERIFY(qAbs(img.height() - 425) <= 1);
        // The square of page 2 (red 20) is at the top left, white elsewhere.
        QCOMPARE(QColor(img.pixel(10, 10)), QColor(20, 0, 0));
        QCOMPARE(QColor(img.pixel(290, 400)), QColor(Qt::white));
        QVERIFY(renderer.cachedBytes() >= img.sizeInBytes());
    }

    void renderNowMatchesWorker()
    {
        auto r = PdfRenderer::open(QStringLiteral("a.pdf"), makePdf(2));
        QVERIFY(r.ok());
        const QImage now = r.value()->renderNow(1, 120);
        QCOMPARE(now.width(), 120);
        QCOMPARE(QColor(now.pixel(5, 5)), QColor(10, 0, 0));
        QVERIFY(r.value()->renderNow(7, 120).isNull());
        QVERIFY(r.value()->image(-1, 120).isNull());
    }

    void cacheIsBounded()
    {
        auto r = PdfRenderer::open(QStringLiteral("many.pdf"), makePdf(12));
        QVERIFY(r.ok());
        PdfRenderer &renderer = *r.value();
        const qint64 onePage = renderer.renderNow(0, 400).sizeInBytes();
        renderer.setCacheLimit(3 * onePage);
        QSignalSpy spy(&renderer, &PdfRenderer::pageRendered);
        for (int i = 0; i < 12; ++i) {
            renderer.image(i, 400);
            QTRY_COMPARE(spy.size(), i + 1);
            QVERIFY(renderer.cachedBytes() <= 3 * onePage);
        }
        QVERIFY(renderer.cachedBytes() >= onePage);
        // The most recent page is still cached, the first one was evicted.
        QVERIFY(!renderer.image(11, 400).isNull());
        QVERIFY(renderer.image(0, 400).isNull());
    }

    void retainDropsPagesScrolledAway()
    {
        auto r = PdfRenderer::open(QStringLiteral("many.pdf"), makePdf(40));
        QVERIFY(r.ok());
        PdfRenderer &renderer = *r.value();
        QSignalSpy spy(&renderer, &PdfRenderer::pageRendered);
        for (int i = 0; i < 40; ++i)
            renderer.image(i, 200);
        renderer.retain(38, 39);
        QTRY_VERIFY(!renderer.image(38, 200).isNull() && !renderer.image(39, 200).isNull());
        QTest::qWait(100);
        // Pages 0..37 may have started before retain(); most were dropped.
        QVERIFY2(spy.size() < 40, qPrintable(QString::number(spy.size())));
    }

    void errorsNameTheFile()
    {
        auto garbage = PdfRenderer::open(QStringLiteral("报告 2022.pdf"), QByteArray("%PDF-1.4 not really"));
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().file, QStringLiteral("报告 2022.pdf"));
        QVERIFY(!garbage.error().message.isEmpty());
        auto empty = PdfRenderer::open(QStringLiteral("empty.pdf"), QByteArray());
        QVERIFY(!empty.ok());
        QByteArray truncated = makePdf(3);
        truncated.truncate(truncated.size() / 3);
        auto cut = PdfRenderer::open(QStringLiteral("cut.pdf"), truncated);
        if (cut.ok()) // Poppler may reconstruct a truncated file; then it must still render safely
            QVERIFY(cut.value()->pageCount() >= 0);
    }
};

QTEST_MAIN(TestPdfRenderer)
#include "tst_pdfrenderer.moc"
