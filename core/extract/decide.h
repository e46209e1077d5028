#pragma once

// Stages 2–5 of extraction, per figure, from what stage 0 found once: its kind (target, reported,
// forecast, parameter), its year, its comparator and hedge, and its scope. Each decision returns the
// rule it applied, so a surprising result can be traced.

#include "extract/context.h"
#include "extract/quantity.h"
#include "model/figure.h"

#include <optional>

namespace plens::extract {

// What the text before the current sentence has established: a 到2025年 opener governs the rest of
// its paragraph; a 截至2022年底 dates the stocks after it; in news and reports, the place the text is
// about (红安县…。这里诞生了…) until another place or the home region is named.
struct Discourse
{
    QString topic; // a place named as the subject of an earlier sentence in the section
    int opener = 0; // the last 到Y年 opener before the sentence, 0 when none
    int asOf = 0; // the last 截至Y年 before the sentence
    bool openerGoverns = false; // the opener stands at the paragraph's start (it dates the whole paragraph)
};

// Everything a decision about one figure may look at.
struct Site
{
    QStringView text;
    const DocumentFacts &facts;
    SectionMap::State section;
    const SentenceCues &cues;
    const Discourse &discourse;
    TextSpan clause; // the clause that holds the number (between ，；。 …)
    const Quantity &q;
};

struct KindDecision
{
    Figure::Kind kind = Figure::Kind::Reported;
    std::optional<int> year;
    const char *rule = ""; // which rule decided the kind
};

// Whether the figure is a parameter: a subsidy cap, an eligibility threshold, a count of tasks.
bool isParameter(const Site &site, QStringView metricAfter);

// Kind and year, by the first rule that speaks (see decide.cpp for the order).
KindDecision decideKind(const Site &site, bool parameter);

// The comparator: the words before and after the number, the kind's default (targets ≥, reported =).
Figure::Cmp decideCmp(const Site &site, Figure::Kind kind);

// The hedge (力争, 确保 …) that governs the number, "" when none.
QString decideHedge(const Site &site);

// The region the figure is about: named in its clause, else in its sentence before it, else its
// section's, else the document's (全国 for national bodies).
QString decideScope(const Site &site);

// The place a sentence opens with, to become the discourse topic: a place, "" (the home region ends
// the topic), or nothing to say.
std::optional<QString> sentenceTopic(QStringView text, const SentenceCues &cues);

} // namespace plens::extract
