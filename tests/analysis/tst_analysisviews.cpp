// The Analysis menu through the real main window (offscreen): the Deadline Radar showing itself on a
// workspace with something overdue, sorted by urgency, opening a target; the Cascade Check tree with
// its gaps and colours; the Plan Revisions view with both texts marked at each change. With
// PLENS_SCREENSHOT_DIR set, it saves a screenshot of each view.
#include "analysisfixtures.h"
#include "store/workspace.h"
#include "ui/analysisactions.h"
#include "ui/appsettings.h"
#include "ui/cascadeview.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/radarpanel.h"
#include "ui/revisionsview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace plens;
using namespace plens::test;
using namespace plens::ui;

namespace {

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(300);
    w.grab().save(QDir(dir).filePath(name));
}

QTreeWidgetItem *find(QTreeWidget *tree, int column, const QString &text)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, column);
    return found.isEmpty() ? nullptr : found.first();
}

QTreeWidgetItem *childOf(QTreeWidgetItem *parent, const QString &region)
{
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == region)
            return parent->child(i);
    return nullptr;
}

} // namespace

class TestAnalysisViews : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // A workspace file filled by `fill`, closed again so the window opens it as a user would.
    template<typename Fill> QString make(Fill fill)
    {
        const QString path = m_dir.filePath(QStringLiteral("分析 %1.plens").arg(++m_count));
        auto ws = Workspace::open(path);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        fill(**ws);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_analysisviews"));
        QSettings().clear();
        Dialogs::setTestMode(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_settings = std::make_unique<AppSettings>();
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        QSettings().clear();
    }

    void radarShowsItselfWhenSomethingIsOverdue()
    {
        // Nothing overdue in an empty workspace: the radar stays closed.
        QVERIFY(m_window->openWorkspace(make([](Workspace &) {})));
        QDockWidget *dock = m_window->findChild<QDockWidget *>(QStringLiteral("radarDockWidget"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());

        RadarFixture f;
        QVERIFY(m_window->openWorkspace(make([&f](Workspace &w) { f = fillRadarWorkspace(w); })));
        QTRY_VERIFY(dock->isVisible());
        auto *panel = m_window->findChild<RadarPanel *>(QStringLiteral("radarPanel"));
        auto *tree = panel->findChild<QTreeWidget *>(QStringLiteral("radarTreeWidget"));
        // Judged as of 2024-03-01: the overdue target with nothing reported comes first.
        panel->asOfEdit()->setDate(QDate(2024, 3, 1));
        QCOMPARE(tree->topLevelItemCount(), 6);
        QCOMPARE(tree->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), f.overdue);
        QCOMPARE(tree->topLevelItem(0)->foreground(0).color(), QColor(190, 30, 30));
        // The projection is shown as one, in italics, never as a value.
        QTreeWidgetItem *projected = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == f.projected)
                projected = tree->topLevelItem(i);
        QVERIFY(projected);
        QVERIFY(projected->text(6).contains(QStringLiteral("2025")));
        QVERIFY(projected->font(6).italic());
        QVERIFY(projected->text(5).contains(QStringLiteral("1200亿")));
        // The target marked done by the user is last and not flagged.
        QCOMPARE(tree->topLevelItem(5)->data(0, Qt::UserRole).toLongLong(), f.done);
        // Flagged only hides it.
        auto *flagged = panel->findChild<QCheckBox *>(QStringLiteral("radarFlaggedCheckBox"));
        flagged->setChecked(true);
        QCOMPARE(tree->topLevelItemCount(), 4);
        screenshot(*m_window, QStringLiteral("radar.png"));
        // Activating a row opens the target in the reader.
        emit tree->itemActivated(tree->topLevelItem(0), 0);
        QTRY_COMPARE(m_window->selectedCommitment(), f.overdue);
        // A status set by hand changes the radar at once.
        auto c = m_window->workspace()->commitment(f.overdue);
        c->status = TargetStatus::Done;
        QVERIFY(m_window->workspace()->updateCommitment(*c));
        QTRY_COMPARE(tree->topLevelItemCount(), 3);
    }

    void cascadeTree()
    {
        CascadeFixture f;
        QVERIFY(m_window->openWorkspace(make([&f](Workspace &w) { f = fillCascadeWorkspace(w); })));
        QAction *show = m_window->findChild<QAction *>(QStringLiteral("showCascadeAction"));
        QVERIFY(show && show->isEnabled());
        show->trigger();
        auto *view = m_window->findChild<CascadeView *>(QStringLiteral("cascadeViewDialog"));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QTreeWidget *tree = view->tree();
        QTreeWidgetItem *g5 = find(tree, 0, QStringLiteral("5G基站"));
        QVERIFY(g5);
        QTreeWidgetItem *province = g5->child(0);
        QCOMPARE(province->text(0), QStringLiteral("江苏省"));
        QCOMPARE(province->text(4), QStringLiteral("-2.5万个")); // the gap, in numbers
        QCOMPARE(province->foreground(4).color(), QColor(190, 30, 30)); // and in colour
        QCOMPARE(childOf(province, QStringLiteral("常州市"))->foreground(0).color(), QColor(190, 30, 30));
        QCOMPARE(childOf(province, QStringLiteral("徐州市"))->text(1), QStringLiteral("none"));
        QCOMPARE(childOf(province, QStringLiteral("南京市"))->foreground(0).color(), QColor(30, 130, 60));
        QTreeWidgetItem *rate = find(tree, 0, QStringLiteral("宽带普及率"))->child(0);
        QCOMPARE(childOf(rate, QStringLiteral("无锡市"))->foreground(0).color(), QColor(190, 30, 30));
        QVERIFY(rate->text(3).isEmpty()); // rates are not added
        QVERIFY(find(tree, 0, QStringLiteral("江北新区"))); // listed, not guessed
        // One indicator at a time.
        view->indicatorBox()->setCurrentIndex(view->indicatorBox()->findData(QStringLiteral("数据中心机架")));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(4), QStringLiteral("+7万架"));
        view->indicatorBox()->setCurrentIndex(0);
        view->resize(1300, 640);
        screenshot(*view, QStringLiteral("cascade.png"));
        // A correction made in the window shows at once: 无锡 raises its count.
        auto c = m_window->workspace()->commitment(f.wx5g);
        c->figure.value = 45000;
        c->userCorrected = true;
        QVERIFY(m_window->workspace()->updateCommitment(*c));
        QTRY_COMPARE(find(tree, 0, QStringLiteral("5G基站"))->child(0)->text(4), QStringLiteral("0个"));
        // Activating a child opens its target.
        QTreeWidgetItem *nanjing = childOf(find(tree, 0, QStringLiteral("5G基站"))->child(0), QStringLiteral("南京市"));
        emit tree->itemActivated(nanjing, 0);
        QTRY_COMPARE(m_window->selectedCommitment(), f.nj5g);
    }

    void revisionsSideBySide()
    {
        RevisionFixture f;
        const QString revisions = make([&f](Workspace &w) { f = fillRevisionWorkspace(w); });
        QVERIFY(m_window->openWorkspace(revisions));
        m_window->findChild<QAction *>(QStringLiteral("showRevisionsAction"))->trigger();
        auto *view = m_window->findChild<RevisionsView *>(QStringLiteral("revisionsViewDialog"));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->pairBox()->count(), 1); // the draft and the final text, found
        QCOMPARE(view->diff().pair.oldId, f.draft);
        QTreeWidget *changes = view->changes();
        QCOMPARE(changes->topLevelItemCount(), 6);
        QTreeWidgetItem *value = find(changes, 1, QStringLiteral("数据交易额"));
        QVERIFY(value);
        changes->setCurrentItem(value);
        const auto marked = [](QPlainTextEdit *e) {
            const auto s = e->extraSelections();
            return s.isEmpty() ? QString() : s.first().cursor.selectedText();
        };
        QCOMPARE(marked(view->olderText()), QStringLiteral("数据交易额达到100亿元"));
        QCOMPARE(marked(view->newerText()), QStringLiteral("数据交易额达到150亿元"));
        // A dropped target: its passage, and the passage of the newer text that took its place.
        changes->setCurrentItem(find(changes, 1, QStringLiteral("行业数据空间")));
        QCOMPARE(marked(view->olderText()), QStringLiteral("建设行业数据空间20个"));
        QVERIFY(marked(view->newerText()).contains(QStringLiteral("到2024年")));
        changes->setCurrentItem(value);
        screenshot(*view, QStringLiteral("revisions.png"));
        // In a workspace without versions nothing is compared until the user chooses.
        CascadeFixture c;
        QVERIFY(m_window->openWorkspace(make([&c](Workspace &w) { c = fillCascadeWorkspace(w); })));
        QTRY_COMPARE(view->changes()->topLevelItemCount(), 0);
        QVERIFY(view->olderText()->toPlainText().isEmpty());
        QCOMPARE(view->pairBox()->count(), 1);
        QVERIFY(view->compare(c.nanjing, c.wuxi));
        QVERIFY(view->changes()->topLevelItemCount() > 0);
        QVERIFY(m_window->openWorkspace(revisions));
        QTRY_COMPARE(view->changes()->topLevelItemCount(), 6);
        // The user may compare any two documents, the other way round too.
        QVERIFY(view->compare(f.final, f.draft));
        QCOMPARE(view->diff().pair.oldId, f.final);
        QCOMPARE(view->diff().pair.rule, QStringLiteral("chosen by the user"));
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"
