#include "ui/revisionsview.h"

#include "model/labels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plens::ui {

namespace {

enum Column { Change, Indicator, Region, Older, Newer, Rule, Columns };

QString kindText(analysis::ChangeKind k)
{
    switch (k) {
    case analysis::ChangeKind::Value:
        return RevisionsView::tr("value");
    case analysis::ChangeKind::DueYear:
        return RevisionsView::tr("due year");
    case analysis::ChangeKind::Comparator:
        return RevisionsView::tr("comparator");
    case analysis::ChangeKind::Hedge:
        return RevisionsView::tr("hedge");
    case analysis::ChangeKind::Unit:
        return RevisionsView::tr("unit");
    case analysis::ChangeKind::Added:
        return RevisionsView::tr("added");
    case analysis::ChangeKind::Dropped:
        return RevisionsView::tr("dropped");
    }
    return {};
}

QString figureText(qint64 id, const Figure &f)
{
    if (!id)
        return RevisionsView::tr("—");
    QString s = f.hedge.isEmpty() ? QString() : f.hedge + u' ';
    s += Labels::value(f, true);
    if (f.year)
        s += QStringLiteral(" (%1)").arg(*f.year);
    return s;
}

// Marks [start, end) in `edit` (the whole line when it is an aligned passage) and scrolls to it.
void mark(QPlainTextEdit *edit, qsizetype start, qsizetype end, const QColor &colour)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (start >= 0 && end > start) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(edit->document());
        s.cursor.setPosition(int(start));
        s.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        s.format.setBackground(colour);
        selections.append(s);
        QTextCursor at(edit->document());
        at.setPosition(int(start));
        edit->setTextCursor(at);
        edit->centerCursor();
    }
    edit->setExtraSelections(selections);
}

} // namespace

RevisionsView::RevisionsView(InputsSource inputs, DocumentsSource documents, QWidget *parent)
    : QDialog(parent), m_inputs(std::move(inputs)), m_documentsSource(std::move(documents)),
      m_pairs(new QComboBox(this)), m_old(new QComboBox(this)), m_new(new QComboBox(this)), m_summary(new QLabel(this)),
      m_changes(new QTreeWidget(this)), m_oldTitle(new QLabel(this)), m_newTitle(new QLabel(this)),
      m_oldText(new QPlainTextEdit(this)), m_newText(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("revisionsViewDialog"));
    setWindowTitle(tr("Plan Revisions"));
    setWindowFlag(Qt::Window);
    m_pairs->setObjectName(QStringLiteral("revisionPairComboBox"));
    m_old->setObjectName(QStringLiteral("olderDocumentComboBox"));
    m_new->setObjectName(QStringLiteral("newerDocumentComboBox"));
    m_summary->setObjectName(QStringLiteral("revisionSummaryLabel"));
    m_changes->setObjectName(QStringLiteral("revisionChangesTreeWidget"));
    m_oldText->setObjectName(QStringLiteral("olderTextEdit"));
    m_newText->setObjectName(QStringLiteral("newerTextEdit"));
    m_changes->setRootIsDecorated(false);
    m_changes->setColumnCount(Columns);
    m_changes->setHeaderLabels(
        {tr("Change"), tr("Indicator"), tr("Region"), tr("Older"), tr("Newer"), tr("How matched")});
    m_changes->header()->setStretchLastSection(true);
    for (QPlainTextEdit *e : {m_oldText, m_newText}) {
        e->setReadOnly(true);
        e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    for (QLabel *l : {m_oldTitle, m_newTitle}) {
        l->setWordWrap(true);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }

    auto *choose = new QGridLayout;
    choose->addWidget(new QLabel(tr("Versions found:"), this), 0, 0);
    choose->addWidget(m_pairs, 0, 1, 1, 3);
    choose->addWidget(new QLabel(tr("Older:"), this), 1, 0);
    choose->addWidget(m_old, 1, 1);
    choose->addWidget(new QLabel(tr("Newer:"), this), 1, 2);
    choose->addWidget(m_new, 1, 3);
    choose->setColumnStretch(1, 1);
    choose->setColumnStretch(3, 1);

    auto *texts = new QSplitter(Qt::Horizontal, this);
    for (const auto &[title, edit] : {std::pair {m_oldTitle, m_oldText}, std::pair {m_newTitle, m_newText}}) {
        auto *side = new QWidget(texts);
        auto *l = new QVBoxLayout(side);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(title);
        l->addWidget(edit, 1);
        texts->addWidget(side);
    }
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_changes);
    split->addWidget(texts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    resize(1200, 800);

    connect(m_pairs, &QComboBox::activated, this, [this](int index) {
        const int i = m_pairs->itemData(index).toInt();
        if (i >= 0 && i < m_detected.size())
            compare(m_detected.at(i).oldId, m_detected.at(i).newId);
    });
    connect(m_old, &QComboBox::activated, this, &RevisionsView::compareChosen);
    connect(m_new, &QComboBox::activated, this, &RevisionsView::compareChosen);
    connect(m_changes, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showChange(item ? m_changes->indexOfTopLevelItem(item) : -1); });
    connect(m_changes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_changes->indexOfTopLevelItem(item);
        if (row < 0 || row >= m_diff.changes.size())
            return;
        const analysis::RevisionChange &c = m_diff.changes.at(row);
        emit targetActivated(c.newTarget ? c.newTarget : c.oldTarget);
    });
    refresh();
}

const analysis::VersionDocument *RevisionsView::document(qint64 id) const
{
    for (const analysis::VersionDocument &d : m_documents)
        if (d.id == id)
            return &d;
    return nullptr;
}

void RevisionsView::refresh(bool keepChoice)
{
    const qint64 oldId = keepChoice ? m_old->currentData().toLongLong() : 0;
    const qint64 newId = keepChoice ? m_new->currentData().toLongLong() : 0;
    m_documents = m_documentsSource ? m_documentsSource() : QList<analysis::VersionDocument> {};
    m_detected = analysis::Revisions::detect(m_documents);
    {
        const QSignalBlocker b1(m_pairs), b2(m_old), b3(m_new);
        m_pairs->clear();
        m_old->clear();
        m_new->clear();
        if (m_detected.isEmpty())
            m_pairs->addItem(tr("None found: choose two documents below"), -1);
        for (int i = 0; i < m_detected.size(); ++i) {
            const analysis::VersionPair &p = m_detected.at(i);
            const analysis::VersionDocument *o = document(p.oldId), *n = document(p.newId);
            m_pairs->addItem(QStringLiteral("%1 → %2").arg(o->title, n->title), i);
            m_pairs->setItemData(i, p.rule, Qt::ToolTipRole);
        }
        for (const analysis::VersionDocument &d : std::as_const(m_documents)) {
            const QString label
                = d.date.isValid() ? QStringLiteral("%1 (%2)").arg(d.title, d.date.toString(Qt::ISODate)) : d.title;
            m_old->addItem(label, d.id);
            m_new->addItem(label, d.id);
        }
    }
    if (document(oldId) && document(newId) && oldId != newId)
        compare(oldId, newId);
    else if (!m_detected.isEmpty())
        compare(m_detected.first().oldId, m_detected.first().newId);
    else {
        // Nothing to compare until the user chooses two documents.
        const QSignalBlocker b1(m_old), b2(m_new);
        m_old->setCurrentIndex(-1);
        m_new->setCurrentIndex(-1);
        m_changes->clear();
        m_oldText->clear();
        m_newText->clear();
        m_oldTitle->clear();
        m_newTitle->clear();
        m_diff = {};
        m_summary->setText(m_documents.size() >= 2
                               ? tr("No two documents here look like versions of one plan: choose two to compare.")
                               : tr("Import two versions of a plan to compare their targets."));
    }
}

void RevisionsView::compareChosen()
{
    if (m_old->currentIndex() < 0 || m_new->currentIndex() < 0)
        return;
    compare(m_old->currentData().toLongLong(), m_new->currentData().toLongLong());
}

bool RevisionsView::compare(qint64 olderId, qint64 newerId)
{
    const analysis::VersionDocument *o = document(olderId), *n = document(newerId);
    if (!o || !n)
        return false;
    {
        const QSignalBlocker b1(m_old), b2(m_new);
        m_old->setCurrentIndex(m_old->findData(olderId));
        m_new->setCurrentIndex(m_new->findData(newerId));
    }
    m_changes->clear();
    m_oldTitle->setText(o->title);
    m_newTitle->setText(n->title);
    m_oldText->setPlainText(o->text);
    m_newText->setPlainText(n->text);
    if (olderId == newerId) {
        m_diff = {};
        m_summary->setText(tr("Choose two different documents."));
        return true;
    }
    m_diff = analysis::Revisions::diff(m_inputs ? m_inputs() : IndicatorInputs {}, *o, *n);
    for (const analysis::RevisionChange &c : std::as_const(m_diff.changes)) {
        QStringList kinds;
        for (analysis::ChangeKind k : c.kinds)
            kinds.append(kindText(k));
        auto *row = new QTreeWidgetItem(m_changes);
        row->setText(Change, kinds.join(QStringLiteral(", ")));
        row->setText(Indicator, c.indicator);
        row->setText(Region, c.region);
        row->setText(Older, figureText(c.oldTarget, c.oldFigure));
        row->setText(Newer, figureText(c.newTarget, c.newFigure));
        row->setText(Rule, c.rule);
        row->setToolTip(Change, c.summary);
        const QColor colour = c.kinds.contains(analysis::ChangeKind::Dropped) ? QColor(190, 30, 30)
            : c.kinds.contains(analysis::ChangeKind::Added)                   ? QColor(30, 130, 60)
                                                                              : QColor(170, 100, 0);
        row->setForeground(Change, colour);
    }
    for (int col = 0; col < Rule; ++col)
        m_changes->resizeColumnToContents(col);
    m_summary->setText(tr("%n change(s)", nullptr, int(m_diff.changes.size())) + QStringLiteral(" · ")
                       + tr("%n target(s) unchanged", nullptr, m_diff.unchanged) + QStringLiteral(" · ")
                       + tr("older: %1").arg(m_diff.pair.rule));
    if (!m_diff.changes.isEmpty())
        m_changes->setCurrentItem(m_changes->topLevelItem(0));
    return true;
}

void RevisionsView::showChange(int row)
{
    if (row < 0 || row >= m_diff.changes.size()) {
        mark(m_oldText, -1, -1, {});
        mark(m_newText, -1, -1, {});
        return;
    }
    const analysis::RevisionChange &c = m_diff.changes.at(row);
    // The targets' own evidence in a strong colour; a passage aligned to an added or dropped target pale.
    mark(m_oldText, c.oldStart, c.oldEnd, c.oldTarget ? QColor(255, 190, 170) : QColor(235, 235, 235));
    mark(m_newText, c.newStart, c.newEnd, c.newTarget ? QColor(180, 235, 180) : QColor(235, 235, 235));
}

} // namespace plens::ui
