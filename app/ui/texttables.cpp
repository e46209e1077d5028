#include "ui/texttables.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace plens::ui {

namespace {

// Where the text of a row's first column starts, in document coordinates.
qreal textOrigin(const QTextBlock &block)
{
    const QTextLayout *tl = block.layout();
    if (!tl || tl->lineCount() == 0)
        return 0;
    return tl->position().x() + tl->lineAt(0).cursorToX(0);
}

} // namespace

void TextTables::clear()
{
    m_tables.clear();
    m_edges.clear();
}

void TextTables::apply(QTextDocument *document, const QList<Table> &tables, const QFont &font)
{
    clear();
    if (tables.isEmpty())
        return;
    const QString text = document->toPlainText();
    const QFontMetricsF plain(font);
    QFont boldFont(font);
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont);
    m_padding = std::max<qreal>(4, plain.averageCharWidth());
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const Table &t : tables) {
        if (t.columns < 1 || t.rows.isEmpty() || t.end > text.size())
            continue;
        // Every row must be a block of its own (the display text keeps it so; anything else is
        // left as text).
        bool rowsAreBlocks = true;
        for (const TableRow &r : t.rows) {
            const QTextBlock b = document->findBlock(int(r.start));
            rowsAreBlocks
                = rowsAreBlocks && b.isValid() && b.position() == r.start && b.length() - 1 == r.end - r.start;
        }
        if (!rowsAreBlocks)
            continue;
        // Column widths: the widest cell of each column; a spanning cell widens the last column it
        // covers when its columns together are too narrow.
        QList<qreal> width(t.columns, 2 * plain.averageCharWidth());
        for (const TableRow &r : t.rows) {
            for (const TableCell &c : r.cells) {
                if (c.columnSpan == 1 && c.column < t.columns)
                    width[c.column] = std::max(width[c.column],
                                               (r.header ? bold : plain).horizontalAdvance(Table::cellText(text, c)));
            }
        }
        for (const TableRow &r : t.rows) {
            for (const TableCell &c : r.cells) {
                const int last = std::min(c.column + c.columnSpan, t.columns) - 1;
                if (c.columnSpan == 1 || c.column >= t.columns)
                    continue;
                qreal room = 2 * m_padding * (last - c.column);
                for (int k = c.column; k <= last; ++k)
                    room += width[k];
                const qreal need = (r.header ? bold : plain).horizontalAdvance(Table::cellText(text, c));
                if (need > room)
                    width[last] += need - room;
            }
        }
        QList<qreal> edges {0};
        for (int c = 0; c < t.columns; ++c)
            edges.append(edges.last() + width[c] + 2 * m_padding);
        QList<QTextOption::Tab> tabs;
        for (int c = 1; c < t.columns; ++c)
            tabs.append(QTextOption::Tab(edges[c], QTextOption::LeftTab));
        for (const TableRow &r : t.rows) {
            cursor.setPosition(int(r.start));
            QTextBlockFormat f = cursor.blockFormat();
            f.setTabPositions(tabs);
            f.setLeftMargin(m_padding);
            f.setNonBreakableLines(true);
            cursor.setBlockFormat(f);
            if (r.header && r.end > r.start) {
                cursor.setPosition(int(r.end), QTextCursor::KeepAnchor);
                QTextCharFormat cf;
                cf.setFontWeight(QFont::Bold);
                cursor.mergeCharFormat(cf);
            }
        }
        m_tables.append(t);
        m_edges.append(edges);
    }
    cursor.endEditBlock();
}

void TextTables::paint(QPainter &painter, const QTextDocument *document, const QRectF &visible) const
{
    const QAbstractTextDocumentLayout *layout = document->documentLayout();
    painter.save();
    QColor line = painter.pen().color();
    line.setAlpha(140);
    QColor shade = line;
    shade.setAlpha(24);
    painter.setPen(QPen(line, 1));
    for (qsizetype ti = 0; ti < m_tables.size(); ++ti) {
        const Table &t = m_tables.at(ti);
        const QList<qreal> &edges = m_edges.at(ti);
        const QTextBlock first = document->findBlock(int(t.rows.first().start));
        const QTextBlock last = document->findBlock(int(t.rows.last().start));
        if (!first.isValid() || !last.isValid())
            continue;
        const QRectF top = layout->blockBoundingRect(first);
        const QRectF bottom = layout->blockBoundingRect(last);
        if (bottom.bottom() < visible.top() || top.top() > visible.bottom())
            continue;
        const qreal x0 = textOrigin(first) - m_padding;
        QList<qreal> rowTop;
        QList<qreal> rowBottom;
        for (const TableRow &r : t.rows) {
            const QRectF rect = layout->blockBoundingRect(document->findBlock(int(r.start)));
            rowTop.append(rect.top());
            rowBottom.append(rect.bottom());
        }
        for (int ri = 0; ri < t.rows.size(); ++ri) {
            if (rowBottom.at(ri) < visible.top())
                continue;
            if (rowTop.at(ri) > visible.bottom())
                break;
            const TableRow &r = t.rows.at(ri);
            if (r.header)
                painter.fillRect(QRectF(QPointF(x0, rowTop.at(ri)), QPointF(x0 + edges.last(), rowBottom.at(ri))),
                                 shade);
        }
        for (int ri = 0; ri < t.rows.size(); ++ri) {
            for (const TableCell &c : t.rows.at(ri).cells) {
                const int lastRow = std::min<int>(ri + c.rowSpan, int(t.rows.size())) - 1;
                const int lastCol = std::min(c.column + c.columnSpan, t.columns);
                if (c.column >= t.columns || rowBottom.at(lastRow) < visible.top() || rowTop.at(ri) > visible.bottom())
                    continue;
                painter.drawRect(QRectF(QPointF(x0 + edges.at(c.column), rowTop.at(ri)),
                                        QPointF(x0 + edges.at(lastCol), rowBottom.at(lastRow))));
            }
        }
    }
    painter.restore();
}

} // namespace plens::ui
