#pragma once

// Conversion of old office files (Word 97-2003 .doc, WPS .wps, RTF) to DOCX through an installed
// LibreOffice: `soffice --headless --convert-to docx` in a temporary folder with a profile of its own,
// with a time limit, killed (with the processes it started) on cancel or time-out.

#include "model/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace plens {

// LibreOffice's soffice: the PLENS_SOFFICE environment variable when set (only that, so a test or an
// administrator can choose or rule out an installation), else `soffice` or `libreoffice` on PATH, else
// the usual install folders (Windows: Program Files\LibreOffice*\program\soffice.com/.exe; macOS:
// /Applications/LibreOffice.app; Linux: /usr/lib/libreoffice, /opt/libreoffice*). Empty when none.
QString findSoffice();

// What to install when findSoffice() finds nothing, as a sentence for an error message.
QString sofficeMissingMessage();

struct ConvertOptions
{
    int timeoutMs = 180000; // a first start of LibreOffice with a fresh profile takes a while
    std::function<bool()> cancelled; // polled while LibreOffice runs; true kills it
    QString soffice; // empty: findSoffice()
};

// Converts `bytes` (a file whose type LibreOffice detects; `suffix` such as "doc" or "rtf" helps it)
// to `target` ("docx") and returns the converted file. Errors name `fileName`.
Result<QByteArray> convertWithSoffice(const QString &fileName, const QByteArray &bytes, const QString &suffix,
                                      const QString &target, const ConvertOptions &options = {});

} // namespace plens
