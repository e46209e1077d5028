#pragma once

// Stage 5 of extraction: where a figure is. Regions named in a sentence are read with how they are
// used — the subject of a statement (南京市建成…), a reference of comparison (占全国的, 高于全省), a
// list of counted places (广州、深圳等5个城市), part of a name (中科院长春应化所) or inside brackets — and a
// figure takes the nearest region that speaks for it.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace plens::extract {

struct DocumentFacts;

struct RegionMention
{
    enum class Kind {
        Named, // 南京市, 红安县, 苏州
        Home, // 全省 我省 本市: the document's own region
        HomeCity, // 全市 in a provincial document: the city its section is about
        National, // 全国
    };
    qsizetype pos = 0;
    qsizetype end = 0;
    QString region; // canonical name ("" for HomeCity until the section says)
    Kind kind = Kind::Named;
    bool reference = false; // 占全国的, 居全省第, 高于全市平均, 在全省率先
    bool listed = false; // one of a list of places: 广州、深圳、珠海
    bool inName = false; // inside an organisation's or a thing's name: 中科院长春…
    bool bracketed = false; // inside （…）
    bool modifier = false; // 全国 qualifying a noun (全国重点实验室), not a place where something is
};

// Counties and county-level cities the document names in full (红安县, 洪湖市), by their short forms
// (红安, 洪湖), so that later short mentions are read as the same places. The gazetteer holds provinces
// and prefecture-level cities only.
QHash<QString, QString> learnLocalPlaces(QStringView text);

// The region mention starting at `pos`, if one does; `length` gets its length.
std::optional<RegionMention> regionMentionAt(QStringView text, qsizetype pos, const DocumentFacts &facts);

// Marks how each mention of a sentence is used (reference, list, name, brackets, modifier).
void classifyMentions(QStringView text, qsizetype sentenceStart, qsizetype sentenceEnd, QList<RegionMention> &mentions);

} // namespace plens::extract
