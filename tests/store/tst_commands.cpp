// Every edit kind as an undoable command: push (stored at once), undo, redo, each checked against a
// freshly reopened workspace so nothing lives only in memory.
#include "pgcluster.h"
#include "store/commands.h"
#include "store/workspace.h"
#include "storefixtures.h"

#include <QStandardPaths>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace plens;
using namespace plens::test;
namespace cmd = plens::commands;

class TestCommands : public QObject
{
    Q_OBJECT
public:
    explicit TestCommands(PgCluster *server = nullptr) : m_server(server) { }

private:
    PgCluster *m_server = nullptr;
    QString location() const
    {
        return m_server ? m_server->url(QStringLiteral("undo"), QStringLiteral("王科长"), QStringLiteral("pw-wang"))
                        : dir.filePath(QStringLiteral("undo.plens"));
    }
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QUndoStack stack;
    qint64 doc = 0;
    QString text;

    // Closes and reopens the workspace file: what the checks see is what is on disk.
    void reopen()
    {
        stack.clear();
        ws.reset();
        auto r = Workspace::open(location());
        QVERIFY(r.ok());
        ws = std::move(r).value();
    }

private slots:
    void initTestCase()
    {
        if (!m_server)
            return;
        if (!m_server->ok())
            QSKIP(qPrintable(QStringLiteral("team workspace: ") + m_server->reason()));
        QVERIFY2(m_server->addUser(QStringLiteral("王科长"), WorkspaceRole::Owner, QStringLiteral("pw-wang")),
                 qPrintable(m_server->reason()));
    }
    void init()
    {
        if (m_server)
            QVERIFY(!m_server->createDatabase(QStringLiteral("undo")).isEmpty());
        else
            QFile::remove(dir.filePath(QStringLiteral("undo.plens")));
        auto r = Workspace::open(location());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        ws = std::move(r).value();
        ws->setAuthor(QStringLiteral("王科长"));
        text = planText(3);
        const auto added = ws->addDocument(
            makeDocument(QStringLiteral("a.txt"), text),
            {makeFigure(text, QStringLiteral("建成10个示范项目"), Figure::Kind::Target, 10, QStringLiteral("示范项目")),
             makeFigure(text, QStringLiteral("建成11个示范项目"), Figure::Kind::Reported, 11,
                        QStringLiteral("示范项目"))});
        QVERIFY(added.ok());
        doc = added->documentId;
    }
    void cleanup()
    {
        stack.clear();
        ws.reset();
    }

    void annotate()
    {
        auto *add = new cmd::AddAnnotation(
            *ws, makeAnnotation(doc, text, QStringLiteral("带动投资5亿元"), QStringLiteral("跟踪")));
        stack.push(add);
        const qint64 id = add->annotationId();
        QVERIFY(id > 0);
        QCOMPARE(ws->annotations(doc).size(), 1);
        stack.undo();
        QVERIFY(ws->annotations(doc).isEmpty());
        stack.redo();
        QCOMPARE(ws->annotations(doc).size(), 1);
        QCOMPARE(ws->annotations(doc).first().id, id); // the same id comes back

        // Edit the note and tags, then delete; undo each.
        Tag t;
        t.name = QStringLiteral("需督办");
        const qint64 tag = *ws->addTag(t);
        Annotation before = *ws->annotation(id);
        Annotation after = before;
        after.note = QStringLiteral("每季度跟踪");
        after.tagIds = {tag};
        stack.push(new cmd::UpdateAnnotation(*ws, before, after, QStringLiteral("note")));
        QCOMPARE(ws->annotation(id)->note, QStringLiteral("每季度跟踪"));
        QCOMPARE(ws->annotation(id)->tagIds, QList<qint64> {tag});
        stack.push(new cmd::RemoveAnnotation(*ws, *ws->annotation(id)));
        QVERIFY(!ws->annotation(id).ok());
        stack.undo();
        QCOMPARE(ws->annotation(id)->note, QStringLiteral("每季度跟踪"));
        QCOMPARE(ws->annotation(id)->tagIds, QList<qint64> {tag});
        stack.undo();
        QCOMPARE(ws->annotation(id)->note, QStringLiteral("跟踪"));
        QVERIFY(ws->annotation(id)->tagIds.isEmpty());
        stack.redo();
        stack.redo();
        reopen();
        QVERIFY(!ws->annotation(id).ok());
    }

    void statusCorrectionConfirmation()
    {
        const Commitment c = ws->commitments(doc).first();
        stack.push(cmd::UpdateCommitment::setStatus(*ws, c, TargetStatus::AtRisk, QStringLiteral("进度滞后")));
        auto now = *ws->commitment(c.id);
        QCOMPARE(now.status, TargetStatus::AtRisk);
        QCOMPARE(now.statusAuthor, QStringLiteral("王科长"));
        QCOMPARE(now.statusNote, QStringLiteral("进度滞后"));
        QVERIFY(now.statusChanged.isValid());

        Figure corrected = now.figure;
        corrected.value = 12;
        corrected.unit = QStringLiteral("家");
        stack.push(cmd::UpdateCommitment::correct(*ws, now, corrected));
        now = *ws->commitment(c.id);
        QCOMPARE(now.figure.value, 12.0);
        QVERIFY(now.userCorrected);
        QCOMPARE(now.extracted.value, 10.0);
        stack.push(cmd::UpdateCommitment::confirm(*ws, now, true));
        QVERIFY(ws->commitment(c.id)->confirmed);

        stack.undo();
        QVERIFY(!ws->commitment(c.id)->confirmed);
        stack.undo();
        QCOMPARE(ws->commitment(c.id)->figure.value, 10.0);
        QVERIFY(!ws->commitment(c.id)->userCorrected);
        stack.undo();
        QCOMPARE(ws->commitment(c.id)->status, TargetStatus::None);
        stack.redo();
        stack.redo();
        reopen();
        QCOMPARE(ws->commitment(c.id)->status, TargetStatus::AtRisk);
        QCOMPARE(ws->commitment(c.id)->figure.value, 12.0);
    }

    void tagsOnFiguresAndTagTree()
    {
        Tag parent;
        parent.name = QStringLiteral("基础设施");
        auto *addParent = new cmd::AddTag(*ws, parent);
        stack.push(addParent);
        const qint64 p = addParent->tagId();
        Tag child;
        child.name = QStringLiteral("5G");
        child.parentId = p;
        auto *addChild = new cmd::AddTag(*ws, child);
        stack.push(addChild);
        const qint64 ch = addChild->tagId();
        QCOMPARE(ws->tags().size(), 2);

        const Commitment c = ws->commitments(doc).first();
        stack.push(new cmd::SetCommitmentTags(*ws, c.id, {}, {ch}));
        QCOMPARE(ws->commitmentTags().value(c.id), QList<qint64> {ch});

        Tag renamed = ws->tags().at(0).id == ch ? ws->tags().at(0) : ws->tags().at(1);
        const Tag before = renamed;
        renamed.name = QStringLiteral("5G网络");
        renamed.color = QColor(Qt::red);
        stack.push(new cmd::UpdateTag(*ws, before, renamed, QStringLiteral("rename")));
        const auto afterRename = ws->tags();
        QVERIFY(std::any_of(afterRename.cbegin(), afterRename.cend(),
                            [](const Tag &t) { return t.name == QStringLiteral("5G网络"); }));

        // Deleting the parent lifts the child; undo restores the tree.
        stack.push(new cmd::ChangeTagTree(*ws, cmd::ChangeTagTree::Kind::Remove, p));
        QCOMPARE(ws->tags().size(), 1);
        QCOMPARE(ws->tags().first().parentId, 0);
        stack.undo();
        QCOMPARE(ws->tags().size(), 2);
        const auto tags = ws->tags();
        const auto childNow = std::find_if(tags.cbegin(), tags.cend(), [ch](const Tag &t) { return t.id == ch; });
        QCOMPARE(childNow->parentId, p);

        // Merging the child into the parent moves the figure's tag; undo brings both back.
        stack.push(new cmd::ChangeTagTree(*ws, cmd::ChangeTagTree::Kind::Merge, ch, p));
        QCOMPARE(ws->commitmentTags().value(c.id), QList<qint64> {p});
        stack.undo();
        QCOMPARE(ws->commitmentTags().value(c.id), QList<qint64> {ch});
        QCOMPARE(ws->tags().size(), 2);
        stack.undo(); // rename
        stack.undo(); // figure tags
        QVERIFY(ws->commitmentTags().value(c.id).isEmpty());
        stack.undo();
        stack.undo();
        QVERIFY(ws->tags().isEmpty());
    }

    void linksAndFigures()
    {
        const auto cs = ws->commitments(doc);
        Link l;
        l.fromId = cs.at(1).id;
        l.toId = cs.at(0).id;
        l.score = 1;
        l.state = Link::State::Accepted;
        auto *add = new cmd::AddLink(*ws, l);
        stack.push(add);
        QCOMPARE(ws->links().size(), 1);
        stack.push(cmd::UpdateLink::setState(*ws, ws->links().first(), Link::State::Rejected));
        QCOMPARE(ws->links().first().state, Link::State::Rejected);
        stack.undo();
        QCOMPARE(ws->links().first().state, Link::State::Accepted);

        // Deleting a figure takes its links; undo puts both back.
        stack.push(new cmd::RemoveCommitment(*ws, cs.at(1)));
        QCOMPARE(ws->commitments(doc).size(), 1);
        QVERIFY(ws->links().isEmpty());
        stack.undo();
        QCOMPARE(ws->commitments(doc).size(), 2);
        QCOMPARE(ws->links().size(), 1);
        stack.undo();
        QVERIFY(ws->links().isEmpty());
    }

    void documentMetaAndRemoval()
    {
        const DocumentMeta before = *ws->documentMeta(doc);
        DocumentMeta after = before;
        after.issuer = QStringLiteral("示例市人民政府");
        stack.push(new cmd::SetDocumentMeta(*ws, doc, before, after));
        QCOMPARE(ws->documentMeta(doc)->issuer, QStringLiteral("示例市人民政府"));
        stack.push(new cmd::AddAnnotation(
            *ws, makeAnnotation(doc, text, QStringLiteral("带动投资6亿元"), QStringLiteral("批注"))));
        stack.push(new cmd::RemoveDocument(*ws, doc));
        QVERIFY(ws->documents().isEmpty());
        QVERIFY(ws->annotations().isEmpty());
        stack.undo();
        QCOMPARE(ws->documents().size(), 1);
        QCOMPARE(ws->commitments(doc).size(), 2);
        QCOMPARE(ws->annotations(doc).size(), 1);
        QCOMPARE(ws->document(doc)->displayText, text);
        QCOMPARE(ws->search(QStringLiteral("示范项目"))->size(), 1);
        stack.undo();
        stack.undo();
        QCOMPARE(ws->documentMeta(doc)->issuer, before.issuer);
        QCOMPARE(ws->check(), QStringLiteral("ok"));
    }

    void failuresAreReported()
    {
        QSignalSpy failed(ws.get(), &Workspace::editFailed);
        Commitment ghost;
        ghost.id = 999;
        stack.push(cmd::UpdateCommitment::setStatus(*ws, ghost, TargetStatus::Done, {}));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("999")));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestCommands file;
    int failures = QTest::qExec(&file, argc, argv);
    PgCluster server;
    TestCommands team(&server);
    failures += QTest::qExec(&team, argc, argv);
    return failures;
}
#include "tst_commands.moc"
