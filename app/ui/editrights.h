#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;
class QWidget;

namespace plens {
class Workspace;
}

namespace plens::ui {

// What the open workspace lets the user change, decided in one place (of()) for every menu, panel and
// context menu of the window; a disabled entry names the reason in its tooltip and status tip.
//   annotate  highlight, note, tag figures and passages, link, accept or reject links, correct a figure,
//             confirm, set a status, undo and redo: a writable workspace and, in a team workspace, the
//             role editor or owner.
//   manage    import, delete figures, create and change tags, rename, merge, split and group indicators:
//             a writable workspace and, in a team workspace, the role owner and the server reachable
//             (annotation, figure and link edits wait in the outbox while it is not; these cannot).
// An editor may also delete the figures added by hand and change their own annotations (as the
// server's row-level security allows). The store refuses what is not allowed anyway (and the server
// checks the role): this only greys out what would be refused.
struct EditRights
{
    Q_DECLARE_TR_FUNCTIONS(plens::ui::EditRights)

public:
    bool annotate = false;
    bool manage = false;
    QString annotateReason; // why not annotate (empty when allowed), for the user
    QString manageReason; // why not manage (empty when allowed)

    [[nodiscard]] static EditRights of(const Workspace *workspace);
    // Everything allowed: what a panel assumes until the window tells it otherwise.
    [[nodiscard]] static EditRights everything();

    // Deleting a figure (one the extractor found, or one added by hand).
    [[nodiscard]] bool removeFigure(bool userAdded) const;
    [[nodiscard]] QString removeFigureReason(bool userAdded) const;
    // Changing or deleting an annotation written by `annotationAuthor`.
    [[nodiscard]] bool changeAnnotation(const QString &annotationAuthor) const;
    [[nodiscard]] QString changeAnnotationReason(const QString &annotationAuthor) const;

    // Enables `action` (or `widget`) when `allowed`; else disables it and puts `reason` in its tooltip
    // and status tip. Its own tooltip and status tip come back when it is enabled again.
    static void apply(QAction *action, bool allowed, const QString &reason);
    static void apply(QWidget *widget, bool allowed, const QString &reason);

private:
    bool m_owner = false; // the role owner (always in a file)
    bool m_online = true; // the server is reachable (always for a file)
    QString m_author; // who the user is in the workspace
};

} // namespace plens::ui
