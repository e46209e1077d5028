#include "import/metadata.h"

#include "extract/gazetteer.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace plens {

namespace {

// Dates. In figures: 2021年12月24日, 2021-12-24, 2021/12/24, 2021.12.24. In Chinese numerals, as the
// signature of an official document writes its 成文日期: 二〇二一年十二月二十四日, where the zero is also
// typed, or recognised from a scan, as ○, 零, O or 0 (a wide 〇 even as OO).
const QString kArabicDate
    = QStringLiteral("(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|[-/.](\\d{1,2})[-/.](\\d{1,2}))");
const QString kHanDate = QStringLiteral("([〇○零OoＯ０0一二三四五六七八九]{4,5})\\s*年\\s*([一二三四五六七八九十]{1,3})"
                                        "\\s*月\\s*([一二三四五六七八九十]{1,4})\\s*日");
// Either form, without capturing groups, for use inside other patterns.
const QString kDateRe
    = QStringLiteral("(?:\\d{4}\\s*(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[-/.]\\d{1,2}[-/.]\\d{1,2})|"
                     "[〇○零OoＯ０0一二三四五六七八九]{4,5}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*["
                     "一二三四五六七八九十]{1,4}\\s*日)");

// 〇 一 … 九 as a digit (with the zeros a scan or a keyboard gives), else -1.
int hanDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (const qsizetype i = digits.indexOf(c); i >= 0)
        return int(i);
    if (QStringLiteral("○零OoＯ０0").contains(c))
        return 0;
    return -1;
}

// 五, 十, 十二, 二十, 二十四, 三十一 (1..99), else -1.
int hanNumber(const QString &s)
{
    const qsizetype ten = s.indexOf(QChar(0x5341)); // 十
    if (ten < 0)
        return s.size() == 1 ? hanDigit(s.front()) : -1;
    if (ten > 1 || s.size() - ten > 2)
        return -1;
    const int tens = ten == 0 ? 1 : hanDigit(s.front());
    const int units = ten + 1 < s.size() ? hanDigit(s.at(ten + 1)) : 0;
    return tens > 0 && units >= 0 ? tens * 10 + units : -1;
}

// Document-type words a title ends with, longest first; the value is the type reported.
const QList<std::pair<QString, QString>> &typeWords()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("答复的函"), QStringLiteral("答复")}, {QStringLiteral("复函"), QStringLiteral("答复")},
        {QStringLiteral("答复"), QStringLiteral("答复")},     {QStringLiteral("实施方案"), QStringLiteral("方案")},
        {QStringLiteral("工作方案"), QStringLiteral("方案")}, {QStringLiteral("行动方案"), QStringLiteral("方案")},
        {QStringLiteral("方案"), QStringLiteral("方案")},     {QStringLiteral("实施意见"), QStringLiteral("意见")},
        {QStringLiteral("指导意见"), QStringLiteral("意见")}, {QStringLiteral("意见"), QStringLiteral("意见")},
        {QStringLiteral("通知"), QStringLiteral("通知")},     {QStringLiteral("通报"), QStringLiteral("通报")},
        {QStringLiteral("简报"), QStringLiteral("简报")},     {QStringLiteral("报告"), QStringLiteral("报告")},
        {QStringLiteral("公报"), QStringLiteral("公报")},     {QStringLiteral("决算"), QStringLiteral("决算")},
        {QStringLiteral("预算"), QStringLiteral("预算")},     {QStringLiteral("规划"), QStringLiteral("规划")},
        {QStringLiteral("纲要"), QStringLiteral("规划")},     {QStringLiteral("计划"), QStringLiteral("计划")},
        {QStringLiteral("要点"), QStringLiteral("要点")},     {QStringLiteral("办法"), QStringLiteral("办法")},
        {QStringLiteral("细则"), QStringLiteral("办法")},     {QStringLiteral("规定"), QStringLiteral("规定")},
        {QStringLiteral("决定"), QStringLiteral("决定")},     {QStringLiteral("公告"), QStringLiteral("公告")},
        {QStringLiteral("批复"), QStringLiteral("批复")},     {QStringLiteral("措施"), QStringLiteral("措施")},
        {QStringLiteral("函"), QStringLiteral("函")},
    };
    return list;
}

// "行动方案（2024—2026年）", "实施意见(试行)": the type word comes before a closing parenthesis.
QString withoutTrailingParen(const QString &title)
{
    static const QRegularExpression paren(QStringLiteral("\\s*[（(][^（()）]{1,20}[)）]$"));
    QString t = title;
    t.remove(paren);
    return t;
}

QString typeOfTitle(QString title)
{
    // "关于印发X的通知" / "转发X的通知": the notice wraps the real document, whose type counts.
    static const QRegularExpression wrapper(QStringLiteral("(?:印发|转发|下发)(?:《)?(.+?)(?:》)?的通知$"));
    if (const auto m = wrapper.match(title); m.hasMatch())
        title = m.captured(1);
    title = withoutTrailingParen(title);
    for (const auto &[word, type] : typeWords()) {
        if (title.endsWith(word))
            return type;
    }
    return {};
}

bool endsWithTypeWord(const QString &title)
{
    const QString s = withoutTrailingParen(title);
    for (const auto &[word, type] : typeWords()) {
        if (s.endsWith(word))
            return true;
    }
    return false;
}

const QString kOrgSuffix
    = QStringLiteral("(?:厅|局|委员会|委|办公室|办公厅|人民政府|政府|小组|中心|研究院|院|部|署|会|公司)");

// Province and municipality abbreviations used in document numbers.
const QHash<QString, QString> &provinceAbbrev()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("京"), QStringLiteral("北京市")},
        {QStringLiteral("津"), QStringLiteral("天津市")},
        {QStringLiteral("沪"), QStringLiteral("上海市")},
        {QStringLiteral("渝"), QStringLiteral("重庆市")},
        {QStringLiteral("冀"), QStringLiteral("河北省")},
        {QStringLiteral("晋"), QStringLiteral("山西省")},
        {QStringLiteral("辽"), QStringLiteral("辽宁省")},
        {QStringLiteral("吉"), QStringLiteral("吉林省")},
        {QStringLiteral("黑"), QStringLiteral("黑龙江省")},
        {QStringLiteral("苏"), QStringLiteral("江苏省")},
        {QStringLiteral("浙"), QStringLiteral("浙江省")},
        {QStringLiteral("皖"), QStringLiteral("安徽省")},
        {QStringLiteral("闽"), QStringLiteral("福建省")},
        {QStringLiteral("赣"), QStringLiteral("江西省")},
        {QStringLiteral("鲁"), QStringLiteral("山东省")},
        {QStringLiteral("豫"), QStringLiteral("河南省")},
        {QStringLiteral("鄂"), QStringLiteral("湖北省")},
        {QStringLiteral("湘"), QStringLiteral("湖南省")},
        {QStringLiteral("粤"), QStringLiteral("广东省")},
        {QStringLiteral("琼"), QStringLiteral("海南省")},
        {QStringLiteral("川"), QStringLiteral("四川省")},
        {QStringLiteral("贵"), QStringLiteral("贵州省")},
        {QStringLiteral("黔"), QStringLiteral("贵州省")},
        {QStringLiteral("云"), QStringLiteral("云南省")},
        {QStringLiteral("滇"), QStringLiteral("云南省")},
        {QStringLiteral("陕"), QStringLiteral("陕西省")},
        {QStringLiteral("甘"), QStringLiteral("甘肃省")},
        {QStringLiteral("青"), QStringLiteral("青海省")},
        {QStringLiteral("桂"), QStringLiteral("广西壮族自治区")},
        {QStringLiteral("蒙"), QStringLiteral("内蒙古自治区")},
        {QStringLiteral("宁"), QStringLiteral("宁夏回族自治区")},
        {QStringLiteral("新"), QStringLiteral("新疆维吾尔自治区")},
        {QStringLiteral("藏"), QStringLiteral("西藏自治区")},
    };
    return map;
}

// Department abbreviations in document numbers (provincial level names).
const QList<std::pair<QString, QString>> &departmentAbbrev()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("政办发"), QStringLiteral("人民政府办公厅")},
        {QStringLiteral("政办"), QStringLiteral("人民政府办公厅")},
        {QStringLiteral("政发"), QStringLiteral("人民政府")},
        {QStringLiteral("工信"), QStringLiteral("工业和信息化厅")},
        {QStringLiteral("发改"), QStringLiteral("发展和改革委员会")},
        {QStringLiteral("科"), QStringLiteral("科学技术厅")},
        {QStringLiteral("财"), QStringLiteral("财政厅")},
        {QStringLiteral("人社"), QStringLiteral("人力资源和社会保障厅")},
        {QStringLiteral("商务"), QStringLiteral("商务厅")},
        {QStringLiteral("农"), QStringLiteral("农业农村厅")},
        {QStringLiteral("教"), QStringLiteral("教育厅")},
        {QStringLiteral("交"), QStringLiteral("交通运输厅")},
        {QStringLiteral("通信"), QStringLiteral("通信管理局")},
    };
    return list;
}

QString issuerFromNumber(const QString &number)
{
    if (number.size() < 2)
        return {};
    const QString province = provinceAbbrev().value(number.left(1));
    if (province.isEmpty())
        return {};
    const QString rest = number.mid(1);
    for (const auto &[abbr, dept] : departmentAbbrev()) {
        if (rest.startsWith(abbr))
            return province + dept;
    }
    return {};
}

QString regionOf(const QString &issuer)
{
    static const QRegularExpression province(QStringLiteral("^(.{2,7}?(?:自治区|省))"));
    static const QRegularExpression city(QStringLiteral("^(.{2,4}?市)"));
    // The more specific of the province and the city named at the start.
    if (const auto m = province.match(issuer); m.hasMatch()) {
        const QString rest = issuer.mid(m.capturedLength());
        if (const auto c = city.match(rest); c.hasMatch() && !c.captured(1).contains(QStringLiteral("人民")))
            return c.captured(1);
        return m.captured(1);
    }
    if (const auto c = city.match(issuer); c.hasMatch())
        return c.captured(1);
    return {};
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList out;
    const auto parts = text.split(QLatin1Char('\n'));
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

// --- Line classes at the top of an official document -------------------------------------------

// 文号: abbreviation〔year〕number号, optionally a letter. The brackets are also typed as [] () 【】 and
// recognised from scans as 「」〈〉{}.
const QRegularExpression &numberPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "([\\x{4E00}-\\x{9FFF}]{1,12})\\s*[〔［\\[(（【{〈「]\\s*((?:19|20)\\d{2})\\s*[〕］\\])）】}〉」]\\s*("
        "\\d{1,5})\\s*号([A-Za-z]?)"));
    return re;
}

// The document's own 文号 on a line: one standing alone on its line (苏工信数据〔2021〕632号, perhaps with
// 签发人：…), or after a label (发文字号：…). A number cited in a sentence or in brackets
// (根据…（国发〔2021〕5号）) is another document's.
QString ownNumber(const QString &line)
{
    static const QRegularExpression lead(QStringLiteral("^.*(?:文号|字号|编号|第)"));
    static const QRegularExpression label(QStringLiteral("(?:发文字号|文号|字号)\\s*[:：]\\s*$"));
    static const QRegularExpression sentence(QStringLiteral("[。；，,]"));
    auto it = numberPattern().globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        QString prefix = m.captured(1);
        prefix.remove(lead);
        if (prefix.isEmpty())
            continue;
        const qsizetype prefixStart = m.capturedEnd(1) - prefix.size();
        const QString before = line.left(prefixStart).trimmed();
        const bool labelled = label.match(before).hasMatch();
        const bool inBrackets = before.endsWith(u'（') || before.endsWith(u'(') || before.endsWith(u'《')
            || before.endsWith(u'“') || before.endsWith(u'〔');
        if (!labelled && (inBrackets || sentence.match(line).hasMatch()))
            continue;
        return prefix + QStringLiteral("〔") + m.captured(2) + QStringLiteral("〕") + m.captured(3)
            + QStringLiteral("号") + m.captured(4);
    }
    return {};
}

// A line that is only a 文号 (and perhaps its 签发人).
bool isNumberLine(const QString &line)
{
    if (ownNumber(line).isEmpty())
        return false;
    QString rest = line;
    rest.remove(numberPattern());
    static const QRegularExpression signer(QStringLiteral("(?:签发人|签批人|发文字号|文号)\\s*[:：]?\\s*\\S{0,6}"));
    rest.remove(signer);
    return rest.trimmed().size() <= 2;
}

// 红头: the issuing body's name set large above the red line, ending in 文件 (江苏省工业和信息化厅文件;
// several bodies for a joint document). Returns the issuer, or nothing for another line.
QString mastheadIssuer(const QString &line)
{
    static const QRegularExpression masthead(
        QStringLiteral("^((?:中共)?[\\x{4E00}-\\x{9FFF}（）()、\\s]{3,40}?%1)\\s*文\\s*件$").arg(kOrgSuffix));
    const auto m = masthead.match(line.trimmed());
    if (!m.hasMatch())
        return {};
    QString issuer = m.captured(1);
    issuer.remove(QRegularExpression(QStringLiteral("\\s+")));
    return issuer;
}

bool isDateOnly(const QString &line)
{
    static const QRegularExpression dateOnly(QStringLiteral("^%1\\s*(?:印发|发布)?$").arg(kDateRe));
    return dateOnly.match(line.trimmed()).hasMatch();
}

// What sits around a title without being part of it: urgency and secrecy marks, copy numbers,
// 附件 labels, page numbers, publication notes, issue numbers, section labels (目录, 前言), web
// breadcrumbs and labels (来源：, 发布时间：).
bool isTitleNoise(const QString &line)
{
    static const QRegularExpression noise(QStringLiteral(
        "^(?:特急|加急|平急|特提|急件|绝密|机密|秘密|[★☆]|\\d{3,8}|附件\\s*\\d*|[—\\-－\\s\\d]+|[（(]此件[^）)]*[）)]|"
        "第\\s*\\d+\\s*期|\\d{4}\\s*年\\s*第\\s*\\d+\\s*期|目\\s*录|前\\s*言|引\\s*言|摘\\s*要|说\\s*明)$|[>›»|｜]|[:"
        "：]"));
    return noise.match(line.trimmed()).hasMatch();
}

// A sentence, an address line (各设区市…：) or a list item is body text, never a title.
bool isBodyLine(const QString &line)
{
    static const QRegularExpression body(QStringLiteral(
        "[。；！？，,：:]|^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,3}[、.．]|第["
        "一二三四五六七八九十\\d]+[章条节])"));
    return body.match(line).hasMatch();
}

// A line that can be part of a title: not body text, not a number, date, masthead or noise.
bool isTitlePart(const QString &line)
{
    const QString t = line.trimmed();
    return !t.isEmpty() && t.size() <= 60 && !isBodyLine(t) && !isNumberLine(t) && !isDateOnly(t)
        && mastheadIssuer(t).isEmpty() && !isTitleNoise(t);
}

// A line as a title candidate: a trailing publish-date label dropped (…方案》发布时间:2021年12月31日),
// book-title marks around the whole removed.
QString titleCandidate(const QString &line)
{
    static const QRegularExpression trailingLabel(
        QStringLiteral("\\s*(?:发布时间|发布日期|时间|日期|来源|发文日期|成文日期)[:：].*$"));
    QString t = line;
    t.remove(trailingLabel);
    t = t.trimmed();
    if (t.startsWith(QStringLiteral("《")) && t.endsWith(QStringLiteral("》")) && t.count(u'《') == 1)
        t = t.mid(1, t.size() - 2).trimmed();
    return t;
}

// Lines of one title set over several lines are joined without a space between Chinese characters.
QString joinTitle(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a + b;
    const bool latin = a.back().unicode() < 0x80 && a.back().isLetterOrNumber() && b.front().unicode() < 0x80
        && b.front().isLetterOrNumber();
    return latin ? QString(a + u' ' + b) : QString(a + b);
}

// The title of an official document: the first line near the top ending in a document-type word
// (…的通知, …实施意见, …规划（2021—2025年）), joined with the lines it began on when it wraps:
// - a title with 关于 starts at the line holding 关于 (and at the issuing body's name on the line
//   just above it, when that line is only the name); what stands before 关于 on its line, apart from
//   a space, and is no organisation is dropped (a site's banner);
// - a title without 关于 (a plan's name) joins the line above when that line is at least as long
//   (a centred title wraps its longer part first);
// - a parenthesis on the next line, （2021—2025年） or （试行）, ends it.
// Nothing that is body text, a 文号, a date, a 红头 or a label takes part, so a title is never a
// fragment of a sentence, and a line that ends a title is never taken without its start.
QString titleFromLines(const QStringList &lines)
{
    const qsizetype head = std::min<qsizetype>(lines.size(), 25);
    static const QRegularExpression trailingParen(QStringLiteral("^[（(][^（()）]{1,20}[)）]$"));
    static const QRegularExpression orgOnly(QStringLiteral("^[\\x{4E00}-\\x{9FFF}（）()]{3,30}%1$").arg(kOrgSuffix));
    static const QRegularExpression orgBeforeGuan(
        QStringLiteral("[\\x{4E00}-\\x{9FFF}（）()]{2,30}%1$").arg(kOrgSuffix));
    const QString guan = QStringLiteral("关于");
    for (qsizetype i = 0; i < head; ++i) {
        const QString t = titleCandidate(lines.at(i));
        if (!isTitlePart(t) && !(t.size() > 60 && t.size() <= 120 && !isBodyLine(t)))
            continue;
        if (!endsWithTypeWord(t))
            continue;
        QString title = t;
        qsizetype first = i;
        if (!t.contains(guan)) {
            // Up to three lines above: to the line holding 关于, all of them title parts.
            QString above;
            for (qsizetype j = i - 1; j >= 0 && i - j <= 3; --j) {
                const QString prev = titleCandidate(lines.at(j));
                if (!isTitlePart(prev) || endsWithTypeWord(prev))
                    break;
                above = joinTitle(prev, above);
                if (prev.contains(guan)) {
                    title = joinTitle(above, title);
                    first = j;
                    break;
                }
            }
            if (first == i && i > 0) {
                const QString prev = titleCandidate(lines.at(i - 1));
                if (isTitlePart(prev) && !endsWithTypeWord(prev) && prev.size() >= 8 && prev.size() >= t.size()) {
                    title = joinTitle(prev, title);
                    first = i - 1;
                }
            }
        }
        // The issuing body on its own line above 关于.
        if (first > 0 && title.startsWith(guan)) {
            const QString org = lines.at(first - 1).trimmed();
            if (orgOnly.match(org).hasMatch())
                title = org + title;
        }
        // A banner before 关于 on the same line ("网站名 关于…的函"), when it is no organisation.
        if (const qsizetype g = title.indexOf(guan); g > 0) {
            const QString before = title.left(g);
            const qsizetype space = before.lastIndexOf(u' ');
            if (space >= 0 && !orgBeforeGuan.match(before.trimmed()).hasMatch())
                title = title.mid(space + 1).trimmed();
        }
        if (i + 1 < lines.size() && trailingParen.match(lines.at(i + 1).trimmed()).hasMatch() && !title.endsWith(u'）')
            && !title.endsWith(u')'))
            title += lines.at(i + 1).trimmed();
        if (title.size() >= 4)
            return title;
    }
    return {};
}

// A title when no line ends in a document-type word (a feature article, a bulletin with an unusual
// name): the first title line, joined with the next when the first is long and the next shorter
// (a heading wrapped over two lines), so the title is never cut in the middle.
QString headingFromLines(const QStringList &lines)
{
    const qsizetype head = std::min<qsizetype>(lines.size(), 10);
    for (qsizetype i = 0; i < head; ++i) {
        const QString t = titleCandidate(lines.at(i));
        if (!isTitlePart(t))
            continue;
        if (t.size() < 6)
            continue; // a site's section name, a short label
        QString title = t;
        if (i + 1 < lines.size()) {
            const QString next = titleCandidate(lines.at(i + 1));
            if (t.size() >= 14 && isTitlePart(next) && next.size() < t.size())
                title = joinTitle(t, next);
        }
        return title;
    }
    return {};
}

} // namespace

QDate parseChineseDate(const QString &text)
{
    static const QRegularExpression arabic(kArabicDate);
    static const QRegularExpression han(kHanDate);
    const auto a = arabic.match(text);
    const auto h = han.match(text);
    // The date that comes first in the text.
    if (a.hasMatch() && (!h.hasMatch() || a.capturedStart() <= h.capturedStart())) {
        const int y = a.captured(1).toInt();
        const int mo = (a.captured(2).isEmpty() ? a.captured(4) : a.captured(2)).toInt();
        const int d = (a.captured(3).isEmpty() ? a.captured(5) : a.captured(3)).toInt();
        const QDate date(y, mo, d);
        return date.isValid() ? date : QDate();
    }
    if (!h.hasMatch())
        return {};
    // A wide 〇 is sometimes recognised as two Latin O's (二OO二四): one of them goes.
    QString year = h.captured(1);
    if (year.size() == 5) {
        static const QRegularExpression doubled(QStringLiteral("[Oo0Ｏ０]{2}"));
        const auto d = doubled.match(year);
        if (!d.hasMatch())
            return {};
        year.remove(d.capturedStart(), 1);
    }
    int y = 0;
    for (QChar c : year) {
        const int digit = hanDigit(c);
        if (digit < 0)
            return {};
        y = y * 10 + digit;
    }
    if (y < 1900 || y > 2099)
        return {};
    const QDate date(y, hanNumber(h.captured(2)), hanNumber(h.captured(3)));
    return date.isValid() ? date : QDate();
}

DocumentMeta extractMetadata(const QString &displayText, const MetadataHints &hints)
{
    DocumentMeta meta;
    const QStringList lines = nonEmptyLines(displayText);
    const qsizetype head = std::min<qsizetype>(lines.size(), 20);

    // Document number: the document's own 文号 (see ownNumber), from the first lines.
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 30) && meta.docNumber.isEmpty(); ++i)
        meta.docNumber = ownNumber(lines.at(i));

    // Title: from the lines at the top (see titleFromLines); else the file's own title, unless it is
    // a template's or a file name; else the name of the file.
    meta.title = titleFromLines(lines);
    if (meta.title.isEmpty()) {
        QString hint = hints.title.trimmed();
        static const QRegularExpression siteSuffix(QStringLiteral("\\s*[-_|｜—]+\\s*[^-_|｜—]*$"));
        if (!endsWithTypeWord(hint))
            hint.remove(siteSuffix);
        static const QRegularExpression junk(
            QStringLiteral(
                "^(?:附件\\s*\\d*\\s*[:：]|Microsoft Word|untitled)|\\.(?:docx?|wps|pdf|txt|html?)$|样张|模板"),
            QRegularExpression::CaseInsensitiveOption);
        if (!junk.match(hint).hasMatch())
            meta.title = hint;
    }
    if (meta.title.isEmpty())
        meta.title = headingFromLines(lines);

    // Signature: an organisation line followed by a date line; the first one wins (a notice that
    // transmits a document signs before the document starts).
    static const QRegularExpression orgLine(
        QStringLiteral("^([\\x{4E00}-\\x{9FFF}（）()]{3,30}%1)(?:\\s*(%2)\\s*(?:印发)?)?$").arg(kOrgSuffix, kDateRe));
    static const QRegularExpression dateLine(QStringLiteral("^%1\\s*(?:印发|发布)?$").arg(kDateRe));
    QDate signDate;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = orgLine.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        QDate d = m.captured(2).isEmpty() ? QDate() : parseChineseDate(m.captured(2));
        if (!d.isValid() && i + 1 < lines.size() && dateLine.match(lines.at(i + 1)).hasMatch())
            d = parseChineseDate(lines.at(i + 1));
        if (d.isValid()) {
            meta.issuer = m.captured(1);
            signDate = d;
            break;
        }
    }
    // Date: the signature's, else the first line that is only a date, else a labelled date.
    if (signDate.isValid()) {
        meta.date = signDate;
    } else {
        for (const QString &l : lines) {
            if (dateLine.match(l).hasMatch()) {
                meta.date = parseChineseDate(l);
                break;
            }
        }
    }
    static const QRegularExpression labelled(
        QStringLiteral("(?:发布时间|发布日期|时间|日期|发文日期|成文日期)[:：]\\s*(%1)").arg(kDateRe));
    if (!meta.date.isValid()) {
        for (qsizetype i = 0; i < head; ++i) {
            if (const auto m = labelled.match(lines.at(i)); m.hasMatch()) {
                meta.date = parseChineseDate(m.captured(1));
                break;
            }
        }
    }
    if (!meta.date.isValid())
        meta.date = hints.date;

    // Issuer, if no signature: the 红头 (江苏省工业和信息化厅文件), the source label, the title's leading
    // organisation, the number.
    for (qsizetype i = 0; i < head && meta.issuer.isEmpty(); ++i)
        meta.issuer = mastheadIssuer(lines.at(i));
    if (meta.issuer.isEmpty()) {
        static const QRegularExpression source(
            QStringLiteral("来源[:：]\\s*([\\x{4E00}-\\x{9FFF}]{3,30}%1)").arg(kOrgSuffix));
        for (qsizetype i = 0; i < head && meta.issuer.isEmpty(); ++i) {
            if (const auto m = source.match(lines.at(i)); m.hasMatch())
                meta.issuer = m.captured(1);
        }
    }
    if (meta.issuer.isEmpty()) {
        static const QRegularExpression titleOrg(
            QStringLiteral("^([\\x{4E00}-\\x{9FFF}]{3,30}?%1)关于").arg(kOrgSuffix));
        if (const auto m = titleOrg.match(meta.title); m.hasMatch())
            meta.issuer = m.captured(1);
    }
    if (meta.issuer.isEmpty() || !regionOf(meta.issuer).size()) {
        const QString fromNumber = issuerFromNumber(meta.docNumber);
        if (!fromNumber.isEmpty() && (meta.issuer.isEmpty() || fromNumber.endsWith(meta.issuer.mid(1))))
            meta.issuer = fromNumber;
    }

    // Region: the issuer's leading place name; else the province of the number; else a place in the
    // title.
    meta.region = regionOf(meta.issuer);
    if (meta.region.isEmpty() && !meta.docNumber.isEmpty())
        meta.region = provinceAbbrev().value(meta.docNumber.left(1));
    if (meta.region.isEmpty()) {
        // A place the gazetteer knows, in the first lines ("建成省级…" is not a province).
        for (qsizetype i = 0; i < head && meta.region.isEmpty(); ++i)
            meta.region = Gazetteer::find(lines.at(i)).region;
    }
    if (meta.issuer.startsWith(QStringLiteral("省")) && meta.region.endsWith(QStringLiteral("省")))
        meta.issuer = meta.region.left(meta.region.size() - 1) + meta.issuer;

    meta.docType = typeOfTitle(meta.title);
    if (meta.title.isEmpty())
        meta.title = hints.fileName;
    return meta;
}

} // namespace plens
