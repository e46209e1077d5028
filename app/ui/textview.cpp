#include "ui/textview.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace plens::ui {

TextView::TextView(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setMouseTracking(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
}

void TextView::setDisplayText(const QString &text, const QList<Table> &tables)
{
    m_highlights.clear();
    m_tableData = tables;
    setPlainText(text);
    m_tables.apply(document(), m_tableData, font());
}

void TextView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange && !m_tableData.isEmpty())
        m_tables.apply(document(), m_tableData, font()); // column widths follow the font
}

void TextView::setHighlights(QList<Highlight> highlights)
{
    std::stable_sort(highlights.begin(), highlights.end(),
                     [](const Highlight &a, const Highlight &b) { return a.start < b.start; });
    m_highlights = std::move(highlights);
    applyHighlights();
}

void TextView::applyHighlights()
{
    // One layer per character, however highlights overlap (flattenHighlights()).
    QList<QTextEdit::ExtraSelection> selections;
    const int length = document()->characterCount() - 1;
    for (const HighlightSpan &span : flattenHighlights(m_highlights)) {
        const Highlight &h = m_highlights.at(span.index);
        if (span.start >= length)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(int(span.start));
        s.cursor.setPosition(int(std::min<qsizetype>(span.end, length)), QTextCursor::KeepAnchor);
        QColor background = h.color;
        background.setAlpha(h.kind == Highlight::Kind::Annotation ? 110 : 80);
        s.format.setBackground(background);
        if (h.underline) {
            s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            s.format.setUnderlineColor(h.color.darker(150));
        }
        selections.append(s);
    }
    setExtraSelections(selections);
    viewport()->update();
}

QList<QRect> TextView::rangeRects(qsizetype start, qsizetype end) const
{
    // One rectangle per visual line of the range, in viewport coordinates.
    QList<QRect> rects;
    const int length = document()->characterCount() - 1;
    start = std::clamp<qsizetype>(start, 0, length);
    end = std::clamp<qsizetype>(end, start, length);
    for (QTextBlock block = document()->findBlock(int(start)); block.isValid() && block.position() < end;
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || !block.isVisible())
            continue;
        const QPointF origin = document()->documentLayout()->blockBoundingRect(block).topLeft()
            - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qsizetype lineStart = block.position() + line.textStart();
            const qsizetype lineEnd = lineStart + line.textLength();
            const qsizetype a = std::max(start, lineStart);
            const qsizetype b = std::min(end, lineEnd);
            if (a >= b)
                continue;
            const qreal x1 = line.cursorToX(int(a - block.position()));
            const qreal x2 = line.cursorToX(int(b - block.position()));
            rects.append(QRectF(origin.x() + std::min(x1, x2), origin.y() + line.y(), std::abs(x2 - x1), line.height())
                             .toAlignedRect());
        }
    }
    return rects;
}

void TextView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    QPainter p(viewport());
    // Tables: their grid lines over the text.
    if (!m_tables.isEmpty()) {
        p.save();
        p.setPen(palette().color(QPalette::Text));
        const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
        p.translate(-offset);
        m_tables.paint(p, document(), QRectF(offset, viewport()->size()));
        p.restore();
    }
    // The selected figure: an outline around it, over the one layer of colour.
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (!h.selected)
            continue;
        p.setPen(QPen(h.color.darker(170), 2));
        p.setBrush(Qt::NoBrush);
        for (const QRect &r : rangeRects(h.start, h.end)) {
            if (r.intersects(event->rect()))
                p.drawRect(r.adjusted(0, 0, -1, -1));
        }
    }
}

const Highlight *TextView::highlightAt(qsizetype pos) const
{
    const Highlight *best = nullptr;
    // Highlights are sorted by start: only those starting at or before pos can contain it.
    const auto end = std::upper_bound(m_highlights.cbegin(), m_highlights.cend(), pos,
                                      [](qsizetype p, const Highlight &h) { return p < h.start; });
    for (auto it = m_highlights.cbegin(); it != end; ++it) {
        if (pos < it->end && (!best || it->end - it->start < best->end - best->start))
            best = &*it;
    }
    return best;
}

qsizetype TextView::selectionStart() const
{
    return textCursor().selectionStart();
}

qsizetype TextView::selectionEnd() const
{
    return textCursor().selectionEnd();
}

void TextView::setSelection(qsizetype start, qsizetype end)
{
    const int length = document()->characterCount() - 1;
    QTextCursor c(document());
    c.setPosition(int(std::clamp<qsizetype>(start, 0, length)));
    c.setPosition(int(std::clamp<qsizetype>(end, 0, length)), QTextCursor::KeepAnchor);
    setTextCursor(c);
}

void TextView::scrollToRange(qsizetype start, qsizetype)
{
    // Put the range's line a third down the view, leaving the cursor and selection alone.
    QTextCursor c(document());
    c.setPosition(int(std::clamp<qsizetype>(start, 0, document()->characterCount() - 1)));
    const int top = cursorRect(c).top() + verticalScrollBar()->value();
    verticalScrollBar()->setValue(top - viewport()->height() / 3);
}

QRect TextView::rangeRect(qsizetype start, qsizetype end) const
{
    const int length = document()->characterCount() - 1;
    QTextCursor a(document());
    a.setPosition(int(std::clamp<qsizetype>(start, 0, length)));
    QTextCursor b(document());
    b.setPosition(int(std::clamp<qsizetype>(end, 0, length)));
    const QRect ra = cursorRect(a);
    const QRect rb = cursorRect(b);
    if (rb.top() == ra.top())
        return QRect(ra.topLeft(), QPoint(std::max(ra.left(), rb.left()), ra.bottom()));
    return QRect(ra.topLeft(), QPoint(viewport()->width(), ra.bottom()));
}

bool TextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype pos = cursorForPosition(help->pos()).position();
        const Highlight *h = highlightAt(pos);
        if (h && !h->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), h->toolTip, viewport(), rangeRect(h->start, h->end));
        else
            QToolTip::hideText();
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void TextView::contextMenuEvent(QContextMenuEvent *event)
{
    // On a highlight: the figure's (or annotation's) own menu; elsewhere the usual one (copy).
    if (!textCursor().hasSelection()) {
        if (const Highlight *h = highlightAt(cursorForPosition(event->pos()).position())) { // viewport coordinates
            emit highlightMenuRequested(h->id, event->globalPos());
            return;
        }
    }
    QTextEdit::contextMenuEvent(event);
}

void TextView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    if (const Highlight *h = highlightAt(cursorForPosition(event->position().toPoint()).position()))
        emit highlightClicked(h->id);
}

} // namespace plens::ui
