#include "extract/context.h"

#include "extract/gazetteer.h"
#include "extract/numbers.h"
#include "text/chars.h"

#include <algorithm>

namespace plens::extract {

namespace {

using lex::lexicon;

bool isClauseEnd(QChar c)
{
    return QStringView(u"，。；！？,;!?：:\n").contains(c);
}

// The first year written in `s` (2025年, 二〇二五年), or 0; `pos` gets its position.
int firstYear(QStringView s, qsizetype *pos = nullptr)
{
    for (qsizetype i = 0; i + 5 <= s.size(); ++i) {
        if (const int y = yearAt(s, i)) {
            if (pos)
                *pos = i;
            return y;
        }
    }
    return 0;
}

// A plan period named in the title or opening: （2021—2025年）, 2021-2025年, "十四五".
int periodEnd(QStringView s)
{
    for (qsizetype i = 0; i + 10 <= s.size(); ++i) {
        if (yearAt(s, i) != 0)
            continue; // a plain year: 2021年
        bool digits = true;
        for (qsizetype k = 0; k < 4 && digits; ++k)
            digits = arabicDigit(s.at(i + k)) >= 0;
        if (!digits || (i > 0 && arabicDigit(s.at(i - 1)) >= 0))
            continue;
        const QChar dash = s.at(i + 4);
        if (!QStringView(u"-－—–~～至到").contains(dash))
            continue;
        qsizetype j = i + 5;
        if (j < s.size() && s.at(j) == u'—')
            ++j;
        if (const int y = yearAt(s, j))
            return y;
    }
    static const std::pair<const char16_t *, int> fiveYear[]
        = {{u"十五五", 2030}, {u"十四五", 2025}, {u"十三五", 2020}, {u"十二五", 2015}};
    for (const auto &[name, year] : fiveYear) {
        if (s.contains(QStringView(name)))
            return year;
    }
    return 0;
}

bool isListMarker(QStringView p, int *level, qsizetype *length)
{
    // 一、  第一部分 第三章  （一）  1.  1、  (1)
    static const QStringView cn(u"一二三四五六七八九十");
    qsizetype i = 0;
    if (p.startsWith(u'第')) {
        i = 1;
        while (i < p.size() && (cn.contains(p.at(i)) || arabicDigit(p.at(i)) >= 0))
            ++i;
        if (i > 1 && i < p.size() && QStringView(u"部分章节篇").contains(p.at(i))) {
            *level = 1;
            *length = i + (p.mid(i).startsWith(u"部分") ? 2 : 1);
            return true;
        }
        return false;
    }
    if (!p.isEmpty() && (p.at(0) == u'（' || p.at(0) == u'(')) {
        i = 1;
        bool chinese = false;
        while (i < p.size() && (cn.contains(p.at(i)) || arabicDigit(p.at(i)) >= 0)) {
            chinese = chinese || cn.contains(p.at(i));
            ++i;
        }
        if (i > 1 && i < p.size() && (p.at(i) == u'）' || p.at(i) == u')')) {
            *level = chinese ? 2 : 4;
            *length = i + 1;
            return true;
        }
        return false;
    }
    i = 0;
    bool chinese = false;
    while (i < p.size() && (cn.contains(p.at(i)) || arabicDigit(p.at(i)) >= 0)) {
        chinese = chinese || cn.contains(p.at(i));
        ++i;
    }
    if (i > 0 && i <= 3 && i < p.size()
        && (p.at(i) == u'、'
            || ((p.at(i) == u'.' || p.at(i) == u'．') && !(i + 1 < p.size() && p.at(i + 1).isDigit())))) {
        *level = chinese ? 1 : 3;
        *length = i + 1;
        return true;
    }
    return false;
}

// A year that names an event: 2021云上南京软博会, 2022世界智能制造大会 (four digits, then a word that is not
// a unit or a time).
int looseYearAt(QStringView t, qsizetype i)
{
    if (i + 5 > t.size()
        || (i > 0 && (arabicDigit(t.at(i - 1)) >= 0 || (t.at(i - 1).isLetter() && t.at(i - 1).unicode() < 0x80))))
        return 0;
    int y = 0;
    for (qsizetype k = 0; k < 4; ++k) {
        const int d = arabicDigit(t.at(i + k));
        if (d < 0)
            return 0;
        y = y * 10 + d;
    }
    const QChar next = t.at(i + 4);
    if (y < 1990 || y > 2100 || !chars::isHan(next.unicode()))
        return 0;
    const auto &lx = lexicon();
    if (lx.longestAt(t, i + 4, lex::Unit | lex::TimeUnit) || next == u'万' || next == u'亿' || next == u'多'
        || next == u'余')
        return 0;
    return y;
}

} // namespace

// ---- DocumentFacts ---------------------------------------------------------------------------------

DocumentFacts DocumentFacts::analyse(QStringView text, const ExtractContext &ctx)
{
    DocumentFacts f;
    const auto &lx = lexicon();
    const QStringView opening = text.first(std::min<qsizetype>(text.size(), 400));
    const QString title
        = ctx.title.isEmpty() ? opening.first(std::min<qsizetype>(opening.size(), 80)).toString() : ctx.title;

    // Genre from the document type and the title's head noun (…统计公报, …部门决算, …实施方案, …的通知),
    // else any kind word in it: a 政府工作报告 reviews a year and plans the next.
    const auto headNoun = [&lx](QStringView s) {
        if (s.contains(u"工作报告"))
            return Genre::WorkReport;
        QStringView head = s.trimmed();
        while (!head.isEmpty() && QStringView(u"）)》>」】").contains(head.back()))
            head.chop(1);
        if (const lex::Word *end = lx.longestEndingAt(head, head.size(), lex::ReportDoc | lex::PlanDoc))
            return (end->classes & lex::ReportDoc) ? Genre::Report : Genre::Plan;
        return Genre::Unknown;
    };
    // Else the last kind word in it: 关于代表意见的办理情况 is a report on opinions.
    const auto anyKind = [&lx](QStringView s) {
        const lex::Hit any = lx.findLast(s, 0, s.size(), lex::ReportDoc | lex::PlanDoc);
        if (!any.word)
            return Genre::Unknown;
        return (any.word->classes & lex::ReportDoc) ? Genre::Report : Genre::Plan;
    };
    // The title's head noun speaks first (the type read from metadata may be a word inside the title),
    // then the type, then any kind word of the title.
    f.genre = headNoun(title);
    if (f.genre == Genre::Unknown)
        f.genre = headNoun(ctx.docType);
    if (f.genre == Genre::Unknown)
        f.genre = anyKind(title);
    if (f.genre == Genre::Unknown && ctx.docType == QStringLiteral("报告"))
        f.genre = Genre::Report;

    // Years: of writing, and of the period a report describes (2024年度部门决算, 2023年…统计公报).
    f.docYear = ctx.documentDate.isValid() ? ctx.documentDate.year() : 0;
    qsizetype ypos = -1;
    int titleYear = firstYear(title, &ypos);
    if (!titleYear)
        titleYear = firstYear(opening.first(std::min<qsizetype>(opening.size(), 120)), &ypos);
    if (titleYear && f.genre == Genre::Report)
        f.reportYear = titleYear;
    if (!f.reportYear) {
        // 2024年度…决算 / 2023年…统计公报 in the opening lines.
        for (qsizetype i = 0; i + 5 <= opening.size(); ++i) {
            const int y = yearAt(opening, i);
            if (!y)
                continue;
            const QStringView rest = opening.mid(i + 5, 30);
            const qsizetype line = rest.indexOf(u'\n');
            const QStringView sameLine = line >= 0 ? rest.first(line) : rest;
            if (sameLine.startsWith(u'度') || lx.contains(sameLine, lex::ReportDoc)) {
                if (!sameLine.contains(u"工作报告")) {
                    f.reportYear = y;
                    break;
                }
            }
        }
    }
    if (!f.docYear) {
        if (f.reportYear)
            f.docYear = f.reportYear + 1; // a year's report is written the next year
        else if (titleYear)
            f.docYear = titleYear;
    }
    // A year's report (2024年度部门决算) is a report whatever its file's title says.
    if (f.reportYear && f.genre != Genre::WorkReport)
        f.genre = Genre::Report;

    // A plan's horizon: its period in the title, else the first 到20XX年 in its first quarter that is
    // not in the past.
    f.horizon = periodEnd(title);
    if (!f.horizon)
        f.horizon = periodEnd(opening);
    if (!f.horizon) {
        const qsizetype quarter = std::max<qsizetype>(text.size() / 4, 400);
        for (qsizetype i = 1; i + 5 <= std::min(text.size(), quarter); ++i) {
            const QChar c = text.at(i - 1);
            if (c != u'到' && c != u'至')
                continue;
            if (i >= 2 && (text.at(i - 2) == u'截' || text.at(i - 2) == u'直'))
                continue;
            if (const int y = yearAt(text, i); y && (!f.docYear || y >= f.docYear)) {
                f.horizon = y;
                break;
            }
        }
    }
    if (f.genre == Genre::Unknown && f.horizon && f.horizon >= f.docYear)
        f.genre = Genre::Plan;

    // Home region: the document's, else its issuer's; national issuers speak for 全国.
    f.homeRegion = Gazetteer::canonical(ctx.region);
    if (f.homeRegion.isEmpty())
        f.homeRegion = Gazetteer::find(ctx.issuer).region;
    f.homeProvince = Gazetteer::isProvince(f.homeRegion) ? f.homeRegion : Gazetteer::provinceOf(f.homeRegion);
    f.localPlaces = learnLocalPlaces(text);
    for (auto it = f.localPlaces.cbegin(); it != f.localPlaces.cend(); ++it) {
        if (!f.localFirst.contains(it.key().front()))
            f.localFirst += it.key().front();
    }
    const lex::Hit national = lx.find(ctx.issuer, 0, ctx.issuer.size(), lex::NationalBody);
    f.national = national.word && Gazetteer::find(ctx.issuer).start < 0;
    if (ctx.issuer.isEmpty() && f.homeRegion.isEmpty()) {
        const QStringView head = opening.first(std::min<qsizetype>(opening.size(), 60));
        const lex::Hit h = lx.find(head, 0, head.size(), lex::NationalBody);
        f.national = h.word && Gazetteer::find(head).start < 0;
    }
    if (f.homeRegion.isEmpty() && !f.national) {
        // The place the title names: 玉环市2019年…统计公报 (a county-level city the gazetteer lacks).
        for (qsizetype i = 0; i < title.size() && f.homeRegion.isEmpty(); ++i) {
            if (const auto r = regionMentionAt(title, i, f); r && r->kind == RegionMention::Kind::Named)
                f.homeRegion = r->region;
        }
        if (!f.homeRegion.isEmpty())
            f.homeProvince = Gazetteer::isProvince(f.homeRegion) ? f.homeRegion : Gazetteer::provinceOf(f.homeRegion);
    }
    return f;
}

QString DocumentFacts::defaultScope() const
{
    if (national)
        return QStringLiteral("全国");
    return homeRegion;
}

// ---- SectionMap --------------------------------------------------------------------------------------

bool isAddresseeParagraph(QStringView p)
{
    const auto &lx = lexicon();
    if (p.startsWith(u"抄送") || p.startsWith(u"主送"))
        return true;
    if (p.size() > 150 || p.contains(u'。'))
        return false; // a paragraph of sentences that happens to end in a colon
    const bool endsWithColon = p.endsWith(u'：') || p.endsWith(u':');
    return (endsWithColon && (p.contains(u'、') || p.startsWith(u'各')))
        || lx.find(p, 0, std::min<qsizetype>(p.size(), 40), lex::Addressee).word;
}

// A table's or a chart's caption (表6 …主要指标及增速, 附表, 续表, 图2 …, 单位：万元): it names what the
// table holds and is no section heading, whatever words it uses.
bool isCaptionParagraph(QStringView p)
{
    if (p.startsWith(u"附表") || p.startsWith(u"续表") || p.startsWith(u"单位：") || p.startsWith(u"单位:"))
        return true;
    if (p.size() < 2 || (p.front() != u'表' && p.front() != u'图'))
        return false;
    const QChar c = p.at(1);
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９') || QStringView(u"一二三四五六七八九十").contains(c);
}

SectionMap SectionMap::analyse(QStringView text, const QList<TextSpan> &paragraphs, const DocumentFacts &facts)
{
    SectionMap map;
    const auto &lx = lexicon();
    QList<Heading> stack; // enclosing headings, outermost first
    for (const TextSpan &para : paragraphs) {
        const QStringView p = text.mid(para.start, para.length());
        if (p.size() > 50 || p.contains(u'\t') || isCaptionParagraph(p))
            continue;
        int level = 0;
        qsizetype markerLength = 0;
        const bool marked = isListMarker(p, &level, &markerLength);
        // An unmarked heading: a short line without sentence punctuation.
        if (!marked) {
            if (p.size() > 24 || p.contains(u'。') || p.contains(u'，') || p.contains(u'；') || isAddresseeParagraph(p))
                continue;
            level = 5;
        }
        // A marked line that goes on as a sentence ("一、到2025年，建成…。") is a list item, not a heading,
        // unless its first clause is short (（三）常州市加速推进数字化转型。).
        QStringView head = p.sliced(markerLength);
        const qsizetype stop = [&] {
            for (qsizetype k = 0; k < head.size(); ++k) {
                if (QStringView(u"。，；：！？").contains(head.at(k)))
                    return k;
            }
            return head.size();
        }();
        if (marked && stop > 30)
            continue;
        head = head.first(stop);
        Heading h;
        h.start = para.start;
        h.end = para.end;
        h.level = level;
        if (lx.contains(head, lex::ReviewHeading))
            h.own.kind = Section::Review;
        else if (lx.contains(head, lex::PlanHeading))
            h.own.kind = Section::Plan;
        if (h.own.kind == Section::Neutral) {
            // 一、已开展的工作 / 二、下一步工作: the heading's own tense.
            if (const lex::Hit cue = lx.find(head, 0, head.size(), lex::Past | lex::Future); cue.word) {
                if (cue.word->classes & lex::Past)
                    h.own.kind = Section::Review;
                else if (cue.word->text != u"要" && cue.word->text != u"将")
                    h.own.kind = Section::Plan;
            }
        }
        qsizetype yp = -1;
        h.own.year = firstYear(head, &yp);
        if (h.own.year && facts.docYear && h.own.kind == Section::Neutral && yp <= 2) {
            // 2024年工作情况 / 2025年重点工作: the year alone tells, against the year of writing.
            h.own.kind = h.own.year < facts.docYear ? Section::Review : Section::Plan;
        }
        if (head.contains(u"过去一年") && facts.docYear && !h.own.year)
            h.own.year = facts.docYear - 1;
        if (h.own.kind == Section::Plan && !h.own.year && head.contains(u"今年") && facts.docYear)
            h.own.year = facts.docYear;
        if (!isAddresseeParagraph(p)) {
            const auto m = Gazetteer::find(head);
            if (m.start >= 0 && m.start <= 2)
                h.own.region = m.region;
        }
        while (!stack.isEmpty() && stack.last().level >= level)
            stack.removeLast();
        h.effective = stack.isEmpty() ? State {} : stack.last().effective;
        if (h.own.kind != Section::Neutral) {
            h.effective.kind = h.own.kind;
            h.effective.year = h.own.year;
        } else if (h.own.year) {
            h.effective.year = h.own.year;
        }
        if (!h.own.region.isEmpty())
            h.effective.region = h.own.region;
        else if (level <= 2)
            h.effective.region.clear(); // a new part of the document: its own scope unless it names one
        stack.append(h);
        map.m_headings.append(h);
    }
    return map;
}

SectionMap::State SectionMap::at(qsizetype pos) const
{
    auto it = std::upper_bound(m_headings.cbegin(), m_headings.cend(), pos,
                               [](qsizetype p, const Heading &h) { return p < h.start; });
    if (it == m_headings.cbegin())
        return {};
    return std::prev(it)->effective;
}

const SectionMap::Heading *SectionMap::headingAt(qsizetype pos) const
{
    auto it = std::upper_bound(m_headings.cbegin(), m_headings.cend(), pos,
                               [](qsizetype p, const Heading &h) { return p < h.start; });
    return it == m_headings.cbegin() ? nullptr : &*std::prev(it);
}

bool SectionMap::isHeading(const TextSpan &paragraph) const
{
    auto it = std::lower_bound(m_headings.cbegin(), m_headings.cend(), paragraph.start,
                               [](const Heading &h, qsizetype p) { return h.start < p; });
    return it != m_headings.cend() && it->start == paragraph.start;
}

// ---- SentenceCues ------------------------------------------------------------------------------------

std::optional<YearMention> yearMentionAt(QStringView t, qsizetype pos, qsizetype sentenceStart)
{
    qsizetype len = 0;
    const int y = yearAt(t, pos, &len);
    if (!y)
        return std::nullopt;
    YearMention m;
    m.pos = pos;
    m.year = y;
    qsizetype e = pos + len;
    while (e < t.size() && QStringView(u"底末初前中度").contains(t.at(e)))
        ++e;
    m.end = e;
    const QStringView lead = t.sliced(std::max(sentenceStart, pos - 3), pos - std::max(sentenceStart, pos - 3));
    const QChar next = e < t.size() ? t.at(e) : QChar(u'\n');
    const bool opens = isClauseEnd(next) || next == u' ' || t.mid(e).startsWith(u"前后");
    if (lead.endsWith(u"截至") || lead.endsWith(u"截止") || lead.endsWith(u"截至到"))
        m.role = YearMention::Role::AsOf;
    else if ((lead.endsWith(u'到') || lead.endsWith(u'至') || lead.endsWith(u"直至")) && opens)
        m.role = YearMention::Role::Opener;
    else if (lead.endsWith(u'从') || lead.endsWith(u'由') || lead.endsWith(u'比') || lead.endsWith(u'较')
             || lead.endsWith(u"相比") || t.mid(e).startsWith(u"相比") || lead.endsWith(u"比较"))
        m.role = YearMention::Role::Baseline;
    else if ((lead.endsWith(u'到') || lead.endsWith(u'至')) && t.mid(e).startsWith(u'的'))
        m.role = YearMention::Role::Plain; // 增长至2021年的20个: the year of the value
    else if (t.mid(e).startsWith(u'的') && lead.endsWith(u'从'))
        m.role = YearMention::Role::Baseline;
    return m;
}

std::optional<YearMention> periodMentionAt(QStringView t, qsizetype pos, qsizetype sentenceStart)
{
    static const std::pair<const char16_t *, int> periods[]
        = {{u"十二五", 2015}, {u"十三五", 2020}, {u"十四五", 2025}, {u"十五五", 2030}, {u"十六五", 2035}};
    for (const auto &[name, year] : periods) {
        if (!t.sliced(pos).startsWith(QStringView(name)))
            continue;
        YearMention m;
        m.pos = pos;
        m.year = year;
        qsizetype e = pos + 3;
        if (e < t.size() && (t.at(e) == u'”' || t.at(e) == u'"' || t.at(e) == u'’'))
            ++e;
        for (const char16_t *tail : {u"时期", u"期间", u"末", u"规划期末", u"期末"}) {
            if (t.sliced(e).startsWith(QStringView(tail))) {
                e += QStringView(tail).size();
                break;
            }
        }
        m.end = e;
        qsizetype lead = pos;
        if (lead > sentenceStart && (t.at(lead - 1) == u'“' || t.at(lead - 1) == u'"'))
            --lead;
        const QChar before = lead > sentenceStart ? t.at(lead - 1) : QChar();
        if (before == u'到' || before == u'至')
            m.role = YearMention::Role::Opener;
        else if (before == u'比' || before == u'较')
            m.role = YearMention::Role::Baseline;
        return m;
    }
    return std::nullopt;
}

SentenceCues::SentenceCues(QStringView t, TextSpan sentence, const DocumentFacts &facts) : m_span(sentence)
{
    const auto &lx = lexicon();
    int title = 0;
    for (qsizetype i = sentence.start; i < sentence.end;) {
        const QChar c = t.at(i);
        // Quotes shorter than 16 characters are names and slogans ("1468", “六个一”, “1+3+N”).
        if (c == u'“' || c == u'"') {
            const QStringView win = t.sliced(0, std::min(sentence.end, i + 18));
            const qsizetype close = win.indexOf(c == u'“' ? u'”' : u'"', i + 1);
            // A quote that holds a sentence (“我们新开了30家民宿。”) is speech, not a name.
            const QStringView inside = close > i ? win.sliced(i + 1, close - i - 1) : QStringView();
            const bool speech
                = inside.contains(u'。') || inside.contains(u'，') || inside.contains(u'！') || inside.contains(u'？');
            if (close > i && close - i <= 16 && !speech)
                m_quotes.append({i, close + 1});
        }
        if (c == u'《')
            ++title;
        else if (c == u'》' && title > 0)
            --title;
        if (c == u'十') {
            // A five-year period dates by its last year: 到“十四五”末 → 2025, “十三五”时期 → 2020.
            if (const auto y = periodMentionAt(t, i, sentence.start); y && !title) {
                m_years.append(*y);
                i = y->end;
                continue;
            }
        }
        if (arabicDigit(c) >= 0 || isChineseNumeral(c)) {
            if (const auto y = yearMentionAt(t, i, sentence.start)) {
                if (!title) // 《…（2018—2020年）》 dates the title, not the sentence
                    m_years.append(*y);
                i = y->end;
                continue;
            }
            if (const int y = looseYearAt(t, i); y && !title) {
                m_years.append({i, i + 4, y, YearMention::Role::Plain, true});
                i += 4;
                continue;
            }
        }
        if (chars::isHan(c.unicode())) {
            if (auto r = regionMentionAt(t.first(sentence.end), i, facts)) {
                i = r->end;
                m_regions.append(*r);
                continue;
            }
        }
        const lex::Word *w = lx.longestAt(t.first(sentence.end), i, kCueMask);
        if (!w) {
            ++i;
            continue;
        }
        // 将 and 要 are modal only before a verb (将完成, 要确保); 将 is a preposition before a noun
        // (将数字技能纳入…), 要 a part of 主要, 重要, 需要, 要求.
        const QStringView text = w->text;
        const qsizetype after = i + text.size();
        const bool modal = text == u"将" || text == u"要" || text == u"计划";
        if (modal) {
            const bool verbNext = lx.longestAt(t.first(sentence.end), after, lex::Verb | lex::Adverb | lex::CmpBefore)
                || (after < sentence.end && QStringView(u"在于到").contains(t.at(after)));
            const QChar prev = i > 0 ? t.at(i - 1) : QChar();
            const bool partOfWord = text == u"要" && QStringView(u"主重需纲提摘首简概只").contains(prev);
            if (!verbNext || partOfWord) {
                i = after;
                continue;
            }
        }
        m_hits.append({i, text.size(), w});
        i = after;
    }
    classifyMentions(t, sentence.start, sentence.end, m_regions);
}

bool SentenceCues::inQuote(qsizetype pos) const
{
    return std::any_of(m_quotes.cbegin(), m_quotes.cend(),
                       [pos](const TextSpan &q) { return pos > q.start && pos < q.end; });
}

const lex::Hit *SentenceCues::lastCue(qsizetype from, qsizetype to, std::uint64_t mask) const
{
    for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) {
        if (it->pos < from)
            break;
        if (it->pos < to && (it->word->classes & mask))
            return &*it;
    }
    return nullptr;
}

const lex::Hit *SentenceCues::firstCue(qsizetype from, qsizetype to, std::uint64_t mask) const
{
    for (const lex::Hit &h : m_hits) {
        if (h.pos >= to)
            break;
        if (h.pos >= from && (h.word->classes & mask))
            return &h;
    }
    return nullptr;
}

const YearMention *SentenceCues::lastYear(qsizetype from, qsizetype to) const
{
    for (auto it = m_years.crbegin(); it != m_years.crend(); ++it) {
        if (it->pos < from)
            break;
        if (it->pos < to)
            return &*it;
    }
    return nullptr;
}

const RegionMention *SentenceCues::firstRegion(qsizetype from, qsizetype to) const
{
    for (const RegionMention &r : m_regions) {
        if (r.pos >= to)
            break;
        if (r.pos >= from)
            return &r;
    }
    return nullptr;
}

const RegionMention *SentenceCues::lastRegion(qsizetype from, qsizetype to) const
{
    for (auto it = m_regions.crbegin(); it != m_regions.crend(); ++it) {
        if (it->pos < from)
            break;
        if (it->pos < to)
            return &*it;
    }
    return nullptr;
}

} // namespace plens::extract
