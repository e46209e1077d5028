#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

class QRawFont;

namespace plens {

// The CJK font that PDF exports write their text with.
//
// Why not the installed font as it is: Qt's PDF writer builds each embedded font's ToUnicode map
// (what a reader copies out) by scanning Unicode upwards and taking, for every glyph, the FIRST code
// point the font's cmap maps to it. CJK fonts such as Noto Sans CJK map the Kangxi radicals
// (U+2F00–U+2FDF), the CJK radicals supplement (U+2E80–U+2EFF), strokes and Hangzhou numerals to the
// same glyphs as the ordinary ideographs (⼀ U+2F00 and 一 U+4E00 share a glyph), and those blocks
// come first, so text written with the installed font copies out as radicals: "⼯业和信息化⼚".
//
// The fix: a copy of the installed font whose cmap no longer maps those look-alike code points to
// glyphs that an ordinary character also uses, registered under its own family name
// ("PolicyLens Export …"). Glyphs, outlines and metrics are the installed font's own, so text looks
// the same. The copy also leaves out the glyph substitution table (GSUB): Noto CJK substitutes digit
// glyphs in some runs, a substituted glyph has no cmap entry, and Qt then writes no ToUnicode entry
// for it, so "5G基站" copied out as "G基站".
class ExportFont
{
    Q_DECLARE_TR_FUNCTIONS(ExportFont)
public:
    // The family to write export text with, built and registered once per process from the first
    // installed CJK font of candidates(). Needs a QGuiApplication. Fails with a clear message when no
    // CJK font is installed.
    static Result<QString> family();

    // Installed families tried, in order (Noto/Source Han Sans SC, Microsoft YaHei, SimSun, ...).
    static QStringList candidates();

    // True for the code points that may share a glyph with an ordinary character and come before it:
    // radicals, strokes and Hangzhou numerals (ideographs), the hyphen and figure dashes (an en dash
    // "2.5–3%" copied out as U+2012), control characters (a tab would copy out instead of a space).
    static bool isLookAlike(char32_t c);

    // The cmap table `cmap` without mappings from look-alike code points to glyphs that another code
    // point also maps to. Format 4 subtables are patched in place, format 12 rebuilt; a format 4
    // subtable that cannot be patched is dropped when a format 12 subtable covers the same ground.
    // Returns the table unchanged when nothing needs to go, an empty array when it cannot be parsed.
    static QByteArray cleanCmap(const QByteArray &cmap, int *removed = nullptr);

    // An sfnt (OpenType) font file from `tables` (tag -> data) with checksums and the head table's
    // checksum adjustment computed.
    static QByteArray buildSfnt(const QList<std::pair<QByteArray, QByteArray>> &tables);

    // A 'name' table naming the face `style` (Regular, Bold) of the family `family`.
    static QByteArray nameTable(const QString &family, const QString &style);

    // The export copy of an installed face: cleaned cmap, no GSUB, renamed; empty when the font's
    // tables cannot be read.
    static QByteArray exportFace(const QRawFont &raw, const QString &family, const QString &style);
};

} // namespace plens
