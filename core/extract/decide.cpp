#include "extract/decide.h"

#include "extract/gazetteer.h"

namespace plens::extract {

namespace {

using Kind = Figure::Kind;
using Cmp = Figure::Cmp;
using lex::lexicon;

// "This year" of a text: the year a report describes, else the year of writing.
int currentYear(const DocumentFacts &f)
{
    return f.reportYear ? f.reportYear : f.docYear;
}

// Relative time words before the number in the sentence: 去年 → -1, 今年/全年 → 0, 明年 → +1; the nearest
// one wins. A report's "this year" is the year it describes; 去年 counts from the year of writing.
std::optional<int> relativeYear(const Site &s, bool target)
{
    const lex::Hit *h = s.cues.lastCue(s.cues.span().start, s.q.start, lex::RelativeYear);
    if (!h)
        return std::nullopt;
    const int delta = h->word->delta;
    if (h->pos > 0 && delta == -1 && (s.text.at(h->pos - 1) == u'比' || s.text.at(h->pos - 1) == u'较'))
        return std::nullopt; // 比上年: a base, not a time
    const int base = delta != 0 || target ? s.facts.docYear : currentYear(s.facts);
    if (!base)
        return std::nullopt;
    return base + delta;
}

// The year mention that dates the number: the last one before it in its sentence that is not a base of
// comparison (unless `baseline`), and not inside a title 《…》.
const YearMention *governingYear(const Site &s, bool baseline, bool loose = false)
{
    for (auto it = s.cues.years().crbegin(); it != s.cues.years().crend(); ++it) {
        if (it->pos >= s.q.start)
            continue;
        if (it->role == YearMention::Role::Baseline && !baseline)
            continue;
        if (it->loose && !loose)
            continue;
        // 增长到2025年的1.5倍: the year of the base a multiple is counted from.
        if (s.q.unit == QStringLiteral("倍") && s.text.mid(it->end, 1) == u"的" && s.q.start - it->end <= 2)
            continue;
        return &*it;
    }
    return nullptr;
}

// A year named after the number in its clause: …达到100家（2025年）.
int yearAfter(const Site &s)
{
    for (const YearMention &y : s.cues.years()) {
        if (y.pos >= s.q.end && y.pos < s.clause.end)
            return y.year;
    }
    return 0;
}

std::optional<int> targetYear(const Site &s)
{
    if (const YearMention *y = governingYear(s, false))
        return y->year;
    if (s.discourse.opener)
        return s.discourse.opener;
    if (const auto rel = relativeYear(s, true))
        return rel;
    if (s.section.kind == Section::Plan && s.section.year)
        return s.section.year;
    if (const int after = yearAfter(s))
        return after;
    if (s.facts.horizon)
        return s.facts.horizon;
    if (s.facts.genre != Genre::Plan && s.facts.docYear)
        return s.facts.docYear; // an annual plan, a briefing's intentions: this year's
    return std::nullopt;
}

std::optional<int> reportedYear(const Site &s, bool baseline)
{
    if (const YearMention *y = governingYear(s, baseline, true))
        return y->year;
    if (const auto rel = relativeYear(s, false))
        return rel;
    // An as-of year (截至2021年底) dates the stocks after it in its paragraph; an event's year (2016年底
    //获批…) does not.
    if (s.discourse.asOf)
        return s.discourse.asOf;
    if (s.section.kind == Section::Review && s.section.year)
        return s.section.year;
    if (const int after = yearAfter(s))
        return after;
    if (s.section.kind == Section::Review && s.facts.genre == Genre::WorkReport && s.facts.docYear)
        return s.facts.docYear - 1; // 工作回顾 of a work report: the year before it
    if (const int y = currentYear(s.facts))
        return y;
    return std::nullopt;
}

KindDecision target(const Site &s, const char *rule)
{
    return {Kind::Target, targetYear(s), rule};
}

KindDecision reported(const Site &s, const char *rule, bool baseline = false)
{
    return {Kind::Reported, reportedYear(s, baseline), rule};
}

// 从2020年的8%提高到12%: the first number is the base the clause starts from.
bool isBaseline(const Site &s)
{
    const QStringView lead = s.text.sliced(s.clause.start, s.q.start - s.clause.start);
    qsizetype k = lead.size();
    if (k > 0 && lead.at(k - 1) == u'的')
        --k;
    if (k >= 5 && lead.mid(k - 5, 5).endsWith(u'年')) {
        const qsizetype y = k - 5;
        if (y >= 0 && yearAt(lead, y))
            k = y;
    }
    while (k > 0 && QStringView(u"底末初").contains(lead.at(k - 1)))
        --k;
    if (k < 1 || !(lead.at(k - 1) == u'从' || lead.at(k - 1) == u'由'))
        return false;
    // …提高到 / 增长至 / 降到 / 到 another number later in the clause.
    const QStringView rest = s.text.sliced(s.q.end, s.clause.end - s.q.end);
    return rest.contains(u'到') || rest.contains(u'至') || rest.contains(u"提高") || rest.contains(u"增长")
        || rest.contains(u"下降") || rest.contains(u"降低");
}

} // namespace

bool isParameter(const Site &s, QStringView metricAfter)
{
    const auto &lx = lexicon();
    const Quantity &q = s.q;
    if (q.threshold)
        return true;
    if (lx.endsWith(metricAfter, lex::ParameterNoun) || lx.longestAt(s.text, q.unitEnd, lex::ParameterNoun))
        return true; // 十项任务, 20条措施
    const bool money = q.unit == QStringLiteral("元") || q.unit == QStringLiteral("美元");
    const QStringView lead = s.text.sliced(s.clause.start, q.start - s.clause.start);
    const QStringView clause = s.text.sliced(s.clause.start, s.clause.end - s.clause.start);
    const QStringView tail = s.text.sliced(q.end, std::min<qsizetype>(12, s.clause.end - q.end));
    if (money) {
        if (lx.contains(lead, lex::Cap) || lx.contains(tail, lex::Support))
            return true; // 最高200万元, 200万元奖励
        if (lx.contains(lead, lex::PerCase) && clause.contains(u"给予"))
            return true; // 给予每家50万元 (a standard raised to 每人每年670元 is a level)
        // 给予…补贴200万元: a promise per case. 补助资金85亿元 is a total of funds, not a promise.
        const lex::Hit support = lx.findLast(lead, 0, lead.size(), lex::Support);
        const bool funds
            = support.word && QStringView(u"资金经费金额总额款标").contains(lead.mid(support.pos + support.len, 1));
        if ((clause.contains(u"给予") || (support.word && !funds)) && !lx.contains(clause, lex::Cumulative))
            return true;
    }
    // A bound that qualifies a subject: 年营业收入2000万元以上的企业, 从业人员300人以上的单位. Counting the
    // subject itself (100家以上的企业) or a share of them (80%以上的企业) is a quantity.
    if (s.text.mid(q.end, 1) == u"的"
        && lx.find(s.text, q.end + 1, std::min(s.clause.end, q.end + 9), lex::Entity).word) {
        static const QStringView counts[] = {u"家", u"个", u"项", u"户", u"所", u"座", u"%", u"‰", u"百分点", u"倍"};
        const bool countOrShare
            = std::any_of(std::begin(counts), std::end(counts), [&](QStringView c) { return q.unit == c; });
        if (!countOrShare && !q.unit.isEmpty())
            return true;
    }
    return false;
}

KindDecision decideKind(const Site &s, bool parameter)
{
    const TextSpan &sentence = s.cues.span();
    const qsizetype num = s.q.start;
    const int docYear = s.facts.docYear;

    // 1. A forecast: 预计 / 有望 before the number in its sentence, unless a commitment (力争, 目标) or a
    // completed fact (已, 截至) comes between; 预计…将… stays a forecast.
    const lex::Hit *cue = s.cues.lastCue(sentence.start, num, lex::Forecast | lex::Future | lex::Past);
    if (const lex::Hit *forecast = s.cues.lastCue(sentence.start, num, lex::Forecast)) {
        const lex::Hit *later = s.cues.lastCue(forecast->pos + forecast->len, num, lex::Future | lex::Past);
        const bool modal = later && (later->word->text == u"将" || later->word->text == u"要");
        if (!later || modal) {
            const auto year = targetYear(s);
            return {Kind::Forecast, year ? year : reportedYear(s, false), "forecast cue"};
        }
    }
    // 2. Subsidy caps, eligibility thresholds, counts of tasks.
    if (parameter)
        return {Kind::Parameter, reportedYear(s, false), "parameter"};
    // 3. The base a change starts from: 从2020年的8%提高到12%.
    if (isBaseline(s))
        return reported(s, "baseline", true);
    // 4. The year that dates the number, against the year of writing.
    if (const YearMention *y = governingYear(s, false)) {
        switch (y->role) {
        case YearMention::Role::Opener:
            if (!docYear || y->year >= docYear)
                return target(s, "到Y年 opener");
            return reported(s, "到Y年 in the past");
        case YearMention::Role::AsOf:
            return reported(s, "截至Y年");
        case YearMention::Role::Plain:
            if (docYear && y->year < docYear && !(cue && (cue->word->classes & lex::Future) && cue->pos > y->pos))
                return reported(s, "year before the document's");
            if (docYear && y->year > docYear)
                return target(s, "year after the document's");
            break;
        case YearMention::Role::Baseline:
            break;
        }
    }
    // 5. Tense and modality: the nearest cue before the number (将 力争 目标 … versus 已 截至 去年 …). In a
    // review, 争取/确保/努力 tell of past efforts (争取中央资金…亿元): only a plan word makes a target.
    const bool effortOnly = cue && (cue->word->classes & lex::Hedge) && s.section.kind == Section::Review;
    if (cue && (cue->word->classes & lex::Future) && !(cue->word->classes & lex::Past) && !effortOnly)
        return target(s, "future cue");
    if (cue && (cue->word->classes & lex::Past))
        return reported(s, "past cue");
    // 6. A 到2025年 that opened the paragraph governs its later sentences.
    if (s.discourse.opener && s.discourse.openerGoverns && (!docYear || s.discourse.opener >= docYear))
        return target(s, "paragraph opener");
    if (s.discourse.asOf)
        return reported(s, "paragraph 截至");
    // 7. The section: a review (工作回顾, 发展基础) or a plan (主要目标, 重点任务, 工作安排).
    if (s.section.kind == Section::Review)
        return reported(s, "review section");
    if (s.section.kind == Section::Plan)
        return target(s, "plan section");
    // 8. The genre: plans state targets; reports, bulletins, replies and news state results.
    if (s.facts.genre == Genre::Plan)
        return target(s, "plan document");
    return reported(s, "report document");
}

Cmp decideCmp(const Site &s, Kind kind)
{
    const Quantity &q = s.q;
    Cmp cmp = kind == Kind::Target ? Cmp::Ge : Cmp::Eq;
    if (q.before && *q.before != Cmp::Ge)
        cmp = *q.before;
    if (q.after) {
        const bool downTo = q.before && (*q.before == Cmp::Le || *q.before == Cmp::Lt) && *q.after == Cmp::Le;
        cmp = downTo ? *q.before : *q.after; // 降到1.3以下 stays ≤ (or < for 低于)
    }
    if (q.moreThan)
        cmp = Cmp::Gt;
    if (q.valueMax)
        cmp = Cmp::Range;
    if (kind == Kind::Reported && cmp == Cmp::Ge && !q.after)
        cmp = Cmp::Eq; // 达462亿元 reports a value
    return cmp;
}

QString decideHedge(const Site &s)
{
    if (const lex::Hit *h = s.cues.lastCue(s.cues.span().start, s.q.start, lex::Hedge))
        return h->word->text.toString();
    return {};
}

QString decideScope(const Site &s)
{
    // A region speaks for a figure unless it is a reference of comparison, one of a list of counted
    // places, part of a name, a qualifier (全国重点实验室) or inside brackets the number is not in.
    const auto region = [&](const RegionMention &r) -> QString {
        if (r.reference || r.listed || r.inName || r.modifier)
            return {};
        if (r.bracketed
            && !(s.q.start > r.pos && s.q.start - r.end < 12
                 && !s.text.sliced(r.end, s.q.start - r.end).contains(u'）')))
            return {};
        if (r.kind == RegionMention::Kind::HomeCity)
            return s.section.region;
        return r.region;
    };
    const auto pick = [&](qsizetype from, qsizetype to, bool last) -> QString {
        QString found;
        for (const RegionMention &r : s.cues.regions()) {
            if (r.pos < from || r.pos >= to)
                continue;
            if (QString name = region(r); !name.isEmpty()) {
                found = name;
                if (!last)
                    break;
            }
        }
        return found;
    };
    // In its clause before the number, after it, in its sentence before the clause.
    if (QString r = pick(s.clause.start, s.q.start, true); !r.isEmpty())
        return r;
    if (QString r = pick(s.q.end, s.clause.end, false); !r.isEmpty())
        return r;
    if (QString r = pick(s.cues.span().start, s.clause.start, true); !r.isEmpty())
        return r;
    if (!s.discourse.topic.isEmpty())
        return s.discourse.topic;
    if (!s.section.region.isEmpty())
        return s.section.region;
    return s.facts.defaultScope();
}

// The place a sentence is about, when it opens with one (红安县…, 据郧西县…, 从红安县城…): it becomes the
// topic of what follows; opening with the home region (全省, 湖北省) ends a topic.
std::optional<QString> sentenceTopic(QStringView text, const SentenceCues &cues)
{
    for (const RegionMention &r : cues.regions()) {
        if (r.pos - cues.span().start > 12)
            break;
        if (r.reference || r.listed || r.inName || r.modifier || r.bracketed)
            continue;
        if (r.kind == RegionMention::Kind::Named)
            return r.region;
        if (r.kind == RegionMention::Kind::Home || r.kind == RegionMention::Kind::National)
            return QString();
    }
    Q_UNUSED(text);
    return std::nullopt;
}

} // namespace plens::extract
