#pragma once

// A linear pass over a web page before the HTML5 parser sees it: the charset its <meta> declares,
// and the page's limits (issue 19): the number of elements, and how deeply they nest (gumbo's tree
// building costs the nesting depth per tag, so tags nested past kMaxNesting are dropped here and
// their text is kept). Internal to core/import.

#include <QByteArray>
#include <QString>

namespace plens::detail {

inline constexpr int kMaxNesting = 200;
inline constexpr qsizetype kMaxElements = 1000000;

// The charset a <meta charset> or <meta http-equiv content="…; charset=…"> in the first 4 KB
// declares, lower case; empty when none.
QString declaredCharset(const QByteArray &bytes);

struct PrescanResult
{
    QByteArray html; // the page, less the tags nested too deeply
    qsizetype elements = 0; // start tags
    qsizetype droppedTags = 0;
};

// Scans UTF-8 markup once (each byte is looked at a bounded number of times: a '<' that starts no
// tag is text, and the scan goes on after it, never back).
PrescanResult prescanHtml(const QByteArray &utf8);

} // namespace plens::detail
