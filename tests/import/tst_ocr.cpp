// Text recognition in the PDF import, on scans the test makes (ocrfixtures.h): a scanned notice read
// with ≥ 95% of its characters right, its figures and metadata extractable and its boxes on the glyphs;
// a mixed PDF records exactly its image page; a picture on a text page is read in its place; cancel
// imports nothing; a missing model is a warning, never a silently empty page. Plus the rules that do
// not need Tesseract (joining words, choosing pictures).
#include "clirun.h"
#include "extract/extract.h"
#include "import/importer.h"
#include "import/pdfocr.h"
#include "ocr/ocr.h"
#include "ocrfixtures.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTest>

using namespace plens;

namespace {

// A notice written for this test (a 红头 with its number, a title over two lines, figures, a signature
// dated in Chinese numerals).
const QStringList kNotice = {
    QStringLiteral("\t某某省数据管理局文件"),
    QStringLiteral("\t某数据〔2024〕17号"),
    QStringLiteral("\t某某省数据管理局关于印发《某某省公共数据"),
    QStringLiteral("\t开放三年行动方案》的通知"),
    QStringLiteral("各设区市数据局，省各有关部门："),
    QStringLiteral("\u3000\u3000现将《某某省公共数据开放三年行动方案》印发给你们，请结合实际认真贯彻落实。"
                   "到2026年，全省开放数据集超过1.5万个，建成行业数据空间12个，数据交易额达到80亿元。"),
    QStringLiteral("\u3000\u3000各地要建立工作台账，每季度报送进展情况，确保各项任务按期完成。"),
    QStringLiteral(">某某省数据管理局"),
    QStringLiteral(">二〇二四年三月十八日"),
};

const QStringList kBriefing = {
    QStringLiteral("\t农村供水保障工作进展"),
    QStringLiteral("\u3000\u3000今年以来，全市新建改造农村供水管网860公里，受益人口达到42万人，"
                   "规模化供水工程覆盖率提高到88%。"),
    QStringLiteral("\u3000\u3000下一步将加快水源地保护和水质检测能力建设。"),
};

QString joined(const QStringList &lines)
{
    QString s;
    for (QString l : lines) {
        if (l.startsWith(u'\t') || l.startsWith(u'>'))
            l = l.mid(1);
        s += l;
    }
    return s;
}

// Pairs of equal characters of `a` and `b` in order (longest common subsequence).
QList<std::pair<qsizetype, qsizetype>> alignChars(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<int> len((n + 1) * (m + 1), 0);
    const auto at = [m](qsizetype i, qsizetype j) {
        return i * (m + 1) + j;
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            len[at(i, j)] = a.at(i) == b.at(j) ? len.at(at(i + 1, j + 1)) + 1
                                               : std::max(len.at(at(i + 1, j)), len.at(at(i, j + 1)));
    }
    QList<std::pair<qsizetype, qsizetype>> pairs;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            pairs.append({i++, j++});
        } else if (len.at(at(i + 1, j)) >= len.at(at(i, j + 1))) {
            ++i;
        } else {
            ++j;
        }
    }
    return pairs;
}

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void joinsWordsLikeChineseText();
    void picturesAreLargePaintedAreasWithoutText();
    void scannedNoticeIsRead();
    void mixedPdfRecordsItsImagePage();
    void pictureOnATextPageIsReadInPlace();
    void cancelImportsNothing();
    void missingModelIsAWarning();
    void devSetPosterPages();

private:
    QByteArray m_noticePdf;
    QByteArray m_noticeScan;
};

void TestOcr::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (ocr::Engine::available() && ocr::findTessdata().isEmpty())
        QSKIP("Tesseract is built in but its chi_sim model is not installed");
    m_noticePdf = fixtures::textPdf({kNotice});
    m_noticeScan = fixtures::mixedPdf({{{}, fixtures::scan(m_noticePdf, 0)}});
    QVERIFY(!m_noticeScan.isEmpty());
}

void TestOcr::joinsWordsLikeChineseText()
{
    const auto word = [](const QString &text, int x) {
        ocr::Word w;
        for (QChar c : text) {
            w.glyphs.append({QString(c), QRect(x, 0, 10, 10)});
            x += 12;
        }
        w.box = QRect(w.glyphs.front().box.topLeft(), w.glyphs.back().box.bottomRight());
        w.confidence = 90;
        return w;
    };
    ocr::Line line;
    line.words
        = {word(QStringLiteral("建成5G"), 0), word(QStringLiteral("基站"), 60), word(QStringLiteral(","), 90),
           word(QStringLiteral("Page"), 110), word(QStringLiteral("3"), 170),   word(QStringLiteral("(试行)"), 190)};
    const ocr::LineText t = ocr::lineText(line);
    // No space between Chinese words, one between Latin or numeric ones; ASCII marks by Chinese become
    // full width; one box per character.
    QCOMPARE(t.text, QStringLiteral("建成5G基站，Page 3（试行）"));
    QCOMPARE(t.boxes.size(), t.text.size());

    // Debris: a lone doubtful character, a line without letters, a line below the confidence floor.
    ocr::PageResult page;
    ocr::Line lone;
    lone.words = {word(QStringLiteral("乡"), 0)};
    lone.words[0].confidence = 80;
    ocr::Line marks;
    marks.words = {word(QStringLiteral("|-~"), 0)};
    ocr::Line weak = line;
    for (ocr::Word &w : weak.words)
        w.confidence = 40;
    page.lines = {line, lone, marks, weak};
    const ocr::PageResult kept = ocr::filtered(page);
    QCOMPARE(kept.lines.size(), 1);
    QCOMPARE(ocr::lineText(kept.lines.first()).text, t.text);
}

void TestOcr::picturesAreLargePaintedAreasWithoutText()
{
    const QSizeF a4(595, 842);
    // A transparent page (72 px = 1 inch at 72 dpi) with an opaque picture of 40% of the page.
    QImage painted(595, 842, QImage::Format_ARGB32);
    painted.fill(Qt::transparent);
    {
        QPainter p(&painted);
        p.fillRect(QRect(80, 200, 435, 440), QColor(200, 120, 60));
        p.fillRect(QRect(80, 700, 100, 60), QColor(20, 20, 20)); // a seal: small
    }
    const QList<QRectF> text = {QRectF(80, 80, 435, 20), QRectF(80, 660, 435, 20)};
    const QList<QRectF> areas = detail::pictureAreas(painted, a4, text, 0.10);
    QCOMPARE(areas.size(), 1);
    QVERIFY(areas.first().contains(QRectF(90, 210, 415, 420)));
    QVERIFY(areas.first().height() < 500);
    // Text over the whole picture: a background or a scan that has its text already.
    QList<QRectF> over = text;
    for (int y = 200; y < 640; y += 20)
        over.append(QRectF(80, y, 435, 14));
    QVERIFY(detail::pictureAreas(painted, a4, over, 0.10).isEmpty());
    // Nothing painted: nothing to read.
    QImage blank(595, 842, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    QVERIFY(detail::pictureAreas(blank, a4, text, 0.10).isEmpty());
    // Where a picture goes among the lines: before the first line below it in its columns.
    QCOMPARE(detail::PdfRecogniser::insertionPoint(text, areas.first()), 1);
}

void TestOcr::scannedNoticeIsRead()
{
    const auto doc = importBytes(QStringLiteral("notice-scan.pdf"), m_noticeScan);
    if (!ocr::Engine::available()) {
        // A build without Tesseract says so instead of importing an empty page.
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QStringLiteral("page 1 has no text layer")),
                 qPrintable(doc.error().message));
        return;
    }
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
    QCOMPARE(doc->recognisedPages, QList<int> {0});
    QVERIFY2(doc->warnings.isEmpty(), qPrintable(doc->warnings.join(u'\n')));

    // ≥ 95% of the characters right (edit distance against what was printed).
    const double accuracy = fixtures::characterAccuracy(joined(kNotice), doc->displayText);
    qInfo("character accuracy %.4f", accuracy);
    QVERIFY2(accuracy >= 0.95, qPrintable(doc->displayText));

    // Its figures are extracted as from any text.
    QList<double> values;
    for (const Figure &f : extractFigures(*doc))
        values << f.value;
    for (double v : {15000.0, 12.0, 8e9})
        QVERIFY2(values.contains(v), qPrintable(QString::number(v)));

    // The metadata come from the recognised 红头: number, title over two lines, date in Chinese numerals.
    QCOMPARE(doc->meta.docNumber, QStringLiteral("某数据〔2024〕17号"));
    QCOMPARE(doc->meta.title, QStringLiteral("某某省数据管理局关于印发《某某省公共数据开放三年行动方案》的通知"));
    QVERIFY2(doc->meta.date == QDate(2024, 3, 18), qPrintable(doc->displayText));
    QCOMPARE(doc->meta.issuer, QStringLiteral("某某省数据管理局"));

    // The boxes land on the glyphs: each character matched with the same character of the text PDF
    // has its centre inside that character's box (grown by a quarter), for ≥ 95% of them.
    const auto original = importBytes(QStringLiteral("notice.pdf"), m_noticePdf);
    QVERIFY(original.ok());
    QCOMPARE(doc->charBoxes.size(), doc->displayText.size());
    const auto pairs = alignChars(original->displayText, doc->displayText);
    QVERIFY(pairs.size() > original->displayText.size() * 9 / 10);
    int checked = 0;
    int onGlyph = 0;
    for (const auto &[o, r] : pairs) {
        const CharBox &truth = original->charBoxes.at(o);
        const CharBox &found = doc->charBoxes.at(r);
        if (truth.page < 0 || original->displayText.at(o).isSpace())
            continue;
        ++checked;
        const QRectF grown = truth.box.adjusted(-truth.box.width() / 4, -truth.box.height() / 4, truth.box.width() / 4,
                                                truth.box.height() / 4);
        onGlyph += found.page == truth.page && grown.contains(found.box.center()) ? 1 : 0;
    }
    qInfo("boxes on their glyphs: %d of %d", onGlyph, checked);
    QVERIFY(checked > 100);
    QVERIFY2(onGlyph >= checked * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(onGlyph).arg(checked)));
}

void TestOcr::mixedPdfRecordsItsImagePage()
{
    if (!ocr::Engine::available())
        QSKIP("built without Tesseract");
    const QByteArray briefing = fixtures::textPdf({kBriefing});
    const QStringList first
        = {QStringLiteral("第一部分 工作情况"), QStringLiteral("全年完成植树造林3.2万亩，森林覆盖率达到31.5%。")};
    const QByteArray pdf = fixtures::mixedPdf({{first, {}}, {{}, fixtures::scan(briefing, 0)}});
    const auto doc = importBytes(QStringLiteral("mixed.pdf"), pdf);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
    QCOMPARE(doc->recognisedPages, QList<int> {1});
    QVERIFY(doc->displayText.contains(QStringLiteral("森林覆盖率达到31.5%")));
    QVERIFY2(fixtures::characterAccuracy(joined(kBriefing), doc->displayText.mid(doc->displayText.indexOf(u'农')))
                 >= 0.95,
             qPrintable(doc->displayText));
    // The recognised characters sit on page 2, the others on page 1.
    const qsizetype at = doc->displayText.indexOf(QStringLiteral("860"));
    QVERIFY(at > 0);
    QCOMPARE(doc->charBoxes.at(at).page, 1);
    QCOMPARE(doc->charBoxes.at(doc->displayText.indexOf(QStringLiteral("植树"))).page, 0);

    // policylens-cli info lists the recognised pages (1-based).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mixed.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    const auto run = test::cli({QStringLiteral("info"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.code, 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("recognisedPages")).toArray(), QJsonArray {2});
    QCOMPARE(info.value(QStringLiteral("warnings")).toArray(), QJsonArray {});
}

void TestOcr::pictureOnATextPageIsReadInPlace()
{
    if (!ocr::Engine::available())
        QSKIP("built without Tesseract");
    // A page of text with a picture of text (a table or chart published as an image) between its lines.
    const QByteArray picturePdf = fixtures::textPdf({kBriefing});
    const QImage picture = fixtures::scan(picturePdf, 0).copy(0, 0, 2480, 1000);
    QByteArray bytes;
    {
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        QPdfWriter w(&buf);
        w.setResolution(72);
        w.setPageSize(QPageSize(QPageSize::A4));
        w.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&w);
        QFont f(QStringLiteral("Noto Sans CJK SC"));
        f.setPixelSize(14);
        p.setFont(f);
        p.drawText(QRectF(80, 60, 435, 20), QStringLiteral("一、上半年主要指标完成情况"));
        p.drawImage(QRectF(60, 100, 475, 191), picture);
        p.drawText(QRectF(80, 320, 435, 20), QStringLiteral("二、下半年工作安排"));
        p.end();
    }
    const auto doc = importBytes(QStringLiteral("picture.pdf"), bytes);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
    QCOMPARE(doc->recognisedPages, QList<int> {0});
    const QString &t = doc->displayText;
    const qsizetype before = t.indexOf(QStringLiteral("上半年主要指标"));
    const qsizetype inside = t.indexOf(QStringLiteral("供水"));
    const qsizetype after = t.indexOf(QStringLiteral("下半年工作安排"));
    QVERIFY2(before >= 0 && inside > before && after > inside, qPrintable(t));
    // The text layer is not read a second time from the picture's surroundings.
    QCOMPARE(t.count(QStringLiteral("下半年工作安排")), 1);
}

void TestOcr::cancelImportsNothing()
{
    if (!ocr::Engine::available())
        QSKIP("built without Tesseract");
    int reportsAfterCancel = -1;
    ImportOptions options;
    options.progress = [&](const ImportProgress &p) {
        if (reportsAfterCancel >= 0) {
            ++reportsAfterCancel;
            return false;
        }
        if (p.recognising) {
            reportsAfterCancel = 0;
            return false;
        }
        return true;
    };
    const auto doc = importBytes(QStringLiteral("notice-scan.pdf"), m_noticeScan, options);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().message, importCancelledMessage());
    QVERIFY(reportsAfterCancel == 0);
    // Progress went up to the moment of cancelling, page by page.
    ImportOptions watch;
    QList<int> percents;
    watch.progress = [&](const ImportProgress &p) {
        percents << p.percent;
        return true;
    };
    const auto full = importBytes(QStringLiteral("notice-scan.pdf"), m_noticeScan, watch);
    QVERIFY(full.ok());
    QVERIFY(percents.size() >= 3);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    QCOMPARE(percents.back(), 100);
}

void TestOcr::missingModelIsAWarning()
{
    // Without the model (or without Tesseract) a page without text is named, never dropped silently.
    ImportOptions options;
    options.ocrLanguage = QStringLiteral("plens_no_such_model");
    const QStringList first = {QStringLiteral("第一部分 工作情况"), QStringLiteral("全年新增就业岗位2.1万个。")};
    const QByteArray pdf = fixtures::mixedPdf({{first, {}}, {{}, fixtures::scan(m_noticePdf, 0)}});
    const auto doc = importBytes(QStringLiteral("mixed.pdf"), pdf, options);
    QVERIFY(doc.ok());
    QVERIFY(doc->recognisedPages.isEmpty());
    QCOMPARE(doc->warnings.size(), 1);
    QVERIFY2(doc->warnings.first().startsWith(QStringLiteral("page 2 has no text layer")),
             qPrintable(doc->warnings.first()));
    // Only a scan: the import fails and says why.
    const auto scanOnly = importBytes(QStringLiteral("scan.pdf"), m_noticeScan, options);
    QVERIFY(!scanOnly.ok());
    QVERIFY2(scanOnly.error().message.contains(QStringLiteral("page 1 has no text layer")),
             qPrintable(scanOnly.error().message));
}

void TestOcr::devSetPosterPages()
{
    // A real file from ../shared (skipped without it): a web page printed to PDF whose route posters are
    // full-page pictures without a text layer. Every such page is recognised and listed; none is empty.
    const QString path = test::corpusPath(QStringLiteral("real/hubei_red_tourism_routes_2024.pdf"));
    if (!QFile::exists(path))
        QSKIP("../shared/corpus/real is not beside the checkout");
    if (!ocr::Engine::available())
        QSKIP("built without Tesseract");
    const auto doc = importFile(path);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QVERIFY2(doc->recognisedPages.size() >= 10, qPrintable(QString::number(doc->recognisedPages.size())));
    QVERIFY2(doc->warnings.isEmpty(), qPrintable(doc->warnings.join(u'\n')));
    // Each recognised page gave text: characters with boxes on that page.
    for (int page : std::as_const(doc->recognisedPages)) {
        const bool hasText = std::any_of(doc->charBoxes.cbegin(), doc->charBoxes.cend(),
                                         [page](const CharBox &b) { return b.page == page; });
        QVERIFY2(hasText, qPrintable(QStringLiteral("page %1 recognised but empty").arg(page + 1)));
    }
    const auto run = test::cli({QStringLiteral("info"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.code, 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("recognisedPages")).toArray().size(), doc->recognisedPages.size());
}

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
