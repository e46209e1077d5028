#pragma once

#include "model/document.h"
#include "model/items.h"
#include "model/result.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace plens {

// Called during long exports with the work done so far; returning false cancels the export (nothing
// is written then). May be empty.
using ExportProgress = std::function<bool(int done, int total)>;

// Which annotations and figures an export takes. Empty sets take everything.
struct ExportFilter
{
    QSet<qint64> tagIds; // items carrying at least one of these tags
    QSet<Figure::Kind> kinds; // figures of these kinds (annotations have no kind and pass)
    QSet<TargetStatus> statuses; // figures with these statuses (annotations pass)
    QSet<QString> authors; // annotations by these authors (figures pass)
    bool includeAnnotations = true;
    bool includeFigures = false; // figures (commitments) are highlighted too, coloured by kind

    [[nodiscard]] bool accepts(const Annotation &a) const;
    [[nodiscard]] bool accepts(const Commitment &c, const QList<qint64> &tagIds) const;
    // A readable summary for the meeting pack's cover ("Tags: 基础设施; Status: At risk"), or "" when
    // the filter takes everything.
    [[nodiscard]] QString describe(const QList<Tag> &tags) const;
};

// How highlights are coloured: the annotation's own colour, or the colour of its first tag that has
// one (falling back to the annotation's colour). Figures are coloured by kind in both modes, unless a
// tag colour applies in Tag mode.
enum class ColorBy { Annotation, Tag };

// One document to export with the user's work on it. The CLI and the GUI fill this from the workspace.
struct ExportRequest
{
    Document document; // originalBytes (PDF, OFD) or displayText (text, Word, web) are what is exported
    QList<Annotation> annotations;
    QList<Commitment> commitments;
    QHash<qint64, QList<qint64>> commitmentTags; // commitment id -> tag ids
    QList<Tag> tags;
    ExportFilter filter;
    ColorBy colorBy = ColorBy::Annotation;
    bool flatten = false; // PDF source: paint the highlights into the pages (printing, fax)
    int flattenDpi = 200;
    QString password; // for an encrypted source PDF
};

// What an export wrote.
struct ExportSummary
{
    int highlights = 0; // highlight annotations written (one per annotation and page it covers)
    int pages = 0;
    int skipped = 0; // items with an empty, orphaned or out-of-range anchor (not exported)
    int appearances = 0; // appearance streams added (every highlight gets one unless the PDF is encrypted)
};

// One highlight to write: a text range of the display text with its colour and note.
struct HighlightItem
{
    qsizetype start = 0;
    qsizetype end = 0;
    QColor color;
    QString note; // the annotation's note, or the figure as a reader writes it
    QString author;
    QDateTime created;
    QDateTime modified;
};

// The highlights an export request yields after the filter, in text order; items whose anchors are
// orphaned or out of range are counted in `skipped`.
QList<HighlightItem> highlightItems(const ExportRequest &request, int *skipped = nullptr);

// The default colour of a figure kind (targets yellow, reported green, forecasts blue, parameters grey).
QColor kindColor(Figure::Kind kind);

// Exports `request.document` as an annotated PDF to `outPath`: for a PDF source the original file with
// native highlight annotations (or, flattened, the pages with the highlights painted in); for an OFD
// source a PDF of its pages as PolicyLens draws them, annotated the same way; for any other source the
// text typeset on A4 with the highlights painted and the notes as numbered end notes.
// The output is written to a temporary file beside `outPath` and renamed into place, so a failure or
// cancellation leaves nothing behind and never touches an existing file.
Result<ExportSummary> exportAnnotatedPdf(const ExportRequest &request, const QString &outPath,
                                         const ExportProgress &progress = {});

// The two halves of exportAnnotatedPdf, for callers that know the source kind.
Result<ExportSummary> exportPdfSource(const ExportRequest &request, const QString &outPath,
                                      const ExportProgress &progress = {});
Result<ExportSummary> exportTextSource(const ExportRequest &request, const QString &outPath,
                                       const ExportProgress &progress = {});
Result<ExportSummary> exportOfdSource(const ExportRequest &request, const QString &outPath,
                                      const ExportProgress &progress = {});

} // namespace plens
