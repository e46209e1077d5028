#pragma once
// What the tests and benchmarks share: where ../shared is (the corpus and the scorers; tests that use it
// skip when it is absent) and the best-of timer the benchmarks print.

#include <QDir>
#include <QElapsedTimer>
#include <QString>

#include <algorithm>

namespace plens::test {

// ../shared beside the checkout: PLENS_SHARED_DIR from the environment (ctest sets it), else the path
// CMake compiled in.
inline QString sharedDir()
{
    const QString env = qEnvironmentVariable("PLENS_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(PLENS_SHARED_DIR) : env;
}

// A path inside ../shared/corpus, e.g. corpusPath(u"real/x.pdf"_s).
inline QString corpusPath(const QString &relative = QString())
{
    return QDir(sharedDir()).filePath(QStringLiteral("corpus/") + relative);
}

// The best of `runs` wall-clock times of f(), in milliseconds.
template<typename F> double bestOfMs(int runs, F &&f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace plens::test
