#pragma once
// PDFs the layout tests draw themselves with QPdfWriter at 72 dpi (one unit is one point): tables
// with or without ruling lines, spanning cells, wrapped names, pages, running heads.

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>
#include <QString>

#include <functional>

namespace pdffixtures {

inline QFont cjkFont(double px)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(int(px));
    return f;
}

// A cell of a drawn table; a position covered by a span from above or the left is skipped
// (covered = true).
struct Cell
{
    QString text;
    int rowSpan = 1;
    int colSpan = 1;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    bool covered = false;
};

inline Cell covered()
{
    Cell c;
    c.covered = true;
    return c;
}

enum class Rules { Grid, ThreeLine, None };

struct TableSpec
{
    QList<double> widths; // per column, points
    QList<QList<Cell>> rows;
    Rules rules = Rules::Grid;
    int headerRows = 1;
    double fontPx = 10;
    double padding = 3;
};

// The rectangle of every drawn cell, by row and column of its top-left position.
struct DrawnCell
{
    int row;
    int col;
    QRectF rect;
    QString text;
};

// Row heights from the wrapped texts of the cells that do not span rows.
inline QList<double> rowHeights(const TableSpec &spec)
{
    const QFontMetricsF fm(cjkFont(spec.fontPx));
    QList<double> hs;
    for (const auto &row : spec.rows) {
        double h = fm.height() + 2 * spec.padding;
        int col = 0;
        for (const Cell &c : row) {
            if (!c.covered && c.rowSpan == 1) {
                double w = 0;
                for (int k = col; k < col + c.colSpan && k < spec.widths.size(); ++k)
                    w += spec.widths.at(k);
                const QRectF b
                    = fm.boundingRect(QRectF(0, 0, w - 2 * spec.padding, 1000), Qt::TextWrapAnywhere | c.align, c.text);
                h = std::max(h, b.height() + 2 * spec.padding);
            }
            ++col;
        }
        hs.append(h);
    }
    return hs;
}

// Draws the table with its top-left corner at `origin`; rows from `firstRow` to `lastRow`
// (inclusive) only, for a table split over pages. Returns the cells drawn and the bottom.
inline double drawTable(QPainter &p, const TableSpec &spec, QPointF origin, QList<DrawnCell> *drawn = nullptr,
                        int firstRow = 0, int lastRow = -1, bool repeatHeader = false)
{
    if (lastRow < 0)
        lastRow = int(spec.rows.size()) - 1;
    const QList<double> hs = rowHeights(spec);
    QList<int> order;
    if (repeatHeader) {
        for (int r = 0; r < spec.headerRows; ++r)
            order.append(r);
    }
    for (int r = firstRow; r <= lastRow; ++r)
        order.append(r);
    QList<double> ys;
    double y = origin.y();
    for (int r : order) {
        ys.append(y);
        y += hs.at(r);
    }
    ys.append(y);
    double width = 0;
    QList<double> xs {origin.x()};
    for (double w : spec.widths) {
        width += w;
        xs.append(origin.x() + width);
    }
    p.setFont(cjkFont(spec.fontPx));
    QPen pen(Qt::black);
    pen.setWidthF(0.6);
    p.setPen(pen);
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int r = order.at(i);
        const auto &row = spec.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const Cell &cell = row.at(c);
            if (cell.covered)
                continue;
            // Spans are clipped to the rows drawn on this page.
            int lastIdx = int(i);
            while (lastIdx + 1 < order.size() && order.at(lastIdx + 1) < r + cell.rowSpan)
                ++lastIdx;
            const QRectF rect(
                QPointF(xs.at(c), ys.at(i)),
                QPointF(xs.at(std::min<qsizetype>(c + cell.colSpan, spec.widths.size())), ys.at(lastIdx + 1)));
            if (spec.rules == Rules::Grid)
                p.drawRect(rect);
            p.drawText(rect.adjusted(spec.padding, spec.padding, -spec.padding, -spec.padding),
                       Qt::TextWrapAnywhere | cell.align, cell.text);
            if (drawn)
                drawn->append(DrawnCell {r, c, rect, cell.text});
        }
    }
    if (spec.rules == Rules::ThreeLine) {
        p.drawLine(QPointF(xs.front(), ys.front()), QPointF(xs.back(), ys.front()));
        const int header = repeatHeader || firstRow == 0 ? spec.headerRows : 0;
        if (header > 0)
            p.drawLine(QPointF(xs.front(), ys.at(header)), QPointF(xs.back(), ys.at(header)));
        p.drawLine(QPointF(xs.front(), ys.back()), QPointF(xs.back(), ys.back()));
    }
    return ys.back();
}

// A document of A4 pages drawn by `draw(painter, pageIndex)`.
inline QByteArray pdf(int pages, const std::function<void(QPainter &, int)> &draw)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QPdfWriter w(&buf);
    w.setResolution(72);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&w);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            w.newPage();
        draw(p, page);
    }
    p.end();
    return bytes;
}

} // namespace pdffixtures
