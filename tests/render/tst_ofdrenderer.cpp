// OFD pages painted with QPainter: text lands where the imported boxes say, the template, the path,
// the picture and the seal are drawn, the renderer works off the calling thread like the PDF one,
// and the dev-set OFD files render. Set PLENS_OFD_PNG_DIR to keep the rendered pages as PNG files.
#include "import/importer.h"
#include "ofdfixture.h"
#include "render/ofdpainter.h"
#include "render/ofdrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace plens;

namespace {

void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLENS_OFD_PNG_DIR");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name));
}

// Pixels in `r` (image coordinates) that `test` accepts.
int count(const QImage &image, const QRect &r, const std::function<bool(QColor)> &test)
{
    int n = 0;
    const QRect area = r.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += test(image.pixelColor(x, y)) ? 1 : 0;
    return n;
}

bool dark(QColor c)
{
    return c.lightness() < 110;
}
bool red(QColor c)
{
    return c.red() > 150 && c.green() < 110 && c.blue() < 110;
}
bool blue(QColor c)
{
    return c.blue() > 150 && c.red() < 90 && c.green() < 90;
}

QRect toImage(const QRectF &relative, const QImage &image)
{
    return QRectF(relative.x() * image.width(), relative.y() * image.height(), relative.width() * image.width(),
                  relative.height() * image.height())
        .toAlignedRect();
}

QRect mmToImage(const QRectF &mm, const QImage &image)
{
    return toImage(QRectF(mm.x() / ofdfixture::kPageW, mm.y() / ofdfixture::kPageH, mm.width() / ofdfixture::kPageW,
                          mm.height() / ofdfixture::kPageH),
                   image);
}

} // namespace

class TestOfdRenderer : public QObject
{
    Q_OBJECT
private slots:
    void textWhereTheBoxesSay()
    {
        const QByteArray bytes = ofdfixture::ofd();
        const auto doc = importBytes(QStringLiteral("notice.ofd"), bytes);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        auto r = OfdRenderer::open(QStringLiteral("notice.ofd"), bytes);
        QVERIFY(r.ok());
        OfdRenderer &renderer = *r.value();
        QCOMPARE(renderer.pageCount(), 2);
        QCOMPARE(renderer.pageSize(0).toSize(), QSize(595, 842));

        const QImage page1 = renderer.renderNow(0, 1200);
        const QImage page2 = renderer.renderNow(1, 1200);
        keep(page1, QStringLiteral("fixture-1.png"));
        keep(page2, QStringLiteral("fixture-2.png"));
        QCOMPARE(page1.width(), 1200);
        QCOMPARE(page1.height(), qRound(1200 * 297 / 210.0));

        // Every character of the title and the body has ink inside its box, and the space between
        // two lines has none.
        const QString title = QStringLiteral("关于推进社区养老服务示范点建设的通知");
        const qsizetype at = doc->displayText.indexOf(title);
        QVERIFY(at >= 0);
        for (qsizetype i = at; i < at + title.size(); ++i) {
            const CharBox &b = doc->charBoxes.at(i);
            QCOMPARE(b.page, 0);
            QVERIFY2(count(page1, toImage(b.box, page1), dark) > 10, qPrintable(doc->displayText.mid(i, 1)));
        }
        const qsizetype body = doc->displayText.indexOf(QStringLiteral("养老服务覆盖率"));
        QVERIFY(body >= 0);
        QVERIFY(count(page1, toImage(doc->charBoxes.at(body).box, page1), dark) > 10);
        QCOMPARE(count(page1, mmToImage(QRectF(25, 70, 150, 3), page1), dark), 0);

        // The template: the red header on both pages, its rule too.
        const qsizetype header = doc->displayText.indexOf(QStringLiteral("江北市人民政府办公室文件"));
        QVERIFY(header >= 0);
        const QRect headerBox = toImage(doc->charBoxes.at(header).box, page1);
        QVERIFY(count(page1, headerBox, red) > 10);
        QVERIFY(count(page2, headerBox, red) > 10);
        QVERIFY(count(page2, mmToImage(QRectF(30, 42, 100, 1), page2), red) > 100);
        // The picture (blue) and the seal (a red ring) on page 2, nothing of either on page 1.
        QVERIFY(count(page2, mmToImage(ofdfixture::pictureBox().adjusted(2, 2, -2, -2), page2), blue) > 1000);
        QCOMPARE(count(page1, mmToImage(ofdfixture::pictureBox(), page1), blue), 0);
        QVERIFY(count(page2, mmToImage(ofdfixture::sealBox(), page2), red) > 500);
        QCOMPARE(count(page1, mmToImage(ofdfixture::sealBox(), page1), red), 0);
    }

    void offTheCallingThread()
    {
        auto r = OfdRenderer::open(QStringLiteral("notice.ofd"), ofdfixture::ofd());
        QVERIFY(r.ok());
        OfdRenderer &renderer = *r.value();
        QSignalSpy spy(&renderer, &PageRenderer::pageRendered);
        QVERIFY(renderer.image(1, 400).isNull()); // queued, not drawn on this thread
        QVERIFY(spy.wait(10000));
        const QImage image = renderer.image(1, 400);
        QCOMPARE(image.width(), 400);
        QVERIFY(count(image, image.rect(), dark) > 50);
        QVERIFY(renderer.cachedBytes() > 0);
    }

    void errorsNameTheFile()
    {
        const QByteArray bytes = ofdfixture::ofd();
        auto cut = OfdRenderer::open(QStringLiteral("公文.ofd"), bytes.left(bytes.size() / 2));
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().file, QStringLiteral("公文.ofd"));
        QVERIFY2(cut.error().message.contains(QStringLiteral("truncated")), qPrintable(cut.error().message));
    }

    // The dev set's OFD files (skipped without ../shared): both render with ink where their text is.
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("probe"); // text whose first character must have ink in its box
        QTest::newRow("bengbu") << QStringLiteral("bengbu_culvert_letter_2023.ofd") << QStringLiteral("南货场铁路涵洞");
        QTest::newRow("lincang") << QStringLiteral("lincang_land_permit_2022.ofd")
                                 << QStringLiteral("临沧建投开发投资有限公司");
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, probe);
        const QString path = QStringLiteral(PLENS_SHARED_DIR "/corpus/real/") + file;
        if (!QFile::exists(path))
            QSKIP("../shared/corpus/real is not here");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto doc = importBytes(file, bytes);
        QVERIFY(doc.ok());
        auto r = OfdRenderer::open(file, bytes);
        QVERIFY(r.ok());
        QElapsedTimer timer;
        timer.start();
        const QImage page = r.value()->renderNow(0, 1400);
        qInfo("%s: page 1 rendered 1400 px wide in %lld ms", qPrintable(file), timer.elapsed());
        keep(page, QFileInfo(file).completeBaseName() + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        const qsizetype at = doc->displayText.indexOf(probe);
        QVERIFY(at >= 0);
        for (qsizetype i = at; i < at + probe.size(); ++i)
            QVERIFY2(count(page, toImage(doc->charBoxes.at(i).box, page), dark) > 5,
                     qPrintable(doc->displayText.mid(i, 1)));
    }
};

QTEST_MAIN(TestOfdRenderer)
#include "tst_ofdrenderer.moc"
