#pragma once

#include "model/items.h"
#include "ui/editrights.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace plens::ui {

class TagTree;

// Highlights and notes: highlight the selected passage with a colour, a note and tags; the workspace's
// annotations grouped by document or by tag, filterable; all notes readable in order. Every change is
// a request signal; the window turns it into an undoable command and feeds back what was stored.
class AnnotationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setAnnotations(const QList<Annotation> &annotations);
    void setDocumentTitles(const QHash<qint64, QString> &titles);
    void setTags(const QList<Tag> &tags);
    [[nodiscard]] TagTree *tagTree() const { return m_tags; }

    [[nodiscard]] qint64 currentAnnotation() const { return m_current; }
    void selectAnnotation(qint64 id);
    [[nodiscard]] QColor currentColour() const;
    // The highlight palette (five colours; settings may change them).
    void setColours(const QList<QColor> &colours);
    static QList<QColor> defaultColours()
    {
        return {QColor(255, 221, 87), QColor(140, 220, 140), QColor(130, 190, 255), QColor(255, 150, 150),
                QColor(200, 160, 255)};
    }
    // Enables "Highlight" while there is a selection in the active pane.
    void setCanAnnotate(bool can);
    // What the workspace lets the user change: highlighting, notes and tags of annotations, the tag tree.
    void setEditRights(const EditRights &rights);
    [[nodiscard]] QString notesInOrder() const; // what the notes tab shows, as plain text

signals:
    void annotateRequested(const QColor &colour, const QString &note, const QList<qint64> &tagIds);
    void noteEditRequested(qint64 id, const QString &note);
    void tagsEditRequested(qint64 id, const QList<qint64> &tagIds);
    void deleteRequested(qint64 id);
    void jumpRequested(qint64 id);

private:
    void rebuild();
    void showCurrent();
    void updateEditing();

    QButtonGroup *m_colours;
    QPushButton *m_highlight;
    QPlainTextEdit *m_note;
    QPushButton *m_saveNote;
    QPushButton *m_delete;
    TagTree *m_tags;
    QComboBox *m_grouping;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QTextBrowser *m_notes;
    QList<Annotation> m_annotations;
    QHash<qint64, QString> m_titles;
    QList<Tag> m_tagList;
    qint64 m_current = 0;
    EditRights m_rights = EditRights::everything();
    bool m_hasSelection = false;
};

} // namespace plens::ui
