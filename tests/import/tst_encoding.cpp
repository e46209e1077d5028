// Encoding detection and the own GB18030 decoder (compared with Qt's ICU decoder where Qt has one).
#include "text/encoding.h"
#include "text/gb18030.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace plens;

class TestEncoding : public QObject
{
    Q_OBJECT
private slots:
    void knownSequences_data();
    void knownSequences();
    void invalidSequences();
    void agreesWithQtDecoder();
    void detect_data();
    void detect();
    void lineEnds();
    void garbage();
};

void TestEncoding::knownSequences_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    // Reference values from Python's gb18030 codec.
    QTest::newRow("two-byte hanzi") << QByteArray::fromHex("d6d0cec4") << QStringLiteral("中文");
    QTest::newRow("traditional (GBK)") << QByteArray::fromHex("94b5") << QStringLiteral("數");
    QTest::newRow("euro") << QByteArray::fromHex("a2e3") << QStringLiteral("€");
    QTest::newRow("ideographic zero") << QByteArray::fromHex("a996") << QStringLiteral("〇");
    QTest::newRow("private use") << QByteArray::fromHex("a3a0") << QString(QChar(0xE5E5));
    QTest::newRow("four-byte yen") << QByteArray::fromHex("81308436") << QStringLiteral("¥");
    QTest::newRow("four-byte U+1E3F") << QByteArray::fromHex("8135f437") << QString(QChar(0x1E3F));
    QTest::newRow("four-byte U+9FF0") << QByteArray::fromHex("82359637") << QString(QChar(0x9FF0));
    QTest::newRow("supplementary U+10000") << QByteArray::fromHex("90308130") << QString::fromUcs4(U"\U00010000", 1);
    QTest::newRow("ascii mixed") << QByteArray("5G ") + QByteArray::fromHex("bbf9d5be") << QStringLiteral("5G 基站");
}

void TestEncoding::knownSequences()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    qsizetype errors = -1;
    QCOMPARE(decodeGb18030(bytes, &errors), expected);
    QCOMPARE(errors, 0);
}

void TestEncoding::invalidSequences()
{
    qsizetype errors = 0;
    // A lone lead byte at the end, 0x80, 0xFF and a broken four-byte sequence.
    QCOMPARE(decodeGb18030(QByteArray::fromHex("41d6"), &errors), QStringLiteral("A") + QChar::ReplacementCharacter);
    QCOMPARE(errors, 1);
    QCOMPARE(decodeGb18030(QByteArray::fromHex("80ff41"), &errors),
             QString(QChar::ReplacementCharacter) + QChar::ReplacementCharacter + QLatin1Char('A'));
    QCOMPARE(errors, 2);
    QCOMPARE(decodeGb18030(QByteArray::fromHex("8130ff41"), &errors).right(1), QStringLiteral("A"));
    QVERIFY(errors >= 1);
    // A lead byte followed by ASCII: the ASCII byte survives.
    QCOMPARE(decodeGb18030(QByteArray::fromHex("d60a"), &errors),
             QString(QChar::ReplacementCharacter) + QLatin1Char('\n'));
}

void TestEncoding::agreesWithQtDecoder()
{
    QStringDecoder qt("GB18030", QStringDecoder::Flag::Stateless);
    if (!qt.isValid())
        QSKIP("this Qt has no GB18030 codec (no ICU); the known-sequence tests cover the decoder");
    // Every assigned two-byte code and a walk through the four-byte BMP and supplementary ranges.
    QByteArray bytes;
    for (int lead = 0x81; lead <= 0xFE; ++lead) {
        for (int trail = 0x40; trail <= 0xFE; ++trail) {
            if (trail == 0x7F)
                continue;
            bytes.append(char(lead));
            bytes.append(char(trail));
        }
    }
    for (int p = 0; p < 39420; p += 7) {
        bytes.append(char(0x81 + p / 12600));
        bytes.append(char(0x30 + p / 1260 % 10));
        bytes.append(char(0x81 + p / 10 % 126));
        bytes.append(char(0x30 + p % 10));
    }
    for (int p = 189000; p < 1237576; p += 997) {
        bytes.append(char(0x81 + p / 12600));
        bytes.append(char(0x30 + p / 1260 % 10));
        bytes.append(char(0x81 + p / 10 % 126));
        bytes.append(char(0x30 + p % 10));
    }
    const QString ours = decodeGb18030(bytes);
    const QString theirs = qt(bytes);
    // ICU and Python differ on a handful of codes (GB18030-2005 vs -2022 PUA re-mappings, single
    // unassigned pairs); compare character by character where both decoded a character.
    const QList<uint> a = ours.toUcs4();
    const QList<uint> b = theirs.toUcs4();
    QCOMPARE(a.size(), b.size());
    qsizetype differ = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && a[i] != 0xFFFD && b[i] != 0xFFFD)
            ++differ;
    }
    QVERIFY2(differ <= 100, qPrintable(QStringLiteral("%1 characters differ").arg(differ)));
    // And a round trip of ordinary text through Qt's encoder.
    const QString text
        = QStringLiteral("到2024年，新建5G基站逾8万座；《某某省“十四五”城乡融合发展规划》〔2022〕117号 €¥ 𠀀");
    QStringEncoder enc("GB18030");
    const QByteArray encoded = enc(text);
    QCOMPARE(decodeGb18030(encoded), text);
}

void TestEncoding::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QString cjk = QStringLiteral("江苏省数字经济加速行动实施方案，建成基站");
    const QString mixed = QStringLiteral("一、总体要求\r\n到2023年，建成5G基站超20万个。\r\n");
    const auto le = [](const QString &s) {
        return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    };
    const auto be = [&](const QString &s) {
        QByteArray b = le(s);
        for (qsizetype i = 0; i + 1 < b.size(); i += 2)
            std::swap(b[i], b[i + 1]);
        return b;
    };
    QStringEncoder gb("GB18030");
    QTest::newRow("utf8") << mixed.toUtf8() << int(TextEncoding::Utf8);
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + mixed.toUtf8() << int(TextEncoding::Utf8Bom);
    QTest::newRow("utf16le bom") << QByteArray("\xFF\xFE") + le(mixed) << int(TextEncoding::Utf16Le);
    QTest::newRow("utf16be bom") << QByteArray("\xFE\xFF") + be(mixed) << int(TextEncoding::Utf16Be);
    QTest::newRow("utf16le no bom") << le(mixed) << int(TextEncoding::Utf16Le);
    QTest::newRow("utf16be no bom") << be(mixed) << int(TextEncoding::Utf16Be);
    QTest::newRow("utf16le only cjk") << le(cjk) << int(TextEncoding::Utf16Le);
    // GB18030 bytes written with the known table (Qt's encoder may be missing without ICU).
    QTest::newRow("gb18030") << QByteArray::fromHex("d6d0cec4bbf9d5be0d0a35472c3230") << int(TextEncoding::Gb18030);
    if (gb.isValid())
        QTest::newRow("gb18030 long") << QByteArray(gb(mixed + cjk)) << int(TextEncoding::Gb18030);
}

void TestEncoding::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QCOMPARE(int(detectEncoding(bytes)), encoding);
    TextEncoding e {};
    const QString s = decodeTextAuto(bytes, &e);
    QVERIFY(!s.contains(QLatin1Char('\r')));
    QVERIFY(!s.contains(QChar::ReplacementCharacter));
    QVERIFY(!s.startsWith(QChar(0xFEFF)));
}

void TestEncoding::lineEnds()
{
    QCOMPARE(normalizeLineEnds(QStringLiteral("a\r\nb\rc\nd\r\n\r\ne")), QStringLiteral("a\nb\nc\nd\n\ne"));
    QCOMPARE(normalizeLineEnds(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")), QStringLiteral("a\nb"));
}

void TestEncoding::garbage()
{
    QCOMPARE(garbageRatio(QStringLiteral("正常的文本\n")), 0.0);
    QByteArray junk;
    quint32 x = 12345;
    for (int i = 0; i < 4096; ++i) {
        x = x * 1103515245u + 12345u;
        junk.append(char(x >> 24));
    }
    QVERIFY(garbageRatio(decodeTextAuto(junk)) > 0.02);
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
