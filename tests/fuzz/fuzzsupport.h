#pragma once
// What every fuzz target shares: the libFuzzer entry points, and a Qt application object (the SQLite
// driver and Poppler's error handler want one) made once.

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace plens::fuzz {

inline void initialise(int *argc, char ***argv)
{
    // Made once and never destroyed: destroying it among the static destructors at exit would run
    // after Qt's own globals are gone.
    static QCoreApplication *app = nullptr;
    if (!app && !QCoreApplication::instance()) {
        app = new QCoreApplication(*argc, *argv);
        QStandardPaths::setTestModeEnabled(true);
    }
}

} // namespace plens::fuzz

// The LLVMFuzzerInitialize of every target.
#define PLENS_FUZZ_INITIALISE                                                                                          \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                                       \
    {                                                                                                                  \
        plens::fuzz::initialise(argc, argv);                                                                           \
        return 0;                                                                                                      \
    }
