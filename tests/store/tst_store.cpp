// The workspace store: documents, figures, annotations, tags, links, search, revisions, migrations and
// bad workspaces, on real SQLite files in temporary folders — and the same suite again on a team
// workspace of a throw-away PostgreSQL server (skipped with the reason when the server programs are
// absent); migrations and locks of files run on files only.
#include "extract/linker.h"
#include "pgcluster.h"
#include "pipeline/importpipeline.h"
#include "store/workspace.h"
#include "storefixtures.h"

#include <QCryptographicHash>

#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace plens;
using namespace plens::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs SQL on a file directly (to make old, foreign or newer files).
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QString::number(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
public:
    explicit TestStore(PgCluster *server = nullptr) : m_server(server) { }

private:
    QTemporaryDir dir;
    PgCluster *m_server = nullptr;
    QSet<QString> m_made;
    QString path(const QString &name) const { return dir.filePath(name); }
    // The workspace called `name`: a file, or a team workspace (one database per name) opened by the
    // owner 王科长 over TLS.
    Result<std::unique_ptr<Workspace>> openWorkspace(const QString &name)
    {
        if (!m_server)
            return Workspace::open(path(name));
        const QString db = QStringLiteral("t_")
            + QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
        if (!m_made.contains(name)) {
            if (m_server->createDatabase(db).isEmpty())
                return Error {name, QStringLiteral("cannot create the database")};
            m_made.insert(name);
        }
        return Workspace::open(m_server->url(db, QStringLiteral("王科长"), QStringLiteral("pw-wang")));
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

    void documentsAndFigures()
    {
        auto ws = openWorkspace(QStringLiteral("文档 测试.plens"));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        const QString text = planText(3);
        Document doc = makeDocument(QStringLiteral("计划.pdf"), text);
        doc.format = SourceFormat::Pdf;
        for (qsizetype i = 0; i < text.size(); ++i)
            doc.charBoxes.append(CharBox {int(i / 40), QRectF(0.1 + (i % 40) * 0.02, 0.2, 0.019, 0.02)});
        doc.pageSizes = {QSizeF(595, 842), QSizeF(595, 842)};
        const QList<Figure> figures {
            makeFigure(text, QStringLiteral("建成10个示范项目"), Figure::Kind::Target, 10, QStringLiteral("示范项目")),
            makeFigure(text, QStringLiteral("带动投资6亿元"), Figure::Kind::Target, 6e8, QStringLiteral("投资"))};
        QSignalSpy changed(ws->get(), &Workspace::documentsChanged);
        auto added = (*ws)->addDocument(doc, figures);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        QCOMPARE(added->outcome, AddResult::Outcome::Added);
        QCOMPARE(changed.size(), 1);

        const auto stored = (*ws)->document(added->documentId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->displayText, text);
        QCOMPARE(stored->charBoxes.size(), text.size());
        QCOMPARE(stored->charBoxes.at(45).page, 1);
        QVERIFY(qAbs(stored->charBoxes.at(45).box.x() - (0.1 + 5 * 0.02)) < 1e-6);
        QCOMPARE(stored->pageSizes, doc.pageSizes);
        QCOMPARE(stored->originalBytes, doc.originalBytes);

        const auto list = (*ws)->documents();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().figureCount, 2);
        const auto cs = (*ws)->commitments(added->documentId);
        QCOMPARE(cs.size(), 2);
        QCOMPARE(cs.first().figure.metric, QStringLiteral("示范项目"));
        QCOMPARE(cs.first().anchor.quote, QStringLiteral("建成10个示范项目"));
        QCOMPARE(cs.first().figure, cs.first().extracted);
        QCOMPARE(cs.at(1).figure.value, 6e8);

        // Correct a figure and set a status: stored with who and when.
        Commitment c = cs.first();
        c.figure.value = 12;
        c.userCorrected = true;
        c.status = TargetStatus::AtRisk;
        c.statusAuthor = QStringLiteral("王科长");
        c.statusChanged = QDateTime(QDate(2022, 7, 1), QTime(9, 30), Qt::UTC);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
        (*ws)->setAuthor(QStringLiteral("王科长")); // a team workspace writes its database role instead
        QVERIFY((*ws)->updateCommitment(c).ok());
        const auto back = (*ws)->commitment(c.id);
        QVERIFY(back.ok());
        QCOMPARE(back->figure.value, 12.0);
        QCOMPARE(back->extracted.value, 10.0);
        QCOMPARE(back->status, TargetStatus::AtRisk);
        QCOMPARE(back->statusAuthor, QStringLiteral("王科长"));
        if (m_server) // the server writes its own time, and who it knows the user as
            QVERIFY(back->statusChanged > before);
        else
            QCOMPARE(back->statusChanged, c.statusChanged);
        QCOMPARE(back->stamp.version, cs.first().stamp.version + 1);
        QCOMPARE(back->stamp.changedBy, QStringLiteral("王科长"));
        // An edit of the version read before is refused now: someone (here: this test) changed it.
        Commitment stale = cs.first();
        stale.figure.value = 99;
        const auto refused = (*ws)->updateCommitment(stale);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Stale);
        QVERIFY2(refused.error().message.contains(QStringLiteral("王科长")), qPrintable(refused.error().message));
        QCOMPARE((*ws)->commitment(c.id)->figure.value, 12.0);

        // The same content in another format (the .txt of this .pdf) is kept as a rendition of it; the
        // same content again in a format already held adds nothing.
        auto again = (*ws)->addDocument(makeDocument(QStringLiteral("计划.txt"), text), figures);
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, AddResult::Outcome::Rendition);
        QCOMPARE(again->documentId, added->documentId);
        QCOMPARE((*ws)->documents().size(), 1);
        QCOMPARE((*ws)->document(added->documentId)->format, SourceFormat::Pdf);
        again = (*ws)->addDocument(makeDocument(QStringLiteral("计划 副本.txt"), text), figures);
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, AddResult::Outcome::Duplicate);
        QCOMPARE((*ws)->documents().size(), 1);
        QCOMPARE((*ws)->renditions(added->documentId).size(), 1);

        // Metadata corrections.
        DocumentMeta meta = stored->meta;
        meta.docNumber = QStringLiteral("苏工信数据〔2021〕632号");
        QVERIFY((*ws)->setDocumentMeta(added->documentId, meta).ok());
        QCOMPARE((*ws)->documentMeta(added->documentId)->docNumber, meta.docNumber);

        // Removing the document removes its figures.
        QVERIFY((*ws)->removeDocument(added->documentId).ok());
        QVERIFY((*ws)->commitments().isEmpty());
        QCOMPARE((*ws)->check(), QStringLiteral("ok"));
    }

    void annotationsTagsAndLinks()
    {
        auto ws = openWorkspace(QStringLiteral("tags.plens"));
        QVERIFY(ws.ok());
        const QString text = planText(4);
        const auto added = (*ws)->addDocument(
            makeDocument(QStringLiteral("a.txt"), text),
            {makeFigure(text, QStringLiteral("建成10个示范项目"), Figure::Kind::Target, 10, QStringLiteral("示范项目")),
             makeFigure(text, QStringLiteral("建成11个示范项目"), Figure::Kind::Reported, 11,
                        QStringLiteral("示范项目"))});
        QVERIFY(added.ok());
        const qint64 doc = added->documentId;

        Tag infra;
        infra.name = QStringLiteral("基础设施");
        infra.color = QColor(Qt::blue);
        const auto infraId = (*ws)->addTag(infra);
        Tag fiveG;
        fiveG.name = QStringLiteral("5G");
        fiveG.parentId = *infraId;
        const auto fiveGId = (*ws)->addTag(fiveG);
        Tag urgent;
        urgent.name = QStringLiteral("需督办");
        const auto urgentId = (*ws)->addTag(urgent);
        QVERIFY(infraId.ok() && fiveGId.ok() && urgentId.ok());
        QVERIFY(!(*ws)->addTag(Tag {}).ok()); // a tag needs a name

        // A tag cannot move inside its own child.
        Tag moved = infra;
        moved.id = *infraId;
        moved.parentId = *fiveGId;
        QVERIFY(!(*ws)->updateTag(moved).ok());

        Annotation a = makeAnnotation(doc, text, QStringLiteral("带动投资5亿元"), QStringLiteral("核对投资口径"));
        a.tagIds = {*fiveGId, *urgentId};
        const auto aid = (*ws)->addAnnotation(a);
        QVERIFY(aid.ok());
        auto stored = (*ws)->annotation(*aid);
        QVERIFY(stored.ok());
        QCOMPARE(stored->note, QStringLiteral("核对投资口径"));
        QCOMPARE(stored->author, QStringLiteral("王科长"));
        QVERIFY(stored->created.isValid());
        QCOMPARE(stored->color, QColor(255, 221, 87));
        QCOMPARE(QSet<qint64>(stored->tagIds.cbegin(), stored->tagIds.cend()), (QSet<qint64> {*fiveGId, *urgentId}));

        // Merging 需督办 into 基础设施 moves its uses; removing 基础设施 lifts 5G to the top.
        QVERIFY((*ws)->mergeTags(*urgentId, *infraId).ok());
        stored = (*ws)->annotation(*aid);
        QCOMPARE(QSet<qint64>(stored->tagIds.cbegin(), stored->tagIds.cend()), (QSet<qint64> {*fiveGId, *infraId}));
        QCOMPARE((*ws)->tags().size(), 2);
        QVERIFY((*ws)->removeTag(*infraId).ok());
        const auto tags = (*ws)->tags();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().parentId, 0);
        QCOMPARE((*ws)->annotation(*aid)->tagIds, QList<qint64> {*fiveGId});

        // Links: one per pair; adding again updates state and score.
        const auto cs = (*ws)->commitments(doc);
        Link l;
        l.fromId = cs.at(1).id;
        l.toId = cs.at(0).id;
        l.score = 0.6;
        const auto lid = (*ws)->addLink(l);
        QVERIFY(lid.ok());
        l.state = Link::State::Rejected;
        l.score = 0.7;
        QCOMPARE(*(*ws)->addLink(l), *lid);
        QCOMPARE((*ws)->links().size(), 1);
        QCOMPARE((*ws)->links().first().state, Link::State::Rejected);
        QVERIFY(
            !(*ws)->addLink(Link {0, Link::Kind::Reports, cs.at(0).id, cs.at(0).id, 1, Link::State::Accepted}).ok());
        // Deleting a figure deletes its links.
        QVERIFY((*ws)->removeCommitment(cs.at(1).id).ok());
        QVERIFY((*ws)->links().isEmpty());

        Indicator ind;
        ind.name = QStringLiteral("5G基站");
        ind.aliases = {QStringLiteral("5G基站数"), QStringLiteral("5G 基站")};
        ind.unit = QStringLiteral("个");
        const auto iid = (*ws)->addIndicator(ind);
        QVERIFY(iid.ok());
        QCOMPARE((*ws)->indicators().first().aliases, ind.aliases);
        Commitment c = cs.at(0);
        c.indicatorId = *iid;
        QVERIFY((*ws)->updateCommitment(c).ok());
        Indicator bare; // no aliases: stored as "", not NULL
        bare.name = QStringLiteral("数据中心标准机架");
        const auto bareId = (*ws)->addIndicator(bare);
        QVERIFY2(bareId.ok(), qPrintable(bareId.ok() ? QString() : bareId.error().toString()));
        bare.id = *bareId;
        bare.unit = QStringLiteral("架");
        QVERIFY((*ws)->updateIndicator(bare).ok());
        QVERIFY((*ws)->removeIndicator(*iid).ok());
        QCOMPARE((*ws)->commitment(c.id)->indicatorId, 0);
        QCOMPARE((*ws)->check(), QStringLiteral("ok"));
    }

    // What grouping and link suggestion after an import read and write (issue 19), on both stores:
    // the indicator state written as a difference (names passing between indicators, one dropped),
    // the figures found by kind and indicator text, the linked pairs, and the pipeline's suggestions
    // leaving nothing for a suggestion over the whole workspace.
    void indicatorStateAndLinkQueries()
    {
        auto ws = openWorkspace(QStringLiteral("指标 关联.plens"));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        Workspace &w = **ws;
        using K = Figure::Kind;
        const auto add = [&](const QString &name, const QString &text,
                             const QList<std::tuple<QString, K, double, QString>> &parts) -> qint64 {
            QList<Figure> figures;
            for (const auto &[evidence, kind, value, metric] : parts) {
                Figure f = makeFigure(text, evidence, kind, value, metric);
                f.unit = QStringLiteral("个");
                f.year = kind == K::Target ? 2027 : 2024;
                figures.append(f);
            }
            auto added = w.addDocument(makeDocument(name, text), figures);
            if (!added) {
                QTest::qFail(qPrintable(added.error().toString()), __FILE__, __LINE__);
                return 0;
            }
            ImportPipeline::Summary summary;
            ImportPipeline::FileResult file;
            file.added = *added;
            summary.files.append(file);
            ImportPipeline(w).groupAndSuggest(summary);
            if (!summary.errors.isEmpty())
                QTest::qFail(qPrintable(summary.errors.first().toString()), __FILE__, __LINE__);
            return added->documentId;
        };
        const QString report = QStringLiteral("去年全市建成公共充电桩1200个，新增养老床位800个。");
        const qint64 first
            = add(QStringLiteral("报告.txt"), report,
                  {{QStringLiteral("建成公共充电桩1200个"), K::Reported, 1200, QStringLiteral("公共充电桩")},
                   {QStringLiteral("新增养老床位800个"), K::Reported, 800, QStringLiteral("养老床位")}});
        QVERIFY(first);
        const QStringList metrics = w.figureMetrics(K::Reported, first);
        QCOMPARE(QSet<QString>(metrics.cbegin(), metrics.cend()),
                 QSet<QString>({QStringLiteral("公共充电桩"), QStringLiteral("养老床位")}));
        QVERIFY(w.figureMetrics(K::Target).isEmpty());
        const QString plan = QStringLiteral("到2027年全市公共充电桩达到3000个，养老床位达到2000个。");
        QVERIFY(add(QStringLiteral("规划.txt"), plan,
                    {{QStringLiteral("公共充电桩达到3000个"), K::Target, 3000, QStringLiteral("公共充电桩")},
                     {QStringLiteral("养老床位达到2000个"), K::Target, 2000, QStringLiteral("养老床位")}}));
        // The plan's targets found the report's figures stored before them.
        QCOMPARE(w.linkedPairs(Link::Kind::Reports).size(), 2);
        QCOMPARE(w.figuresForLinking(K::Target, {QStringLiteral("公共充电桩")}).size(), 1);
        QCOMPARE(w.figuresForLinking(K::Reported, {QStringLiteral("公共充电桩"), QStringLiteral("养老床位")}).size(),
                 2);
        QHash<qint64, QString> regions;
        QVERIFY(newLinkSuggestions(w.commitments(), w.links(), regions).isEmpty());
        QVERIFY(w.ungroupedCommitments().isEmpty());

        IndicatorState state = w.indicatorState();
        QCOMPARE(state.indicators.size(), 2);
        std::swap(state.indicators[0].name, state.indicators[1].name);
        QVERIFY(w.setIndicatorState(state));
        QCOMPARE(w.indicatorState(), state);
        const qint64 dropped = state.indicators[1].id;
        state.indicators.removeLast();
        for (auto it = state.assignment.begin(); it != state.assignment.end();)
            it = it.value() == dropped ? state.assignment.erase(it) : std::next(it);
        QVERIFY(w.setIndicatorState(state));
        QCOMPARE(w.indicatorState(), state);
        QCOMPARE(w.ungroupedCommitments().size(), 2);
        QCOMPARE(w.check(), QStringLiteral("ok"));
    }

    void search()
    {
        auto ws = openWorkspace(QStringLiteral("search.plens"));
        QVERIFY(ws.ok());
        const QString a = QStringLiteral("到2023年，全省建成5G基站超20万个，数据中心标准机架达到60万架。");
        const QString b = QStringLiteral("截至2022年底，南京市已建成工业互联网标杆工厂9家。");
        const auto da = (*ws)->addDocument(makeDocument(QStringLiteral("a.txt"), a));
        const auto db = (*ws)->addDocument(makeDocument(QStringLiteral("b.txt"), b));
        QVERIFY(da.ok() && db.ok());
        QVERIFY((*ws)
                    ->addAnnotation(makeAnnotation(da->documentId, a, QStringLiteral("标准机架"),
                                                   QStringLiteral("口径与工信部一致")))
                    .ok());

        // Three characters and more: FTS5 trigram.
        auto hits = (*ws)->search(QStringLiteral("标准机架"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 2); // the document and the note's quote
        QCOMPARE(hits->first().documentId, da->documentId);
        QCOMPARE(hits->first().offset, a.indexOf(QStringLiteral("标准机架")));
        QVERIFY2(hits->first().snippet.contains(QStringLiteral("[标准机架]")), qPrintable(hits->first().snippet));
        hits = (*ws)->search(QStringLiteral("工信部"));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().where, SearchHit::Where::Note);
        QVERIFY(hits->first().snippet.contains(QStringLiteral("[工信部]")));

        // One and two characters: trigram cannot match them; the fallback does.
        hits = (*ws)->search(QStringLiteral("南京"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().documentId, db->documentId);
        QVERIFY(hits->first().snippet.contains(QStringLiteral("[南京]")));
        hits = (*ws)->search(QStringLiteral("架"));
        QCOMPARE(hits->size(), 2); // document a and the note
        QCOMPARE((*ws)->search(QStringLiteral("上海"))->size(), 0);
        QCOMPARE((*ws)->search(QStringLiteral("  "))->size(), 0);
        // FTS syntax in a query is searched for literally.
        QVERIFY((*ws)->search(QStringLiteral("\"5G OR\" NEAR(")).ok());
        QCOMPARE((*ws)->search(QStringLiteral("5G基站超"))->size(), 1);

        // Search follows edits: a removed document is no longer found.
        QVERIFY((*ws)->removeDocument(db->documentId).ok());
        QCOMPARE((*ws)->search(QStringLiteral("标杆工厂"))->size(), 0);
    }

    void revisedImportKeepsAnnotations()
    {
        auto ws = openWorkspace(QStringLiteral("revise.plens"));
        QVERIFY(ws.ok());
        const QString v1 = planText(6);
        const auto added = (*ws)->addDocument(
            makeDocument(QStringLiteral("计划.docx"), v1),
            {makeFigure(v1, QStringLiteral("建成12个示范项目"), Figure::Kind::Target, 12, QStringLiteral("示范项目")),
             makeFigure(v1, QStringLiteral("建成13个示范项目"), Figure::Kind::Target, 13, QStringLiteral("示范项目"))});
        const qint64 doc = added->documentId;
        const auto moved
            = (*ws)->addAnnotation(makeAnnotation(doc, v1, QStringLiteral("带动投资8亿元"), QStringLiteral("跟踪")));
        const auto edited = (*ws)->addAnnotation(
            makeAnnotation(doc, v1, QStringLiteral("第5项工作建成14个"), QStringLiteral("编辑过")));
        const auto gone = (*ws)->addAnnotation(
            makeAnnotation(doc, v1, QStringLiteral("带动投资10亿元"), QStringLiteral("将被删除")));
        // A figure the user corrected survives the revision.
        Commitment corrected = (*ws)->commitments(doc).first();
        corrected.figure.value = 120;
        corrected.userCorrected = true;
        QVERIFY((*ws)->updateCommitment(corrected).ok());

        // The revision: a new opening paragraph shifts everything, paragraph 5 reworded inside the
        // quote, paragraph 6 deleted.
        QStringList lines = v1.split(u'\n');
        lines.insert(
            1, QStringLiteral("为贯彻落实国家部署，结合本市实际，制定本计划。这是修订版新增的一段较长的说明文字。"));
        lines[6].replace(QStringLiteral("第5项工作建成14个"), QStringLiteral("第5项工作新建成14个"));
        lines.removeAt(7);
        const QString v2 = lines.join(u'\n');
        auto revised = (*ws)->addDocument(
            makeDocument(QStringLiteral("计划.docx"), v2),
            {makeFigure(v2, QStringLiteral("建成12个示范项目"), Figure::Kind::Target, 12, QStringLiteral("示范项目")),
             makeFigure(v2, QStringLiteral("建成11个示范项目"), Figure::Kind::Target, 11, QStringLiteral("示范项目"))});
        QVERIFY2(revised.ok(), qPrintable(revised.ok() ? QString() : revised.error().toString()));
        QCOMPARE(revised->outcome, AddResult::Outcome::Revised);
        QCOMPARE(revised->documentId, doc);
        QCOMPARE(revised->reanchored, 2);
        QCOMPARE(revised->orphaned, 1);
        QCOMPARE((*ws)->document(doc)->displayText, v2);

        const auto a1 = (*ws)->annotation(*moved);
        QVERIFY(!a1->anchor.orphaned);
        QCOMPARE(v2.mid(a1->anchor.start, a1->anchor.end - a1->anchor.start), QStringLiteral("带动投资8亿元"));
        const auto a2 = (*ws)->annotation(*edited);
        QVERIFY(!a2->anchor.orphaned);
        QCOMPARE(v2.mid(a2->anchor.start, a2->anchor.end - a2->anchor.start), QStringLiteral("第5项工作新建成14个"));
        const auto a3 = (*ws)->annotation(*gone);
        QVERIFY(a3.ok()); // kept, never dropped
        QVERIFY(a3->anchor.orphaned);
        QCOMPARE(a3->note, QStringLiteral("将被删除"));

        // The corrected figure is kept and re-anchored; the extractor's others are replaced; no
        // duplicate of the corrected one.
        const auto cs = (*ws)->commitments(doc);
        QCOMPARE(cs.size(), 2);
        const auto kept
            = std::find_if(cs.cbegin(), cs.cend(), [&](const Commitment &c) { return c.id == corrected.id; });
        QVERIFY(kept != cs.cend());
        QCOMPARE(kept->figure.value, 120.0);
        QCOMPARE(v2.mid(kept->anchor.start, kept->anchor.end - kept->anchor.start), QStringLiteral("建成12个示范项目"));
        QCOMPARE((*ws)->check(), QStringLiteral("ok"));
    }

    void migratesFromVersion1()
    {
        if (m_server)
            QSKIP("a file's upgrade (the server's: tst_team)");
        const QString file = path(QStringLiteral("旧版 v1.plens"));
        rawSql(file,
               {QStringLiteral(
                    "CREATE TABLE documents (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, format INTEGER NOT NULL,"
                    " title TEXT NOT NULL DEFAULT '', issuer TEXT NOT NULL DEFAULT '', doc_number TEXT NOT NULL "
                    "DEFAULT '',"
                    " issued TEXT, region TEXT NOT NULL DEFAULT '', doc_type TEXT NOT NULL DEFAULT '',"
                    " display_text TEXT NOT NULL, original_bytes BLOB, content_hash BLOB,"
                    " imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))"),
                QStringLiteral("INSERT INTO documents (file_name, format, title, issued, display_text) VALUES"
                               " ('旧.txt', 0, '旧方案', '2021-12-31', '到2025年，建成数据中心标准机架10万架。')"),
                QStringLiteral("PRAGMA user_version = 1")});
        const QByteArray before = readAll(file);
        {
            auto ws = Workspace::open(file);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            const auto docs = (*ws)->documents();
            QCOMPARE(docs.size(), 1);
            QCOMPARE(docs.first().meta.title, QStringLiteral("旧方案"));
            QCOMPARE(docs.first().meta.date, QDate(2021, 12, 31));
            // The migrated text is searchable and the new tables work.
            QCOMPARE((*ws)->search(QStringLiteral("标准机架"))->size(), 1);
            QVERIFY((*ws)
                        ->addAnnotation(makeAnnotation(docs.first().id,
                                                       QStringLiteral("到2025年，建成数据中心标准机架10万架。"),
                                                       QStringLiteral("标准机架"), QStringLiteral("新批注")))
                        .ok());
            QCOMPARE((*ws)->check(), QStringLiteral("ok"));
        }
        // The backup is the file as it was.
        QCOMPARE(readAll(file + QStringLiteral(".v1.bak")), before);
        // Reopening does not migrate again.
        auto again = Workspace::open(file);
        QVERIFY(again.ok());
        QCOMPARE((*again)->annotations().size(), 1);
    }

    void badWorkspacesAreLeftAsTheyWere()
    {
        if (m_server)
            QSKIP("files only (a server's refusals: tst_team)");
        // A database of another program.
        const QString foreign = path(QStringLiteral("other.sqlite"));
        rawSql(
            foreign,
            {QStringLiteral("CREATE TABLE contacts (name TEXT)"), QStringLiteral("INSERT INTO contacts VALUES ('x')")});
        QByteArray bytes = readAll(foreign);
        auto ws = Workspace::open(foreign);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("another program")));
        QCOMPARE(readAll(foreign), bytes);

        // A newer version.
        const QString newer = path(QStringLiteral("newer.plens"));
        {
            auto made = Workspace::open(newer);
            QVERIFY(made.ok());
        }
        rawSql(newer, {QStringLiteral("PRAGMA user_version = 99")});
        bytes = readAll(newer);
        ws = Workspace::open(newer);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("newer")));
        QCOMPARE(ws.error().file, newer);
        QCOMPARE(readAll(newer), bytes);

        // A read-only file opens for reading only (tst_damage has the rest), and a new file in a
        // read-only folder is refused.
        const QString ro = path(QStringLiteral("只读.plens"));
        {
            auto made = Workspace::open(ro);
            QVERIFY(made.ok());
        }
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ReadUser));
        bytes = readAll(ro);
        ws = Workspace::open(ro);
        QVERIFY(ws.ok());
        QVERIFY((*ws)->isReadOnly());
        QVERIFY2((*ws)->readOnlyReason().contains(QStringLiteral("read-only")), qPrintable((*ws)->readOnlyReason()));
        ws = Error {};
        QCOMPARE(readAll(ro), bytes);
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner));

        QDir(dir.path()).mkdir(QStringLiteral("locked folder"));
        const QString inRo = path(QStringLiteral("locked folder/ws.plens"));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("locked folder")), QFile::ReadOwner | QFile::ExeOwner));
        ws = Workspace::open(inRo);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("read-only")));
        QVERIFY(!QFile::exists(inRo));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("locked folder")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        // Held by another PolicyLens: the second open is refused and the first keeps working.
        const QString shared = path(QStringLiteral("shared.plens"));
        auto first = Workspace::open(shared);
        QVERIFY(first.ok());
        auto second = Workspace::open(shared);
        QVERIFY(!second.ok());
        QVERIFY(second.error().message.contains(QStringLiteral("another PolicyLens")));
        QVERIFY((*first)->addDocument(makeDocument(QStringLiteral("x.txt"), planText(1))).ok());
        first = Error {}; // closes it
        auto third = Workspace::open(shared);
        QVERIFY(third.ok());
        QCOMPARE((*third)->documents().size(), 1);

        // A folder where a file should be.
        QDir(dir.path()).mkdir(QStringLiteral("dir.plens"));
        QVERIFY(!Workspace::open(path(QStringLiteral("dir.plens"))).ok());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestStore file;
    int failures = QTest::qExec(&file, argc, argv);
    PgCluster server;
    TestStore team(&server);
    failures += QTest::qExec(&team, argc, argv);
    return failures;
}
#include "tst_store.moc"
