// Fuzz target: the text decoder (UTF-8, UTF-16, GB18030 detection and decoding, stray bytes), as a .txt
// file dropped into PolicyLens takes it (see fuzz_import.h).
#include "fuzz_import.h"

PLENS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return plens::fuzz::importAs("fuzz.txt", data, size);
}
