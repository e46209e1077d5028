// Each importer's limits (import/limits.h, issue 19): file size, PDF pages, unpacked size, nesting
// depth and time, each refused with a message naming it. Limits are lowered for the tests.
#include "fixtures.h"
#include "import/importer.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace plens;

namespace {

QByteArray pdfOfPages(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter p(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.drawText(QPointF(72, 100), QStringLiteral("Page %1: by 2025 build 20000 stations.").arg(i + 1));
    }
    p.end();
    return bytes;
}

QByteArray docx(const QByteArray &body)
{
    return fixtures::zipArchive({{"word/document.xml",
                                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                                  "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                      + body + "</w:body></w:document>"}});
}

QByteArray paragraphs(int n)
{
    QByteArray b;
    for (int i = 0; i < n; ++i)
        b += "<w:p><w:r><w:t>到2025年，建成基站" + QByteArray::number(i) + "个。</w:t></w:r></w:p>";
    return b;
}

ImportOptions with(void (*change)(ImportLimits &))
{
    ImportOptions o;
    change(o.limits);
    return o;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreStated()
    {
        const ImportLimits l;
        QCOMPARE(l.fileBytes, qsizetype(64) * 1024 * 1024);
        QCOMPARE(kMaxImportBytes, l.fileBytes);
        QVERIFY(l.pdfPages >= 2375); // the long PDFs officers receive
        QVERIFY(l.seconds > 0);
    }

    void fileSize()
    {
        const auto o = with([](ImportLimits &l) { l.fileBytes = 1024 * 1024; });
        const auto doc = importBytes(QStringLiteral("big.txt"), QByteArray(1024 * 1024 + 10, 'a'), o);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QStringLiteral("too large (2 MB; the limit is 1 MB)")),
                 qPrintable(doc.error().message));
        QVERIFY(importBytes(QStringLiteral("ok.txt"), QByteArray("到2025年，建成基站2万个。"), o).ok());
    }

    void pdfPages()
    {
        const QByteArray pdf = pdfOfPages(6);
        const auto o = with([](ImportLimits &l) { l.pdfPages = 5; });
        const auto doc = importBytes(QStringLiteral("long.pdf"), pdf, o);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QStringLiteral("has 6 pages; PolicyLens reads up to 5 pages")),
                 qPrintable(doc.error().message));
        QVERIFY(importBytes(QStringLiteral("long.pdf"), pdf).ok());
    }

    void unpackedSize()
    {
        const QByteArray file = docx(paragraphs(40000)); // about 2.5 MB unpacked (stored)
        const auto o = with([](ImportLimits &l) { l.unpackedBytes = 1024 * 1024; });
        const auto doc = importBytes(QStringLiteral("big.docx"), file, o);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QStringLiteral("unpacks to more than 1 MB")),
                 qPrintable(doc.error().message));
        QVERIFY(importBytes(QStringLiteral("big.docx"), file).ok());
    }

    void nestingDepth()
    {
        const QByteArray nested = QByteArray("<w:sdt><w:sdtContent>").repeated(200) + paragraphs(1)
            + QByteArray("</w:sdtContent></w:sdt>").repeated(200);
        const auto doc = importBytes(QStringLiteral("deep.docx"), docx(nested));
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QStringLiteral("more than 256 levels deep")),
                 qPrintable(doc.error().message));
        const QByteArray shallow = QByteArray("<w:sdt><w:sdtContent>").repeated(50) + paragraphs(1)
            + QByteArray("</w:sdtContent></w:sdt>").repeated(50);
        QVERIFY(importBytes(QStringLiteral("deep.docx"), docx(shallow)).ok());
    }

    // No time at all: every importer stops in its loop (or between stages) and says why.
    void time_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QByteArray page = "<html><body>";
        for (int i = 0; i < 3000; ++i)
            page += "<p>到2025年，建成基站" + QByteArray::number(i) + "个。</p>";
        QTest::newRow("pdf") << QStringLiteral("t.pdf") << pdfOfPages(3);
        QTest::newRow("html") << QStringLiteral("t.html") << page + "</body></html>";
        QTest::newRow("docx") << QStringLiteral("t.docx") << docx(paragraphs(3000));
        QTest::newRow("text") << QStringLiteral("t.txt") << QByteArray("到2025年，建成基站2万个。\n").repeated(100);
    }

    void time()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const auto o = with([](ImportLimits &l) { l.seconds = 0; });
        const auto doc = importBytes(name, bytes, o);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QStringLiteral("took longer than 0 s")), qPrintable(doc.error().message));
        QVERIFY(importBytes(name, bytes).ok());
    }
};

QTEST_MAIN(TestLimits)
#include "tst_limits.moc"
