#pragma once

#include <QByteArray>

namespace plens {

// Qt's PDF writer maps a font's space glyph to U+0009 in the ToUnicode CMap: its FreeType engine
// answers the space glyph for a tab, and the reverse map takes the lowest code point of a glyph. A
// reader copying text out then gets tabs between words. This rewrites, in the uncompressed ToUnicode
// CMaps Qt writes, every destination <0009> as <0020> (same length: no offset changes). Returns how
// many were rewritten through `fixed`.
QByteArray fixTabsInToUnicode(const QByteArray &pdf, int *fixed = nullptr);

} // namespace plens
