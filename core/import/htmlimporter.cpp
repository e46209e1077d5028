// Saved web pages (.html/.htm), read with gumbo, an HTML5 parser: the main text without scripts,
// styles, navigation, sidebars, forms or footers; <table>s as tables (import/tablegrid.h); the
// charset a <meta> declares (gb2312/gbk/gb18030 through PolicyLens's own decoder). Nothing is
// fetched (no images, frames or external entities), so there is no network or file access whatever
// the page contains.
//
// Limits (issue 19): at most kMaxElements start tags; elements nested deeper than kMaxNesting have
// their tags dropped before parsing (their text stays), which keeps gumbo's work linear in the
// page's size (its tree building is quadratic in the nesting depth).
#include "import/formats.h"
#include "import/htmlprescan.h"
#include "import/tablegrid.h"
#include "text/encoding.h"
#include "text/gb18030.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <gumbo.h>

#include <memory>

namespace plens::detail {

namespace {

// ---- decoding ------------------------------------------------------------------------------------

struct Decoded
{
    QString text;
    qsizetype replaced = 0; // undecodable byte sequences, now U+FFFD
};

Decoded decodeHtmlBytes(const QByteArray &bytes)
{
    Decoded d;
    const QString cs = declaredCharset(bytes);
    // A BOM, or bytes that read as UTF-8, win over the declaration (pages are often re-saved as
    // UTF-8 and keep their old <meta>); a GBK-family declaration uses our GB18030 decoder.
    const bool bom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    const bool gbFamily = cs == QLatin1String("gbk") || cs == QLatin1String("gb2312") || cs == QLatin1String("gb18030")
        || cs == QLatin1String("x-gbk") || cs == QLatin1String("cp936");
    const Utf8Stats stats = utf8Stats(bytes);
    if (bom || stats.invalid == 0 || (stats.multiByte > 0 && looksLikeUtf8(stats))) {
        d.text = decodeTextAuto(bytes, nullptr, &d.replaced);
        return d;
    }
    if (gbFamily) {
        d.text = normalizeLineEnds(decodeGb18030(bytes, &d.replaced));
        return d;
    }
    const bool utf8Declared = cs == QLatin1String("utf-8") || cs == QLatin1String("utf8");
    if (!cs.isEmpty() && !utf8Declared && !cs.startsWith(QLatin1String("utf-16"))) {
        QStringDecoder dec(cs.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        if (dec.isValid()) {
            d.text = normalizeLineEnds(dec(bytes));
            d.replaced = d.text.count(QChar::ReplacementCharacter);
            return d;
        }
    }
    d.text = decodeTextAuto(bytes, nullptr, &d.replaced);
    return d;
}

// ---- the page as a tree of what matters ------------------------------------------------------------

struct HtmlTable;

// Text, a line break, a table, or a group that is page furniture (navigation, a footer …).
struct Item
{
    enum class Kind { Text, Break, Table, Furniture };
    Kind kind = Kind::Text;
    QString text;
    bool pre = false;
    std::shared_ptr<HtmlTable> table;
    std::shared_ptr<QList<Item>> children; // Furniture
    qsizetype chars = 0; // Furniture: visible characters inside
    bool form = false; // Furniture: a <form>

    static Item lineBreak()
    {
        Item i;
        i.kind = Kind::Break;
        return i;
    }
};

struct HtmlCell
{
    QList<Item> items;
    int colSpan = 1;
    int rowSpan = 1;
    bool th = false;
};

struct HtmlRow
{
    QList<HtmlCell> cells;
    bool header = false;
};

struct HtmlTable
{
    QList<Item> caption;
    QList<HtmlRow> rows;
};

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_DATALIST:
        return true;
    default:
        return false;
    }
}

// Elements that are page furniture by their name.
bool isFurnitureElement(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NOFRAMES:
        return true;
    default:
        return false;
    }
}

// Containers that a page names as furniture by their id or class.
bool isNamedFurniture(const GumboElement &e)
{
    switch (e.tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
        break;
    default:
        return false;
    }
    QString names;
    for (const char *a : {"id", "class"}) {
        if (const GumboAttribute *attr = gumbo_get_attribute(&e.attributes, a))
            names += QString::fromUtf8(attr->value) + QLatin1Char(' ');
    }
    if (names.isEmpty())
        return false;
    static const QRegularExpression re(
        QStringLiteral("\\b(?:nav|navbar|menu|footer|foot|header|head|top|topbar|sidebar|side|breadcrumb|crumb|share|"
                       "bdsharebuttonbox|copyright|banner|advert|ad|ads|login|search|toolbar|related|recommend|"
                       "qrcode|ewm|pagination|pager)(?:[-_]\\w*)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mainish(
        QStringLiteral("content|article|zoom|main|text|body|detail|trs_editor|view"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(names).hasMatch() && !mainish.match(names).hasMatch();
}

int spanAttribute(const GumboElement &e, const char *name, int fallback)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    if (!a)
        return fallback;
    bool ok = false;
    const int v = QByteArray(a->value).trimmed().toInt(&ok);
    return ok && v >= 0 ? v : fallback;
}

qsizetype visibleChars(QStringView s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        n += c.isSpace() ? 0 : 1;
    return n;
}

// Builds the item tree from gumbo's DOM, counting the text inside furniture.
class Walker
{
public:
    qsizetype totalChars = 0;
    qsizetype furnitureChars = 0;
    bool overTime = false; // the import's time ran out: the walk stopped

    void walk(const GumboNode *node, QList<Item> &out, int depth, bool pre);

private:
    static constexpr int kMaxDepth = 2000; // far past kMaxNesting; guards the recursion

    void children(const GumboNode *node, QList<Item> &out, int depth, bool pre)
    {
        const GumboVector &kids = node->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i)
            walk(static_cast<const GumboNode *>(kids.data[i]), out, depth + 1, pre);
    }
    void table(const GumboNode *node, QList<Item> &out, int depth);
    void rows(const GumboNode *group, HtmlTable &t, bool header, int depth);
    int m_furnitureDepth = 0;
    unsigned m_steps = 0;
};

void Walker::walk(const GumboNode *node, QList<Item> &out, int depth, bool pre)
{
    if (depth > kMaxDepth || overTime)
        return;
    if ((m_steps++ & 1023U) == 0 && pastDeadline()) {
        overTime = true;
        return;
    }
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA: {
        Item t;
        t.text = QString::fromUtf8(node->v.text.text);
        t.pre = pre;
        const qsizetype n = visibleChars(t.text);
        totalChars += n;
        furnitureChars += m_furnitureDepth > 0 ? n : 0;
        out.append(t);
        return;
    }
    case GUMBO_NODE_DOCUMENT:
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        break;
    default:
        return;
    }
    if (node->type == GUMBO_NODE_DOCUMENT) {
        const GumboVector &kids = node->v.document.children;
        for (unsigned i = 0; i < kids.length; ++i)
            walk(static_cast<const GumboNode *>(kids.data[i]), out, depth + 1, pre);
        return;
    }
    const GumboElement &e = node->v.element;
    if (isSkipped(e.tag) || e.tag == GUMBO_TAG_TITLE)
        return;
    const bool furniture = isFurnitureElement(e.tag) || isNamedFurniture(e) || e.tag == GUMBO_TAG_FORM;
    QList<Item> *target = &out;
    if (furniture) {
        Item group;
        group.kind = Item::Kind::Furniture;
        group.form = e.tag == GUMBO_TAG_FORM;
        group.children = std::make_shared<QList<Item>>();
        out.append(group);
        target = out.last().children.get();
        // (text in a form is not counted as furniture: a form may wrap the whole page)
        m_furnitureDepth += e.tag == GUMBO_TAG_FORM ? 0 : 1;
    }
    const qsizetype before = totalChars;
    if (isBlock(e.tag))
        target->append(Item::lineBreak());
    if (e.tag == GUMBO_TAG_TABLE)
        table(node, *target, depth);
    else if (e.tag != GUMBO_TAG_BR && e.tag != GUMBO_TAG_HR)
        children(node, *target, depth, pre || e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_LISTING);
    if (isBlock(e.tag))
        target->append(Item::lineBreak());
    if (furniture) {
        m_furnitureDepth -= e.tag == GUMBO_TAG_FORM ? 0 : 1;
        out.last().chars = totalChars - before;
    }
}

void Walker::rows(const GumboNode *group, HtmlTable &t, bool header, int depth)
{
    const GumboVector &kids = group->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto *tr = static_cast<const GumboNode *>(kids.data[i]);
        if (tr->type != GUMBO_NODE_ELEMENT || tr->v.element.tag != GUMBO_TAG_TR)
            continue;
        HtmlRow row;
        row.header = header;
        const GumboVector &cells = tr->v.element.children;
        for (unsigned k = 0; k < cells.length; ++k) {
            const auto *td = static_cast<const GumboNode *>(cells.data[k]);
            if (td->type != GUMBO_NODE_ELEMENT
                || (td->v.element.tag != GUMBO_TAG_TD && td->v.element.tag != GUMBO_TAG_TH))
                continue;
            HtmlCell cell;
            cell.th = td->v.element.tag == GUMBO_TAG_TH;
            cell.colSpan = std::max(1, spanAttribute(td->v.element, "colspan", 1));
            cell.rowSpan = spanAttribute(td->v.element, "rowspan", 1);
            children(td, cell.items, depth + 2, false);
            row.cells.append(cell);
        }
        t.rows.append(row);
    }
}

void Walker::table(const GumboNode *node, QList<Item> &out, int depth)
{
    auto t = std::make_shared<HtmlTable>();
    QList<HtmlRow> footer;
    const GumboVector &kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        switch (child->v.element.tag) {
        case GUMBO_TAG_CAPTION:
            children(child, t->caption, depth + 1, false);
            break;
        case GUMBO_TAG_THEAD:
            rows(child, *t, true, depth + 1);
            break;
        case GUMBO_TAG_TBODY:
            rows(child, *t, false, depth + 1);
            break;
        case GUMBO_TAG_TFOOT: {
            HtmlTable f;
            rows(child, f, false, depth + 1);
            footer.append(f.rows);
            break;
        }
        default:
            break;
        }
    }
    rows(node, *t, false, depth); // rows straight in <table> (gumbo puts them in a tbody)
    t->rows.append(footer); // a footer is drawn last wherever it stands in the markup
    Item item;
    item.kind = Item::Kind::Table;
    item.table = t;
    out.append(item);
}

// ---- from the tree to lines and tables --------------------------------------------------------------

// Collapses white space as a browser does and cuts the text into lines (CellBlocks) and tables.
class Assembler
{
public:
    Assembler(bool dropFurniture, qsizetype totalChars) : m_drop(dropFurniture), m_total(totalChars) { }

    QList<CellBlock> blocks(const QList<Item> &items)
    {
        QList<CellBlock> out;
        QString line;
        bool space = false;
        add(items, out, line, space);
        flush(out, line);
        return out;
    }

private:
    void flush(QList<CellBlock> &out, QString &line)
    {
        while (!line.isEmpty() && line.back() == QLatin1Char(' '))
            line.chop(1);
        if (!line.isEmpty())
            out.append(CellBlock {line, nullptr});
        line.clear();
    }

    void add(const QList<Item> &items, QList<CellBlock> &out, QString &line, bool &space)
    {
        for (const Item &item : items) {
            switch (item.kind) {
            case Item::Kind::Text:
                if (item.pre) {
                    const QStringList lines = item.text.split(QLatin1Char('\n'));
                    for (qsizetype k = 0; k < lines.size(); ++k) {
                        if (k > 0)
                            flush(out, line);
                        line += lines.at(k);
                    }
                    space = false;
                    break;
                }
                for (const QChar c : item.text) {
                    if (c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t')
                        || c == QLatin1Char('\r') || c == QLatin1Char('\f')) {
                        space = true;
                        continue;
                    }
                    if (space && !line.isEmpty())
                        line.append(QLatin1Char(' '));
                    space = false;
                    line.append(c);
                }
                break;
            case Item::Kind::Break:
                flush(out, line);
                space = false;
                break;
            case Item::Kind::Table:
                flush(out, line);
                space = false;
                out.append(CellBlock {QString(), table(*item.table)});
                break;
            case Item::Kind::Furniture: {
                // A form holding most of the page wraps it (ASP.NET) and is kept.
                const bool wrapper = item.form && item.chars * 2 > m_total;
                if (!m_drop || wrapper)
                    add(*item.children, out, line, space);
                break;
            }
            }
        }
    }

    std::shared_ptr<SourceTable> table(const HtmlTable &t)
    {
        auto out = std::make_shared<SourceTable>();
        for (const CellBlock &b : blocks(t.caption))
            out->caption = joinCellText({out->caption, b.text});
        for (const HtmlRow &r : t.rows) {
            SourceRow row;
            row.header = r.header;
            for (const HtmlCell &c : r.cells) {
                SourceCell cell;
                cell.blocks = blocks(c.items);
                cell.colSpan = c.colSpan;
                cell.rowSpan = c.rowSpan;
                cell.headerCell = c.th;
                row.cells.append(cell);
            }
            out->rows.append(row);
        }
        return out;
    }

    bool m_drop;
    qsizetype m_total;
};

QString titleOf(const GumboNode *root)
{
    if (root->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboVector &kids = root->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto *head = static_cast<const GumboNode *>(kids.data[i]);
        if (head->type != GUMBO_NODE_ELEMENT || head->v.element.tag != GUMBO_TAG_HEAD)
            continue;
        const GumboVector &hk = head->v.element.children;
        for (unsigned k = 0; k < hk.length; ++k) {
            const auto *t = static_cast<const GumboNode *>(hk.data[k]);
            if (t->type != GUMBO_NODE_ELEMENT || t->v.element.tag != GUMBO_TAG_TITLE)
                continue;
            QString title;
            const GumboVector &tk = t->v.element.children;
            for (unsigned j = 0; j < tk.length; ++j) {
                const auto *x = static_cast<const GumboNode *>(tk.data[j]);
                if (x->type == GUMBO_NODE_TEXT || x->type == GUMBO_NODE_WHITESPACE)
                    title += QString::fromUtf8(x->v.text.text);
            }
            return title.simplified();
        }
    }
    return {};
}

struct GumboDeleter
{
    void operator()(GumboOutput *o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

} // namespace

Result<RawImport> importHtml(const QString &fileName, const QByteArray &bytes)
{
    Decoded page = decodeHtmlBytes(bytes);
    if (looksBinary(page.text))
        return Error {fileName, QCoreApplication::translate("plens::import", "not a web page (binary data)")};
    page.replaced += replaceControlCharacters(page.text);
    PrescanResult pre = prescanHtml(page.text.toUtf8());
    if (pre.elements > kMaxElements)
        return Error {
            fileName,
            QCoreApplication::translate("plens::import", "the web page has too many elements (%1; the limit is %2)")
                .arg(pre.elements)
                .arg(kMaxElements)};
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not kept: a broken page must not fill the memory with them
    const std::unique_ptr<GumboOutput, GumboDeleter> dom(
        gumbo_parse_with_options(&options, pre.html.constData(), size_t(pre.html.size())));
    if (!dom)
        return Error {fileName, QCoreApplication::translate("plens::import", "the web page cannot be read")};
    pre.html.clear();

    RawImport raw;
    raw.titleHint = titleOf(dom->root);
    Walker walker;
    QList<Item> items;
    walker.walk(dom->document, items, 0, false);
    if (walker.overTime)
        return Error {fileName, overTimeMessage()};
    // Without its furniture; unless that leaves less than a fifth of the text (a furniture container
    // left open by broken markup swallowed the page): then all of it, and clean-up removes the debris
    // line by line.
    const bool drop = (walker.totalChars - walker.furnitureChars) * 5 >= walker.totalChars;
    const QList<CellBlock> blocks = Assembler(drop, walker.totalChars).blocks(items);
    QString text;
    TableWriter writer(&text, &raw.tables);
    for (const CellBlock &b : blocks) {
        if (b.table)
            writer.write(*b.table);
        else
            writer.paragraph(b.text);
    }
    if (text.trimmed().isEmpty())
        return Error {fileName, QCoreApplication::translate("plens::import", "the web page contains no text")};
    if (page.replaced > 0)
        raw.warnings.append(replacedBytesWarning(page.replaced));
    if (pre.droppedTags > 0) {
        const int dropped = pre.droppedTags > INT_MAX ? INT_MAX : int(pre.droppedTags);
        raw.warnings.append(
            QCoreApplication::translate("plens::import", "ignored %n tag(s) nested more than %1 deep", nullptr, dropped)
                .arg(kMaxNesting));
    }
    raw.text = MappedText::identity(text);
    return raw;
}

} // namespace plens::detail
