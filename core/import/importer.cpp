#include "import/importer.h"

#include "import/formats.h"
#include "import/metadata.h"
#include "import/ofdpackage.h"
#include "text/cleanup.h"
#include "text/encoding.h"
#include "text/normalize.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace plens {

namespace {

enum class Kind { Text, Html, Pdf, Zip, OldOffice, Rtf };

Kind sniff(const QByteArray &bytes)
{
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 1024));
    if (head.indexOf("%PDF-") >= 0)
        return Kind::Pdf;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Kind::Zip;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Kind::OldOffice;
    if (head.startsWith("{\\rtf")) // Word saves RTF under .doc too
        return Kind::Rtf;
    // HTML: decode the head as text and look for markup at the start.
    const QString text = decodeTextAuto(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)))
                             .trimmed()
                             .left(1024)
                             .toLower();
    static const QRegularExpression html(
        QStringLiteral("^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title)\\b"),
        QRegularExpression::DotMatchesEverythingOption);
    if (html.match(text).hasMatch())
        return Kind::Html;
    return Kind::Text;
}

// The format the extension promises, for the "not what its extension says" message.
QString promisedFormat(const QString &fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    if (ext == QLatin1String("pdf"))
        return QStringLiteral("PDF");
    if (ext == QLatin1String("docx"))
        return QStringLiteral("DOCX");
    if (ext == QLatin1String("ofd"))
        return QStringLiteral("OFD");
    return {};
}

// The limits and the deadline of the import running on this thread.
struct Running
{
    ImportLimits limits;
    QDeadlineTimer deadline {QDeadlineTimer::Forever};
};
thread_local Running t_running;

class RunningImport
{
public:
    explicit RunningImport(const ImportLimits &limits) : m_saved(t_running)
    {
        t_running.limits = limits;
        t_running.deadline = QDeadlineTimer(std::chrono::seconds(std::max(0, limits.seconds)));
    }
    ~RunningImport() { t_running = m_saved; }
    RunningImport(const RunningImport &) = delete;
    RunningImport &operator=(const RunningImport &) = delete;

private:
    Running m_saved;
};

QString tooLarge(qsizetype size, qsizetype limit)
{
    // Whole megabytes, rounded up, so that a file just over the limit does not read "64 MB; the limit is 64 MB".
    const auto mb = [](qsizetype b) {
        return (b + 1024 * 1024 - 1) / (1024 * 1024);
    };
    return QCoreApplication::translate("plens::import", "the file is too large (%1 MB; the limit is %2 MB)")
        .arg(mb(size))
        .arg(limit / (1024 * 1024));
}

} // namespace

namespace detail {

QString replacedBytesWarning(qsizetype count)
{
    const int n = count > INT_MAX ? INT_MAX : int(count);
    return QCoreApplication::translate(
        "plens::import", "replaced %n stray byte(s) that could not be read as text with U+FFFD", nullptr, n);
}

const ImportLimits &currentLimits()
{
    return t_running.limits;
}

bool pastDeadline()
{
    return t_running.deadline.hasExpired();
}

void extendDeadline(qint64 ms)
{
    if (!t_running.deadline.isForever() && ms > 0)
        t_running.deadline = QDeadlineTimer(std::max<qint64>(0, t_running.deadline.remainingTime()) + ms);
}

QString overTimeMessage()
{
    return QCoreApplication::translate("plens::import", "reading it took longer than %1 s, the limit for one file")
        .arg(t_running.limits.seconds);
}

// Moves tables from raw-text offsets to display-text offsets. Clean-up keeps table rows verbatim, so
// every offset has an exact image; a table whose offsets do not map is dropped rather than misplaced.
QList<Table> mapTables(const QList<Table> &tables, const MappedText &clean, qsizetype rawLength)
{
    if (tables.isEmpty())
        return {};
    QList<qsizetype> toDisplay(rawLength + 1, -1);
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const qint32 p = clean.source.at(i);
        if (p >= 0 && p < rawLength)
            toDisplay[p] = i;
    }
    // A position just past a kept character (a cell ending at a row's end) maps past its image.
    const auto at = [&](qsizetype p) -> qsizetype {
        if (p < 0 || p > rawLength)
            return -1;
        if (toDisplay.at(p) >= 0)
            return toDisplay.at(p);
        return p > 0 && toDisplay.at(p - 1) >= 0 ? toDisplay.at(p - 1) + 1 : -1;
    };
    const auto range = [&](qsizetype &s, qsizetype &e) {
        const qsizetype ds = at(s);
        const qsizetype de = e > s ? (at(e - 1) >= 0 ? at(e - 1) + 1 : -1) : ds;
        s = ds;
        e = de;
        return ds >= 0 && de >= ds;
    };
    QList<Table> out;
    for (Table t : tables) {
        bool ok = range(t.start, t.end);
        if (t.captionStart >= 0) {
            // The caption is ordinary text that clean-up may trim: its first and last kept characters.
            qsizetype s = t.captionStart;
            qsizetype e = t.captionEnd;
            while (s < e && toDisplay.at(s) < 0)
                ++s;
            while (e > s && toDisplay.at(e - 1) < 0)
                --e;
            t.captionStart = s < e ? toDisplay.at(s) : -1;
            t.captionEnd = s < e ? toDisplay.at(e - 1) + 1 : -1;
        }
        for (TableRow &r : t.rows) {
            ok = ok && range(r.start, r.end);
            for (TableCell &c : r.cells)
                ok = ok && range(c.start, c.end);
        }
        if (ok)
            out.append(t);
    }
    return out;
}

} // namespace detail

QString importCancelledMessage()
{
    return QCoreApplication::translate("plens::import", "the import was cancelled");
}

Result<Document> importBytes(const QString &fileName, const QByteArray &bytes, const ImportOptions &options)
{
    if (bytes.isEmpty())
        return Error {fileName, QCoreApplication::translate("plens::import", "the file is empty")};
    if (bytes.size() > options.limits.fileBytes)
        return Error {fileName, tooLarge(bytes.size(), options.limits.fileBytes)};
    const RunningImport running(options.limits);
    const Kind kind = sniff(bytes);
    const QString promised = promisedFormat(fileName);
    if (promised == QLatin1String("PDF") && kind != Kind::Pdf)
        return Error {fileName,
                      QCoreApplication::translate("plens::import", "not a PDF file, although its name ends in .pdf")};
    if (promised == QLatin1String("DOCX") && kind != Kind::Zip)
        return Error {fileName,
                      QCoreApplication::translate("plens::import",
                                                  "not a Word (.docx) document, although its name ends in .docx")};

    if (promised == QLatin1String("OFD") && kind != Kind::Zip)
        return Error {
            fileName,
            QCoreApplication::translate("plens::import", "not an OFD document, although its name ends in .ofd")};

    Result<detail::RawImport> raw = Error {};
    Document doc;
    doc.fileName = fileName;
    switch (kind) {
    case Kind::Pdf:
        doc.format = SourceFormat::Pdf;
        raw = detail::importPdf(fileName, bytes, options);
        break;
    case Kind::Zip:
        // OFD (GB/T 33190) and Word are both ZIP packages: OFD.xml at the root says OFD.
        if (promised == QLatin1String("OFD") || ofd::isOfdPackage(bytes)) {
            doc.format = SourceFormat::Ofd;
            raw = detail::importOfd(fileName, bytes);
        } else {
            doc.format = SourceFormat::Docx;
            raw = detail::importDocx(fileName, bytes);
        }
        break;
    case Kind::OldOffice:
    case Kind::Rtf:
        doc.format = SourceFormat::Doc;
        raw = detail::importOldOffice(fileName, bytes, kind == Kind::Rtf, options);
        break;
    case Kind::Html:
        doc.format = SourceFormat::Html;
        raw = detail::importHtml(fileName, bytes);
        break;
    case Kind::Text:
        doc.format = SourceFormat::Text;
        raw = detail::importText(fileName, bytes);
        break;
    }
    if (!raw)
        return raw.error();
    if (detail::pastDeadline())
        return Error {fileName, detail::overTimeMessage()};

    // Clean-up runs on raw-text positions, so both the boxes (through the importer's own map) and the
    // tables' offsets follow it.
    MappedText positions = MappedText::identity(raw->text.text);
    CleanupOptions cleanup;
    cleanup.joinBrokenParagraphs = !raw->paragraphsFromLayout;
    for (const Table &t : std::as_const(raw->tables))
        cleanup.tables.append({t.start, t.end});
    const MappedText clean = cleanupText(positions, cleanup);
    if (clean.text.trimmed().isEmpty() && raw->recognisedPages.isEmpty())
        return Error {fileName, QCoreApplication::translate("plens::import", "the document contains no text")};
    doc.displayText = clean.text;
    if (!raw->boxes.isEmpty()) {
        doc.charBoxes.reserve(clean.size());
        for (qint32 pos : clean.source) {
            const qint32 src = pos >= 0 && pos < raw->text.source.size() ? raw->text.source.at(pos) : -1;
            doc.charBoxes.append(src >= 0 && src < raw->boxes.size() ? raw->boxes.at(src) : CharBox {});
        }
    }
    doc.pageSizes = raw->pageSizes;
    doc.tables = detail::mapTables(raw->tables, clean, raw->text.size());
    doc.recognisedPages = raw->recognisedPages;
    doc.warnings = raw->warnings;
    MetadataHints hints;
    hints.title = raw->titleHint;
    hints.date = raw->dateHint;
    hints.fileName = QFileInfo(fileName).completeBaseName();
    doc.meta = extractMetadata(doc.displayText, hints);
    doc.originalBytes = bytes;
    if (options.contentHash)
        doc.contentHash = contentHash(doc.displayText);
    if (detail::pastDeadline())
        return Error {fileName, detail::overTimeMessage()};
    return doc;
}

Result<Document> importFile(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {path, QCoreApplication::translate("plens::import", "the file does not exist")};
    if (info.isDir())
        return Error {path, QCoreApplication::translate("plens::import", "is a folder, not a file")};
    if (info.size() > options.limits.fileBytes)
        return Error {path, tooLarge(info.size(), options.limits.fileBytes)};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {path,
                      QCoreApplication::translate("plens::import", "cannot open the file: %1").arg(f.errorString())};
    const QByteArray bytes = f.read(options.limits.fileBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return Error {path,
                      QCoreApplication::translate("plens::import", "cannot read the file: %1").arg(f.errorString())};
    auto doc = importBytes(path, bytes, options);
    if (doc)
        doc->fileName = info.fileName();
    return doc;
}

} // namespace plens
