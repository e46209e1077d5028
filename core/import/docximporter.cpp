// Word (.docx) import with libzip: paragraphs, headings and table cells in document order.
#include "import/formats.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace plens::detail {

namespace {

// Parts larger than this when unpacked are refused (a zip bomb would otherwise fill the memory).
constexpr zip_uint64_t kMaxPartBytes = 256ULL * 1024 * 1024;

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

enum class PartStatus { Ok, Missing, TooLarge, Damaged };

PartStatus readPart(zip_t *zip, const char *name, QByteArray *out)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip, name, 0, &st) != 0)
        return PartStatus::Missing;
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes)
        return PartStatus::TooLarge;
    zip_file_t *f = zip_fopen(zip, name, 0);
    if (!f)
        return PartStatus::Damaged;
    out->resize(qsizetype(st.size));
    zip_int64_t got = 0;
    while (got < zip_int64_t(st.size)) {
        const zip_int64_t n = zip_fread(f, out->data() + got, st.size - zip_uint64_t(got));
        if (n <= 0)
            break;
        got += n;
    }
    zip_fclose(f);
    return got == zip_int64_t(st.size) ? PartStatus::Ok : PartStatus::Damaged;
}

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

// Walks word/document.xml: one line per paragraph (w:p), in table cells too; w:tab becomes a tab,
// w:br and w:cr a line break. Deleted revisions (w:del) and field instructions are skipped.
QString documentText(const QByteArray &xml, QString *error)
{
    QXmlStreamReader r(xml);
    QString out;
    QString para;
    int skipDepth = 0;
    while (!r.atEnd()) {
        const auto tok = r.readNext();
        if (tok == QXmlStreamReader::StartElement) {
            if (skipDepth > 0) {
                ++skipDepth;
                continue;
            }
            if (r.namespaceUri() != kW)
                continue;
            const auto name = r.name();
            if (name == QLatin1String("del") || name == QLatin1String("instrText")
                || name == QLatin1String("delText")) {
                skipDepth = 1;
            } else if (name == QLatin1String("t")) {
                para += r.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == QLatin1String("tab")) {
                para += QLatin1Char('\t');
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                para += QLatin1Char('\n');
            } else if (name == QLatin1String("sym")) {
                bool ok = false;
                const uint code = r.attributes().value(kW, QStringLiteral("char")).toUInt(&ok, 16);
                if (ok && code >= 0x20 && code < 0xF000)
                    para += QChar(char16_t(code));
            }
        } else if (tok == QXmlStreamReader::EndElement) {
            if (skipDepth > 0) {
                --skipDepth;
                continue;
            }
            if (r.namespaceUri() == kW && r.name() == QLatin1String("p")) {
                out += para;
                out += QLatin1Char('\n');
                para.clear();
            }
        }
    }
    if (r.hasError() && r.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        *error = r.errorString();
        return {};
    }
    if (r.hasError()) {
        *error = r.errorString();
        return {};
    }
    out += para;
    return out;
}

QString coreTitle(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("title")
            && r.namespaceUri() == QLatin1String("http://purl.org/dc/elements/1.1/"))
            return r.readElementText().trimmed();
    }
    return {};
}

} // namespace

Result<RawImport> importDocx(const QString &fileName, const QByteArray &bytes)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zerr);
    if (!src) {
        zip_error_fini(&zerr);
        return Error {fileName,
                      QCoreApplication::translate("plens::import", "the file cannot be read as a ZIP archive")};
    }
    ZipPtr zip(zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr));
    if (!zip) {
        zip_source_free(src);
        zip_error_fini(&zerr);
        return Error {fileName,
                      QCoreApplication::translate(
                          "plens::import", "the Word document is truncated or damaged (not a valid ZIP archive)")};
    }
    zip_error_fini(&zerr);
    QByteArray xml;
    switch (readPart(zip.get(), "word/document.xml", &xml)) {
    case PartStatus::Ok:
        break;
    case PartStatus::Missing:
        return Error {fileName,
                      QCoreApplication::translate("plens::import",
                                                  "a ZIP archive that is not a Word document (no word/document.xml)")};
    case PartStatus::TooLarge:
        return Error {fileName,
                      QCoreApplication::translate("plens::import", "the Word document's text part is too large")};
    case PartStatus::Damaged:
        return Error {fileName,
                      QCoreApplication::translate("plens::import",
                                                  "the Word document is damaged (its text part cannot be unpacked)")};
    }
    QString xmlError;
    const QString text = documentText(xml, &xmlError);
    if (!xmlError.isEmpty())
        return Error {fileName,
                      QCoreApplication::translate("plens::import", "the Word document is damaged (%1)").arg(xmlError)};
    if (text.trimmed().isEmpty())
        return Error {fileName, QCoreApplication::translate("plens::import", "the Word document contains no text")};
    RawImport raw;
    raw.text = MappedText::identity(text);
    QByteArray core;
    if (readPart(zip.get(), "docProps/core.xml", &core) == PartStatus::Ok)
        raw.titleHint = coreTitle(core);
    return raw;
}

} // namespace plens::detail
