#pragma once

#include "ui/editrights.h"

#include <QMenu>

#include <functional>

class QUndoStack;

namespace plens {
class Workspace;
}

namespace plens::ui {

// The context menu of one figure, the same on its highlight in a pane and on its row in the targets
// table: link it with the figure selected before, tag it (or a new tag), set a target's status (the
// judged one, or one set by hand with the reason), delete it. Every edit is an undoable command.
class FigureMenu : public QMenu
{
    Q_OBJECT
public:
    // `link` links this figure (selected before the menu opened) with the one selected before it.
    FigureMenu(Workspace &ws, QUndoStack *undo, qint64 commitmentId, std::function<void()> link,
               QWidget *parent = nullptr);

private:
    void addTagActions(QMenu *tags);
    void addStatusActions(QMenu *status);

    Workspace &m_ws;
    QUndoStack *m_undo;
    qint64 m_id;
    EditRights m_rights;
};

} // namespace plens::ui
