#include "extract/quantity.h"

#include "extract/lexicon.h"

namespace plens::extract {

namespace {

using Cmp = Figure::Cmp;

bool isAsciiLetter(QChar c)
{
    return c.unicode() < 0x80 && c.isLetter();
}

bool isQuote(QChar c)
{
    return c == u'“' || c == u'"' || c == u'‘' || c == u'「';
}

QChar closingQuote(QChar open)
{
    switch (open.unicode()) {
    case u'“':
        return u'”';
    case u'‘':
        return u'’';
    case u'「':
        return u'」';
    default:
        return u'"';
    }
}

bool isMinus(QChar c)
{
    return c == u'-' || c == u'－' || c == u'−';
}

// Whether the Chinese numeral at `pos` is part of a word that only looks like a number (统一, 进一步,
// 一批, 十四五, 两会): such a word starting at most three characters before covers it.
bool inNumeralWord(QStringView t, qsizetype pos)
{
    const auto &lx = lex::lexicon();
    for (qsizetype s = std::max<qsizetype>(0, pos - 3); s <= pos; ++s) {
        bool covered = false;
        lx.forEachAt(t, s, lex::NumeralWord, [&](const lex::Word *w) {
            covered = s + w->text.size() > pos;
            return !covered;
        });
        if (covered)
            return true;
    }
    return false;
}

QuantityRead no(NotQuantity why)
{
    return {std::nullopt, why};
}

} // namespace

QuantityRead readQuantity(QStringView t, const NumberToken &n, qsizetype sentenceStart)
{
    const auto &lx = lex::lexicon();
    const auto at = [&](qsizetype i) {
        return i >= 0 && i < t.size() ? t.at(i) : QChar();
    };
    Quantity q;
    q.start = n.start;
    q.value = n.value;
    q.chinese = n.chinese;
    q.magnitude = n.magnitude;
    const QChar before = at(n.start - 1);

    // Codes and names around the number: 5G, IPv6, V2X, 〔2021〕632号, 1+1+40+N, 4K/8K, 2.0.
    if (before == u'〔' || before == u'〕' || before == u'[' || before == u'+' || before == u'/' || before == u'.'
        || before == u'．' || before == u'#' || before == u'№' || isAsciiLetter(before))
        return no(NotQuantity::Code);
    if (isMinus(before)) {
        // A minus sign: negative (自然增长率-0.57‰) after a word or a bracket; after a digit or letter
        // it joins a code or a range written backwards.
        const QChar b2 = at(n.start - 2);
        if (b2.isDigit() || isAsciiLetter(b2) || b2 == u'-' || n.chinese)
            return no(NotQuantity::Code);
        q.start = n.start - 1;
        q.value = -q.value;
    }
    if (before == u'第')
        return no(NotQuantity::Rank);
    if (before == u'届' && n.chinese)
        return no(NotQuantity::Name); // 十二届五次全会: a session
    if (n.chinese && inNumeralWord(t, n.start))
        return no(NotQuantity::Name);
    if (before == u'每')
        return no(NotQuantity::Ratio); // 每3个人中: the denominator of a ratio
    if (const lex::Word *spec = lx.longestEndingAt(t.first(n.start), n.start, lex::Spec); spec)
        return no(NotQuantity::Spec);
    for (qsizetype k = 1; k <= 3; ++k) {
        if (lx.longestEndingAt(t, n.start - k, lex::Spec) && !QStringView(u"，。；,;").contains(at(n.start - k)))
            return no(NotQuantity::Spec); // 时速达250公里, 时速为350公里
    }

    qsizetype pos = n.end;
    if (at(pos) == u'+')
        return no(NotQuantity::Code); // 1+1+N
    if (isAsciiLetter(at(pos)) && !lx.longestAt(t, pos, lex::Unit))
        return no(NotQuantity::Code); // 5G, 4K, T800A
    if (!n.chinese && at(pos) == u'/' && arabicDigit(at(pos + 1)) >= 0)
        return no(NotQuantity::Code);
    if (!n.chinese && (at(pos) == u'.' || at(pos) == u'．') && arabicDigit(at(pos + 1)) >= 0)
        return no(NotQuantity::Code); // 1.2.3: a version or a section number

    // A range: 3-4个, 1至2个, 90%—95%, 3-5万人 (the magnitude after the second number applies to both).
    {
        qsizetype j = pos;
        if (at(j) == u'%' || at(j) == u'％')
            ++j;
        if (QStringView(u"-－—–~～至到").contains(at(j))) {
            qsizetype k = j + 1;
            if (at(k) == u'—')
                ++k;
            if (arabicDigit(at(k)) >= 0 || (n.chinese && isChineseNumeral(at(k)))) {
                const auto second = parseNumber(t, k);
                if (second && second->chinese == n.chinese && !(second->end < t.size() && at(second->end) == u'年')) {
                    const double first = second->magnitude && !n.magnitude ? q.value * second->factor : q.value;
                    if (second->value > first) {
                        q.value = first;
                        q.valueMax = second->value;
                        q.magnitude = q.magnitude || second->magnitude;
                        pos = second->end;
                    }
                }
            }
        }
    }

    // 多/余 between the number and the unit (890多个, 20余家, 1000多万元): more than.
    if (at(pos) == u'多' || at(pos) == u'余') {
        q.moreThan = true;
        ++pos;
        if (!q.magnitude) {
            if (at(pos) == u'万' || at(pos) == u'亿') {
                const bool yi = at(pos) == u'亿';
                const bool wanYi = at(pos) == u'万' && at(pos + 1) == u'亿';
                const double f = wanYi ? 1e12 : yi ? 1e8 : 1e4;
                q.value *= f;
                pos += wanYi ? 2 : 1;
                q.magnitude = true;
            }
        }
    }
    if (at(pos) == u' ')
        ++pos;
    q.numberEnd = pos;

    // Names and levels (6号线, 120周年, 第23届); dates, durations, ages.
    if (lx.longestAt(t, pos, lex::NameAfter))
        return no(NotQuantity::Name);
    if (n.chinese && lx.longestAt(t, pos, lex::NameAfterChinese))
        return no(NotQuantity::Name);
    if (const lex::Word *time = lx.longestAt(t, pos, lex::TimeUnit); time) {
        const lex::Word *unit = lx.longestAt(t, pos, lex::Unit);
        if (!unit || time->text.size() >= unit->text.size())
            return no(NotQuantity::Date); // 3个月: the time word is the longer reading
    }

    // The unit.
    if (const lex::Word *u = lx.longestAt(t, pos, lex::Unit); u) {
        q.unit = u->text.toString();
        if (q.unit == QStringLiteral("％"))
            q.unit = QStringLiteral("%");
        else if (q.unit == QStringLiteral("个百分点"))
            q.unit = QStringLiteral("百分点");
        if (q.unit == QStringLiteral("标准机架"))
            q.unit = QStringLiteral("架"); // the unit names the thing: the indicator keeps 标准机架
        else
            pos += u->text.size();
        // 6.5万台(套), 15万件（套）: an alternative counting word in brackets.
        if ((at(pos) == u'(' || at(pos) == u'（') && (at(pos + 2) == u')' || at(pos + 2) == u'）')
            && lx.longestAt(t, pos + 1, lex::Unit))
            pos += 3;
    } else if (n.fraction) {
        q.unit = QStringLiteral("%");
    } else if (n.chinese && at(pos) == u'成' && q.value <= 10) {
        q.value *= 10; // 六成: sixty percent
        q.unit = QStringLiteral("%");
        ++pos;
    }
    q.unitEnd = pos;
    const QChar pre = at(n.start - 1);
    const QChar pre2 = at(n.start - 2);
    if ((q.unit == QStringLiteral("位") || q.unit == QStringLiteral("名")) && (pre == u'前' || pre2 == u'前'))
        return no(NotQuantity::Rank); // 前5位, 前10名

    // Comparator words before (超过, 不少于, 约, ≥) and after (以上, 以下, 以内, 左右).
    qsizetype cmpEnd = q.start;
    if (at(cmpEnd - 1) == u' ')
        --cmpEnd;
    const QChar sym = at(cmpEnd - 1);
    if (sym == u'≥' || sym == u'≧') {
        q.before = Cmp::Ge;
        q.beforeStart = cmpEnd - 1;
    } else if (sym == u'≤' || sym == u'≦') {
        q.before = Cmp::Le;
        q.beforeStart = cmpEnd - 1;
    } else if (sym == u'>' || sym == u'＞') {
        q.before = Cmp::Gt;
        q.beforeStart = cmpEnd - 1;
    } else if (sym == u'<' || sym == u'＜') {
        q.before = Cmp::Lt;
        q.beforeStart = cmpEnd - 1;
    } else if (const lex::Word *w = lx.longestEndingAt(t.sliced(0, cmpEnd), cmpEnd, lex::CmpBefore);
               w && cmpEnd - w->text.size() >= sentenceStart) {
        q.before = w->cmp;
        q.beforeStart = cmpEnd - w->text.size();
    }
    qsizetype afterLen = 0;
    if (const lex::Word *w = lx.longestAt(t, pos, lex::CmpAfter); w) {
        q.after = w->cmp;
        afterLen = w->text.size();
        q.threshold = w->classes & lex::Threshold;
    }
    if (lx.longestAt(t, pos + afterLen, lex::Threshold) || lx.longestAt(t, pos, lex::Threshold))
        q.threshold = true; // 100万元（含）以上
    q.end = pos + afterLen;

    // Seven or more digits with no magnitude, decimals or money/people unit: a phone or serial number.
    if (!n.chinese && !q.magnitude && n.integerDigits >= 7 && n.decimals == 0 && q.unit != QStringLiteral("元")
        && q.unit != QStringLiteral("人") && q.unit != QStringLiteral("人次") && q.unit != QStringLiteral("户"))
        return no(NotQuantity::Phone);
    // A number without a unit is a quantity only with a magnitude (超300亿) or right after a comparator
    // that is not an approximation (PUE低于1.3, 指数达到64.5以上).
    const bool exactCmp = q.before && *q.before != Cmp::Approx;
    if (q.unit.isEmpty() && (n.chinese || (!q.magnitude && !exactCmp && !q.after)))
        return no(NotQuantity::NoUnit);
    if (q.unit.isEmpty() && !q.magnitude && q.after && !exactCmp && n.integerDigits >= 4)
        return no(NotQuantity::NoUnit); // 2020以上: a year or a code
    // Articles: 一种, 一条, 一场, 是一项, 作为一个.
    if (n.chinese && q.value == 1) {
        if (q.unit == QStringLiteral("种") || q.unit == QStringLiteral("条") || lx.longestAt(t, n.end, lex::Article))
            return no(NotQuantity::Article);
        for (const char16_t *copula : {u"是", u"为", u"成为", u"作为", u"有", u"看", u"赴", u"打一"}) {
            if (t.first(n.start).endsWith(QStringView(copula)))
                return no(NotQuantity::Article);
        }
    }
    if (n.chinese && n.value == 0)
        return no(NotQuantity::Name); // 零部件
    // Sessions in a list: 五次、六次全会.
    if (n.chinese && q.unit == QStringLiteral("次")) {
        const QStringView ahead = t.sliced(q.unitEnd, std::min<qsizetype>(8, t.size() - q.unitEnd));
        if (ahead.contains(u"全会") || ahead.contains(u"会议"))
            return no(NotQuantity::Name);
    }
    // A saying that repeats a count: 建一亩成一亩, 干一件成一件.
    if (n.chinese && q.value == 1 && !q.unit.isEmpty()) {
        const QString one = QStringLiteral("一") + q.unit;
        const qsizetype from = std::max<qsizetype>(0, n.start - 6);
        const QStringView around = t.sliced(from, std::min<qsizetype>(t.size(), q.unitEnd + 6) - from);
        if (around.count(one) >= 2)
            return no(NotQuantity::Article);
    }
    // One of a group: 成为首批两个…试验区之一.
    {
        qsizetype k = q.end;
        while (k < t.size() && k < q.end + 24 && !QStringView(u"，。；、,;\n").contains(t.at(k)))
            ++k;
        if (t.sliced(q.end, k - q.end).endsWith(u"之一"))
            return no(NotQuantity::Name);
    }
    // Parts of an enumeration: 四个时期, 两部分, 三个方面.
    if ((n.chinese || q.value <= 12) && lx.longestAt(t, q.unitEnd, lex::GroupNoun))
        return no(NotQuantity::Enumeration);
    if (n.chinese && lx.longestAt(t, n.end, lex::GroupNoun))
        return no(NotQuantity::Enumeration);
    // Counts of quoted words: 3个“建立”、2个“健全”, 5个“一”等: the quote is the whole noun.
    if (isQuote(at(q.unitEnd))) {
        const qsizetype close
            = t.sliced(0, std::min(t.size(), q.unitEnd + 14)).indexOf(closingQuote(at(q.unitEnd)), q.unitEnd + 1);
        if (close < 0)
            return no(NotQuantity::QuotedCount);
        const QChar next = at(close + 1);
        if (next.isNull() || QStringView(u"、，。；：,;:共等和及与或）)").contains(next))
            return no(NotQuantity::QuotedCount);
    }
    // A ratio of people: 每3个人中就有1个, 每4位英烈中有1位.
    {
        const QStringView lead
            = t.sliced(std::max(sentenceStart, n.start - 16), n.start - std::max(sentenceStart, n.start - 16));
        const qsizetype every = lead.lastIndexOf(u'每');
        if (every >= 0
            && (lead.endsWith(u"中就有") || lead.endsWith(u"中有") || lead.endsWith(u"中即有")
                || lead.endsWith(u"就有")))
            return no(NotQuantity::Ratio);
    }
    return {q, NotQuantity::None};
}

} // namespace plens::extract
