#include "ui/annotationpanel.h"

#include "ui/appsettings.h"
#include "ui/tagtree.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace plens::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int colourCount = 5;

QIcon swatch(const QColor &c)
{
    QPixmap pm(16, 16);
    pm.fill(c);
    return QIcon(pm);
}

QString shortQuote(const QString &quote)
{
    QString q = quote.simplified();
    return q.size() > 40 ? q.left(40) + QStringLiteral("…") : q;
}
} // namespace

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent), m_colours(new QButtonGroup(this)), m_highlight(new QPushButton(tr("Highlight"), this)),
      m_note(new QPlainTextEdit(this)), m_saveNote(new QPushButton(tr("Save note"), this)),
      m_delete(new QPushButton(tr("Delete"), this)), m_tags(new TagTree(this)), m_grouping(new QComboBox(this)),
      m_filter(new QLineEdit(this)), m_tree(new QTreeWidget(this)), m_notes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("annotationPanel"));
    m_highlight->setObjectName(QStringLiteral("highlightButton"));
    m_highlight->setToolTip(tr("Highlight the selected passage with this colour, note and tags"));
    m_highlight->setEnabled(false);
    m_note->setObjectName(QStringLiteral("annotationNoteEdit"));
    m_note->setPlaceholderText(tr("Note"));
    m_note->setMaximumHeight(90);
    m_saveNote->setObjectName(QStringLiteral("saveNoteButton"));
    m_delete->setObjectName(QStringLiteral("deleteAnnotationButton"));
    m_grouping->setObjectName(QStringLiteral("annotationGrouping"));
    m_grouping->addItem(tr("By document"));
    m_grouping->addItem(tr("By tag"));
    m_filter->setObjectName(QStringLiteral("annotationFilter"));
    m_filter->setPlaceholderText(tr("Filter annotations"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("annotationTree"));
    m_tree->setHeaderHidden(true);
    m_notes->setObjectName(QStringLiteral("notesBrowser"));
    for (int i = 0; i < colourCount; ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("colourButton%1").arg(i));
        b->setCheckable(true);
        b->setFixedWidth(32);
        m_colours->addButton(b, i);
    }
    m_colours->button(0)->setChecked(true);
    setColours(AppSettings::defaultHighlightColours());

    connect(m_highlight, &QPushButton::clicked, this, [this] {
        emit annotateRequested(currentColour(), m_note->toPlainText().trimmed(), m_tags->checkedTags());
    });
    connect(m_saveNote, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit noteEditRequested(m_current, m_note->toPlainText().trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit deleteRequested(m_current);
    });
    connect(m_tags, &TagTree::checkedTagsChanged, this, [this] {
        if (m_current)
            emit tagsEditRequested(m_current, m_tags->checkedTags());
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &AnnotationPanel::rebuild);
    connect(m_filter, &QLineEdit::textChanged, this, &AnnotationPanel::rebuild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_current = item ? item->data(0, IdRole).toLongLong() : 0;
        showCurrent();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong())
            emit jumpRequested(id);
    });

    auto *colourRow = new QHBoxLayout;
    for (QAbstractButton *b : m_colours->buttons())
        colourRow->addWidget(b);
    colourRow->addStretch();
    colourRow->addWidget(m_highlight);
    auto *noteRow = new QHBoxLayout;
    noteRow->addStretch();
    noteRow->addWidget(m_delete);
    noteRow->addWidget(m_saveNote);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(colourRow);
    editorLayout->addWidget(m_note);
    editorLayout->addLayout(noteRow);
    editorLayout->addWidget(new QLabel(tr("Tags"), editor));
    editorLayout->addWidget(m_tags, 1);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listTools = new QHBoxLayout;
    listTools->addWidget(m_grouping);
    listTools->addWidget(m_filter, 1);
    listLayout->addLayout(listTools);
    listLayout->addWidget(m_tree, 1);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("annotationTabs"));
    tabs->addTab(list, tr("Annotations"));
    tabs->addTab(m_notes, tr("All notes"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(editor);
    split->addWidget(tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    showCurrent();
}

void AnnotationPanel::setColours(const QList<QColor> &colours)
{
    const QList<QAbstractButton *> buttons = m_colours->buttons();
    for (qsizetype i = 0; i < buttons.size() && i < colours.size(); ++i) {
        buttons.at(i)->setIcon(swatch(colours.at(i)));
        buttons.at(i)->setProperty("colour", colours.at(i));
        buttons.at(i)->setToolTip(colours.at(i).name());
    }
}

QColor AnnotationPanel::currentColour() const
{
    QAbstractButton *b = m_colours->checkedButton();
    return b ? b->property("colour").value<QColor>() : QColor(255, 221, 87);
}

void AnnotationPanel::setCanAnnotate(bool can)
{
    m_hasSelection = can;
    updateEditing();
}

void AnnotationPanel::setEditRights(const EditRights &rights)
{
    m_rights = rights;
    updateEditing();
}

void AnnotationPanel::updateEditing()
{
    // Highlighting needs a selection and the right to annotate; the note and tags of the current
    // annotation can be changed by its author (and owners), else the note and tags are shown only.
    EditRights::apply(m_highlight, m_hasSelection && m_rights.annotate, m_rights.annotateReason);
    const auto it = std::find_if(m_annotations.cbegin(), m_annotations.cend(),
                                 [this](const Annotation &a) { return a.id == m_current; });
    const bool has = it != m_annotations.cend();
    const bool change = has ? m_rights.changeAnnotation(it->author) : m_rights.annotate;
    const QString why = has ? m_rights.changeAnnotationReason(it->author) : m_rights.annotateReason;
    EditRights::apply(m_saveNote, has && change, why);
    EditRights::apply(m_delete, has && change, why);
    m_note->setReadOnly(!change);
    m_note->setToolTip(change ? QString() : why);
    m_tags->setEditRights(m_rights, change);
}

void AnnotationPanel::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    std::stable_sort(m_annotations.begin(), m_annotations.end(), [](const Annotation &a, const Annotation &b) {
        return a.documentId != b.documentId ? a.documentId < b.documentId : a.anchor.start < b.anchor.start;
    });
    if (std::none_of(m_annotations.cbegin(), m_annotations.cend(),
                     [this](const Annotation &a) { return a.id == m_current; }))
        m_current = 0;
    rebuild();
}

void AnnotationPanel::setDocumentTitles(const QHash<qint64, QString> &titles)
{
    m_titles = titles;
    rebuild();
}

void AnnotationPanel::setTags(const QList<Tag> &tags)
{
    m_tagList = tags;
    m_tags->setTags(tags);
    rebuild();
}

void AnnotationPanel::rebuild()
{
    const qint64 current = m_current;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const QString filter = m_filter->text().trimmed();
    const bool byTag = m_grouping->currentIndex() == 1;
    QHash<qint64, QTreeWidgetItem *> groups;
    const auto group = [&](qint64 key, const QString &title) {
        QTreeWidgetItem *&g = groups[key];
        if (!g) {
            g = new QTreeWidgetItem(m_tree, {title});
            g->setFlags(Qt::ItemIsEnabled);
            QFont f = g->font(0);
            f.setBold(true);
            g->setFont(0, f);
        }
        return g;
    };
    QHash<qint64, QString> tagNames;
    for (const Tag &t : std::as_const(m_tagList))
        tagNames.insert(t.id, t.name);

    QString notes;
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (!filter.isEmpty() && !a.note.contains(filter, Qt::CaseInsensitive)
            && !a.anchor.quote.contains(filter, Qt::CaseInsensitive))
            continue;
        QString label = shortQuote(a.anchor.quote);
        if (a.anchor.orphaned)
            label = tr("(not found in the revised document) %1").arg(label);
        if (!a.note.isEmpty())
            label += QStringLiteral(" — ") + a.note.simplified();
        QList<QTreeWidgetItem *> parents;
        if (byTag) {
            if (a.tagIds.isEmpty())
                parents << group(0, tr("Untagged"));
            for (qint64 t : a.tagIds)
                parents << group(t, tagNames.value(t, tr("Untagged")));
        } else {
            parents << group(a.documentId, m_titles.value(a.documentId, tr("Document %1").arg(a.documentId)));
        }
        for (QTreeWidgetItem *p : std::as_const(parents)) {
            auto *item = new QTreeWidgetItem(p, {label});
            item->setData(0, IdRole, a.id);
            item->setIcon(0, swatch(a.color.isValid() ? a.color : QColor(255, 221, 87)));
            item->setToolTip(0, a.anchor.quote + (a.note.isEmpty() ? QString() : QStringLiteral("\n\n") + a.note));
            if (a.id == current)
                m_tree->setCurrentItem(item);
        }
        if (!a.note.isEmpty()) {
            notes += QStringLiteral("<p><b>%1</b> · %2<br/><i>%3</i><br/>%4</p>")
                         .arg(m_titles.value(a.documentId).toHtmlEscaped(), a.author.toHtmlEscaped(),
                              a.anchor.quote.toHtmlEscaped(),
                              a.note.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
        }
    }
    m_tree->expandAll();
    m_notes->setHtml(notes.isEmpty() ? tr("<p>No notes yet.</p>") : notes);
    m_current = current;
    showCurrent();
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
    }
}

void AnnotationPanel::showCurrent()
{
    const auto it = std::find_if(m_annotations.cbegin(), m_annotations.cend(),
                                 [this](const Annotation &a) { return a.id == m_current; });
    const bool has = it != m_annotations.cend();
    updateEditing();
    {
        const QSignalBlocker block(m_tags);
        m_tags->setCheckedTags(has ? it->tagIds : QList<qint64>());
    }
    m_note->setPlainText(has ? it->note : QString());
}

QString AnnotationPanel::notesInOrder() const
{
    return m_notes->toPlainText();
}

} // namespace plens::ui
