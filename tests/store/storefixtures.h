#pragma once
// Documents, figures and annotations made up for the store tests.

#include "model/document.h"
#include "model/items.h"
#include "text/normalize.h"

#include <QString>

namespace plens::test {

inline Document makeDocument(const QString &fileName, const QString &text, const QString &title = {})
{
    Document d;
    d.fileName = fileName;
    d.displayText = text;
    d.meta.title = title.isEmpty() ? fileName : title;
    d.meta.region = QStringLiteral("江苏省");
    d.meta.date = QDate(2022, 6, 30);
    d.originalBytes = text.toUtf8();
    d.contentHash = contentHash(text);
    return d;
}

inline Figure makeFigure(const QString &text, const QString &evidence, Figure::Kind kind, double value,
                         const QString &metric)
{
    Figure f;
    f.kind = kind;
    f.value = value;
    f.metric = metric;
    f.unit = QStringLiteral("个");
    f.cmp = kind == Figure::Kind::Target ? Figure::Cmp::Ge : Figure::Cmp::Eq;
    f.year = 2023;
    f.scope = QStringLiteral("江苏省");
    f.text = evidence;
    f.start = text.indexOf(evidence);
    f.end = f.start + evidence.size();
    return f;
}

inline Annotation makeAnnotation(qint64 documentId, const QString &text, const QString &quote, const QString &note)
{
    Annotation a;
    a.documentId = documentId;
    const qsizetype at = text.indexOf(quote);
    a.anchor = Anchor::fromRange(text, at, at + quote.size());
    a.note = note;
    a.color = QColor(255, 221, 87);
    a.author = QStringLiteral("王科长");
    return a;
}

// A plan of `paragraphs` paragraphs with a distinctive sentence in each.
inline QString planText(int paragraphs, const QString &salt = {})
{
    QStringList lines {QStringLiteral("示例市数字经济发展行动计划") + salt};
    for (int i = 0; i < paragraphs; ++i)
        lines << QStringLiteral("%1、到2025年，第%1项工作建成%2个示范项目，带动投资%3亿元。%4")
                     .arg(i + 1)
                     .arg(10 + i)
                     .arg(5 + i)
                     .arg(salt);
    return lines.join(u'\n');
}

} // namespace plens::test
