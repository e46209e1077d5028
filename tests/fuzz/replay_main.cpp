// The driver of a fuzz target in builds without libFuzzer (any compiler, every platform): runs the
// target once on each input file given (folders are walked) and fails on an input slower than the
// bound; a crash or a sanitizer report fails by itself. Inputs listed in a skip file (one
// "target/file-name reason" per line) are reported and not run: reproducers of findings whose fix
// has not landed yet.
//   fuzz_TARGET [--time-limit SECONDS] [--skip FILE] INPUT...
#include "fuzzsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <cstdio>

namespace {

QHash<QString, QString> readSkipList(const QString &path, const QString &target)
{
    QHash<QString, QString> skip;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return skip;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString key = line.section(u' ', 0, 0, QString::SectionSkipEmpty);
        if (key.section(u'/', 0, 0) == target)
            skip.insert(key.section(u'/', 1), line.section(u' ', 1, -1, QString::SectionSkipEmpty).trimmed());
    }
    return skip;
}

} // namespace

int main(int argc, char *argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    const QString target
        = QFileInfo(QString::fromLocal8Bit(argv[0])).completeBaseName().remove(QStringLiteral("fuzz_"));
    double limit = 10;
    QHash<QString, QString> skip;
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--time-limit") && i + 1 < argc)
            limit = QString::fromLocal8Bit(argv[++i]).toDouble();
        else if (arg == QLatin1String("--skip") && i + 1 < argc)
            skip = readSkipList(QString::fromLocal8Bit(argv[++i]), target);
        else if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found << it.next();
            found.sort();
            inputs += found;
        } else if (QFileInfo::exists(arg)) {
            inputs << arg;
        } else {
            std::fprintf(stderr, "fuzz_%s: no such input: %s\n", qPrintable(target), qPrintable(arg));
            return 2;
        }
    }
    int slow = 0;
    int run = 0;
    double slowest = 0;
    QString slowestName;
    for (const QString &path : std::as_const(inputs)) {
        const QString name = QFileInfo(path).fileName();
        if (skip.contains(name)) {
            std::printf("SKIP %s: %s\n", qPrintable(name), qPrintable(skip.value(name)));
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz_%s: cannot read %s\n", qPrintable(target), qPrintable(path));
            return 2;
        }
        const QByteArray bytes = f.readAll();
        QElapsedTimer timer;
        timer.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        ++run;
        if (seconds > slowest) {
            slowest = seconds;
            slowestName = name;
        }
        if (seconds > limit) {
            ++slow;
            std::printf("SLOW %s: %.2f s (the bound is %.1f s)\n", qPrintable(path), seconds, limit);
        }
    }
    std::printf("fuzz_%s: %d input(s) replayed, the slowest %.3f s (%s)\n", qPrintable(target), run, slowest,
                qPrintable(slowestName));
    std::fflush(stdout);
    return slow ? 1 : 0;
}
