#pragma once

#include "model/document.h"
#include "model/items.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
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
struct AddResult
{
    enum class Outcome { Added, Duplicate, Revised };
    Outcome outcome = Outcome::Added;
    qint64 documentId = 0;
    int reanchored = 0; // revised: annotations found again
    int orphaned = 0; // revised: annotations whose passage is gone (kept, marked)
};

// One workspace = one SQLite file (*.plens): documents with their original bytes, display text and
// character boxes; figures (commitments and reported values) with the user's work on them;
// annotations, the tag tree, indicators and links. All SQL of PolicyLens is behind this class and its
// repositories (core/store); callers see plain value types.
//
// The file is opened with WAL and foreign keys, locked against other PolicyLens processes (a lock
// file beside it), migrated step by step after a backup copy when it comes from an older version, and
// refused with a clear message when it is garbage, read-only, newer or in use. Every write is its own
// transaction: closing or a crash loses nothing that a call returned from. Use a Workspace from the
// thread that opened it (one connection per thread).
class Workspace : public QObject
{
    Q_OBJECT
public:
    ~Workspace() override;

    // Opens the workspace at `path`, creating it (and its folder) when it does not exist.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);

    // Another connection to this workspace, for the calling thread (one connection per thread): an
    // import's worker writes through it while the window keeps reading through this one. It shares
    // this workspace's lock; destroy it on the thread that made it, before this workspace. Its writes
    // emit its own signals only: call announceChanges() on this one when the worker is done.
    [[nodiscard]] Result<std::unique_ptr<Workspace>> openConnection() const;
    // Emits every *Changed signal: views read again what another connection wrote.
    void announceChanges();

    [[nodiscard]] QString path() const { return m_path; }
    static int schemaVersion();
    [[nodiscard]] QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; } // written on annotations and statuses

    // Documents --------------------------------------------------------------------------------------
    // Adds a document with its figures. The same content again adds nothing (Duplicate); a document
    // with the same file name but other content replaces it (Revised), keeping its annotations and the
    // user's corrections re-anchored to the new text.
    Result<AddResult> addDocument(const Document &doc, const QList<Figure> &figures = {});
    [[nodiscard]] QList<DocumentSummary> documents() const;
    [[nodiscard]] Result<Document> document(qint64 id) const;
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
    // Many links in one transaction (link suggestions after an import); returns how many were stored.
    Result<int> addLinks(const QList<Link> &links);
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
    Status migrate(int from);
    Result<AddResult> reviseDocument(qint64 id, const Document &doc, const QList<Figure> &figures);
    Status insertFigures(qint64 documentId, const QString &text, const QList<Figure> &figures);

    QString m_path;
    QString m_connectionName;
    QString m_author;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace plens
