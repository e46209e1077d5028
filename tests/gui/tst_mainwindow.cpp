// Drives the real main window (offscreen): first run with the samples, reading a document, opening
// another workspace through the File menu action, and a clear error for a corrupt workspace.
#include "components.h"
#include "i18n.h"
#include "store/workspace.h"
#include "ui/aboutdialog.h"
#include "ui/appsettings.h"
#include "ui/dialogs.h"
#include "ui/documentview.h"
#include "ui/firstrun.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeWidget>

using namespace plens;
using namespace plens::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstRunShowsSamples();
    void openWorkspaceAction();
    void corruptWorkspaceShowsError();
    void speaksChineseAndEnglish();
    void aboutShowsVersionAndLicences();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(defaultWorkspacePath());
    Dialogs::setTestMode(true);
}

void TestMainWindow::firstRunShowsSamples()
{
    auto ws = openDefaultWorkspace();
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    AppSettings settings;
    MainWindow w(settings);
    w.setWorkspace(std::move(*ws));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    auto *table = w.findChild<QTableView *>(QStringLiteral("libraryTableView"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);

    // Reading a document: click its row, the view shows its text.
    const QModelIndex first = table->model()->index(0, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    auto *text = w.findChild<QTextEdit *>(QStringLiteral("documentTextEdit"));
    QVERIFY(text);
    QTRY_VERIFY(!text->toPlainText().isEmpty());
    QVERIFY(text->toPlainText().contains(QStringLiteral("示例市")));

    // The filter narrows the library.
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("libraryFilterLineEdit"));
    QVERIFY(filter);
    // QTest::keyClicks only types Latin-1; Chinese arrives as an input-method commit.
    filter->setFocus();
    filter->insert(QStringLiteral("简报"));
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestMainWindow::openWorkspaceAction()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("另一个 工作区.plens"));
    {
        auto ws = Workspace::open(other);
        QVERIFY(ws.ok());
        Document d;
        d.fileName = QStringLiteral("reply.txt");
        d.meta.title = QStringLiteral("关于建议的答复");
        d.displayText = QStringLiteral("2022年，全市新增5G基站3000个。");
        QVERIFY((*ws)->addDocument(d).ok());
    }
    AppSettings settings;
    MainWindow w(settings);
    w.show();
    auto *open = w.findChild<QAction *>(QStringLiteral("actionOpenWorkspace"));
    QVERIFY(open);
    Dialogs::setNextFileName(other);
    open->trigger();
    QVERIFY(w.workspace());
    QCOMPARE(w.workspace()->path(), QFileInfo(other).absoluteFilePath());
    auto *table = w.findChild<QTableView *>(QStringLiteral("libraryTableView"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("关于建议的答复"));
    QCOMPARE(AppSettings().lastWorkspace(), QFileInfo(other).absoluteFilePath());
    QVERIFY(w.windowTitle().contains(QStringLiteral("另一个 工作区.plens")));
}

void TestMainWindow::corruptWorkspaceShowsError()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("坏的.plens"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2048, 'x'));
    f.close();
    AppSettings settings;
    MainWindow w(settings);
    Dialogs::shownMessages().clear();
    QVERIFY(!w.openWorkspace(bad));
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(Dialogs::shownMessages().first().contains(QStringLiteral("坏的.plens")));
    QVERIFY(!w.workspace());
}

// The window in the system language: Simplified Chinese for a Chinese locale, English otherwise.
void TestMainWindow::speaksChineseAndEnglish()
{
    const auto menuTitles = [] {
        AppSettings settings;
        MainWindow w(settings);
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    };
    QCOMPARE(installTranslators(*qApp, QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
    const QStringList zh = menuTitles();
    QVERIFY2(zh.contains(QStringLiteral("文件(&F)")), qPrintable(zh.join(u',')));
    QVERIFY(zh.contains(QStringLiteral("帮助(&H)")));
    // Back to English: remove every translator installed so far, then install for an English locale.
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QCOMPARE(installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("en"));
    const QStringList en = menuTitles();
    QVERIFY2(en.contains(QStringLiteral("&File")), qPrintable(en.join(u',')));
}

// Help > About names the version, the application's licence and every library with its licence.
void TestMainWindow::aboutShowsVersionAndLicences()
{
    AppSettings settings;
    MainWindow w(settings);
    auto *about = w.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger();
    auto *dialog = w.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString text = dialog->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    QVERIFY2(text.contains(QStringLiteral(PLENS_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("aboutComponents"));
    QVERIFY(tree);
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        names << item->text(0);
        QVERIFY2(!item->text(1).isEmpty(), qPrintable(item->text(0) + QStringLiteral(" has no version")));
        QVERIFY(!item->text(2).isEmpty());
    }
    for (const char *name : {"Qt", "Poppler", "SQLite", "libzip", "libxlsxwriter"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    dialog->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
