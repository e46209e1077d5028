#pragma once

#include <QList>
#include <QStringView>

namespace plens {

// A [start, end) range of a text.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype length() const { return end - start; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// Sentences: end at 。！？!? (with any closing quotes or brackets that follow) and at line breaks;
// white space at the edges is left out, empty spans are dropped.
QList<TextSpan> splitSentences(QStringView text);

// Clauses: sentences further split after ，；：, (a comma between digits, as in 1,200, does not
// split), the unit in which a commitment and its figure are read.
QList<TextSpan> splitClauses(QStringView text);

// Paragraphs: the spans between line breaks (blank lines or single ones), trimmed.
QList<TextSpan> splitParagraphs(QStringView text);

} // namespace plens
