#pragma once

#include "model/items.h"
#include "ui/editrights.h"

#include <QTreeWidget>

class QMenu;

namespace plens::ui {

// The workspace's tag tree: shows tags with their colours and check boxes (the tags to put on the
// current annotation), and turns the user's edits into requests — create, rename, move (drag and drop),
// merge, colour, delete — that the window makes undoable commands on the store.
class TagTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit TagTree(QWidget *parent = nullptr);

    void setTags(const QList<Tag> &tags);
    [[nodiscard]] QList<qint64> checkedTags() const;
    void setCheckedTags(const QList<qint64> &ids);
    [[nodiscard]] qint64 currentTag() const;
    [[nodiscard]] QTreeWidgetItem *itemFor(qint64 id) const;
    // Tags can be checked when `checkable` (annotating); created, changed, moved and deleted when
    // rights.manage (else the context menu's entries name the reason).
    void setEditRights(const EditRights &rights, bool checkable);

    // The context-menu actions, also usable from tests and menus.
    void createTag(qint64 parentId);
    void renameTag(qint64 id);
    void recolourTag(qint64 id);
    void mergeTag(qint64 id);
    void deleteTag(qint64 id);
    // The context menu of tag `id` (0: the empty area), the caller's to show and delete.
    QMenu *createContextMenu(qint64 id);

signals:
    void createRequested(qint64 parentId, const QString &name);
    void renameRequested(qint64 id, const QString &name);
    void moveRequested(qint64 id, qint64 newParentId);
    void mergeRequested(qint64 id, qint64 intoId);
    void colourRequested(qint64 id, const QColor &colour);
    void deleteRequested(qint64 id);
    void checkedTagsChanged();

protected:
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void setItemFlags(QTreeWidgetItem *item) const;

    QList<Tag> m_tags;
    EditRights m_rights = EditRights::everything();
    bool m_checkable = true;
    bool m_filling = false;
};

} // namespace plens::ui
