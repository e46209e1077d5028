#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include "model/table.h"

namespace plens {

// Where one display-text character sits on a PDF page: page index and a box in page-relative
// coordinates (0..1, origin top-left), so a highlight stays valid at any zoom or DPI.
struct CharBox
{
    int page = -1; // -1: the character has no box (e.g. an inserted paragraph break)
    QRectF box;
    friend bool operator==(const CharBox &, const CharBox &) = default;
};

// Metadata read from a document; every field can be corrected by the user later.
struct DocumentMeta
{
    QString title;
    QString issuer; // 发文机关
    QString docNumber; // 文号, e.g. 苏工信数据〔2021〕632号
    QDate date; // issue or publish date
    QString region; // 江苏省, 镇江市 ...
    QString docType; // 方案 意见 通知 答复 简报 报告 ...
    friend bool operator==(const DocumentMeta &, const DocumentMeta &) = default;
};

// The source format of an imported document. Values are stored in workspaces: append only.
// Doc: a Word 97-2003 (.doc) or WPS (.wps) file, read after conversion through LibreOffice.
// Ofd: an OFD electronic document (GB/T 33190-2016).
enum class SourceFormat { Text, Html, Pdf, Docx, Ofd, Doc };

// A document as the importers produce it and the store keeps it.
struct Document
{
    qint64 id = 0; // 0 until stored
    QString fileName; // the source file's name as imported
    SourceFormat format = SourceFormat::Text;
    DocumentMeta meta;
    QString displayText; // cleaned text that anchors and figures refer to
    QList<CharBox> charBoxes; // paged sources (PDF, OFD): one per display-text character, else empty
    QList<QSizeF> pageSizes; // paged sources: page sizes in points
    QList<Table> tables; // tables in reading order, offsets into displayText (see model/table.h)
    QList<int> recognisedPages; // 0-based pages whose text was recognised from an image (OCR)
    // What the import could not read fully or read leniently, for the user; not stored ("page 3 has
    // no text layer", "replaced 3 stray bytes …", "ignored 5 tags nested more than 200 deep").
    QStringList warnings;
    QByteArray originalBytes; // the file as received, kept for export
    QByteArray contentHash; // hash of the normalised text, for duplicate detection (empty when the
                            // import was asked not to compute it, ImportOptions::contentHash)
};

} // namespace plens
