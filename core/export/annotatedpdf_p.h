#pragma once

#include "model/document.h"

#include <QList>
#include <QRectF>

namespace plens {

// The highlight quads of a text range on one page: one rectangle per line, page-relative (0..1).
struct PageQuads
{
    int page = -1;
    QList<QRectF> lines;
};

// Groups the character boxes of [start, end) by page and line (a line ends where the next box is not
// beside the previous ones) and returns one rectangle per line. Characters without a box are skipped.
QList<PageQuads> quadsForRange(const QList<CharBox> &boxes, qsizetype start, qsizetype end);

} // namespace plens
