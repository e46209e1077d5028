// Fuzz target: opening a workspace file (the input written to a .plens file) and reading everything
// from it as the window and the CLI do: documents, figures, annotations, tags, links, search, the
// integrity check, and for a damaged file the recovery into a new one. Nothing may crash or hang; a
// refusal is an answer.
#include "fuzzsupport.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdlib>

PLENS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.plens"));
    const QString recovered = dir.filePath(QStringLiteral("recovered.plens"));
    for (const QString &p : {path, recovered}) {
        for (const char *suffix : {"", "-wal", "-shm", ".lock"})
            QFile::remove(p + QLatin1String(suffix));
    }
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    bool damaged = false;
    {
        auto ws = plens::Workspace::open(path);
        if (!ws)
            return 0;
        for (const plens::DocumentSummary &d : (*ws)->documents()) {
            const auto doc = (*ws)->document(d.id);
            if (doc && !doc->charBoxes.isEmpty() && doc->charBoxes.size() != doc->displayText.size())
                std::abort(); // boxes that do not match the text would draw wrong highlights
            (void)(*ws)->renditions(d.id);
            (void)(*ws)->documentRecord(d.id);
        }
        (void)(*ws)->commitments();
        (void)(*ws)->annotations();
        (void)(*ws)->tags();
        (void)(*ws)->links();
        (void)(*ws)->indicators();
        (void)(*ws)->search(QStringLiteral("基站"));
        (void)(*ws)->search(QStringLiteral("5G"));
        (void)(*ws)->check();
        damaged = !(*ws)->damage().isEmpty();
    }
    if (damaged)
        (void)plens::Workspace::recover(path, recovered);
    return 0;
}
