// Fuzz target: the number grammar (Arabic and Chinese numerals, magnitudes, fractions) at every
// position of the input, read as UTF-8.
#include "extract/numbers.h"
#include "fuzzsupport.h"

#include <QString>
#include <cstdlib>

PLENS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (qsizetype pos = 0; pos < text.size(); ++pos) {
        const auto n = plens::parseNumber(text, pos);
        if (n && (n->start != pos || n->end <= n->start || n->end > text.size()))
            std::abort(); // a token outside what was read
    }
    return 0;
}
