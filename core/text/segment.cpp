#include "text/segment.h"

#include "text/chars.h"

namespace plens {

namespace {

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'”':
    case u'’':
    case u'」':
    case u'』':
    case u'）':
    case u')':
    case u'】':
    case u'》':
    case u'"':
    case u'\'':
        return true;
    default:
        return false;
    }
}

bool isSentenceStop(QStringView t, qsizetype i)
{
    const QChar c = t[i];
    return c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?';
}

bool isClauseStop(QStringView t, qsizetype i)
{
    const QChar c = t[i];
    if (c == u'，' || c == u'；' || c == u'：' || c == u';')
        return true;
    if (c == u',' || c == u':') {
        // 1,200 and 12:30 stay whole
        const bool digitBefore = i > 0 && t[i - 1].isDigit();
        const bool digitAfter = i + 1 < t.size() && t[i + 1].isDigit();
        return !(digitBefore && digitAfter);
    }
    return false;
}

void push(QList<TextSpan> &out, QStringView t, qsizetype s, qsizetype e)
{
    while (s < e && (t[s].isSpace() || chars::isSpace(t[s].unicode())))
        ++s;
    while (e > s && (t[e - 1].isSpace() || chars::isSpace(t[e - 1].unicode())))
        --e;
    if (e > s)
        out.append({s, e});
}

template<typename Stop> QList<TextSpan> split(QStringView t, Stop stop)
{
    QList<TextSpan> out;
    qsizetype s = 0;
    const qsizetype n = t.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (t[i] == u'\n') {
            push(out, t, s, i);
            s = i + 1;
        } else if (stop(t, i)) {
            qsizetype e = i + 1;
            while (e < n && (isClosing(t[e]) || stop(t, e)))
                ++e;
            push(out, t, s, e);
            s = e;
            i = e - 1;
        }
    }
    push(out, t, s, n);
    return out;
}

} // namespace

QList<TextSpan> splitSentences(QStringView text)
{
    return split(text, isSentenceStop);
}

QList<TextSpan> splitClauses(QStringView text)
{
    return split(text, [](QStringView t, qsizetype i) { return isSentenceStop(t, i) || isClauseStop(t, i); });
}

QList<TextSpan> splitParagraphs(QStringView text)
{
    return split(text, [](QStringView, qsizetype) { return false; });
}

} // namespace plens
