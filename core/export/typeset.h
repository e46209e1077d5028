#pragma once

#include "export/export.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace plens {

// Sets A4 portrait with 18 mm margins (20 mm at the bottom for the page number).
void setA4(QPagedPaintDevice &device);

// The height of the footer line (page number) at the bottom of a page, in device pixels.
qreal footerHeight(const QPagedPaintDevice &device);

// Draws "n / total" centred in the footer of the current page.
void paintFooter(QPainter &painter, const QPagedPaintDevice &device, const QString &family, int page, int total);

// Lays `text` out on the device's pages (above the footer) and returns how many pages it takes.
int layoutPages(QTextDocument &text, QPagedPaintDevice &device);

// Paints the pages of `text` (laid out by layoutPages) onto the painter's device. The first page goes
// on the current page when `startOnNewPage` is false. Page numbers continue from `firstPageNumber`
// of `totalPages`. `progress` is asked after each page; false cancels (returns false).
bool paintPages(QTextDocument &text, QPainter &painter, QPagedPaintDevice &device, bool startOnNewPage,
                const QString &family, int firstPageNumber, int totalPages, const ExportProgress &progress);

// A whole PDF (A4, page numbers) from `text`, into `pdf`. Returns the page count; the error message
// says what failed ("cancelled" included).
Result<int> typesetToPdf(QTextDocument &text, const QString &title, QByteArray &pdf, const ExportProgress &progress);

} // namespace plens
