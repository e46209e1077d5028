#pragma once

#include "model/document.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace plens {

// Summary row of a stored document, as the library panel lists it.
struct DocumentSummary
{
    qint64 id = 0;
    QString fileName;
    SourceFormat format = SourceFormat::Text;
    DocumentMeta meta;
};

// One workspace = one SQLite file (*.plens). Owns its connection; use from the thread that opened it.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens the workspace at `path`, creating it (and its folder) when it does not exist.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);

    [[nodiscard]] QString path() const { return m_path; }
    static int schemaVersion();

    Result<qint64> addDocument(const Document &doc);
    [[nodiscard]] QList<DocumentSummary> documents() const;
    [[nodiscard]] Result<Document> document(qint64 id) const;

private:
    Workspace(QString path, QString connectionName);
    Status createSchema();

    QString m_path;
    QString m_connectionName;
};

} // namespace plens
