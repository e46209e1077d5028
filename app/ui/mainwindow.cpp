#include "ui/mainwindow.h"

#include "charts/chartoutput.h"
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
#include "ui/editrights.h"
#include "ui/exportactions.h"
#include "ui/figuremenu.h"
#include "ui/firstrun.h"
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
#include "ui/viewdata.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

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
    // The reader, with a hint above it on the first start (the sample workspace).
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    auto *hintFrame = new QFrame(centre);
    hintFrame->setFrameShape(QFrame::StyledPanel);
    m_hint = hintFrame;
    m_hint->setObjectName(QStringLiteral("firstStartHint"));
    m_hint->setAutoFillBackground(true);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::Window, QColor(255, 248, 214));
    hintPalette.setColor(QPalette::WindowText, QColor(60, 50, 20));
    m_hint->setPalette(hintPalette);
    auto *hintText = new QLabel(m_hint);
    hintText->setObjectName(QStringLiteral("firstStartHintLabel"));
    hintText->setWordWrap(true);
    hintText->setText(
        tr("<b>A sample to start with.</b> Left: a city's action plan, its targets highlighted; right: a "
           "briefing with the figures reported since. Click a target to see the figure reported on it, joined by "
           "a line; the table below judges each target. <b>Indicators &gt; Indicator Chart</b> charts them, "
           "<b>File &gt; Export</b> makes the meeting pack. Import your own documents with <b>File &gt; Import</b> "
           "or by dropping them here."));
    auto *hintClose = new QToolButton(m_hint);
    hintClose->setObjectName(QStringLiteral("firstStartHintCloseButton"));
    hintClose->setAutoRaise(true);
    hintClose->setText(QStringLiteral("✕"));
    hintClose->setToolTip(tr("Hide this hint"));
    connect(hintClose, &QToolButton::clicked, m_hint, &QWidget::hide);
    auto *hintLayout = new QHBoxLayout(m_hint);
    hintLayout->setContentsMargins(8, 4, 4, 4);
    hintLayout->addWidget(hintText, 1);
    hintLayout->addWidget(hintClose, 0, Qt::AlignTop);
    m_hint->hide();
    centreLayout->addWidget(m_hint);
    centreLayout->addWidget(m_reader, 1);
    setCentralWidget(centre);
    m_reader->addPane();
    m_annotations->setColours(m_settings.highlightColours());
    createDocks();
    createActions();
    connectPanels();
    updateEditActions();

    // A comfortable size that fits the screen's free area at any scaling (150% on 1920×1080 leaves
    // 1280×~690 logical pixels); the last size and docks when there are some, still kept on screen.
    const QRect screen = availableGeometry(this);
    resize(std::min(1400, screen.width() * 9 / 10), std::min(900, screen.height() * 9 / 10));
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    fitToScreen(this);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The import's worker writes to the workspace through its own connection: let it stop first.
    m_importer->cancel();
    m_importer->wait();
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
    dock(m_library, tr("Document Library"), QStringLiteral("libraryDockWidget"), Qt::LeftDockWidgetArea);
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
    // What the workspace does not let the user do is greyed out with the reason (updateEditActions()),
    // which the menus show as a tooltip.
    file->setToolTipsVisible(true);
    m_importAction = file->addAction(tr("&Import Documents..."), this, &MainWindow::chooseImport);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
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
    edit->setToolTipsVisible(true);
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo});
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    // The stack enables them when there is something to undo; the workspace may still forbid it.
    connect(m_undo, &QUndoStack::canUndoChanged, this, &MainWindow::updateEditActions);
    connect(m_undo, &QUndoStack::canRedoChanged, this, &MainWindow::updateEditActions);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in All Documents"), this, [this] {
        m_library->searchEdit()->setFocus();
        m_library->searchEdit()->selectAll();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    m_linkAction = edit->addAction(tr("&Link the Two Figures Selected Last"), this, &MainWindow::linkSelection);
    m_linkAction->setToolTip(tr("Click a target in one pane and a figure reported on it in the other, then link them"));
    m_linkAction->setObjectName(QStringLiteral("actionLink"));
    m_linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
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
    indicators->setToolTipsVisible(true);
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
        connect(pane, &DocumentView::highlightMenuRequested, this, [this](qint64 key, const QPoint &at) {
            if (key > 0)
                showFigureMenu(key, at);
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
            correctFigure(*c, corrected);
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
    connect(m_commitments, &CommitmentsPanel::menuRequested, this, &MainWindow::showFigureMenu);
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

    // Accepting or rejecting many links at once is one undo step.
    const auto setLinkStates = [this](const QList<qint64> &ids, Link::State state, const QString &text) {
        if (!m_workspace || ids.isEmpty())
            return;
        QList<Link> changed;
        for (const Link &l : m_workspace->links()) {
            if (ids.contains(l.id) && l.state != state)
                changed.append(l);
        }
        if (changed.size() > 1)
            m_undo->beginMacro(text.arg(changed.size()));
        for (const Link &l : std::as_const(changed))
            m_undo->push(commands::UpdateLink::setState(*m_workspace, l, state));
        if (changed.size() > 1)
            m_undo->endMacro();
    };
    connect(m_links, &LinksPanel::acceptRequested, this, [setLinkStates, this](const QList<qint64> &ids) {
        setLinkStates(ids, Link::State::Accepted, tr("Accept %1 links"));
    });
    connect(m_links, &LinksPanel::rejectRequested, this, [setLinkStates, this](const QList<qint64> &ids) {
        setLinkStates(ids, Link::State::Rejected, tr("Reject %1 links"));
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
    connect(m_importer, &ImportRunner::stageChanged, this, [this, progress](ImportPipeline::Stage stage) {
        switch (stage) {
        case ImportPipeline::Stage::Indicators:
            progress->setRange(0, 0); // busy
            progress->show();
            statusBar()->showMessage(tr("Grouping figures under indicators..."));
            break;
        case ImportPipeline::Stage::Links:
            statusBar()->showMessage(tr("Suggesting links between targets and reported figures..."));
            break;
        case ImportPipeline::Stage::Files:
        case ImportPipeline::Stage::Done:
            break;
        }
    });
    connect(m_importer, &ImportRunner::fileDone, this, &MainWindow::fileImported);
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
        const ImportPipeline::Summary &summary = m_importer->summary();
        int added = 0;
        for (const ImportPipeline::FileResult &f : summary.files)
            added += f.added && f.added->outcome != AddResult::Outcome::Duplicate ? 1 : 0;
        QString message = cancelled ? tr("Import cancelled after %n file(s)", nullptr, m_importer->done())
                                    : tr("Imported %n file(s)", nullptr, added);
        if (summary.suggested)
            message += QStringLiteral("; ") + tr("%n link(s) suggested", nullptr, summary.suggested);
        statusBar()->showMessage(message, 8000);
        for (const Error &e : summary.errors)
            m_importErrors << e.toString();
        // The worker wrote through its own connection: the views read everything again, in steps.
        if (m_workspace)
            refreshAfterImport();
        if (!m_openAfterImport.isEmpty() || !m_queued.isEmpty())
            QTimer::singleShot(0, this, [this, summary = m_importer->summary()] { showImportedDocuments(summary); });
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
    m_importer->cancel(); // it writes into the workspace being closed
    m_importer->wait();
    m_undo->clear();
    m_selected = 0;
    m_history.clear();
    for (DocumentView *pane : m_reader->panes())
        pane->clear();
    m_reader->setConnectors({});
    m_workspace = std::move(ws);
    if (m_workspace) {
        m_workspace->setAuthor(m_settings.authorName());
        m_settings.setLastWorkspace(m_workspace->path());
        Workspace *w = m_workspace.get();
        connect(w, &Workspace::documentsChanged, this, [this] { refreshParts(Library | Commitments); });
        connect(w, &Workspace::commitmentsChanged, this, [this] { refreshParts(Commitments | Highlights | Links); });
        connect(w, &Workspace::annotationsChanged, this, [this] { refreshParts(Annotations | Highlights); });
        connect(w, &Workspace::tagsChanged, this, [this] { refreshParts(Tags | Annotations); });
        connect(w, &Workspace::linksChanged, this, [this] { refreshParts(Links | Connectors | Progress); });
        connect(w, &Workspace::indicatorsChanged, this, [this] { refreshParts(Progress); });
        connect(w, &Workspace::editFailed, this, &MainWindow::reportEditError);
        connect(w, &Workspace::connectionChanged, this, &MainWindow::updateTeamStatus);
        connect(w, &Workspace::connectionChanged, this, &MainWindow::updateEditActions);
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
    updateEditActions();
    updateRecentMenu();
    m_exports->updateActions();
    if (m_workspace && m_workspace->isReadOnly())
        statusBar()->showMessage(m_workspace->readOnlyReason());
    else if (const EditRights rights = EditRights::of(m_workspace.get()); m_workspace && !rights.annotate)
        statusBar()->showMessage(rights.annotateReason);
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

void MainWindow::updateEditActions()
{
    const EditRights rights = EditRights::of(m_workspace.get());
    EditRights::apply(m_importAction, rights.manage, rights.manageReason);
    EditRights::apply(m_linkAction, rights.annotate, rights.annotateReason);
    // Nothing to undo is no reason to name.
    EditRights::apply(m_undoAction, rights.annotate && m_undo->canUndo(), rights.annotateReason);
    EditRights::apply(m_redoAction, rights.annotate && m_undo->canRedo(), rights.annotateReason);
    m_commitments->setEditRights(rights);
    m_annotations->setEditRights(rights);
    m_links->setEditRights(rights);
    m_indicators->setEditRights(rights);
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
        tr("Policy documents (%1);;All files (*)").arg(ImportPipeline::documentPatterns().join(u' ')));
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
    if (m_importer->isRunning()) {
        Dialogs::information(this, tr("Import"), tr("An import is running; wait for it or cancel it first."));
        return;
    }
    // Encrypted PDFs need their password before anything runs off the GUI thread.
    QHash<QString, QString> passwords;
    const QStringList files = ImportPipeline::expand(paths);
    for (const QString &file : files) {
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
    m_importer->start(*m_workspace, files, passwords);
}

void MainWindow::refreshParts(unsigned parts)
{
    if (m_deferring) {
        m_pending |= parts;
        return;
    }
    if (parts & Commitments)
        parts &= ~unsigned(Progress); // refreshCommitments() judges progress too
    for (unsigned part = 1; part <= LastPart; part <<= 1) {
        if (parts & part)
            refreshPart(Part(part));
    }
}

void MainWindow::refreshPart(Part part)
{
    switch (part) {
    case Library:
        refreshLibrary();
        break;
    case Tags:
        refreshTags();
        break;
    case Commitments:
        refreshCommitments();
        break;
    case Annotations:
        refreshAnnotations();
        break;
    case Highlights:
        refreshHighlights();
        break;
    case Links:
        refreshLinks();
        break;
    case Connectors:
        refreshConnectors();
        break;
    case Progress:
        refreshProgress();
        break;
    }
}

void MainWindow::refreshAfterImport()
{
    // Everyone listening to the workspace hears of the change; this window's own views (and the
    // indicators panel) read again one per turn of the event loop instead of all at once.
    // What they show was read by the import's worker (ViewData), so no step queries the workspace.
    m_view = m_importer->takeViewData();
    m_indicators->setHeld(true);
    m_deferring = true;
    m_pending = 0;
    m_workspace->announceChanges();
    m_deferring = false;
    unsigned parts = m_pending;
    if (parts & Commitments)
        parts &= ~unsigned(Progress);
    runStaged(parts);
}

void MainWindow::runStaged(unsigned parts)
{
    for (unsigned part = 1; part <= LastPart; part <<= 1) {
        if (parts & part) {
            refreshPart(Part(part));
            QTimer::singleShot(0, this, [this, rest = parts & ~part] { runStaged(rest); });
            return;
        }
    }
    if (m_view && m_workspace) {
        m_indicators->refreshFrom(m_view->indicators, m_view->commitments, m_view->documentTitles());
        m_view.reset();
    }
    m_indicators->setHeld(false);
    emit importApplied();
}

void MainWindow::fileImported(const ImportPipeline::FileResult &result)
{
    if (result.error) {
        // A file stopped by Cancel import is not an error.
        if (!(m_importer->isCancelled() && result.error->message == importCancelledMessage()))
            m_importErrors << result.error->toString();
        return;
    }
    for (const QString &w : result.warnings)
        m_importWarnings << QFileInfo(result.path).fileName() + QStringLiteral(": ") + w;
    // The library lists the new document at once; the rest follows when the import is done.
    if (m_workspace && result.added && result.added->outcome != AddResult::Outcome::Duplicate)
        refreshLibrary();
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

QList<DocumentSummary> MainWindow::viewDocuments() const
{
    if (m_view)
        return m_view->documents;
    return m_workspace ? m_workspace->documents() : QList<DocumentSummary> {};
}

QList<Commitment> MainWindow::viewCommitments() const
{
    if (m_view)
        return m_view->commitments;
    return m_workspace ? m_workspace->commitments() : QList<Commitment> {};
}

QList<Link> MainWindow::viewLinks() const
{
    if (m_view)
        return m_view->links;
    return m_workspace ? m_workspace->links() : QList<Link> {};
}

void MainWindow::refreshLibrary()
{
    const QList<DocumentSummary> documents = viewDocuments();
    m_library->setDocuments(documents);
    QList<QPair<qint64, QString>> titles;
    QHash<qint64, QString> byId;
    for (const DocumentSummary &d : documents) {
        const QString title = d.meta.title.isEmpty() ? d.fileName : d.meta.title;
        titles.append({d.id, title});
        byId.insert(d.id, title);
    }
    m_commitments->setDocuments(titles);
    m_annotations->setDocumentTitles(byId);
}

void MainWindow::refreshCommitments()
{
    m_commitments->model()->setCommitments(viewCommitments());
    m_commitments->model()->setTags(
        m_view ? m_view->commitmentTags
               : (m_workspace ? m_workspace->commitmentTags() : QHash<qint64, QList<qint64>> {}));
    refreshProgress();
    if (m_selected)
        m_commitments->selectCommitment(m_selected);
}

void MainWindow::refreshProgress()
{
    // Each target judged from the figures linked to it (and its override, shown in Status).
    if (m_view)
        m_commitments->model()->setProgress(m_view->progress);
    else
        m_commitments->model()->setProgress(m_workspace ? ViewData::judge(*m_workspace)
                                                        : QHash<qint64, StatusJudgement> {});
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
    for (const Commitment &c : viewCommitments())
        byId.insert(c.id, c);
    QHash<qint64, QString> titles;
    for (const DocumentSummary &d : viewDocuments())
        titles.insert(d.id, d.meta.title.isEmpty() ? d.fileName : d.meta.title);
    m_links->setLinks(viewLinks(), byId, titles);
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
            h.selected = c.id == m_selected; // outlined, not darkened: overlaps stay readable
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
    if (m_history.isEmpty() || m_history.last() != id)
        m_history.append(id);
    while (m_history.size() > 8)
        m_history.removeFirst();
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

QString MainWindow::describe(const Commitment &c) const
{
    const Figure &f = c.figure;
    QStringList where;
    if (f.year)
        where << QString::number(*f.year);
    if (!f.scope.isEmpty())
        where << f.scope;
    QString text = (f.metric.isEmpty() ? Labels::kind(f.kind) : f.metric) + u' ' + Labels::value(f);
    if (!where.isEmpty())
        text += QStringLiteral(" (%1)").arg(where.join(QStringLiteral(", ")));
    if (const auto meta = m_workspace->documentMeta(c.documentId); meta && !meta->title.isEmpty())
        text += QStringLiteral(" · ") + meta->title;
    return text;
}

void MainWindow::linkSelection()
{
    // The two figures selected last (clicked in the panes, or chosen in the table): a reported figure
    // reports on a target; of two targets, the narrower breaks down the wider one.
    if (!m_workspace)
        return;
    std::optional<Commitment> a, b;
    for (qsizetype i = m_history.size() - 1; i >= 0 && !a; --i) {
        const auto c = m_workspace->commitment(m_history.at(i));
        if (!c)
            continue;
        if (!b)
            b = *c;
        else if (c->id != b->id)
            a = *c;
    }
    const auto isTarget = [](const std::optional<Commitment> &c) {
        return c && c->figure.kind == Figure::Kind::Target;
    };
    if (!a || !b || (!isTarget(a) && !isTarget(b))) {
        statusBar()->showMessage(
            tr("Nothing linked: click a target, then a figure reported on it (or the other way round), then link."),
            10000);
        return;
    }
    const auto withRegion = [this](const Commitment &c) {
        Figure f = c.figure;
        if (f.scope.isEmpty())
            if (const auto meta = m_workspace->documentMeta(c.documentId))
                f.scope = meta->region;
        return f;
    };
    Link l;
    l.score = 1;
    l.state = Link::State::Accepted;
    if (isTarget(a) && isTarget(b)) {
        // The target inside the other's region breaks it down (a city's share of the province's).
        const bool aNarrower = regionRelation(withRegion(*b).scope, withRegion(*a).scope) == RegionRelation::Part;
        l.kind = Link::Kind::BreaksDown;
        l.fromId = aNarrower ? a->id : b->id;
        l.toId = aNarrower ? b->id : a->id;
    } else {
        const Commitment &target = isTarget(a) ? *a : *b;
        const Commitment &reported = isTarget(a) ? *b : *a;
        l.kind = Link::Kind::Reports;
        l.fromId = reported.id;
        l.toId = target.id;
        // A figure about another region or in another unit does not count towards the target: say so.
        const ReportFit fit = reportFits(withRegion(target), withRegion(reported));
        if (fit != ReportFit::Counts
            && !Dialogs::question(this, tr("Link anyway?"),
                                  reportFitText(fit, withRegion(target), withRegion(reported)) + QStringLiteral("\n\n")
                                      + tr("Link %1 to %2 anyway? The link is kept, but the figure is not counted in "
                                           "the target's progress.")
                                            .arg(describe(reported), describe(target)))) {
            statusBar()->showMessage(tr("Not linked."), 8000);
            return;
        }
    }
    const auto from = m_workspace->commitment(l.fromId);
    const auto to = m_workspace->commitment(l.toId);
    m_undo->push(new commands::AddLink(*m_workspace, l));
    statusBar()->showMessage(l.kind == Link::Kind::Reports
                                 ? tr("Linked %1 to the target %2.").arg(describe(*from), describe(*to))
                                 : tr("Linked the target %1 as a part of %2.").arg(describe(*from), describe(*to)),
                             15000);
}

void MainWindow::showSamples()
{
    if (!m_workspace)
        return;
    const SampleDocuments samples = sampleDocuments(*m_workspace);
    if (!samples.plan || !samples.briefing)
        return;
    // The plan and the briefing side by side, a linked target selected (its connector drawn), the
    // hint above them.
    showDocument(samples.plan);
    showDocument(samples.briefing, true);
    for (const Link &l : m_workspace->links()) {
        if (l.state != Link::State::Accepted)
            continue;
        if (const auto t = m_workspace->commitment(l.toId); t && t->documentId == samples.plan) {
            jumpToCommitment(t->id);
            // Once the hint and the panes are laid out, both ends scrolled into view again.
            QTimer::singleShot(0, this, [this, id = t->id] {
                if (m_selected == id)
                    jumpToCommitment(id);
            });
            break;
        }
    }
    // The hint speaks of the targets table below: in front of the radar that rose beside it (the
    // sample's older targets are overdue), which stays one tab away.
    if (auto *table = findChild<QDockWidget *>(QStringLiteral("commitmentsDockWidget")))
        table->raise();
    m_hint->show();
}

void MainWindow::correctFigure(const Commitment &c, const Figure &corrected)
{
    auto *correct = commands::UpdateCommitment::correct(*m_workspace, c, corrected);
    if (corrected.metric == c.figure.metric && corrected.unit == c.figure.unit) {
        m_undo->push(correct);
        return;
    }
    // Another indicator text (or unit): the figure moves to the indicator it now names, or the user
    // says which of the likely ones, or a new one; one undo step puts both back.
    const IndicatorState before = m_workspace->indicatorState();
    const IndicatorChoice choice = indicatorFor(before, corrected);
    qint64 to = choice.indicatorId;
    if (!choice.candidates.isEmpty()) {
        QStringList names;
        for (qint64 id : choice.candidates)
            for (const Indicator &i : before.indicators)
                if (i.id == id)
                    names.append(i.name);
        const QString fresh = tr("A new indicator: %1").arg(corrected.metric);
        names.append(fresh);
        const QString chosen = Dialogs::item(this, tr("Indicator"),
                                             tr("Which indicator does '%1' measure?").arg(corrected.metric), names);
        if (chosen.isEmpty()) {
            delete correct;
            return;
        }
        to = 0;
        for (const Indicator &i : before.indicators)
            if (i.name == chosen)
                to = i.id;
    }
    if (to && to == c.indicatorId) {
        m_undo->push(correct);
        return;
    }
    m_undo->beginMacro(tr("Correct figure"));
    m_undo->push(correct);
    m_undo->push(new commands::SetIndicatorState(*m_workspace, before, assignFigure(before, c.id, corrected, to),
                                                 tr("Move figure to another indicator")));
    m_undo->endMacro();
}

FigureMenu *MainWindow::showFigureMenu(qint64 id, const QPoint &globalPos)
{
    if (!m_workspace)
        return nullptr;
    selectCommitment(id); // what the menu acts on is what is selected (Link pairs it with the one before)
    auto *menu = new FigureMenu(
        *m_workspace, m_undo, id, [this] { linkSelection(); }, this);
    menu->popup(globalPos);
    return menu;
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
    // What the reader shows, to show again on the next start.
    AppSettings::Session session;
    if (m_workspace) {
        session.workspace = m_workspace->path();
        const QList<DocumentView *> panes = m_reader->panes();
        for (DocumentView *pane : panes) {
            if (pane->documentId()) {
                if (pane == m_reader->activePane())
                    session.active = int(session.documents.size());
                session.documents.append(pane->documentId());
            }
        }
        session.splitter = m_reader->saveState();
        session.syncScroll = m_reader->syncScroll();
    }
    m_settings.setSession(session);
    event->accept();
}

bool MainWindow::restoreSession()
{
    const AppSettings::Session session = m_settings.session();
    if (!m_workspace || session.workspace != m_workspace->path() || session.documents.isEmpty())
        return false;
    const QList<DocumentSummary> documents = m_workspace->documents();
    bool shown = false;
    for (qint64 id : session.documents) {
        const bool exists
            = std::any_of(documents.cbegin(), documents.cend(), [id](const DocumentSummary &d) { return d.id == id; });
        if (!exists)
            continue;
        showDocument(id, shown);
        shown = true;
    }
    if (!shown)
        return false;
    m_reader->restoreState(session.splitter);
    m_syncAction->setChecked(session.syncScroll);
    if (DocumentView *active = m_reader->pane(session.active))
        m_reader->setActivePane(active);
    return true;
}

bool MainWindow::openStartupWorkspace()
{
    // The last workspace, as it was left; else the default one (with the samples on the first start).
    const QString last = m_settings.lastWorkspace();
    if (!last.isEmpty() && (ServerAddress::isUrl(last) || QFileInfo::exists(last))) {
        if (!openWorkspace(last))
            return false;
        restoreSession();
        return true;
    }
    bool fresh = false;
    auto ws = openDefaultWorkspace(&fresh);
    if (!ws)
        return openWorkspace(defaultWorkspacePath()); // shows the error
    setWorkspace(std::move(*ws));
    if (fresh)
        showSamples();
    else
        restoreSession();
    return true;
}

void MainWindow::openArguments(const QStringList &paths)
{
    // Workspaces open; documents are imported into the open (else the last or default) workspace and
    // shown when the import is done.
    QStringList documents;
    for (const QString &path : paths) {
        if (ServerAddress::isUrl(path)) { // a team workspace (postgresql://...)
            openWorkspace(path);
            continue;
        }
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (absolute.endsWith(QLatin1String(".plens"), Qt::CaseInsensitive))
            openWorkspace(absolute);
        else
            documents << absolute;
    }
    if (!m_workspace && !openStartupWorkspace())
        return;
    if (documents.isEmpty())
        return;
    if (m_importer->isRunning()) {
        m_queued += documents; // imported when the running import is done
        return;
    }
    m_openAfterImport = documents;
    importFiles(documents);
}

void MainWindow::showImportedDocuments(const ImportPipeline::Summary &summary)
{
    // The documents given on the command line (or handed over by a later start), side by side.
    bool first = true;
    for (const ImportPipeline::FileResult &f : summary.files) {
        if (!f.added || !m_openAfterImport.contains(f.path))
            continue;
        showDocument(f.added->documentId, !first && m_reader->paneFor(f.added->documentId) == nullptr);
        first = false;
    }
    if (!first)
        m_hint->hide(); // the hint speaks of the samples, no longer on screen
    m_openAfterImport.clear();
    if (!m_queued.isEmpty())
        openArguments(std::exchange(m_queued, {}));
}

QRect MainWindow::availableGeometry(const QWidget *w)
{
    const QScreen *screen = w->screen() ? w->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

void MainWindow::fitToScreen(QWidget *w)
{
    // Inside the screen's free area, title bar and frame included (a window saved on a larger or less
    // scaled screen, or a dialog larger than the screen, would push its buttons off it).
    const QRect screen = availableGeometry(w);
    const QSize frame = w->frameGeometry().size() - w->geometry().size();
    const QSize most(std::max(200, screen.width() - frame.width()), std::max(150, screen.height() - frame.height()));
    if (w->width() > most.width() || w->height() > most.height())
        w->resize(std::min(w->width(), most.width()), std::min(w->height(), most.height()));
    QRect g = w->frameGeometry();
    if (!screen.contains(g)) {
        g.moveLeft(std::clamp(g.left(), screen.left(), std::max(screen.left(), screen.right() - g.width() + 1)));
        g.moveTop(std::clamp(g.top(), screen.top(), std::max(screen.top(), screen.bottom() - g.height() + 1)));
        w->move(g.topLeft());
    }
}

} // namespace plens::ui
