#include "ui/firstrun.h"

#include "import/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace plens::ui {

QString defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.plens"));
}

Result<int> addSampleDocuments(Workspace &ws)
{
    const QDir samples(QStringLiteral(":/samples"));
    int added = 0;
    const auto names = samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(samples.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return Error {name, QCoreApplication::translate("plens::ui", "cannot read the built-in sample")};
        auto doc = importBytes(name, f.readAll());
        if (!doc)
            return doc.error();
        if (auto id = ws.addDocument(*doc); !id)
            return id.error();
        ++added;
    }
    return added;
}

Result<std::unique_ptr<Workspace>> openDefaultWorkspace()
{
    const QString path = defaultWorkspacePath();
    const bool fresh = !QFileInfo::exists(path);
    auto ws = Workspace::open(path);
    if (!ws || !fresh)
        return ws;
    if (auto n = addSampleDocuments(**ws); !n)
        return n.error();
    return ws;
}

} // namespace plens::ui
