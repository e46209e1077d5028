#include "export/exportfont.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QRawFont>
#include <QtEndian>

#include <algorithm>

namespace plens {

namespace {

quint16 u16(const QByteArray &b, qsizetype at)
{
    return at + 2 <= b.size() ? qFromBigEndian<quint16>(b.constData() + at) : 0;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return at + 4 <= b.size() ? qFromBigEndian<quint32>(b.constData() + at) : 0;
}

void put16(QByteArray &b, qsizetype at, quint16 v)
{
    qToBigEndian<quint16>(v, b.data() + at);
}

void append16(QByteArray &b, quint16 v)
{
    char c[2];
    qToBigEndian<quint16>(v, c);
    b.append(c, 2);
}

void append32(QByteArray &b, quint32 v)
{
    char c[4];
    qToBigEndian<quint32>(v, c);
    b.append(c, 4);
}

quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; i += 4) {
        quint32 word = 0;
        for (int k = 0; k < 4; ++k)
            word = (word << 8) | (i + k < n ? quint8(data[i + k]) : 0);
        sum += word;
    }
    return sum;
}

// The code points a cmap maps, from a format 4 or format 12 subtable starting at `off`.
void readMappings(const QByteArray &cmap, qsizetype off, QMap<char32_t, quint32> &map)
{
    const quint16 format = u16(cmap, off);
    if (format == 12) {
        const quint32 groups = u32(cmap, off + 12);
        for (quint32 g = 0; g < groups; ++g) {
            const qsizetype at = off + 16 + qsizetype(g) * 12;
            if (at + 12 > cmap.size())
                break;
            const quint32 first = u32(cmap, at), last = u32(cmap, at + 4), glyph = u32(cmap, at + 8);
            for (quint32 c = first; c <= last && c <= 0x10FFFF; ++c)
                map.insert(c, glyph + (c - first));
        }
    } else if (format == 4) {
        const int segs = u16(cmap, off + 6) / 2;
        const qsizetype ends = off + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
                        ranges = deltas + 2 * segs;
        for (int i = 0; i < segs; ++i) {
            const quint16 first = u16(cmap, starts + 2 * i), last = u16(cmap, ends + 2 * i);
            const quint16 delta = u16(cmap, deltas + 2 * i), ro = u16(cmap, ranges + 2 * i);
            for (quint32 c = first; c <= last && c != 0xFFFF; ++c) {
                quint16 glyph = 0;
                if (ro == 0) {
                    glyph = quint16(c + delta);
                } else {
                    const qsizetype at = ranges + 2 * i + ro + 2 * (c - first);
                    glyph = u16(cmap, at);
                    if (glyph != 0)
                        glyph = quint16(glyph + delta);
                }
                if (glyph != 0)
                    map.insert(c, glyph);
            }
        }
    }
}

} // namespace

QStringList ExportFont::candidates()
{
    return {QStringLiteral("Noto Sans CJK SC"),   QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Source Han Sans CN"), QStringLiteral("Microsoft YaHei"),
            QStringLiteral("DengXian"),           QStringLiteral("SimSun"),
            QStringLiteral("Noto Serif CJK SC"),  QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("WenQuanYi Zen Hei"),  QStringLiteral("Droid Sans Fallback")};
}

bool ExportFont::isLookAlike(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // controls: a tab shares the space's glyph
        || (c >= 0x2E80 && c <= 0x2FDF) // CJK radicals supplement, Kangxi radicals
        || (c >= 0x31C0 && c <= 0x31EF) // CJK strokes
        || (c >= 0x3038 && c <= 0x303A) // Hangzhou numerals 〸〹〺
        || (c >= 0x2010 && c <= 0x2012); // hyphen, non-breaking hyphen, figure dash: the en dash's glyph
}

QByteArray ExportFont::cleanCmap(const QByteArray &cmap, int *removed)
{
    if (removed)
        *removed = 0;
    if (cmap.size() < 4)
        return {};
    const int count = u16(cmap, 2);
    if (4 + 8 * count > cmap.size())
        return {};
    struct Record
    {
        quint16 platform, encoding;
        quint32 offset;
    };
    QList<Record> records;
    for (int i = 0; i < count; ++i)
        records.append({u16(cmap, 4 + 8 * i), u16(cmap, 6 + 8 * i), u32(cmap, 8 + 8 * i)});

    // The Unicode mapping: the format 12 subtable if there is one, else format 4.
    QMap<char32_t, quint32> map;
    for (const Record &r : records)
        if (r.offset < quint32(cmap.size()) && u16(cmap, r.offset) == 12) {
            readMappings(cmap, r.offset, map);
            break;
        }
    if (map.isEmpty())
        for (const Record &r : records)
            if (r.offset < quint32(cmap.size()) && u16(cmap, r.offset) == 4 && (r.platform == 0 || r.platform == 3)) {
                readMappings(cmap, r.offset, map);
                break;
            }
    QSet<quint32> ordinaryGlyphs;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (!isLookAlike(it.key()))
            ordinaryGlyphs.insert(it.value());
    QSet<char32_t> drop;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (isLookAlike(it.key()) && ordinaryGlyphs.contains(it.value()))
            drop.insert(it.key());
    if (removed)
        *removed = int(drop.size());
    if (drop.isEmpty())
        return cmap;
    const bool hasFormat12 = std::any_of(records.cbegin(), records.cend(), [&](const Record &r) {
        return r.offset < quint32(cmap.size()) && u16(cmap, r.offset) == 12;
    });

    // Rewrite each distinct subtable; records sharing a subtable keep sharing it.
    QHash<quint32, QByteArray> subtables; // old offset -> new bytes ("" = drop)
    for (const Record &r : records) {
        if (subtables.contains(r.offset))
            continue;
        const qsizetype off = r.offset;
        const quint16 format = u16(cmap, off);
        QByteArray out;
        if (format == 4) {
            const qsizetype len = u16(cmap, off + 2);
            out = cmap.mid(off, len);
            const int segs = u16(out, 6) / 2;
            const qsizetype ends = 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
                            ranges = deltas + 2 * segs;
            bool patchable = true;
            for (int i = 0; i < segs && patchable; ++i) {
                const quint16 first = u16(out, starts + 2 * i), last = u16(out, ends + 2 * i);
                const quint16 ro = u16(out, ranges + 2 * i);
                for (quint32 c = first; c <= last && c != 0xFFFF; ++c) {
                    if (!drop.contains(c))
                        continue;
                    const qsizetype at = ranges + 2 * i + ro + 2 * (c - first);
                    if (ro == 0 || at + 2 > out.size()) {
                        patchable = false;
                        break;
                    }
                    put16(out, at, 0);
                }
            }
            if (!patchable)
                out = hasFormat12 ? QByteArray() : cmap.mid(off, len);
        } else if (format == 12) {
            const quint32 groups = u32(cmap, off + 12);
            QByteArray body;
            quint32 written = 0;
            const auto addGroup = [&](quint32 first, quint32 last, quint32 glyph) {
                append32(body, first);
                append32(body, last);
                append32(body, glyph);
                ++written;
            };
            for (quint32 g = 0; g < groups; ++g) {
                const qsizetype at = off + 16 + qsizetype(g) * 12;
                if (at + 12 > cmap.size())
                    break;
                const quint32 first = u32(cmap, at), last = u32(cmap, at + 4), glyph = u32(cmap, at + 8);
                quint32 runStart = first;
                for (quint32 c = first; c <= last && c <= 0x10FFFF; ++c) {
                    if (drop.contains(c)) {
                        if (c > runStart)
                            addGroup(runStart, c - 1, glyph + (runStart - first));
                        runStart = c + 1;
                    }
                }
                if (runStart <= last)
                    addGroup(runStart, last, glyph + (runStart - first));
            }
            append16(out, 12);
            append16(out, 0);
            append32(out, quint32(16 + body.size()));
            append32(out, u32(cmap, off + 8)); // language
            append32(out, written);
            out += body;
        } else {
            // Other formats (0, 6: legacy Mac encodings; 13; 14: variation sequences) are copied.
            qsizetype len = 0;
            if (format == 0 || format == 2 || format == 4 || format == 6)
                len = u16(cmap, off + 2);
            else
                len = qsizetype(u32(cmap, off + (format == 14 ? 2 : 4)));
            out = cmap.mid(off, len);
        }
        subtables.insert(r.offset, out);
    }

    QList<Record> kept;
    for (const Record &r : records)
        if (!subtables.value(r.offset).isEmpty())
            kept.append(r);
    QByteArray result;
    append16(result, 0);
    append16(result, quint16(kept.size()));
    qsizetype next = 4 + 8 * kept.size();
    QHash<quint32, quint32> newOffset;
    QByteArray data;
    for (const Record &r : kept) {
        if (!newOffset.contains(r.offset)) {
            newOffset.insert(r.offset, quint32(next + data.size()));
            QByteArray sub = subtables.value(r.offset);
            while (sub.size() % 4)
                sub.append('\0');
            data += sub;
        }
        append16(result, r.platform);
        append16(result, r.encoding);
        append32(result, newOffset.value(r.offset));
    }
    return result + data;
}

QByteArray ExportFont::nameTable(const QString &family, const QString &style)
{
    QString postscript;
    for (QChar c : family)
        if (c.unicode() > 32 && c.unicode() < 127 && !QStringLiteral("[](){}<>/%").contains(c))
            postscript.append(c);
    const QList<std::pair<quint16, QString>> names = {{1, family},
                                                      {2, style},
                                                      {3, QString(family + u';' + style)},
                                                      {4, QString(family + u' ' + style)},
                                                      {6, QString(postscript + u'-' + style).left(63)}};
    QByteArray strings;
    QByteArray table;
    append16(table, 0);
    append16(table, quint16(names.size()));
    append16(table, quint16(6 + 12 * names.size()));
    for (const auto &[id, text] : names) {
        QByteArray utf16;
        for (QChar c : text)
            append16(utf16, c.unicode());
        append16(table, 3); // Windows
        append16(table, 1); // Unicode BMP
        append16(table, 0x409); // en-US
        append16(table, id);
        append16(table, quint16(utf16.size()));
        append16(table, quint16(strings.size()));
        strings += utf16;
    }
    return table + strings;
}

QByteArray ExportFont::buildSfnt(const QList<std::pair<QByteArray, QByteArray>> &tablesIn)
{
    QList<std::pair<QByteArray, QByteArray>> tables = tablesIn;
    std::sort(tables.begin(), tables.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const bool cff = std::any_of(tables.cbegin(), tables.cend(),
                                 [](const auto &t) { return t.first == "CFF " || t.first == "CFF2"; });
    const auto n = quint16(tables.size());
    quint16 entrySelector = 0;
    while ((2u << entrySelector) <= n)
        ++entrySelector;
    const quint16 searchRange = quint16((1u << entrySelector) * 16);

    QByteArray out;
    append32(out, cff ? 0x4F54544F : 0x00010000);
    append16(out, n);
    append16(out, searchRange);
    append16(out, entrySelector);
    append16(out, quint16(n * 16 - searchRange));
    qsizetype offset = 12 + 16 * qsizetype(n);
    qsizetype headAt = -1;
    QByteArray body;
    for (auto &[tag, data] : tables) {
        if (tag == "head" && data.size() >= 12)
            qToBigEndian<quint32>(0, data.data() + 8); // checksum adjustment, computed below
        out += tag.left(4).leftJustified(4, ' ');
        append32(out, checksum(data));
        append32(out, quint32(offset + body.size()));
        append32(out, quint32(data.size()));
        if (tag == "head")
            headAt = offset + body.size();
        body += data;
        while (body.size() % 4)
            body.append('\0');
    }
    out += body;
    if (headAt >= 0)
        qToBigEndian<quint32>(0xB1B0AFBA - checksum(out), out.data() + headAt + 8);
    return out;
}

QByteArray ExportFont::exportFace(const QRawFont &raw, const QString &family, const QString &style)
{
    const QByteArray cmap = cleanCmap(raw.fontTable("cmap"));
    if (cmap.isEmpty() || raw.fontTable("head").isEmpty())
        return {};
    // No GSUB: a substituted glyph (Noto CJK swaps digits in some runs) has no cmap entry, so Qt's
    // ToUnicode map would not name it and the character would not copy out at all. Without GSUB
    // every glyph drawn is one the cmap names. GPOS (positioning) stays.
    static const char *const tags[]
        = {"BASE", "CFF ", "CFF2", "DSIG", "GDEF", "GPOS", "MATH", "OS/2", "VORG", "VDMX", "cvt ", "fpgm",
           "gasp", "glyf", "hdmx", "head", "hhea", "hmtx", "kern", "loca", "LTSH", "maxp", "post", "prep",
           "vhea", "vmtx", "meta", "STAT", "fvar", "gvar", "avar", "HVAR", "MVAR", "VVAR"};
    QList<std::pair<QByteArray, QByteArray>> tables {{"cmap", cmap}, {"name", nameTable(family, style)}};
    for (const char *tag : tags) {
        const QByteArray data = raw.fontTable(tag);
        if (!data.isEmpty())
            tables.append({QByteArray(tag), data});
    }
    return buildSfnt(tables);
}

Result<QString> ExportFont::family()
{
    static QMutex mutex;
    static QString built;
    static QString failure;
    QMutexLocker lock(&mutex);
    if (!built.isEmpty())
        return built;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error {{}, tr("Writing a PDF needs the graphical application (fonts are not available).")};
    if (!failure.isEmpty())
        return Error {{}, failure};

    const QStringList installed = QFontDatabase::families();
    for (const QString &candidate : candidates()) {
        if (!installed.contains(candidate))
            continue;
        const QRawFont raw = QRawFont::fromFont(QFont(candidate));
        if (!raw.isValid() || !raw.supportsCharacter(QChar(0x4E00)) || !raw.supportsCharacter(QChar(0x5E02)))
            continue;
        const QString family = QStringLiteral("PolicyLens Export ") + candidate;
        const QByteArray regular = exportFace(raw, family, QStringLiteral("Regular"));
        if (regular.isEmpty())
            continue;
        const int id = QFontDatabase::addApplicationFontFromData(regular);
        if (id < 0)
            continue;
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty())
            continue;
        // The installed bold face too, when there is one: without it Qt fakes bold by drawing every
        // glyph twice, and readers that ignore the empty /ActualText around the second copy (pdf.js)
        // copy bold text out twice.
        QFont bold(candidate);
        bold.setBold(true);
        const QRawFont rawBold = QRawFont::fromFont(bold);
        const QByteArray os2 = rawBold.fontTable("OS/2");
        const bool realBold = rawBold.isValid() && os2.size() > 6 && u16(os2, 4) >= 600;
        if (realBold) {
            const QByteArray boldFace = exportFace(rawBold, family, QStringLiteral("Bold"));
            if (!boldFace.isEmpty())
                QFontDatabase::addApplicationFontFromData(boldFace);
        }
        built = families.first();
        return built;
    }
    failure = tr("No Chinese font is installed (tried %1). Install Noto Sans CJK SC (fonts-noto-cjk) or "
                 "Microsoft YaHei and export again.")
                  .arg(candidates().join(QStringLiteral(", ")));
    return Error {{}, failure};
}

} // namespace plens
