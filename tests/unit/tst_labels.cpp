#include "i18n.h"
#include "model/labels.h"

#include <QTest>

using namespace plens;

class TestLabels : public QObject
{
    Q_OBJECT
private slots:
    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<QString>("text");
        QTest::newRow("wan") << 200000.0 << true << QStringLiteral("20万");
        QTest::newRow("wan-decimal") << 12000.0 << true << QStringLiteral("1.2万");
        QTest::newRow("yi") << 350000000.0 << true << QStringLiteral("3.5亿");
        QTest::newRow("wanyi") << 3.5e12 << true << QStringLiteral("3.5万亿");
        QTest::newRow("small") << 150.0 << true << QStringLiteral("150");
        QTest::newRow("decimal") << 15.5 << true << QStringLiteral("15.5");
        QTest::newRow("grouped") << 600000.0 << false << QStringLiteral("600,000");
        QTest::newRow("grouped-negative") << -1234567.0 << false << QStringLiteral("-1,234,567");
        QTest::newRow("english-decimal") << 0.25 << false << QStringLiteral("0.25");
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(bool, chinese);
        QFETCH(QString, text);
        QCOMPARE(Labels::number(value, chinese), text);
    }
    void values()
    {
        Figure f;
        f.value = 200000;
        f.cmp = Figure::Cmp::Gt;
        f.unit = QStringLiteral("个");
        QCOMPARE(Labels::value(f, true), QStringLiteral("> 20万个"));
        QCOMPARE(Labels::exactValue(f), QStringLiteral("> 200,000 个"));
        f.cmp = Figure::Cmp::Range;
        f.value = 3;
        f.valueMax = 4;
        QCOMPARE(Labels::value(f, false), QStringLiteral("3–4个"));
        Figure p;
        p.value = 15;
        p.unit = QStringLiteral("%");
        p.cmp = Figure::Cmp::Approx;
        QCOMPARE(Labels::value(p, true), QStringLiteral("≈ 15%"));
        p.cmp = Figure::Cmp::Eq;
        p.unit = QStringLiteral("百分点");
        QCOMPARE(Labels::value(p, true), QStringLiteral("15个百分点"));
    }
    // Values as officers write them, in either UI language: 6.7亿元, 1.2万个, 150家 (item 9 of issue 16).
    void amounts_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exact");
        QTest::newRow("yi yuan") << 6.7e8 << QStringLiteral("元") << QStringLiteral("6.7亿元")
                                 << QStringLiteral("670,000,000 元");
        QTest::newRow("wan ge") << 12000.0 << QStringLiteral("个") << QStringLiteral("1.2万个")
                                << QStringLiteral("12,000 个");
        QTest::newRow("jia") << 150.0 << QStringLiteral("家") << QStringLiteral("150家") << QStringLiteral("150 家");
        QTest::newRow("rounded") << 12345.0 << QStringLiteral("户") << QStringLiteral("1.23万户")
                                 << QStringLiteral("12,345 户");
        QTest::newRow("percent") << 12.5 << QStringLiteral("%") << QStringLiteral("12.5%") << QStringLiteral("12.5%");
        QTest::newRow("wanyi") << 3.5e12 << QStringLiteral("元") << QStringLiteral("3.5万亿元")
                               << QStringLiteral("3,500,000,000,000 元");
    }
    void amounts()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, text);
        QFETCH(QString, exact);
        QCOMPARE(Labels::amount(value, unit), text);
        QCOMPARE(Labels::exact(value, unit), exact);
    }
    void statusesHaveNames()
    {
        QCOMPARE(Labels::statuses().size(), 6);
        QStringList names;
        for (TargetStatus s : Labels::statuses())
            names << Labels::status(s);
        names.removeDuplicates();
        QCOMPARE(names.size(), 6);
        QCOMPARE(Labels::kind(Figure::Kind::Target), QStringLiteral("Target"));
    }
    // The translations are found at run time under the context lupdate gave them.
    void translatedToChinese()
    {
        QCOMPARE(installTranslators(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("zh_CN"));
        QCOMPARE(Labels::kind(Figure::Kind::Target), QStringLiteral("目标"));
        QCOMPARE(Labels::status(TargetStatus::AtRisk), QStringLiteral("有风险"));
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
