// The Chinese quantity extractor, as a pipeline of stages:
//   0. context (context.h): the document's years, genre, horizon, home region and sections, once;
//      each sentence's cue words, years, regions and quotes, once;
//   1. quantity (quantity.h): number, range, unit and comparator words; numbers that are no quantities;
//   2-5. decisions (decide.h): kind and year, comparator, hedge, scope — each by the first rule that speaks;
//   6. metric (metric.h): the indicator;
//   7. references: shares and changes take the indicator of the figure they refer to; 分别 lists pair
//      numbers with names;
//   tables (tablefigures.h): figures from the rows of the document's tables.
// Every stage looks at a bounded window around a figure, so the work is linear in the text.
#include "extract/extract.h"

#include "extract/context.h"
#include "extract/decide.h"
#include "extract/lexicon.h"
#include "extract/metric.h"
#include "extract/quantity.h"
#include "extract/tablefigures.h"

#include <QDebug>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace plens {

namespace {

using namespace plens::extract;
using Kind = Figure::Kind;

// How far a clause may reach from its number: keeps the work per figure bounded on text without
// punctuation.
constexpr qsizetype kWindow = 160;

bool isClauseEnd(QChar c)
{
    switch (c.unicode()) {
    case u'，':
    case u'。':
    case u'；':
    case u'！':
    case u'？':
    case u',':
    case u';':
    case u'!':
    case u'?':
    case u'\n':
    case u'\t':
        return true;
    default:
        return false;
    }
}

// A figure as read, with what reference resolution needs.
struct Candidate
{
    Figure f;
    TextSpan after; // the clause after the unit: the names a 分别 list pairs with
    bool listed = false; // followed by 、/和 and another number: part of a list of numbers
    bool refersBack = false; // a share or change of the figure before it (占…的, 同比增长)
    qsizetype numberStart = 0;
};

class Extractor
{
public:
    Extractor(const QString &text, const ExtractContext &ctx)
        : m_t(text), m_ctx(ctx), m_facts(DocumentFacts::analyse(text, ctx)), m_paragraphs(splitParagraphs(text)),
          m_sections(SectionMap::analyse(text, m_paragraphs, m_facts))
    {
        for (const Table &t : ctx.tables) {
            if (t.start >= 0 && t.end <= text.size() && t.start < t.end)
                m_tables.append({t.start, t.end});
        }
        std::sort(m_tables.begin(), m_tables.end(),
                  [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    }

    QList<Figure> run()
    {
        QList<Figure> out;
        out.reserve(m_t.size() / 64);
        qsizetype nextTable = 0;
        const SectionMap::Heading *section = nullptr;
        for (const TextSpan &para : std::as_const(m_paragraphs)) {
            while (nextTable < m_tables.size() && m_tables.at(nextTable).end <= para.start)
                ++nextTable;
            if (nextTable < m_tables.size() && m_tables.at(nextTable).start <= para.start)
                continue; // a table's rows: read as rows below
            const QStringView p = QStringView(m_t).mid(para.start, para.length());
            if (isAddresseeParagraph(p))
                continue;
            // A new section starts without a topic.
            if (const SectionMap::Heading *h = m_sections.headingAt(para.start); h != section) {
                section = h;
                m_topic.clear();
            }
            paragraph(para, out);
        }
        for (const Table &t : m_ctx.tables) {
            if (t.start < 0 || t.end > m_t.size())
                continue;
            out.append(tableFigures(m_t, t, m_facts, m_sections.at(t.start)));
        }
        if (!m_ctx.tables.isEmpty()) // figures in text order, the rows' among the paragraphs'
            std::stable_sort(out.begin(), out.end(),
                             [](const Figure &a, const Figure &b) { return a.start < b.start; });
        return out;
    }

private:
    void paragraph(const TextSpan &para, QList<Figure> &out)
    {
        const QStringList agencies = responsibleBodies(para);
        const SectionMap::State section = m_sections.at(para.start);
        Discourse times;
        times.topic = m_topic;
        bool first = true;
        for (const TextSpan &s : splitSentences(QStringView(m_t).mid(para.start, para.length()))) {
            const TextSpan sentence {para.start + s.start, para.start + s.end};
            const SentenceCues cues(m_t, sentence, m_facts);
            if (m_trackTopic) {
                // The place this sentence opens with is its topic (and the next sentences').
                if (const auto topic = sentenceTopic(m_t, cues))
                    times.topic = *topic;
            }
            sentenceFigures(cues, section, times, agencies, out);
            // The sentence's 到Y年 opener governs the paragraph's later sentences; its 截至 dates them.
            for (const YearMention &y : cues.years()) {
                if (y.role == YearMention::Role::Opener) {
                    times.opener = y.year;
                    times.openerGoverns = first || times.openerGoverns;
                } else if (y.role == YearMention::Role::AsOf) {
                    times.asOf = y.year;
                }
            }
            first = false;
        }
        m_topic = times.topic;
    }

    // Bodies named as responsible at the end of a paragraph: （省工信厅牵头负责）,
    // (省发展改革委、省科技厅按职责分工负责).
    QStringList responsibleBodies(const TextSpan &para) const
    {
        const QStringView p = QStringView(m_t).mid(para.start, para.length());
        if (!p.contains(u"负责"))
            return {};
        static const QRegularExpression re(
            QStringLiteral("[（(]([^（）()]{2,80}?)(?:按职责分工|牵头|配合|共同)?负责[）)]"));
        static const QRegularExpression separators(QStringLiteral("[、，,和及]"));
        const auto m = re.match(p);
        return m.hasMatch() ? m.captured(1).split(separators, Qt::SkipEmptyParts) : QStringList();
    }

    void sentenceFigures(const SentenceCues &cues, const SectionMap::State &section, const Discourse &times,
                         const QStringList &agencies, QList<Figure> &out) const
    {
        const QStringView t(m_t);
        const TextSpan &s = cues.span();
        QList<Candidate> found;
        auto year = cues.years().cbegin();
        qsizetype i = s.start;
        while (i < s.end) {
            const QChar c = t.at(i);
            if (arabicDigit(c) < 0 && !isChineseNumeral(c)) {
                ++i;
                continue;
            }
            // Years were read with the sentence's cues: skip them.
            while (year != cues.years().cend() && year->end <= i)
                ++year;
            if (year != cues.years().cend() && year->pos <= i) {
                i = year->end;
                continue;
            }
            const auto n = parseNumber(t, i);
            if (!n || n->end <= i) {
                ++i;
                continue;
            }
            const QuantityRead read = readQuantity(t, *n, s.start);
            i = std::max(n->end, i + 1);
            if (!read.quantity || cues.inQuote(n->start))
                continue;
            const Quantity &q = *read.quantity;
            i = std::max(i, q.end);
            found.append(figure(q, cues, section, times, agencies));
        }
        resolveReferences(found);
        for (Candidate &c : found)
            out.append(std::move(c.f));
    }

    Candidate figure(const Quantity &q, const SentenceCues &cues, const SectionMap::State &section,
                     const Discourse &times, const QStringList &agencies) const
    {
        const QStringView t(m_t);
        const TextSpan &s = cues.span();
        // The clause (between ，。；…) that holds the number; numbers of one clause share it.
        qsizetype cs = q.start;
        qsizetype ce = q.end;
        if (m_clause.start <= q.start && q.end <= m_clause.end && m_clause.end <= s.end) {
            cs = m_clause.start;
            ce = m_clause.end;
        } else {
            const qsizetype floor = std::max(s.start, q.start - kWindow);
            while (cs > floor && !isClauseEnd(t.at(cs - 1)))
                --cs;
            while (ce < s.end && ce < q.end + kWindow && !isClauseEnd(t.at(ce)))
                ++ce;
            m_clause = {cs, ce};
        }
        const Site site {t, m_facts, section, cues, times, {cs, ce}, q};

        const QString after = metricAfter(t, q.end, ce);
        const KindDecision kind = decideKind(site, isParameter(site, after));
        Figure f;
        f.kind = kind.kind;
        f.value = q.value;
        f.valueMax = q.valueMax;
        f.unit = q.unit;
        f.cmp = decideCmp(site, f.kind);
        f.year = kind.year;
        f.hedge = decideHedge(site);
        f.scope = decideScope(site);
        f.metric = after.isEmpty() ? metricBefore(t, cs, q.beforeStart >= cs ? q.beforeStart : q.start) : after;
        if (f.kind == Kind::Target)
            f.agencies = agencies;
        f.text = t.sliced(cs, ce - cs).toString();
        f.start = cs;
        f.end = ce;

        if (m_trace)
            qDebug().noquote() << "extract:" << Figure::kindName(f.kind) << f.value << f.year.value_or(0) << kind.rule
                               << "|" << f.text;
        Candidate c;
        c.f = f;
        c.numberStart = q.start;
        c.after = {q.end, ce};
        c.listed = q.end < t.size() && (t.at(q.end) == u'、' || t.at(q.end) == u'和' || t.at(q.end) == u'及');
        // A share or a change names its base only by reference: 占全省的61.5%, 同比增长11.0%.
        const QString &m = f.metric;
        c.refersBack = after.isEmpty()
            && (m.isEmpty() || m.startsWith(u'占') || m.startsWith(u"同比") || m.startsWith(u"增长")
                || m.startsWith(u"比上年") || m.startsWith(u"较上年") || m.startsWith(u"下降")
                || m == QStringLiteral("增速"));
        return c;
    }

    // Figures whose indicator is only a reference take it from the figures before them in the sentence:
    // shares and changes (占全省的61.5%, 同比增长11.0%) from the figure they are a share of; the numbers
    // of a 分别 list pair with names in order, whether the names follow the numbers (分别有29个、7个项目
    // 入选大数据、区块链…) or come before them (南京、苏州分别达到12个、8个).
    void resolveReferences(QList<Candidate> &found) const
    {
        for (qsizetype k = 0; k < found.size(); ++k) {
            qsizetype e = k;
            while (e + 1 < found.size() && found.at(e).listed && found.at(e + 1).f.start >= found.at(k).f.start
                   && found.at(e + 1).numberStart - found.at(e).numberStart < 40)
                ++e;
            const Figure &head = found.at(k).f;
            if (e == k)
                continue;
            const qsizetype respectively
                = QStringView(m_t).sliced(head.start, found.at(k).numberStart - head.start).indexOf(u"分别");
            if (respectively < 0)
                continue;
            const qsizetype count = e - k + 1;
            const TextSpan &tail = found.at(e).after;
            QStringList names = splitNames(QStringView(m_t).sliced(tail.start, tail.length()).trimmed().toString());
            if (names.size() != count) {
                // Names before 分别: from the clause's start (or the sentence's) to 分别.
                const qsizetype at = head.start + respectively;
                qsizetype from = at;
                while (from > 0 && !QStringView(u"，。；：\n").contains(m_t.at(from - 1)) && at - from < 60)
                    --from;
                names = splitNames(QStringView(m_t).sliced(from, at - from).toString());
                // 城乡居民收入分别增长A和B: 城乡 names the towns and the countryside.
                if (names.size() == 1 && count == 2 && names.first().startsWith(u"城乡")) {
                    const QString rest = names.first().mid(2);
                    names = {QStringLiteral("城镇") + rest, QStringLiteral("农村") + rest};
                }
                // A list that does not pair (产销量分别增长A和B): every number keeps the shared name.
                if (names.size() == 1) {
                    for (qsizetype j = k; j <= e; ++j) {
                        if (found.at(j).f.metric.isEmpty() || found.at(j).refersBack) {
                            found[j].f.metric = names.first().left(40);
                            found[j].refersBack = false;
                        }
                    }
                }
            }
            if (names.size() == count) {
                // 城镇、农村居民人均可支配收入: short modifiers share the last name's head noun.
                const QString &last = names.last();
                qsizetype modifier = 0;
                for (qsizetype j = 0; j + 1 < names.size(); ++j)
                    modifier = std::max<qsizetype>(modifier, names.at(j).size());
                if (modifier <= 4 && last.size() > modifier + 1) {
                    for (qsizetype j = 0; j + 1 < names.size(); ++j) {
                        if (names.at(j).size() == modifier)
                            names[j] += last.mid(modifier);
                    }
                }
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
                    // A change (同比, 比上年增长) adds nothing to the name; a share keeps its 占….
                    if (const lex::Word *w = lex::lexicon().longestAt(own, 0, lex::Change);
                        w && w->text.size() == own.size())
                        own.clear();
                    c.f.metric = QString(ref->f.metric + own).left(60);
                    if (!c.f.year)
                        c.f.year = ref->f.year;
                    c.refersBack = false;
                }
            }
            k = runEnd;
        }
    }

    // Names of a 分别 list: 南京、苏州和无锡 → 南京, 苏州, 无锡 (verbs and modifiers around them dropped).
    static QStringList splitNames(QString phrase)
    {
        static const QRegularExpression sep(QStringLiteral("[、和及与]"));
        // 景区入选省级智慧景区、夜游示范区: the names are what was 入选 / 评为 / 列入.
        static const QRegularExpression selected(QStringLiteral("^[^、]{0,8}?(?:入选|入围|评为|列入|认定为|纳入)"));
        if (const auto m = selected.match(phrase); m.hasMatch() && m.capturedLength() < phrase.size())
            phrase.remove(0, m.capturedLength());
        QStringList names;
        for (QString n : phrase.split(sep, Qt::SkipEmptyParts)) {
            n = names.isEmpty() ? metricBefore(n, 0, n.size()) : n.trimmed();
            if (n.isEmpty())
                continue;
            names << n;
        }
        return names;
    }

    const QString &m_t;
    const ExtractContext &m_ctx;
    DocumentFacts m_facts;
    QList<TextSpan> m_paragraphs;
    SectionMap m_sections;
    QList<TextSpan> m_tables;
    bool m_trace = qEnvironmentVariableIsSet("PLENS_EXTRACT_TRACE"); // the rule behind each figure, on stderr
    // News and reports follow a place from sentence to sentence; plans name their places each time.
    bool m_trackTopic = m_facts.genre != Genre::Plan && m_facts.genre != Genre::WorkReport;
    QString m_topic;
    mutable TextSpan m_clause {-1, -1}; // the last clause found
};

} // namespace

QList<Figure> extractFigures(const QString &text, const ExtractContext &context)
{
    return Extractor(text, context).run();
}

} // namespace plens
