#pragma once

#include "model/document.h"

#include <QDate>
#include <QString>

namespace plens {

// What the file itself says (HTML <title>, PDF Info, docx core properties) and its name.
struct MetadataHints
{
    QString title;
    QDate date;
    QString fileName;
};

// Reads title, issuing body, document number, date, region and document type from a display text
// (after clean-up). Rules by kind of line, not by document: a title line ends in a document-type
// word; a signature is an organisation line followed by a date line; a document number is
// "abbreviation〔year〕number号"; an issuer missing from the text is derived from the number's
// abbreviation (苏工信 → 江苏省工业和信息化厅); the region is the issuer's leading place name.
DocumentMeta extractMetadata(const QString &displayText, const MetadataHints &hints = {});

// Parses "2021年7月30日", "2021-07-30", "2021/7/30", "2021.07.30"; invalid dates give a null QDate.
QDate parseChineseDate(const QString &text);

} // namespace plens
