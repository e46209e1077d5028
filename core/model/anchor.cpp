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

} // namespace plens
