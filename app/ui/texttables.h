#pragma once

#include "model/table.h"

#include <QList>

class QPainter;
class QRectF;
class QTextDocument;
class QFont;

namespace plens::ui {

// Draws a document's tables (model/table.h) as grids in a text view without changing its text: each
// row is one block whose tab stops are set to the table's column edges (so cells line up and every
// offset stays a display-text offset, highlights included), header rows are bold on a shaded
// background, and the cell borders (row and column spans included) are painted over the text.
class TextTables
{
public:
    // Formats the rows of `tables` in `document` (whose text is the display text) for `font`.
    void apply(QTextDocument *document, const QList<Table> &tables, const QFont &font);
    void clear();

    // Paints the borders of the cells that fall in `visible` (document coordinates), the painter
    // translated so that document coordinates map to the viewport.
    void paint(QPainter &painter, const QTextDocument *document, const QRectF &visible) const;

    [[nodiscard]] bool isEmpty() const { return m_tables.isEmpty(); }
    // Column edges of table `t`, relative to its rows' text origin (for tests).
    [[nodiscard]] QList<qreal> columnEdges(qsizetype t) const { return m_edges.value(t); }

private:
    QList<Table> m_tables;
    QList<QList<qreal>> m_edges; // per table: columns + 1 x positions of the cell borders
    qreal m_padding = 6;
};

} // namespace plens::ui
