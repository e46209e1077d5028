#include "import/zippart.h"

#include <QCoreApplication>

#include <zip.h>

namespace plens::detail {

ZipArchive::ZipArchive(const QByteArray &bytes, quint64 unpackedBudget) : m_budget(unpackedBudget)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &err);
    if (src) {
        m_zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
        if (!m_zip)
            zip_source_free(src);
    }
    zip_error_fini(&err);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

PartStatus ZipArchive::open(const QString &name, std::unique_ptr<ZipPart> *part)
{
    m_lastSize = 0;
    m_lastPacked = 0;
    if (!m_zip)
        return PartStatus::Damaged;
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, utf8.constData(), 0, &st) != 0)
        return PartStatus::Missing;
    if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
        return PartStatus::Damaged;
    m_lastSize = st.size;
    m_lastPacked = st.comp_size;
    if (st.size > kMaxPartBytes)
        return PartStatus::TooLarge;
    if (m_unpacked + st.size > m_budget)
        return PartStatus::OverBudget;
    if (st.size > kRatioFloor && st.size / std::max<zip_uint64_t>(st.comp_size, 1) > kMaxPackRatio)
        return PartStatus::Bomb;
    zip_file_t *f = zip_fopen_index(m_zip, st.index, 0);
    if (!f)
        return PartStatus::Damaged;
    m_unpacked += st.size;
    *part = std::make_unique<ZipPart>(f, st.size);
    (*part)->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return PartStatus::Ok;
}

PartStatus ZipArchive::readAll(const QString &name, QByteArray *out)
{
    std::unique_ptr<ZipPart> part;
    const PartStatus s = open(name, &part);
    if (s != PartStatus::Ok)
        return s;
    out->resize(qsizetype(m_lastSize));
    qint64 got = 0;
    while (got < qint64(m_lastSize)) {
        const qint64 n = part->read(out->data() + got, qint64(m_lastSize) - got);
        if (n <= 0)
            break;
        got += n;
    }
    char extra = 0;
    if (got != qint64(m_lastSize) || part->read(&extra, 1) != 0)
        return part->status() == PartStatus::Ok ? PartStatus::Damaged : part->status();
    return PartStatus::Ok;
}

QString ZipArchive::describe(PartStatus status, const QString &what) const
{
    const auto mb = [](quint64 bytes) {
        return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
    };
    switch (status) {
    case PartStatus::Ok:
        return {};
    case PartStatus::Missing:
        return QCoreApplication::translate("plens::import", "%1 is missing").arg(what);
    case PartStatus::TooLarge:
        return QCoreApplication::translate("plens::import",
                                           "%1 is too large (%2 MB unpacked; the limit is %3 MB per part)")
            .arg(what, mb(m_lastSize), mb(kMaxPartBytes));
    case PartStatus::OverBudget:
        return QCoreApplication::translate("plens::import", "the Word document unpacks to more than %1 MB, the limit")
            .arg(m_budget / (1024 * 1024));
    case PartStatus::Bomb:
        return QCoreApplication::translate(
                   "plens::import",
                   "%1 unpacks to %2 times its packed size (%3 MB from %4 MB; the limit is %5 times): a damaged or "
                   "malicious file (ZIP bomb)")
            .arg(what)
            .arg(m_lastSize / std::max<quint64>(m_lastPacked, 1))
            .arg(mb(m_lastSize), mb(m_lastPacked))
            .arg(kMaxPackRatio);
    case PartStatus::Damaged:
        return QCoreApplication::translate("plens::import", "%1 cannot be unpacked (the archive is damaged)").arg(what);
    }
    return {};
}

ZipPart::ZipPart(zip_file *file, quint64 declaredSize) : m_file(file), m_declared(declaredSize) { }

ZipPart::~ZipPart()
{
    zip_fclose(m_file);
}

qint64 ZipPart::readData(char *data, qint64 maxSize)
{
    if (m_status != PartStatus::Ok)
        return -1;
    // Read at most one byte past the declared size: enough to see that the archive lied.
    const quint64 room = m_declared - std::min(m_read, m_declared) + 1;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(std::min<quint64>(quint64(maxSize), room)));
    if (n < 0) {
        m_status = PartStatus::Damaged;
        setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
        return -1;
    }
    m_read += quint64(n);
    if (m_read > m_declared) {
        m_status = PartStatus::Damaged;
        return -1;
    }
    return n;
}

} // namespace plens::detail
