// Plain text in UTF-8 (with or without BOM), UTF-16 (with or without BOM) or GB18030/GBK.
#include "import/formats.h"
#include "text/encoding.h"

#include <QCoreApplication>

namespace plens::detail {

Result<RawImport> importText(const QString &fileName, const QByteArray &bytes)
{
    TextEncoding enc {};
    qsizetype errors = 0;
    QString text = decodeTextAuto(bytes, &enc, &errors);
    // Binary data decodes to control characters and replacement characters; real text has (almost)
    // none. A few stray bad bytes (a truncated last character, a stray \xFF or NUL) are tolerated,
    // replaced and counted.
    if (looksBinary(text))
        return Error {fileName, QCoreApplication::translate("plens::import", "not a text document (binary data)")};
    if (text.trimmed().isEmpty())
        return Error {fileName, QCoreApplication::translate("plens::import", "the file contains no text")};
    errors += replaceControlCharacters(text);
    RawImport raw;
    raw.text = MappedText::identity(text);
    if (errors > 0)
        raw.warnings.append(replacedBytesWarning(errors));
    return raw;
}

} // namespace plens::detail
