#pragma once
// A PDF made by the test: `pages` A4 pages at 72 dpi without margins, each with one filled square of
// side `side` points in its top-left corner, in the colour `colourOf(page)` gives.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace plens::test {

inline QByteArray squaresPdf(int pages, qreal side, const std::function<QColor(int page)> &colourOf)
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
        p.fillRect(QRectF(0, 0, side, side), colourOf(i));
    }
    p.end();
    return bytes;
}

} // namespace plens::test
