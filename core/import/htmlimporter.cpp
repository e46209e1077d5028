// Saved web pages (.html/.htm): the main text without scripts, styles, navigation, sidebars, forms or
// footers. A small tokenizer of our own: nothing is fetched (no images, no frames, no entities from
// outside), so there is no network access whatever the page contains.
#include "import/formats.h"
#include "text/encoding.h"
#include "text/gb18030.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace plens::detail {

namespace {

// The page's declared charset (<meta charset> or http-equiv content type), lower case.
QString declaredCharset(const QByteArray &bytes)
{
    const QString head
        = QString::fromLatin1(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096))).toLower();
    static const QRegularExpression re(QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_\\-]+)"));
    const auto m = re.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString decodeHtmlBytes(const QByteArray &bytes)
{
    const TextEncoding detected = detectEncoding(bytes);
    const QString cs = declaredCharset(bytes);
    // A BOM or valid UTF-8 wins over the declaration (pages are often re-saved as UTF-8); a GBK
    // family declaration on bytes that are not UTF-8 uses our GB18030 decoder.
    const bool gbFamily = cs == QLatin1String("gbk") || cs == QLatin1String("gb2312") || cs == QLatin1String("gb18030");
    if (detected == TextEncoding::Gb18030 || (gbFamily && !isStrictUtf8(bytes)))
        return normalizeLineEnds(decodeGb18030(bytes));
    return normalizeLineEnds(decodeText(bytes, detected));
}

const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> map = {
        {QStringLiteral("nbsp"), QChar(0xA0)},      {QStringLiteral("amp"), QLatin1Char('&')},
        {QStringLiteral("lt"), QLatin1Char('<')},   {QStringLiteral("gt"), QLatin1Char('>')},
        {QStringLiteral("quot"), QLatin1Char('"')}, {QStringLiteral("apos"), QLatin1Char('\'')},
        {QStringLiteral("ensp"), QChar(0x2002)},    {QStringLiteral("emsp"), QChar(0x2003)},
        {QStringLiteral("thinsp"), QChar(0x2009)},  {QStringLiteral("ldquo"), QChar(0x201C)},
        {QStringLiteral("rdquo"), QChar(0x201D)},   {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rsquo"), QChar(0x2019)},   {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("ndash"), QChar(0x2013)},   {QStringLiteral("hellip"), QChar(0x2026)},
        {QStringLiteral("middot"), QChar(0xB7)},    {QStringLiteral("copy"), QChar(0xA9)},
        {QStringLiteral("reg"), QChar(0xAE)},       {QStringLiteral("times"), QChar(0xD7)},
        {QStringLiteral("divide"), QChar(0xF7)},    {QStringLiteral("deg"), QChar(0xB0)},
        {QStringLiteral("plusmn"), QChar(0xB1)},    {QStringLiteral("permil"), QChar(0x2030)},
        {QStringLiteral("yen"), QChar(0xA5)},       {QStringLiteral("bull"), QChar(0x2022)},
    };
    return map;
}

QString decodeEntities(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c != QLatin1Char('&')) {
            out.append(c);
            continue;
        }
        const qsizetype semi = s.indexOf(QLatin1Char(';'), i + 1);
        if (semi < 0 || semi - i > 12) {
            out.append(c);
            continue;
        }
        const QStringView name = s.sliced(i + 1, semi - i - 1);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = (name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X')))
                ? name.sliced(2).toUInt(&ok, 16)
                : name.sliced(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t cp[1] = {char32_t(code)};
                out.append(QString::fromUcs4(cp, 1));
                i = semi;
                continue;
            }
        } else if (const auto it = namedEntities().find(name.toString()); it != namedEntities().end()) {
            out.append(*it);
            i = semi;
            continue;
        }
        out.append(c);
    }
    return out;
}

// Elements whose content is never text of the document.
const QSet<QString> &skippedElements()
{
    static const QSet<QString> set
        = {QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("noscript"), QStringLiteral("template"),
           QStringLiteral("nav"),      QStringLiteral("header"), QStringLiteral("footer"),   QStringLiteral("aside"),
           QStringLiteral("form"),     QStringLiteral("select"), QStringLiteral("button"),   QStringLiteral("iframe"),
           QStringLiteral("svg"),      QStringLiteral("canvas"), QStringLiteral("object"),   QStringLiteral("head"),
           QStringLiteral("textarea"), QStringLiteral("menu")};
    return set;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> set
        = {QStringLiteral("p"),          QStringLiteral("div"),   QStringLiteral("br"),      QStringLiteral("li"),
           QStringLiteral("ul"),         QStringLiteral("ol"),    QStringLiteral("h1"),      QStringLiteral("h2"),
           QStringLiteral("h3"),         QStringLiteral("h4"),    QStringLiteral("h5"),      QStringLiteral("h6"),
           QStringLiteral("tr"),         QStringLiteral("table"), QStringLiteral("section"), QStringLiteral("article"),
           QStringLiteral("blockquote"), QStringLiteral("pre"),   QStringLiteral("hr"),      QStringLiteral("dd"),
           QStringLiteral("dt"),         QStringLiteral("dl"),    QStringLiteral("main"),    QStringLiteral("center"),
           QStringLiteral("title"),      QStringLiteral("td"),    QStringLiteral("th")};
    return set;
}

// Containers named as page furniture by their id or class.
bool isBoilerplateContainer(const QString &attrs)
{
    static const QRegularExpression re(
        QStringLiteral("(?:id|class)\\s*=\\s*[\"'][^\"']*\\b(?:nav|navbar|menu|footer|foot|header|head|top|topbar|"
                       "sidebar|side|breadcrumb|crumb|share|bdsharebuttonbox|copyright|banner|advert|ad|ads|login|"
                       "search|toolbar|related|recommend|qrcode|ewm|pagination|pager)(?:[-_]\\w*)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mainish(
        QStringLiteral(
            "(?:id|class)\\s*=\\s*[\"'][^\"']*(?:content|article|zoom|main|text|body|detail|trs_editor|view)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(attrs).hasMatch() && !mainish.match(attrs).hasMatch();
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> set
        = {QStringLiteral("br"),    QStringLiteral("hr"),    QStringLiteral("img"),   QStringLiteral("meta"),
           QStringLiteral("link"),  QStringLiteral("input"), QStringLiteral("area"),  QStringLiteral("base"),
           QStringLiteral("col"),   QStringLiteral("embed"), QStringLiteral("param"), QStringLiteral("source"),
           QStringLiteral("track"), QStringLiteral("wbr")};
    return set;
}

// The page's text and <title>; with `dropFurniture`, containers named as navigation, footers,
// sidebars etc. are left out. Stops (and sets *overTime) when the import's time is up.
QString pageText(const QString &html, bool dropFurniture, QString *titleOut, bool *overTime)
{
    QString text;
    text.reserve(html.size() / 2);
    // Open elements that are skipped: name and nesting depth of that name.
    QString skipping;
    int skipDepth = 0;
    bool inPre = false;
    QString title;
    bool inTitle = false;
    // Divs and sections marked as furniture are skipped by counting nested divs.
    QList<std::pair<QString, bool>> containerStack; // element name, boilerplate
    int boilerDepth = 0;
    const qsizetype n = html.size();
    qsizetype i = 0;
    const auto appendText = [&](QStringView chunk) {
        if (skipDepth > 0 || boilerDepth > 0)
            return;
        QString t = decodeEntities(chunk);
        if (inTitle) {
            title += t;
            return;
        }
        if (!inPre) {
            // collapse white space as a browser does
            QString c;
            c.reserve(t.size());
            bool space = false;
            for (QChar ch : t) {
                if (ch == QLatin1Char('\n') || ch == QLatin1Char('\t') || ch == QLatin1Char('\r')
                    || ch == QLatin1Char(' ')) {
                    space = true;
                } else {
                    if (space && !c.isEmpty())
                        c.append(QLatin1Char(' '));
                    else if (space && !text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
                        c.append(QLatin1Char(' '));
                    space = false;
                    c.append(ch);
                }
            }
            if (space)
                c.append(QLatin1Char(' '));
            t = c;
        }
        text += t;
    };
    int steps = 0;
    while (i < n) {
        if ((++steps & 1023) == 0 && pastDeadline()) {
            *overTime = true;
            break;
        }
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        if (lt < 0) {
            appendText(QStringView(html).sliced(i));
            break;
        }
        if (lt > i)
            appendText(QStringView(html).sliced(i, lt - i));
        if (html.mid(lt, 4) == QLatin1String("<!--")) {
            const qsizetype e = html.indexOf(QLatin1String("-->"), lt + 4);
            i = e < 0 ? n : e + 3;
            continue;
        }
        if (lt + 1 < n && (html.at(lt + 1) == QLatin1Char('!') || html.at(lt + 1) == QLatin1Char('?'))) {
            const qsizetype e = html.indexOf(QLatin1Char('>'), lt);
            i = e < 0 ? n : e + 1;
            continue;
        }
        // a tag: <name attrs> or </name>; quotes may hold '>'
        qsizetype e = lt + 1;
        QChar quote;
        while (e < n) {
            const QChar c = html.at(e);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('>')) {
                break;
            }
            ++e;
        }
        const QString tag = html.mid(lt + 1, e - lt - 1);
        i = e < n ? e + 1 : n;
        const bool closing = tag.startsWith(QLatin1Char('/'));
        qsizetype k = closing ? 1 : 0;
        qsizetype nameEnd = k;
        while (nameEnd < tag.size() && (tag.at(nameEnd).isLetterOrNumber() || tag.at(nameEnd) == QLatin1Char('-')))
            ++nameEnd;
        const QString name = tag.mid(k, nameEnd - k).toLower();
        if (name.isEmpty()) {
            appendText(QStringView(html).sliced(lt, 1));
            i = lt + 1;
            continue;
        }
        const bool selfClosing = tag.endsWith(QLatin1Char('/')) || voidElements().contains(name);
        if (skipDepth > 0) {
            if (name == skipping)
                skipDepth += closing ? -1 : (selfClosing ? 0 : 1);
            continue;
        }
        if (!closing && skippedElements().contains(name) && !selfClosing) {
            if (name == QLatin1String("title") || name == QLatin1String("head")) {
                // <head> is skipped except its <title>, read below
            }
            if (name == QLatin1String("head")) {
                const qsizetype headEnd = html.indexOf(QLatin1String("</head"), i, Qt::CaseInsensitive);
                const qsizetype t0 = html.indexOf(QLatin1String("<title"), i, Qt::CaseInsensitive);
                if (t0 >= 0 && (headEnd < 0 || t0 < headEnd)) {
                    const qsizetype t1 = html.indexOf(QLatin1Char('>'), t0);
                    const qsizetype t2 = html.indexOf(QLatin1String("</title"), t0, Qt::CaseInsensitive);
                    if (t1 >= 0 && t2 > t1)
                        title = decodeEntities(QStringView(html).sliced(t1 + 1, t2 - t1 - 1)).simplified();
                }
                i = headEnd < 0 ? i : headEnd;
                continue;
            }
            skipping = name;
            skipDepth = 1;
            continue;
        }
        if (name == QLatin1String("title")) {
            inTitle = !closing;
            continue;
        }
        if (name == QLatin1String("div") || name == QLatin1String("section") || name == QLatin1String("ul")
            || name == QLatin1String("table")) {
            if (!closing && !selfClosing) {
                const bool boiler = dropFurniture && isBoilerplateContainer(tag);
                containerStack.append({name, boiler});
                boilerDepth += boiler ? 1 : 0;
            } else if (closing) {
                for (qsizetype s = containerStack.size() - 1; s >= 0; --s) {
                    if (containerStack.at(s).first == name) {
                        for (qsizetype r = containerStack.size() - 1; r >= s; --r)
                            boilerDepth -= containerStack.at(r).second ? 1 : 0;
                        containerStack.resize(s);
                        break;
                    }
                }
            }
        }
        if (name == QLatin1String("pre"))
            inPre = !closing;
        if (blockElements().contains(name) && boilerDepth == 0) {
            if (name == QLatin1String("td") || name == QLatin1String("th")) {
                if (closing)
                    text += QLatin1Char('\t');
            } else if (!text.endsWith(QLatin1Char('\n'))) {
                text += QLatin1Char('\n');
            }
        }
    }
    *titleOut = title.simplified();
    return text;
}

} // namespace

Result<RawImport> importHtml(const QString &fileName, const QByteArray &bytes)
{
    const QString html = decodeHtmlBytes(bytes);
    if (garbageRatio(html) > 0.02)
        return Error {fileName, QCoreApplication::translate("plens::import", "not a web page (binary data)")};
    RawImport raw;
    bool overTime = false;
    QString text = pageText(html, true, &raw.titleHint, &overTime);
    // A furniture container left open by broken markup would swallow the rest of the page: when
    // leaving furniture out keeps less than a fifth of the text, keep it all (the clean-up rules
    // still remove debris line by line).
    QString title;
    const QString all = overTime ? QString() : pageText(html, false, &title, &overTime);
    if (overTime)
        return Error {fileName, overTimeMessage()};
    if (text.trimmed().size() * 5 < all.trimmed().size())
        text = all;
    if (text.trimmed().isEmpty())
        return Error {fileName, QCoreApplication::translate("plens::import", "the web page contains no text")};
    raw.text = MappedText::identity(text);
    return raw;
}

} // namespace plens::detail
