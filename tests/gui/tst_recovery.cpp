// A damaged workspace in the window (issue 19): it opens read-only (said in the title), an import is
// refused with the reason, and the recovery it offers copies the readable part into a new workspace,
// which the window then opens.
#include "store/damagefixtures.h"
#include "store/storefixtures.h"
#include "store/workspace.h"
#include "ui/appsettings.h"
#include "ui/dialogs.h"
#include "ui/importrunner.h"
#include "ui/mainwindow.h"
#include "ui/recoveryactions.h"

#include <QAction>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::test;
using namespace plens::ui;

class TestRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
    }

    void damagedWorkspaceIsRecoveredFromTheWindow()
    {
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("坏.plens"));
        {
            auto ws = Workspace::open(damaged);
            QVERIFY(ws.ok());
            for (int i = 0; i < 10; ++i)
                QVERIFY((*ws)
                            ->addDocument(makeDocument(QStringLiteral("计划%1.txt").arg(i),
                                                       planText(10, QStringLiteral("（%1）").arg(i))))
                            .ok());
        }
        damagePage(damaged, rootPage(damaged, QStringLiteral("documents_fts_data")));

        AppSettings settings;
        MainWindow w(settings);
        w.show();
        // Opening: the window says it is damaged and offers recovery; this first time, declined.
        Dialogs::shownMessages().clear();
        Dialogs::setNextAnswer(false);
        QVERIFY(w.openWorkspace(damaged));
        QVERIFY(w.workspace()->isReadOnly());
        QVERIFY2(w.windowTitle().contains(QStringLiteral("read-only")), qPrintable(w.windowTitle()));

        // An import is refused before anything runs.
        w.importFiles({dir.filePath(QStringLiteral("whatever.txt"))});
        QVERIFY(!w.importRunner()->isRunning());
        QVERIFY(!Dialogs::shownMessages().isEmpty());
        QVERIFY2(Dialogs::shownMessages().last().contains(QStringLiteral("damaged")),
                 qPrintable(Dialogs::shownMessages().last()));

        // File > Recover Workspace: the open (damaged) workspace, into a new file named by the user.
        const QString recovered = dir.filePath(QStringLiteral("恢复"));
        Dialogs::setNextFileName(recovered);
        QAction *action = w.findChild<QAction *>(QStringLiteral("actionRecoverWorkspace"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.workspace() && w.workspace()->path().endsWith(QStringLiteral("恢复.plens")), 20000);
        QVERIFY(!w.workspace()->isReadOnly());
        QCOMPARE(w.workspace()->documents().size(), 10);
        QCOMPARE(w.workspace()->check(), QStringLiteral("ok"));
        QVERIFY(!w.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(Dialogs::shownMessages().last().contains(QStringLiteral("documents: 10")));
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
