#include "export/outputfile.h"

#include <QDir>
#include <QFileInfo>

namespace plens {

OutputFile::OutputFile(QString path) : m_path(std::move(path)), m_file(m_path)
{
    m_file.setDirectWriteFallback(false);
}

OutputFile::~OutputFile()
{
    if (!m_committed && m_file.isOpen())
        m_file.cancelWriting();
}

Error OutputFile::error(const QString &what) const
{
    return Error {QDir::toNativeSeparators(m_path), what};
}

Status OutputFile::open()
{
    if (m_path.isEmpty())
        return Error {{}, tr("no output file given")};
    const QFileInfo info(m_path);
    if (info.isDir())
        return error(tr("is a folder; give a file name to write"));
    if (!info.absoluteDir().exists())
        return error(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!m_file.open(QIODevice::WriteOnly))
        return error(tr("cannot be written (%1); choose a folder you can write to").arg(m_file.errorString()));
    return Ok {};
}

Status OutputFile::write(const QByteArray &bytes)
{
    if (!m_file.isOpen())
        return error(tr("cannot be written (not open)"));
    if (m_file.write(bytes) != bytes.size())
        return error(tr("cannot be written (%1); is the disk full?").arg(m_file.errorString()));
    return Ok {};
}

Status OutputFile::commit()
{
    if (!m_file.commit())
        return error(tr("cannot be saved (%1)").arg(m_file.errorString()));
    m_committed = true;
    return Ok {};
}

} // namespace plens
