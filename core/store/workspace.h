#pragma once

#include "model/document.h"
#include "model/items.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace plens {

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

// One workspace = one SQLite file (*.plens): documents with their original bytes, display text and
// character boxes; figures (commitments and reported values) with the user's work on them;
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
class Workspace : public QObject
{
    Q_OBJECT
public:
    ~Workspace() override;

    enum class Access { Auto, ReadOnly };
    // Opens the workspace at `path`, creating it (and its folder) when it does not exist. With Auto,
    // a workspace that cannot be written (see readOnlyReason()) opens read-only; ReadOnly never writes.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, Access access = Access::Auto);

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
    [[nodiscard]] QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; } // written on annotations and statuses

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
    Status setDocumentMeta(qint64 id, const DocumentMeta &meta);
    Status removeDocument(qint64 id);
    // Everything of a removed document, to put it back (undo of a delete).
    struct DocumentRecord
    {
        Document document;
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
    [[nodiscard]] Result<Commitment> commitment(qint64 id) const;
    Result<qint64> addCommitment(const Commitment &c); // a figure a user marked by hand
    Status updateCommitment(const Commitment &c); // figure, status, confirmation, indicator
    Status removeCommitment(qint64 id);
    Status restoreCommitment(const Commitment &c, const QList<Link> &links, const QList<qint64> &tags);
    [[nodiscard]] QHash<qint64, QList<qint64>> commitmentTags() const;
    Status setCommitmentTags(qint64 id, const QList<qint64> &tagIds);

    // Annotations ------------------------------------------------------------------------------------
    [[nodiscard]] QList<Annotation> annotations(qint64 documentId = 0) const; // 0: all
    [[nodiscard]] Result<Annotation> annotation(qint64 id) const;
    Result<qint64> addAnnotation(const Annotation &a); // keeps a.id when it is set (undo of a delete)
    Status updateAnnotation(const Annotation &a); // note, colour, tags
    Status removeAnnotation(qint64 id);

    // Tags -------------------------------------------------------------------------------------------
    [[nodiscard]] QList<Tag> tags() const;
    Result<qint64> addTag(const Tag &t); // keeps t.id when it is set
    Status updateTag(const Tag &t); // name, colour, parent
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
    Status updateLink(const Link &l);
    Status removeLink(qint64 id);

    // Search -----------------------------------------------------------------------------------------
    // Documents and notes containing `query` (FTS5 trigram; queries of one or two characters are
    // answered by a scan, which trigram cannot).
    [[nodiscard]] Result<QList<SearchHit>> search(const QString &query, int limit = 200) const;

    // Integrity check (PRAGMA integrity_check and foreign keys); "ok" when all is well.
    [[nodiscard]] QString check() const;

signals:
    void documentsChanged();
    void commitmentsChanged(qint64 documentId);
    void annotationsChanged(qint64 documentId);
    void tagsChanged();
    void linksChanged();
    void indicatorsChanged();
    // An undoable edit could not be stored (the command's redo or undo failed).
    void editFailed(const plens::Error &error);

private:
    Workspace(QString path, QString connectionName);
    enum class Connection { ReadWrite, ReadOnly };
    Status connect(Connection mode); // (re)opens the connection
    Status migrate(int from);
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
};

} // namespace plens
