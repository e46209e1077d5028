#include "ui/mainwindow.h"

#include "charts/chartoutput.h"
#include "extract/extract.h"
#include "extract/indicators.h"
#include "extract/linker.h"
#include "import/importer.h"
#include "model/labels.h"
#include "store/commands.h"
#include "ui/aboutdialog.h"
#include "ui/analysisactions.h"
#include "ui/annotationpanel.h"
#include "ui/appsettings.h"
#include "ui/commitmentsmodel.h"
#include "ui/commitmentspanel.h"
#include "ui/dialogs.h"
#include "ui/documentview.h"
#include "ui/exportactions.h"
#include "ui/highlight.h"
#include "ui/importrunner.h"
#include "ui/indicatorspanel.h"
#include "ui/librarypanel.h"
#include "ui/linkspanel.h"
#include "ui/readerarea.h"
#include "ui/recoveryactions.h"
#include "ui/settingsdialog.h"
#include "ui/tagtree.h"
#include "ui/teamdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace plens::ui {

namespace {
// Highlights carry commitment ids as they are and annotation ids negated, so one click handler tells
// them apart.
qint64 annotationKey(qint64 id)
{
    return -id;
}
} // namespace

MainWindow::MainWindow(AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_undo(new QUndoStack(this)), m_importer(new ImportRunner(this)),
      m_library(new LibraryPanel(this)), m_reader(new ReaderArea(this)), m_commitments(new CommitmentsPanel(this)),
      m_annotations(new AnnotationPanel(this)), m_links(new LinksPanel(this)),
      m_indicators(new IndicatorActions(this, m_undo))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_reader);
    m_reader->addPane();
    m_annotations->setColours(m_settings.highlightColours());
    createDocks();
    createActions();
    connectPanels();

    resize(1400, 900);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Commands refer to the workspace: drop them first.
    m_undo->clear();
}

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget *w, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    dock(m_library, tr("Library"), QStringLiteral("libraryDockWidget"), Qt::LeftDockWidgetArea);
    dock(m_commitments, tr("Targets and reported figures"), QStringLiteral("commitmentsDockWidget"),
         Qt::BottomDockWidgetArea);
    QDockWidget *notes
        = dock(m_annotations, tr("Annotations"), QStringLiteral("annotationsDockWidget"), Qt::RightDockWidgetArea);
    QDockWidget *links = dock(m_links, tr("Links"), QStringLiteral("linksDockWidget"), Qt::RightDockWidgetArea);
    tabifyDockWidget(notes, links);
    QDockWidget *indicators = dock(m_indicators->panel(), tr("Indicators"), QStringLiteral("indicatorsDockWidget"),
                                   Qt::RightDockWidgetArea);
    tabifyDockWidget(links, indicators);
    notes->raise();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newWs = file->addAction(tr("&New Workspace..."), this, &MainWindow::newWorkspace);
    newWs->setObjectName(QStringLiteral("actionNewWorkspace"));
    newWs->setShortcut(QKeySequence::New);
    QAction *openWs = file->addAction(tr("&Open Workspace..."), this, &MainWindow::chooseWorkspace);
    openWs->setObjectName(QStringLiteral("actionOpenWorkspace"));
    openWs->setShortcut(QKeySequence::Open);
    QAction *openTeam = file->addAction(tr("Open &Team Workspace..."), this, [this] { openTeamWorkspace(); });
    openTeam->setObjectName(QStringLiteral("actionOpenTeamWorkspace"));
    m_recentMenu = file->addMenu(tr("Recent Workspaces"));
    m_recentMenu->setObjectName(QStringLiteral("recentWorkspacesMenu"));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import Documents..."), this, &MainWindow::chooseImport);
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exports = new ExportActions(
        this, [this] { return m_workspace.get(); },
        [this] { return m_reader->activePane() ? m_reader->activePane()->documentId() : 0; });
    // The window's own indicator charts, the workspace read once per pack (drawn now, replayed by the
    // export's thread).
    m_exports->setChartFactoryMaker([](const Workspace &w) { return charts::ChartOutput::packCharts(w); });
    m_exports->setPackFilter([this] { return m_commitments->filter()->exportFilter(); });
    m_exports->addToMenu(file);
    connect(m_reader, &ReaderArea::activePaneChanged, m_exports, &ExportActions::updateActions);
    file->addSeparator();
    // A damaged workspace opens read-only; its readable part is copied into a new one and opened.
    m_recovery = new RecoveryActions(this);
    m_recovery->addToMenu(file);
    connect(m_recovery->recoverAction(), &QAction::triggered, this, [this] {
        m_recovery->chooseAndRecover(m_workspace && !m_workspace->damage().isEmpty() ? m_workspace->path() : QString());
    });
    connect(m_recovery, &RecoveryActions::recovered, this, [this](const QString &path) { openWorkspace(path); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in All Documents"), this, [this] {
        m_library->searchEdit()->setFocus();
        m_library->searchEdit()->selectAll();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction *link = edit->addAction(tr("&Link Figure to Selected Target"), this, &MainWindow::linkSelection);
    link->setObjectName(QStringLiteral("actionLink"));
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings..."), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *beside = view->addAction(tr("Open Beside"), this, [this] {
        DocumentView *pane = m_reader->addPane();
        m_reader->setActivePane(pane);
    });
    beside->setObjectName(QStringLiteral("actionOpenBeside"));
    beside->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backslash));
    QAction *close = view->addAction(tr("Close Pane"), this, [this] {
        if (m_reader->paneCount() > 1)
            m_reader->removePane(m_reader->activePane());
    });
    close->setObjectName(QStringLiteral("actionClosePane"));
    m_syncAction = view->addAction(tr("Synchronised Scrolling"));
    m_syncAction->setObjectName(QStringLiteral("actionSyncScroll"));
    m_syncAction->setCheckable(true);
    connect(m_syncAction, &QAction::toggled, m_reader, &ReaderArea::setSyncScroll);
    view->addSeparator();
    QAction *next = view->addAction(tr("Next Figure"), this, [this] { stepCommitment(1); });
    next->setObjectName(QStringLiteral("actionNextFigure"));
    next->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previous = view->addAction(tr("Previous Figure"), this, [this] { stepCommitment(-1); });
    previous->setObjectName(QStringLiteral("actionPreviousFigure"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QAction *nextNote = view->addAction(tr("Next Annotation"), this, [this] {
        if (!m_workspace)
            return;
        const QList<Annotation> all = m_workspace->annotations();
        if (all.isEmpty())
            return;
        qsizetype i = 0;
        while (i < all.size() && all.at(i).id != m_annotations->currentAnnotation())
            ++i;
        jumpToAnnotation(all.at(i + 1 < all.size() ? i + 1 : 0).id);
    });
    nextNote->setObjectName(QStringLiteral("actionNextAnnotation"));
    nextNote->setShortcut(QKeySequence(Qt::Key_F9));

    QMenu *indicators = menuBar()->addMenu(tr("&Indicators"));
    m_indicators->addTo(indicators);

    // Cascade check, deadline radar, plan revisions (ui/analysisactions.h).
    m_analysis = new AnalysisActions(this, [this](qint64 id) { jumpToCommitment(id); });
    m_analysis->addTo(menuBar()->addMenu(tr("&Analysis")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About PolicyLens"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    updateRecentMenu();
}

void MainWindow::connectPanels()
{
    connect(m_library, &LibraryPanel::documentActivated, this, [this](qint64 id) { showDocument(id); });
    connect(m_library, &LibraryPanel::searchRequested, this, [this](const QString &query) {
        if (!m_workspace)
            return;
        const auto hits = m_workspace->search(query);
        if (!hits) {
            Dialogs::critical(this, tr("Search"), hits.error().toString());
            return;
        }
        m_library->setSearchResults(*hits);
    });
    connect(m_library, &LibraryPanel::searchResultActivated, this, [this](qint64 doc, qsizetype offset, qint64 note) {
        if (note) {
            jumpToAnnotation(note);
            return;
        }
        showDocument(doc);
        if (DocumentView *pane = m_reader->paneFor(doc); pane && offset >= 0)
            pane->selectRange(offset, offset + m_library->searchEdit()->text().trimmed().size());
    });

    connect(m_reader, &ReaderArea::paneAdded, this, [this](DocumentView *pane) {
        connect(pane, &DocumentView::highlightClicked, this, [this](qint64 key) {
            if (key > 0)
                selectCommitment(key);
            else
                m_annotations->selectAnnotation(-key);
        });
        connect(pane, &DocumentView::selectionChanged, this, [this, pane] {
            m_annotations->setCanAnnotate(m_workspace && pane->selectionEnd() > pane->selectionStart());
        });
    });
    for (DocumentView *pane : m_reader->panes())
        emit m_reader->paneAdded(pane);

    CommitmentsModel *model = m_commitments->model();
    connect(model, &CommitmentsModel::figureEdited, this, [this](qint64 id, const Figure &corrected) {
        if (auto c = m_workspace->commitment(id))
            m_undo->push(commands::UpdateCommitment::correct(*m_workspace, *c, corrected));
    });
    connect(model, &CommitmentsModel::statusEdited, this, [this](qint64 id, TargetStatus status) {
        // A status set by hand overrides the judged one: who and when are recorded with it, and why.
        if (auto c = m_workspace->commitment(id)) {
            const QString why = status == TargetStatus::None
                ? QString()
                : Dialogs::text(this, tr("Set Status"),
                                tr("Why is the status '%1'? (optional)").arg(Labels::status(status)), c->statusNote);
            m_undo->push(commands::UpdateCommitment::setStatus(*m_workspace, *c, status, why));
        }
    });
    connect(model, &CommitmentsModel::confirmedEdited, this, [this](qint64 id, bool confirmed) {
        if (auto c = m_workspace->commitment(id))
            m_undo->push(commands::UpdateCommitment::confirm(*m_workspace, *c, confirmed));
    });
    connect(m_commitments, &CommitmentsPanel::jumpRequested, this, &MainWindow::jumpToCommitment);
    connect(m_commitments, &CommitmentsPanel::currentChanged, this, [this](qint64 id) {
        if (id && id != m_selected)
            selectCommitment(id);
    });

    connect(m_annotations, &AnnotationPanel::annotateRequested, this, &MainWindow::annotateSelection);
    connect(m_annotations, &AnnotationPanel::noteEditRequested, this, [this](qint64 id, const QString &note) {
        if (auto a = m_workspace->annotation(id); a && a->note != note) {
            Annotation after = *a;
            after.note = note;
            m_undo->push(new commands::UpdateAnnotation(*m_workspace, *a, after, tr("Edit note")));
        }
    });
    connect(m_annotations, &AnnotationPanel::tagsEditRequested, this, [this](qint64 id, const QList<qint64> &tags) {
        if (auto a = m_workspace->annotation(id)) {
            Annotation after = *a;
            after.tagIds = tags;
            m_undo->push(new commands::UpdateAnnotation(*m_workspace, *a, after, tr("Tag annotation")));
        }
    });
    connect(m_annotations, &AnnotationPanel::deleteRequested, this, [this](qint64 id) {
        if (auto a = m_workspace->annotation(id))
            m_undo->push(new commands::RemoveAnnotation(*m_workspace, *a));
    });
    connect(m_annotations, &AnnotationPanel::jumpRequested, this, &MainWindow::jumpToAnnotation);

    TagTree *tags = m_annotations->tagTree();
    const auto tagById = [this](qint64 id) -> std::optional<Tag> {
        for (const Tag &t : m_workspace->tags()) {
            if (t.id == id)
                return t;
        }
        return std::nullopt;
    };
    connect(tags, &TagTree::createRequested, this, [this](qint64 parent, const QString &name) {
        Tag t;
        t.parentId = parent;
        t.name = name;
        m_undo->push(new commands::AddTag(*m_workspace, t));
    });
    connect(tags, &TagTree::renameRequested, this, [this, tagById](qint64 id, const QString &name) {
        if (auto t = tagById(id)) {
            Tag after = *t;
            after.name = name;
            m_undo->push(new commands::UpdateTag(*m_workspace, *t, after, tr("Rename tag")));
        }
    });
    connect(tags, &TagTree::colourRequested, this, [this, tagById](qint64 id, const QColor &colour) {
        if (auto t = tagById(id)) {
            Tag after = *t;
            after.color = colour;
            m_undo->push(new commands::UpdateTag(*m_workspace, *t, after, tr("Tag colour")));
        }
    });
    connect(tags, &TagTree::moveRequested, this, [this, tagById](qint64 id, qint64 parent) {
        if (auto t = tagById(id)) {
            Tag after = *t;
            after.parentId = parent;
            m_undo->push(new commands::UpdateTag(*m_workspace, *t, after, tr("Move tag")));
        }
    });
    connect(tags, &TagTree::mergeRequested, this, [this](qint64 id, qint64 into) {
        m_undo->push(new commands::ChangeTagTree(*m_workspace, commands::ChangeTagTree::Kind::Merge, id, into));
    });
    connect(tags, &TagTree::deleteRequested, this, [this](qint64 id) {
        m_undo->push(new commands::ChangeTagTree(*m_workspace, commands::ChangeTagTree::Kind::Remove, id));
    });

    connect(m_links, &LinksPanel::acceptRequested, this, [this](qint64 id) {
        for (const Link &l : m_workspace->links()) {
            if (l.id == id)
                m_undo->push(commands::UpdateLink::setState(*m_workspace, l, Link::State::Accepted));
        }
    });
    connect(m_links, &LinksPanel::rejectRequested, this, [this](qint64 id) {
        for (const Link &l : m_workspace->links()) {
            if (l.id == id)
                m_undo->push(commands::UpdateLink::setState(*m_workspace, l, Link::State::Rejected));
        }
    });
    connect(m_links, &LinksPanel::jumpRequested, this, [this](qint64 id) {
        for (const Link &l : m_workspace->links()) {
            if (l.id == id) {
                selectCommitment(l.toId);
                return;
            }
        }
    });

    // Import progress in the status bar, with a cancel button.
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("importProgressBar"));
    progress->setMaximumWidth(240);
    progress->hide();
    auto *cancel = new QPushButton(tr("Cancel import"), this);
    cancel->setObjectName(QStringLiteral("cancelImportButton"));
    cancel->hide();
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(cancel);
    connect(cancel, &QPushButton::clicked, m_importer, &ImportRunner::cancel);
    connect(m_importer, &ImportRunner::progress, this, [progress, cancel](int done, int total) {
        progress->setRange(0, total);
        progress->setValue(done);
        progress->setVisible(done < total);
        cancel->setVisible(done < total);
    });
    connect(m_importer, &ImportRunner::fileDone, this, &MainWindow::storeOutcome);
    // Text recognition of scanned pages takes seconds a page: say where it is.
    connect(m_importer, &ImportRunner::fileProgress, this, [this](const QString &path, const ImportProgress &p) {
        if (p.recognising)
            statusBar()->showMessage(tr("Recognising text in %1: page %2 of %3")
                                         .arg(QFileInfo(path).fileName())
                                         .arg(p.page + 1)
                                         .arg(p.pages),
                                     3000);
    });
    connect(m_importer, &ImportRunner::finished, this, [this, progress, cancel](bool cancelled) {
        progress->hide();
        cancel->hide();
        statusBar()->showMessage(cancelled ? tr("Import cancelled after %n file(s)", nullptr, m_importer->done())
                                           : tr("Imported %n file(s)", nullptr, m_importer->done()),
                                 8000);
        if (m_workspace) {
            // Group new figures under indicators, and suggest links among everything stored; the user
            // accepts or rejects them in the Links panel.
            if (auto grouped = refreshIndicators(*m_workspace); !grouped)
                m_importErrors << grouped.error().toString();
            for (const Link &l : newLinkSuggestions(m_workspace->commitments(), m_workspace->links())) {
                if (auto added = m_workspace->addLink(l); !added)
                    m_importErrors << added.error().toString();
            }
        }
        if (!m_importErrors.isEmpty())
            Dialogs::critical(this, tr("Some files were not imported"), m_importErrors.join(u'\n'));
        else if (!m_importWarnings.isEmpty())
            Dialogs::information(this, tr("Some pages could not be read"), m_importWarnings.join(u'\n'));
        m_importErrors.clear();
        m_importWarnings.clear();
    });
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> ws)
{
    m_undo->clear();
    m_selected = 0;
    m_target = 0;
    for (DocumentView *pane : m_reader->panes())
        pane->clear();
    m_reader->setConnectors({});
    m_workspace = std::move(ws);
    if (m_workspace) {
        m_workspace->setAuthor(m_settings.authorName());
        m_settings.setLastWorkspace(m_workspace->path());
        Workspace *w = m_workspace.get();
        connect(w, &Workspace::documentsChanged, this, [this] {
            refreshLibrary();
            refreshCommitments();
        });
        connect(w, &Workspace::commitmentsChanged, this, [this] {
            refreshCommitments();
            refreshHighlights();
            refreshLinks();
        });
        connect(w, &Workspace::annotationsChanged, this, [this] {
            refreshAnnotations();
            refreshHighlights();
        });
        connect(w, &Workspace::tagsChanged, this, [this] {
            refreshTags();
            refreshAnnotations();
        });
        connect(w, &Workspace::linksChanged, this, [this] {
            refreshLinks();
            refreshConnectors();
            refreshProgress();
        });
        connect(w, &Workspace::indicatorsChanged, this, &MainWindow::refreshProgress);
        connect(w, &Workspace::editFailed, this, &MainWindow::reportEditError);
        connect(w, &Workspace::connectionChanged, this, &MainWindow::updateTeamStatus);
        connect(w, &Workspace::outboxChanged, this, &MainWindow::updateTeamStatus);
    }
    refreshLibrary();
    refreshTags();
    refreshCommitments();
    refreshAnnotations();
    refreshLinks();
    m_indicators->setWorkspace(m_workspace.get());
    m_analysis->setWorkspace(m_workspace.get());
    updateTitle();
    updateTeamStatus();
    updateRecentMenu();
    m_exports->updateActions();
    if (m_workspace && m_workspace->isReadOnly())
        statusBar()->showMessage(m_workspace->readOnlyReason());
    else
        statusBar()->showMessage(tr("%n document(s)", nullptr, m_library->documentCount()));
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (ServerAddress::isUrl(path)) {
        auto address = ServerAddress::fromUrl(path);
        if (!address) {
            Dialogs::critical(this, tr("Cannot open workspace"), address.error().toString());
            return false;
        }
        if (address->password.isEmpty())
            address->password = PasswordStore::read(*address);
        if (address->password.isEmpty())
            return openTeamWorkspace(*address);
        auto ws = Workspace::open(*address);
        if (!ws)
            return openTeamWorkspace(*address, ws.error().message);
        setWorkspace(std::move(*ws));
        return true;
    }
    auto ws = Workspace::open(path);
    if (!ws) {
        Dialogs::critical(this, tr("Cannot open workspace"), ws.error().toString());
        return false;
    }
    setWorkspace(std::move(*ws));
    if (!m_workspace->damage().isEmpty())
        m_recovery->offer(*m_workspace);
    return true;
}

bool MainWindow::openTeamWorkspace(const ServerAddress &initial, const QString &message)
{
    ServerAddress address = initial;
    QString problem = message;
    for (;;) {
        TeamWorkspaceDialog dialog(address, this);
        dialog.setMessage(problem);
        const auto answer = Dialogs::takeTestAnswer();
        if (answer) {
            // GUI tests answer with the address as a URL (with its password).
            auto parsed = ServerAddress::fromUrl(answer->toString());
            if (!parsed)
                return false;
            address = *parsed;
        } else {
            if (Dialogs::testMode() || dialog.exec() != QDialog::Accepted)
                return false;
            address = dialog.address();
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto ws = Workspace::open(address);
        QApplication::restoreOverrideCursor();
        if (ws) {
            if (!answer && dialog.rememberPassword())
                PasswordStore::write(address, address.password);
            setWorkspace(std::move(*ws));
            return true;
        }
        // Asked again with the reason; nothing was changed anywhere.
        problem = ws.error().message;
        if (answer) {
            Dialogs::critical(this, tr("Cannot open the team workspace"), ws.error().toString());
            return false;
        }
        address.password.clear();
    }
}

void MainWindow::updateTeamStatus()
{
    Workspace *w = m_workspace.get();
    if (!m_teamStatus) {
        m_teamStatus = new QLabel(this);
        m_teamStatus->setObjectName(QStringLiteral("teamStatusLabel"));
        statusBar()->addPermanentWidget(m_teamStatus);
    }
    m_teamStatus->setVisible(w && w->isServer());
    if (!w || !w->isServer())
        return;
    const QString role = w->role() == WorkspaceRole::Owner ? tr("owner")
        : w->role() == WorkspaceRole::Editor               ? tr("editor")
                                                           : tr("reader (read only)");
    QString text = tr("%1, %2").arg(w->author(), role);
    if (!w->isOnline())
        text += tr(" — server unreachable, retrying");
    if (w->pendingEdits() > 0)
        text += tr(" — %n edit(s) waiting in the outbox", nullptr, w->pendingEdits());
    m_teamStatus->setText(text);
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

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (const QString &path : m_settings.recentWorkspaces()) {
        QAction *a
            = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
        a->setEnabled(ServerAddress::isUrl(path) || QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::chooseImport()
{
    const QStringList files = Dialogs::openFileNames(
        this, tr("Import Documents"),
        tr("Policy documents (*.pdf *.ofd *.docx *.doc *.wps *.rtf *.html *.htm *.txt);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_workspace) {
        Dialogs::critical(this, tr("Import"), tr("Open or create a workspace first."));
        return;
    }
    if (auto writable = m_workspace->writable(); !writable) {
        Dialogs::critical(this, tr("Import"), writable.error().toString());
        return;
    }
    // Encrypted PDFs need their password before anything runs off the GUI thread.
    QHash<QString, QString> passwords;
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.pdf"), QStringLiteral("*.ofd"), QStringLiteral("*.docx"),
                                QStringLiteral("*.doc"), QStringLiteral("*.wps"), QStringLiteral("*.rtf"),
                                QStringLiteral("*.htm"), QStringLiteral("*.html"), QStringLiteral("*.txt")},
                               QDir::Files))
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    for (const QString &file : std::as_const(files)) {
        if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly) && pdfNeedsPassword(f.read(4 * 1024 * 1024))) {
                const QString pw = Dialogs::text(
                    this, tr("Password"),
                    tr("%1 is protected by a password. Password:").arg(QFileInfo(file).fileName()), QString());
                passwords.insert(file, pw);
            }
        }
    }
    m_importErrors.clear();
    m_importWarnings.clear();
    ImportRunner *runner = m_importer;
    m_importer->start(files, [passwords, runner](const QString &path) {
        ImportOutcome o;
        o.path = path;
        ImportOptions options;
        options.password = passwords.value(path);
        options.progress = runner->progressFor(path);
        auto doc = importFile(path, options);
        if (!doc) {
            o.error = doc.error();
            return o;
        }
        o.figures = extractFigures(*doc);
        o.document = std::move(doc).value();
        return o;
    });
}

void MainWindow::storeOutcome(const ImportOutcome &outcome)
{
    if (outcome.error) {
        // A file stopped by Cancel import is not an error.
        if (!(m_importer->isCancelled() && outcome.error->message == importCancelledMessage()))
            m_importErrors << outcome.error->toString();
        return;
    }
    if (outcome.document) {
        for (const QString &w : outcome.document->warnings)
            m_importWarnings << QFileInfo(outcome.path).fileName() + QStringLiteral(": ") + w;
    }
    if (!m_workspace || !outcome.document)
        return;
    const auto added = m_workspace->addDocument(*outcome.document, outcome.figures);
    if (!added)
        m_importErrors << Error {outcome.path, added.error().message}.toString();
}

void MainWindow::showDocument(qint64 id, bool inNewPane)
{
    if (!m_workspace)
        return;
    auto doc = m_workspace->document(id);
    if (!doc) {
        Dialogs::critical(this, tr("Cannot open document"), doc.error().toString());
        return;
    }
    DocumentView *pane = m_reader->paneFor(id);
    if (!pane) {
        pane = inNewPane ? m_reader->addPane() : m_reader->activePane();
        if (!pane)
            pane = m_reader->addPane();
        if (!pane->setDocument(*doc))
            statusBar()->showMessage(tr("%1: the pages cannot be shown; showing the text").arg(doc->fileName), 8000);
    }
    m_reader->setActivePane(pane);
    m_exports->updateActions();
    refreshHighlights();
    refreshConnectors();
}

void MainWindow::refreshLibrary()
{
    m_library->setDocuments(m_workspace ? m_workspace->documents() : QList<DocumentSummary> {});
    QList<QPair<qint64, QString>> titles;
    QHash<qint64, QString> byId;
    if (m_workspace) {
        for (const DocumentSummary &d : m_workspace->documents()) {
            const QString title = d.meta.title.isEmpty() ? d.fileName : d.meta.title;
            titles.append({d.id, title});
            byId.insert(d.id, title);
        }
    }
    m_commitments->setDocuments(titles);
    m_annotations->setDocumentTitles(byId);
}

void MainWindow::refreshCommitments()
{
    m_commitments->model()->setCommitments(m_workspace ? m_workspace->commitments() : QList<Commitment> {});
    m_commitments->model()->setTags(m_workspace ? m_workspace->commitmentTags() : QHash<qint64, QList<qint64>> {});
    refreshProgress();
    if (m_selected)
        m_commitments->selectCommitment(m_selected);
}

void MainWindow::refreshProgress()
{
    // Each target judged from the figures linked to it (and its override, shown in Status).
    QHash<qint64, StatusJudgement> judged;
    if (m_workspace) {
        for (const IndicatorData &d : collectIndicators(IndicatorInputs::load(*m_workspace))) {
            for (const TargetProgress &p : d.progress)
                judged.insert(p.targetId, p.judgement);
        }
    }
    m_commitments->model()->setProgress(judged);
}

void MainWindow::refreshAnnotations()
{
    m_annotations->setAnnotations(m_workspace ? m_workspace->annotations() : QList<Annotation> {});
}

void MainWindow::refreshTags()
{
    const QList<Tag> tags = m_workspace ? m_workspace->tags() : QList<Tag> {};
    m_annotations->setTags(tags);
    m_commitments->setTags(tags);
}

void MainWindow::refreshLinks()
{
    if (!m_workspace) {
        m_links->setLinks({}, {}, {});
        return;
    }
    QHash<qint64, Commitment> byId;
    for (const Commitment &c : m_workspace->commitments())
        byId.insert(c.id, c);
    QHash<qint64, QString> titles;
    for (const DocumentSummary &d : m_workspace->documents())
        titles.insert(d.id, d.meta.title.isEmpty() ? d.fileName : d.meta.title);
    m_links->setLinks(m_workspace->links(), byId, titles);
}

void MainWindow::refreshHighlights()
{
    if (!m_workspace)
        return;
    const QList<QColor> colours = m_settings.figureColours();
    for (DocumentView *pane : m_reader->panes()) {
        if (!pane->documentId())
            continue;
        QList<Highlight> hs;
        for (const Commitment &c : m_workspace->commitments(pane->documentId())) {
            Highlight h = highlightFor(c, colours);
            if (c.id == m_selected)
                h.color = h.color.darker(130);
            hs.append(h);
        }
        for (const Annotation &a : m_workspace->annotations(pane->documentId())) {
            if (a.anchor.orphaned)
                continue; // listed in the annotation panel, not drawn at a wrong place
            Highlight h = highlightFor(a);
            h.id = annotationKey(a.id);
            hs.append(h);
        }
        pane->setHighlights(hs);
    }
}

void MainWindow::selectCommitment(qint64 id)
{
    if (!m_workspace)
        return;
    const auto c = m_workspace->commitment(id);
    if (!c)
        return;
    m_selected = id;
    if (c->figure.kind == Figure::Kind::Target)
        m_target = id;
    m_commitments->selectCommitment(id);
    m_links->setTarget(c->figure.kind == Figure::Kind::Target ? id : 0);
    refreshHighlights();
    // Scroll the other panes to the figures linked to this one.
    for (const Link &l : m_workspace->links()) {
        if (l.state == Link::State::Rejected || (l.toId != id && l.fromId != id))
            continue;
        const qint64 other = l.toId == id ? l.fromId : l.toId;
        const auto o = m_workspace->commitment(other);
        if (!o)
            continue;
        if (DocumentView *pane = m_reader->paneFor(o->documentId); pane && pane->documentId() != c->documentId)
            pane->selectRange(o->anchor.start, o->anchor.end);
    }
    refreshConnectors();
}

void MainWindow::refreshConnectors()
{
    if (!m_workspace || !m_selected) {
        m_reader->setConnectors({});
        return;
    }
    const auto c = m_workspace->commitment(m_selected);
    DocumentView *home = c ? m_reader->paneFor(c->documentId) : nullptr;
    QList<ReaderArea::Connector> connectors;
    if (home) {
        for (const Link &l : m_workspace->links()) {
            if (l.state == Link::State::Rejected || (l.toId != m_selected && l.fromId != m_selected))
                continue;
            const auto o = m_workspace->commitment(l.toId == m_selected ? l.fromId : l.toId);
            DocumentView *pane = o ? m_reader->paneFor(o->documentId) : nullptr;
            if (!pane || pane == home)
                continue;
            connectors.append({home, c->anchor.start, c->anchor.end, pane, o->anchor.start, o->anchor.end,
                               l.state == Link::State::Accepted ? QColor(200, 80, 0) : QColor(150, 150, 150)});
        }
    }
    m_reader->setConnectors(connectors);
}

void MainWindow::annotateSelection(const QColor &colour, const QString &note, const QList<qint64> &tagIds)
{
    DocumentView *pane = m_reader->activePane();
    if (!m_workspace || !pane || !pane->documentId() || pane->selectionEnd() <= pane->selectionStart())
        return;
    Annotation a;
    a.documentId = pane->documentId();
    a.anchor = Anchor::fromRange(pane->text(), pane->selectionStart(), pane->selectionEnd());
    a.color = colour;
    a.note = note;
    a.tagIds = tagIds;
    a.author = m_settings.authorName();
    m_undo->push(new commands::AddAnnotation(*m_workspace, a));
}

void MainWindow::linkSelection()
{
    // The figure current in the table reports on (or breaks down) the target selected last.
    if (!m_workspace || !m_target)
        return;
    const qint64 current = m_commitments->currentCommitment();
    const auto a = m_workspace->commitment(m_target);
    const auto b = m_workspace->commitment(current);
    if (!a || !b || a->id == b->id)
        return;
    const bool aTarget = a->figure.kind == Figure::Kind::Target;
    Link l;
    l.kind = aTarget && b->figure.kind == Figure::Kind::Target ? Link::Kind::BreaksDown : Link::Kind::Reports;
    l.toId = aTarget ? a->id : b->id;
    l.fromId = aTarget ? b->id : a->id;
    l.score = 1;
    l.state = Link::State::Accepted;
    m_undo->push(new commands::AddLink(*m_workspace, l));
}

void MainWindow::jumpToCommitment(qint64 id)
{
    const auto c = m_workspace ? m_workspace->commitment(id) : Result<Commitment>(Error {});
    if (!c)
        return;
    showDocument(c->documentId);
    if (DocumentView *pane = m_reader->paneFor(c->documentId))
        pane->selectRange(c->anchor.start, c->anchor.end);
    selectCommitment(id);
}

void MainWindow::jumpToAnnotation(qint64 id)
{
    const auto a = m_workspace ? m_workspace->annotation(id) : Result<Annotation>(Error {});
    if (!a)
        return;
    showDocument(a->documentId);
    if (DocumentView *pane = m_reader->paneFor(a->documentId); pane && !a->anchor.orphaned)
        pane->selectRange(a->anchor.start, a->anchor.end);
    m_annotations->selectAnnotation(id);
}

void MainWindow::stepCommitment(int delta)
{
    if (const qint64 id = m_commitments->step(delta))
        jumpToCommitment(id);
}

void MainWindow::reportEditError(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Stale:
        Dialogs::critical(this, tr("Someone else changed this"), error.message);
        break;
    case Error::Kind::Denied:
        Dialogs::critical(this, tr("Not allowed in this team workspace"), error.message);
        break;
    case Error::Kind::Offline:
        statusBar()->showMessage(error.message, 10000);
        updateTeamStatus();
        break;
    case Error::Kind::General:
        Dialogs::critical(this, tr("The change was not saved"), error.toString());
        break;
    }
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (Dialogs::testMode())
        return;
    if (dialog.exec() == QDialog::Accepted) {
        m_annotations->setColours(m_settings.highlightColours());
        if (m_workspace)
            m_workspace->setAuthor(m_settings.authorName());
        refreshHighlights();
    }
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace ? QDir::toNativeSeparators(m_workspace->path()) : tr("No workspace");
    if (m_workspace && m_workspace->isReadOnly())
        setWindowTitle(tr("%1 (read-only) - PolicyLens").arg(name));
    else
        setWindowTitle(tr("%1 - PolicyLens").arg(name));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_importer->cancel();
    m_settings.setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}

} // namespace plens::ui
