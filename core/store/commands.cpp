#include "store/commands.h"

#include <QCoreApplication>

namespace plens::commands {

void EditCommand::report(const Status &st)
{
    if (!st)
        emit m_ws.editFailed(st.error());
}

AddAnnotation::AddAnnotation(Workspace &ws, Annotation a)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Highlight")), m_a(std::move(a))
{ }

void AddAnnotation::redo()
{
    // The first time the store picks the id; a redo after an undo puts it back under the same id.
    auto id = m_ws.addAnnotation(m_a);
    report(id);
    if (id)
        m_a.id = *id;
}

void AddAnnotation::undo()
{
    report(m_ws.removeAnnotation(m_a.id));
}

UpdateAnnotation::UpdateAnnotation(Workspace &ws, Annotation before, Annotation after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateAnnotation::redo()
{
    report(m_ws.updateAnnotation(m_after));
}

void UpdateAnnotation::undo()
{
    report(m_ws.updateAnnotation(m_before));
}

RemoveAnnotation::RemoveAnnotation(Workspace &ws, Annotation a)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Delete annotation")), m_a(std::move(a))
{ }

void RemoveAnnotation::redo()
{
    report(m_ws.removeAnnotation(m_a.id));
}

void RemoveAnnotation::undo()
{
    report(m_ws.addAnnotation(m_a));
}

UpdateCommitment::UpdateCommitment(Workspace &ws, Commitment before, Commitment after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateCommitment::redo()
{
    report(m_ws.updateCommitment(m_after));
}

void UpdateCommitment::undo()
{
    report(m_ws.updateCommitment(m_before));
}

UpdateCommitment *UpdateCommitment::correct(Workspace &ws, const Commitment &c, const Figure &corrected)
{
    Commitment after = c;
    after.figure = corrected;
    after.userCorrected = !(corrected == c.extracted);
    return new UpdateCommitment(ws, c, after, QCoreApplication::translate("plens::commands", "Correct figure"));
}

UpdateCommitment *UpdateCommitment::setStatus(Workspace &ws, const Commitment &c, TargetStatus status,
                                              const QString &why)
{
    Commitment after = c;
    after.status = status;
    after.statusNote = why;
    after.statusAuthor = ws.author();
    after.statusChanged = QDateTime::currentDateTimeUtc();
    return new UpdateCommitment(ws, c, after, QCoreApplication::translate("plens::commands", "Set status"));
}

UpdateCommitment *UpdateCommitment::confirm(Workspace &ws, const Commitment &c, bool confirmed)
{
    Commitment after = c;
    after.confirmed = confirmed;
    return new UpdateCommitment(ws, c, after, QCoreApplication::translate("plens::commands", "Confirm figure"));
}

RemoveCommitment::RemoveCommitment(Workspace &ws, const Commitment &c)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Delete figure")), m_c(c)
{
    for (const Link &l : ws.links()) {
        if (l.fromId == c.id || l.toId == c.id)
            m_links.append(l);
    }
    m_tags = ws.commitmentTags().value(c.id);
}

void RemoveCommitment::redo()
{
    report(m_ws.removeCommitment(m_c.id));
}

void RemoveCommitment::undo()
{
    report(m_ws.restoreCommitment(m_c, m_links, m_tags));
}

SetCommitmentTags::SetCommitmentTags(Workspace &ws, qint64 id, QList<qint64> before, QList<qint64> after)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Tag figure")), m_id(id),
      m_before(std::move(before)), m_after(std::move(after))
{ }

void SetCommitmentTags::redo()
{
    report(m_ws.setCommitmentTags(m_id, m_after));
}

void SetCommitmentTags::undo()
{
    report(m_ws.setCommitmentTags(m_id, m_before));
}

AddTag::AddTag(Workspace &ws, Tag t)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "New tag")), m_t(std::move(t))
{ }

void AddTag::redo()
{
    auto id = m_ws.addTag(m_t);
    report(id);
    if (id)
        m_t.id = *id;
}

void AddTag::undo()
{
    report(m_ws.removeTag(m_t.id));
}

UpdateTag::UpdateTag(Workspace &ws, Tag before, Tag after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateTag::redo()
{
    report(m_ws.updateTag(m_after));
}

void UpdateTag::undo()
{
    report(m_ws.updateTag(m_before));
}

ChangeTagTree::ChangeTagTree(Workspace &ws, Kind kind, qint64 id, qint64 into)
    : EditCommand(ws,
                  kind == Kind::Remove ? QCoreApplication::translate("plens::commands", "Delete tag")
                                       : QCoreApplication::translate("plens::commands", "Merge tags")),
      m_kind(kind), m_id(id), m_into(into)
{ }

void ChangeTagTree::redo()
{
    m_before = m_ws.tagState();
    report(m_kind == Kind::Remove ? m_ws.removeTag(m_id) : m_ws.mergeTags(m_id, m_into));
}

void ChangeTagTree::undo()
{
    report(m_ws.setTagState(m_before));
}

SetIndicatorState::SetIndicatorState(Workspace &ws, IndicatorState before, IndicatorState after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void SetIndicatorState::redo()
{
    report(m_ws.setIndicatorState(m_after));
}

void SetIndicatorState::undo()
{
    report(m_ws.setIndicatorState(m_before));
}

AddLink::AddLink(Workspace &ws, Link l)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Link figures")), m_l(std::move(l))
{
    for (const Link &existing : ws.links()) {
        if (existing.kind == m_l.kind && existing.fromId == m_l.fromId && existing.toId == m_l.toId)
            m_replaced = existing;
    }
}

void AddLink::redo()
{
    auto id = m_ws.addLink(m_l);
    report(id);
    if (id)
        m_l.id = *id;
}

void AddLink::undo()
{
    report(m_replaced ? m_ws.updateLink(*m_replaced) : m_ws.removeLink(m_l.id));
}

UpdateLink::UpdateLink(Workspace &ws, Link before, Link after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateLink::redo()
{
    report(m_ws.updateLink(m_after));
}

void UpdateLink::undo()
{
    report(m_ws.updateLink(m_before));
}

UpdateLink *UpdateLink::setState(Workspace &ws, const Link &l, Link::State state)
{
    Link after = l;
    after.state = state;
    return new UpdateLink(ws, l, after,
                          state == Link::State::Rejected
                              ? QCoreApplication::translate("plens::commands", "Reject link")
                              : QCoreApplication::translate("plens::commands", "Accept link"));
}

RemoveLink::RemoveLink(Workspace &ws, Link l)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Remove link")), m_l(std::move(l))
{ }

void RemoveLink::redo()
{
    report(m_ws.removeLink(m_l.id));
}

void RemoveLink::undo()
{
    report(m_ws.addLink(m_l));
}

SetDocumentMeta::SetDocumentMeta(Workspace &ws, qint64 id, DocumentMeta before, DocumentMeta after)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Correct document details")), m_id(id),
      m_before(std::move(before)), m_after(std::move(after))
{ }

void SetDocumentMeta::redo()
{
    report(m_ws.setDocumentMeta(m_id, m_after));
}

void SetDocumentMeta::undo()
{
    report(m_ws.setDocumentMeta(m_id, m_before));
}

RemoveDocument::RemoveDocument(Workspace &ws, qint64 id)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Remove document")), m_id(id)
{ }

void RemoveDocument::redo()
{
    auto record = m_ws.documentRecord(m_id);
    report(record);
    if (!record)
        return;
    m_record = std::move(record).value();
    report(m_ws.removeDocument(m_id));
}

void RemoveDocument::undo()
{
    if (m_record)
        report(m_ws.restoreDocument(*m_record));
}

} // namespace plens::commands
