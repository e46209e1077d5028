// Fuzz target: a .html file dropped into PolicyLens (see fuzz_import.h).
#include "fuzz_import.h"

PLENS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return plens::fuzz::importAs("fuzz.html", data, size);
}
