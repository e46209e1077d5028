#pragma once

#include <QByteArrayView>
#include <QString>

namespace plens {

// The encodings a plain-text (or HTML) policy document arrives in.
enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Gb18030 };

// Detects the encoding: a byte-order mark first; else UTF-8 when the bytes are UTF-8 but for a few
// stray bytes (looksLikeUtf8); else UTF-16 without a BOM (many NUL bytes, or text that reads as CJK
// in UTF-16 but not in GB18030); else GB18030 (which covers GBK).
TextEncoding detectEncoding(QByteArrayView bytes);

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isStrictUtf8(QByteArrayView bytes);

// How the bytes read as UTF-8: well-formed multi-byte sequences, and ill-formed sequences (each
// maximal ill-formed subpart counts once, as a decoder replaces it with one U+FFFD).
struct Utf8Stats
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
};
Utf8Stats utf8Stats(QByteArrayView bytes);

// UTF-8 with at most a few stray bytes: a truncated last character, a stray \xFF in Chinese UTF-8
// text (at least 20 good multi-byte sequences per bad one), or a single bad byte in ASCII text.
// Text in GBK read as UTF-8 has about as many bad sequences as characters.
bool looksLikeUtf8(const Utf8Stats &stats);

// Decodes with the given encoding (the BOM, if any, is dropped). GB18030 uses PolicyLens's own
// decoder so that the result does not depend on ICU. `errors` counts undecodable sequences.
QString decodeText(QByteArrayView bytes, TextEncoding encoding, qsizetype *errors = nullptr);

// Detects and decodes, and normalises line ends (CRLF and CR become LF).
QString decodeTextAuto(QByteArrayView bytes, TextEncoding *detected = nullptr, qsizetype *errors = nullptr);

// CRLF, CR, NEL, LS and PS become LF.
QString normalizeLineEnds(QString text);

// The share of characters that no text document contains (C0 controls other than tab/LF/CR/FF,
// U+FFFD, unpaired surrogates, non-characters), 0..1: a high share means binary data.
double garbageRatio(const QString &text);

// Binary data rather than text with a few stray bytes: more than 2% of the characters are garbage
// (garbageRatio), and more than two of them.
bool looksBinary(const QString &text);

// Replaces control characters that no text holds (C0 other than tab, LF, CR, FF; a stray NUL) with
// U+FFFD; returns how many were replaced.
qsizetype replaceControlCharacters(QString &text);

// A stable name for messages and JSON ("UTF-8", "GB18030" ...).
QString encodingName(TextEncoding encoding);

} // namespace plens
