#pragma once

#include "model/document.h"
#include "model/items.h"
#include "model/result.h"
#include "store/serveraddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QTimer;

namespace plens {

namespace store {
class Outbox;
}

// What the user may do in a workspace. A .plens file: everything (Owner). A team workspace: what the
// server grants the database role (readers see and export; editors annotate, link and correct;
// owners also import, delete and manage tags and indicators).
enum class WorkspaceRole { Reader, Editor, Owner };

// Summary row of a stored document, as the library panel lists it.
struct DocumentSummary
{
    qint64 id = 0;
    QString fileName;
    SourceFormat format = SourceFormat::Text;
    DocumentMeta meta;
    int figureCount = 0;
    int annotationCount = 0;
    qint64 previousVersion = 0; // the document this one is a new version of (0: none)
    QList<SourceFormat> renditions; // other formats held of the same document
};

// A full-text search hit: in a document's text or in a note.
struct SearchHit
{
    enum class Where { Document, Note };
    Where where = Where::Document;
    qint64 documentId = 0;
    qint64 annotationId = 0; // for notes
    qsizetype offset = -1; // first match in the display text (documents), -1 if unknown
    QString snippet; // the match with some context, the match between [ and ]
};

// What adding a document did.
//   Added      a new document
//   Duplicate  the same text (or the same figures in nearly the same text) in a format already held:
//              nothing added
//   Rendition  the same text in another format: kept as another rendition of that document (a PDF
//              becomes the one shown and exported, the others stay beside it)
//   NewVersion nearly the same text with other figures: kept as a new document linked to the old one
//   Revised    the same file again with other content: the document is updated in place, its
//              annotations and the user's figures re-anchored
struct AddResult
{
    enum class Outcome { Added, Duplicate, Revised, Rendition, NewVersion };
    Outcome outcome = Outcome::Added;
    qint64 documentId = 0; // the document added, matched, revised or given a rendition
    int reanchored = 0; // revised, rendition: annotations found again
    int orphaned = 0; // revised, rendition: annotations whose passage is gone (kept, marked)
    qint64 previousVersion = 0; // new version: the document it succeeds
};

// Another rendition of a stored document (the same text in another format).
struct Rendition
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString fileName;
    SourceFormat format = SourceFormat::Text;
    QByteArray originalBytes; // filled by Workspace::rendition(), not by renditions()
};

// What a recovery copied out of a damaged workspace.
struct RecoveryReport
{
    QHash<QString, int> copied; // table -> rows copied
    QHash<QString, int> lost; // table -> rows known to have been there that could not be read (or whose
                              // parent was lost)
    QSet<QString> damaged; // tables with unreadable stretches (how many rows they held is not known)
    [[nodiscard]] int totalLost() const;
    [[nodiscard]] QStringList damagedTables() const;
    [[nodiscard]] QString summary() const; // one line for the user
};

// One workspace = one SQLite file (*.plens) or a team workspace on a PostgreSQL server: documents with their original
// bytes, display text and character boxes; figures (commitments and reported values) with the user's work on them;
// annotations, the tag tree, indicators and links. All SQL of PolicyLens is behind this class and its
// repositories (core/store); callers see plain value types.
//
// The file is opened with WAL and foreign keys, locked against other PolicyLens processes (a lock
// file beside it), checked (PRAGMA quick_check), migrated step by step after a backup copy when it
// comes from an older version, and refused with a clear message when it is garbage, of an unknown
// schema version, newer or in use. A read-only file or folder, a full disk or a damaged file opens
// read-only: everything can be read, listed, searched and exported, and every write is refused with
// the reason (readOnlyReason()). Every write is its own transaction: closing or a crash loses nothing
// that a call returned from. Use a Workspace from the thread that opened it (one connection per thread).
//
// A team workspace (open("postgresql://user@host/db")) has the same API. Every row carries a version:
// an update or removal of an item that someone else changed since it was read is refused (Error::Kind
// Stale, naming who changed it) and the item's changed signal is emitted so that views reload it.
// Other clients' changes arrive as the same signals (LISTEN/NOTIFY). The server checks the rights
// (Error::Kind Denied). When the connection is lost, annotation, figure and link edits are kept in an
// outbox in the user's data folder and sent when the server is back (Error::Kind Offline says so);
// other writes fail with that error and change nothing.
class Workspace : public QObject
{
    Q_OBJECT
public:
    ~Workspace() override;

    enum class Access { Auto, ReadOnly };
    // Opens the workspace at `path`, creating it (and its folder) when it does not exist; a
    // postgresql:// URL opens a team workspace (ServerAddress::fromUrl). With Auto, a file that cannot
    // be written (see readOnlyReason()) opens read-only; ReadOnly never writes.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, Access access = Access::Auto);
    // Opens a team workspace that IT set up (ServerAdmin); nothing is created or migrated.
    static Result<std::unique_ptr<Workspace>> open(const ServerAddress &server);

    // Another connection to this workspace, for the calling thread (one connection per thread): an
    // import's worker writes through it while the window keeps reading through this one. It shares
    // this workspace's lock; destroy it on the thread that made it, before this workspace. Its writes
    // emit its own signals only: call announceChanges() on this one when the worker is done.
    [[nodiscard]] Result<std::unique_ptr<Workspace>> openConnection() const;
    // Emits every *Changed signal: views read again what another connection wrote.
    void announceChanges();

    // The file's path, or the team workspace's URL without its password.
    [[nodiscard]] QString path() const { return m_path; }
    static int schemaVersion();
    // Opened read-only (a read-only file or folder, a full disk, damage); writes are refused.
    [[nodiscard]] bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Why, for the user: "the workspace file is read-only; it is open for reading only", ...
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    // What the check on opening found wrong (empty when nothing): the file is opened read-only and
    // recover() copies what is readable into a new workspace.
    [[nodiscard]] QString damage() const { return m_damage; }
    // Ok, or the error a write would get (for callers that want to refuse before doing work).
    [[nodiscard]] Status writable() const;

    // Copies everything readable of the (damaged) workspace `from` into a new workspace `to`, which
    // must not exist: table by table, row by row around unreadable pages, rows whose parent was lost
    // dropped, the search index rebuilt. `progress` (may be empty) gets the share done (0..1) and
    // returns false to cancel (the new file is then removed).
    static Result<RecoveryReport> recover(const QString &from, const QString &to,
                                          const std::function<bool(double)> &progress = {});
    [[nodiscard]] bool isServer() const;
    [[nodiscard]] WorkspaceRole role() const { return m_role; }
    [[nodiscard]] QString author() const { return m_author; }
    // Written on annotations and statuses of a file; a team workspace writes the database role.
    void setAuthor(const QString &author)
    {
        if (!isServer())
            m_author = author;
    }

    // Documents --------------------------------------------------------------------------------------
    // Adds a document with its figures. The same content again adds nothing (Duplicate); a document
    // with the same file name but other content replaces it (Revised), keeping its annotations and the
    // user's corrections re-anchored to the new text.
    Result<AddResult> addDocument(const Document &doc, const QList<Figure> &figures = {});
    [[nodiscard]] QList<DocumentSummary> documents() const;
    [[nodiscard]] Result<Document> document(qint64 id) const;
    // The other renditions of a document (without their bytes), and one with its bytes.
    [[nodiscard]] QList<Rendition> renditions(qint64 documentId) const;
    [[nodiscard]] Result<Rendition> rendition(qint64 id) const;
    [[nodiscard]] Result<DocumentMeta> documentMeta(qint64 id) const;
    Status setDocumentMeta(qint64 id, const DocumentMeta &meta, qint64 expectedVersion = 0);
    Status removeDocument(qint64 id);
    // Everything of a removed document, to put it back (undo of a delete).
    struct DocumentRecord
    {
        Document document;
        RowStamp documentStamp; // put back as it was
        QList<Commitment> commitments;
        QList<Annotation> annotations;
        QList<Link> links;
        QHash<qint64, QList<qint64>> commitmentTags;
        qint64 previousVersion = 0;
        QList<qint64> nextVersions; // documents that named it as their previous version
        QList<Rendition> renditions; // with their bytes
        QList<Document> renditionTexts; // their texts, boxes and hashes, in the same order
    };
    [[nodiscard]] Result<DocumentRecord> documentRecord(qint64 id) const;
    Status restoreDocument(const DocumentRecord &record);

    // Figures -----------------------------------------------------------------------------------------
    [[nodiscard]] QList<Commitment> commitments(qint64 documentId = 0) const; // 0: all documents
    // Figures with an indicator text that no indicator holds yet (what grouping after an import sees).
    [[nodiscard]] QList<Commitment> ungroupedCommitments() const;
    // What link suggestion after an import loads instead of every figure of a large workspace: the
    // distinct indicator texts of the figures of one kind (of one document, or all: 0), and the figures
    // of that kind named by one of `metrics`, in the order of commitments(), with only what linking
    // reads filled in (id, documentId, figure, anchor.start), and the (from, to) pairs of the links of
    // one kind, whatever their state.
    [[nodiscard]] QStringList figureMetrics(Figure::Kind kind, qint64 documentId = 0) const;
    [[nodiscard]] QList<Commitment> figuresForLinking(Figure::Kind kind, const QStringList &metrics) const;
    [[nodiscard]] QSet<QPair<qint64, qint64>> linkedPairs(Link::Kind kind) const;
    [[nodiscard]] Result<Commitment> commitment(qint64 id) const;
    Result<qint64> addCommitment(const Commitment &c); // a figure a user marked by hand
    // Figure, status, confirmation, indicator; refused (Stale) when c.stamp.version is set and the
    // stored figure has another.
    Status updateCommitment(const Commitment &c);
    Status removeCommitment(qint64 id, qint64 expectedVersion = 0);
    Status restoreCommitment(const Commitment &c, const QList<Link> &links, const QList<qint64> &tags);
    [[nodiscard]] QHash<qint64, QList<qint64>> commitmentTags() const;
    Status setCommitmentTags(qint64 id, const QList<qint64> &tagIds);

    // Annotations ------------------------------------------------------------------------------------
    [[nodiscard]] QList<Annotation> annotations(qint64 documentId = 0) const; // 0: all
    [[nodiscard]] Result<Annotation> annotation(qint64 id) const;
    Result<qint64> addAnnotation(const Annotation &a); // keeps a.id when it is set (undo of a delete)
    Status updateAnnotation(const Annotation &a); // note, colour, tags; checked against a.stamp.version
    Status removeAnnotation(qint64 id, qint64 expectedVersion = 0);

    // Tags -------------------------------------------------------------------------------------------
    [[nodiscard]] QList<Tag> tags() const;
    Result<qint64> addTag(const Tag &t); // keeps t.id when it is set
    Status updateTag(const Tag &t); // name, colour, parent; checked against t.stamp.version
    Status removeTag(qint64 id); // its children move up to its parent
    // Moves every use of `from` to `into` and removes `from`.
    Status mergeTags(qint64 from, qint64 into);
    // The whole tag tree with every use of a tag, to undo removals and merges.
    struct TagState
    {
        QList<Tag> tags;
        QHash<qint64, QList<qint64>> annotationTags; // annotation -> tags
        QHash<qint64, QList<qint64>> commitmentTags; // commitment -> tags
    };
    [[nodiscard]] TagState tagState() const;
    Status setTagState(const TagState &state);

    // Indicators and links ---------------------------------------------------------------------------
    [[nodiscard]] QList<Indicator> indicators() const;
    Result<qint64> addIndicator(const Indicator &i);
    Status updateIndicator(const Indicator &i);
    Status removeIndicator(qint64 id);
    // Every indicator with its figures, and the same put in place at once (grouping, merge, split,
    // rename, and their undo). Ids of `state` are kept; figures absent from its assignment get none.
    [[nodiscard]] IndicatorState indicatorState() const;
    Status setIndicatorState(const IndicatorState &state);
    [[nodiscard]] QList<Link> links() const;
    Result<qint64> addLink(const Link &l); // a link already present only has its state and score updated
    // Many links in one transaction (link suggestions after an import); returns how many were stored.
    Result<int> addLinks(const QList<Link> &links);
    Status updateLink(const Link &l);
    Status removeLink(qint64 id, qint64 expectedVersion = 0);

    // Search -----------------------------------------------------------------------------------------
    // Documents and notes containing `query` (FTS5 trigram; queries of one or two characters are
    // answered by a scan, which trigram cannot).
    [[nodiscard]] Result<QList<SearchHit>> search(const QString &query, int limit = 200) const;

    // Integrity check (PRAGMA integrity_check and foreign keys); "ok" when all is well.
    [[nodiscard]] QString check() const;

    // Versions --------------------------------------------------------------------------------------
    enum class Item { Document, Commitment, Annotation, Tag, Indicator, Link };
    // The stored row's version, who changed it last and when.
    [[nodiscard]] Result<RowStamp> stamp(Item item, qint64 id) const;

    // Copying whole workspaces (publish to a server, export a server's workspace to a file) ----------
    struct CopyFilter
    {
        QList<qint64> documentIds; // empty: every document
    };
    // Copies this workspace (or the filtered documents with their figures, annotations and links,
    // and every tag and indicator) into `target`, which must be empty: every row with its id,
    // version, author and times, in one transaction (all or nothing). `progress(done, total)` counts
    // rows; returning false cancels.
    Status copyInto(Workspace &target, const CopyFilter &filter = {},
                    const std::function<bool(qint64, qint64)> &progress = {}) const;

    // Outbox (team workspaces) -------------------------------------------------------------------------
    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] int pendingEdits() const;
    // Tries the server again now (also done every few seconds while offline); sends the outbox.
    bool reconnect();

signals:
    void documentsChanged();
    void commitmentsChanged(qint64 documentId);
    void annotationsChanged(qint64 documentId);
    void tagsChanged();
    void linksChanged();
    void indicatorsChanged();
    // An undoable edit could not be stored (the command's redo or undo failed).
    void editFailed(const plens::Error &error);
    // A team workspace lost or regained its server; edits waiting in the outbox.
    void connectionChanged(bool online);
    void outboxChanged(int pending);

private:
    friend class store::Outbox;
    Workspace(QString path, QString connectionName);
    static Result<std::unique_ptr<Workspace>> openFile(const QString &path, Access access);
    enum class Connection { ReadWrite, ReadOnly };
    Status openConnection(Connection mode); // (re)opens the file's connection
    Status migrate(int from);
    // The error of an update or removal that changed no row: gone, or changed by someone else
    // (Stale, naming who); the item's changed signal tells views to reload it.
    Error notChanged(Item item, qint64 id, qint64 expectedVersion, const QString &what);
    void emitChanged(Item item, qint64 documentId);
    // A write failed: when the connection is gone, go offline (and keep the edit in the outbox when
    // `op` is given).
    Error failed(const Error &error, const QString &op = {}, const QJsonObject &args = {});
    void goOffline();
    // While offline: the error for a write (kept in the outbox when `op` is given); nothing when online.
    std::optional<Error> offline(const QString &op = {}, const QJsonObject &args = {});
    void onNotification(const QString &name, const QVariant &payload, bool own);
    Result<qint64> insertAnnotation(const Annotation &a, const QString &uid);
    // In a transaction that puts rows back with their ids (undo, copy): an owner keeps their stamps
    // (who and when); the server stamps everyone else's.
    Status keepStamps();
    // Sends what waits in the outbox; stops at the first edit the server cannot take yet.
    void sendOutbox();
    Status replay(const QString &op, const QJsonObject &args);
    Result<AddResult> reviseDocument(qint64 id, const Document &doc, const QList<Figure> &figures,
                                     AddResult::Outcome outcome = AddResult::Outcome::Revised);
    Result<AddResult> addRendition(qint64 id, const Document &doc, const QList<Figure> &figures);
    Result<AddResult> insertDocument(const Document &doc, const QList<Figure> &figures, qint64 previousVersion);
    Status insertRendition(qint64 documentId, const Document &doc);
    Status insertFigures(qint64 documentId, const QString &text, const QList<Figure> &figures);

    QString m_path;
    QString m_connectionName;
    QString m_author;
    QString m_readOnlyReason;
    QString m_damage;
    std::unique_ptr<QLockFile> m_lock;
    int m_backend = 0; // store::Backend
    WorkspaceRole m_role = WorkspaceRole::Owner;
    bool m_online = true;
    bool m_replaying = false; // sending the outbox: a failure is not kept again
    std::unique_ptr<store::Outbox> m_outbox;
    QTimer *m_retry = nullptr;
};

} // namespace plens
