// Issue 19's hostile inputs, timed (the unit tests in tests/import/tst_hostile.cpp check the results):
//  19.3 web pages full of '<' that start no tag (25 KB, 200 KB, 4 MB) and 100 000 nested elements,
//       beside ordinary pages of the same size;
//  19.4 NFKC and the content hash on 2 MB and 22 MB of text Qt's normaliser is quadratic on, beside
//       Qt's QString::normalized on text it handles well, and `policylens-cli text` (no hash) beside
//       `info` (hash) on the 22 MB file;
//  19.5 a Word file whose document.xml unpacks to 267 MB from under 1 MB, beside a normal 2 MB one.
// Figures before the fixes (same machine, the old importer through policylens-cli): 200 KB of '<'
// 43 s; 250 000 ligatures 43 s; a 30 MB bomb 40 s and 300 MB.
#include "clirun.h"
#include "import/fixtures.h"
#include "import/importer.h"
#include "text/normalize.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace plens;

namespace {

const QString kSentence = QStringLiteral("到2025年，全市建成5G基站1.2万个，培育数字经济核心企业100家。");

double seconds(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e9;
}

QString repeat(const QString &unit, qsizetype bytes)
{
    QString s;
    const qsizetype units = std::max<qsizetype>(1, bytes / unit.toUtf8().size());
    s.reserve(unit.size() * units);
    for (qsizetype i = 0; i < units; ++i)
        s += unit;
    return s;
}

QByteArray page(const QString &body)
{
    return (QStringLiteral("<html><body><p>") + body + QStringLiteral("</p><p>") + kSentence
            + QStringLiteral("</p></body></html>"))
        .toUtf8();
}

QByteArray docx(const QByteArray &paragraph, qsizetype bytes)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                     "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    const QByteArray p = "<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p>";
    xml.reserve(bytes + p.size() + 64);
    while (xml.size() < bytes)
        xml += p;
    xml += "</w:body></w:document>";
    return fixtures::zipFiles({{"[Content_Types].xml", "<Types/>", true}, {"word/document.xml", xml, true}});
}

} // namespace

class BenchHostile : public QObject
{
    Q_OBJECT
private slots:
    void html();
    void normalisation();
    void docxBomb();
};

void BenchHostile::html()
{
    qInfo("19.3 web pages: import time, '<' text vs ordinary text of the same size");
    for (const qsizetype kb : {25, 200, 4096}) {
        const QByteArray lt = page(repeat(QStringLiteral("指标 a < b，c <= d 或 x << y，<、<；"), kb * 1024));
        const QByteArray plain = page(repeat(QStringLiteral("指标 a 小于 b，c 不大于 d 或 x 远小于 y，；"), kb * 1024));
        bool ok = false;
        const double a = seconds([&] { ok = importBytes(QStringLiteral("lt.html"), lt).ok(); });
        QVERIFY(ok);
        const double b = seconds([&] { ok = importBytes(QStringLiteral("plain.html"), plain).ok(); });
        QVERIFY(ok);
        qInfo("  %5lld KB: '<' page %.3f s, ordinary page %.3f s (before: 25 KB 0.98 s, 200 KB 43 s, 4 MB never)",
              qlonglong(kb), a, b);
    }
    QByteArray deep = "<html><body>";
    QByteArray flat = "<html><body>";
    for (int i = 0; i < 100000; ++i) {
        deep += "<div>";
        flat += "<div>x</div>";
    }
    deep += "x";
    for (int i = 0; i < 100000; ++i)
        deep += "</div>";
    bool ok = false;
    const double d = seconds([&] { ok = importBytes(QStringLiteral("deep.html"), deep).ok(); });
    QVERIFY(ok);
    const double f = seconds([&] { ok = importBytes(QStringLiteral("flat.html"), flat).ok(); });
    QVERIFY(ok);
    qInfo("  100 000 nested divs %.3f s, 100 000 divs side by side %.3f s (gumbo alone: 20 000 nested 3.6 s)", d, f);
}

void BenchHostile::normalisation()
{
    qInfo("19.4 NFKC (plens::nfkc) and the content hash, beside Qt's QString::normalized");
    for (const qsizetype mb : {2, 22}) {
        const qsizetype n = mb * 1024 * 1024 / 2; // UTF-16 code units
        QString ligatures;
        QString marks;
        QString cjk;
        ligatures.reserve(n);
        marks.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            ligatures.append(QChar(char16_t(0xFB00 + i % 7)));
            marks.append(QChar(char16_t(i % 2 ? 0x0301 : 0x0316)));
        }
        cjk = repeat(kSentence, mb * 1024 * 1024 * 2 / 3);
        const double l = seconds([&] { QVERIFY(!nfkc(ligatures).isEmpty()); });
        const double m = seconds([&] { QVERIFY(!nfkc(marks).isEmpty()); });
        const double c = seconds([&] { QVERIFY(!nfkc(cjk).isEmpty()); });
        const double q = seconds([&] { QVERIFY(!cjk.normalized(QString::NormalizationForm_KC).isEmpty()); });
        const double h = seconds([&] { QCOMPARE(contentHash(marks).size(), 8); });
        qInfo("  %2lld MB: ligatures %.3f s, alternating marks %.3f s, CJK text %.3f s (Qt on the CJK text %.3f s); "
              "content hash of the marks %.3f s",
              qlonglong(mb), l, m, c, q, h);
    }
    // Qt's own normaliser on a small piece of the same text, for scale (quadratic: 4x the text, 16x the time).
    for (const qsizetype k : {20000, 80000}) {
        QString ligatures;
        for (qsizetype i = 0; i < k; ++i)
            ligatures.append(QChar(char16_t(0xFB00 + i % 7)));
        const double q = seconds([&] { QVERIFY(!ligatures.normalized(QString::NormalizationForm_KC).isEmpty()); });
        const double p = seconds([&] { QVERIFY(!nfkc(ligatures).isEmpty()); });
        qInfo("  %lld ligatures: Qt %.3f s, plens::nfkc %.3f s", qlonglong(k), q, p);
    }
    // `text` needs no hash; `info` computes it. 22 MB of UTF-16 text (before: 2 MB 20 s, 22 MB never).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utf16.txt"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QString text;
    text.reserve(11 * 1024 * 1024);
    for (qsizetype i = 0; i < 11 * 1024 * 1024; ++i)
        text.append(i % 64 == 63 ? QChar(u'\n') : QChar(char16_t(0xFB00 + i % 7)));
    out.write("\xFF\xFE", 2);
    out.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    out.close();
    test::Run run;
    const double t = seconds([&] { run = test::cli({QStringLiteral("text"), path}, 600000); });
    QCOMPARE(run.code, 0);
    const double i = seconds([&] {
        run = test::cli({QStringLiteral("info"), path, QStringLiteral("--format"), QStringLiteral("json")}, 600000);
    });
    QCOMPARE(run.code, 0);
    qInfo("  policylens-cli on 22 MB of UTF-16 ligatures: text %.2f s, info (with the hash) %.2f s", t, i);
}

void BenchHostile::docxBomb()
{
    qInfo("19.5 Word files: a bomb is refused from its declared sizes, before anything is unpacked");
    const QByteArray bomb = docx(kSentence.toUtf8(), 267LL * 1000 * 1000);
    Result<Document> doc = Error {};
    const double b = seconds([&] { doc = importBytes(QStringLiteral("bomb.docx"), bomb); });
    QVERIFY(!doc.ok());
    const QByteArray normal = docx(kSentence.toUtf8(), 2 * 1024 * 1024);
    const double n = seconds([&] { doc = importBytes(QStringLiteral("normal.docx"), normal); });
    QVERIFY(doc.ok());
    qInfo("  %.0f KB unpacking to 267 MB: refused in %.3f s (before: 47 s, 1.3 GB); a 2 MB document.xml (%.0f KB) "
          "imports in %.3f s",
          double(bomb.size()) / 1024, b, double(normal.size()) / 1024, n);
}

QTEST_GUILESS_MAIN(BenchHostile)
#include "bench_hostile.moc"
