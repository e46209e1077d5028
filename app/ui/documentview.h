#pragma once

#include "model/document.h"
#include "ui/highlight.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QToolBar;

namespace plens::ui {

class PageView;
class TextView;

// One document in a pane: its title and metadata, and either its display text (TextView) or, for a
// PDF or OFD document, its pages (PageView) with a toggle between the two. Highlights, selection and scrolling work on
// display-text offsets in both, so the rest of the window never cares which one is showing.
class DocumentView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Text, Pages };

    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    // Shows `doc`; a PDF or OFD document with its original bytes opens on its pages. Returns false (and
    // shows the text) when its pages cannot be rendered.
    bool setDocument(const Document &doc);
    void clear();
    [[nodiscard]] qint64 documentId() const { return m_id; }
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] bool hasPages() const;

    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    void setHighlights(const QList<Highlight> &highlights);
    [[nodiscard]] const QList<Highlight> &highlights() const { return m_highlights; }
    void scrollToRange(qsizetype start, qsizetype end);
    void selectRange(qsizetype start, qsizetype end);
    [[nodiscard]] qsizetype selectionStart() const;
    [[nodiscard]] qsizetype selectionEnd() const;
    [[nodiscard]] QString selectedText() const;
    // Where a range is on screen, in this widget's coordinates (invalid when not visible).
    [[nodiscard]] QRect rangeRect(qsizetype start, qsizetype end) const;

    [[nodiscard]] TextView *textView() const { return m_textView; }

    // The note shown above a document some of whose pages were recognised from images (0-based pages).
    static QString recognisedPagesNote(QList<int> pages);
    [[nodiscard]] PageView *pageView() const { return m_pageView; }

signals:
    void highlightClicked(qint64 id);
    void selectionChanged();
    void viewScrolled(); // the visible part changed (connectors between panes follow it)

private:
    void updatePageControls();

    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_recognised; // "text on pages 1, 3 was recognised from images"
    QToolBar *m_tools;
    QAction *m_pagesAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_fitAction;
    QSpinBox *m_page;
    QStackedWidget *m_stack;
    TextView *m_textView;
    PageView *m_pageView;
    QList<Highlight> m_highlights;
    QString m_text;
    qint64 m_id = 0;
    Mode m_mode = Mode::Text;
};

} // namespace plens::ui
