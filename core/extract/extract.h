#pragma once

#include "model/document.h"
#include "model/figure.h"

#include <QDate>
#include <QList>
#include <QString>

namespace plens {

// What the extractor knows about a document beyond its text: the date that relative times (今年,
// 近5年) resolve against, and the region of the issuing body, the scope of figures that name none.
struct ExtractContext
{
    QDate documentDate;
    QString region; // e.g. 江苏省, 镇江市
    QString issuer; // e.g. 江苏省工业和信息化厅
    QString docType; // 方案, 意见, 简报, 答复 …: plans state targets, briefings and replies results
    QString title; // 2025年政府工作报告, 2023年…统计公报: the years a document is about
    QList<Table> tables; // the document's tables (offsets into the text): read row by row

    static ExtractContext fromMeta(const DocumentMeta &meta)
    {
        return {meta.date, meta.region, meta.issuer, meta.docType, meta.title, {}};
    }
    static ExtractContext fromDocument(const Document &doc)
    {
        ExtractContext c = fromMeta(doc.meta);
        c.tables = doc.tables;
        return c;
    }
};

// Every quantified commitment and reported figure of a display text, as the extraction record of
// ../shared/DESIGN.md describes it, with offsets into `text`. Runs in time linear in the text.
QList<Figure> extractFigures(const QString &text, const ExtractContext &context);

// The same for an imported or stored document: its display text, metadata and tables.
inline QList<Figure> extractFigures(const Document &doc)
{
    return extractFigures(doc.displayText, ExtractContext::fromDocument(doc));
}

} // namespace plens
