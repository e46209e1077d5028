#include "ui/mainwindow.h"

#include "ui/aboutdialog.h"

#include "ui/appsettings.h"
#include "ui/dialogs.h"
#include "ui/documentview.h"
#include "ui/librarypanel.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>

namespace plens::ui {

MainWindow::MainWindow(AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_library(new LibraryPanel(this)), m_view(new DocumentView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_view);

    auto *libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(QStringLiteral("libraryDockWidget"));
    libraryDock->setWidget(m_library);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock);

    createActions();
    connect(m_library, &LibraryPanel::documentActivated, this, &MainWindow::showDocument);

    resize(1200, 800);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newWs = file->addAction(tr("&New Workspace..."), this, &MainWindow::newWorkspace);
    newWs->setObjectName(QStringLiteral("actionNewWorkspace"));
    newWs->setShortcut(QKeySequence::New);
    QAction *openWs = file->addAction(tr("&Open Workspace..."), this, &MainWindow::chooseWorkspace);
    openWs->setObjectName(QStringLiteral("actionOpenWorkspace"));
    openWs->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About PolicyLens"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> ws)
{
    m_view->clear();
    m_workspace = std::move(ws);
    m_library->setDocuments(m_workspace ? m_workspace->documents() : QList<DocumentSummary> {});
    if (m_workspace)
        m_settings.setLastWorkspace(m_workspace->path());
    updateTitle();
    statusBar()->showMessage(tr("%n document(s)", nullptr, m_library->documentCount()));
}

bool MainWindow::openWorkspace(const QString &path)
{
    auto ws = Workspace::open(path);
    if (!ws) {
        Dialogs::critical(this, tr("Cannot open workspace"), ws.error().toString());
        return false;
    }
    setWorkspace(std::move(*ws));
    return true;
}

void MainWindow::chooseWorkspace()
{
    const QString path = Dialogs::openFileName(this, tr("Open Workspace"), tr("PolicyLens workspaces (*.plens)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::newWorkspace()
{
    QString path = Dialogs::saveFileName(this, tr("New Workspace"), tr("PolicyLens workspaces (*.plens)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".plens"), Qt::CaseInsensitive))
        path += QLatin1String(".plens");
    openWorkspace(path);
}

void MainWindow::showDocument(qint64 id)
{
    if (!m_workspace)
        return;
    auto doc = m_workspace->document(id);
    if (!doc) {
        Dialogs::critical(this, tr("Cannot open document"), doc.error().toString());
        return;
    }
    m_view->setDocument(*doc);
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace ? QDir::toNativeSeparators(m_workspace->path()) : tr("No workspace");
    setWindowTitle(tr("%1 - PolicyLens").arg(name));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}

} // namespace plens::ui
