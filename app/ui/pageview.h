#pragma once

#include "model/document.h"
#include "ui/highlight.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QList>
#include <QRectF>

#include <memory>

namespace plens {
class PageRenderer;
}

namespace plens::ui {

// A paged document (PDF, OFD) shown as a continuous column of pages, rendered by a PageRenderer off
// the GUI thread. Highlights and the text selection are drawn from the display text's per-character
// boxes (Document::charBoxes), so offsets in the display text are all the view needs to show a figure
// or an annotation.
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    // Shows the renderer's pages; `boxes` maps each display-text character to its page and box.
    void setDocument(std::unique_ptr<PageRenderer> renderer, QList<CharBox> boxes = {});
    void clear();
    [[nodiscard]] PageRenderer *renderer() const { return m_renderer.get(); }

    [[nodiscard]] int pageCount() const;
    [[nodiscard]] int currentPage() const; // the page at the top of the view
    void goToPage(int page);

    // Zoom as a factor of the page's size at the screen's resolution (1.0 = 100%).
    [[nodiscard]] double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    [[nodiscard]] bool fitWidth() const { return m_fitWidth; }
    void setFitWidth(bool on);

    // Pages whose text was recognised from an image (Document::recognisedPages) carry a small tag.
    void setRecognisedPages(const QList<int> &pages);
    [[nodiscard]] const QList<int> &recognisedPages() const { return m_recognised; }

    void setHighlights(QList<Highlight> highlights);
    [[nodiscard]] const QList<Highlight> &highlights() const { return m_highlights; }
    // Scrolls so that the display-text range is visible (e.g. a figure selected in another pane).
    void scrollToRange(qsizetype start, qsizetype end);

    // The selected display-text range [start, end), empty when nothing is selected.
    [[nodiscard]] qsizetype selectionStart() const { return m_selStart; }
    [[nodiscard]] qsizetype selectionEnd() const { return m_selEnd; }
    void setSelection(qsizetype start, qsizetype end);

    // Where a page lies in the view's content coordinates (for tests and connectors between panes).
    [[nodiscard]] QRectF pageRect(int page) const;
    // The rectangles of a display-text range in viewport coordinates.
    [[nodiscard]] QList<QRectF> rangeRects(qsizetype start, qsizetype end) const;

signals:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void selectionChanged();
    void highlightClicked(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void relayout();
    [[nodiscard]] double scale() const; // device-independent pixels per point
    [[nodiscard]] QPointF contentOffset() const;
    [[nodiscard]] int pageAt(double contentY) const;
    [[nodiscard]] qsizetype charAt(const QPointF &viewportPos) const;
    [[nodiscard]] const Highlight *highlightAt(qsizetype index) const;
    void paintRange(QPainter &p, qsizetype start, qsizetype end, const QColor &color, int firstPage,
                    int lastPage) const;
    void emitPageIfChanged();

    std::unique_ptr<PageRenderer> m_renderer;
    QList<CharBox> m_boxes;
    QList<QRectF> m_pageRects; // content coordinates
    QList<Highlight> m_highlights;
    QList<int> m_recognised;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    qsizetype m_selStart = 0;
    qsizetype m_selEnd = 0;
    qsizetype m_anchor = -1; // where a mouse selection started
    int m_lastPage = -1;
};

} // namespace plens::ui
