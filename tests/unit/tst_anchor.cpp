#include "model/anchor.h"

#include <QTest>

using plens::Anchor;

class TestAnchor : public QObject
{
    Q_OBJECT
private slots:
    void quoteAndContext()
    {
        const QString text = QStringLiteral("到2023年，建成5G基站超20万个。");
        const Anchor a = Anchor::fromRange(text, 7, 14);
        QCOMPARE(a.quote, QStringLiteral("建成5G基站超"));
        QCOMPARE(a.prefix, QStringLiteral("到2023年，"));
        QCOMPARE(a.suffix, QStringLiteral("20万个。"));
        QVERIFY(!a.orphaned);
    }
    void contextIsBounded()
    {
        const QString text = QString(100, QLatin1Char('a')) + QStringLiteral("目标") + QString(100, QLatin1Char('b'));
        const Anchor a = Anchor::fromRange(text, 100, 102);
        QCOMPARE(a.prefix.size(), Anchor::contextLength);
        QCOMPARE(a.suffix.size(), Anchor::contextLength);
        QCOMPARE(a.quote, QStringLiteral("目标"));
    }
    void rangeIsClamped()
    {
        const Anchor a = Anchor::fromRange(QStringLiteral("abc"), 2, 99);
        QCOMPARE(a.start, 2);
        QCOMPARE(a.end, 3);
        QCOMPARE(a.quote, QStringLiteral("c"));
        const Anchor b = Anchor::fromRange(QStringLiteral("abc"), 5, 1);
        QCOMPARE(b.start, 3);
        QCOMPARE(b.end, 3);
        QVERIFY(b.quote.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnchor)
#include "tst_anchor.moc"
