#include "model/anchor.h"

#include <algorithm>

namespace plens {

Anchor Anchor::fromRange(const QString &text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    Anchor a;
    a.start = start;
    a.end = end;
    a.quote = text.mid(start, end - start);
    const qsizetype preStart = std::max<qsizetype>(0, start - contextLength);
    a.prefix = text.mid(preStart, start - preStart);
    a.suffix = text.mid(end, contextLength);
    return a;
}

namespace {

// How many characters of `context` match `text` right before `pos` (backwards) or at `pos` (forwards).
qsizetype matchBefore(const QString &text, qsizetype pos, const QString &context)
{
    qsizetype n = 0;
    while (n < context.size() && pos - n - 1 >= 0 && text.at(pos - n - 1) == context.at(context.size() - n - 1))
        ++n;
    return n;
}

qsizetype matchAfter(const QString &text, qsizetype pos, const QString &context)
{
    qsizetype n = 0;
    while (n < context.size() && pos + n < text.size() && text.at(pos + n) == context.at(n))
        ++n;
    return n;
}

} // namespace

Anchor Anchor::relocated(const QString &newText) const
{
    const qsizetype length = end - start;
    if (quote.isEmpty())
        return fromRange(newText, start, end);
    if (newText.mid(start, length) == quote) {
        Anchor a = fromRange(newText, start, start + length);
        return a;
    }
    // Every occurrence of the quote: score by context match, then by distance from the old offset.
    qsizetype best = -1;
    qsizetype bestContext = -1;
    qsizetype bestDistance = 0;
    for (qsizetype at = newText.indexOf(quote); at >= 0; at = newText.indexOf(quote, at + 1)) {
        const qsizetype context = matchBefore(newText, at, prefix) + matchAfter(newText, at + length, suffix);
        const qsizetype distance = std::abs(at - start);
        if (context > bestContext || (context == bestContext && distance < bestDistance)) {
            best = at;
            bestContext = context;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        return fromRange(newText, best, best + length);
    // The quote changed: look for the end of the old prefix and the start of the old suffix with a
    // passage of similar length between (only the near context, which outlives edits further away).
    constexpr qsizetype near = 12;
    const QString head = prefix.right(near);
    const QString tail = suffix.left(near);
    if (head.size() >= 4 && tail.size() >= 4) {
        qsizetype found = -1, foundEnd = -1, foundDistance = 0;
        for (qsizetype p = newText.indexOf(head); p >= 0; p = newText.indexOf(head, p + 1)) {
            const qsizetype from = p + head.size();
            const qsizetype s = newText.indexOf(tail, from);
            if (s < 0 || s - from > 2 * length + 8 || 2 * (s - from) + 8 < length)
                continue;
            const qsizetype distance = std::abs(from - start);
            if (found < 0 || distance < foundDistance) {
                found = from;
                foundEnd = s;
                foundDistance = distance;
            }
        }
        if (found >= 0)
            return fromRange(newText, found, foundEnd);
    }
    Anchor a = *this;
    a.orphaned = true;
    return a;
}

} // namespace plens
