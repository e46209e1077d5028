#include "import/htmlprescan.h"

#include <QHash>

#include <cstring>
#include <utility>
#include <vector>

namespace plens::detail {

namespace {

bool isAlpha(char c)
{
    const char l = char(c | 0x20);
    return l >= 'a' && l <= 'z';
}

bool isWhite(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c | 0x20) : c;
}

// The '>' ending a tag whose attributes start at `from` (quoted values may hold '>'), or -1 when the
// page ends first.
qsizetype tagEnd(const char *p, qsizetype n, qsizetype from)
{
    qsizetype i = from;
    while (i < n) {
        const char c = p[i];
        if (c == '>')
            return i;
        ++i;
        if (c != '=')
            continue;
        while (i < n && isWhite(p[i]))
            ++i;
        if (i < n && (p[i] == '"' || p[i] == '\'')) {
            const void *q = std::memchr(p + i + 1, p[i], size_t(n - i - 1));
            if (!q)
                return -1;
            i = static_cast<const char *>(q) - p + 1;
        }
    }
    return -1;
}

// The next "</name" (any case) followed by white space, '/' or '>' at or after `from`, or -1.
qsizetype findEndTag(const char *p, qsizetype n, qsizetype from, const QByteArray &name)
{
    qsizetype i = from;
    while (i < n) {
        const void *lt = std::memchr(p + i, '<', size_t(n - i));
        if (!lt)
            return -1;
        i = static_cast<const char *>(lt) - p;
        const qsizetype k = i + 2 + name.size();
        if (k <= n && p[i + 1] == '/') {
            bool same = true;
            for (qsizetype j = 0; j < name.size() && same; ++j)
                same = lower(p[i + 2 + j]) == name.at(j);
            if (same && (k == n || isWhite(p[k]) || p[k] == '/' || p[k] == '>'))
                return i;
        }
        ++i;
    }
    return -1;
}

enum class TagKind { Normal, Void, OptionalEnd, RawText, PlainText };

TagKind kindOf(const QByteArray &name)
{
    static const QHash<QByteArray, TagKind> kinds = [] {
        QHash<QByteArray, TagKind> k;
        for (const char *v : {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image",
                              "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"})
            k.insert(v, TagKind::Void);
        // Closed by the next of their kind or their parent's end: they never nest deeply.
        for (const char *v :
             {"p",     "li",       "dt",      "dd", "option", "optgroup", "tr",  "td",   "th",   "tbody", "thead",
              "tfoot", "colgroup", "caption", "rb", "rt",     "rp",       "rtc", "html", "head", "body"})
            k.insert(v, TagKind::OptionalEnd);
        for (const char *v : {"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"})
            k.insert(v, TagKind::RawText);
        k.insert("plaintext", TagKind::PlainText);
        return k;
    }();
    return kinds.value(name, TagKind::Normal);
}

} // namespace

QString declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    const char *p = head.constData();
    const qsizetype n = head.size();
    qsizetype i = 0;
    while ((i = head.indexOf("<meta", i)) >= 0) {
        const qsizetype end = tagEnd(p, n, i + 5);
        const qsizetype stop = end < 0 ? n : end;
        qsizetype c = head.indexOf("charset", i);
        if (c >= 0 && c < stop) {
            c += 7;
            while (c < stop && (isWhite(p[c]) || p[c] == '=' || p[c] == '"' || p[c] == '\''))
                ++c;
            qsizetype e = c;
            while (e < stop && (isAlpha(p[e]) || (p[e] >= '0' && p[e] <= '9') || p[e] == '-' || p[e] == '_'))
                ++e;
            if (e > c)
                return QString::fromLatin1(p + c, e - c);
        }
        if (end < 0)
            break;
        i = end;
    }
    return {};
}

PrescanResult prescanHtml(const QByteArray &utf8)
{
    PrescanResult r;
    const char *p = utf8.constData();
    const qsizetype n = utf8.size();
    std::vector<std::pair<qsizetype, qsizetype>> drop; // [start, end) of tags left out
    QHash<QByteArray, qsizetype> open; // elements open, by name (an estimate: no implied end tags)
    QHash<QByteArray, qsizetype> dropped; // start tags left out and waiting for their end tags
    qsizetype depth = 0;
    qsizetype i = 0;
    while (i < n) {
        const void *found = std::memchr(p + i, '<', size_t(n - i));
        if (!found)
            break;
        const qsizetype lt = static_cast<const char *>(found) - p;
        qsizetype j = lt + 1;
        if (j >= n)
            break;
        if (p[j] == '!' || p[j] == '?' || (p[j] == '/' && j + 1 < n && !isAlpha(p[j + 1]))) {
            // A comment, a doctype, a processing instruction or a bogus end tag.
            if (p[j] == '!' && j + 2 < n && p[j + 1] == '-' && p[j + 2] == '-') {
                const qsizetype e = utf8.indexOf("-->", j + 1);
                i = e < 0 ? n : e + 3;
            } else {
                const void *gt = std::memchr(p + j, '>', size_t(n - j));
                i = gt ? static_cast<const char *>(gt) - p + 1 : n;
            }
            continue;
        }
        const bool closing = p[j] == '/';
        if (closing)
            ++j;
        if (j >= n || !isAlpha(p[j])) {
            i = lt + 1; // a '<' that starts no tag is text
            continue;
        }
        qsizetype k = j;
        while (k < n && !isWhite(p[k]) && p[k] != '/' && p[k] != '>')
            ++k;
        QByteArray name(p + j, k - j);
        for (char &c : name)
            c = lower(c);
        const qsizetype end = tagEnd(p, n, k);
        if (end < 0)
            break; // a tag cut off by the end of the page: the parser drops it, nothing follows
        i = end + 1;
        const TagKind kind = kindOf(name);
        if (!closing) {
            if (++r.elements > kMaxElements)
                return r;
            if (kind == TagKind::PlainText)
                break;
            if (kind == TagKind::RawText) {
                const qsizetype e = findEndTag(p, n, i, name);
                i = e < 0 ? n : e;
                continue;
            }
            if (kind != TagKind::Normal)
                continue;
            if (depth >= kMaxNesting) {
                drop.emplace_back(lt, end + 1);
                ++dropped[name];
                continue;
            }
            ++open[name];
            ++depth;
            continue;
        }
        if (kind != TagKind::Normal)
            continue;
        if (auto it = dropped.find(name); it != dropped.end() && *it > 0) {
            drop.emplace_back(lt, end + 1);
            --*it;
        } else if (auto o = open.find(name); o != open.end() && *o > 0) {
            --*o;
            --depth;
        }
    }
    r.droppedTags = qsizetype(drop.size());
    if (drop.empty()) {
        r.html = utf8;
        return r;
    }
    r.html.reserve(n);
    qsizetype from = 0;
    for (const auto &[s, e] : drop) {
        r.html.append(p + from, s - from);
        from = e;
    }
    r.html.append(p + from, n - from);
    return r;
}

} // namespace plens::detail
