// The officer's day through the real main window (offscreen): import three documents of different
// formats, open two side by side, link a target to a reported figure and see it in the other pane,
// highlight a passage with a note and a tag, change a status, undo and redo, search, and reopen the
// workspace to find it all there. With PLENS_SCREENSHOT_DIR set, it saves screenshots of the views.
#include "../import/fixtures.h"
#include "store/workspace.h"
#include "ui/annotationpanel.h"
#include "ui/appsettings.h"
#include "ui/commitmentsmodel.h"
#include "ui/commitmentspanel.h"
#include "ui/dialogs.h"
#include "ui/documentview.h"
#include "ui/importrunner.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"
#include "ui/readerarea.h"
#include "ui/tagtree.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace plens;
using namespace plens::ui;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray docx(const QStringList &paragraphs)
{
    QByteArray body;
    for (const QString &p : paragraphs)
        body += "<w:p><w:r><w:t>" + p.toUtf8() + "</w:t></w:r></w:p>";
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + body + "</w:body></w:document>";
    const QByteArray types
        = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          "wordprocessingml.document.main+xml\"/></Types>";
    return fixtures::zipArchive({{"[Content_Types].xml", types}, {"word/document.xml", xml}});
}

qint64 documentId(Workspace &ws, const QString &fileName)
{
    for (const DocumentSummary &d : ws.documents()) {
        if (d.fileName == fileName)
            return d.id;
    }
    return 0;
}

const Commitment *find(const QList<Commitment> &cs, qint64 doc, double value)
{
    for (const Commitment &c : cs) {
        if (c.documentId == doc && c.figure.value == value)
            return &c;
    }
    return nullptr;
}

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(300); // let pages render
    w.grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workflow"));
        QSettings().clear();
        Dialogs::setTestMode(true);
    }

    void officersDay()
    {
        QTemporaryDir dir;
        const QString wsPath = dir.filePath(QStringLiteral("督办 工作区/2022.plens"));
        const QString plan = dir.filePath(QStringLiteral("示例市 行动计划.txt"));
        const QString brief = dir.filePath(QStringLiteral("工作简报.html"));
        const QString reply = dir.filePath(QStringLiteral("答复.docx"));
        write(plan,
              QStringLiteral("示例市数字经济发展行动计划\n示例市人民政府\n2021年12月31日\n"
                             "一、发展目标\n到2025年，全市建成5G基站超2万个，培育省级智能工厂30家，数字经济核心产业增加"
                             "值占GDP比重达到12%。\n"
                             "二、重点任务\n加快建设新型基础设施，推动制造业数字化转型。（市工信局牵头负责）\n")
                  .toUtf8());
        write(brief,
              QStringLiteral("<html><head><title>数字经济工作简报</title><script>var x=1;</script></head><body>"
                             "<nav>首页 | 政策文件 | 热门政策</nav><h1>数字经济工作简报</h1><p>2022年9月8日</p>"
                             "<p>截至2022年6月底，全市已建成5G基站1.2万个，建成省级智能工厂18家。</p>"
                             "<footer>扫一扫在手机打开当前页</footer></body></html>")
                  .toUtf8());
        write(reply,
              docx({QStringLiteral("关于数字经济建设建议的答复"), QStringLiteral("2022年6月16日"),
                    QStringLiteral("2021年，全市完成软件业务收入约670亿元，同比增长12.5%。")}));

        AppSettings settings;
        settings.setAuthorName(QStringLiteral("王科长"));
        auto w = std::make_unique<MainWindow>(settings);
        w->resize(1500, 950);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->openWorkspace(wsPath));

        // Import three formats off the GUI thread.
        QSignalSpy done(w.get(), &MainWindow::importApplied); // stored, and every view shows it
        w->importFiles({plan, brief, reply});
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(Dialogs::shownMessages().join(u'\n')));
        Workspace &ws = *w->workspace();
        QCOMPARE(ws.documents().size(), 3);
        const qint64 planId = documentId(ws, QStringLiteral("示例市 行动计划.txt"));
        const qint64 briefId = documentId(ws, QStringLiteral("工作简报.html"));
        QVERIFY(planId && briefId);
        const QList<Commitment> all = ws.commitments();
        const Commitment *target = find(all, planId, 20000);
        const Commitment *reported = find(all, briefId, 12000);
        QVERIFY2(target && reported, "the extractor found the 5G figures");
        QCOMPARE(target->figure.kind, Figure::Kind::Target);
        QCOMPARE(reported->figure.kind, Figure::Kind::Reported);
        const qint64 targetId = target->id;
        const qint64 reportedId = reported->id;
        const Anchor reportedAnchor = reported->anchor;

        // Two documents side by side.
        w->showDocument(planId);
        w->showDocument(briefId, true);
        ReaderArea *reader = w->reader();
        QCOMPARE(reader->paneCount(), 2);
        DocumentView *planPane = reader->paneFor(planId);
        DocumentView *briefPane = reader->paneFor(briefId);
        QVERIFY(planPane && briefPane && planPane != briefPane);
        QVERIFY(!planPane->highlights().isEmpty()); // figures are highlighted
        screenshot(*w, QStringLiteral("side-by-side.png"));

        // Link: select the target, then make the reported figure current and link it.
        w->selectCommitment(targetId);
        auto *commitments = w->findChild<CommitmentsPanel *>(QStringLiteral("commitmentsPanel"));
        commitments->selectCommitment(reportedId);
        // The import suggested the link; linking by hand accepts it.
        const auto linkOf = [&ws, targetId, reportedId]() -> std::optional<Link> {
            for (const Link &l : ws.links()) {
                if (l.toId == targetId && l.fromId == reportedId)
                    return l;
            }
            return std::nullopt;
        };
        QVERIFY(linkOf());
        QCOMPARE(linkOf()->state, Link::State::Suggested);
        w->findChild<QAction *>(QStringLiteral("actionLink"))->trigger();
        QCOMPARE(linkOf()->state, Link::State::Accepted);

        // Selecting the target shows its linked figure in the other pane, with a connector.
        briefPane->selectRange(0, 0);
        w->selectCommitment(targetId);
        QCOMPARE(briefPane->selectionStart(), reportedAnchor.start);
        QCOMPARE(briefPane->selectionEnd(), reportedAnchor.end);
        QCOMPARE(reader->connectors().size(), 1);
        QTRY_COMPARE(reader->connectorLines().size(), 1);
        screenshot(*w, QStringLiteral("linked-target.png"));

        // A highlight with a note and a new tag.
        auto *annotations = w->findChild<AnnotationPanel *>(QStringLiteral("annotationPanel"));
        Dialogs::setNextAnswer(QStringLiteral("需督办"));
        annotations->tagTree()->createTag(0);
        QCOMPARE(ws.tags().size(), 1);
        const qint64 tagId = ws.tags().first().id;
        annotations->tagTree()->itemFor(tagId)->setCheckState(0, Qt::Checked);
        const QString passage = QStringLiteral("培育省级智能工厂30家");
        const qsizetype at = planPane->text().indexOf(passage);
        QVERIFY(at > 0);
        reader->setActivePane(planPane);
        planPane->selectRange(at, at + passage.size());
        annotations->findChild<QPlainTextEdit *>(QStringLiteral("annotationNoteEdit"))
            ->setPlainText(QStringLiteral("每季度调度"));
        auto *highlight = annotations->findChild<QPushButton *>(QStringLiteral("highlightButton"));
        QVERIFY(highlight->isEnabled());
        highlight->click();
        QCOMPARE(ws.annotations().size(), 1);
        const Annotation note = ws.annotations().first();
        QCOMPARE(note.note, QStringLiteral("每季度调度"));
        QCOMPARE(note.anchor.quote, passage);
        QCOMPARE(note.tagIds, QList<qint64> {tagId});
        QCOMPARE(note.author, QStringLiteral("王科长"));

        // Status of the target, through the table: undo and redo.
        CommitmentsModel *model = commitments->model();
        QVERIFY(model->setData(model->index(model->rowOf(targetId), CommitmentsModel::Status),
                               int(TargetStatus::AtRisk), Qt::EditRole));
        QCOMPARE(ws.commitment(targetId)->status, TargetStatus::AtRisk);
        QCOMPARE(ws.commitment(targetId)->statusAuthor, QStringLiteral("王科长"));
        QAction *undo = w->findChild<QAction *>(QStringLiteral("actionUndo"));
        QAction *redo = w->findChild<QAction *>(QStringLiteral("actionRedo"));
        undo->trigger();
        QCOMPARE(ws.commitment(targetId)->status, TargetStatus::None);
        undo->trigger(); // the highlight
        QVERIFY(ws.annotations().isEmpty());
        redo->trigger();
        redo->trigger();
        QCOMPARE(ws.annotations().size(), 1);
        QCOMPARE(ws.commitment(targetId)->status, TargetStatus::AtRisk);
        screenshot(*w, QStringLiteral("annotations.png"));

        // Search: three characters (FTS) and two (fallback), with snippets.
        auto *library = w->findChild<LibraryPanel *>();
        library->searchEdit()->setText(QStringLiteral("5G基站"));
        emit library->searchEdit()->returnPressed();
        QCOMPARE(library->searchResultCount(), 2);
        library->searchEdit()->setText(QStringLiteral("调度"));
        emit library->searchEdit()->returnPressed();
        QCOMPARE(library->searchResultCount(), 1); // the note

        // Reopen: everything is still there.
        w.reset();
        auto again = std::make_unique<MainWindow>(settings);
        QVERIFY(again->openWorkspace(wsPath));
        Workspace &ws2 = *again->workspace();
        QCOMPARE(ws2.documents().size(), 3);
        QCOMPARE(ws2.annotations().size(), 1);
        QCOMPARE(ws2.annotations().first().note, QStringLiteral("每季度调度"));
        QCOMPARE(ws2.tags().size(), 1);
        QCOMPARE(ws2.commitment(targetId)->status, TargetStatus::AtRisk);
        const QList<Link> links2 = ws2.links();
        QVERIFY(std::any_of(links2.cbegin(), links2.cend(), [&](const Link &l) {
            return l.toId == targetId && l.fromId == reportedId && l.state == Link::State::Accepted;
        }));
        QCOMPARE(ws2.check(), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
