#pragma once

#include "export/export.h"
#include "model/document.h"
#include "model/items.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace plens {

// Paints one chart into `rect` (device pixels of the page). The app supplies it from app/charts (the
// only code that links QtCharts); tests pass a simple painter.
using ChartPainter = std::function<void(QPainter &painter, const QRectF &rect)>;

struct PackChart
{
    QString title; // the indicator, e.g. 5G基站
    QString caption; // optional line under the chart (unit, source)
    ChartPainter paint;
};

// One row of the targets table: a target with the latest figure reported against it.
struct PackTargetRow
{
    qint64 targetId = 0;
    QString indicator;
    QString target; // as a reader writes it: "> 20万 个"
    std::optional<int> year;
    QString document; // where the target was set
    QString latest; // latest reported value, "" when none
    std::optional<int> latestYear;
    QString latestDocument;
    QDate latestDate;
    std::optional<double> attainment; // percent of the target reached (inverted for ≤/< targets)
    TargetStatus status = TargetStatus::None;
};

// A quoted passage with where it comes from.
struct PackQuote
{
    QString text;
    QString document;
    int page = 0; // 1-based page for PDF sources, 0 when the source has no pages
    QDate date;
    QString label; // e.g. "Target: > 20万 个 (2023)"
};

// The figures of one indicator over time, for a chart: reported values and targets by year.
struct IndicatorSeries
{
    QString indicator;
    QString unit;
    QList<QPointF> reported; // x: year, y: value
    QList<QPointF> targets; // x: target year, y: value
};

// A table of its own after the targets: the cascade check, the deadline radar, plan revisions
// (export/packanalysis.h fills them from core/analysis).
struct PackSection
{
    QString title;
    QString note; // a line under the title: what was judged, on which date, by which rules
    QStringList headers;
    QList<int> widths; // percent per column; equal when empty
    QList<QStringList> rows;
    QList<bool> flagged; // per row: needs attention (shown in red)
};

struct MeetingPack
{
    QString title;
    QDate date;
    QString filters; // ExportFilter::describe(), "" for everything
    QList<PackChart> charts;
    QList<PackTargetRow> targets;
    QList<PackQuote> quotes;
    QList<IndicatorSeries> series; // filled by collect(), one per indicator of the targets, for charts
    QList<PackSection> sections; // after the targets table, before the quotes
};

class MeetingPackWriter
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPackWriter)
public:
    // The targets (figures of kind Target that pass `filter`) of `figures` with the latest reported
    // value linked to each (Reports links that were not rejected; latest by year, then document date),
    // and the quotes of both, in indicator order.
    static void collect(MeetingPack &pack, const QList<Document> &documents, const QList<Commitment> &figures,
                        const QList<Link> &links, const QList<Indicator> &indicators,
                        const QHash<qint64, QList<qint64>> &commitmentTags, const ExportFilter &filter);

    // A plain chart of a series (bars for reported values, a marked line for each target), drawn with
    // QPainter only: the pack's charts where the app's own charts are not available (the CLI).
    static ChartPainter simpleChart(const IndicatorSeries &series);

    // Attainment of `reported` against `target` in percent: plens::attainment() (extract/linker.h), the
    // rule the charts use too.
    static std::optional<double> attainment(const Figure &target, const Figure &reported);

    // Paints the whole pack on `device` (a QPdfWriter, or the app's QPrinter for print and preview):
    // cover, charts two per page, the targets table, the quotes; page numbers on every page. The device
    // is set to A4. Returns the page count.
    static Result<int> paint(const MeetingPack &pack, QPagedPaintDevice &device, const ExportProgress &progress = {});

    // The pack as a PDF file, written whole or not at all.
    static Result<int> write(const MeetingPack &pack, const QString &path, const ExportProgress &progress = {});
};

} // namespace plens
