// The number grammar: Arabic and full-width digits, separators and decimals, Chinese numerals with
// 零 gaps and 〇, magnitudes, fractions.
#include "extract/numbers.h"

#include <QTest>

using namespace plens;

class TestNumbers : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("length");
        QTest::newRow("plain") << QStringLiteral("150家") << 150.0 << 3;
        QTest::newRow("decimal") << QStringLiteral("6.81万人次") << 68100.0 << 5;
        QTest::newRow("thousands") << QStringLiteral("1,200个") << 1200.0 << 5;
        QTest::newRow("comma-not-thousands") << QStringLiteral("12,34个") << 12.0 << 2;
        QTest::newRow("full-width") << QStringLiteral("３０家") << 30.0 << 2;
        QTest::newRow("full-width-decimal") << QStringLiteral("１．５亿元") << 1.5e8 << 4;
        QTest::newRow("wan") << QStringLiteral("20万个") << 200000.0 << 3;
        QTest::newRow("wan-space") << QStringLiteral("20 万个") << 200000.0 << 4;
        QTest::newRow("yi") << QStringLiteral("300亿") << 3e10 << 4;
        QTest::newRow("wanyi") << QStringLiteral("3.5万亿元") << 3.5e12 << 5;
        QTest::newRow("qianwan") << QStringLiteral("5千万元") << 5e7 << 3;
        QTest::newRow("yi-chinese") << QStringLiteral("一个") << 1.0 << 1;
        QTest::newRow("liang") << QStringLiteral("两个") << 2.0 << 1;
        QTest::newRow("shiyi") << QStringLiteral("十一项") << 11.0 << 2;
        QTest::newRow("ershi") << QStringLiteral("二十家") << 20.0 << 2;
        QTest::newRow("ling-gap") << QStringLiteral("一百零五个") << 105.0 << 4;
        QTest::newRow("qian") << QStringLiteral("三千二百家") << 3200.0 << 4;
        QTest::newRow("chinese-wan") << QStringLiteral("三万五千人") << 35000.0 << 4;
        QTest::newRow("bai") << QStringLiteral("百场") << 0.0 << 0; // 百 alone is not a number
        QTest::newRow("fraction-chinese") << QStringLiteral("八分之一") << 12.5 << 4;
        QTest::newRow("fraction-third") << QStringLiteral("三分之一") << 100.0 / 3 << 4;
        QTest::newRow("fraction-arabic") << QStringLiteral("1/4的") << 25.0 << 3;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(int, length);
        const auto n = parseNumber(text, 0);
        if (length == 0) {
            QVERIFY(!n);
            return;
        }
        QVERIFY(n);
        QVERIFY2(qAbs(n->value - value) < 1e-6 * std::max(1.0, value), qPrintable(QString::number(n->value)));
        QCOMPARE(int(n->end - n->start), length);
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
