#include "store/commands.h"

#include <QCoreApplication>

#include <algorithm>

namespace plens::commands {

void EditCommand::report(const Status &st)
{
    if (!st)
        emit m_ws.editFailed(st.error());
}

qint64 EditCommand::storedVersion(Workspace::Item item, qint64 id) const
{
    const auto s = m_ws.stamp(item, id);
    return s ? s->version : 0;
}

namespace {

bool sameTags(const Workspace::TagState &a, const Workspace::TagState &b)
{
    auto sorted = [](QList<Tag> t) {
        std::sort(t.begin(), t.end(), [](const Tag &x, const Tag &y) { return x.id < y.id; });
        return t;
    };
    auto normal = [](QHash<qint64, QList<qint64>> h) {
        for (auto &v : h)
            std::sort(v.begin(), v.end());
        return h;
    };
    return sorted(a.tags) == sorted(b.tags) && normal(a.annotationTags) == normal(b.annotationTags)
        && normal(a.commitmentTags) == normal(b.commitmentTags);
}

Error changedSince(const Workspace &ws, const QString &what)
{
    return Error {ws.path(),
                  QCoreApplication::translate("plens::commands",
                                              "%1 were changed by someone else since; undo would overwrite their work "
                                              "and was refused")
                      .arg(what),
                  Error::Kind::Stale};
}

} // namespace

AddAnnotation::AddAnnotation(Workspace &ws, Annotation a)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Highlight")), m_a(std::move(a))
{ }

void AddAnnotation::redo()
{
    // The first time the store picks the id; a redo after an undo puts it back under the same id.
    const bool again = m_a.id != 0;
    auto id = m_ws.addAnnotation(m_a);
    report(id);
    if (id) {
        m_a.id = *id;
        m_version = again ? storedVersion(Workspace::Item::Annotation, m_a.id) : 1;
    }
}

void AddAnnotation::undo()
{
    report(m_ws.removeAnnotation(m_a.id, m_version));
}

UpdateAnnotation::UpdateAnnotation(Workspace &ws, Annotation before, Annotation after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateAnnotation::redo()
{
    if (!m_version)
        m_version = m_before.stamp.version;
    Annotation a = m_after;
    a.stamp.version = m_version;
    if (done(m_ws.updateAnnotation(a)) && m_version)
        ++m_version;
}

void UpdateAnnotation::undo()
{
    Annotation a = m_before;
    a.stamp.version = m_version;
    if (done(m_ws.updateAnnotation(a)) && m_version)
        ++m_version;
}

RemoveAnnotation::RemoveAnnotation(Workspace &ws, Annotation a)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Delete annotation")), m_a(std::move(a))
{ }

void RemoveAnnotation::redo()
{
    if (!m_version)
        m_version = m_a.stamp.version;
    report(m_ws.removeAnnotation(m_a.id, m_version));
}

void RemoveAnnotation::undo()
{
    const auto id = m_ws.addAnnotation(m_a);
    report(id);
    if (id)
        m_version = storedVersion(Workspace::Item::Annotation, *id);
}

UpdateCommitment::UpdateCommitment(Workspace &ws, Commitment before, Commitment after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateCommitment::redo()
{
    if (!m_version)
        m_version = m_before.stamp.version;
    Commitment c = m_after;
    c.stamp.version = m_version;
    if (done(m_ws.updateCommitment(c)) && m_version)
        ++m_version;
}

void UpdateCommitment::undo()
{
    Commitment c = m_before;
    c.stamp.version = m_version;
    if (done(m_ws.updateCommitment(c)) && m_version)
        ++m_version;
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
    if (!m_version)
        m_version = m_c.stamp.version;
    report(m_ws.removeCommitment(m_c.id, m_version));
}

void RemoveCommitment::undo()
{
    if (done(m_ws.restoreCommitment(m_c, m_links, m_tags)))
        m_version = storedVersion(Workspace::Item::Commitment, m_c.id);
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
    if (!m_version)
        m_version = m_before.stamp.version;
    Tag t = m_after;
    t.stamp.version = m_version;
    if (done(m_ws.updateTag(t)) && m_version)
        ++m_version;
}

void UpdateTag::undo()
{
    Tag t = m_before;
    t.stamp.version = m_version;
    if (done(m_ws.updateTag(t)) && m_version)
        ++m_version;
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
    if (done(m_kind == Kind::Remove ? m_ws.removeTag(m_id) : m_ws.mergeTags(m_id, m_into)))
        m_after = m_ws.tagState();
}

void ChangeTagTree::undo()
{
    if (!sameTags(m_ws.tagState(), m_after)) {
        report(changedSince(m_ws, QCoreApplication::translate("plens::commands", "The tags")));
        return;
    }
    report(m_ws.setTagState(m_before));
}

SetIndicatorState::SetIndicatorState(Workspace &ws, IndicatorState before, IndicatorState after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void SetIndicatorState::redo()
{
    if (m_applied && !(m_ws.indicatorState() == m_before)) {
        report(changedSince(m_ws, QCoreApplication::translate("plens::commands", "The indicators")));
        return;
    }
    m_applied = done(m_ws.setIndicatorState(m_after)) || m_applied;
}

void SetIndicatorState::undo()
{
    if (!(m_ws.indicatorState() == m_after)) {
        report(changedSince(m_ws, QCoreApplication::translate("plens::commands", "The indicators")));
        return;
    }
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
    if (id) {
        m_l.id = *id;
        m_version = storedVersion(Workspace::Item::Link, m_l.id);
    }
}

void AddLink::undo()
{
    if (m_replaced) {
        Link l = *m_replaced;
        l.stamp.version = m_version;
        if (done(m_ws.updateLink(l)) && m_version)
            ++m_version;
        return;
    }
    report(m_ws.removeLink(m_l.id, m_version));
}

UpdateLink::UpdateLink(Workspace &ws, Link before, Link after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateLink::redo()
{
    if (!m_version)
        m_version = m_before.stamp.version;
    Link l = m_after;
    l.stamp.version = m_version;
    if (done(m_ws.updateLink(l)) && m_version)
        ++m_version;
}

void UpdateLink::undo()
{
    Link l = m_before;
    l.stamp.version = m_version;
    if (done(m_ws.updateLink(l)) && m_version)
        ++m_version;
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
    if (!m_version)
        m_version = m_l.stamp.version;
    report(m_ws.removeLink(m_l.id, m_version));
}

void RemoveLink::undo()
{
    const auto id = m_ws.addLink(m_l);
    report(id);
    if (id)
        m_version = storedVersion(Workspace::Item::Link, *id);
}

SetDocumentMeta::SetDocumentMeta(Workspace &ws, qint64 id, DocumentMeta before, DocumentMeta after)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Correct document details")), m_id(id),
      m_before(std::move(before)), m_after(std::move(after))
{
    m_version = storedVersion(Workspace::Item::Document, id);
}

void SetDocumentMeta::redo()
{
    if (done(m_ws.setDocumentMeta(m_id, m_after, m_version)) && m_version)
        ++m_version;
}

void SetDocumentMeta::undo()
{
    if (done(m_ws.setDocumentMeta(m_id, m_before, m_version)) && m_version)
        ++m_version;
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
