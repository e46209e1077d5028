#pragma once

// Figures read from a document's tables, row by row: the row label (with a spanning category), each
// value cell, and the header of its column — a year, a unit, 属性 (约束性/预期性), 目标 versus 基期,
// 绝对数 versus 比上年增长%.

#include "extract/context.h"
#include "model/figure.h"
#include "model/table.h"

#include <QList>

namespace plens::extract {

QList<Figure> tableFigures(QStringView text, const Table &table, const DocumentFacts &facts,
                           const SectionMap::State &section);

// A unit as written in a header, a caption or a unit cell (万人, 亿元, %, 个百分点, 单位：万元):
// the counting word and the magnitude it carries.
struct TableUnit
{
    QString unit;
    double factor = 1;
    bool found = false;
};
TableUnit parseTableUnit(QStringView s);

} // namespace plens::extract
