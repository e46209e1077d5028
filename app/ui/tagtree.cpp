#include "ui/tagtree.h"

#include "ui/dialogs.h"

#include <QContextMenuEvent>
#include <QDropEvent>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace plens::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QIcon swatch(const QColor &c)
{
    QPixmap pm(12, 12);
    pm.fill(c.isValid() ? c : QColor(Qt::lightGray));
    return QIcon(pm);
}
} // namespace

TagTree::TagTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("tagTree"));
    setHeaderHidden(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int) {
        if (!m_filling)
            emit checkedTagsChanged();
    });
}

void TagTree::setTags(const QList<Tag> &tags)
{
    const QList<qint64> checked = checkedTags();
    const qint64 current = currentTag();
    m_filling = true;
    m_tags = tags;
    clear();
    QHash<qint64, QTreeWidgetItem *> items;
    // Parents may come after children in the list: place items once their parent exists.
    QList<Tag> pending = tags;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            QTreeWidgetItem *parentItem = it->parentId ? items.value(it->parentId) : invisibleRootItem();
            if (!parentItem && it->parentId
                && std::none_of(tags.cbegin(), tags.cend(), [&](const Tag &t) { return t.id == it->parentId; }))
                parentItem = invisibleRootItem(); // a parent that no longer exists: show at the top
            if (!parentItem) {
                ++it;
                continue;
            }
            auto *item = new QTreeWidgetItem(parentItem, {it->name});
            item->setData(0, IdRole, it->id);
            item->setIcon(0, swatch(it->color));
            setItemFlags(item);
            item->setCheckState(0, checked.contains(it->id) ? Qt::Checked : Qt::Unchecked);
            items.insert(it->id, item);
            it = pending.erase(it);
        }
        if (pending.size() == before) // a cycle: show the rest at the top rather than lose them
            for (const Tag &t : std::as_const(pending)) {
                auto *item = new QTreeWidgetItem(this, {t.name});
                item->setData(0, IdRole, t.id);
                items.insert(t.id, item);
            }
        if (pending.size() == before)
            break;
    }
    expandAll();
    if (QTreeWidgetItem *item = items.value(current))
        setCurrentItem(item);
    m_filling = false;
}

void TagTree::setItemFlags(QTreeWidgetItem *item) const
{
    Qt::ItemFlags f = item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
    if (m_checkable)
        f |= Qt::ItemIsUserCheckable;
    if (m_rights.manage)
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    item->setFlags(f);
}

void TagTree::setEditRights(const EditRights &rights, bool checkable)
{
    m_rights = rights;
    m_checkable = checkable;
    setDragDropMode(rights.manage ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    const bool filling = std::exchange(m_filling, true);
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        setItemFlags(*it);
    m_filling = filling;
}

QList<qint64> TagTree::checkedTags() const
{
    QList<qint64> ids;
    for (QTreeWidgetItemIterator it(const_cast<TagTree *>(this)); *it; ++it) {
        if ((*it)->checkState(0) == Qt::Checked)
            ids.append((*it)->data(0, IdRole).toLongLong());
    }
    return ids;
}

void TagTree::setCheckedTags(const QList<qint64> &ids)
{
    m_filling = true;
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        (*it)->setCheckState(0, ids.contains((*it)->data(0, IdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
}

qint64 TagTree::currentTag() const
{
    return currentItem() ? currentItem()->data(0, IdRole).toLongLong() : 0;
}

QTreeWidgetItem *TagTree::itemFor(qint64 id) const
{
    for (QTreeWidgetItemIterator it(const_cast<TagTree *>(this)); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

void TagTree::createTag(qint64 parentId)
{
    const QString name = Dialogs::text(this, tr("New tag"), tr("Name of the new tag:"), QString()).trimmed();
    if (!name.isEmpty())
        emit createRequested(parentId, name);
}

void TagTree::renameTag(qint64 id)
{
    QTreeWidgetItem *item = itemFor(id);
    if (!item)
        return;
    const QString name = Dialogs::text(this, tr("Rename tag"), tr("New name:"), item->text(0)).trimmed();
    if (!name.isEmpty() && name != item->text(0))
        emit renameRequested(id, name);
}

void TagTree::recolourTag(qint64 id)
{
    const auto it = std::find_if(m_tags.cbegin(), m_tags.cend(), [id](const Tag &t) { return t.id == id; });
    if (it == m_tags.cend())
        return;
    const QColor c = Dialogs::colour(this, tr("Tag colour"), it->color);
    if (c.isValid() && c != it->color)
        emit colourRequested(id, c);
}

void TagTree::mergeTag(qint64 id)
{
    QStringList names;
    QList<qint64> ids;
    for (const Tag &t : std::as_const(m_tags)) {
        if (t.id != id) {
            names << t.name;
            ids << t.id;
        }
    }
    if (names.isEmpty())
        return;
    const QString into = Dialogs::item(this, tr("Merge tag"), tr("Merge into:"), names);
    const qsizetype i = names.indexOf(into);
    if (i >= 0)
        emit mergeRequested(id, ids.at(i));
}

void TagTree::deleteTag(qint64 id)
{
    if (itemFor(id))
        emit deleteRequested(id);
}

void TagTree::dropEvent(QDropEvent *event)
{
    // Do not let the tree rearrange itself: ask for the move, and show what the store then says.
    QTreeWidgetItem *moved = currentItem();
    if (!moved || !m_rights.manage) {
        event->ignore();
        return;
    }
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    qint64 parentId = 0;
    if (target) {
        switch (dropIndicatorPosition()) {
        case QAbstractItemView::OnItem:
            parentId = target->data(0, IdRole).toLongLong();
            break;
        case QAbstractItemView::AboveItem:
        case QAbstractItemView::BelowItem:
            parentId = target->parent() ? target->parent()->data(0, IdRole).toLongLong() : 0;
            break;
        case QAbstractItemView::OnViewport:
            break;
        }
    }
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    const qint64 id = moved->data(0, IdRole).toLongLong();
    if (parentId != id)
        emit moveRequested(id, parentId);
}

QMenu *TagTree::createContextMenu(qint64 id)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("tagContextMenu"));
    menu->setToolTipsVisible(true);
    const auto add = [&](const QString &text, const char *name, auto slot) {
        QAction *a = menu->addAction(text, this, slot);
        a->setObjectName(QLatin1String(name));
        EditRights::apply(a, m_rights.manage, m_rights.manageReason);
    };
    add(tr("New tag"), "tagNewAction", [this] { createTag(0); });
    if (id) {
        add(tr("New tag inside"), "tagNewInsideAction", [this, id] { createTag(id); });
        add(tr("Rename…"), "tagRenameAction", [this, id] { renameTag(id); });
        add(tr("Colour…"), "tagColourAction", [this, id] { recolourTag(id); });
        add(tr("Merge into…"), "tagMergeAction", [this, id] { mergeTag(id); });
        menu->addSeparator();
        add(tr("Delete"), "tagDeleteAction", [this, id] { deleteTag(id); });
    }
    return menu;
}

void TagTree::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = itemAt(event->pos());
    QMenu *menu = createContextMenu(item ? item->data(0, IdRole).toLongLong() : 0);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace plens::ui
