#pragma once

#include "model/items.h"
#include "store/workspace.h"

#include <QUndoCommand>

#include <optional>

// Every user edit as an undoable command. Each redo() and undo() writes to the workspace at once (its
// own transaction), so nothing waits for a save: closing the app or a crash loses no edit. A failed
// write is reported through Workspace::editFailed and leaves the workspace as it was.
//
// A first redo writes over the version the user saw (refused when someone changed the item since).
// Each command then remembers the item as it left it in the store, so that its undo (and a later
// redo) writes only over its own change: when someone else changed the item meanwhile (a team
// workspace), the undo is refused with a message naming them, and their work stays.
namespace plens::commands {

class EditCommand : public QUndoCommand
{
protected:
    EditCommand(Workspace &ws, const QString &text) : QUndoCommand(text), m_ws(ws) { }
    void report(const Status &st);
    template<typename T> void report(const Result<T> &r)
    {
        if (!r)
            report(Status(r.error()));
    }
    // Reports a failure; true when the write succeeded.
    bool done(const Status &st)
    {
        report(st);
        return st.ok();
    }
    // Writes `target` over the stored item if it is still as this command left it (`left`), else
    // reports who changed it; the first write (no `left` yet) is checked by the version the user saw.
    // Afterwards `left` holds the item as now stored.
    template<typename T, typename Read, typename Write>
    bool writeOver(std::optional<T> &left, T target, Read read, Write write);
    // The stored item is as this command left it; its version is put in `version`.
    template<typename T, typename Read> bool unchanged(const std::optional<T> &left, Read read, qint64 &version);
    Workspace &m_ws;
};

// Highlight a passage (with its note, colour and tags).
class AddAnnotation : public EditCommand
{
public:
    AddAnnotation(Workspace &ws, Annotation a);
    void redo() override;
    void undo() override;
    [[nodiscard]] qint64 annotationId() const { return m_a.id; }

private:
    Annotation m_a;
    std::optional<Annotation> m_left; // as this command left it in the store
};

// Change an annotation's note, colour or tags.
class UpdateAnnotation : public EditCommand
{
public:
    UpdateAnnotation(Workspace &ws, Annotation before, Annotation after, const QString &text);
    void redo() override;
    void undo() override;

private:
    Annotation m_before, m_after;
    std::optional<Annotation> m_left; // as this command left it in the store
};

class RemoveAnnotation : public EditCommand
{
public:
    RemoveAnnotation(Workspace &ws, Annotation a);
    void redo() override;
    void undo() override;

private:
    Annotation m_a;
    std::optional<Annotation> m_left; // as this command left it in the store
};

// Correct a figure, set a target's status (with who, when and why), confirm a figure, assign an
// indicator: any change of a stored Commitment.
class UpdateCommitment : public EditCommand
{
public:
    UpdateCommitment(Workspace &ws, Commitment before, Commitment after, const QString &text);
    void redo() override;
    void undo() override;

    // The usual edits, built from the stored record.
    static UpdateCommitment *correct(Workspace &ws, const Commitment &c, const Figure &corrected);
    static UpdateCommitment *setStatus(Workspace &ws, const Commitment &c, TargetStatus status, const QString &why);
    static UpdateCommitment *confirm(Workspace &ws, const Commitment &c, bool confirmed);

private:
    Commitment m_before, m_after;
    std::optional<Commitment> m_left; // as this command left it in the store
};

class RemoveCommitment : public EditCommand
{
public:
    RemoveCommitment(Workspace &ws, const Commitment &c);
    void redo() override;
    void undo() override;

private:
    Commitment m_c;
    QList<Link> m_links;
    QList<qint64> m_tags;
    std::optional<Commitment> m_left; // as this command left it in the store
};

// Tags on a figure.
class SetCommitmentTags : public EditCommand
{
public:
    SetCommitmentTags(Workspace &ws, qint64 id, QList<qint64> before, QList<qint64> after);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    QList<qint64> m_before, m_after;
};

// Create, rename, recolour or move a tag.
class AddTag : public EditCommand
{
public:
    AddTag(Workspace &ws, Tag t);
    void redo() override;
    void undo() override;
    [[nodiscard]] qint64 tagId() const { return m_t.id; }

private:
    Tag m_t;
};

class UpdateTag : public EditCommand
{
public:
    UpdateTag(Workspace &ws, Tag before, Tag after, const QString &text);
    void redo() override;
    void undo() override;

private:
    Tag m_before, m_after;
    std::optional<Tag> m_left; // as this command left it in the store
};

// Remove or merge tags: undo puts the whole tag state back (tags, their tree and every use).
class ChangeTagTree : public EditCommand
{
public:
    enum class Kind { Remove, Merge };
    ChangeTagTree(Workspace &ws, Kind kind, qint64 id, qint64 into = 0);
    void redo() override;
    void undo() override;

private:
    Kind m_kind;
    qint64 m_id;
    qint64 m_into;
    Workspace::TagState m_before;
    Workspace::TagState m_after; // as this command left it: undo refuses when it changed since
};

// Rename, merge or split indicators: the whole indicator state before and after.
class SetIndicatorState : public EditCommand
{
public:
    SetIndicatorState(Workspace &ws, IndicatorState before, IndicatorState after, const QString &text);
    void redo() override;
    void undo() override;

private:
    IndicatorState m_before;
    IndicatorState m_after;
    bool m_applied = false;
};

// Make a link, accept or reject a suggested one, or remove one.
class AddLink : public EditCommand
{
public:
    AddLink(Workspace &ws, Link l);
    void redo() override;
    void undo() override;
    [[nodiscard]] qint64 linkId() const { return m_l.id; }

private:
    Link m_l;
    std::optional<Link> m_replaced; // a suggestion for the same pair, put back on undo
    std::optional<Link> m_left; // as this command left it in the store
};

class UpdateLink : public EditCommand
{
public:
    UpdateLink(Workspace &ws, Link before, Link after, const QString &text);
    void redo() override;
    void undo() override;
    static UpdateLink *setState(Workspace &ws, const Link &l, Link::State state);

private:
    Link m_before, m_after;
    std::optional<Link> m_left; // as this command left it in the store
};

class RemoveLink : public EditCommand
{
public:
    RemoveLink(Workspace &ws, Link l);
    void redo() override;
    void undo() override;

private:
    Link m_l;
    std::optional<Link> m_left; // as this command left it in the store
};

// Correct a document's metadata.
class SetDocumentMeta : public EditCommand
{
public:
    SetDocumentMeta(Workspace &ws, qint64 id, DocumentMeta before, DocumentMeta after);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    DocumentMeta m_before, m_after;
    void write(const DocumentMeta &target);
    std::optional<DocumentMeta> m_left;
    qint64 m_version = 0;
};

// Remove a document with its figures, annotations and links; undo puts all of it back.
class RemoveDocument : public EditCommand
{
public:
    RemoveDocument(Workspace &ws, qint64 id);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    std::optional<Workspace::DocumentRecord> m_record;
};

} // namespace plens::commands
