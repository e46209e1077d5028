#include "text/cleanup.h"

#include "text/chars.h"

#include <QHash>
#include <QRegularExpression>

namespace plens {

namespace {

using chars::isCjk;
using chars::isHan;
using chars::isSpace;

// Words of the gambling spam that hacked government pages carry. A class of debris: any line made
// only of them (with separators) is dropped and a leading run of them is cut off a line.
const QString &spamWords()
{
    static const QString words
        = QStringLiteral("买球|赌球|足彩|博彩|菠菜|彩票网|娱乐城|真人娱乐|体育投注|线上买球|买球网站|"
                         "买球平台|外围买球|网上赌场|百家乐|棋牌游戏|开元棋牌|亚博|体育下注|下注网站");
    return words;
}

const QRegularExpression &spamLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:%1|线上|网站|平台|官网|app|APP)[\\s\\-—_|·,，]*)+$").arg(spamWords()));
    return re;
}

const QRegularExpression &spamPrefix()
{
    static const QRegularExpression re(QStringLiteral("^(?:(?:%1)[\\s\\-—_|·,，]+)+").arg(spamWords()));
    return re;
}

// Inline debris: removed from a line, the rest of the line stays.
const QList<QRegularExpression> &inlineDebris()
{
    static const QList<QRegularExpression> list = {
        QRegularExpression(QStringLiteral("字体[:：]\\s*[\\[【〔(（][^\\]】〕)）]{0,16}[\\]】〕)）]")),
        QRegularExpression(QStringLiteral("(?:字体|字号)[:：]\\s*(?:[\\[【]?\\s*[大中小]\\s*[\\]】]?\\s*){2,3}")),
        QRegularExpression(
            QStringLiteral("[\\[【]\\s*(?:打印(?:本页)?|关闭(?:窗口|本页)?|收藏|返回顶部|纠错)\\s*[\\]】]")),
        QRegularExpression(QStringLiteral("(?:阅读量|浏览量|浏览次数|访问量|点击数|点击量|阅读次数)[:：]\\s*\\d+次?")),
        QRegularExpression(QStringLiteral("分享到[:：]?(?:\\s*(?:微信|微博|QQ空间|QQ|朋友圈|新浪微博|腾讯微博))*")),
    };
    return list;
}

// The date and time a browser prints in a page's header or footer: 2024/11/14 08:42,
// 2024-11-14 下午3:05, 11/14/24, 8:42 AM.
QString printDate()
{
    return QStringLiteral(
        "(?:\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4},?)\\s*(?:上午|下午)?\\s*\\d{1,"
        "2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?");
}

// A line that is page furniture as a whole.
const QList<QRegularExpression> &lineDebris()
{
    static const QList<QRegularExpression> list = {
        QRegularExpression(QStringLiteral("^扫一扫.{0,12}(?:手机|二维码|移动端)")),
        QRegularExpression(QStringLiteral("^(?:用)?手机扫(?:一扫|描二维码)")),
        QRegularExpression(QStringLiteral("^(?:Produced|Powered|Designed|Developed|Supported)\\s+By\\b"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^(?:版权所有|Copyright\\b|©|\\(c\\)\\s)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("ICP备\\d|公网安备|网站标识码|网站识别码")),
        QRegularExpression(QStringLiteral(
            "^(?:主办单位|承办单位|技术支持|运维单位|网站地图|联系我们|关于我们|返回顶部|打印本页|关闭窗口|"
            "网站首页|无障碍|长者模式|繁體|简体版|English)\\s*(?:[:：|｜].*)?$")),
        QRegularExpression(QStringLiteral("^(?:当前位置|您的位置|您现在的位置|所在位置)[:：]")),
        QRegularExpression(QStringLiteral("^(?:免责)?声明[:：].{0,40}(?:转载|版权|不代表)")),
        QRegularExpression(QStringLiteral("^(?:分享到|分享)[:：]?$")),
        QRegularExpression(QStringLiteral("^(?:选择需求|具体描述|验证码|搜索|请输入关键字|提交|重置)[:：]?$")),
        QRegularExpression(QStringLiteral("^\\d+\\s*字符$")),
        QRegularExpression(QStringLiteral("^[•·●\\-\\s]*(?:无搜索结果|暂无数据|加载中)")),
        QRegularExpression(QStringLiteral("^(?:上一篇|下一篇)[:：]")),
        // Browser print furniture: the page title with its site name (…_中国政府网 (www.gov.cn)),
        // optionally after the print date; the page's address with the page count; the print date.
        QRegularExpression(
            QStringLiteral(
                "^(?:%1\\s*)?\\S.{0,150}?(?:_\\s*[^\\s_]{1,24}(?:网|网站|门户|政府|办公厅|厅|局|委员会|委)|\\s[-–|"
                "｜]\\s*[^\\s_|｜]{1,24}(?:网|网站|门户网站|政府))(?:\\s*[（(]?\\s*(?:https?://)?www\\.[A-Za-z0-"
                "9.-]+/?\\s*[）)]?)?(?:\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?$")
                .arg(printDate())),
        QRegularExpression(QStringLiteral("^(?:\\d{1,3}\\s*/\\s*\\d{1,3}\\s+)?(?:https?://|www\\.)[^\\s一-龥]+(?:\\s+"
                                          "\\d{1,3}\\s*/\\s*\\d{1,3})?(?:\\s+%1)?$")
                               .arg(printDate())),
        QRegularExpression(QStringLiteral("^%1(?:\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?$").arg(printDate())),
    };
    return list;
}

// Headings of sidebars and widgets: the heading and the short lines after it are removed up to the
// next line that reads like a paragraph.
const QRegularExpression &widgetHeading()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:热门政策|热点政策|热门文章|热点推荐|推荐阅读|相关阅读|相关文章|相关链接|相关文件|"
                       "相关新闻|相关政策|政策申报|猜你喜欢|最新政策|最新文章|友情链接|"
                       "热门标签|热门搜索|精彩推荐|扫码关注)[:：]?$"));
    return re;
}

// "政策库 > 标题", "首页 > 政务公开 > 文件": a breadcrumb has at least one '>' between short
// segments and no sentence punctuation.
bool isBreadcrumb(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^[^。，；>＞»]{1,40}(?:\\s*[>＞»]\\s*[^。，；>＞»]{1,80})+$"));
    return re.match(line).hasMatch();
}

bool looksLikeParagraph(const QString &line)
{
    if (line.size() < 30)
        return false;
    return line.contains(QChar(0x3002)) || line.contains(QChar(0xFF0C));
}

struct Line
{
    qsizetype start; // in the input
    qsizetype end;
};

// PDF fonts often map glyphs to radicals instead of ideographs (⽹ U+2F79 for 网, ⺠ U+2EA0 for
// 民): Kangxi radicals have compatibility mappings; the simplified radicals that stand alone as
// common characters are mapped here.
QChar unifyRadical(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x2F00 && u <= 0x2FD5) {
        // The radical's ideograph, in its simplified form where the text is simplified Chinese
        // (⼾ U+2F3E is 戶, which stands for 户 here).
        static const QHash<char16_t, char16_t> simplified = {
            {u'戶', u'户'}, {u'門', u'门'}, {u'馬', u'马'}, {u'見', u'见'}, {u'貝', u'贝'}, {u'車', u'车'},
            {u'長', u'长'}, {u'頁', u'页'}, {u'風', u'风'}, {u'飛', u'飞'}, {u'魚', u'鱼'}, {u'鳥', u'鸟'},
            {u'麥', u'麦'}, {u'黃', u'黄'}, {u'齊', u'齐'}, {u'齒', u'齿'}, {u'龍', u'龙'}, {u'龜', u'龟'},
            {u'韋', u'韦'}, {u'鹵', u'卤'}, {u'黽', u'黾'},
        };
        const QString n = QString(c).normalized(QString::NormalizationForm_KC);
        if (n.size() != 1)
            return c;
        return QChar(simplified.value(n.at(0).unicode(), n.at(0).unicode()));
    }
    if (u < 0x2E80 || u > 0x2EF3)
        return c;
    static const QHash<char16_t, char16_t> map = {
        {0x2E9F, u'母'}, {0x2EA0, u'民'}, {0x2EC5, u'见'}, {0x2EC6, u'角'}, {0x2EC8, u'讠'}, {0x2EC9, u'贝'},
        {0x2ECB, u'车'}, {0x2ED0, u'钅'}, {0x2ED3, u'长'}, {0x2ED4, u'门'}, {0x2ED9, u'韦'}, {0x2EDA, u'页'},
        {0x2EDB, u'风'}, {0x2EDC, u'飞'}, {0x2EE0, u'饣'}, {0x2EE2, u'马'}, {0x2EE5, u'鱼'}, {0x2EE6, u'鸟'},
        {0x2EE7, u'卤'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'}, {0x2EEA, u'黾'}, {0x2EEC, u'齐'}, {0x2EEE, u'齿'},
        {0x2EF0, u'龙'}, {0x2EF3, u'龟'}, {0x2E9C, u'日'}, {0x2E9D, u'月'}, {0x2EA9, u'王'}, {0x2EC4, u'西'},
        {0x2ED1, u'长'}, {0x2ED8, u'青'}, {0x2EDD, u'食'}, {0x2EE3, u'骨'}, {0x2EE4, u'鬼'}, {0x2EC1, u'虎'},
        {0x2E8A, u'卜'},
    };
    const auto it = map.find(u);
    return it == map.end() ? c : QChar(*it);
}

// Removes spaces between a CJK character and an ASCII letter or digit (either order), and between
// two CJK characters: PDF text layers and some pages put them there ("第 1155 号").
MappedText squeezeCjkSpaces(const MappedText &in)
{
    MappedText out;
    out.text.reserve(in.size());
    out.source.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = in.text.at(i);
        if (isSpace(c.unicode()) && !out.text.isEmpty()) {
            qsizetype j = i;
            bool tab = false;
            while (j < n && isSpace(in.text.at(j).unicode())) {
                tab = tab || in.text.at(j) == QLatin1Char('\t');
                ++j;
            }
            if (j < n && !tab) { // a tab separates table cells
                const char32_t before = out.text.back().unicode();
                const char32_t after = in.text.at(j).unicode();
                const bool cjkBefore = isCjk(before);
                const bool cjkAfter = isCjk(after);
                const bool digitPercent = before >= '0' && before <= '9' && (after == '%' || after == 0x2030);
                if (digitPercent || (cjkBefore && (cjkAfter || chars::isAsciiAlnum(after) || after == '%'))
                    || (cjkAfter && (chars::isAsciiAlnum(before) || before == '%'))) {
                    i = j - 1;
                    continue;
                }
            }
        }
        out.append(unifyRadical(c), in.source.at(i));
    }
    return out;
}

bool isListMarkerStart(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,3}(?:[、．]|\\.(?!\\d))|第["
        "一二三四五六七八九十\\d]+[章条节部分])"));
    return re.match(line).hasMatch();
}

} // namespace

MappedText cleanupText(const MappedText &input, const CleanupOptions &options)
{
    // 1. Split into lines, trim each, cut inline debris, drop debris lines.
    struct Kept
    {
        MappedText text;
        bool blankBefore;
        qsizetype table = -1; // index into options.tables for a table row
    };
    QList<Kept> lines;
    const qsizetype n = input.size();
    qsizetype pos = 0;
    bool blank = false;
    bool inWidget = false;
    qsizetype nextTable = 0;
    while (pos <= n) {
        qsizetype e = input.text.indexOf(QLatin1Char('\n'), pos);
        if (e < 0)
            e = n;
        qsizetype s = pos;
        pos = e + 1;
        while (nextTable < options.tables.size() && options.tables.at(nextTable).second <= s)
            ++nextTable;
        if (nextTable < options.tables.size() && options.tables.at(nextTable).first <= s) {
            // A table row: kept as it is (its tabs and empty cells hold the grid), radicals unified.
            MappedText row;
            for (qsizetype k = s; k < std::min(e, options.tables.at(nextTable).second); ++k)
                row.append(unifyRadical(input.text.at(k)), input.source.at(k));
            if (row.size() > 0)
                lines.append({row, blank, nextTable});
            blank = false;
            inWidget = false;
            continue;
        }
        while (s < e && isSpace(input.text.at(s).unicode()))
            ++s;
        qsizetype t = e;
        while (t > s && isSpace(input.text.at(t - 1).unicode()))
            --t;
        if (s == t) {
            blank = true;
            continue;
        }
        MappedText line;
        line.append(input, s, t - s);
        // Radicals a PDF font put in place of ideographs are read as the ideographs (the debris
        // rules below are written with them).
        for (QChar &ch : line.text)
            ch = unifyRadical(ch);
        // inline debris
        QList<bool> drop(line.size(), false);
        bool changed = false;
        for (const auto &re : inlineDebris()) {
            auto it = re.globalMatch(line.text);
            while (it.hasNext()) {
                const auto m = it.next();
                for (qsizetype k = m.capturedStart(); k < m.capturedEnd(); ++k)
                    drop[k] = true;
                changed = true;
            }
        }
        if (const auto m = spamPrefix().match(line.text); m.hasMatch() && m.capturedLength() < line.size()) {
            for (qsizetype k = 0; k < m.capturedEnd(); ++k)
                drop[k] = true;
            changed = true;
        }
        if (changed) {
            MappedText kept;
            for (qsizetype k = 0; k < line.size(); ++k) {
                if (!drop[k])
                    kept.append(line.text.at(k), line.source.at(k));
            }
            // trim again
            qsizetype a = 0;
            qsizetype b = kept.size();
            while (a < b && isSpace(kept.text.at(a).unicode()))
                ++a;
            while (b > a && isSpace(kept.text.at(b - 1).unicode()))
                --b;
            MappedText trimmed;
            trimmed.append(kept, a, b - a);
            line = trimmed;
            if (line.size() == 0)
                continue;
        }
        const QString &lt = line.text;
        if (inWidget) {
            if (looksLikeParagraph(lt))
                inWidget = false;
            else
                continue;
        }
        if (widgetHeading().match(lt).hasMatch()) {
            inWidget = true;
            continue;
        }
        if (spamLine().match(lt).hasMatch() || isBreadcrumb(lt))
            continue;
        bool debris = false;
        for (const auto &re : lineDebris()) {
            if (re.match(lt).hasMatch()) {
                debris = true;
                break;
            }
        }
        if (debris)
            continue;
        lines.append({squeezeCjkSpaces(line), blank, -1});
        blank = false;
    }

    // 2. Join paragraphs that a page break split mid-sentence, then emit with blank lines between.
    MappedText out;
    out.text.reserve(n);
    out.source.reserve(n);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const MappedText &cur = lines.at(i).text;
        if (i > 0 && lines.at(i).table >= 0 && lines.at(i).table == lines.at(i - 1).table) {
            out.append(QLatin1Char('\n'), -1); // the next row of the same table
        } else if (i > 0 && (lines.at(i).table >= 0 || lines.at(i - 1).table >= 0)) {
            out.append(QLatin1Char('\n'), -1);
            out.append(QLatin1Char('\n'), -1);
        } else if (i > 0) {
            const MappedText &prev = lines.at(i - 1).text;
            const char32_t last = prev.text.back().unicode();
            const char32_t first = cur.text.front().unicode();
            const bool join = options.joinBrokenParagraphs && prev.size() >= 40 && isHan(last) && isHan(first)
                && !isListMarkerStart(cur.text) && cur.text != prev.text;
            if (!join) {
                out.append(QLatin1Char('\n'), -1);
                out.append(QLatin1Char('\n'), -1);
            }
        }
        out.append(cur, 0, cur.size());
    }
    return out;
}

QString cleanupText(const QString &input, const CleanupOptions &options)
{
    return cleanupText(MappedText::identity(input), options).text;
}

} // namespace plens
