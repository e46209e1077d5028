#pragma once

#include "model/items.h"
#include "ui/editrights.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace plens::ui {

// The links between targets and the figures reported against them: suggested links to accept or
// reject, accepted ones, and rejected ones (remembered, hidden unless asked for). Requests go out as
// signals; the window makes them undoable commands on the store.
class LinksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LinksPanel(QWidget *parent = nullptr);

    // `commitments` gives the two ends of each link by id.
    void setLinks(const QList<Link> &links, const QHash<qint64, Commitment> &commitments,
                  const QHash<qint64, QString> &documentTitles);
    // Shows only the links of this target (0: all targets).
    void setTarget(qint64 commitmentId);
    [[nodiscard]] qint64 currentLink() const;
    // The links selected (a selected target stands for all its links shown), else the current one.
    [[nodiscard]] QList<qint64> selectedLinks() const;
    [[nodiscard]] int visibleLinkCount() const;
    // Accept and Reject only where the workspace allows it (else they name the reason).
    void setEditRights(const EditRights &rights);

signals:
    // Accept or reject these links, all at once (one undo step).
    void acceptRequested(const QList<qint64> &linkIds);
    void rejectRequested(const QList<qint64> &linkIds);
    void jumpRequested(qint64 linkId); // show both ends side by side

private:
    void rebuild();
    void updateButtons();

    QTreeWidget *m_tree;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QCheckBox *m_showRejected;
    QList<Link> m_links;
    QHash<qint64, Commitment> m_commitments;
    QHash<qint64, QString> m_titles;
    qint64 m_target = 0;
    EditRights m_rights = EditRights::everything();
};

} // namespace plens::ui
