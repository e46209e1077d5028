#include "ui/editrights.h"

#include "store/workspace.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace plens::ui {

namespace {
// The tooltip and status tip an action or widget had before a reason replaced them.
constexpr const char *kOwnToolTip = "plensOwnToolTip";
constexpr const char *kOwnStatusTip = "plensOwnStatusTip";

// An action's tooltip is its text unless one was set: that is not kept, so that it follows the text
// (Undo names what it undoes).
QString ownToolTip(const QAction *action)
{
    QString text = action->text();
    text.remove(QStringLiteral("...")).remove(u'&');
    return action->toolTip() == text.trimmed() ? QString() : action->toolTip();
}

QString ownToolTip(const QWidget *widget)
{
    return widget->toolTip();
}

template<typename T> void applyTo(T *item, bool allowed, const QString &reason)
{
    if (!item)
        return;
    if (!item->property(kOwnToolTip).isValid()) {
        item->setProperty(kOwnToolTip, ownToolTip(item));
        item->setProperty(kOwnStatusTip, item->statusTip());
    }
    item->setEnabled(allowed);
    if (allowed || reason.isEmpty()) {
        item->setToolTip(item->property(kOwnToolTip).toString());
        item->setStatusTip(item->property(kOwnStatusTip).toString());
    } else {
        item->setToolTip(reason);
        item->setStatusTip(reason);
    }
}
} // namespace

EditRights EditRights::of(const Workspace *workspace)
{
    EditRights r;
    if (!workspace) {
        r.annotateReason = tr("Not available: open or create a workspace first.");
        r.manageReason = r.annotateReason;
        return r;
    }
    r.m_author = workspace->author();
    r.m_online = !workspace->isServer() || workspace->isOnline();
    const WorkspaceRole role = workspace->role();
    r.m_owner = role == WorkspaceRole::Owner;
    if (workspace->isReadOnly()) {
        r.annotateReason = tr("Not available: %1.").arg(workspace->readOnlyReason());
        r.manageReason = r.annotateReason;
        return r;
    }
    if (role == WorkspaceRole::Reader) {
        r.annotateReason = tr("Not available: your role in this team workspace is reader (you can read, search "
                              "and export).");
        r.manageReason = r.annotateReason;
        return r;
    }
    r.annotate = true;
    if (!r.m_owner)
        r.manageReason = tr("Not available: only the owners of this team workspace can do this (your role is "
                            "editor).");
    else if (!r.m_online)
        r.manageReason = tr("Not available while the team workspace's server cannot be reached.");
    else
        r.manage = true;
    return r;
}

EditRights EditRights::everything()
{
    EditRights r;
    r.annotate = true;
    r.manage = true;
    r.m_owner = true;
    return r;
}

bool EditRights::removeFigure(bool userAdded) const
{
    return manage || (annotate && userAdded && m_online);
}

QString EditRights::removeFigureReason(bool userAdded) const
{
    if (removeFigure(userAdded))
        return {};
    if (!annotate)
        return annotateReason;
    if (!m_online)
        return tr("Not available while the team workspace's server cannot be reached.");
    return tr("Not available: only the owners of this team workspace delete figures found in the documents (you "
              "can delete the ones you added by hand).");
}

bool EditRights::changeAnnotation(const QString &annotationAuthor) const
{
    return annotate && (m_owner || annotationAuthor == m_author);
}

QString EditRights::changeAnnotationReason(const QString &annotationAuthor) const
{
    if (changeAnnotation(annotationAuthor))
        return {};
    if (!annotate)
        return annotateReason;
    return tr("Not available: only %1, who wrote this annotation, or an owner of this team workspace can change "
              "it.")
        .arg(annotationAuthor);
}

void EditRights::apply(QAction *action, bool allowed, const QString &reason)
{
    applyTo(action, allowed, reason);
}

void EditRights::apply(QWidget *widget, bool allowed, const QString &reason)
{
    applyTo(widget, allowed, reason);
}

} // namespace plens::ui
