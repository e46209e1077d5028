#include "extract/scope.h"

#include "extract/context.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/numbers.h"
#include "text/chars.h"

namespace plens::extract {

namespace {

bool isHan(QChar c)
{
    return chars::isHan(c.unicode());
}

// Characters after which a place name starts a new word: prepositions, conjunctions, 的, punctuation.
bool isBoundary(QStringView t, qsizetype pos)
{
    if (pos <= 0)
        return true;
    const QChar c = t.at(pos - 1);
    if (!isHan(c))
        return true;
    if (QStringView(u"在于和与及是的到从至入对向为了里内外经由把将被让使给往自据同跟比较省市州县区共有").contains(c))
        return true;
    return lex::lexicon().longestEndingAt(t, pos, lex::Verb | lex::Adverb) != nullptr;
}

// A county or county-level city written in full: two or three characters before 县 or 市 that are
// not a kind of county or a word ending in 城/超/上 (试点县, 示范县, 城市, 超市, 上市).
QString localPlaceAt(QStringView t, qsizetype i, qsizetype *len)
{
    for (qsizetype n : {2, 3}) {
        if (i + n >= t.size())
            continue;
        const QChar suffix = t.at(i + n);
        if (suffix != u'县' && suffix != u'市')
            continue;
        bool han = true;
        for (qsizetype k = 0; k < n && han; ++k)
            han = isHan(t.at(i + k));
        if (!han)
            continue;
        const QStringView name = t.mid(i, n);
        static const QStringView kinds[]
            = {u"试点", u"示范", u"重点", u"贫困", u"边境", u"百强", u"先进", u"强",   u"大",   u"民族", u"山区",
               u"全",   u"本",   u"该",   u"各",   u"每",   u"个",   u"农业", u"工业", u"旅游", u"生态", u"改革",
               u"创建", u"达标", u"标杆", u"典型", u"特色", u"城",   u"超",   u"上",   u"股",   u"都",   u"夜",
               u"集",   u"门",   u"花",   u"菜",   u"楼",   u"车",   u"街",   u"早",   u"晚",   u"年",   u"会",
               u"开",   u"休",   u"互",   u"直",   u"县",   u"省",   u"地",   u"级",   u"区",   u"州",   u"市",
               u"和",   u"及",   u"与",   u"在",   u"的",   u"文明", u"卫生", u"园林"};
        bool kind = false;
        for (QStringView w : kinds)
            kind = kind || name.endsWith(w) || name.startsWith(w);
        if (kind)
            continue;
        const auto &lx = lex::lexicon();
        if (lx.startsWith(name, lex::Verb | lex::Adverb) || lx.endsWith(name, lex::Verb | lex::Adverb))
            continue; // 推进县域, 加快市场
        const QChar next = i + n + 1 < t.size() ? t.at(i + n + 1) : QChar();
        if (suffix == u'县' && QStringView(u"域级乡").contains(next))
            continue; // 县域, 县级 after a word
        if (suffix == u'市' && !next.isNull() && QStringView(u"场民值").contains(next))
            continue; // 市场, 市民, 市值
        if (!isBoundary(t, i))
            continue;
        if (!Gazetteer::canonical(t.mid(i, n + 1)).isEmpty())
            continue; // a prefecture-level city: the gazetteer's
        *len = n + 1;
        return t.mid(i, n + 1).toString();
    }
    return {};
}

} // namespace

QHash<QString, QString> learnLocalPlaces(QStringView text)
{
    QHash<QString, QString> places;
    for (qsizetype k = 2; k < text.size(); ++k) {
        const QChar c = text.at(k);
        if (c != u'县' && c != u'市')
            continue;
        for (qsizetype n : {2, 3}) {
            qsizetype len = 0;
            if (k - n < 0)
                continue;
            const QString full = localPlaceAt(text, k - n, &len);
            if (!full.isEmpty() && len == n + 1) {
                places.insert(full.first(n), full);
                break;
            }
        }
    }
    return places;
}

std::optional<RegionMention> regionMentionAt(QStringView t, qsizetype i, const DocumentFacts &f)
{
    const QChar c = t.at(i);
    const QChar c2 = i + 2 < t.size() ? t.at(i + 2) : QChar();
    const QChar c3 = i + 3 < t.size() ? t.at(i + 3) : QChar();
    const bool homeWord = QStringView(u"全我本省市").contains(c);
    const bool local = c2 == u'县' || c2 == u'市' || c3 == u'县' || c3 == u'市';
    const bool learned = f.localFirst.contains(c);
    if (!homeWord && !local && !learned && !Gazetteer::mayStart(c))
        return std::nullopt;
    RegionMention m;
    m.pos = i;
    const QStringView two = t.mid(i, 2);
    const auto home = [&](const QString &region, RegionMention::Kind kind) {
        m.end = i + 2;
        m.region = region;
        m.kind = kind;
        return m;
    };
    if (two == u"全省" || two == u"我省" || two == u"本省" || two == u"省内")
        return f.homeProvince.isEmpty() ? std::nullopt : std::optional(home(f.homeProvince, RegionMention::Kind::Home));
    if (two == u"全市" || two == u"我市" || two == u"本市" || two == u"市内" || two == u"全州" || two == u"我州") {
        if (!f.homeRegion.isEmpty() && !Gazetteer::isProvince(f.homeRegion))
            return home(f.homeRegion, RegionMention::Kind::Home);
        return home(QString(), RegionMention::Kind::HomeCity);
    }
    if ((two == u"全区" || two == u"我区") && f.homeRegion.endsWith(u'区'))
        return home(f.homeRegion, RegionMention::Kind::Home);
    if (two == u"全国")
        return home(QStringLiteral("全国"), RegionMention::Kind::National);
    qsizetype len = 0;
    if (const QString place = local ? localPlaceAt(t, i, &len) : QString(); !place.isEmpty()) {
        m.end = i + len;
        m.region = place;
        return m;
    }
    if (const auto g = Gazetteer::matchAt(t, i); g.start >= 0) {
        m.end = i + g.length;
        m.region = g.region;
        if (g.region == f.homeRegion || g.region == f.homeProvince)
            m.kind = RegionMention::Kind::Home;
        return m;
    }
    // A short form of a county the document named in full (红安 after 红安县).
    if (learned) {
        for (auto it = f.localPlaces.cbegin(); it != f.localPlaces.cend(); ++it) {
            if (t.sliced(i).startsWith(it.key()) && isBoundary(t, i)) {
                m.end = i + it.key().size();
                m.region = it.value();
                return m;
            }
        }
    }
    return std::nullopt;
}

void classifyMentions(QStringView t, qsizetype sentenceStart, qsizetype sentenceEnd, QList<RegionMention> &mentions)
{
    const auto &lx = lex::lexicon();
    for (qsizetype k = 0; k < mentions.size(); ++k) {
        RegionMention &m = mentions[k];
        const QChar before = m.pos > 0 ? t.at(m.pos - 1) : QChar();
        const QStringView after = t.mid(m.end, std::min<qsizetype>(6, sentenceEnd - m.end));
        // 占全国的, 居全省第一, 高于全市平均, 比全国, 在全省率先.
        m.reference = QStringView(u"占居比较于超").contains(before) || after.startsWith(u"平均")
            || after.startsWith(u"水平") || after.startsWith(u"总量") || after.startsWith(u"范围内率先")
            || (before == u'在'
                && (after.startsWith(u"率先") || after.startsWith(u"首") || after.startsWith(u"第")
                    || after.startsWith(u"排") || after.startsWith(u"领先") || after.startsWith(u"前列")));
        // One of a list of places: 广州、深圳、珠海 / 南京和苏州.
        const auto adjacent = [&](qsizetype a, qsizetype b) {
            return b >= a && b - a <= 1 && (b == a || QStringView(u"、和及与").contains(t.at(a)));
        };
        const bool listedBefore
            = k > 0 && adjacent(mentions.at(k - 1).end, m.pos) && mentions.at(k - 1).kind == RegionMention::Kind::Named;
        const bool listedAfter = k + 1 < mentions.size() && adjacent(m.end, mentions.at(k + 1).pos)
            && mentions.at(k + 1).kind == RegionMention::Kind::Named;
        m.listed = m.kind == RegionMention::Kind::Named && (listedBefore || listedAfter);
        if (m.kind == RegionMention::Kind::Named && !isBoundary(t, m.pos))
            m.inName = true;
        // Inside brackets that close after it: （全国1015个）, (南京).
        int depth = 0;
        for (qsizetype i = sentenceStart; i < m.pos; ++i) {
            const QChar c = t.at(i);
            depth += (c == u'（' || c == u'(') ? 1 : (c == u'）' || c == u')') ? -1 : 0;
        }
        m.bracketed = depth > 0;
        // 全国重点实验室, 全国文明城市: 全国 qualifying a noun, not where something happens.
        if (m.kind == RegionMention::Kind::National && !after.isEmpty() && isHan(after.at(0))
            && !lx.startsWith(after,
                              lex::Verb | lex::Adverb | lex::Cumulative | lex::Past | lex::CmpBefore | lex::Change)
            && !after.startsWith(u"范围") && !after.startsWith(u"各"))
            m.modifier = true;
    }
}

} // namespace plens::extract
