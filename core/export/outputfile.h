#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace plens {

// A file an export writes: opened as a temporary file beside the destination, renamed into place by
// commit(), and removed if the export fails or is cancelled (no half-written file is ever left).
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    explicit OutputFile(QString path);
    ~OutputFile(); // discards the temporary file unless committed

    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Opens the temporary file; fails with a clear message when the folder is missing or read-only.
    Status open();
    Status write(const QByteArray &bytes);
    [[nodiscard]] QIODevice *device() { return &m_file; }
    Status commit();

private:
    [[nodiscard]] Error error(const QString &what) const;
    QString m_path;
    QSaveFile m_file;
    bool m_committed = false;
};

} // namespace plens
