#pragma once

#include <QString>

namespace plens {

// Where a highlight, figure or annotation sits in a document's display text: [start, end) offsets plus
// the exact quote and up to 32 characters either side, so it can be found again after a re-import of a
// revised file (exact match near the old offset, then quote with prefix/suffix, else orphaned).
// PDF quads are derived from the document's character boxes over [start, end), never stored apart.
struct Anchor
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString quote;
    QString prefix;
    QString suffix;
    bool orphaned = false; // the quote was not found again after a re-import: shown, never dropped

    static constexpr qsizetype contextLength = 32;

    // An anchor over [start, end) of `text`, with quote and context filled in.
    static Anchor fromRange(const QString &text, qsizetype start, qsizetype end);

    // Finds this anchor again in a revised text: the quote at the old offset; else the occurrence of
    // the quote nearest the old offset, preferring one whose context matches; else the passage between
    // the old prefix and suffix (the quote itself was edited); else the same offsets marked orphaned.
    [[nodiscard]] Anchor relocated(const QString &newText) const;

    friend bool operator==(const Anchor &, const Anchor &) = default;
};

} // namespace plens
