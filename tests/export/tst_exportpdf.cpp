// Annotated PDF export: native highlights in a PDF source, the flattened variant, typeset text
// sources, the export font's text layer, and failures that leave nothing behind.
#include "export/annotatedpdf_p.h"
#include "export/export.h"
#include "export/exportfont.h"
#include "export/pdfappearance.h"
#include "export/pdftounicode.h"
#include "exportfixtures.h"
#include "import/importer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QProcess>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace plens;
using namespace plens::test;

namespace {

const QList<QStringList> kPages = {
    {QStringLiteral("到2023年，建成5G基站超20万个。"), QStringLiteral("全省工业和信息化厅负责推进门户网站建设。")},
    {QStringLiteral("数据中心标准机架达到60万架。"), QStringLiteral("支持鼓励企业上云用云，一二三人大小山川。")},
    {QStringLiteral("第三页没有批注。")},
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Annotation annotationOn(const Document &doc, const QString &quote, const QColor &color, const QString &note,
                        QList<qint64> tags = {})
{
    Annotation a;
    a.id = 1;
    const qsizetype at = doc.displayText.indexOf(quote);
    a.anchor = Anchor::fromRange(doc.displayText, at, at + quote.size());
    a.color = color;
    a.note = note;
    a.author = QStringLiteral("王科长");
    a.created = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    a.modified = QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC);
    a.tagIds = std::move(tags);
    return a;
}

// The share of pixels in `r` (page-relative) of `image` that are tinted like `color` (not white,
// not black text): the red/green/blue order of the highlight colour shows through.
double tinted(const QImage &image, const QRectF &r, const QColor &color)
{
    const QRect px(int(r.left() * image.width()), int(r.top() * image.height()), int(r.width() * image.width()),
                   int(r.height() * image.height()));
    int hits = 0, all = 0;
    for (int y = px.top(); y <= px.bottom(); ++y)
        for (int x = px.left(); x <= px.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            ++all;
            const bool notWhite = c.red() + c.green() + c.blue() < 3 * 250;
            const bool sameHue = std::abs(c.hsvHue() - color.hsvHue()) < 25 && c.hsvSaturation() > 60;
            if (notWhite && sameHue)
                ++hits;
        }
    return all ? double(hits) / all : 0.0;
}

// A one-page PDF with one highlight annotation without /AP, its cross-references as a table or as an
// (uncompressed) xref stream.
QByteArray makeHighlightPdf(bool xrefStream)
{
    const QList<QByteArray> objects
        = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >>",
           "<< /Type /Annot /Subtype /Highlight /Rect [20 20 120 60] /QuadPoints [20 60 120 60 20 20 120 20] "
           "/C [0 0 1] /Contents (a >> note \\) with << parens) /F 4 >>"};
    QByteArray pdf = "%PDF-1.7\n";
    QList<qint64> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qint64 xref = pdf.size();
    if (!xrefStream) {
        pdf += "xref\n0 5\n0000000000 65535 f\r\n";
        for (qint64 o : offsets)
            pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n\r\n";
        pdf += "trailer\n<< /Size 5 /Root 1 0 R >>\n";
    } else {
        offsets.append(xref);
        QByteArray entries("\0\0\0\0\0\xff\xff", 7);
        for (qint64 o : offsets) {
            char e[7] = {1, 0, 0, 0, 0, 0, 0};
            qToBigEndian<quint32>(quint32(o), e + 1);
            entries.append(e, 7);
        }
        pdf += "5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Index [0 6] /Root 1 0 R /Length "
            + QByteArray::number(entries.size()) + " >>\nstream\n" + entries + "\nendstream\nendobj\n";
    }
    pdf += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class TestExportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source; // the fixture PDF on disk
    Document m_doc;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const Result<QString> family = ExportFont::family();
        QVERIFY2(family.ok(), qPrintable(family.ok() ? QString() : family.error().message));
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source.pdf"));
        QFile f(m_source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makeTextPdf(kPages));
        f.close();
        Result<Document> doc = importFile(m_source);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        m_doc = doc.value();
        QCOMPARE(m_doc.format, SourceFormat::Pdf);
        QCOMPARE(m_doc.charBoxes.size(), m_doc.displayText.size());
        QVERIFY(m_doc.displayText.contains(QStringLiteral("建成5G基站超20万个")));
    }

    // The installed CJK font maps radicals and ideographs to one glyph; the export font does not.
    void exportFontDropsLookAlikes()
    {
        const QString family = ExportFont::family().value();
        QVERIFY(family.startsWith(QStringLiteral("PolicyLens Export ")));
        const QString installed = family.mid(QStringLiteral("PolicyLens Export ").size());
        const QRawFont original = QRawFont::fromFont(QFont(installed));
        const QRawFont patched = QRawFont::fromFont(QFont(family));
        QVERIFY(patched.isValid());
        QCOMPARE(patched.familyName(), family);
        const QString ideograph = QStringLiteral("一"), radical = QString(QChar(0x2F00));
        QVERIFY(original.glyphIndexesForString(ideograph).value(0) != 0);
        QCOMPARE(original.glyphIndexesForString(radical).value(0), original.glyphIndexesForString(ideograph).value(0));
        QCOMPARE(patched.glyphIndexesForString(ideograph), original.glyphIndexesForString(ideograph));
        QCOMPARE(patched.glyphIndexesForString(radical).value(0), quint32(0));
        int removed = 0;
        const QByteArray cmap = ExportFont::cleanCmap(original.fontTable("cmap"), &removed);
        QVERIFY2(removed > 200, qPrintable(QString::number(removed)));
        // Cleaning a clean table removes nothing and keeps it byte for byte.
        int again = -1;
        QCOMPARE(ExportFont::cleanCmap(cmap, &again), cmap);
        QCOMPARE(again, 0);
        QVERIFY(ExportFont::cleanCmap(QByteArray("xy")).isEmpty());
        // The installed bold face comes along, so bold is never faked (drawn twice).
        if (QFontDatabase::styles(installed).contains(QStringLiteral("Bold"))) {
            QVERIFY(QFontDatabase::styles(family).contains(QStringLiteral("Bold")));
            QFont bold(family);
            bold.setBold(true);
            const QRawFont rawBold = QRawFont::fromFont(bold);
            QCOMPARE(rawBold.familyName(), family);
            QCOMPARE(rawBold.styleName(), QStringLiteral("Bold"));
        }
    }

    // What Qt writes with the export font copies out as the characters written.
    void exportFontTextLayer()
    {
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        const QString line1 = QStringLiteral("一二三人大小山川工业和信息化厅长立方米门户网站");
        const QString line2 = QStringLiteral("支持鼓励用水火土金木日月目見言走車");
        const QString path = m_dir.filePath(QStringLiteral("font.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makeTextPdf({{line1, line2}}));
        f.close();
        const QString out = pdfToText(path);
        QCOMPARE(radicalsIn(out), QString());
        QCOMPARE(squeezed(out), line1 + line2);
    }

    // Qt names the space glyph U+0009 in ToUnicode; the exports rewrite it as a space.
    void spacesCopyOutAsSpaces()
    {
        const QByteArray raw = makeTextPdf({{QStringLiteral("PolicyLens exports text 与 中文")}});
        int fixed = 0;
        const QByteArray pdf = fixTabsInToUnicode(raw, &fixed);
        QVERIFY(fixed >= 1);
        QCOMPARE(pdf.size(), raw.size());
        int again = -1;
        QCOMPARE(fixTabsInToUnicode(pdf, &again), pdf);
        QCOMPARE(again, 0);
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        QVERIFY(doc);
        const QString text = doc->page(0)->text(QRectF());
        QVERIFY2(text.contains(QStringLiteral("PolicyLens exports text")), qPrintable(text));
        QVERIFY(!text.contains(u'\t'));
        // A CMap whose ranges start at a tab is left alone; single codes are rewritten.
        const QByteArray cmap = "begincmap\n2 beginbfrange\n<0001> <0003> <0009>\n<0004> <0005> [<0009> <0041>]\n"
                                "endbfrange\n1 beginbfchar\n<0009> <0009>\nendbfchar\nendcmap\n";
        QCOMPARE(fixTabsInToUnicode(cmap, &fixed),
                 QByteArray("begincmap\n2 beginbfrange\n<0001> <0003> <0009>\n<0004> <0005> [<0020> <0041>]\n"
                            "endbfrange\n1 beginbfchar\n<0009> <0020>\nendbfchar\nendcmap\n"));
        QCOMPARE(fixed, 2);
    }

    void quadsFollowLines()
    {
        QList<CharBox> boxes;
        for (int i = 0; i < 4; ++i)
            boxes.append({0, QRectF(0.1 + 0.02 * i, 0.1, 0.02, 0.02)});
        boxes.append(CharBox {-1, QRectF()}); // a line break without a box
        for (int i = 0; i < 3; ++i)
            boxes.append({0, QRectF(0.1 + 0.02 * i, 0.14, 0.02, 0.02)});
        boxes.append({1, QRectF(0.1, 0.1, 0.02, 0.02)});
        const QList<PageQuads> q = quadsForRange(boxes, 1, boxes.size());
        QCOMPARE(q.size(), 2);
        QCOMPARE(q.at(0).page, 0);
        QCOMPARE(q.at(0).lines.size(), 2);
        QVERIFY(qAbs(q.at(0).lines.at(0).left() - 0.12) < 1e-9);
        QVERIFY(qAbs(q.at(0).lines.at(0).right() - 0.18) < 1e-9);
        QVERIFY(qAbs(q.at(0).lines.at(1).top() - 0.14) < 1e-9);
        QCOMPARE(q.at(1).page, 1);
        QCOMPARE(q.at(1).lines.size(), 1);
    }

    void pdfSourceHighlights()
    {
        const QByteArray before = readFile(m_source);
        ExportRequest req;
        req.document = m_doc;
        const QString q1 = QStringLiteral("建成5G基站超20万个");
        const QString q2 = QStringLiteral("数据中心标准机架达到60万架");
        req.annotations = {annotationOn(m_doc, q1, QColor(255, 200, 0), QStringLiteral("需督办：进度偏慢")),
                           annotationOn(m_doc, q2, QColor(0, 170, 255), QStringLiteral("与简报核对"))};
        req.annotations[1].id = 2;
        const QString out = m_dir.filePath(QStringLiteral("annotated.pdf"));
        int calls = 0;
        Result<ExportSummary> r = exportAnnotatedPdf(req, out, [&](int, int) { return ++calls > 0; });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->highlights, 2);
        QCOMPARE(r->pages, 3);
        QVERIFY(calls >= 2);
        QCOMPARE(readFile(m_source), before); // the original is untouched
        QVERIFY(!QFileInfo(out).size() == 0);

        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QVERIFY(pdf && !pdf->isLocked());
        QCOMPARE(pdf->numPages(), 3);
        const QList<std::pair<int, QString>> expected = {{0, q1}, {1, q2}};
        for (int i = 0; i < 2; ++i) {
            const auto &[pageNo, quote] = expected.at(i);
            const Annotation &a = req.annotations.at(i);
            std::unique_ptr<Poppler::Page> page = pdf->page(pageNo);
            std::vector<std::unique_ptr<Poppler::Annotation>> annots = page->annotations();
            QCOMPARE(annots.size(), size_t(1));
            QCOMPARE(annots.front()->subType(), Poppler::Annotation::AHighlight);
            auto *h = static_cast<Poppler::HighlightAnnotation *>(annots.front().get());
            QCOMPARE(h->contents(), a.note);
            QCOMPARE(h->author(), a.author);
            QCOMPARE(h->style().color().rgb(), a.color.rgb());
            QCOMPARE(h->modificationDate().toSecsSinceEpoch(), a.modified.toSecsSinceEpoch());
            const QList<Poppler::HighlightAnnotation::Quad> quads = h->highlightQuads();
            QCOMPARE(quads.size(), 1);
            // The quad covers the quote's character boxes.
            const QList<PageQuads> want = quadsForRange(m_doc.charBoxes, a.anchor.start, a.anchor.end);
            QCOMPARE(want.size(), 1);
            const QRectF expectRect = want.first().lines.first();
            QRectF got;
            for (const QPointF &p : quads.first().points)
                got = got.isNull() ? QRectF(p, QSizeF(1e-9, 1e-9)) : got.united(QRectF(p, QSizeF(1e-9, 1e-9)));
            QVERIFY2(qAbs(got.left() - expectRect.left()) < 0.005 && qAbs(got.right() - expectRect.right()) < 0.005
                         && qAbs(got.top() - expectRect.top()) < 0.005
                         && qAbs(got.bottom() - expectRect.bottom()) < 0.005,
                     qPrintable(QStringLiteral("quad %1,%2 %3x%4 vs %5,%6 %7x%8")
                                    .arg(got.x())
                                    .arg(got.y())
                                    .arg(got.width())
                                    .arg(got.height())
                                    .arg(expectRect.x())
                                    .arg(expectRect.y())
                                    .arg(expectRect.width())
                                    .arg(expectRect.height())));
            // The page renders, with the highlight colour over the quote and none elsewhere.
            const QImage image = page->renderToImage(100, 100);
            QVERIFY(!image.isNull());
            QVERIFY2(tinted(image, expectRect, a.color) > 0.3,
                     qPrintable(QString::number(tinted(image, expectRect, a.color))));
            QCOMPARE(tinted(image, expectRect.translated(0, 0.3), a.color), 0.0);
        }
        QCOMPARE(pdf->page(2)->annotations().size(), size_t(0));
    }

    // Readers other than Poppler-Qt: the file carries appearance streams (readers that draw only /AP
    // show the highlights), and pdftoppm (Poppler's own rasteriser, no Qt) draws them.
    void pdfSourceOtherReaders()
    {
        const QString out = m_dir.filePath(QStringLiteral("annotated-readers.pdf"));
        ExportRequest req;
        req.document = m_doc;
        const QString q1 = QStringLiteral("建成5G基站超20万个");
        req.annotations = {annotationOn(m_doc, q1, QColor(255, 200, 0), QStringLiteral("note"))};
        QVERIFY(exportAnnotatedPdf(req, out).ok());
        const QByteArray bytes = readFile(out);
        QVERIFY(bytes.contains("/Subtype /Highlight") || bytes.contains("/Subtype/Highlight"));
        // Every highlight has an appearance stream: a Multiply-blended fill in the annotation's colour.
        QVERIFY(bytes.contains("/AP << /N "));
        QVERIFY(bytes.contains("/BM /Multiply"));
        QVERIFY(bytes.contains("1 0.7843 0 rg"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("pdftoppm is not installed");
        const QString prefix = m_dir.filePath(QStringLiteral("ppm"));
        QProcess proc;
        proc.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), out,
                    prefix});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        const QImage image(prefix + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        const Annotation &a = req.annotations.first();
        const QRectF r = quadsForRange(m_doc.charBoxes, a.anchor.start, a.anchor.end).first().lines.first();
        QVERIFY(tinted(image, r, a.color) > 0.3);
    }

    // Appearance streams are added in an update that matches the file's cross-reference form, keep
    // the annotation's other entries, and are drawn (Poppler uses /AP when it is there).
    void appearanceStreams_data()
    {
        QTest::addColumn<bool>("xrefStream");
        QTest::newRow("xref table") << false;
        QTest::newRow("xref stream") << true;
    }

    void appearanceStreams()
    {
        QFETCH(bool, xrefStream);
        const QByteArray original = makeHighlightPdf(xrefStream);
        {
            std::unique_ptr<Poppler::Document> check = Poppler::Document::loadFromData(original);
            QVERIFY(check && check->numPages() == 1); // the fixture itself is a valid PDF
        }
        int added = -1;
        const QByteArray pdf = addHighlightAppearances(original, &added);
        QCOMPARE(added, 1);
        QVERIFY(pdf.startsWith(original)); // an incremental update
        QVERIFY(pdf.contains(xrefStream ? "/Type /XRef /Size 8" : "trailer\n<< /Size 6 /Root 1 0 R /Prev"));
        int again = -1;
        QCOMPARE(addHighlightAppearances(pdf, &again), pdf);
        QCOMPARE(again, 0);
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 1);
        std::unique_ptr<Poppler::Page> page = doc->page(0);
        const auto annots = page->annotations();
        QCOMPARE(annots.size(), size_t(1));
        QCOMPARE(annots.front()->contents(), QStringLiteral("a >> note ) with << parens"));
        const QImage image = page->renderToImage(72, 72);
        const QColor inside = image.pixelColor(70, 200 - 40);
        QVERIFY2(inside.blue() > 200 && inside.red() < 60, qPrintable(inside.name()));
        QCOMPARE(image.pixelColor(170, 200 - 40), QColor(Qt::white));
        // Not a PDF, or a PDF without a readable trailer: returned as it is.
        QCOMPARE(addHighlightAppearances("not a pdf", &again), QByteArray("not a pdf"));
        QCOMPARE(again, 0);
    }

    void flattened()
    {
        ExportRequest req;
        req.document = m_doc;
        const QString q1 = QStringLiteral("建成5G基站超20万个");
        req.annotations = {annotationOn(m_doc, q1, QColor(255, 200, 0), QStringLiteral("note"))};
        req.flatten = true;
        req.flattenDpi = 100;
        const QString out = m_dir.filePath(QStringLiteral("flat.pdf"));
        Result<ExportSummary> r = exportAnnotatedPdf(req, out);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 3);
        std::unique_ptr<Poppler::Page> page = pdf->page(0);
        QCOMPARE(page->annotations().size(), size_t(0)); // painted in, not annotations
        QVERIFY(qAbs(page->pageSizeF().width() - 595) < 2);
        const QRectF rect
            = quadsForRange(m_doc.charBoxes, req.annotations.first().anchor.start, req.annotations.first().anchor.end)
                  .first()
                  .lines.first();
        const QImage image = page->renderToImage(100, 100);
        QVERIFY(tinted(image, rect, QColor(255, 200, 0)) > 0.3);
    }

    void filterByTagAndColourByTag()
    {
        ExportRequest req;
        req.document = m_doc;
        req.tags = {{7, 0, QStringLiteral("需督办"), QColor(255, 0, 0)}, {8, 0, QStringLiteral("基础设施"), QColor()}};
        req.annotations
            = {annotationOn(m_doc, QStringLiteral("建成5G基站超20万个"), QColor(255, 200, 0), QStringLiteral("a"), {7}),
               annotationOn(m_doc, QStringLiteral("数据中心标准机架"), QColor(0, 170, 255), QStringLiteral("b"), {8})};
        req.filter.tagIds = {7};
        req.colorBy = ColorBy::Tag;
        const QList<HighlightItem> items = highlightItems(req);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().color, QColor(255, 0, 0));
        req.filter.tagIds = {};
        req.filter.authors = {QStringLiteral("别人")};
        QCOMPARE(highlightItems(req).size(), 0);
        req.filter.authors = {};
        // Figures: coloured by kind, filtered by kind and status.
        Commitment c;
        c.id = 5;
        c.figure.kind = Figure::Kind::Reported;
        c.figure.value = 600000;
        c.figure.unit = QStringLiteral("架");
        c.status = TargetStatus::AtRisk;
        const qsizetype at = m_doc.displayText.indexOf(QStringLiteral("60万架"));
        c.anchor = Anchor::fromRange(m_doc.displayText, at, at + 4);
        req.commitments = {c};
        req.filter.includeFigures = true;
        req.filter.kinds = {Figure::Kind::Target};
        QCOMPARE(highlightItems(req).size(), 2);
        req.filter.kinds = {Figure::Kind::Reported};
        req.filter.statuses = {TargetStatus::AtRisk};
        const QList<HighlightItem> withFigure = highlightItems(req);
        QCOMPARE(withFigure.size(), 3);
        QCOMPARE(withFigure.at(2).color, kindColor(Figure::Kind::Reported));
        QVERIFY(withFigure.at(2).note.contains(QStringLiteral("60万")));
        // Orphaned anchors are counted, not exported.
        req.annotations[0].anchor.orphaned = true;
        int skipped = 0;
        QCOMPARE(highlightItems(req, &skipped).size(), 2);
        QCOMPARE(skipped, 1);
        QVERIFY(req.filter.describe(req.tags).contains(QStringLiteral("Reported"))
                || !req.filter.describe(req.tags).isEmpty());
    }

    void textSource()
    {
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        Document doc;
        doc.fileName = QStringLiteral("实施意见.docx");
        doc.format = SourceFormat::Docx;
        doc.meta.title = QStringLiteral("关于加快推进5G网络建设的实施意见");
        QStringList paragraphs;
        for (int i = 0; i < 60; ++i)
            paragraphs.append(
                QStringLiteral("第%1条 到2025年，全市建成5G基站超过%2万个，工业和信息化厅长期支持门户网站建设，"
                               "一二三人大小山川日月水火。")
                    .arg(i + 1)
                    .arg(i + 2));
        doc.displayText = paragraphs.join(u'\n');
        const QString quote = QStringLiteral("全市建成5G基站超过4万个");
        const qsizetype at = doc.displayText.indexOf(quote);
        QVERIFY(at > 0);
        Annotation a;
        a.anchor = Anchor::fromRange(doc.displayText, at, at + quote.size());
        a.color = QColor(255, 200, 0);
        a.note = QStringLiteral("需督办：核对基站口径");
        a.author = QStringLiteral("王科长");
        ExportRequest req;
        req.document = doc;
        req.annotations = {a};
        const QString out = m_dir.filePath(QStringLiteral("text.pdf"));
        int lastDone = 0, lastTotal = 0;
        Result<ExportSummary> r = exportAnnotatedPdf(req, out, [&](int d, int t) {
            lastDone = d;
            lastTotal = t;
            return true;
        });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r->pages >= 2);
        QCOMPARE(lastDone, lastTotal);
        const QString text = pdfToText(out);
        QCOMPARE(radicalsIn(text), QString());
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int tabs = -1;
            (void)fixTabsInToUnicode(f.readAll(), &tabs);
            QCOMPARE(tabs, 0); // spaces copy out as spaces
        }
        const QString flat = squeezed(text);
        QVERIFY(flat.contains(squeezed(doc.meta.title)));
        for (const QString &p : paragraphs)
            QVERIFY2(flat.contains(squeezed(p).left(20)), qPrintable(p));
        QVERIFY(flat.contains(quote + QStringLiteral("[1]")));
        QVERIFY(flat.contains(QStringLiteral("[1]「") + quote + QStringLiteral("」") + squeezed(a.note)));
        // The highlight is painted over the quote: render the page with the quote and look for yellow.
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QVERIFY(pdf);
        bool found = false;
        for (int i = 0; i < pdf->numPages() && !found; ++i) {
            std::unique_ptr<Poppler::Page> page = pdf->page(i);
            const QList<QRectF> hits = page->search(quote, Poppler::Page::NoSearchFlags);
            if (hits.isEmpty())
                continue;
            const QImage image = page->renderToImage(72, 72);
            const QRectF h = hits.first();
            const QRectF rel(h.x() / image.width(), h.y() / image.height(), h.width() / image.width(),
                             h.height() / image.height());
            QVERIFY2(tinted(image, rel, a.color) > 0.2, qPrintable(QString::number(tinted(image, rel, a.color))));
            found = true;
        }
        QVERIFY(found);
    }

    void failuresLeaveNothing()
    {
        ExportRequest req;
        req.document = m_doc;
        req.annotations = {annotationOn(m_doc, QStringLiteral("建成5G基站"), QColor(255, 200, 0), QStringLiteral("n"))};

        // The original is missing from the workspace.
        ExportRequest missing = req;
        missing.document.originalBytes.clear();
        const QString out1 = m_dir.filePath(QStringLiteral("missing.pdf"));
        Result<ExportSummary> r = exportAnnotatedPdf(missing, out1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().file, m_doc.fileName);
        QVERIFY(r.error().message.contains(QStringLiteral("original")));
        QVERIFY(!QFile::exists(out1));

        // A stored original that is not a PDF.
        ExportRequest garbage = req;
        garbage.document.originalBytes = "%PDF-1.7 garbage";
        QVERIFY(!exportAnnotatedPdf(garbage, out1).ok());
        QVERIFY(!QFile::exists(out1));

        // A folder that does not exist.
        const QString out2 = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
        r = exportAnnotatedPdf(req, out2);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(QFileInfo(out2).absolutePath()));

        // Cancelled: nothing written, an existing file stays as it was.
        const QString out3 = m_dir.filePath(QStringLiteral("existing.pdf"));
        {
            QFile f(out3);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous");
        }
        r = exportAnnotatedPdf(req, out3, [](int, int) { return false; });
        QVERIFY(!r.ok());
        QCOMPARE(readFile(out3), QByteArray("previous"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("existing.pdf*")}, QDir::Files | QDir::Hidden).size(), 1);

        // A folder without write access (root may write anywhere: then only the message is unchecked).
        const QString locked = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString out4 = locked + QStringLiteral("/out.pdf");
        r = exportAnnotatedPdf(req, out4);
        const bool writable = QFileInfo(locked).isWritable();
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (writable)
            QSKIP("running with rights that ignore folder permissions");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("cannot be written")));
        QCOMPARE(QDir(locked).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).size(), 0);
    }
};

QTEST_MAIN(TestExportPdf)
#include "tst_exportpdf.moc"
