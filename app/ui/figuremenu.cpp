#include "ui/figuremenu.h"

#include "extract/indicators.h"
#include "extract/linker.h"
#include "model/labels.h"
#include "store/commands.h"
#include "store/workspace.h"
#include "ui/dialogs.h"
#include "ui/editrights.h"

#include <QActionGroup>
#include <QUndoStack>

namespace plens::ui {

FigureMenu::FigureMenu(Workspace &ws, QUndoStack *undo, qint64 commitmentId, std::function<void()> link,
                       QWidget *parent)
    : QMenu(parent), m_ws(ws), m_undo(undo), m_id(commitmentId)
{
    setObjectName(QStringLiteral("figureContextMenu"));
    setAttribute(Qt::WA_DeleteOnClose);
    setToolTipsVisible(true);
    const auto c = ws.commitment(commitmentId);
    if (!c)
        return;
    // What the workspace does not let the user change is shown greyed out, with the reason.
    m_rights = EditRights::of(&ws);
    const bool target = c->figure.kind == Figure::Kind::Target;
    QAction *title = addAction(Labels::kind(c->figure.kind) + QStringLiteral(": ") + c->figure.metric + u' '
                               + Labels::value(c->figure));
    title->setEnabled(false);
    addSeparator();

    QAction *linkAction = addAction(tr("Link with the Figure Selected Before"), this, std::move(link));
    linkAction->setObjectName(QStringLiteral("figureLinkAction"));
    linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    EditRights::apply(linkAction, m_rights.annotate, m_rights.annotateReason);

    QMenu *tags = addMenu(tr("Tags"));
    tags->setObjectName(QStringLiteral("figureTagsMenu"));
    tags->setToolTipsVisible(true);
    addTagActions(tags);

    if (target) {
        QMenu *status = addMenu(tr("Status"));
        status->setObjectName(QStringLiteral("figureStatusMenu"));
        status->setToolTipsVisible(true);
        addStatusActions(status);
    }

    addSeparator();
    QAction *remove = addAction(tr("Delete Figure"), this, [this] {
        if (const auto c = m_ws.commitment(m_id))
            m_undo->push(new commands::RemoveCommitment(m_ws, *c));
    });
    remove->setObjectName(QStringLiteral("figureDeleteAction"));
    remove->setToolTip(tr("The figure is not a commitment or a reported value (Undo puts it back)"));
    EditRights::apply(remove, m_rights.removeFigure(c->userAdded), m_rights.removeFigureReason(c->userAdded));
}

void FigureMenu::addTagActions(QMenu *tags)
{
    const QList<qint64> current = m_ws.commitmentTags().value(m_id);
    for (const Tag &t : m_ws.tags()) {
        QAction *a = tags->addAction(t.name);
        a->setObjectName(QStringLiteral("figureTag_%1").arg(t.id));
        a->setCheckable(true);
        a->setChecked(current.contains(t.id));
        EditRights::apply(a, m_rights.annotate, m_rights.annotateReason);
        connect(a, &QAction::toggled, this, [this, current, id = t.id](bool on) {
            QList<qint64> after = current;
            if (on)
                after.append(id);
            else
                after.removeAll(id);
            m_undo->push(new commands::SetCommitmentTags(m_ws, m_id, current, after));
        });
    }
    if (!tags->isEmpty())
        tags->addSeparator();
    QAction *add = tags->addAction(tr("New Tag..."), this, [this, current] {
        const QString name = Dialogs::text(this, tr("New Tag"), tr("Name of the new tag:"), {}).trimmed();
        if (name.isEmpty())
            return;
        auto *create = new commands::AddTag(m_ws, Tag {0, 0, name, QColor()});
        m_undo->beginMacro(tr("Tag figure with a new tag"));
        m_undo->push(create);
        if (create->tagId())
            m_undo->push(
                new commands::SetCommitmentTags(m_ws, m_id, current, current + QList<qint64> {create->tagId()}));
        m_undo->endMacro();
    });
    add->setObjectName(QStringLiteral("figureNewTagAction"));
    EditRights::apply(add, m_rights.manage, m_rights.manageReason);
}

void FigureMenu::addStatusActions(QMenu *status)
{
    const auto c = m_ws.commitment(m_id);
    if (!c)
        return;
    // The judged state, read with the one rule, and the states an officer may set instead.
    StatusJudgement judged;
    if (const auto data = collectIndicators(IndicatorInputs::load(m_ws)); !data.isEmpty()) {
        for (const IndicatorData &d : data)
            for (const TargetProgress &p : d.progress)
                if (p.targetId == m_id)
                    judged = p.judgement;
    }
    auto *group = new QActionGroup(status);
    QAction *automatic = status->addAction(tr("As judged: %1").arg(stateName(judged.state)));
    automatic->setObjectName(QStringLiteral("figureStatusJudged"));
    automatic->setToolTip(judged.rule);
    automatic->setCheckable(true);
    automatic->setChecked(c->status == TargetStatus::None);
    if (!m_rights.annotate)
        EditRights::apply(automatic, false, m_rights.annotateReason);
    group->addAction(automatic);
    connect(automatic, &QAction::triggered, this, [this] {
        if (const auto c = m_ws.commitment(m_id); c && c->status != TargetStatus::None)
            m_undo->push(commands::UpdateCommitment::setStatus(m_ws, *c, TargetStatus::None, {}));
    });
    status->addSeparator();
    for (auto state : {StatusJudgement::State::Met, StatusJudgement::State::OnTrack, StatusJudgement::State::AtRisk,
                       StatusJudgement::State::Missed, StatusJudgement::State::NoData}) {
        const TargetStatus manual = statusFor(state);
        QAction *a = status->addAction(tr("Set by hand: %1").arg(stateName(state)));
        a->setObjectName(QStringLiteral("figureStatus_%1").arg(int(manual)));
        a->setCheckable(true);
        a->setChecked(c->status == manual);
        EditRights::apply(a, m_rights.annotate, m_rights.annotateReason);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, manual, state] {
            const auto c = m_ws.commitment(m_id);
            if (!c)
                return;
            const QString why = Dialogs::text(
                this, tr("Set Status"), tr("Why is the status '%1'? (optional)").arg(stateName(state)), c->statusNote);
            m_undo->push(commands::UpdateCommitment::setStatus(m_ws, *c, manual, why));
        });
    }
}

} // namespace plens::ui
