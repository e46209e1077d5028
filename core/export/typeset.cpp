#include "export/typeset.h"

#include "export/pdftounicode.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace plens {

void setA4(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 14),
                                     QPageLayout::Millimeter));
}

qreal footerHeight(const QPagedPaintDevice &device)
{
    return device.logicalDpiY() * 8.0 / 25.4; // 8 mm
}

void paintFooter(QPainter &painter, const QPagedPaintDevice &device, const QString &family, int page, int total)
{
    painter.save();
    QFont font(family);
    font.setPointSizeF(9);
    painter.setFont(font);
    painter.setPen(QColor(100, 100, 100));
    const qreal h = footerHeight(device);
    painter.drawText(QRectF(0, device.height() - h, device.width(), h), Qt::AlignHCenter | Qt::AlignBottom,
                     QStringLiteral("%1 / %2").arg(page).arg(total));
    painter.restore();
}

int layoutPages(QTextDocument &text, QPagedPaintDevice &device)
{
    text.documentLayout()->setPaintDevice(&device);
    text.setPageSize(QSizeF(device.width(), device.height() - footerHeight(device)));
    return text.pageCount();
}

bool paintPages(QTextDocument &text, QPainter &painter, QPagedPaintDevice &device, bool startOnNewPage,
                const QString &family, int firstPageNumber, int totalPages, const ExportProgress &progress)
{
    const QSizeF page = text.pageSize();
    const int count = text.pageCount();
    for (int i = 0; i < count; ++i) {
        if (i > 0 || startOnNewPage)
            device.newPage();
        painter.save();
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, device, family, firstPageNumber + i, totalPages);
        if (progress && !progress(i + 1, count))
            return false;
    }
    return true;
}

Result<int> typesetToPdf(QTextDocument &text, const QString &title, QByteArray &pdf, const ExportProgress &progress)
{
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    writer.setCreator(QStringLiteral("PolicyLens"));
    writer.setTitle(title);
    setA4(writer);
    const int pages = layoutPages(text, writer);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error {{}, QCoreApplication::translate("plens::export", "the PDF cannot be written")};
    const bool done = paintPages(text, painter, writer, false, text.defaultFont().family(), 1, pages, progress);
    painter.end();
    if (!done)
        return Error {{}, QCoreApplication::translate("plens::export", "export cancelled")};
    buffer.close();
    pdf = fixTabsInToUnicode(pdf);
    return pages;
}

} // namespace plens
