// What the window lets the user change follows what the workspace allows (issues 17 and 19): a
// workspace file that cannot be written, and a team workspace where the user's role is reader or
// editor, grey out the edits they would be refused — menus, panels' buttons, the table's editing and
// the context menus built on the fly — with the reason in the tooltip; reading, searching, charts and
// exports stay. A writable workspace opened afterwards enables everything again; a team workspace
// whose server is gone keeps only the edits that wait in the outbox.
#include "store/pgcluster.h"
#include "store/storefixtures.h"
#include "store/workspace.h"
#include "ui/annotationpanel.h"
#include "ui/appsettings.h"
#include "ui/commitmentsmodel.h"
#include "ui/commitmentspanel.h"
#include "ui/dialogs.h"
#include "ui/documentview.h"
#include "ui/editrights.h"
#include "ui/figuremenu.h"
#include "ui/mainwindow.h"
#include "ui/readerarea.h"
#include "ui/tagtree.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace plens;
using namespace plens::test;
using namespace plens::ui;

namespace {

// What the checks below need: a plan with a target and a reported figure on it (a suggested link), a
// tag, an indicator and an annotation.
struct Content
{
    qint64 document = 0;
    qint64 target = 0;
    qint64 reported = 0;
    qint64 tag = 0;
    qint64 annotation = 0;
    QString text;
};

Content populate(Workspace &ws)
{
    Content c;
    c.text = planText(3);
    const auto added = ws.addDocument(
        makeDocument(QStringLiteral("plan.txt"), c.text),
        {makeFigure(c.text, QStringLiteral("建成10个示范项目"), Figure::Kind::Target, 10, QStringLiteral("示范项目")),
         makeFigure(c.text, QStringLiteral("建成11个示范项目"), Figure::Kind::Reported, 11,
                    QStringLiteral("示范项目"))});
    if (!added)
        return c;
    c.document = added->documentId;
    for (const Commitment &f : ws.commitments(c.document))
        (f.figure.kind == Figure::Kind::Target ? c.target : c.reported) = f.id;
    Link l;
    l.kind = Link::Kind::Reports;
    l.fromId = c.reported;
    l.toId = c.target;
    l.score = 0.8;
    l.state = Link::State::Suggested;
    if (!ws.addLink(l))
        return c;
    if (const auto tag = ws.addTag(Tag {0, 0, QStringLiteral("督办"), QColor()}))
        c.tag = *tag;
    Indicator i;
    i.name = QStringLiteral("示范项目");
    i.unit = QStringLiteral("个");
    if (!ws.addIndicator(i))
        return c;
    if (const auto a
        = ws.addAnnotation(makeAnnotation(c.document, c.text, QStringLiteral("带动投资"), QStringLiteral("核实"))))
        c.annotation = *a;
    return c;
}

struct Expected
{
    bool annotate = false; // highlight, link, correct, status, tag figures, accept links
    bool manage = false; // import, delete extracted figures, tags, indicators
    bool changeAnnotation = false; // the annotation that populate() wrote
    QString reason; // in the tooltip of what is greyed out
};

QAction *action(const QObject &parent, const char *name)
{
    auto *a = parent.findChild<QAction *>(QLatin1String(name));
    if (!a)
        qWarning("no action %s", name);
    return a;
}

template<typename T> bool greyedAs(const T *item, bool enabled, const QString &reason)
{
    if (!item || item->isEnabled() != enabled)
        return false;
    // Disabled for a reason: it is named; enabled: no reason is shown.
    const bool named = !reason.isEmpty() && item->toolTip().contains(reason) && item->statusTip().contains(reason);
    return enabled ? !item->toolTip().contains(QStringLiteral("Not available")) : named;
}

} // namespace

class TestEditRights : public QObject
{
    Q_OBJECT
private:
    // Every place of the window that offers an edit, against `e`; every reading action enabled.
    static void check(MainWindow &w, const Content &c, const Expected &e)
    {
        QVERIFY(w.workspace());
        // Menus.
        for (const char *name : {"actionImport", "groupIndicatorsAction", "renameIndicatorAction",
                                 "mergeIndicatorAction", "splitIndicatorAction"})
            QVERIFY2(greyedAs(action(w, name), e.manage, e.reason),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), action(w, name)->toolTip())));
        QVERIFY2(greyedAs(action(w, "actionLink"), e.annotate, e.reason),
                 qPrintable(action(w, "actionLink")->toolTip()));
        QVERIFY(!action(w, "actionUndo")->isEnabled()); // nothing done yet
        QVERIFY(!action(w, "actionRedo")->isEnabled());
        if (!e.annotate)
            QVERIFY(action(w, "actionUndo")->toolTip().contains(e.reason));

        // Reading, searching, charts, exports and opening other workspaces stay.
        w.showDocument(c.document);
        for (const char *name : {"actionNewWorkspace", "actionOpenWorkspace", "actionOpenTeamWorkspace", "actionFind",
                                 "actionSettings", "actionNextFigure", "actionOpenBeside", "exportPdfAction",
                                 "exportPackAction", "exportTablesAction", "printPackAction", "showChartAction",
                                 "showDashboardAction", "chartIndicatorAction", "actionRecoverWorkspace", "actionQuit"})
            QVERIFY2(action(w, name) && action(w, name)->isEnabled(), name);

        // The table: figures, statuses and confirmations edited in place, or only read.
        CommitmentsModel *model = w.findChild<CommitmentsPanel *>()->model();
        const int row = model->rowOf(c.target);
        QVERIFY(row >= 0);
        QCOMPARE(bool(model->flags(model->index(row, CommitmentsModel::Value)) & Qt::ItemIsEditable), e.annotate);
        QCOMPARE(bool(model->flags(model->index(row, CommitmentsModel::Status)) & Qt::ItemIsEditable), e.annotate);
        QCOMPARE(bool(model->flags(model->index(row, CommitmentsModel::Confirmed)) & Qt::ItemIsUserCheckable),
                 e.annotate);
        if (!e.annotate) // refused before it reaches the store
            QVERIFY(!model->setData(model->index(row, CommitmentsModel::Value), QStringLiteral("12"), Qt::EditRole));

        // The figure's context menu, made when it opens.
        FigureMenu *menu = w.showFigureMenu(c.target, w.mapToGlobal(QPoint(50, 50)));
        QVERIFY(menu);
        QVERIFY(greyedAs(menu->findChild<QAction *>(QStringLiteral("figureLinkAction")), e.annotate, e.reason));
        QVERIFY(greyedAs(menu->findChild<QAction *>(QStringLiteral("figureStatus_%1").arg(int(TargetStatus::Done))),
                         e.annotate, e.reason));
        QVERIFY(greyedAs(menu->findChild<QAction *>(QStringLiteral("figureTag_%1").arg(c.tag)), e.annotate, e.reason));
        QVERIFY(greyedAs(menu->findChild<QAction *>(QStringLiteral("figureNewTagAction")), e.manage, e.reason));
        QAction *remove = menu->findChild<QAction *>(QStringLiteral("figureDeleteAction"));
        QVERIFY(remove);
        QCOMPARE(remove->isEnabled(), e.manage); // a figure the extractor found
        QVERIFY(remove->toolTip().contains(QStringLiteral("Not available")) != e.manage);
        menu->close();

        // The tag tree's context menu.
        auto *annotations = w.findChild<AnnotationPanel *>(QStringLiteral("annotationPanel"));
        std::unique_ptr<QMenu> tagMenu(annotations->tagTree()->createContextMenu(c.tag));
        for (const char *name :
             {"tagNewAction", "tagRenameAction", "tagColourAction", "tagMergeAction", "tagDeleteAction"}) {
            auto *a = tagMenu->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(a && a->isEnabled() == e.manage, name);
            QVERIFY2(e.manage || a->toolTip().contains(QStringLiteral("Not available")), name);
        }
        QCOMPARE(annotations->tagTree()->dragDropMode() == QAbstractItemView::InternalMove, e.manage);

        // The annotation panel: a passage selected can be highlighted; the annotation's note and tags.
        DocumentView *pane = w.reader()->activePane();
        QVERIFY(pane && pane->documentId() == c.document);
        pane->selectRange(0, 4);
        QVERIFY(
            greyedAs(annotations->findChild<QPushButton *>(QStringLiteral("highlightButton")), e.annotate, e.reason));
        annotations->selectAnnotation(c.annotation);
        QCOMPARE(annotations->currentAnnotation(), c.annotation);
        QCOMPARE(annotations->findChild<QPushButton *>(QStringLiteral("saveNoteButton"))->isEnabled(),
                 e.changeAnnotation);
        QCOMPARE(annotations->findChild<QPushButton *>(QStringLiteral("deleteAnnotationButton"))->isEnabled(),
                 e.changeAnnotation);
        QCOMPARE(annotations->findChild<QPlainTextEdit *>(QStringLiteral("annotationNoteEdit"))->isReadOnly(),
                 !e.changeAnnotation);
        QTreeWidgetItem *tagItem = annotations->tagTree()->itemFor(c.tag);
        QVERIFY(tagItem);
        QCOMPARE(bool(tagItem->flags() & Qt::ItemIsUserCheckable), e.changeAnnotation);

        // The links panel: accepting the suggested link.
        auto *links = w.findChild<QTreeWidget *>(QStringLiteral("linksTree"));
        QVERIFY(links && links->topLevelItemCount() == 1 && links->topLevelItem(0)->childCount() == 1);
        links->setCurrentItem(links->topLevelItem(0)->child(0));
        QVERIFY(greyedAs(w.findChild<QPushButton *>(QStringLiteral("acceptLinkButton")), e.annotate, e.reason));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox"))
            .removeRecursively();
    }

    void rulesOfTheRole()
    {
        // No workspace: nothing to change, and the reason says what to do.
        const EditRights none = EditRights::of(nullptr);
        QVERIFY(!none.annotate && !none.manage && !none.removeFigure(true) && !none.changeAnnotation({}));
        QVERIFY(!none.annotateReason.isEmpty());
        // A file: everything.
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("a.plens")));
        QVERIFY(ws.ok());
        const EditRights file = EditRights::of(ws->get());
        QVERIFY(file.annotate && file.manage && file.removeFigure(false) && file.changeAnnotation(QStringLiteral("x")));
        QVERIFY(file.annotateReason.isEmpty() && file.manageReason.isEmpty());
    }

    void readOnlyFileThenWritable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("只读.plens"));
        Content c;
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            c = populate(**ws);
            QVERIFY(c.document && c.target && c.reported && c.tag && c.annotation);
        }
        // Read-only for everyone (root can still write the file: the store reads the permission bits).
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

        AppSettings settings;
        MainWindow w(settings);
        w.show();
        // No workspace yet: nothing to change either.
        QVERIFY(!action(w, "actionImport")->isEnabled());
        QVERIFY(!action(w, "actionLink")->isEnabled());

        QVERIFY(w.openWorkspace(path));
        QVERIFY(w.workspace()->isReadOnly());
        check(w, c, {false, false, false, QStringLiteral("read-only")});
        if (QTest::currentTestFailed())
            return;
        // Triggering the greyed-out link action changes nothing.
        w.selectCommitment(c.reported);
        w.selectCommitment(c.target);
        action(w, "actionLink")->trigger();
        QCOMPARE(w.workspace()->links().first().state, Link::State::Suggested);

        // The same file writable again: everything is enabled, and an edit can be undone.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        QVERIFY(w.openWorkspace(path));
        QVERIFY(!w.workspace()->isReadOnly());
        check(w, c, {true, true, true, QString()});
        if (QTest::currentTestFailed())
            return;
        auto *annotations = w.findChild<AnnotationPanel *>(QStringLiteral("annotationPanel"));
        w.reader()->activePane()->selectRange(0, 4);
        annotations->findChild<QPushButton *>(QStringLiteral("highlightButton"))->click();
        QCOMPARE(w.workspace()->annotations().size(), 2);
        QVERIFY(action(w, "actionUndo")->isEnabled());
        QVERIFY(!action(w, "actionUndo")->toolTip().contains(QStringLiteral("Not available")));

        // Read-only once more: Undo, with the edit still on the stack until the workspace changes, is
        // greyed out with the rest.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(w.openWorkspace(path));
        QVERIFY(w.workspace()->isReadOnly());
        QVERIFY(!action(w, "actionUndo")->isEnabled());
        QVERIFY(!action(w, "actionImport")->isEnabled());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }

    void teamWorkspaceRoles()
    {
        PgCluster server;
        if (!server.ok())
            QSKIP(qPrintable(server.reason()));
        QVERIFY(server.addUser(QStringLiteral("zhang"), WorkspaceRole::Owner, QStringLiteral("pw-zhang")));
        QVERIFY(server.addUser(QStringLiteral("wang"), WorkspaceRole::Editor, QStringLiteral("pw-wang")));
        QVERIFY(server.addUser(QStringLiteral("zhao"), WorkspaceRole::Reader, QStringLiteral("pw-zhao")));
        const QString db = server.createDatabase(QStringLiteral("rights"));
        QVERIFY(!db.isEmpty());
        const auto url = [&](const QString &user) {
            return server.url(db, user, QStringLiteral("pw-") + user);
        };
        Content c;
        {
            auto owner = Workspace::open(url(QStringLiteral("zhang")));
            if (!owner)
                QFAIL(qPrintable(owner.error().toString()));
            c = populate(**owner);
            QVERIFY(c.document && c.target && c.reported && c.tag && c.annotation);
        }

        AppSettings settings;
        MainWindow w(settings);
        w.show();
        QVERIFY(w.openWorkspace(url(QStringLiteral("zhao"))));
        QCOMPARE(w.workspace()->role(), WorkspaceRole::Reader);
        check(w, c, {false, false, false, QStringLiteral("reader")});
        if (QTest::currentTestFailed())
            return;

        // An editor annotates, links and corrects, but neither imports nor manages tags and indicators,
        // and changes only their own annotations.
        QVERIFY(w.openWorkspace(url(QStringLiteral("wang"))));
        QCOMPARE(w.workspace()->role(), WorkspaceRole::Editor);
        check(w, c, {true, false, false, QStringLiteral("owners")});
        if (QTest::currentTestFailed())
            return;

        QVERIFY(w.openWorkspace(url(QStringLiteral("zhang"))));
        QCOMPARE(w.workspace()->role(), WorkspaceRole::Owner);
        check(w, c, {true, true, true, QString()});
        if (QTest::currentTestFailed())
            return;

        // The server gone: edits that wait in the outbox stay, imports and managing wait for it.
        QVERIFY(server.crash());
        const auto lost = w.workspace()->addAnnotation(
            makeAnnotation(c.document, c.text, QStringLiteral("示范项目"), QStringLiteral("断线时写的")));
        QVERIFY(!lost.ok());
        QVERIFY(!w.workspace()->isOnline());
        const QString unreachable = QStringLiteral("cannot be reached");
        QVERIFY(greyedAs(action(w, "actionImport"), false, unreachable));
        QVERIFY(greyedAs(action(w, "groupIndicatorsAction"), false, unreachable));
        QVERIFY(greyedAs(action(w, "actionLink"), true, QString()));
        // Back: everything again.
        QVERIFY2(server.restart(), qPrintable(server.reason()));
        QVERIFY(w.workspace()->reconnect());
        QVERIFY(greyedAs(action(w, "actionImport"), true, QString()));
        QVERIFY(greyedAs(action(w, "groupIndicatorsAction"), true, QString()));
    }
};

QTEST_MAIN(TestEditRights)
#include "tst_editrights.moc"
