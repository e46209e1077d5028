#pragma once

// Stage 0 of extraction: what the whole document says about time, place and kind, computed once —
// the year of writing, the year it reports on, a plan's horizon, the home region, and its sections
// (review versus plan) — and what a sentence says, found in one pass over it: cue words, years with
// their roles, regions, quotes.

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/scope.h"
#include "text/segment.h"

#include <QHash>
#include <QList>
#include <QString>

namespace plens::extract {

enum class Section { Neutral, Review, Plan };

enum class Genre {
    Unknown,
    Plan, // 规划 方案 计划 意见 要点: states targets
    Report, // 公报 决算 简报 答复 新闻: states results
    WorkReport, // 政府工作报告 and the like: a review and a plan in one text
};

struct DocumentFacts
{
    int docYear = 0; // the year of writing: the date's, else derived from the title
    int reportYear = 0; // the year a report describes (2023年统计公报, 2024年度部门决算), else 0
    int horizon = 0; // a plan's target year (（2021—2025年）, 十四五 → 2025, an early 到2025年), else 0
    Genre genre = Genre::Unknown;
    QString homeRegion; // the issuing body's region (canonical), "" when unknown
    QString homeProvince;
    bool national = false; // issued by a national body: figures that name no region are 全国's
    QHash<QString, QString> localPlaces; // counties the text names in full, by short form (红安 → 红安县)
    QString localFirst; // the first characters of those short forms

    static DocumentFacts analyse(QStringView text, const ExtractContext &context);
    // The scope of a figure that names no region.
    [[nodiscard]] QString defaultScope() const;
};

// Headings and the sections they open, with what each section is about (review or plan) and its year.
class SectionMap
{
public:
    struct State
    {
        Section kind = Section::Neutral;
        int year = 0; // the heading's year (2024年工作回顾 → 2024), or 0
        QString region; // a heading that names a region (（三）常州市…) scopes its section
    };
    struct Heading
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int level = 0; // 1: 一、/第一部分; 2: （一）; 3: 1. ; 4: an unmarked short line
        State own; // what the heading itself says
        State effective; // with what its enclosing headings say
    };

    static SectionMap analyse(QStringView text, const QList<TextSpan> &paragraphs, const DocumentFacts &facts);
    // The section in force at `pos` (after the last heading that starts before it).
    [[nodiscard]] State at(qsizetype pos) const;
    [[nodiscard]] bool isHeading(const TextSpan &paragraph) const;
    // The last heading that starts at or before `pos`, or nullptr.
    [[nodiscard]] const Heading *headingAt(qsizetype pos) const;
    [[nodiscard]] const QList<Heading> &headings() const { return m_headings; }

private:
    QList<Heading> m_headings;
};

// Paragraphs that list addressees (各省、自治区、直辖市人民政府…：, 抄送：…): no region is read from them.
bool isAddresseeParagraph(QStringView paragraph);
// A table or chart caption (表6 …, 附表, 续表, 图2 …, 单位：…): never a section heading.
bool isCaptionParagraph(QStringView paragraph);

// A year named in a sentence, and how it is used.
struct YearMention
{
    enum class Role {
        Plain, // 2024年，… / 2023年末
        Opener, // 到2025年， / 至2023年底: the time a commitment is due
        AsOf, // 截至2022年底: the date of a stock
        Baseline, // 从2020年的… / 比2020年 / 较2020年: a base of comparison
    };
    qsizetype pos = 0;
    qsizetype end = 0; // after 年 (and 底/末/初 …)
    int year = 0;
    Role role = Role::Plain;
    bool loose = false; // a year naming an event (2021云上南京软博会): it dates a report, not a kind
};

// What one sentence holds, found once and queried per figure.
class SentenceCues
{
public:
    SentenceCues(QStringView text, TextSpan sentence, const DocumentFacts &facts);

    [[nodiscard]] const TextSpan &span() const { return m_span; }
    [[nodiscard]] const QList<lex::Hit> &hits() const { return m_hits; }
    [[nodiscard]] const QList<YearMention> &years() const { return m_years; }
    [[nodiscard]] const QList<RegionMention> &regions() const { return m_regions; }
    [[nodiscard]] bool inQuote(qsizetype pos) const;

    // The last cue of `mask` starting in [from, to), or nullptr.
    [[nodiscard]] const lex::Hit *lastCue(qsizetype from, qsizetype to, std::uint64_t mask) const;
    [[nodiscard]] const lex::Hit *firstCue(qsizetype from, qsizetype to, std::uint64_t mask) const;
    // The last year mention starting in [from, to), or nullptr.
    [[nodiscard]] const YearMention *lastYear(qsizetype from, qsizetype to) const;
    [[nodiscard]] const RegionMention *firstRegion(qsizetype from, qsizetype to) const;
    [[nodiscard]] const RegionMention *lastRegion(qsizetype from, qsizetype to) const;

    // The cue classes a sentence is scanned for.
    static constexpr std::uint64_t kCueMask = lex::Forecast | lex::Future | lex::Past | lex::Change | lex::Cumulative
        | lex::Hedge | lex::Support | lex::Cap | lex::PerCase | lex::RelativeYear;

private:
    TextSpan m_span;
    QList<lex::Hit> m_hits; // leftmost-longest, in order
    QList<YearMention> m_years;
    QList<RegionMention> m_regions;
    QList<TextSpan> m_quotes; // short quotes: names and slogans
};

// A five-year period at `pos` (十四五, “十三五”末), dated by its last year.
std::optional<YearMention> periodMentionAt(QStringView text, qsizetype pos, qsizetype sentenceStart);

// The year mention at `pos` (a year written there), with its role read from the words around it.
std::optional<YearMention> yearMentionAt(QStringView text, qsizetype pos, qsizetype sentenceStart);

} // namespace plens::extract
