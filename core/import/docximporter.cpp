// Word (.docx) import with libzip: paragraphs, headings and table cells in document order.
#include "import/formats.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace plens::detail {

namespace {

// Parts are unpacked within the import's budget (ImportLimits::unpackedBytes, all parts together): a
// zip bomb would otherwise fill the memory.

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

enum class PartStatus { Ok, Missing, TooLarge, Damaged };

PartStatus readPart(zip_t *zip, const char *name, QByteArray *out, qsizetype *budget)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip, name, 0, &st) != 0)
        return PartStatus::Missing;
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > zip_uint64_t(std::max<qsizetype>(0, *budget)))
        return PartStatus::TooLarge;
    *budget -= qsizetype(st.size);
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

// Word's automatic list numbering (word/numbering.xml): the labels ("一、", "（一）", "1.") are not in
// the text runs, so they are rendered here from each level's format and pattern.
struct Level
{
    QString format = QStringLiteral("decimal");
    QString text;
    int start = 1;
};

struct Numbering
{
    QHash<QString, QString> numToAbstract;
    QHash<QString, QHash<int, Level>> abstractLevels;
    QHash<QString, QList<int>> counters; // per numId, one counter per level

    QString chineseNumber(int n) const
    {
        static const QString digits = QStringLiteral("零一二三四五六七八九");
        if (n <= 0 || n >= 100)
            return QString::number(n);
        if (n < 10)
            return digits.at(n);
        const int tens = n / 10;
        const int ones = n % 10;
        return (tens > 1 ? QString(digits.at(tens)) : QString()) + QStringLiteral("十")
            + (ones ? QString(digits.at(ones)) : QString());
    }

    QString formatNumber(const QString &fmt, int n) const
    {
        if (fmt.startsWith(QLatin1String("chinese")) || fmt.startsWith(QLatin1String("ideograph"))
            || fmt == QLatin1String("taiwaneseCounting") || fmt == QLatin1String("japaneseCounting"))
            return chineseNumber(n);
        if (fmt == QLatin1String("upperLetter") || fmt == QLatin1String("lowerLetter")) {
            const QChar base = fmt == QLatin1String("upperLetter") ? QLatin1Char('A') : QLatin1Char('a');
            return QString(QChar(base.unicode() + (n - 1) % 26));
        }
        if (fmt == QLatin1String("decimalEnclosedCircle") && n >= 1 && n <= 20)
            return QString(QChar(char16_t(0x2460 + n - 1)));
        if (fmt == QLatin1String("upperRoman") || fmt == QLatin1String("lowerRoman")) {
            static const char *romans[]
                = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
            const QString r = n >= 1 && n <= 12 ? QString::fromLatin1(romans[n]) : QString::number(n);
            return fmt == QLatin1String("upperRoman") ? r : r.toLower();
        }
        if (fmt == QLatin1String("none") || fmt == QLatin1String("bullet"))
            return {};
        return QString::number(n);
    }

    // The label of the next paragraph in list numId at level ilvl, advancing the counters.
    QString next(const QString &numId, int ilvl)
    {
        const auto levels = abstractLevels.value(numToAbstract.value(numId));
        if (levels.isEmpty() || ilvl < 0 || ilvl > 8)
            return {};
        QList<int> &c = counters[numId];
        if (c.size() < 9)
            c = QList<int>(9, 0);
        c[ilvl] = c[ilvl] == 0 ? levels.value(ilvl).start : c[ilvl] + 1;
        for (int k = ilvl + 1; k < 9; ++k)
            c[k] = 0;
        const Level lv = levels.value(ilvl);
        if (lv.format == QLatin1String("bullet"))
            return {};
        QString label = lv.text;
        for (int k = 0; k <= ilvl; ++k) {
            const int value = c[k] == 0 ? levels.value(k).start : c[k];
            label.replace(QStringLiteral("%") + QString::number(k + 1), formatNumber(levels.value(k).format, value));
        }
        return label;
    }
};

Numbering readNumbering(const QByteArray &xml)
{
    Numbering n;
    QXmlStreamReader r(xml);
    QString abstractId;
    QString numId;
    int ilvl = -1;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement || r.namespaceUri() != kW)
            continue;
        const auto name = r.name();
        const auto attr = [&](const char *a) {
            return r.attributes().value(kW, QLatin1String(a)).toString();
        };
        if (name == QLatin1String("abstractNum")) {
            abstractId = attr("abstractNumId");
            numId.clear();
        } else if (name == QLatin1String("lvl") && !abstractId.isEmpty()) {
            ilvl = attr("ilvl").toInt();
        } else if (name == QLatin1String("numFmt") && ilvl >= 0) {
            n.abstractLevels[abstractId][ilvl].format = attr("val");
        } else if (name == QLatin1String("lvlText") && ilvl >= 0) {
            n.abstractLevels[abstractId][ilvl].text = attr("val");
        } else if (name == QLatin1String("start") && ilvl >= 0) {
            n.abstractLevels[abstractId][ilvl].start = attr("val").toInt();
        } else if (name == QLatin1String("num")) {
            numId = attr("numId");
            abstractId.clear();
            ilvl = -1;
        } else if (name == QLatin1String("abstractNumId") && !numId.isEmpty()) {
            n.numToAbstract.insert(numId, attr("val"));
        }
    }
    return n;
}

// Paragraph styles that carry list numbering (headings often do), following basedOn.
struct StyleNumbering
{
    QHash<QString, std::pair<QString, int>> direct; // styleId -> numId, ilvl
    QHash<QString, QString> basedOn;

    std::pair<QString, int> of(QString style) const
    {
        for (int depth = 0; depth < 10 && !style.isEmpty(); ++depth) {
            if (const auto it = direct.find(style); it != direct.end())
                return *it;
            style = basedOn.value(style);
        }
        return {};
    }
};

StyleNumbering readStyles(const QByteArray &xml)
{
    StyleNumbering s;
    QXmlStreamReader r(xml);
    QString style;
    while (!r.atEnd()) {
        const auto tok = r.readNext();
        if (tok == QXmlStreamReader::EndElement && r.name() == QLatin1String("style")) {
            style.clear();
            continue;
        }
        if (tok != QXmlStreamReader::StartElement || r.namespaceUri() != kW)
            continue;
        const auto val = [&](const char *a) {
            return r.attributes().value(kW, QLatin1String(a)).toString();
        };
        if (r.name() == QLatin1String("style"))
            style = val("styleId");
        else if (style.isEmpty())
            continue;
        else if (r.name() == QLatin1String("basedOn"))
            s.basedOn.insert(style, val("val"));
        else if (r.name() == QLatin1String("numId"))
            s.direct[style].first = val("val");
        else if (r.name() == QLatin1String("ilvl"))
            s.direct[style].second = val("val").toInt();
    }
    return s;
}

// Walks word/document.xml: one line per paragraph (w:p), in table cells too; w:tab becomes a tab,
// w:br and w:cr a line break. Deleted revisions (w:del) and field instructions are skipped.
QString documentText(const QByteArray &xml, Numbering &numbering, const StyleNumbering &styles, QString *error)
{
    QXmlStreamReader r(xml);
    QString out;
    QString para;
    QString numId;
    int ilvl = 0;
    bool ilvlSet = false;
    QString pStyle;
    int skipDepth = 0;
    int depth = 0;
    int steps = 0;
    const int maxDepth = currentLimits().nestingDepth;
    while (!r.atEnd()) {
        const auto tok = r.readNext();
        if ((++steps & 4095) == 0 && pastDeadline()) {
            *error = overTimeMessage();
            return {};
        }
        if (tok == QXmlStreamReader::EndElement)
            --depth;
        if (tok == QXmlStreamReader::StartElement && ++depth > maxDepth) {
            *error
                = QCoreApplication::translate("plens::import", "its text part nests elements more than %1 levels deep")
                      .arg(maxDepth);
            return {};
        }
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
                --depth; // its end was read with it
            } else if (name == QLatin1String("tab")) {
                para += QLatin1Char('\t');
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                para += QLatin1Char('\n');
            } else if (name == QLatin1String("pPrChange") || name == QLatin1String("rPr")) {
                skipDepth = 1; // earlier formatting and run properties hold no text or numbering
            } else if (name == QLatin1String("pStyle")) {
                pStyle = r.attributes().value(kW, QStringLiteral("val")).toString();
            } else if (name == QLatin1String("numId")) {
                numId = r.attributes().value(kW, QStringLiteral("val")).toString();
            } else if (name == QLatin1String("ilvl")) {
                ilvl = r.attributes().value(kW, QStringLiteral("val")).toInt();
                ilvlSet = true;
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
                if (numId.isEmpty() && !pStyle.isEmpty()) {
                    const auto [styleNum, styleLvl] = styles.of(pStyle);
                    numId = styleNum;
                    if (!ilvlSet)
                        ilvl = styleLvl;
                }
                if (!numId.isEmpty() && numId != QLatin1String("0") && !para.trimmed().isEmpty())
                    out += numbering.next(numId, ilvl);
                numId.clear();
                pStyle.clear();
                ilvl = 0;
                ilvlSet = false;
                out += para;
                out += QLatin1Char('\n');
                para.clear();
            }
        }
    }
    // Qt's own words ("Unexpected ''.") mean nothing to an officer: say where the XML breaks.
    if (r.hasError() && r.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        *error = QCoreApplication::translate("plens::import", "its text part ends early");
        return {};
    }
    if (r.hasError()) {
        *error = QCoreApplication::translate("plens::import", "its text part is not valid XML at line %1, column %2")
                     .arg(r.lineNumber())
                     .arg(r.columnNumber());
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
    qsizetype budget = currentLimits().unpackedBytes;
    QByteArray xml;
    switch (readPart(zip.get(), "word/document.xml", &xml, &budget)) {
    case PartStatus::Ok:
        break;
    case PartStatus::Missing:
        return Error {fileName,
                      QCoreApplication::translate("plens::import",
                                                  "a ZIP archive that is not a Word document (no word/document.xml)")};
    case PartStatus::TooLarge:
        return Error {
            fileName,
            QCoreApplication::translate("plens::import", "the Word document unpacks to more than %1 MB, the limit")
                .arg(currentLimits().unpackedBytes / (1024 * 1024))};
    case PartStatus::Damaged:
        return Error {fileName,
                      QCoreApplication::translate("plens::import",
                                                  "the Word document is damaged (its text part cannot be unpacked)")};
    }
    QByteArray numberingXml;
    Numbering numbering;
    if (readPart(zip.get(), "word/numbering.xml", &numberingXml, &budget) == PartStatus::Ok)
        numbering = readNumbering(numberingXml);
    StyleNumbering styles;
    QByteArray stylesXml;
    if (!numbering.numToAbstract.isEmpty()
        && readPart(zip.get(), "word/styles.xml", &stylesXml, &budget) == PartStatus::Ok)
        styles = readStyles(stylesXml);
    QString xmlError;
    const QString text = documentText(xml, numbering, styles, &xmlError);
    if (!xmlError.isEmpty() && pastDeadline())
        return Error {fileName, xmlError};
    if (!xmlError.isEmpty())
        return Error {fileName,
                      QCoreApplication::translate("plens::import", "the Word document is damaged (%1)").arg(xmlError)};
    if (text.trimmed().isEmpty())
        return Error {fileName, QCoreApplication::translate("plens::import", "the Word document contains no text")};
    RawImport raw;
    raw.text = MappedText::identity(text);
    QByteArray core;
    if (readPart(zip.get(), "docProps/core.xml", &core, &budget) == PartStatus::Ok)
        raw.titleHint = coreTitle(core);
    return raw;
}

} // namespace plens::detail
