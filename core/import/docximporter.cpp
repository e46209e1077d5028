// Word (.docx) import with libzip: paragraphs, headings, list numbers and tables (w:tbl as rows and
// cells with their spans, see import/tablegrid.h) in document order, then footnotes and endnotes.
// Parts are streamed out of the archive, never unpacked whole, within the limits in zippart.h.
#include "import/formats.h"
#include "import/tablegrid.h"
#include "import/zippart.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <memory>

namespace plens::detail {

namespace {

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

// Walks a WordprocessingML part (document.xml, footnotes.xml): one line per paragraph (w:p); w:tab
// becomes a tab, w:br and w:cr a line break. Tables (w:tbl) are collected with their rows, cells,
// horizontal spans (w:gridSpan, w:gridBefore) and vertical merges (w:vMerge), the paragraphs of a cell
// joined, and handed to the TableWriter when the outermost one ends. Deleted revisions (w:del),
// field instructions and the fallback copies of markup-compatibility blocks are skipped.
class DocxReader
{
public:
    DocxReader(Numbering &numbering, const StyleNumbering &styles, QString *text, QList<Table> *tables)
        : m_numbering(numbering), m_styles(styles), m_writer(text, tables)
    { }

    // Reads one part; false with `error` set when its XML is damaged.
    bool read(QIODevice *device, QString *error);

private:
    struct TableState
    {
        std::shared_ptr<SourceTable> table = std::make_shared<SourceTable>();
        SourceRow row;
        SourceCell cell;
        bool inCell = false;
        bool hMergeContinue = false;
        int column = 0;
    };

    void startElement(QStringView name);
    void endElement(QStringView name);
    void endParagraph();
    QString attr(const char *name) const { return m_r.attributes().value(kW, QLatin1String(name)).toString(); }
    // On/off properties (w:tblHeader, w:vMerge): present without w:val, or w:val true/1/on.
    bool isOn() const
    {
        const QString v = attr("val");
        return v.isEmpty() || v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("on");
    }

    QXmlStreamReader m_r;
    Numbering &m_numbering;
    const StyleNumbering &m_styles;
    TableWriter m_writer;
    QList<TableState> m_tables; // open tables, innermost last
    QString m_para;
    QString m_numId;
    int m_ilvl = 0;
    bool m_ilvlSet = false;
    QString m_pStyle;
    int m_skipDepth = 0;
    int m_depth = 0; // elements open
    unsigned m_steps = 0;
};

const QString kMc = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");

bool DocxReader::read(QIODevice *device, QString *error)
{
    m_r.setDevice(device);
    while (!m_r.atEnd()) {
        const auto tok = m_r.readNext();
        if ((m_steps++ & 4095U) == 0 && pastDeadline()) {
            *error = overTimeMessage();
            return false;
        }
        if (tok == QXmlStreamReader::EndElement)
            --m_depth;
        if (tok == QXmlStreamReader::StartElement && ++m_depth > currentLimits().nestingDepth) {
            *error
                = QCoreApplication::translate("plens::import", "its text part nests elements more than %1 levels deep")
                      .arg(currentLimits().nestingDepth);
            return false;
        }
        if (tok == QXmlStreamReader::StartElement) {
            if (m_skipDepth > 0) {
                ++m_skipDepth;
                continue;
            }
            if (m_r.namespaceUri() == kMc && m_r.name() == QLatin1String("Fallback")) {
                m_skipDepth = 1; // the same content as mc:Choice, for older readers
                continue;
            }
            if (m_r.namespaceUri() == kW)
                startElement(m_r.name());
        } else if (tok == QXmlStreamReader::EndElement) {
            if (m_skipDepth > 0) {
                --m_skipDepth;
                continue;
            }
            if (m_r.namespaceUri() == kW)
                endElement(m_r.name());
        }
    }
    // Qt's own words ("Unexpected ''.") mean nothing to an officer: say where the XML breaks.
    if (m_r.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        *error = QCoreApplication::translate("plens::import", "its text part ends early");
        return false;
    }
    if (m_r.hasError()) {
        *error = QCoreApplication::translate("plens::import", "its text part is not valid XML at line %1, column %2")
                     .arg(m_r.lineNumber())
                     .arg(m_r.columnNumber());
        return false;
    }
    if (!m_para.isEmpty())
        endParagraph();
    return true;
}

void DocxReader::startElement(QStringView name)
{
    if (name == QLatin1String("del") || name == QLatin1String("instrText") || name == QLatin1String("delText")) {
        m_skipDepth = 1;
    } else if (name == QLatin1String("t")) {
        m_para += m_r.readElementText(QXmlStreamReader::IncludeChildElements);
        --m_depth; // its end was read with it
    } else if (name == QLatin1String("tab")) {
        m_para += QLatin1Char('\t');
    } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
        m_para += QLatin1Char('\n');
    } else if (name == QLatin1String("pPrChange") || name == QLatin1String("rPr") || name == QLatin1String("tblPr")
               || name == QLatin1String("tblGrid") || name == QLatin1String("tcPrChange")
               || name == QLatin1String("trPrChange")) {
        m_skipDepth = 1; // formatting: no text, no numbering, no spans
    } else if (name == QLatin1String("pStyle")) {
        m_pStyle = attr("val");
    } else if (name == QLatin1String("numId")) {
        m_numId = attr("val");
    } else if (name == QLatin1String("ilvl")) {
        m_ilvl = attr("val").toInt();
        m_ilvlSet = true;
    } else if (name == QLatin1String("sym")) {
        bool ok = false;
        const uint code = attr("char").toUInt(&ok, 16);
        if (ok && code >= 0x20 && code < 0xF000)
            m_para += QChar(char16_t(code));
    } else if (name == QLatin1String("tbl")) {
        if (!m_para.isEmpty())
            endParagraph(); // a table inside a paragraph's run (a text box): the text before it first
        m_tables.append(TableState {});
    } else if (m_tables.isEmpty()) {
        return;
    } else if (name == QLatin1String("tr")) {
        TableState &t = m_tables.last();
        t.row = SourceRow {};
        t.column = 0;
    } else if (name == QLatin1String("tblHeader")) {
        m_tables.last().row.header = isOn();
    } else if (name == QLatin1String("gridBefore")) {
        m_tables.last().column = std::clamp(attr("val").toInt(), 0, kMaxColSpan);
    } else if (name == QLatin1String("tc")) {
        TableState &t = m_tables.last();
        t.cell = SourceCell {};
        t.cell.column = t.column;
        t.inCell = true;
        t.hMergeContinue = false;
    } else if (name == QLatin1String("gridSpan") && m_tables.last().inCell) {
        m_tables.last().cell.colSpan = std::clamp(attr("val").toInt(), 1, kMaxColSpan);
    } else if (name == QLatin1String("vMerge") && m_tables.last().inCell) {
        m_tables.last().cell.mergeContinue = attr("val") != QLatin1String("restart");
    } else if (name == QLatin1String("hMerge") && m_tables.last().inCell) {
        m_tables.last().hMergeContinue = attr("val") != QLatin1String("restart");
    }
}

void DocxReader::endElement(QStringView name)
{
    if (name == QLatin1String("p")) {
        endParagraph();
        return;
    }
    if (m_tables.isEmpty())
        return;
    TableState &t = m_tables.last();
    if (name == QLatin1String("tc") && t.inCell) {
        t.inCell = false;
        if (t.hMergeContinue && !t.row.cells.isEmpty()) {
            // Word 97's horizontal merge: this cell widens the one before it.
            SourceCell &prev = t.row.cells.last();
            prev.colSpan = std::min(prev.colSpan + t.cell.colSpan, kMaxColSpan);
            prev.blocks.append(t.cell.blocks);
        } else {
            t.row.cells.append(t.cell);
        }
        t.column += t.cell.colSpan;
        t.cell = SourceCell {};
    } else if (name == QLatin1String("tr")) {
        t.table->rows.append(t.row);
        t.row = SourceRow {};
    } else if (name == QLatin1String("tbl")) {
        const std::shared_ptr<SourceTable> table = t.table;
        m_tables.removeLast();
        if (!m_tables.isEmpty() && m_tables.last().inCell)
            m_tables.last().cell.blocks.append(CellBlock {QString(), table});
        else if (m_tables.isEmpty())
            m_writer.write(*table);
        // (a table straight inside a row or table, outside any cell, is malformed and dropped)
    }
}

void DocxReader::endParagraph()
{
    if (m_numId.isEmpty() && !m_pStyle.isEmpty()) {
        const auto [styleNum, styleLvl] = m_styles.of(m_pStyle);
        m_numId = styleNum;
        if (!m_ilvlSet)
            m_ilvl = styleLvl;
    }
    QString line;
    if (!m_numId.isEmpty() && m_numId != QLatin1String("0") && !m_para.trimmed().isEmpty())
        line = m_numbering.next(m_numId, m_ilvl);
    line += m_para;
    m_numId.clear();
    m_pStyle.clear();
    m_ilvl = 0;
    m_ilvlSet = false;
    m_para.clear();
    if (!m_tables.isEmpty()) {
        if (m_tables.last().inCell)
            m_tables.last().cell.blocks.append(CellBlock {line, nullptr});
        return; // text between cells outside any w:tc is malformed and dropped
    }
    m_writer.paragraph(line);
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
    ZipArchive zip(bytes, currentLimits().unpackedBytes);
    if (!zip.isOpen())
        return Error {fileName,
                      QCoreApplication::translate(
                          "plens::import", "the Word document is truncated or damaged (not a valid ZIP archive)")};
    const QString textPart = QCoreApplication::translate("plens::import", "the Word document's text part");
    std::unique_ptr<ZipPart> document;
    switch (const PartStatus s = zip.open(QStringLiteral("word/document.xml"), &document)) {
    case PartStatus::Ok:
        break;
    case PartStatus::Missing:
        return Error {fileName,
                      QCoreApplication::translate("plens::import",
                                                  "a ZIP archive that is not a Word document (no word/document.xml)")};
    default:
        return Error {fileName, zip.describe(s, textPart)};
    }
    // Numbering and styles first: list labels are rendered while the text streams by.
    Numbering numbering;
    StyleNumbering styles;
    QByteArray part;
    if (zip.readAll(QStringLiteral("word/numbering.xml"), &part) == PartStatus::Ok)
        numbering = readNumbering(part);
    if (!numbering.numToAbstract.isEmpty() && zip.readAll(QStringLiteral("word/styles.xml"), &part) == PartStatus::Ok)
        styles = readStyles(part);

    RawImport raw;
    QString text;
    DocxReader reader(numbering, styles, &text, &raw.tables);
    QString xmlError;
    const bool read = reader.read(document.get(), &xmlError);
    if (document->status() != PartStatus::Ok)
        return Error {fileName, zip.describe(document->status(), textPart)};
    if (!read && pastDeadline())
        return Error {fileName, xmlError};
    if (!read)
        return Error {fileName,
                      QCoreApplication::translate("plens::import", "the Word document is damaged (%1)").arg(xmlError)};
    document.reset();
    // Footnotes and endnotes follow the body (their reference marks are not in the text).
    for (const QString &notes : {QStringLiteral("word/footnotes.xml"), QStringLiteral("word/endnotes.xml")}) {
        std::unique_ptr<ZipPart> notesPart;
        if (zip.open(notes, &notesPart) != PartStatus::Ok)
            continue;
        QString notesText;
        QList<Table> notesTables;
        DocxReader notesReader(numbering, styles, &notesText, &notesTables);
        if (!notesReader.read(notesPart.get(), &xmlError)) {
            if (pastDeadline())
                return Error {fileName, xmlError};
            continue;
        }
        if (notesText.trimmed().isEmpty())
            continue;
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        const qsizetype shift = text.size();
        text += notesText;
        for (Table &t : notesTables) {
            t.shift(shift);
            raw.tables.append(t);
        }
    }
    if (text.trimmed().isEmpty())
        return Error {fileName, QCoreApplication::translate("plens::import", "the Word document contains no text")};
    raw.text = MappedText::identity(text);
    QByteArray core;
    if (zip.readAll(QStringLiteral("docProps/core.xml"), &core) == PartStatus::Ok)
        raw.titleHint = coreTitle(core);
    return raw;
}

} // namespace plens::detail
