// Links panel: suggestions grouped under their target, best first; accept and reject as requests;
// rejected links remembered and hidden unless asked for.
#include "ui/linkspanel.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace plens;
using namespace plens::ui;

namespace {
Commitment fig(qint64 id, qint64 doc, Figure::Kind kind, double value, const QString &scope)
{
    Commitment c;
    c.id = id;
    c.documentId = doc;
    c.figure.kind = kind;
    c.figure.metric = QStringLiteral("工业互联网标杆工厂");
    c.figure.value = value;
    c.figure.unit = QStringLiteral("家");
    c.figure.scope = scope;
    return c;
}
Link link(qint64 id, qint64 from, qint64 to, double score, Link::State state)
{
    Link l;
    l.id = id;
    l.fromId = from;
    l.toId = to;
    l.score = score;
    l.state = state;
    return l;
}
} // namespace

class TestLinks : public QObject
{
    Q_OBJECT
private slots:
    void panel()
    {
        LinksPanel p;
        p.show();
        QHash<qint64, Commitment> c {{1, fig(1, 10, Figure::Kind::Target, 150, QStringLiteral("江苏省"))},
                                     {2, fig(2, 11, Figure::Kind::Reported, 9, QStringLiteral("南京市"))},
                                     {3, fig(3, 12, Figure::Kind::Reported, 13, QStringLiteral("常州市"))},
                                     {4, fig(4, 12, Figure::Kind::Reported, 2, QStringLiteral("广东省"))},
                                     {5, fig(5, 10, Figure::Kind::Target, 60, QStringLiteral("江苏省"))}};
        p.setLinks({link(100, 2, 1, 0.7, Link::State::Suggested), link(101, 3, 1, 0.9, Link::State::Accepted),
                    link(102, 4, 1, 0.3, Link::State::Rejected), link(103, 2, 5, 0.5, Link::State::Suggested)},
                   c, {{10, QStringLiteral("行动计划")}});
        auto *tree = p.findChild<QTreeWidget *>(QStringLiteral("linksTree"));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(p.visibleLinkCount(), 3); // the rejected one is hidden
        // Best first under the target.
        QVERIFY(tree->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("常州市")));
        QVERIFY(tree->topLevelItem(0)->text(0).contains(QStringLiteral("行动计划")));

        p.findChild<QCheckBox *>(QStringLiteral("showRejectedCheck"))->setChecked(true);
        QCOMPARE(p.visibleLinkCount(), 4);
        p.setTarget(5);
        QCOMPARE(p.visibleLinkCount(), 1);
        p.setTarget(0);

        QSignalSpy accepted(&p, &LinksPanel::acceptRequested);
        QSignalSpy rejected(&p, &LinksPanel::rejectRequested);
        auto *accept = p.findChild<QPushButton *>(QStringLiteral("acceptLinkButton"));
        auto *reject = p.findChild<QPushButton *>(QStringLiteral("rejectLinkButton"));
        tree->setCurrentItem(tree->topLevelItem(0)->child(1)); // link 100, suggested
        QCOMPARE(p.currentLink(), 100);
        QVERIFY(accept->isEnabled() && reject->isEnabled());
        accept->click();
        reject->click();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().first().value<QList<qint64>>(), QList<qint64> {100});
        QCOMPARE(rejected.size(), 1);
        tree->setCurrentItem(tree->topLevelItem(0)->child(0)); // link 101, accepted
        QVERIFY(!accept->isEnabled());
        QVERIFY(reject->isEnabled());
        // Scores as whole percents.
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), QStringLiteral("90%"));

        // A target selected: all its links at once; only those not accepted yet are asked for.
        tree->clearSelection();
        tree->topLevelItem(0)->setSelected(true);
        QVERIFY(accept->isEnabled());
        accept->click();
        QCOMPARE(accepted.size(), 2);
        QCOMPARE(accepted.last().first().value<QList<qint64>>(), (QList<qint64> {100, 102}));
        tree->clearSelection();
        tree->topLevelItem(0)->setSelected(true);
        tree->topLevelItem(1)->setSelected(true);
        reject->click();
        QCOMPARE(rejected.last().first().value<QList<qint64>>(), (QList<qint64> {101, 100, 103}));
    }
};

QTEST_MAIN(TestLinks)
#include "tst_links.moc"
