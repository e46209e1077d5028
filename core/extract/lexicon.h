#pragma once

// The word classes of extraction, each defined once (lexicon.cpp), and fast matching of all of them
// at a text position: one table lookup per character, so a sentence's cues are found in one pass.

#include "model/figure.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstdint>

namespace plens::lex {

// A word may belong to several classes (达到 is a comparator and a verb that opens a clause).
enum Class : std::uint64_t {
    Unit = 1ULL << 0, // counting words and units: 个 家 元 % 公里 千瓦 人次
    TimeUnit = 1ULL << 1, // 年 月 日 天 小时 岁: a number before one is a date, age or duration
    NameAfter = 1ULL << 2, // what makes a number a name, order or level: 届 期 级 强 号线 周年
    GroupNoun = 1ULL << 3, // parts of an enumeration: 部分 时期 方面 环节 (四个时期 is no figure)
    ParameterNoun = 1ULL << 4, // tasks and measures counted in plans: 任务 措施 条政策
    Verb = 1ULL << 5, // verbs that open a clause before an indicator: 建成 打造 新增 引进
    Adverb = 1ULL << 6, // manner words before a verb: 加快 积极 大力 全面 持续
    CmpBefore = 1ULL << 7, // comparator words before a number: 超过 不少于 达到 控制在 约
    CmpAfter = 1ULL << 8, // after the unit: 以上 以下 以内 左右 及以上
    Hedge = 1ULL << 9, // 力争 争取 确保 原则上
    Forecast = 1ULL << 10, // 预计 预期将
    Future = 1ULL << 11, // modality and planning: 将 拟 计划 目标 要 今年要 下一步 努力
    Past = 1ULL << 12, // completed or stock: 已 已经 截至 目前 现有 实现了 去年 今年以来
    Change = 1ULL << 13, // a change against a base: 同比 比上年 较上年 增长 下降 (reports, plans alike)
    Cumulative = 1ULL << 14, // 累计 共 总计: a stock, but also said of targets (到2025年累计建成)
    Threshold = 1ULL << 15, // 及以上 及以下 (含): eligibility bounds, parameters
    Support = 1ULL << 16, // subsidy words: 补助 奖励 补贴 贴息 资助 扶持
    Cap = 1ULL << 17, // 最高 最多 不超过 (of a payment)
    NumeralWord = 1ULL << 18, // words that hold a numeral without being a number: 统一 唯一 进一步 一批 十四五
    ReviewHeading = 1ULL << 19, // section headings of review: 回顾 过去一年 取得的成就 发展基础 现状
    PlanHeading = 1ULL << 20, // section headings of plan: 主要目标 预期目标 重点任务 工作安排 今年
    Opener = 1ULL << 21, // 到 至: before a year, a time adverbial that opens what follows
    Entity = 1ULL << 22, // subjects a threshold qualifies: 企业 项目 单位 主体 人员
    Spec = 1ULL << 23, // technical specifications: 时速 速度 电压 (时速250公里 is no figure)
    Rank = 1ULL << 24, // rankings: 第 前 居 排名 (居全国前5位)
    NationalBody = 1ULL << 25, // national issuers: 国务院 国家发展改革委 工业和信息化部
    Addressee = 1ULL << 26, // 抄送 主送 各省、自治区、直辖市: lists of recipients
    ReportDoc = 1ULL << 27, // titles of documents reporting a year: 公报 决算 年报 总结 完成情况
    PlanDoc = 1ULL << 28, // titles of documents setting targets: 规划 方案 计划 意见 要点 政府工作报告
    Article = 1ULL << 29, // measure words of an article after 一: 场 次 番 下 遍 (看一场)
    NameAfterChinese = 1ULL << 30, // after a Chinese numeral only: 大 些 起 道 (五大, 一些, 一起)
    PerCase = 1ULL << 32, // 每个 每家 每人: an amount per case (a subsidy standard with 补助/给予)
    RelativeYear = 1ULL << 31, // 去年 今年 明年 全年 上半年: a year told against the document's (Word::delta)
};

struct Word
{
    QStringView text;
    std::uint64_t classes = 0;
    Figure::Cmp cmp = Figure::Cmp::Eq; // for CmpBefore / CmpAfter words
    int delta = 0; // for RelativeYear words: years after the document's (去年 -1, 明年 +1)
};

// A word found in a text: where, and which entry.
struct Hit
{
    qsizetype pos = 0;
    qsizetype len = 0;
    const Word *word = nullptr;
};

class Lexicon
{
public:
    static const Lexicon &instance();

    // Every entry whose text starts at `pos` and that belongs to a class in `mask`, longest first.
    // `f` returns false to stop.
    template<typename F> void forEachAt(QStringView t, qsizetype pos, std::uint64_t mask, F f) const
    {
        if (pos < 0 || pos >= t.size())
            return;
        const char16_t c = t.at(pos).unicode();
        if (!(m_firstMask[c] & mask))
            return;
        const qsizetype room = t.size() - pos;
        const QChar *at = t.data() + pos;
        for (const Word *w : m_byFirst.at(m_firstIndex[c])) {
            if (!(w->classes & mask) || w->text.size() > room)
                continue;
            if (std::equal(w->text.begin() + 1, w->text.end(), at + 1) && !f(w))
                return;
        }
    }
    // The longest entry of `mask` starting at `pos` (nullptr when none).
    const Word *longestAt(QStringView t, qsizetype pos, std::uint64_t mask) const;
    // The longest entry of `mask` that ends right before `end`.
    const Word *longestEndingAt(QStringView t, qsizetype end, std::uint64_t mask) const;
    // The first hit of `mask` in [from, to) (longest at its position), or a hit with word == nullptr.
    Hit find(QStringView t, qsizetype from, qsizetype to, std::uint64_t mask) const;
    // The last hit of `mask` that starts in [from, to) and ends by `to`.
    Hit findLast(QStringView t, qsizetype from, qsizetype to, std::uint64_t mask) const;
    bool contains(QStringView t, std::uint64_t mask) const { return find(t, 0, t.size(), mask).word != nullptr; }
    bool startsWith(QStringView t, std::uint64_t mask) const { return longestAt(t, 0, mask) != nullptr; }
    bool endsWith(QStringView t, std::uint64_t mask) const { return longestEndingAt(t, t.size(), mask) != nullptr; }

private:
    Lexicon();
    QList<Word> m_words;
    QList<QList<const Word *>> m_byFirst; // by first character, longest first
    QList<QList<const Word *>> m_byLast; // by last character, longest first
    std::uint64_t m_firstMask[65536];
    std::uint64_t m_lastMask[65536];
    quint16 m_firstIndex[65536];
    quint16 m_lastIndex[65536];
};

inline const Lexicon &lexicon()
{
    return Lexicon::instance();
}

} // namespace plens::lex
