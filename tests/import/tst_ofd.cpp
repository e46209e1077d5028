// OFD import (GB/T 33190): an OFD written by the test reads into the right text, boxes and metadata;
// the number and path syntaxes; seals are recorded; damaged packages fail with clear messages; the
// dev set's two OFD files import with all their text and a title (skipped without ../shared).
#include "clirun.h"
#include "import/fixtures.h"
#include "import/importer.h"
#include "import/ofdpackage.h"
#include "ofdfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

namespace {

QString squeeze(QString s)
{
    s.remove(QLatin1Char(' ')).remove(QLatin1Char('\n')).remove(QLatin1Char('\t'));
    return s;
}

QByteArray page1With(const QByteArray &layerBody, const QByteArray &prolog = {})
{
    return prolog + "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"60\">" + layerBody
        + "</ofd:Layer></ofd:Content></ofd:Page>";
}

} // namespace

class TestOfd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void textBoxesAndMetadata()
    {
        const QByteArray bytes = ofdfixture::ofd();
        const auto doc = importBytes(QStringLiteral("notice.ofd"), bytes);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QCOMPARE(doc->format, SourceFormat::Ofd);
        QCOMPARE(doc->originalBytes, bytes);
        QCOMPARE(doc->pageSizes.size(), 2);
        QCOMPARE(doc->pageSizes.at(0).toSize(), QSize(595, 842)); // A4 in points
        QCOMPARE(doc->charBoxes.size(), doc->displayText.size());

        // Paragraphs: the body's two lines are one paragraph; the template's header is read once
        // although both pages use the template; the signature and the date stand alone.
        const QStringList paragraphs = doc->displayText.split(QStringLiteral("\n\n"));
        QCOMPARE(paragraphs,
                 QStringList(
                     {QStringLiteral("江北市人民政府办公室文件"),
                      QStringLiteral("关于推进社区养老服务示范点建设的通知"), QStringLiteral("各区人民政府："),
                      QStringLiteral("到2026年，全市建成社区养老服务示范点120个，城市社区养老服务覆盖率达到85%以上。"),
                      QStringLiteral("各单位要按照本通知要求抓好落实。"), QStringLiteral("江北市人民政府办公室"),
                      QStringLiteral("2024年3月5日")}));

        // Every character's box: page, left edge from X and the DeltaX steps, baseline from Y.
        qsizetype from = 0; // the lines in reading order (the header's words come again in the signature)
        for (const ofdfixture::TextLine &l : ofdfixture::lines()) {
            const qsizetype at = doc->displayText.indexOf(l.text, from);
            QVERIFY2(at >= 0, qPrintable(l.text));
            from = at + l.text.size();
            double x = l.x;
            const QList<double> adv = ofdfixture::advances(l.text, l.size);
            for (qsizetype i = 0; i < l.text.size(); ++i) {
                const CharBox &b = doc->charBoxes.at(at + i);
                QCOMPARE(b.page, l.page);
                QVERIFY2(std::abs(b.box.left() * ofdfixture::kPageW - x) < 0.01, qPrintable(l.text.mid(i, 1)));
                QVERIFY(std::abs(b.box.bottom() * ofdfixture::kPageH - (l.y + 0.12 * l.size)) < 0.01);
                QVERIFY(std::abs(b.box.height() * ofdfixture::kPageH - l.size) < 0.01);
                QVERIFY(b.box.width() > 0 && b.box.width() * ofdfixture::kPageW <= adv.at(i) + 0.01);
                x += adv.at(i);
            }
        }
        // Inserted paragraph breaks have no box.
        QCOMPARE(doc->charBoxes.at(doc->displayText.indexOf(QLatin1Char('\n'))).page, -1);

        // Metadata: the title from the text (not DocInfo's, which names the subject), the date of the
        // signature, the issuer.
        QCOMPARE(doc->meta.title, QStringLiteral("关于推进社区养老服务示范点建设的通知"));
        QCOMPARE(doc->meta.date, QDate(2024, 3, 5));
        QCOMPARE(doc->meta.issuer, QStringLiteral("江北市人民政府办公室"));
        QCOMPARE(doc->meta.docType, QStringLiteral("通知"));
    }

    void docInfoWhenTheTextSaysNothing()
    {
        // A page of one plain line: the title and the date come from OFD.xml's DocInfo.
        const ofdfixture::TextLine line {0, 25, 50, 5, QStringLiteral("请各单位认真做好相关工作")};
        ofdfixture::Options opt;
        opt.page1Override = page1With(ofdfixture::textObject(70, line));
        const auto doc = importBytes(QStringLiteral("plain.ofd"), ofdfixture::ofd(opt));
        QVERIFY(doc.ok());
        QCOMPARE(doc->meta.title, QStringLiteral("社区养老服务示范点建设"));
        QCOMPARE(doc->meta.date, QDate(2024, 3, 5));
    }

    void objectSpaceTransforms()
    {
        // CTM scaling the object 2× and a PageBlock around it; a TextCode without X/Y takes the
        // previous one's; DeltaY makes a vertical column; a glyph run (CGTransform) keeps the text.
        const QByteArray body
            = "<ofd:PageBlock ID=\"71\"><ofd:TextObject ID=\"72\" Boundary=\"20 30 100 20\" CTM=\"2 0 0 2 0 0\" "
              "Font=\"3\" Size=\"5\"><ofd:CGTransform CodePosition=\"0\" CodeCount=\"2\" GlyphCount=\"2\"><ofd:Glyphs>"
              "12 13</ofd:Glyphs></ofd:CGTransform><ofd:TextCode X=\"1\" Y=\"5\" DeltaX=\"g 2 5\">示范点"
              "</ofd:TextCode><ofd:TextCode DeltaX=\"5\">建设</ofd:TextCode></ofd:TextObject></ofd:PageBlock>"
              "<ofd:TextObject ID=\"73\" Boundary=\"150 100 10 60\" Font=\"3\" Size=\"5\"><ofd:TextCode X=\"0\" "
              "Y=\"5\" DeltaY=\"6 6 6\">竖排文字</ofd:TextCode></ofd:TextObject>";
        ofdfixture::Options opt;
        opt.page1Override = page1With(body);
        const auto doc = importBytes(QStringLiteral("ctm.ofd"), ofdfixture::ofd(opt));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        const qsizetype at = doc->displayText.indexOf(QStringLiteral("示范点"));
        QVERIFY(at >= 0);
        // Object space (1, 5) scaled 2× then moved to (20, 30): x = 22 mm, each step 10 mm.
        QVERIFY(std::abs(doc->charBoxes.at(at).box.left() * 210 - 22) < 0.01);
        QVERIFY(std::abs(doc->charBoxes.at(at + 1).box.left() * 210 - 32) < 0.01);
        QVERIFY(std::abs(doc->charBoxes.at(at).box.height() * 297 - 10) < 0.01);
        // The second TextCode starts at the first one's X (1), not where the first one ended.
        const qsizetype jian = doc->displayText.indexOf(QStringLiteral("建"));
        QVERIFY(std::abs(doc->charBoxes.at(jian).box.left() * 210 - 22) < 0.01);
        const qsizetype col = doc->displayText.indexOf(QStringLiteral("竖排文字"));
        QVERIFY2(col >= 0, qPrintable(doc->displayText));
        QVERIFY(std::abs(doc->charBoxes.at(col + 3).box.bottom() * 297 - (100 + 5 + 18 + 0.6)) < 0.01);
    }

    void numberArrays()
    {
        QCOMPARE(ofd::expandDeltas(u"1 g 3 2.5 4", 100), QList<double>({1, 2.5, 2.5, 2.5, 4}));
        QCOMPARE(ofd::expandDeltas(u"g 1000000 1", 4), QList<double>({1, 1, 1, 1})); // never more than needed
        QCOMPARE(ofd::expandDeltas(u"1 2 x 3", 10), QList<double>({1, 2})); // malformed: stops there
        QCOMPARE(ofd::expandDeltas(u"g 2", 10), QList<double>());
        QCOMPARE(ofd::expandDeltas(u"-80.4 g 2 0", 10), QList<double>({-80.4, 0, 0}));

        const QPainterPath square = ofd::parsePathData(u"M 0 0 L 10 0 L 10 10 L 0 10 C");
        QCOMPARE(square.boundingRect(), QRectF(0, 0, 10, 10));
        const QPainterPath curve = ofd::parsePathData(u"S 0 0 B 0 10 10 10 10 0 Q 15 -5 20 0");
        QCOMPARE(curve.currentPosition(), QPointF(20, 0));
        // A half circle of radius 5 from (0, 0) to (10, 0) bulges 5 below.
        const QPainterPath arc = ofd::parsePathData(u"M 0 0 A 5 5 0 0 0 10 0");
        QCOMPARE(arc.currentPosition(), QPointF(10, 0));
        QVERIFY(std::abs(arc.boundingRect().height() - 5) < 0.05);
        QVERIFY(ofd::parsePathData(u"M 0 0 L 5").elementCount() == 1); // a missing operand ends the path
    }

    void sealsAreRecorded()
    {
        const auto sigs = ofd::readSignatures(QStringLiteral("notice.ofd"), ofdfixture::ofd());
        QVERIFY(sigs.ok());
        QCOMPARE(sigs->size(), 1);
        const ofd::Signature &s = sigs->first();
        QCOMPARE(s.type, QStringLiteral("Seal"));
        QCOMPARE(s.provider, QStringLiteral("fixture_seal"));
        QCOMPARE(s.dateTime, QStringLiteral("20240305080000Z"));
        QCOMPARE(s.stamps.size(), 1);
        QCOMPARE(s.stamps.first().page, 1);
        QCOMPARE(s.stamps.first().boundary, ofdfixture::sealBox());
        QVERIFY(s.sealPicture.startsWith("\x89PNG"));
        QVERIFY(!QImage::fromData(s.sealPicture).isNull());

        ofdfixture::Options unsigned_;
        unsigned_.withSeal = false;
        const auto none = ofd::readSignatures(QStringLiteral("plain.ofd"), ofdfixture::ofd(unsigned_));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void cli()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("通知.ofd"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ofdfixture::ofd());
        f.close();
        const auto text = test::cli({QStringLiteral("text"), path});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("养老服务覆盖率达到85%以上")));
        const auto info = test::cli({QStringLiteral("info"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(info.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("ofd"));
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("signatures")).toInt(), 1);
    }

    void damaged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason"); // words the message must contain

        const QByteArray good = ofdfixture::ofd();
        QTest::newRow("truncated") << QStringLiteral("cut.ofd") << good.left(good.size() * 2 / 3)
                                   << QStringLiteral("truncated");
        QTest::newRow("truncated, no extension")
            << QStringLiteral("cut") << good.left(good.size() / 2) << QStringLiteral("OFD");
        ofdfixture::Options noContent;
        noContent.withContent2 = false;
        QTest::newRow("missing Content.xml") << QStringLiteral("missing.ofd") << ofdfixture::ofd(noContent)
                                             << QStringLiteral("missing a part: Doc_0/Pages/Page_1/Content.xml");
        // An entity expansion bomb ("billion laughs") and an external entity: refused before expanding.
        ofdfixture::Options bomb;
        bomb.page1Override
            = page1With("<ofd:TextObject ID=\"70\" Boundary=\"0 0 100 10\" Font=\"3\" Size=\"5\"><ofd:TextCode X=\"0\" "
                        "Y=\"5\">&lol9;</ofd:TextCode></ofd:TextObject>",
                        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 "
                        "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 "
                        "\"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\"><!ENTITY lol3 "
                        "\"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol9 "
                        "\"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>");
        QTest::newRow("entity bomb") << QStringLiteral("bomb.ofd") << ofdfixture::ofd(bomb)
                                     << QStringLiteral("document type declaration");
        ofdfixture::Options external;
        external.page1Override = page1With("<ofd:TextObject ID=\"70\" Boundary=\"0 0 100 10\" Font=\"3\" Size=\"5\">"
                                           "<ofd:TextCode X=\"0\" Y=\"5\">&x;</ofd:TextCode></ofd:TextObject>",
                                           "<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        QTest::newRow("external entity") << QStringLiteral("xxe.ofd") << ofdfixture::ofd(external)
                                         << QStringLiteral("document type declaration");
        ofdfixture::Options broken;
        broken.page1Override = page1With("<ofd:TextObject ID=\"70\" Boundary=\"0 0 100 10\">");
        QTest::newRow("broken xml") << QStringLiteral("broken.ofd") << ofdfixture::ofd(broken)
                                    << QStringLiteral("Doc_0/Pages/Page_0/Content.xml is not valid XML");
        // Encrypted (GM/T 0099): declared in OFD.xml.
        auto encryptedParts = ofdfixture::parts();
        encryptedParts[0].second.replace("</ofd:DocBody>",
                                         "<ofd:Encryptions>Doc_0/Encryptions.xml</ofd:Encryptions></ofd:DocBody>");
        QTest::newRow("encrypted") << QStringLiteral("secret.ofd") << fixtures::zipArchive(encryptedParts)
                                   << QStringLiteral("encrypted");
        QTest::newRow("zip without OFD.xml")
            << QStringLiteral("other.ofd") << fixtures::zipArchive({{"readme.txt", "hello"}})
            << QStringLiteral("not an OFD document");
        QTest::newRow("text named ofd") << QStringLiteral("fake.ofd") << QByteArray("plain text, not a package")
                                        << QStringLiteral("not an OFD document");
        auto noPages = ofdfixture::parts();
        noPages[1]
            .second.replace("<ofd:Page ID=\"10\"", "<ofd:Skipped ID=\"10\"")
            .replace("<ofd:Page ID=\"20\"", "<ofd:Skipped ID=\"20\"");
        QTest::newRow("no pages") << QStringLiteral("empty.ofd") << fixtures::zipArchive(noPages)
                                  << QStringLiteral("no pages");
        ofdfixture::Options blank;
        blank.page1Override = page1With({});
        auto blankParts = ofdfixture::parts(blank);
        blankParts.removeIf([](const auto &p) { return p.first.contains("Page_1") || p.first.contains("Tpl"); });
        blankParts[1].second.replace("<ofd:Page ID=\"20\" BaseLoc=\"Pages/Page_1/Content.xml\"/>", "");
        QTest::newRow("no text") << QStringLiteral("scan.ofd") << fixtures::zipArchive(blankParts)
                                 << QStringLiteral("no text");
    }

    void damaged()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto doc = importBytes(name, bytes);
        QVERIFY2(!doc.ok(), qPrintable(name));
        QCOMPARE(doc.error().file, name);
        QVERIFY2(doc.error().message.contains(reason, Qt::CaseInsensitive), qPrintable(doc.error().message));
    }

    // The dev set's OFD files: every text object's text is in the display text, in order within the
    // object; the title is a whole line; the pages have their size.
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDate>("date");
        QTest::newRow("bengbu") << QStringLiteral("bengbu_culvert_letter_2023.ofd") << QDate(2023, 7, 12);
        QTest::newRow("lincang") << QStringLiteral("lincang_land_permit_2022.ofd") << QDate(2022, 8, 23);
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QDate, date);
        const QString path = QStringLiteral(PLENS_SHARED_DIR "/corpus/real/") + file;
        if (!QFile::exists(path))
            QSKIP("../shared/corpus/real is not here");
        const auto doc = importFile(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QCOMPARE(doc->format, SourceFormat::Ofd);
        QCOMPARE(doc->pageSizes.size(), 1);
        QCOMPARE(doc->charBoxes.size(), doc->displayText.size());

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto pkg = ofd::readPackage(file, f.readAll());
        QVERIFY(pkg.ok());
        const QString text = squeeze(doc->displayText);
        int objects = 0;
        const std::function<void(const std::vector<ofd::Object> &)> walk = [&](const std::vector<ofd::Object> &os) {
            for (const ofd::Object &o : os) {
                walk(o.children);
                if (o.kind != ofd::Object::Kind::Text || squeeze(o.text).isEmpty())
                    continue;
                ++objects;
                QVERIFY2(text.contains(squeeze(o.text)), qPrintable(o.text));
            }
        };
        for (const ofd::Page &p : pkg.value()->pages)
            for (const ofd::Layer &l : p.layers)
                walk(l.objects);
        QVERIFY(objects > 5);
        // Every character sits on the page.
        for (qsizetype i = 0; i < doc->charBoxes.size(); ++i) {
            const CharBox &b = doc->charBoxes.at(i);
            if (b.page < 0)
                continue;
            QVERIFY(b.box.left() >= 0 && b.box.right() <= 1 && b.box.top() >= 0 && b.box.bottom() <= 1);
        }
        QVERIFY(!doc->meta.title.isEmpty());
        QVERIFY2(doc->displayText.split(QLatin1Char('\n')).contains(doc->meta.title), qPrintable(doc->meta.title));
        QCOMPARE(doc->meta.date, date);
    }
};

QTEST_MAIN(TestOfd)
#include "tst_ofd.moc"
