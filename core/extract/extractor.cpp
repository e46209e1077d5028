// The Chinese quantity extractor: finds numbers with their units in a display text, drops the ones that
// are not quantities (dates, document numbers, names and slogans, rankings, section labels, phone
// numbers), and reads each figure's kind, comparator, hedge, year, region, indicator and responsible
// bodies from its clause, sentence and paragraph. One pass over the text; each figure looks at a
// bounded window around it, so the work is linear in the input.
#include "extract/extract.h"

#include "extract/gazetteer.h"
#include "extract/numbers.h"
#include "text/segment.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace plens {

namespace {

using Kind = Figure::Kind;
using Cmp = Figure::Cmp;

bool startsWithAny(QStringView s, std::initializer_list<const char16_t *> words, qsizetype *len = nullptr)
{
    for (const char16_t *w : words) {
        const QStringView word(w);
        if (s.startsWith(word)) {
            if (len)
                *len = word.size();
            return true;
        }
    }
    return false;
}

bool endsWithAny(QStringView s, std::initializer_list<const char16_t *> words, qsizetype *len = nullptr)
{
    for (const char16_t *w : words) {
        const QStringView word(w);
        if (s.endsWith(word)) {
            if (len)
                *len = word.size();
            return true;
        }
    }
    return false;
}

bool containsAny(QStringView s, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (s.contains(QStringView(w)))
            return true;
    }
    return false;
}

// Counting words and units, longest first. Time units are recognised only to be rejected.
const std::initializer_list<const char16_t *> kUnits = {
    u"个百分点", u"百分点", u"人次", u"平方米", u"平方公里", u"千瓦时", u"兆瓦", u"千瓦", u"公里", u"千米", u"标准机架",
    u"个",       u"家",     u"项",   u"架",     u"所",       u"座",     u"条",   u"台",   u"套",   u"户",   u"人",
    u"名",       u"次",     u"场",   u"件",     u"款",       u"种",     u"元",   u"吨",   u"亩",   u"米",   u"张",
    u"部",       u"处",     u"宗",   u"篇",     u"本",       u"棵",     u"辆",   u"艘",   u"倍",   u"%",    u"％",
};
const std::initializer_list<const char16_t *> kTimeUnits
    = {u"个月", u"年", u"月", u"日", u"天", u"小时", u"周", u"号", u"时", u"分钟", u"秒", u"世纪"};

// What follows a number that makes it a name, an order or a level, not a quantity.
const std::initializer_list<const char16_t *> kNotQuantityAfter = {
    u"届",     u"期",     u"级",   u"强", u"代", u"版",       u"大",   u"星",   u"批",     u"次会议",
    u"次全会", u"次产业", u"产业", u"是", u"化", u"流",       u"体",   u"方面", u"个方面", u"之一",
    u"类",     u"线",     u"环",   u"横", u"纵", u"中心城市", u"步走", u"维",
};

// Abstract nouns counted in plans as tasks, measures, categories: counts of those are parameters.
const std::initializer_list<const char16_t *> kParameterNouns = {
    u"任务", u"措施", u"举措", u"类别", u"方面", u"环节", u"原则", u"条款", u"条意见", u"大类", u"条政策", u"项政策",
};

// Verbs and words that open a clause before the indicator ("建成 5G基站"), stripped from metrics.
const std::initializer_list<const char16_t *> kLeadingWords = {
    u"组织实施", u"组织认定", u"试点建设", u"探索建设", u"积极推荐", u"累计建成", u"累计培育", u"新建成", u"建设完成",
    u"累计",     u"建成",     u"打造",     u"建设",     u"培育",     u"新增",     u"形成",     u"实施",   u"认定",
    u"创建",     u"完成",     u"实现",     u"推动",     u"推进",     u"发布",     u"吸引了",   u"吸引",   u"开放",
    u"立项",     u"共达成",   u"达成",     u"引进",     u"支持",     u"组织",     u"布局",     u"搭建了", u"搭建",
    u"集聚",     u"聚集",     u"设立",     u"新建",     u"争创",     u"建立",     u"遴选",     u"评选",   u"入选",
    u"获批",     u"获得",     u"认证",     u"通过",     u"带动",     u"力争",     u"争取",     u"确保",   u"全省",
    u"全市",     u"全区",     u"全县",     u"全国",     u"我省",     u"我市",     u"各类",     u"其中",   u"共",
    u"有",       u"了",       u"的",       u"将",       u"再",       u"新",       u"已",       u"均",     u"分别",
    u"达到",     u"达",
};

// Comparators that come before the number, and the words that come after the unit.
struct CmpWord
{
    const char16_t *word;
    Cmp cmp;
};
const CmpWord kBefore[] = {
    {u"不少于", Cmp::Ge}, {u"不低于", Cmp::Ge}, {u"不超过", Cmp::Le}, {u"不高于", Cmp::Le}, {u"超过", Cmp::Gt},
    {u"突破", Cmp::Gt},   {u"高于", Cmp::Gt},   {u"低于", Cmp::Lt},   {u"不足", Cmp::Lt},   {u"降到", Cmp::Le},
    {u"降至", Cmp::Le},   {u"控制在", Cmp::Le}, {u"达到", Cmp::Ge},   {u"提高到", Cmp::Ge}, {u"提升到", Cmp::Ge},
    {u"提升至", Cmp::Ge}, {u"提高至", Cmp::Ge}, {u"增长到", Cmp::Ge}, {u"力争", Cmp::Ge},   {u"约", Cmp::Approx},
    {u"近", Cmp::Approx}, {u"逾", Cmp::Gt},     {u"超", Cmp::Gt},     {u"达", Cmp::Ge},     {u"至少", Cmp::Ge},
    {u"大于", Cmp::Gt},   {u"小于", Cmp::Lt},   {u"最高", Cmp::Le},   {u"最多", Cmp::Le},
};

struct Opener
{
    qsizetype pos;
    int year;
};

// How far a figure looks back in its sentence and how far its clause may reach: keeps the work per
// figure bounded, so extraction stays linear even on text without sentence ends.
constexpr qsizetype kWindow = 160;

QString sliceText(QStringView t, qsizetype a, qsizetype b)
{
    a = std::clamp<qsizetype>(a, 0, t.size());
    b = std::clamp<qsizetype>(b, a, t.size());
    return t.mid(a, b - a).toString();
}

bool isDelimiter(QChar c)
{
    return QStringView(u"，。；：！？、,;:!?（）()《》【】\n").contains(c);
}

bool isClauseEnd(QChar c)
{
    return QStringView(u"，。；！？,;!?\n").contains(c);
}

// A year written as 2023 or 二〇二三 at pos, followed by 年; returns the year.
int yearAt(QStringView t, qsizetype pos)
{
    if (pos + 4 >= t.size() + 0 && pos + 4 > t.size())
        return 0;
    int y = 0;
    for (qsizetype k = 0; k < 4; ++k) {
        if (pos + k >= t.size())
            return 0;
        const int d = arabicDigit(t.at(pos + k));
        if (d < 0)
            return 0;
        y = y * 10 + d;
    }
    if (pos + 4 < t.size() && arabicDigit(t.at(pos + 4)) >= 0)
        return 0;
    return (y >= 1949 && y <= 2100) ? y : 0;
}

// The years named in a span ("2021年", "截至2021年底"), with their positions.
// Loose years also count a year that names an event (2021云上南京软博会, 2022世界智能制造大会).
QList<Opener> yearsIn(QStringView t, qsizetype from, qsizetype to, bool loose = false)
{
    QList<Opener> years;
    for (qsizetype i = std::max<qsizetype>(0, from); i + 4 <= to && i + 4 <= t.size(); ++i) {
        if (i > 0 && arabicDigit(t.at(i - 1)) >= 0)
            continue;
        const int y = yearAt(t, i);
        if (!y || i + 4 >= t.size())
            continue;
        // Years inside a title (《…（2018—2020年）》) date the title, not the sentence.
        const qsizetype open = t.mid(std::max<qsizetype>(0, i - 60), std::min<qsizetype>(60, i)).lastIndexOf(u'《');
        if (open >= 0
            && !t.mid(std::max<qsizetype>(0, i - 60) + open, i - (std::max<qsizetype>(0, i - 60) + open))
                    .contains(u'》'))
            continue;
        const QChar next = t.at(i + 4);
        const bool eventName = loose && next.script() == QChar::Script_Han && !startsWithAny(t.mid(i + 4, 4), kUnits)
            && !startsWithAny(t.mid(i + 4, 4), kTimeUnits);
        if (next == u'年' || eventName)
            years.append({i, y});
    }
    return years;
}

// A figure as read, with what reference resolution needs.
struct Candidate
{
    Figure f;
    QString afterPhrase; // the clause after the unit (names a 分别 list pairs with)
    bool listed = false; // followed by 、 and another number: part of a list of numbers
    bool refersBack = false; // a share or change of the figure before it (占…的, 同比增长)
};

class Extractor
{
public:
    Extractor(const QString &text, const ExtractContext &ctx) : m_t(text), m_ctx(ctx)
    {
        m_docYear = ctx.documentDate.isValid() ? ctx.documentDate.year() : 0;
        m_homeRegion = Gazetteer::canonical(ctx.region);
        if (m_homeRegion.isEmpty())
            m_homeRegion = Gazetteer::find(ctx.issuer).region;
        m_homeProvince = Gazetteer::isProvince(m_homeRegion) ? m_homeRegion : Gazetteer::provinceOf(m_homeRegion);
        // A plan's horizon: the first "到20XX年" in the text that is not in the past.
        static const QRegularExpression horizon(QStringLiteral("(?:到|至|截至)(20\\d\\d)年"));
        for (auto it = horizon.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int y = m.captured(1).toInt();
            if (m.captured(0).startsWith(u'截'))
                continue;
            if (!m_docYear || y >= m_docYear) {
                m_horizon = y;
                m_horizonPos = m.capturedStart();
                break;
            }
        }
    }

    QList<Figure> run()
    {
        QList<Figure> out;
        QString sectionRegion;
        for (const TextSpan &para : splitParagraphs(m_t)) {
            const QStringView p = QStringView(m_t).mid(para.start, para.length());
            // A short paragraph that names a region (a heading such as 常州市加速推进…) sets the region
            // of what follows it.
            if (p.size() <= 40) {
                const auto m = Gazetteer::find(p);
                if (m.start >= 0 && m.start <= 2)
                    sectionRegion = m.region;
            }
            paragraph(para, sectionRegion, out);
        }
        return out;
    }

private:
    void paragraph(const TextSpan &para, const QString &sectionRegion, QList<Figure> &out)
    {
        // The paragraph's opener ("到2023年，") governs the rest of it.
        m_paraYears = yearsIn(m_t, para.start, para.end);
        int paraYear = 0;
        for (const Opener &o : std::as_const(m_paraYears)) {
            if (o.pos >= 1 && (m_t.at(o.pos - 1) == u'到' || m_t.at(o.pos - 1) == u'至') && isOpener(o.pos)) {
                paraYear = o.year;
                break;
            }
        }
        const QString agencies = responsibleBodies(para);
        QString paraRegion = sectionRegion;
        for (const TextSpan &s : splitSentences(QStringView(m_t).mid(para.start, para.length()))) {
            const TextSpan sentence {para.start + s.start, para.start + s.end};
            sentenceFigures(sentence, para, paraYear, paraRegion, agencies, out);
        }
    }

    // Bodies named as responsible at the end of a paragraph: （省工信厅牵头负责）,
    // (省发展改革委、省科技厅按职责分工负责).
    QString responsibleBodies(const TextSpan &para) const
    {
        const QStringView p = QStringView(m_t).mid(para.start, para.length());
        static const QRegularExpression re(
            QStringLiteral("[（(]([^（）()]{2,80}?)(?:按职责分工|牵头|配合|共同)?负责[）)]"));
        const auto m = re.match(p);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    void sentenceFigures(const TextSpan &s, const TextSpan &para, int paraYear, QString &region,
                         const QString &agencies, QList<Figure> &out)
    {
        const QStringView t(m_t);
        // Quotes shorter than 16 characters are names and slogans ("1468", “六个一”, “1+3+N”).
        QList<TextSpan> quotes;
        for (qsizetype i = s.start; i < s.end; ++i) {
            if (t.at(i) == u'“' || t.at(i) == u'"') {
                const qsizetype close = t.mid(0, std::min(s.end, i + 18)).indexOf(t.at(i) == u'“' ? u'”' : u'"', i + 1);
                if (close > i && close < s.end && close - i <= 16)
                    quotes.append({i, close + 1});
            }
        }
        const auto inQuote = [&](qsizetype pos) {
            return std::any_of(quotes.cbegin(), quotes.cend(),
                               [pos](const TextSpan &q) { return pos > q.start && pos < q.end; });
        };

        QList<Candidate> found;
        qsizetype i = s.start;
        while (i < s.end) {
            const QChar c = t.at(i);
            if (arabicDigit(c) < 0 && !isChineseNumeral(c)) {
                ++i;
                continue;
            }
            auto n = parseNumber(t, i);
            if (!n || n->end <= i) {
                ++i;
                continue;
            }
            const qsizetype numStart = n->start;
            qsizetype next = std::max(n->end, i + 1);
            std::optional<Candidate> cand = figureAt(*n, s, para, paraYear, region, inQuote(numStart), &next);
            i = next;
            if (!cand)
                continue;
            Figure &f = cand->f;
            if (f.scope.isEmpty())
                f.scope = region.isEmpty() ? m_homeRegion : region;
            if (f.kind == Kind::Target && !agencies.isEmpty())
                f.agencies = agencies.split(QRegularExpression(QStringLiteral("[、，,和及]")), Qt::SkipEmptyParts);
            found.append(*cand);
        }
        resolveReferences(found);
        for (const Candidate &c : std::as_const(found))
            out.append(c.f);
    }

    // Figures whose indicator is only a reference take it from the figures before them in the sentence:
    // shares and changes ("占全省的61.5%", "同比增长11.0%") from the figure they are a share of, and the
    // numbers of a 分别 list ("分别有29个、7个项目入选…大数据、区块链…") pair with the names in order.
    void resolveReferences(QList<Candidate> &found) const
    {
        // 分别 lists: a run of numbers in one clause, all but the last without a name of their own.
        for (qsizetype k = 0; k < found.size(); ++k) {
            qsizetype e = k;
            while (e + 1 < found.size() && found.at(e + 1).f.start == found.at(k).f.start && found.at(e).listed)
                ++e;
            if (e == k || !found.at(k).f.text.contains(u"分别") || found.at(e).afterPhrase.isEmpty()) {
                continue;
            }
            const QStringList names = found.at(e).afterPhrase.split(u'、', Qt::SkipEmptyParts);
            if (names.size() == e - k + 1) {
                for (qsizetype j = k; j <= e; ++j) {
                    found[j].f.metric = names.at(j - k).left(40);
                    found[j].refersBack = false;
                }
            }
            k = e;
        }
        for (qsizetype k = 0; k < found.size(); ++k) {
            if (!found.at(k).refersBack && !found.at(k).f.metric.isEmpty())
                continue;
            // This figure's run (a list such as "58%、50%" in one clause) and the named figures before it.
            qsizetype runEnd = k;
            while (runEnd + 1 < found.size() && found.at(runEnd + 1).refersBack
                   && found.at(runEnd + 1).f.start == found.at(k).f.start)
                ++runEnd;
            const qsizetype runLength = runEnd - k + 1;
            QList<const Candidate *> before;
            for (qsizetype j = k - 1; j >= 0 && before.size() < runLength; --j) {
                if (!found.at(j).f.metric.isEmpty())
                    before.prepend(&found.at(j));
            }
            if (!before.isEmpty()) {
                for (qsizetype r = k; r <= runEnd; ++r) {
                    Candidate &c = found[r];
                    const Candidate *ref = before.size() == runLength ? before.at(r - k) : before.last();
                    QString own = c.f.metric;
                    if (own.endsWith(u'的'))
                        own.chop(1);
                    c.f.metric = QString(ref->f.metric + own).left(60);
                    if (!c.f.year)
                        c.f.year = ref->f.year;
                    c.refersBack = false;
                }
            }
            k = runEnd;
        }
    }

    std::optional<Candidate> figureAt(const NumberToken &n, const TextSpan &s, const TextSpan &para, int paraYear,
                                      QString &region, bool quoted, qsizetype *next)
    {
        const QStringView t(m_t);
        const qsizetype start = n.start;
        const QChar before = start > 0 ? t.at(start - 1) : QChar();
        // Parts of codes and names: 5G, IPv6, L2, 4K/8K, V2X, 1+1+40+N, 〔2021〕632号, 第23届.
        if (quoted || before == u'第' || before == u'〔' || before == u'+' || before == u'[' || before == u'-'
            || (before.unicode() < 0x80 && before.isLetter()) || before == u'/' || before == u'.' || before == u'．')
            return std::nullopt;
        if (n.chinese && start > 0
            && (before == u'第' || before == u'统' || before == u'唯' || before == u'进' || before == u'万'
                || before == u'千' || before == u'百' || isChineseNumeral(before)))
            return std::nullopt;
        qsizetype pos = n.end;
        const auto peek = [&](qsizetype k) {
            return pos + k < t.size() ? t.at(pos + k) : QChar();
        };
        if (peek(0) == u'+' || (peek(0).unicode() < 0x80 && peek(0).isLetter()))
            return std::nullopt; // 5G, 4K, 1+3+N
        if (!n.chinese && peek(0) == u'/' && arabicDigit(peek(1)) >= 0)
            return std::nullopt;

        Figure f;
        f.value = n.value;
        bool isRange = false;
        // A range: 3-4个, 1至2个, 90%—95%, 3-4万个 (the unit or magnitude after the second number
        // applies to both).
        {
            qsizetype j = pos;
            if (j < t.size() && (t.at(j) == u'%' || t.at(j) == u'％'))
                ++j;
            if (j < t.size() && QStringView(u"-－—–~～至到").contains(t.at(j))) {
                qsizetype k = j + 1;
                if (k < t.size() && t.at(k) == u'—')
                    ++k;
                if (k < t.size() && (arabicDigit(t.at(k)) >= 0 || (n.chinese && isChineseNumeral(t.at(k))))) {
                    const auto second = parseNumber(t, k);
                    const double first
                        = second && second->magnitude && !n.magnitude ? n.value * second->factor : n.value;
                    if (second && second->value > first && second->chinese == n.chinese) {
                        f.value = first;
                        f.valueMax = second->value;
                        isRange = true;
                        pos = second->end;
                    }
                }
            }
        }

        // 多/余 between the number and the unit: "890多个", "20余家" (more than).
        bool moreThan = false;
        if (peek(0) == u'多' || peek(0) == u'余') {
            moreThan = true;
            ++pos;
        }
        if (peek(0) == u' ')
            ++pos;
        // Time units and the words that make a number a name or a rank.
        qsizetype len = 0;
        const QStringView after = t.mid(pos, std::min<qsizetype>(8, t.size() - pos));
        if (startsWithAny(after, kTimeUnits) || startsWithAny(after, kNotQuantityAfter))
            return std::nullopt;
        if (n.chinese
            && startsWithAny(after, {u"个一", u"大", u"五", u"是", u"些", u"起", u"道", u"样", u"致", u"直", u"定",
                                     u"线",   u"体", u"手", u"流", u"生", u"心", u"站", u"路", u"边", u"带"}))
            return std::nullopt;
        QString unit;
        if (startsWithAny(after, kUnits, &len)) {
            unit = after.left(len).toString();
            if (unit == QStringLiteral("％"))
                unit = QStringLiteral("%");
            if (unit == QStringLiteral("个百分点"))
                unit = QStringLiteral("百分点");
            if (unit == QStringLiteral("标准机架"))
                unit = QStringLiteral("架");
            else
                pos += len;
        } else if (n.fraction) {
            unit = QStringLiteral("%");
        }
        // 个 before a time word (3个月) was rejected above; 个 + 百分点 is handled as one unit.
        const bool percent = unit == QLatin1String("%") || unit == QStringLiteral("百分点");

        // A number without a unit is a quantity only with a magnitude (超300亿) or right after a
        // comparator (PUE低于1.3, 指数达到64.5以上).
        const QStringView clauseBefore = t.mid(std::max(s.start, start - 6), start - std::max(s.start, start - 6));
        Cmp beforeCmp = Cmp::Eq;
        bool hasBeforeCmp = false;
        for (const CmpWord &w : kBefore) {
            if (clauseBefore.endsWith(QStringView(w.word))) {
                beforeCmp = w.cmp;
                hasBeforeCmp = true;
                break;
            }
        }
        if (unit.isEmpty() && !n.magnitude && !(hasBeforeCmp && beforeCmp != Cmp::Approx && !n.chinese))
            return std::nullopt;
        if (unit.isEmpty() && n.chinese)
            return std::nullopt;
        if (n.chinese && n.value == 1 && (unit == QStringLiteral("种") || unit == QStringLiteral("条")))
            return std::nullopt; // 一种, 一条: articles, not counts
        if (n.chinese && n.value == 0)
            return std::nullopt; // 零部件
        // 是一项…, 成为一个…, 作为一家…: an article after a copula, not a count.
        if (n.chinese && n.value == 1
            && endsWithAny(t.mid(std::max<qsizetype>(0, start - 2), std::min<qsizetype>(2, start)),
                           {u"是", u"为", u"成为", u"作为"}))
            return std::nullopt;
        // Counts of quoted slogans (3个“建立”、2个“健全”): the quote is the whole noun.
        if (pos < t.size() && (t.at(pos) == u'“' || t.at(pos) == u'"')) {
            const qsizetype close = t.indexOf(t.at(pos) == u'“' ? u'”' : u'"', pos + 1);
            if (close < 0 || close + 1 >= t.size() || isDelimiter(t.at(close + 1)) || t.at(close + 1) == u'共')
                return std::nullopt;
        }
        // Seven or more digits with no magnitude and no money unit: a phone or serial number.
        if (!n.magnitude && !n.chinese && n.end - n.start >= 7 && unit != QStringLiteral("元")
            && unit != QStringLiteral("人"))
            return std::nullopt;
        f.unit = percent || unit == QStringLiteral("倍") ? unit : unit;
        *next = pos;

        // Words after the unit: 以上 (at least), 以下/以内 (at most), 左右 (about), 及以下/及以上 (thresholds).
        const QStringView tail = t.mid(pos, std::min<qsizetype>(6, t.size() - pos));
        Cmp afterCmp = Cmp::Eq;
        bool hasAfterCmp = false;
        bool threshold = false;
        qsizetype alen = 0;
        if (startsWithAny(tail, {u"及以上", u"及以下"}, &alen)) {
            threshold = true;
            afterCmp = tail.startsWith(u"及以上") ? Cmp::Ge : Cmp::Le;
            hasAfterCmp = true;
        } else if (startsWithAny(tail, {u"以上"}, &alen)) {
            afterCmp = Cmp::Ge;
            hasAfterCmp = true;
        } else if (startsWithAny(tail, {u"以下", u"以内"}, &alen)) {
            afterCmp = Cmp::Le;
            hasAfterCmp = true;
        } else if (startsWithAny(tail, {u"左右"}, &alen)) {
            afterCmp = Cmp::Approx;
            hasAfterCmp = true;
        }
        const qsizetype afterCmpEnd = pos + alen;

        // The clause (between ，。； …) that holds the number, and the sentence before it.
        const qsizetype sb = std::max(s.start, start - kWindow);
        qsizetype cs = start;
        while (cs > sb && !isClauseEnd(t.at(cs - 1)))
            --cs;
        qsizetype ce = afterCmpEnd;
        while (ce < s.end && ce < afterCmpEnd + kWindow && !isClauseEnd(t.at(ce)))
            ++ce;
        const QStringView clause = t.mid(cs, ce - cs);
        const QStringView sentenceBefore = t.mid(sb, start - sb);
        const QStringView clauseLead = t.mid(cs, start - cs);
        if (t.mid(afterCmpEnd, ce - afterCmpEnd).contains(u"之一"))
            return std::nullopt; // 两个…试验区之一: one of a group, not a count

        // Indicator: the noun phrase after the unit ("打造3000项5G优秀应用案例"), else the one before
        // the comparator ("建成5G基站超20万个").
        const QString metricFromAfter = metricAfter(afterCmpEnd, ce);
        QString metric = metricFromAfter;
        if (metric.isEmpty())
            metric = metricBefore(cs, start);
        // Counts of tasks, measures, categories; subsidy caps and eligibility thresholds: parameters.
        const bool money = f.unit == QStringLiteral("元");
        bool parameter = false;
        if (endsWithAny(metricFromAfter, kParameterNouns) || startsWithAny(t.mid(pos, 4), kParameterNouns))
            parameter = true;
        if (money
            && (clauseLead.contains(u"最高") || clauseLead.contains(u"最多") || threshold
                || containsAny(t.mid(afterCmpEnd, std::min<qsizetype>(12, ce - afterCmpEnd)),
                               {u"贴息", u"补助", u"奖励", u"补贴", u"资助", u"扶持"})
                || (containsAny(clause, {u"给予", u"补助", u"奖励", u"补贴", u"贴息", u"资助"})
                    && !containsAny(clause, {u"累计", u"共"}))))
            parameter = true;
        // "投资超1000万元的企业": a threshold that qualifies the subject.
        if (t.mid(afterCmpEnd, 2).startsWith(u"的")
            && containsAny(t.mid(afterCmpEnd, 8), {u"企业", u"项目", u"单位", u"主体"}))
            parameter = true;
        if (threshold)
            parameter = true;

        // Kind.
        const bool forecast
            = containsAny(clauseLead, {u"预计", u"预期将"}) || containsAny(sentenceBefore.right(12), {u"预计"});
        // Plan language: hedges and 到20XX年 anywhere before in the sentence; 将/拟/计划 only as the
        // clause's own verb (将 elsewhere is a preposition: 将数字技能纳入…).
        const int openerYear = openerBefore(para, start);
        const bool futureCue
            = containsAny(sentenceBefore,
                          {u"力争", u"争取", u"争创", u"确保", u"下一步", u"今年要", u"预期目标", u"目标是"})
            || containsAny(clauseLead,
                           {u"将完成", u"将实现", u"将达到", u"将建成", u"将新增", u"将培育", u"将打造", u"拟",
                            u"计划到", u"计划在", u"计划于"})
            || (openerYear && (!m_docYear || openerYear >= m_docYear));
        Q_UNUSED(paraYear);
        const bool pastCue
            = containsAny(clauseLead, {u"截至", u"截止", u"已",   u"累计",     u"共",     u"目前",     u"实现",
                                       u"完成", u"入选", u"入围", u"获批",     u"获得",   u"集聚",     u"吸引",
                                       u"达成", u"同比", u"占",   u"今年以来", u"上半年", u"前三季度", u"全年"})
            || containsAny(clause, {u"入选", u"入围", u"获得", u"获批", u"获评"})
            || containsAny(sentenceBefore, {u"截至", u"截止", u"今年以来", u"去年", u"近年来"});
        Kind kind;
        if (forecast)
            kind = Kind::Forecast;
        else if (parameter)
            kind = Kind::Parameter;
        else if (futureCue && !(pastCue && containsAny(clauseLead, {u"截至", u"截止", u"已", u"今年以来"})))
            kind = Kind::Target;
        else if (pastCue)
            kind = Kind::Reported;
        else
            kind = isPlan() ? Kind::Target : Kind::Reported;
        // A year in the past named in the clause makes it a reported figure even in a plan.
        const QList<Opener> clauseYears = yearsIn(t, cs, ce);
        if (kind == Kind::Target && !clauseYears.isEmpty() && m_docYear && clauseYears.first().year < m_docYear
            && clauseYears.first().pos < start
            && !t.mid(std::max<qsizetype>(0, clauseYears.first().pos - 1), 1).startsWith(u'到')
            && !t.mid(clauseYears.first().pos, start - clauseYears.first().pos).contains(u'到')
            && !t.mid(clauseYears.first().pos, start - clauseYears.first().pos).contains(u'至'))
            kind = Kind::Reported;
        // 从2020年的A提高到B: A is a baseline, reported.
        if (kind == Kind::Target && containsAny(clauseLead.right(8), {u"从", u"由"}) && !hasBeforeCmp)
            kind = Kind::Reported;
        f.kind = kind;

        // Comparator.
        Cmp cmp = kind == Kind::Target ? Cmp::Ge : Cmp::Eq;
        if (hasBeforeCmp && beforeCmp != Cmp::Ge)
            cmp = beforeCmp;
        else if (hasBeforeCmp && kind == Kind::Target)
            cmp = Cmp::Ge;
        if (hasAfterCmp)
            cmp = afterCmp;
        if (hasBeforeCmp && (beforeCmp == Cmp::Le || beforeCmp == Cmp::Lt) && hasAfterCmp && afterCmp == Cmp::Le)
            cmp = beforeCmp == Cmp::Lt ? Cmp::Lt : Cmp::Le; // 降到1.3以下
        if (moreThan)
            cmp = Cmp::Gt;
        if (isRange)
            cmp = Cmp::Range;
        if (kind == Kind::Reported && cmp == Cmp::Ge && !hasAfterCmp)
            cmp = Cmp::Eq; // 达462亿元 reports a value
        f.cmp = cmp;
        if (containsAny(t.mid(cs, 2), {u"近"}) && kind == Kind::Reported && start - cs <= 1)
            f.cmp = Cmp::Approx;

        // Hedge.
        for (const char16_t *h : {u"力争", u"争取", u"确保", u"原则上", u"力求"}) {
            if (sentenceBefore.contains(QStringView(h))) {
                f.hedge = QString::fromUtf16(h);
                break;
            }
        }

        // Year.
        f.year = yearFor(kind, s, para, cs, start, ce, paraYear);

        // Region named in the clause, else in the sentence before, else the section's.
        const QString clauseRegion = regionIn(cs, ce);
        if (!clauseRegion.isEmpty())
            f.scope = clauseRegion;
        else if (const QString r = regionIn(sb, start); !r.isEmpty())
            f.scope = r;
        Q_UNUSED(region);

        f.metric = metric;
        f.text = clause.toString();
        f.start = cs;
        f.end = ce;
        Candidate c;
        c.f = f;
        c.afterPhrase = sliceText(t, afterCmpEnd, ce).trimmed();
        c.listed = afterCmpEnd < t.size() && t.at(afterCmpEnd) == u'、';
        // A share or a change names its base only by reference: 占全省的61.5%, 同比增长11.0%.
        c.refersBack = metricFromAfter.isEmpty()
            && (metric.startsWith(u'占') || metric.startsWith(u"同比") || metric.startsWith(u"增长")
                || metric.startsWith(u"比上年") || metric.isEmpty());
        return c;
    }

    // "到2023年，" / "到2025年底，": a time adverbial that opens what follows (not "增长到2020年的2倍").
    bool isOpener(qsizetype yearPos) const
    {
        qsizetype k = yearPos + 5;
        if (k < m_t.size() && (m_t.at(k) == u'底' || m_t.at(k) == u'末' || m_t.at(k) == u'前'))
            ++k;
        return k >= m_t.size() || isClauseEnd(m_t.at(k)) || m_t.at(k) == u' ';
    }

    // The last "到20XX年" (or 至) in the paragraph before `pos`: the opener that governs it.
    int openerBefore(const TextSpan &para, qsizetype pos) const
    {
        Q_UNUSED(para);
        // The paragraph's years are sorted by position: walk back from pos to the nearest opener.
        auto it = std::lower_bound(m_paraYears.cbegin(), m_paraYears.cend(), pos,
                                   [](const Opener &o, qsizetype p) { return o.pos < p; });
        while (it != m_paraYears.cbegin()) {
            --it;
            if (it->pos > 0 && (m_t.at(it->pos - 1) == u'到' || m_t.at(it->pos - 1) == u'至') && isOpener(it->pos))
                return it->year;
        }
        return 0;
    }

    // Plans, opinions and work points state targets by default; briefings, replies and reports state
    // results. Without a known type: a plan names its horizon (到2025年) early in the text.
    bool isPlan() const
    {
        const QString &type = m_ctx.docType;
        if (containsAny(type, {u"方案", u"意见", u"规划", u"计划", u"纲要", u"要点", u"办法", u"措施", u"行动"}))
            return true;
        if (containsAny(type, {u"简报", u"答复", u"报告", u"函", u"公报", u"总结", u"通报", u"新闻", u"动态", u"信息"}))
            return false;
        return m_horizon > 0 && m_horizonPos <= m_t.size() / 4;
    }

    std::optional<int> yearFor(Kind kind, const TextSpan &s, const TextSpan &para, qsizetype cs, qsizetype start,
                               qsizetype ce, int paraYear) const
    {
        const QStringView t(m_t);
        const QStringView lead = t.mid(s.start, start - s.start);
        if (kind == Kind::Target || kind == Kind::Forecast) {
            // 到2023年 in the sentence (nearest before), else the paragraph's opener, else 今年 / 明年,
            // else the plan's horizon.
            // A year in the clause before the number (力争2022年…), else the last 到20XX年 opener before it
            // in the paragraph.
            // Baselines (从2020年的…, 比2020年…) do not date a target.
            for (const Opener &o : yearsIn(t, cs, start)) {
                const QChar pre = o.pos > 0 ? t.at(o.pos - 1) : QChar();
                const QStringView post = t.mid(o.pos + 5, 2);
                if (QStringView(u"从比较由于").contains(pre) || post.startsWith(u'的') || post.startsWith(u"底的"))
                    continue;
                return o.year;
            }
            if (const int y = openerBefore(para, start))
                return y;
            Q_UNUSED(paraYear);
            if (m_docYear && lead.contains(u"今年"))
                return m_docYear;
            if (m_docYear && lead.contains(u"明年"))
                return m_docYear + 1;
            for (const Opener &o : yearsIn(t, cs, ce))
                return o.year;
            if (m_horizon)
                return m_horizon;
            return std::nullopt;
        }
        // Reported: the year named in the clause or the sentence before (截至2021年底, 2021年,),
        // 今年以来 / 去年, else the last year named earlier in the paragraph, else the document's year.
        if (kind == Kind::Reported || kind == Kind::Parameter) {
            const QList<Opener> inClause = yearsIn(t, cs, ce);
            const QList<Opener> inSentence = yearsIn(t, std::max(s.start, start - kWindow), start, true);
            if (!inSentence.isEmpty())
                return inSentence.last().year;
            if (!inClause.isEmpty())
                return inClause.first().year;
            if (m_docYear && lead.contains(u"去年"))
                return m_docYear - 1;
            if (m_docYear && (lead.contains(u"今年") || lead.contains(u"年内")))
                return m_docYear;
            // An "as of" year (截至2021年底) earlier in the paragraph carries over to the figures after it;
            // an event's year (2016年底我省获批…) does not.
            QList<Opener> inPara;
            for (const Opener &o : m_paraYears) {
                if (o.pos < s.start)
                    inPara.append(o);
            }
            for (auto it = inPara.crbegin(); it != inPara.crend(); ++it) {
                const QStringView lead
                    = t.mid(std::max<qsizetype>(para.start, it->pos - 2), std::min<qsizetype>(2, it->pos - para.start));
                if ((lead.endsWith(u"截至") || lead.endsWith(u"截止")) && (!m_docYear || it->year <= m_docYear))
                    return it->year;
            }
            if (m_docYear)
                return m_docYear;
        }
        return std::nullopt;
    }

    QString regionIn(qsizetype from, qsizetype to) const
    {
        const QStringView t(m_t);
        QString found;
        for (qsizetype i = from; i < to; ++i) {
            if (t.mid(i, 2) == u"全省" && !m_homeProvince.isEmpty())
                return m_homeProvince;
            if ((t.mid(i, 2) == u"全市" || t.mid(i, 2) == u"我市") && !m_homeRegion.isEmpty()
                && !Gazetteer::isProvince(m_homeRegion))
                return m_homeRegion;
            if ((t.mid(i, 2) == u"我省") && !m_homeProvince.isEmpty())
                return m_homeProvince;
            const auto m = Gazetteer::matchAt(t, i);
            if (m.start >= 0) {
                found = m.region;
                i += m.length - 1;
            }
        }
        return found;
    }

    // The noun phrase right after the unit ("3000项5G优秀应用案例" -> 5G优秀应用案例), up to the next
    // delimiter, verb-like break or the end of the clause; "" when the unit ends the phrase.
    QString metricAfter(qsizetype from, qsizetype clauseEnd) const
    {
        const QStringView t(m_t);
        if (from >= clauseEnd)
            return {};
        const QChar first = t.at(from);
        if (isDelimiter(first) || first == u'的' || first == u' '
            || startsWithAny(t.mid(from, 3), {u"以上", u"左右", u"以下", u"以内", u"及以", u"之"}))
            return {};
        qsizetype e = from;
        bool inQuote = false;
        while (e < clauseEnd) {
            const QChar c = t.at(e);
            if (c == u'“' || c == u'"')
                inQuote = true;
            else if (c == u'”')
                inQuote = false;
            else if (!inQuote && c != u'（' && c != u'）' && c != u'(' && c != u')' && (isDelimiter(c) || c == u'、'))
                break;
            ++e;
        }
        QString m = sliceText(t, from, e).trimmed();
        // Stop before a verb that starts a new predicate ("8家企业入选…" keeps the whole: it names the list).
        for (const char16_t *stop : {u"，", u"同比", u"比上年", u"提高到", u"提升到", u"提高至", u"提升至", u"增长到",
                                     u"增加到", u"达到", u"下降到", u"降到", u"降至"}) {
            const qsizetype k = m.indexOf(QStringView(stop));
            if (k >= 0)
                m.truncate(k);
        }
        if (m.size() > 40)
            m.truncate(40);
        return m;
    }

    // The indicator before the number: the clause's words up to the comparator, without the opening
    // time phrase, region and verb ("到2023年，全省数据中心标准机架规模达" -> 数据中心标准机架规模).
    QString metricBefore(qsizetype cs, qsizetype start) const
    {
        const QStringView t(m_t);
        QString m = sliceText(t, cs, start).trimmed();
        // Drop a list separator and what came before it in the clause ("29个、7个" has no metric here).
        const qsizetype sep = m.lastIndexOf(u'、');
        if (sep >= 0 && sep == m.size() - 1)
            return {};
        for (bool changed = true; changed && !m.isEmpty();) {
            changed = false;
            qsizetype len = 0;
            for (const CmpWord &w : kBefore) {
                if (m.endsWith(QStringView(w.word))) {
                    m.chop(QStringView(w.word).size());
                    changed = true;
                    break;
                }
            }
            if (endsWithAny(
                    m, {u"规模", u"数量", u"总数", u"达到", u"为", u"是", u"有", u"共", u"新增", u"累计", u"已"}, &len)
                && m.size() > len + 1
                && endsWithAny(m, {u"达到", u"为", u"是", u"有", u"共", u"新增", u"累计", u"已"}, &len)) {
                m.chop(len);
                changed = true;
            }
        }
        // Leading time phrases, regions and verbs.
        static const QRegularExpression time(
            QStringLiteral("^(?:到|至|截至|截止|在)?(?:20\\d\\d|二〇..)年(?:底|末|初)?(?:前)?"));
        for (bool changed = true; changed && !m.isEmpty();) {
            changed = false;
            const auto tm = time.match(m);
            if (tm.hasMatch() && tm.capturedLength() > 0) {
                m.remove(0, tm.capturedLength());
                changed = true;
                continue;
            }
            const auto region = Gazetteer::matchAt(m, 0);
            if (region.start == 0 && region.length < m.size()) {
                m.remove(0, region.length);
                changed = true;
                continue;
            }
            qsizetype len = 0;
            if (startsWithAny(m, kLeadingWords, &len) && len < m.size()) {
                m.remove(0, len);
                changed = true;
            }
        }
        // A baseline inside the phrase (占比从2020年的8%提高到): the indicator is what comes before 从.
        static const QRegularExpression baseline(QStringLiteral("(?:从|由)(?:20\\d\\d年)?(?:的)?[0-9０-９]"));
        if (const auto bm = baseline.match(m); bm.hasMatch() && bm.capturedStart() > 0)
            m.truncate(bm.capturedStart());
        const qsizetype sep2 = m.lastIndexOf(u'、');
        if (sep2 >= 0 && sep2 + 1 < m.size())
            m = m.mid(sep2 + 1);
        if (m.size() > 40)
            m = m.right(40);
        return m.trimmed();
    }

    const QString &m_t;
    ExtractContext m_ctx;
    int m_docYear = 0;
    int m_horizon = 0;
    QList<Opener> m_paraYears; // the years named in the current paragraph, by position
    qsizetype m_horizonPos = 0;
    QString m_homeRegion;
    QString m_homeProvince;
};

} // namespace

QList<Figure> extractFigures(const QString &text, const ExtractContext &context)
{
    return Extractor(text, context).run();
}

} // namespace plens
