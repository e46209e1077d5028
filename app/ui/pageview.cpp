#include "ui/pageview.h"

#include "render/pagerenderer.h"

#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace plens::ui {

namespace {
constexpr double margin = 12.0; // around and between pages, in pixels
constexpr double minZoom = 0.1;
constexpr double maxZoom = 8.0;
} // namespace

PageView::PageView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("pageView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
}

PageView::~PageView() = default;

void PageView::setDocument(std::unique_ptr<PageRenderer> renderer, QList<CharBox> boxes)
{
    m_renderer = std::move(renderer);
    m_boxes = std::move(boxes);
    m_highlights.clear();
    m_recognised.clear();
    m_selStart = m_selEnd = 0;
    m_anchor = -1;
    m_lastPage = -1;
    if (m_renderer) {
        connect(m_renderer.get(), &PageRenderer::pageRendered, viewport(), [this] { viewport()->update(); });
    }
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    emitPageIfChanged();
    viewport()->update();
}

void PageView::setRecognisedPages(const QList<int> &pages)
{
    m_recognised = pages;
    viewport()->update();
}

void PageView::clear()
{
    setDocument(nullptr);
}

int PageView::pageCount() const
{
    return m_renderer ? m_renderer->pageCount() : 0;
}

int PageView::currentPage() const
{
    return pageCount() ? pageAt(contentOffset().y() + viewport()->height() / 4.0) : -1;
}

void PageView::goToPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    verticalScrollBar()->setValue(int(std::lround(m_pageRects.at(page).top() - margin)));
}

double PageView::scale() const
{
    if (!m_renderer)
        return 1.0;
    if (m_fitWidth) {
        double widest = 1.0;
        for (int i = 0; i < m_renderer->pageCount(); ++i)
            widest = std::max(widest, m_renderer->pageSize(i).width());
        return std::max(0.05, (viewport()->width() - 2 * margin) / widest);
    }
    return m_zoom * logicalDpiX() / 72.0;
}

void PageView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    const int page = currentPage();
    m_fitWidth = false;
    m_zoom = zoom;
    relayout();
    goToPage(page);
    viewport()->update();
    emit zoomChanged(m_zoom);
}

void PageView::zoomIn()
{
    setZoom((m_fitWidth ? scale() * 72.0 / logicalDpiX() : m_zoom) * 1.25);
}

void PageView::zoomOut()
{
    setZoom((m_fitWidth ? scale() * 72.0 / logicalDpiX() : m_zoom) / 1.25);
}

void PageView::setFitWidth(bool on)
{
    const int page = currentPage();
    m_fitWidth = on;
    relayout();
    goToPage(page);
    viewport()->update();
    emit zoomChanged(on ? scale() * 72.0 / logicalDpiX() : m_zoom);
}

void PageView::relayout()
{
    m_pageRects.clear();
    if (!m_renderer) {
        verticalScrollBar()->setRange(0, 0);
        horizontalScrollBar()->setRange(0, 0);
        return;
    }
    const double s = scale();
    double widest = 0;
    for (int i = 0; i < m_renderer->pageCount(); ++i)
        widest = std::max(widest, m_renderer->pageSize(i).width() * s);
    const double contentWidth = std::max<double>(viewport()->width(), widest + 2 * margin);
    double y = margin;
    m_pageRects.reserve(m_renderer->pageCount());
    for (int i = 0; i < m_renderer->pageCount(); ++i) {
        const QSizeF size = m_renderer->pageSize(i) * s;
        m_pageRects.append(QRectF(std::round((contentWidth - size.width()) / 2), y, std::round(size.width()),
                                  std::round(size.height())));
        y += std::round(size.height()) + margin;
    }
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, int(y) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, int(contentWidth) - viewport()->width()));
}

QRectF PageView::pageRect(int page) const
{
    return m_pageRects.value(page);
}

QPointF PageView::contentOffset() const
{
    return QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

int PageView::pageAt(double contentY) const
{
    if (m_pageRects.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_pageRects.cbegin(), m_pageRects.cend(), contentY,
                                     [](const QRectF &r, double y) { return r.bottom() + margin < y; });
    return int(std::min<qsizetype>(it - m_pageRects.cbegin(), m_pageRects.size() - 1));
}

QList<QRectF> PageView::rangeRects(qsizetype start, qsizetype end) const
{
    QList<QRectF> rects;
    start = std::max<qsizetype>(0, start);
    end = std::min(end, m_boxes.size());
    const QPointF offset = contentOffset();
    for (qsizetype i = start; i < end; ++i) {
        const CharBox &b = m_boxes.at(i);
        if (b.page < 0 || b.page >= m_pageRects.size() || b.box.isEmpty())
            continue;
        const QRectF pr = m_pageRects.at(b.page).translated(-offset);
        const QRectF r(pr.x() + b.box.x() * pr.width(), pr.y() + b.box.y() * pr.height(), b.box.width() * pr.width(),
                       b.box.height() * pr.height());
        // Characters on the same line join into one rectangle.
        if (!rects.isEmpty()) {
            QRectF &last = rects.last();
            const double overlap = std::min(last.bottom(), r.bottom()) - std::max(last.top(), r.top());
            if (overlap > 0.5 * std::min(last.height(), r.height()) && r.left() >= last.left() - 1
                && r.left() - last.right() < r.height()) {
                last = last.united(r);
                continue;
            }
        }
        rects.append(r);
    }
    return rects;
}

void PageView::paintRange(QPainter &p, qsizetype start, qsizetype end, const QColor &color, int firstPage,
                          int lastPage) const
{
    if (start >= end || start >= m_boxes.size())
        return;
    // Skip ranges wholly outside the visible pages without walking their characters.
    const int a = m_boxes.at(start).page;
    const int b = m_boxes.at(std::min(end, m_boxes.size()) - 1).page;
    if ((a >= 0 && a > lastPage) || (b >= 0 && b < firstPage))
        return;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const QRectF &r : rangeRects(start, end))
        path.addRect(r);
    p.fillPath(path.simplified(), color);
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Dark));
    if (!m_renderer || m_pageRects.isEmpty())
        return;
    const QPointF offset = contentOffset();
    const int first = pageAt(offset.y());
    const int last = pageAt(offset.y() + viewport()->height());
    const double dpr = devicePixelRatioF();

    // Ask for the pages bottom-up: the renderer serves the newest request first, so the top page comes
    // first; then the next page below is prefetched.
    QList<QImage> images(last - first + 1);
    if (last + 1 < pageCount())
        m_renderer->image(last + 1, int(std::lround(m_pageRects.at(last + 1).width() * dpr)));
    for (int i = last; i >= first; --i)
        images[i - first] = m_renderer->image(i, int(std::lround(m_pageRects.at(i).width() * dpr)));
    m_renderer->retain(first - 1, last + 1);

    for (int i = first; i <= last; ++i) {
        const QRectF r = m_pageRects.at(i).translated(-offset);
        p.fillRect(r.adjusted(2, 2, 2, 2), QColor(0, 0, 0, 60)); // shadow
        QImage &img = images[i - first];
        if (img.isNull()) {
            p.fillRect(r, Qt::white);
            p.setPen(Qt::gray);
            p.drawText(r, Qt::AlignCenter, tr("Page %1").arg(i + 1));
        } else {
            img.setDevicePixelRatio(dpr);
            p.drawImage(r.topLeft(), img);
        }
        if (m_recognised.contains(i)) {
            // A tag in the page's top right corner: this page's text was recognised from its image.
            const QString tag = tr("Text recognised (OCR)");
            const QFontMetrics fm(font());
            const QRectF t(r.right() - fm.horizontalAdvance(tag) - 16, r.top() + 6, fm.horizontalAdvance(tag) + 10,
                           fm.height() + 4);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(40, 90, 160, 210));
            p.drawRoundedRect(t, 4, 4);
            p.setPen(Qt::white);
            p.drawText(t, Qt::AlignCenter, tag);
        }
    }
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    for (const Highlight &h : std::as_const(m_highlights))
        paintRange(p, h.start, h.end, h.color, first, last);
    p.setCompositionMode(QPainter::CompositionMode_SourceOver);
    QColor sel = palette().color(QPalette::Highlight);
    sel.setAlpha(90);
    paintRange(p, m_selStart, m_selEnd, sel, first, last);
}

void PageView::resizeEvent(QResizeEvent *event)
{
    const int page = currentPage();
    QAbstractScrollArea::resizeEvent(event);
    relayout();
    if (m_fitWidth && page >= 0)
        goToPage(page);
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
    emitPageIfChanged();
}

void PageView::emitPageIfChanged()
{
    const int page = currentPage();
    if (page != m_lastPage) {
        m_lastPage = page;
        emit currentPageChanged(page);
    }
}

void PageView::setHighlights(QList<Highlight> highlights)
{
    m_highlights = std::move(highlights);
    viewport()->update();
}

void PageView::scrollToRange(qsizetype start, qsizetype end)
{
    for (qsizetype i = std::max<qsizetype>(0, start); i < std::min(end, m_boxes.size()); ++i) {
        const CharBox &b = m_boxes.at(i);
        if (b.page < 0 || b.page >= m_pageRects.size())
            continue;
        const QRectF pr = m_pageRects.at(b.page);
        const double y = pr.y() + b.box.y() * pr.height();
        const double x = pr.x() + b.box.x() * pr.width();
        verticalScrollBar()->setValue(int(y - viewport()->height() / 3.0));
        if (x < contentOffset().x() || x > contentOffset().x() + viewport()->width())
            horizontalScrollBar()->setValue(int(x - margin));
        return;
    }
}

void PageView::setSelection(qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, m_boxes.size());
    end = std::clamp<qsizetype>(end, start, m_boxes.size());
    if (start == m_selStart && end == m_selEnd)
        return;
    m_selStart = start;
    m_selEnd = end;
    viewport()->update();
    emit selectionChanged();
}

qsizetype PageView::charAt(const QPointF &viewportPos) const
{
    const QPointF c = viewportPos + contentOffset();
    const int page = pageAt(c.y());
    if (page < 0)
        return -1;
    const QRectF pr = m_pageRects.at(page);
    const QPointF rel((c.x() - pr.x()) / pr.width(), (c.y() - pr.y()) / pr.height());
    qsizetype best = -1;
    double bestDist = 1e9;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const CharBox &b = m_boxes.at(i);
        if (b.page != page)
            continue;
        if (b.box.contains(rel))
            return i;
        // Distance to the box, lines weigh more than columns, so a point beside a line picks that line.
        const double dx = std::max({b.box.left() - rel.x(), 0.0, rel.x() - b.box.right()});
        const double dy = std::max({b.box.top() - rel.y(), 0.0, rel.y() - b.box.bottom()});
        const double d = dx + 4 * dy;
        if (d < bestDist) {
            bestDist = d;
            best = i;
        }
    }
    return best;
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qsizetype i = charAt(event->position());
    m_anchor = i;
    if (i < 0) {
        setSelection(0, 0);
        return;
    }
    if (const Highlight *h = highlightAt(i))
        emit highlightClicked(h->id);
    setSelection(0, 0);
}

const Highlight *PageView::highlightAt(qsizetype index) const
{
    const Highlight *best = nullptr;
    for (const Highlight &h : m_highlights) {
        if (index >= h.start && index < h.end && (!best || h.end - h.start < best->end - best->start))
            best = &h;
    }
    return best;
}

bool PageView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Highlight *h = highlightAt(charAt(help->pos()));
        if (h && !h->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), h->toolTip, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const qsizetype i = charAt(event->position());
    if (i < 0)
        return;
    setSelection(std::min(m_anchor, i), std::max(m_anchor, i) + 1);
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_anchor = -1;
    event->accept();
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Home:
        verticalScrollBar()->setValue(0);
        return;
    case Qt::Key_End:
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_PageUp:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    default:
        break;
    }
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

} // namespace plens::ui
