#include "store/commands.h"

#include <QCoreApplication>

#include <algorithm>

namespace plens::commands {

void EditCommand::report(const Status &st)
{
    if (!st && qEnvironmentVariableIsSet("PLENS_DEBUG_EDITS"))
        qWarning("%s", qPrintable(st.error().toString()));
    if (!st)
        emit m_ws.editFailed(st.error());
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

// The same content (what a user edits), whatever the stamps and times say.
QList<qint64> sortedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}
bool sameContent(const Annotation &a, const Annotation &b)
{
    return a.documentId == b.documentId && a.anchor == b.anchor && a.color == b.color && a.note == b.note
        && sortedIds(a.tagIds) == sortedIds(b.tagIds);
}
bool sameContent(const Commitment &a, const Commitment &b)
{
    return a.documentId == b.documentId && a.figure == b.figure && a.extracted == b.extracted && a.anchor == b.anchor
        && a.indicatorId == b.indicatorId && a.status == b.status && a.statusNote == b.statusNote
        && a.confirmed == b.confirmed && a.userCorrected == b.userCorrected && a.userAdded == b.userAdded;
}
bool sameContent(const Tag &a, const Tag &b)
{
    return a.name == b.name && a.color == b.color && a.parentId == b.parentId;
}
bool sameContent(const Link &a, const Link &b)
{
    return a.kind == b.kind && a.fromId == b.fromId && a.toId == b.toId && a.score == b.score && a.state == b.state;
}

Error changedBy(const Workspace &ws, const RowStamp &stamp)
{
    return Error {ws.path(),
                  QCoreApplication::translate("plens::commands",
                                              "%1 changed this at %2; undo would overwrite their work and was refused")
                      .arg(stamp.changedBy.isEmpty() ? QCoreApplication::translate("plens::commands", "someone else")
                                                     : stamp.changedBy,
                           stamp.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                  Error::Kind::Stale};
}

Result<Tag> tagOf(const Workspace &ws, qint64 id)
{
    for (const Tag &t : ws.tags()) {
        if (t.id == id)
            return t;
    }
    return Error {ws.path(), QCoreApplication::translate("plens::commands", "the tag was removed")};
}

Result<Link> linkOf(const Workspace &ws, qint64 id)
{
    for (const Link &l : ws.links()) {
        if (l.id == id)
            return l;
    }
    return Error {ws.path(), QCoreApplication::translate("plens::commands", "the link was removed")};
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

template<typename T, typename Read>
bool EditCommand::unchanged(const std::optional<T> &left, Read read, qint64 &version)
{
    if (!left)
        return false;
    const Result<T> now = read();
    if (!now) {
        report(now.error());
        return false;
    }
    if (!sameContent(*now, *left)) {
        report(changedBy(m_ws, now->stamp));
        return false;
    }
    version = now->stamp.version;
    return true;
}

template<typename T, typename Read, typename Write>
bool EditCommand::writeOver(std::optional<T> &left, T target, Read read, Write write)
{
    if (left) {
        qint64 version = 0;
        if (!unchanged(left, read, version))
            return false;
        target.stamp.version = version;
    }
    if (!done(write(target)))
        return false;
    if (const Result<T> back = read())
        left = *back;
    return true;
}

AddAnnotation::AddAnnotation(Workspace &ws, Annotation a)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Highlight")), m_a(std::move(a))
{ }

void AddAnnotation::redo()
{
    // The first time the store picks the id; a redo after an undo puts it back under the same id.
    auto id = m_ws.addAnnotation(m_a);
    report(id);
    if (!id)
        return;
    m_a.id = *id;
    if (const auto back = m_ws.annotation(m_a.id))
        m_left = *back;
}

void AddAnnotation::undo()
{
    qint64 version = 0;
    if (unchanged(
            m_left, [this] { return m_ws.annotation(m_a.id); }, version))
        report(m_ws.removeAnnotation(m_a.id, version));
}

UpdateAnnotation::UpdateAnnotation(Workspace &ws, Annotation before, Annotation after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateAnnotation::redo()
{
    Annotation a = m_after;
    a.stamp.version = m_before.stamp.version; // the version the user saw, checked by the store
    writeOver(
        m_left, a, [this] { return m_ws.annotation(m_after.id); },
        [this](const Annotation &x) { return m_ws.updateAnnotation(x); });
}

void UpdateAnnotation::undo()
{
    if (m_left)
        writeOver(
            m_left, m_before, [this] { return m_ws.annotation(m_before.id); },
            [this](const Annotation &x) { return m_ws.updateAnnotation(x); });
}

RemoveAnnotation::RemoveAnnotation(Workspace &ws, Annotation a)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Delete annotation")), m_a(std::move(a))
{ }

void RemoveAnnotation::redo()
{
    qint64 version = m_a.stamp.version;
    if (m_left
        && !unchanged(
            m_left, [this] { return m_ws.annotation(m_a.id); }, version))
        return;
    report(m_ws.removeAnnotation(m_a.id, version));
}

void RemoveAnnotation::undo()
{
    const auto id = m_ws.addAnnotation(m_a);
    report(id);
    if (id) {
        if (const auto back = m_ws.annotation(*id))
            m_left = *back;
    }
}

UpdateCommitment::UpdateCommitment(Workspace &ws, Commitment before, Commitment after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateCommitment::redo()
{
    Commitment c = m_after;
    c.stamp.version = m_before.stamp.version; // the version the user saw, checked by the store
    writeOver(
        m_left, c, [this] { return m_ws.commitment(m_after.id); },
        [this](const Commitment &x) { return m_ws.updateCommitment(x); });
}

void UpdateCommitment::undo()
{
    if (m_left)
        writeOver(
            m_left, m_before, [this] { return m_ws.commitment(m_before.id); },
            [this](const Commitment &x) { return m_ws.updateCommitment(x); });
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
    qint64 version = m_c.stamp.version;
    if (m_left
        && !unchanged(
            m_left, [this] { return m_ws.commitment(m_c.id); }, version))
        return;
    report(m_ws.removeCommitment(m_c.id, version));
}

void RemoveCommitment::undo()
{
    if (!done(m_ws.restoreCommitment(m_c, m_links, m_tags)))
        return;
    if (const auto back = m_ws.commitment(m_c.id))
        m_left = *back;
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
    Tag t = m_after;
    t.stamp.version = m_before.stamp.version;
    writeOver(
        m_left, t, [this] { return tagOf(m_ws, m_after.id); }, [this](const Tag &x) { return m_ws.updateTag(x); });
}

void UpdateTag::undo()
{
    if (m_left)
        writeOver(
            m_left, m_before, [this] { return tagOf(m_ws, m_before.id); },
            [this](const Tag &x) { return m_ws.updateTag(x); });
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
    if (!id)
        return;
    m_l.id = *id;
    if (const auto back = linkOf(m_ws, m_l.id))
        m_left = *back;
}

void AddLink::undo()
{
    if (m_replaced) {
        writeOver(
            m_left, *m_replaced, [this] { return linkOf(m_ws, m_l.id); },
            [this](const Link &x) { return m_ws.updateLink(x); });
        return;
    }
    qint64 version = 0;
    if (unchanged(
            m_left, [this] { return linkOf(m_ws, m_l.id); }, version))
        report(m_ws.removeLink(m_l.id, version));
}

UpdateLink::UpdateLink(Workspace &ws, Link before, Link after, const QString &text)
    : EditCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{ }

void UpdateLink::redo()
{
    Link l = m_after;
    l.stamp.version = m_before.stamp.version;
    writeOver(
        m_left, l, [this] { return linkOf(m_ws, m_after.id); }, [this](const Link &x) { return m_ws.updateLink(x); });
}

void UpdateLink::undo()
{
    if (m_left)
        writeOver(
            m_left, m_before, [this] { return linkOf(m_ws, m_before.id); },
            [this](const Link &x) { return m_ws.updateLink(x); });
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
    qint64 version = m_l.stamp.version;
    if (m_left
        && !unchanged(
            m_left, [this] { return linkOf(m_ws, m_l.id); }, version))
        return;
    report(m_ws.removeLink(m_l.id, version));
}

void RemoveLink::undo()
{
    const auto id = m_ws.addLink(m_l);
    report(id);
    if (id) {
        if (const auto back = linkOf(m_ws, *id))
            m_left = *back;
    }
}

SetDocumentMeta::SetDocumentMeta(Workspace &ws, qint64 id, DocumentMeta before, DocumentMeta after)
    : EditCommand(ws, QCoreApplication::translate("plens::commands", "Correct document details")), m_id(id),
      m_before(std::move(before)), m_after(std::move(after))
{
    if (const auto stamp = ws.stamp(Workspace::Item::Document, id))
        m_version = stamp->version;
}

void SetDocumentMeta::redo()
{
    write(m_after);
}

void SetDocumentMeta::write(const DocumentMeta &target)
{
    qint64 version = m_version; // first: the version the user saw
    if (m_left) {
        const auto now = m_ws.documentMeta(m_id);
        const auto stamp = m_ws.stamp(Workspace::Item::Document, m_id);
        if (!now || !stamp) {
            report(now ? Status(stamp.error()) : Status(now.error()));
            return;
        }
        if (!(*now == *m_left)) {
            report(changedBy(m_ws, *stamp));
            return;
        }
        version = stamp->version;
    }
    if (!done(m_ws.setDocumentMeta(m_id, target, version)))
        return;
    if (const auto back = m_ws.documentMeta(m_id))
        m_left = *back;
}

void SetDocumentMeta::undo()
{
    if (m_left)
        write(m_before);
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
