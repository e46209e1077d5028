#pragma once

// Internal interface between importer.cpp and the per-format importers (not for other modules).

#include "import/importer.h"
#include "model/document.h"
#include "text/mappedtext.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace plens::detail {

// What a format importer hands back before the common clean-up: text whose map points into
// `boxes` (PDF) or into the text itself, plus what the file says about itself.
struct RawImport
{
    MappedText text;
    QList<CharBox> boxes; // PDF: one per source character the map points at; else empty
    QList<QSizeF> pageSizes;
    // Tables with offsets into text.text (before clean-up); importer.cpp maps them to display text.
    // Clean-up never joins, splits or re-spaces the lines of a table's rows.
    QList<Table> tables;
    QList<int> recognisedPages; // pages read by OCR
    QStringList warnings; // for the user: what was read leniently (see Document::warnings)
    QString titleHint; // <title>, PDF Info Title, docx core.xml title
    QDate dateHint;
    bool fromPdfLayout = false;
    // The importer joined lines into paragraphs from the page layout (OFD): clean-up keeps its breaks.
    bool paragraphsFromLayout = false;
};

// "N undecodable bytes were replaced with \uFFFD" for a text decoded leniently.
QString replacedBytesWarning(qsizetype count);

// The limits of the import running on this thread (set by importBytes for its duration), and whether
// its time is up; the importers' loops ask.
const ImportLimits &currentLimits();
bool pastDeadline();
// Time spent waiting for text recognition (bounded per page, cancelled by the user) is not held
// against the time limit: the deadline moves on by `ms`.
void extendDeadline(qint64 ms);
// "took longer than N s to read" for messages.
QString overTimeMessage();
// Moves tables from raw-text offsets to the display text that clean-up made of the raw text (`clean`'s
// map holds raw-text positions); a table whose offsets have no image is dropped.
QList<Table> mapTables(const QList<Table> &tables, const MappedText &clean, qsizetype rawLength);

Result<RawImport> importText(const QString &fileName, const QByteArray &bytes);
Result<RawImport> importHtml(const QString &fileName, const QByteArray &bytes);
Result<RawImport> importPdf(const QString &fileName, const QByteArray &bytes, const ImportOptions &options);
Result<RawImport> importDocx(const QString &fileName, const QByteArray &bytes);
Result<RawImport> importOfd(const QString &fileName, const QByteArray &bytes);
// Word 97-2003 / WPS (an OLE compound file) or RTF, converted to DOCX through LibreOffice.
Result<RawImport> importOldOffice(const QString &fileName, const QByteArray &bytes, bool rtf,
                                  const ImportOptions &options);

} // namespace plens::detail
