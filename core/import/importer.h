#pragma once

#include "import/limits.h"
#include "model/document.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace plens {

// Files larger than this are refused before they are read (a policy document is a few MB at most;
// the limit keeps a mistaken drop of a 200 MB dump from hanging the import). See import/limits.h.
inline constexpr qsizetype kMaxImportBytes = ImportLimits {}.fileBytes;

// How far a long import has got (text recognition of a scanned page takes seconds).
struct ImportProgress
{
    int percent = 0; // of the whole file
    int page = -1; // the page being read (0-based), -1 when the format has no pages
    int pages = 0;
    bool recognising = false; // text recognition (OCR) of that page is running
};

struct ImportOptions
{
    QString password; // for encrypted PDFs; the document is never touched before it is unlocked
    // Called on the importing thread as the import goes on (OCR page by page, a LibreOffice
    // conversion while it runs); returning false cancels it (a running conversion is killed), and the
    // import then fails with an error saying so (nothing is imported). Unset: no reports, no cancel.
    std::function<bool(const ImportProgress &)> progress;
    // The Tesseract model pages without text are recognised with ('+' joins several: chi_sim+eng).
    QString ocrLanguage = QStringLiteral("chi_sim");
    ImportLimits limits; // what one import accepts (import/limits.h); tests lower them
    bool contentHash = true; // compute Document::contentHash (a workspace needs it; `text` does not)
};

// The message of the error a cancelled import returns.
QString importCancelledMessage();

// Imports a file of any supported format (txt in any encoding, html/htm, pdf, docx, ofd; doc, wps and
// rtf through an installed LibreOffice), detected by content first and extension second. The result
// carries the display text (cleaned of web debris and PDF artefacts), per-character boxes for PDF and
// OFD pages, metadata, the original bytes and a content hash.
// Errors name the file and the reason (empty, truncated, encrypted, not what its extension says...).
// What was read with a doubt (a page without a text layer that could not be recognised) is listed in
// Document::warnings.
Result<Document> importFile(const QString &path, const ImportOptions &options = {});

// The same for bytes already in memory; `fileName` names the source in errors and in the Document.
Result<Document> importBytes(const QString &fileName, const QByteArray &bytes, const ImportOptions &options = {});

// True for a PDF that cannot be read without a password; the GUI asks for one and imports again
// with ImportOptions::password.
bool pdfNeedsPassword(const QByteArray &bytes);

} // namespace plens
