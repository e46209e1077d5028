#include "model/figure.h"

#include <QJsonDocument>
#include <QTest>

using namespace plens;

class TestFigure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip();
    void jsonUsesContractNames();
    void rejectsBadJson();
};

void TestFigure::jsonRoundTrip()
{
    Figure f;
    f.kind = Figure::Kind::Target;
    f.value = 3;
    f.valueMax = 4;
    f.cmp = Figure::Cmp::Range;
    f.unit = QStringLiteral("个");
    f.year = 2023;
    f.metric = QStringLiteral("区块链底层平台");
    f.scope = QStringLiteral("江苏省");
    f.hedge = QStringLiteral("力争");
    f.agencies = {QStringLiteral("省工信厅")};
    f.text = QStringLiteral("打造3-4个开放协同的区块链底层平台");
    f.start = 10;
    f.end = 29;
    const auto back = Figure::fromJson(QJsonDocument::fromJson(QJsonDocument(f.toJson()).toJson()).object());
    QVERIFY(back.has_value());
    QCOMPARE(*back, f);
}

void TestFigure::jsonUsesContractNames()
{
    Figure f;
    f.kind = Figure::Kind::Reported;
    f.cmp = Figure::Cmp::Gt;
    f.value = 200000;
    const QJsonObject o = f.toJson();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("reported"));
    QCOMPARE(o.value(QStringLiteral("cmp")).toString(), QStringLiteral("gt"));
    QVERIFY(o.value(QStringLiteral("value_max")).isNull());
    QVERIFY(o.value(QStringLiteral("year")).isNull());
    QCOMPARE(o.value(QStringLiteral("value")).toDouble(), 200000.0);
}

void TestFigure::rejectsBadJson()
{
    QVERIFY(!Figure::fromJson(QJsonObject {{QStringLiteral("kind"), QStringLiteral("nonsense")}}).has_value());
    QVERIFY(!Figure::fromJson(QJsonObject {{QStringLiteral("kind"), QStringLiteral("target")},
                                           {QStringLiteral("cmp"), QStringLiteral("ge")}})
                 .has_value());
}

QTEST_GUILESS_MAIN(TestFigure)
#include "tst_figure.moc"
