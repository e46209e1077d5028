// Fuzz target: the extractor on a display text (the input read as UTF-8; its first byte picks the
// document's context: a plan or a briefing, dated or not).
#include "extract/extract.h"
#include "fuzzsupport.h"

#include <QString>
#include <cstdlib>

PLENS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    plens::ExtractContext context;
    const uint8_t pick = data[0];
    if (pick & 1)
        context.documentDate = QDate(2022, 6, 30);
    if (pick & 2)
        context.region = QStringLiteral("江苏省");
    context.docType = (pick & 4) ? QStringLiteral("简报") : QStringLiteral("方案");
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (const plens::Figure &f : plens::extractFigures(text, context)) {
        if (f.start < 0 || f.end > text.size() || f.start > f.end)
            std::abort(); // evidence outside the text
    }
    return 0;
}
