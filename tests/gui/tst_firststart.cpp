// Starting PolicyLens as an officer does (issue 16, items 6, 8, 10): the first start shows the whole
// idea at once; a document given on the command line (or handed over by a second start) is imported
// and opened; the panes come back on the next start; windows fit a small or scaled screen.
#include "charts/chartwidget.h"
#include "charts/dashboard.h"
#include "extract/indicators.h"
#include "store/workspace.h"
#include "ui/appsettings.h"
#include "ui/dialogs.h"
#include "ui/documentview.h"
#include "ui/firstrun.h"
#include "ui/indicatorspanel.h"
#include "ui/mainwindow.h"
#include "ui/readerarea.h"
#include "ui/singleinstance.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace plens;
using namespace plens::ui;

class TestFirstStart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_firststart"));
        Dialogs::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(defaultWorkspacePath());
        Dialogs::shownMessages().clear();
    }

    // Item 6: the plan and the briefing side by side, highlighted, linked (a connector drawn),
    // judged and charted, with a hint of what to do.
    void firstStartShowsTheWholeIdea()
    {
        AppSettings settings;
        {
            MainWindow w(settings);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openStartupWorkspace());
            Workspace &ws = *w.workspace();
            const SampleDocuments samples = sampleDocuments(ws);
            QVERIFY(samples.plan && samples.briefing);
            QCOMPARE(w.reader()->paneCount(), 2);
            DocumentView *plan = w.reader()->paneFor(samples.plan);
            DocumentView *briefing = w.reader()->paneFor(samples.briefing);
            QVERIFY(plan && briefing);
            QVERIFY(plan->highlights().size() >= 5);
            QVERIFY(briefing->highlights().size() >= 5);
            int accepted = 0;
            for (const Link &l : ws.links())
                accepted += l.state == Link::State::Accepted ? 1 : 0;
            QVERIFY2(accepted >= 2, qPrintable(QString::number(accepted)));
            QVERIFY(w.selectedCommitment());
            QVERIFY(!w.reader()->connectors().isEmpty());
            QTRY_VERIFY(!w.reader()->connectorLines().isEmpty());
            QVERIFY(w.hint()->isVisible());
            // The table the hint speaks of is in front (the radar, which rises for overdue targets,
            // is a tab beside it).
            QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("commitmentsDockWidget"))->visibleRegion().isEmpty());
            // Charted: an indicator with a target and a reported value that counts towards it.
            bool charted = false;
            for (const IndicatorData &d : collectIndicators(IndicatorInputs::load(ws))) {
                for (const IndicatorPoint &p : d.reported)
                    charted = charted || p.attainment.has_value();
            }
            QVERIFY(charted);
            w.close(); // the window (and its lock on the workspace) goes, as at the end of a session
        }
        // The next start opens the same workspace without the hint.
        MainWindow again(settings);
        again.show();
        QVERIFY(again.openStartupWorkspace());
        QVERIFY(!again.hint()->isVisible());
    }

    // Item 8: a document given on the command line is imported into the workspace and opened; the
    // panes and their documents come back on the next start.
    void commandLineDocumentOpensAndSessionReturns()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("市 行动计划.txt"));
        {
            QFile f(doc);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("示例市数据要素行动计划\n示例市人民政府\n2024年5月6日\n"
                                   "到2026年，全市建成公共数据开放平台3个，开放数据集达到500个。\n")
                        .toUtf8());
        }
        AppSettings settings;
        qint64 opened = 0;
        {
            MainWindow w(settings);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QSignalSpy applied(&w, &MainWindow::importApplied);
            w.openStartupWorkspace(); // the default workspace, with the samples
            w.openArguments({doc});
            QVERIFY(applied.wait(60000));
            QTRY_VERIFY(w.reader()->activePane() && w.reader()->activePane()->documentId());
            opened = w.reader()->activePane()->documentId();
            QCOMPARE(w.workspace()->document(opened)->fileName, QStringLiteral("市 行动计划.txt"));
            QVERIFY(!w.reader()->activePane()->highlights().isEmpty());
            QVERIFY(Dialogs::shownMessages().isEmpty());
            QCOMPARE(w.reader()->paneCount(), 2); // beside the briefing it replaced the plan of
            w.findChild<QAction *>(QStringLiteral("actionSyncScroll"))->setChecked(true);
            w.close(); // the session is saved
        }
        MainWindow next(settings);
        next.show();
        QVERIFY(next.openStartupWorkspace());
        QCOMPARE(next.reader()->paneCount(), 2);
        QVERIFY(next.reader()->paneFor(opened));
        QCOMPARE(next.reader()->activePane()->documentId(), opened);
        QVERIFY(next.reader()->syncScroll());
    }

    // Item 8: a second start hands its files to the window already running.
    void secondStartHandsOver()
    {
        const QString key = QStringLiteral("plens-test-%1").arg(QCoreApplication::applicationPid());
        SingleInstance running;
        QVERIFY(running.listen(key));
        QSignalSpy received(&running, &SingleInstance::filesReceived);
        const QStringList files {QStringLiteral("/tmp/甲.pdf"), QStringLiteral("/tmp/b.docx")};
        QFuture<bool> handed = QtConcurrent::run([&] { return SingleInstance::handOver(key, files); });
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(), files);
        handed.waitForFinished();
        QVERIFY(handed.result());
        // Nobody listening: a start becomes the running one.
        QVERIFY(!SingleInstance::handOver(key + QStringLiteral("-none"), files, 300));
    }

    // Item 10: the window, the chart window and the dashboard fit the screen's free area (a scaled
    // 1920×1080 at 150% is 1280×720 logical pixels; the offscreen test screen is smaller still).
    void windowsFitTheScreen()
    {
        AppSettings settings;
        MainWindow w(settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect screen = MainWindow::availableGeometry(&w);
        QVERIFY2(screen.contains(w.frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(w.frameGeometry().width())
                                .arg(w.frameGeometry().height())
                                .arg(screen.width())
                                .arg(screen.height())));
        QVERIFY(w.openStartupWorkspace());
        charts::ChartWindow *chart = w.indicatorActions()->showChart();
        QVERIFY(chart);
        QVERIFY(QTest::qWaitForWindowExposed(chart));
        QVERIFY(screen.contains(chart->frameGeometry()));
        auto *close = chart->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QVERIFY(close);
        QVERIFY(screen.contains(QRect(close->mapToGlobal(QPoint(0, 0)), close->size())));
        charts::Dashboard *dashboard = w.indicatorActions()->showDashboard();
        QVERIFY(dashboard);
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        QVERIFY(screen.contains(dashboard->frameGeometry()));
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
