// Annotated PDF from an OFD source: a PDF of the OFD's pages (same size, text that copies out) with
// native highlight annotations where the imported boxes put the passages, read back with Poppler; the
// flattened variant paints them; the command line exports an OFD from a workspace.
#include "export/export.h"
#include "import/importer.h"
#include "ofdfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace plens;

namespace {

Annotation annotationOn(const Document &doc, const QString &quote, const QColor &color, const QString &note)
{
    Annotation a;
    a.id = 1;
    const qsizetype at = doc.displayText.indexOf(quote);
    a.anchor = Anchor::fromRange(doc.displayText, at, at + quote.size());
    a.color = color;
    a.note = note;
    a.author = QStringLiteral("李科长");
    return a;
}

QRectF unite(const QList<CharBox> &boxes, qsizetype start, qsizetype end)
{
    QRectF r;
    for (qsizetype i = start; i < end; ++i)
        r = r.united(boxes.at(i).box);
    return r;
}

} // namespace

class TestExportOfd : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Document m_doc;

private slots:
    void initTestCase()
    {
        auto doc = importBytes(QStringLiteral("notice.ofd"), ofdfixture::ofd());
        QVERIFY(doc.ok());
        m_doc = std::move(doc).value();
    }

    void highlightsOnTheOfdPages()
    {
        ExportRequest req;
        req.document = m_doc;
        const QString first = QStringLiteral("社区养老服务示范点120个");
        const QString second = QStringLiteral("各单位要按照本通知要求抓好落实");
        req.annotations = {annotationOn(m_doc, first, QColor(255, 220, 0), QStringLiteral("核对数据来源")),
                           annotationOn(m_doc, second, QColor(120, 200, 255), QStringLiteral("督办"))};
        req.annotations[1].id = 2;
        const QString out = m_dir.filePath(QStringLiteral("notice-annotated.pdf"));
        int calls = 0;
        const auto summary = exportAnnotatedPdf(req, out, [&](int done, int total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->highlights, 2);
        QCOMPARE(summary->pages, 2);
        QVERIFY(calls >= 4);

        auto pdf = Poppler::Document::load(out);
        QVERIFY(pdf && !pdf->isLocked());
        QCOMPARE(pdf->numPages(), 2);
        QVERIFY(std::abs(pdf->page(0)->pageSizeF().width() - 595.3) < 1);
        QVERIFY(std::abs(pdf->page(0)->pageSizeF().height() - 841.9) < 1);
        // The pages' text copies out as the OFD's text (the export font maps its glyphs back).
        const QString page1 = pdf->page(0)->text(QRectF()).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        QVERIFY2(page1.contains(QStringLiteral("关于推进社区养老服务示范点建设的通知")), qPrintable(page1));
        QVERIFY(page1.contains(QStringLiteral("全市建成社区养老服务示范点120个")));

        // One highlight on each page, over the passage's boxes, with its note and colour.
        const QList<std::pair<int, QString>> expected = {{0, first}, {1, second}};
        for (const auto &[pageIndex, quote] : expected) {
            const auto annots = pdf->page(pageIndex)->annotations({Poppler::Annotation::AHighlight});
            QCOMPARE(annots.size(), size_t(1));
            const auto *h = static_cast<const Poppler::HighlightAnnotation *>(annots.front().get());
            const qsizetype at = m_doc.displayText.indexOf(quote);
            const QRectF boxes = unite(m_doc.charBoxes, at, at + quote.size());
            const QRectF b = h->boundary();
            QVERIFY2(std::abs(b.left() - boxes.left()) < 0.01 && std::abs(b.right() - boxes.right()) < 0.01
                         && std::abs(b.top() - boxes.top()) < 0.01,
                     qPrintable(quote));
            QCOMPARE(h->contents(), pageIndex == 0 ? QStringLiteral("核对数据来源") : QStringLiteral("督办"));
            // The highlighted glyphs are the passage's.
            const QString under
                = pdf->page(pageIndex)
                      ->text(QRectF(b.left() * 595.3, b.top() * 841.9, b.width() * 595.3, b.height() * 841.9))
                      .remove(QLatin1Char(' '));
            QVERIFY2(under.contains(quote.left(6)), qPrintable(under));
        }
    }

    void flattened()
    {
        ExportRequest req;
        req.document = m_doc;
        req.flatten = true;
        req.flattenDpi = 100;
        const QString quote = QStringLiteral("各单位要按照本通知要求抓好落实");
        req.annotations = {annotationOn(m_doc, quote, QColor(0, 200, 0), QStringLiteral("已办结"))};
        const QString out = m_dir.filePath(QStringLiteral("notice-flat.pdf"));
        const auto summary = exportAnnotatedPdf(req, out);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        auto pdf = Poppler::Document::load(out);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 2);
        QVERIFY(pdf->page(1)->annotations().empty()); // painted in, not annotations
        const QImage page = pdf->page(1)->renderToImage(100, 100);
        const qsizetype at = m_doc.displayText.indexOf(quote);
        const QRectF r = unite(m_doc.charBoxes, at, at + quote.size());
        int green = 0;
        for (int y = int(r.top() * page.height()); y < int(r.bottom() * page.height()); ++y)
            for (int x = int(r.left() * page.width()); x < int(r.right() * page.width()); ++x) {
                const QColor c = page.pixelColor(x, y);
                green += c.green() > 150 && c.red() < 100 && c.blue() < 100 ? 1 : 0;
            }
        QVERIFY2(green > 100, qPrintable(QString::number(green)));
    }

    void cancelledLeavesNothing()
    {
        ExportRequest req;
        req.document = m_doc;
        const QString out = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        const auto summary = exportAnnotatedPdf(req, out, [](int done, int) { return done < 1; });
        QVERIFY(!summary.ok());
        QVERIFY(!QFile::exists(out));
    }

    void damagedOriginal()
    {
        ExportRequest req;
        req.document = m_doc;
        req.document.originalBytes = req.document.originalBytes.left(200);
        const auto summary = exportAnnotatedPdf(req, m_dir.filePath(QStringLiteral("x.pdf")));
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().file, QStringLiteral("notice.ofd"));
    }
};

QTEST_MAIN(TestExportOfd)
#include "tst_exportofd.moc"
