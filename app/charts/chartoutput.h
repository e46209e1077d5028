#pragma once

#include "charts/indicatorchart.h"
#include "export/meetingpack.h"
#include "export/packsource.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QRectF>
#include <QSize>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace plens::charts {

// An indicator chart on paper and in files: the chart alone (PNG, SVG, clipboard), or a page (PDF,
// print) with the title, the chart, and a footer naming the sources and the date.
class ChartOutput
{
    Q_DECLARE_TR_FUNCTIONS(ChartOutput)
public:
    // The chart drawn into `rect` of any painter (a widget, an image, a PDF or printer page). The chart
    // is laid out at a fixed logical width and scaled, so it looks the same at any resolution.
    static void paintChart(QPainter &painter, const QRectF &rect, const IndicatorData &data,
                           const ChartOptions &options);

    // A whole page: the title and caption above, the chart, the footer (sources, date, page owner).
    static void paintPage(QPainter &painter, const QRectF &page, const IndicatorData &data, const ChartOptions &options,
                          const QDate &date);

    static QImage image(const IndicatorData &data, const ChartOptions &options, const QSize &size = {1600, 1000});

    // By the file's suffix: .png, .svg or .pdf (A4 landscape page); written whole or not at all.
    static Status write(const IndicatorData &data, const ChartOptions &options, const QString &path,
                        const QDate &date = QDate::currentDate());

    // The page on a printer (set to A4 landscape here; print dialogs and previews may change it after).
    static void preparePrinter(QPrinter &printer, const IndicatorData &data);
    static void print(QPrinter &printer, const IndicatorData &data, const ChartOptions &options,
                      const QDate &date = QDate::currentDate());

    // The chart for a meeting pack, recorded now (on the GUI thread) and replayed on any thread.
    static ChartPainter packPainter(const IndicatorData &data, ChartMode mode = ChartMode::ByTime);

    // A meeting pack's chart factory: each indicator's chart drawn from `w` (read once, now), the
    // pack's simple chart for a series it does not know.
    static MeetingPackSource::ChartFactory packCharts(const Workspace &w, const QDate &today = QDate::currentDate());

    // The family PDF and print text is written in (the export copy of the CJK font, whose text copies
    // out as the right characters); the chart font when that cannot be made.
    static QString pdfFontFamily();

private:
    // A page on paper or in a PDF: paintPage() over the device's printable area, in the PDF font.
    static void paintPaper(QPainter &painter, const QPagedPaintDevice &device, const IndicatorData &data,
                           const ChartOptions &options, const QDate &date);
    static Status writePdf(const IndicatorData &data, const ChartOptions &options, const QString &path,
                           const QDate &date);
};

} // namespace plens::charts
