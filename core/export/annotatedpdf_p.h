#pragma once

#include "export/export.h"
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

// The PDF `pdfBytes` whose pages are request.document's pages (its own original, or an OFD source's
// pages drawn as a PDF) written to `outPath` with the request's highlights as native annotations, or
// flattened into the pages. The document's character boxes give the highlights' places.
Result<ExportSummary> annotatePdf(const ExportRequest &request, const QByteArray &pdfBytes, const QString &outPath,
                                  const ExportProgress &progress);

} // namespace plens
