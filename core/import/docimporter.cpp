// Word 97-2003 (.doc), WPS (.wps) and RTF import: converted to DOCX through LibreOffice
// (officeconvert.h), then read by the DOCX importer. The converted file is not kept; the Document
// keeps the original bytes.
#include "import/formats.h"
#include "import/officeconvert.h"

#include <QCoreApplication>

namespace plens::detail {

namespace {

// The streams of an OLE compound file are named in its directory in UTF-16LE; the name says what the
// file holds: WordDocument (Word and WPS text), Workbook/Book (Excel, WPS spreadsheets), PowerPoint
// Document.
bool hasStream(const QByteArray &bytes, const char *name)
{
    QByteArray utf16;
    for (const char *c = name; *c; ++c) {
        utf16.append(*c);
        utf16.append('\0');
    }
    utf16.append("\0\0", 2); // the name's terminating NUL
    return bytes.contains(utf16);
}

} // namespace

Result<RawImport> importOldOffice(const QString &fileName, const QByteArray &bytes, bool rtf,
                                  const ImportOptions &options)
{
    if (!rtf && !hasStream(bytes, "WordDocument")) {
        if (hasStream(bytes, "Workbook") || hasStream(bytes, "Book"))
            return Error {fileName,
                          QCoreApplication::translate("plens::import",
                                                      "a spreadsheet (.xls or .et); save it as PDF to import it")};
        if (hasStream(bytes, "PowerPoint Document"))
            return Error {fileName,
                          QCoreApplication::translate("plens::import",
                                                      "a presentation (.ppt or .dps); save it as PDF to import it")};
        return Error {
            fileName,
            QCoreApplication::translate("plens::import",
                                        "an old binary Office file that is not a Word (.doc) or WPS document, or a "
                                        "damaged one")};
    }
    const auto report = [&](int percent) {
        ImportProgress p;
        p.percent = percent;
        return !options.progress || options.progress(p);
    };
    if (!report(0))
        return Error {fileName, importCancelledMessage()};
    ConvertOptions convert;
    convert.cancelled = [&] {
        return !report(0);
    };
    // Named by what it holds, not by its extension: LibreOffice reads a Kingsoft .wps as the Word file
    // it is, while ".wps" would send it to the Microsoft Works filter.
    auto docx = convertWithSoffice(fileName, bytes, rtf ? QStringLiteral("rtf") : QStringLiteral("doc"),
                                   QStringLiteral("docx"), convert);
    if (!docx)
        return docx.error();
    auto raw = importDocx(fileName, docx.value());
    report(100);
    return raw;
}

} // namespace plens::detail
