#pragma once

// Reading the parts of a ZIP-based document (DOCX) within stated limits: a part is streamed out of
// the archive as it is parsed, never unpacked whole, and a part that unpacks to far more than it
// packs (a ZIP bomb), or to more than a document needs, is refused before it is read. Internal to
// core/import.

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace plens::detail {

// Limits on what one file may unpack (every importer states its limits, see issue 19); all parts
// together are held to the import's ImportLimits::unpackedBytes (import/limits.h).
inline constexpr quint64 kMaxPartBytes = 128ULL << 20; // one part, unpacked
inline constexpr quint64 kMaxPackRatio = 100; // unpacked / packed size of a part ...
inline constexpr quint64 kRatioFloor = 4ULL << 20; // ... larger than this (small parts compress well)

enum class PartStatus {
    Ok,
    Missing,
    TooLarge, // past kMaxPartBytes
    OverBudget, // the parts opened so far past the archive's budget for all parts
    Bomb, // past kMaxPackRatio
    Damaged, // cannot be unpacked, or unpacks to more than the archive says
};

class ZipPart;

// An archive held in memory.
class ZipArchive
{
public:
    // `unpackedBudget`: what all parts opened from it may unpack to together.
    ZipArchive(const QByteArray &bytes, quint64 unpackedBudget);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    [[nodiscard]] bool isOpen() const { return m_zip != nullptr; }

    // Opens a part for streaming after checking its sizes against the limits; `part` is set when Ok.
    PartStatus open(const QString &name, std::unique_ptr<ZipPart> *part);
    // Reads a (small) part whole, within the same limits.
    PartStatus readAll(const QString &name, QByteArray *out);

    // The sizes of the last part opened, for messages.
    [[nodiscard]] quint64 lastSize() const { return m_lastSize; }
    [[nodiscard]] quint64 lastPacked() const { return m_lastPacked; }

    // A sentence for the user about a part that could not be read ("the Word document's text part
    // unpacks to 340 times its packed size …"); `what` names the part ("the Word document's text").
    [[nodiscard]] QString describe(PartStatus status, const QString &what) const;

private:
    zip *m_zip = nullptr;
    quint64 m_budget = 0;
    quint64 m_unpacked = 0; // declared sizes of the parts opened so far
    quint64 m_lastSize = 0;
    quint64 m_lastPacked = 0;
};

// One part being read: a sequential QIODevice that inflates as it is read and fails (read() returns
// -1, status() says why) when the data goes past the size the archive declares.
class ZipPart : public QIODevice
{
public:
    ZipPart(zip_file *file, quint64 declaredSize);
    ~ZipPart() override;
    ZipPart(const ZipPart &) = delete;
    ZipPart &operator=(const ZipPart &) = delete;

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] PartStatus status() const { return m_status; }
    [[nodiscard]] quint64 bytesRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file *m_file;
    quint64 m_declared;
    quint64 m_read = 0;
    PartStatus m_status = PartStatus::Ok;
};

} // namespace plens::detail
