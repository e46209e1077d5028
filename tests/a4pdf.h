#pragma once
// PDFs the tests make themselves: `pages` A4 pages at 72 dpi (one unit a point) without margins,
// each drawn by `draw(painter, page)`.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace plens::test {

inline QByteArray a4Pdf(int pages, const std::function<void(QPainter &p, int page)> &draw)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        draw(p, i);
    }
    p.end();
    return bytes;
}

// One filled square of side `side` points in each page's top-left corner, in `colourOf(page)`.
inline QByteArray squaresPdf(int pages, qreal side, const std::function<QColor(int page)> &colourOf)
{
    return a4Pdf(pages, [&](QPainter &p, int page) { p.fillRect(QRectF(0, 0, side, side), colourOf(page)); });
}

} // namespace plens::test
