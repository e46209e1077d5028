#pragma once

#include "model/document.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace plens {

// Files larger than this are refused before they are read (a policy document is a few MB at most;
// the limit keeps a mistaken drop of a 200 MB dump from hanging the import).
inline constexpr qsizetype kMaxImportBytes = 64 * 1024 * 1024;

struct ImportOptions
{
    QString password; // for encrypted PDFs; the document is never touched before it is unlocked
    bool contentHash = true; // compute Document::contentHash (a workspace needs it; `text` does not)
};

// Imports a file of any supported format (txt in any encoding, html/htm, pdf, docx), detected by
// content first and extension second. The result carries the display text (cleaned of web debris
// and PDF artefacts), per-character boxes for PDFs, metadata, the original bytes and a content hash.
// Errors name the file and the reason (empty, truncated, encrypted, not what its extension says...).
Result<Document> importFile(const QString &path, const ImportOptions &options = {});

// The same for bytes already in memory; `fileName` names the source in errors and in the Document.
Result<Document> importBytes(const QString &fileName, const QByteArray &bytes, const ImportOptions &options = {});

// True for a PDF that cannot be read without a password; the GUI asks for one and imports again
// with ImportOptions::password.
bool pdfNeedsPassword(const QByteArray &bytes);

} // namespace plens
