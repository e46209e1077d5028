#include "ui/firstrun.h"

#include "pipeline/importpipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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
    QStringList files;
    for (const QString &name : samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << samples.filePath(name);
    if (files.isEmpty())
        return Error {QStringLiteral(":/samples"),
                      QCoreApplication::translate("plens::ui", "cannot read the built-in sample")};
    // The same pipeline as any import: read, extract, store, group, suggest.
    ImportPipeline pipeline(ws);
    const ImportPipeline::Summary summary = pipeline.run(files);
    for (const ImportPipeline::FileResult &f : summary.files) {
        if (f.error)
            return *f.error;
    }
    if (!summary.errors.isEmpty())
        return summary.errors.first();
    // The suggestions between the plan and the briefing are the sample's links: accepted, so the
    // targets are judged and their charts show how far they have come.
    const SampleDocuments docs = sampleDocuments(ws);
    QHash<qint64, qint64> documentOf;
    for (const Commitment &c : ws.commitments())
        documentOf.insert(c.id, c.documentId);
    QList<Link> accepted;
    for (Link l : ws.links()) {
        if (l.state == Link::State::Suggested && documentOf.value(l.toId) == docs.plan
            && documentOf.value(l.fromId) == docs.briefing) {
            l.state = Link::State::Accepted;
            accepted.append(l);
        }
    }
    if (auto st = ws.addLinks(accepted); !st)
        return st.error();
    return int(summary.files.size());
}

SampleDocuments sampleDocuments(const Workspace &ws)
{
    SampleDocuments s;
    for (const DocumentSummary &d : ws.documents()) {
        if (d.fileName == QLatin1String("sample-plan.txt"))
            s.plan = d.id;
        else if (d.fileName == QLatin1String("sample-briefing.txt"))
            s.briefing = d.id;
    }
    return s;
}

Result<std::unique_ptr<Workspace>> openDefaultWorkspace(bool *fresh)
{
    const QString path = defaultWorkspacePath();
    const bool isNew = !QFileInfo::exists(path);
    if (fresh)
        *fresh = false;
    auto ws = Workspace::open(path);
    if (!ws || !isNew)
        return ws;
    if (auto n = addSampleDocuments(**ws); !n)
        return n.error();
    if (fresh)
        *fresh = true;
    return ws;
}

} // namespace plens::ui
