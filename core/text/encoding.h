#pragma once

#include <QByteArrayView>
#include <QString>

namespace plens {

// The encodings a plain-text (or HTML) policy document arrives in.
enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Gb18030 };

// Detects the encoding: a byte-order mark first; else strict UTF-8; else UTF-16 without a BOM (NUL
// bytes, or text that reads as CJK in UTF-16 but not in GB18030); else GB18030 (which covers GBK).
TextEncoding detectEncoding(QByteArrayView bytes);

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isStrictUtf8(QByteArrayView bytes);

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

// A stable name for messages and JSON ("UTF-8", "GB18030" ...).
QString encodingName(TextEncoding encoding);

} // namespace plens
