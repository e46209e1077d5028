#pragma once

#include "model/document.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace plens {

// Files larger than this are refused before they are read (a policy document is a few MB at most;
// the limit keeps a mistaken drop of a 200 MB dump from hanging the import).
inline constexpr qsizetype kMaxImportBytes = 64 * 1024 * 1024;

struct ImportOptions
{
    QString password; // for encrypted PDFs; the document is never touched before it is unlocked
    // Called during long steps (a conversion through LibreOffice) with the work done so far; returning
    // false cancels the import (a running conversion is killed). May be empty.
    std::function<bool(int done, int total)> progress;
};

// Imports a file of any supported format (txt in any encoding, html/htm, pdf, docx, ofd; doc, wps and
// rtf through an installed LibreOffice), detected by content first and extension second. The result carries the display
// text (cleaned of web debris and PDF artefacts), per-character boxes for PDF and OFD pages, metadata, the original
// bytes and a content hash. Errors name the file and the reason (empty, truncated, encrypted, not what its extension
// says...).
Result<Document> importFile(const QString &path, const ImportOptions &options = {});

// The same for bytes already in memory; `fileName` names the source in errors and in the Document.
Result<Document> importBytes(const QString &fileName, const QByteArray &bytes, const ImportOptions &options = {});

// True for a PDF that cannot be read without a password; the GUI asks for one and imports again
// with ImportOptions::password.
bool pdfNeedsPassword(const QByteArray &bytes);

} // namespace plens
