#pragma once
// The import targets: bytes through importBytes() under a file name of the format, as a dropped file
// takes them (sniffing, the format's importer, clean-up, metadata, content hash), then the extractor
// over what came out. Only crashes, sanitizer reports, leaks and slow inputs count; errors are answers.

#include "extract/extract.h"
#include "fuzzsupport.h"
#include "import/importer.h"

#include <QByteArray>
#include <QString>
#include <cstdlib>

namespace plens::fuzz {

inline int importAs(const char *fileName, const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto doc = importBytes(QString::fromLatin1(fileName), bytes);
    if (doc) {
        const QList<Figure> figures = extractFigures(doc->displayText, ExtractContext::fromMeta(doc->meta));
        for (const Figure &f : figures) {
            if (f.start < 0 || f.end > doc->displayText.size() || f.start > f.end)
                std::abort(); // an offset outside the text would break every view
        }
        if (!doc->charBoxes.isEmpty() && doc->charBoxes.size() != doc->displayText.size())
            std::abort();
    }
    return 0;
}

} // namespace plens::fuzz
