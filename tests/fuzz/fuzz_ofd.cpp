// Fuzz target: an .ofd file (China's fixed-layout format, a ZIP of XML parts) dropped into PolicyLens
// (see fuzz_import.h). Built once the OFD importer is on main (core/import/ofdimporter.cpp; see
// tests/fuzz/CMakeLists.txt); its seeds are the OFD files the tests and ../shared/corpus hold.
#include "fuzz_import.h"

PLENS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return plens::fuzz::importAs("fuzz.ofd", data, size);
}
