#include "charts/chartoutput.h"

#include "export/exportfont.h"
#include "export/outputfile.h"
#include "export/pdftounicode.h"
#include "version.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QPrinter>
#include <QSvgGenerator>

namespace plens::charts {

namespace {

// The width the chart is laid out at, in scene units; the height follows the target's shape.
constexpr qreal kLogicalWidth = 1000;

// A chart page: A4 landscape with room for a printer's unprintable edge.
QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 15, 12),
                       QPageLayout::Millimeter);
}

QFont pageFont(const QString &family, qreal pixels, bool bold = false)
{
    QFont f(family);
    f.setPixelSize(qMax(1, qRound(pixels)));
    f.setBold(bold);
    return f;
}

} // namespace

void ChartOutput::paintPaper(QPainter &painter, const QPagedPaintDevice &device, const IndicatorData &data,
                             const ChartOptions &options, const QDate &date)
{
    ChartOptions paper = options;
    paper.fontFamily = pdfFontFamily(); // text that copies out as the right characters
    const QSize paint = device.pageLayout().paintRectPixels(device.logicalDpiX()).size();
    paintPage(painter, QRectF(QPointF(0, 0), QSizeF(paint)), data, paper, date);
}

void ChartOutput::paintChart(QPainter &painter, const QRectF &rect, const IndicatorData &data,
                             const ChartOptions &options)
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const QSizeF logical(kLogicalWidth, kLogicalWidth * rect.height() / rect.width());
    QGraphicsScene scene;
    std::unique_ptr<QChart> owned = IndicatorChart::build(data, options);
    QChart *chart = owned.release();
    scene.addItem(chart); // the scene owns it now
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, rect, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
}

void ChartOutput::paintPage(QPainter &painter, const QRectF &page, const IndicatorData &data,
                            const ChartOptions &options, const QDate &date)
{
    // Sizes relative to the page, so any resolution gives the same page.
    const qreal unit = page.width() / 297.0; // one millimetre on A4 landscape
    const QString family = options.fontFamily.isEmpty() ? IndicatorChart::chartFontFamily() : options.fontFamily;
    painter.save();
    painter.setPen(Qt::black);
    const QFont titleFont = pageFont(family, 6 * unit, true);
    const QFont captionFont = pageFont(family, 3.6 * unit);
    const QFont footerFont = pageFont(family, 3 * unit);
    qreal y = page.top();
    painter.setFont(titleFont);
    const qreal titleHeight = QFontMetricsF(titleFont, painter.device()).height();
    painter.drawText(QRectF(page.left(), y, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     IndicatorChart::title(data));
    y += titleHeight + unit;
    painter.setFont(captionFont);
    const qreal captionHeight = QFontMetricsF(captionFont, painter.device()).height();
    painter.drawText(QRectF(page.left(), y, page.width(), captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     IndicatorChart::caption(data) + QStringLiteral(" · ") + IndicatorChart::modeName(options.mode));
    y += captionHeight + 2 * unit;

    // Footer: sources (wrapped, at most three lines), then the date and who made the page.
    painter.setFont(footerFont);
    const QFontMetricsF fm(footerFont, painter.device());
    const QString sources = tr("Sources: %1").arg(data.sources.join(QStringLiteral("; ")));
    const QRectF sourceBox = fm.boundingRect(QRectF(page.left(), 0, page.width(), fm.height() * 3),
                                             Qt::TextWordWrap | Qt::AlignLeft, sources);
    const qreal sourceHeight = std::min(sourceBox.height(), fm.height() * 3);
    const qreal footerTop = page.bottom() - fm.height() - sourceHeight - unit;
    painter.drawLine(QPointF(page.left(), footerTop - unit), QPointF(page.right(), footerTop - unit));
    painter.drawText(QRectF(page.left(), footerTop, page.width(), sourceHeight), Qt::TextWordWrap | Qt::AlignLeft,
                     sources);
    painter.drawText(QRectF(page.left(), page.bottom() - fm.height(), page.width(), fm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Date: %1 · PolicyLens %2").arg(date.toString(Qt::ISODate), QStringLiteral(PLENS_VERSION)));
    painter.restore();

    ChartOptions chartOptions = options;
    chartOptions.title = false; // the page has its own
    chartOptions.fontFamily = family;
    paintChart(painter, QRectF(page.left(), y, page.width(), footerTop - 2 * unit - y), data, chartOptions);
}

QImage ChartOutput::image(const IndicatorData &data, const ChartOptions &options, const QSize &size)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter painter(&img);
    paintChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), data, options);
    painter.end();
    return img;
}

MeetingPackSource::ChartFactory ChartOutput::packCharts(const Workspace &w, const QDate &today)
{
    auto inputs = std::make_shared<IndicatorInputs>(IndicatorInputs::load(w, today));
    return [inputs](const IndicatorSeries &series) -> ChartPainter {
        if (std::optional<IndicatorData> data = collectIndicator(*inputs, series.indicator))
            return packPainter(*data);
        return MeetingPackWriter::simpleChart(series);
    };
}

QString ChartOutput::pdfFontFamily()
{
    Result<QString> family = ExportFont::family();
    return family ? family.value() : IndicatorChart::chartFontFamily();
}

Status ChartOutput::write(const IndicatorData &data, const ChartOptions &options, const QString &path,
                          const QDate &date)
{
    const QString native = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(data, options, path, date);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        if (!image(data, options).save(&buffer, "PNG"))
            return Error {native, tr("the chart could not be drawn as PNG")};
    } else if (suffix == QLatin1String("svg")) {
        const QSize size(1000, 625);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(IndicatorChart::title(data));
        svg.setDescription(IndicatorChart::caption(data));
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        paintChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), data, options);
        painter.end();
    } else {
        return Error {native, tr("unknown chart format '%1' (use .png, .svg or .pdf)").arg(suffix)};
    }
    OutputFile out(path);
    if (Status s = out.open(); !s)
        return s;
    if (Status s = out.write(bytes); !s)
        return s;
    return out.commit();
}

Status ChartOutput::writePdf(const IndicatorData &data, const ChartOptions &options, const QString &path,
                             const QDate &date)
{
    OutputFile out(path);
    if (Status s = out.open(); !s)
        return s;
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("PolicyLens"));
        writer.setTitle(IndicatorChart::title(data));
        writer.setPageLayout(pageLayout());
        QPainter painter;
        if (!painter.begin(&writer))
            return Error {QDir::toNativeSeparators(path), tr("the PDF could not be started")};
        paintPaper(painter, writer, data, options, date);
        painter.end();
    }
    if (Status s = out.write(fixTabsInToUnicode(bytes)); !s)
        return s;
    return out.commit();
}

void ChartOutput::preparePrinter(QPrinter &printer, const IndicatorData &data)
{
    printer.setPageLayout(pageLayout());
    printer.setDocName(IndicatorChart::title(data));
    printer.setCreator(QStringLiteral("PolicyLens"));
}

void ChartOutput::print(QPrinter &printer, const IndicatorData &data, const ChartOptions &options, const QDate &date)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    paintPaper(painter, printer, data, options, date);
    painter.end();
}

ChartPainter ChartOutput::packPainter(const IndicatorData &data, ChartMode mode)
{
    const QSizeF size(kLogicalWidth, kLogicalWidth * 0.55);
    auto picture = std::make_shared<QPicture>();
    {
        QPainter painter(picture.get());
        ChartOptions options;
        options.mode = mode;
        options.title = false; // the pack writes the title above the chart
        options.fontFamily = pdfFontFamily();
        paintChart(painter, QRectF(QPointF(0, 0), size), data, options);
    }
    return [picture, size](QPainter &painter, const QRectF &rect) {
        // Playing a picture back scales it by the device's resolution over the picture's: undo that.
        const qreal dpi = painter.device() ? qreal(painter.device()->logicalDpiX()) / picture->logicalDpiX() : 1.0;
        const qreal scale = std::min(rect.width() / size.width(), rect.height() / size.height()) / dpi;
        painter.save();
        painter.translate(rect.topLeft());
        painter.scale(scale, scale);
        painter.drawPicture(0, 0, *picture);
        painter.restore();
    };
}

} // namespace plens::charts
