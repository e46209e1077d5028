#include "ui/linkspanel.h"

#include "model/labels.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plens::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString describe(const Commitment &c, const QString &title)
{
    const Figure &f = c.figure;
    QStringList parts {f.metric, Labels::value(f)};
    if (f.year)
        parts << QString::number(*f.year);
    if (!f.scope.isEmpty())
        parts << f.scope;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · ")) + (title.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(title));
}
} // namespace

LinksPanel::LinksPanel(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_accept(new QPushButton(tr("Accept"), this)),
      m_reject(new QPushButton(tr("Reject"), this)), m_showRejected(new QCheckBox(tr("Show rejected"), this))
{
    setObjectName(QStringLiteral("linksPanel"));
    m_tree->setObjectName(QStringLiteral("linksTree"));
    m_tree->setRootIsDecorated(true);
    m_tree->setHeaderLabels({tr("Target / reported figure"), tr("Score"), tr("State")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_accept->setObjectName(QStringLiteral("acceptLinkButton"));
    m_reject->setObjectName(QStringLiteral("rejectLinkButton"));
    m_showRejected->setObjectName(QStringLiteral("showRejectedCheck"));

    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_accept->setToolTip(tr("Accept the selected links (select a target to accept all its suggestions)"));
    m_reject->setToolTip(tr("Reject the selected links; rejected pairs are never suggested again"));
    const auto pending = [this](Link::State unless) {
        QList<qint64> ids;
        for (qint64 id : selectedLinks()) {
            const auto it = std::find_if(m_links.cbegin(), m_links.cend(), [id](const Link &l) { return l.id == id; });
            if (it != m_links.cend() && it->state != unless)
                ids.append(id);
        }
        return ids;
    };
    connect(m_accept, &QPushButton::clicked, this, [this, pending] {
        if (const QList<qint64> ids = pending(Link::State::Accepted); !ids.isEmpty())
            emit acceptRequested(ids);
    });
    connect(m_reject, &QPushButton::clicked, this, [this, pending] {
        if (const QList<qint64> ids = pending(Link::State::Rejected); !ids.isEmpty())
            emit rejectRequested(ids);
    });
    connect(m_showRejected, &QCheckBox::toggled, this, &LinksPanel::rebuild);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong())
            emit jumpRequested(id);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LinksPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &LinksPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showRejected);
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void LinksPanel::setLinks(const QList<Link> &links, const QHash<qint64, Commitment> &commitments,
                          const QHash<qint64, QString> &documentTitles)
{
    m_links = links;
    m_commitments = commitments;
    m_titles = documentTitles;
    rebuild();
}

void LinksPanel::setTarget(qint64 commitmentId)
{
    m_target = commitmentId;
    rebuild();
}

qint64 LinksPanel::currentLink() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
}

QList<qint64> LinksPanel::selectedLinks() const
{
    QList<qint64> ids;
    const auto add = [&ids](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, IdRole).toLongLong();
        if (id && !ids.contains(id))
            ids.append(id);
    };
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        add(item);
        for (int i = 0; i < item->childCount(); ++i)
            add(item->child(i));
    }
    if (ids.isEmpty() && m_tree->currentItem())
        add(m_tree->currentItem());
    return ids;
}

void LinksPanel::updateButtons()
{
    bool canAccept = false, canReject = false;
    for (qint64 id : selectedLinks()) {
        const auto it = std::find_if(m_links.cbegin(), m_links.cend(), [id](const Link &l) { return l.id == id; });
        if (it == m_links.cend())
            continue;
        canAccept = canAccept || it->state != Link::State::Accepted;
        canReject = canReject || it->state != Link::State::Rejected;
    }
    EditRights::apply(m_accept, canAccept && m_rights.annotate, m_rights.annotateReason);
    EditRights::apply(m_reject, canReject && m_rights.annotate, m_rights.annotateReason);
}

void LinksPanel::setEditRights(const EditRights &rights)
{
    m_rights = rights;
    updateButtons();
}

int LinksPanel::visibleLinkCount() const
{
    int n = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        n += (*it)->data(0, IdRole).toLongLong() ? 1 : 0;
    return n;
}

void LinksPanel::rebuild()
{
    const qint64 current = currentLink();
    m_tree->clear();
    // Built apart from the tree and handed over at once.
    QHash<qint64, QTreeWidgetItem *> targets;
    QList<QTreeWidgetItem *> top;
    QTreeWidgetItem *currentItem = nullptr;
    QList<Link> sorted = m_links;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Link &a, const Link &b) { return a.score > b.score; });
    for (const Link &l : std::as_const(sorted)) {
        if (m_target && l.toId != m_target)
            continue;
        if (l.state == Link::State::Rejected && !m_showRejected->isChecked())
            continue;
        const Commitment target = m_commitments.value(l.toId);
        const Commitment from = m_commitments.value(l.fromId);
        QTreeWidgetItem *&parent = targets[l.toId];
        if (!parent) {
            parent = new QTreeWidgetItem(QStringList {describe(target, m_titles.value(target.documentId))});
            top.append(parent);
            QFont f = parent->font(0);
            f.setBold(true);
            parent->setFont(0, f);
            parent->setToolTip(0, target.figure.text);
        }
        QString state;
        switch (l.state) {
        case Link::State::Suggested:
            state = tr("Suggested");
            break;
        case Link::State::Accepted:
            state = tr("Accepted");
            break;
        case Link::State::Rejected:
            state = tr("Rejected");
            break;
        }
        auto *item = new QTreeWidgetItem(
            parent,
            {describe(from, m_titles.value(from.documentId)), QStringLiteral("%1%").arg(qRound(100 * l.score)), state});
        item->setData(0, IdRole, l.id);
        item->setToolTip(0, from.figure.text);
        if (l.state == Link::State::Rejected)
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        if (l.id == current)
            currentItem = item;
    }
    m_tree->addTopLevelItems(top);
    for (QTreeWidgetItem *item : std::as_const(top))
        item->setExpanded(true);
    if (currentItem)
        m_tree->setCurrentItem(currentItem);
    updateButtons();
}

} // namespace plens::ui
