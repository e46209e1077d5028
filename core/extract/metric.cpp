#include "extract/metric.h"

#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/numbers.h"

namespace plens::extract {

namespace {

bool isDelimiter(QChar c)
{
    return QStringView(u"，。；：！？、,;:!?（）()《》【】\n\t").contains(c);
}

} // namespace

QString metricAfter(QStringView t, qsizetype from, qsizetype clauseEnd)
{
    const auto &lx = lex::lexicon();
    if (from >= clauseEnd || from >= t.size())
        return {};
    const QChar first = t.at(from);
    // 和/及/与 after a number continue a list of numbers (增长6.8%和8.3%): no name follows.
    if (isDelimiter(first) || first == u'的' || first == u' ' || lx.longestAt(t, from, lex::CmpAfter)
        || QStringView(u"之和及与或").contains(first))
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
    // Stop before a change or a new predicate (8家企业入选… keeps the whole: it names the list).
    if (const lex::Hit stop = lx.find(t, from + 1, e, lex::CmpBefore | lex::Change); stop.word)
        e = stop.pos;
    e = std::min(e, from + 40);
    return t.sliced(from, e - from).trimmed().toString();
}

QString metricBefore(QStringView t, qsizetype cs, qsizetype start)
{
    const auto &lx = lex::lexicon();
    QStringView m = t.sliced(cs, start - cs).trimmed();
    // A list separator right before the number: "29个、7个" has no indicator of its own here.
    if (m.endsWith(u'、'))
        return {};
    // Comparators and copulas at the end: 规模达 → 规模; 总数为 → 总数.
    static const QStringView copulas[]
        = {u"为", u"是", u"有",   u"共",   u"新增", u"累计", u"已",   u"均",   u"分别", u"共计", u"合计",   u"总计",
           u"约", u"的", u"增长", u"下降", u"增加", u"减少", u"提高", u"降低", u"提升", u"同比", u"比上年", u"较上年"};
    for (bool changed = true; changed && !m.isEmpty();) {
        changed = false;
        if (const lex::Word *w = lx.longestEndingAt(m, m.size(), lex::CmpBefore); w && w->text.size() < m.size()) {
            m.chop(w->text.size());
            changed = true;
            continue;
        }
        for (QStringView c : copulas) {
            if (m.size() > c.size() + 1 && m.endsWith(c)) {
                m.chop(c.size());
                changed = true;
                break;
            }
        }
    }
    // Leading time phrases, regions, verbs and manner words.
    for (bool changed = true; changed && !m.isEmpty();) {
        changed = false;
        qsizetype k = 0;
        if (m.startsWith(u"截至") || m.startsWith(u"截止"))
            k = 2;
        else if (m.startsWith(u'到') || m.startsWith(u'至') || m.startsWith(u'在') || m.startsWith(u'于'))
            k = 1;
        if (qsizetype len = 0; yearAt(m, k, &len)) {
            k += len;
            while (k < m.size() && QStringView(u"底末初前中度，,").contains(m.at(k)))
                ++k;
            m = m.sliced(k);
            changed = true;
            continue;
        }
        // A region opening the phrase, unless it makes a word with what follows (西藏班, 苏州市区).
        const auto region = Gazetteer::matchAt(m, 0);
        if (region.start == 0 && region.length + 1 < m.size()
            && !QStringView(u"班区县市省州镇村籍").contains(m.at(region.length))) {
            m = m.sliced(region.length);
            changed = true;
            continue;
        }
        // A verb, manner or time word, unless it makes an adjective with what follows (保障性, 新型).
        if (const lex::Word *w = lx.longestAt(m, 0, lex::Verb | lex::Adverb | lex::RelativeYear | lex::Past);
            w && w->text.size() + 1 < m.size() && !QStringView(u"性型化式").contains(m.at(w->text.size()))) {
            m = m.sliced(w->text.size());
            changed = true;
        }
    }
    // A baseline inside the phrase (占比从2020年的8%提高到): the indicator is what comes before 从.
    for (qsizetype i = 1; i + 1 < m.size(); ++i) {
        if ((m.at(i) == u'从' || m.at(i) == u'由') && (arabicDigit(m.at(i + 1)) >= 0 || yearAt(m, i + 1))) {
            m.truncate(i);
            break;
        }
    }
    // The last item of a list (…、数据中心标准机架): a 、 outside quotes.
    qsizetype sep = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < m.size(); ++i) {
        if (m.at(i) == u'“')
            quoted = true;
        else if (m.at(i) == u'”')
            quoted = false;
        else if (m.at(i) == u'、' && !quoted)
            sep = i;
    }
    if (sep >= 0 && sep + 1 < m.size())
        m = m.sliced(sep + 1);
    if (m.size() > 40)
        m = m.last(40);
    return m.trimmed().toString();
}

} // namespace plens::extract
