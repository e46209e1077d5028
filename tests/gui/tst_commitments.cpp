// The commitments table: filters, numeric sorting, edits reported as requests, navigation.
#include "ui/commitmentsmodel.h"
#include "ui/commitmentspanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace plens;
using namespace plens::ui;

namespace {

Commitment make(qint64 id, qint64 doc, Figure::Kind kind, double value, int year, const QString &metric,
                const QString &scope, TargetStatus status = TargetStatus::None)
{
    Commitment c;
    c.id = id;
    c.documentId = doc;
    c.figure.kind = kind;
    c.figure.value = value;
    c.figure.year = year;
    c.figure.metric = metric;
    c.figure.scope = scope;
    c.figure.unit = QStringLiteral("个");
    c.figure.text = metric + QString::number(value);
    c.extracted = c.figure;
    c.status = status;
    return c;
}

} // namespace

class TestCommitments : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<CommitmentsPanel> panel;
    int visible() const { return panel->filter()->rowCount(); }

private slots:
    void init()
    {
        panel = std::make_unique<CommitmentsPanel>();
        panel->model()->setCommitments({
            make(1, 10, Figure::Kind::Target, 200000, 2023, QStringLiteral("5G基站"), QStringLiteral("江苏省"),
                 TargetStatus::InProgress),
            make(2, 11, Figure::Kind::Reported, 9, 2021, QStringLiteral("工业互联网标杆工厂"),
                 QStringLiteral("南京市")),
            make(3, 10, Figure::Kind::Target, 150, 2023, QStringLiteral("工业互联网标杆工厂"), QStringLiteral("江苏省"),
                 TargetStatus::AtRisk),
            make(4, 11, Figure::Kind::Reported, 13, 2022, QStringLiteral("工业互联网标杆工厂"),
                 QStringLiteral("常州市")),
        });
        panel->setDocuments({{10, QStringLiteral("行动计划")}, {11, QStringLiteral("工作简报")}});
        Tag t;
        t.id = 7;
        t.name = QStringLiteral("需督办");
        panel->setTags({t});
        panel->model()->setTags({{3, {7}}});
        panel->resize(900, 400);
        panel->show();
    }
    void cleanup() { panel.reset(); }

    void filters()
    {
        QCOMPARE(visible(), 4);
        auto *doc = panel->findChild<QComboBox *>(QStringLiteral("commitmentsDocumentFilter"));
        doc->setCurrentIndex(doc->findData(11));
        QCOMPARE(visible(), 2);
        doc->setCurrentIndex(0);
        auto *kind = panel->findChild<QComboBox *>(QStringLiteral("commitmentsKindFilter"));
        kind->setCurrentIndex(kind->findData(int(Figure::Kind::Target)));
        QCOMPARE(visible(), 2);
        auto *status = panel->findChild<QComboBox *>(QStringLiteral("commitmentsStatusFilter"));
        status->setCurrentIndex(status->findData(int(TargetStatus::AtRisk)));
        QCOMPARE(visible(), 1);
        status->setCurrentIndex(0);
        kind->setCurrentIndex(0);
        panel->findChild<QLineEdit *>(QStringLiteral("commitmentsMetricFilter"))->setText(QStringLiteral("标杆工厂"));
        QCOMPARE(visible(), 3);
        panel->findChild<QLineEdit *>(QStringLiteral("commitmentsRegionFilter"))->setText(QStringLiteral("常州"));
        QCOMPARE(visible(), 1);
        panel->findChild<QLineEdit *>(QStringLiteral("commitmentsRegionFilter"))->clear();
        panel->findChild<QSpinBox *>(QStringLiteral("commitmentsYearFilter"))->setValue(2021);
        QCOMPARE(visible(), 1);
        panel->findChild<QSpinBox *>(QStringLiteral("commitmentsYearFilter"))->setValue(1999);
        auto *tag = panel->findChild<QComboBox *>(QStringLiteral("commitmentsTagFilter"));
        tag->setCurrentIndex(tag->findData(7));
        QCOMPARE(visible(), 1);
        QCOMPARE(panel->filter()->index(0, 0).data(CommitmentsModel::IdRole).toLongLong(), 3);
    }

    void sortsNumbersAsNumbers()
    {
        panel->table()->sortByColumn(CommitmentsModel::Value, Qt::AscendingOrder);
        QList<qint64> order;
        for (int r = 0; r < visible(); ++r)
            order << panel->filter()->index(r, 0).data(CommitmentsModel::IdRole).toLongLong();
        QCOMPARE(order, (QList<qint64> {2, 4, 3, 1}));
    }

    void editsAreRequests()
    {
        QSignalSpy figure(panel->model(), &CommitmentsModel::figureEdited);
        QSignalSpy status(panel->model(), &CommitmentsModel::statusEdited);
        const int row = panel->model()->rowOf(1);
        QVERIFY(panel->model()->setData(panel->model()->index(row, CommitmentsModel::Value), QStringLiteral("25万"),
                                        Qt::EditRole));
        QCOMPARE(figure.size(), 1);
        QCOMPARE(figure.first().at(0).toLongLong(), 1);
        QCOMPARE(figure.first().at(1).value<Figure>().value, 250000.0);
        QVERIFY(!panel->model()->setData(panel->model()->index(row, CommitmentsModel::Value), QStringLiteral("很多"),
                                         Qt::EditRole));
        QVERIFY(!panel->model()->setData(panel->model()->index(row, CommitmentsModel::Year), QStringLiteral("20233"),
                                         Qt::EditRole));
        QCOMPARE(figure.size(), 1);
        QVERIFY(panel->model()->setData(panel->model()->index(row, CommitmentsModel::Status), int(TargetStatus::Done),
                                        Qt::EditRole));
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().at(1).value<TargetStatus>(), TargetStatus::Done);
        // The model shows what the store says, not the request.
        QCOMPARE(panel->model()->commitmentAt(row).figure.value, 200000.0);
        Commitment c = panel->model()->commitmentAt(row);
        c.figure.value = 250000;
        c.userCorrected = true;
        panel->model()->updateCommitment(c);
        QCOMPARE(panel->model()->index(row, CommitmentsModel::Value).data(Qt::EditRole).toDouble(), 250000.0);
        // Reported figures have no status to edit.
        QVERIFY(!(panel->model()->flags(panel->model()->index(panel->model()->rowOf(2), CommitmentsModel::Status))
                  & Qt::ItemIsEditable));
    }

    void parsesNumbers()
    {
        QCOMPARE(CommitmentsModel::parseNumber(QStringLiteral("3.5万亿")).value(), 3.5e12);
        QCOMPARE(CommitmentsModel::parseNumber(QStringLiteral("1,200")).value(), 1200.0);
        QCOMPARE(CommitmentsModel::parseNumber(QStringLiteral(" 15% ")).value(), 15.0);
        QVERIFY(!CommitmentsModel::parseNumber(QStringLiteral("abc")));
    }

    void navigation()
    {
        QSignalSpy jump(panel.get(), &CommitmentsPanel::jumpRequested);
        QCOMPARE(panel->step(1), panel->filter()->index(0, 0).data(CommitmentsModel::IdRole).toLongLong());
        panel->selectCommitment(3);
        QCOMPARE(panel->currentCommitment(), 3);
        const QModelIndex text
            = panel->filter()->mapFromSource(panel->model()->index(panel->model()->rowOf(3), CommitmentsModel::Text));
        emit panel->table()->doubleClicked(text);
        QCOMPARE(jump.size(), 1);
        QCOMPARE(jump.first().first().toLongLong(), 3);
    }
};

QTEST_MAIN(TestCommitments)
#include "tst_commitments.moc"
