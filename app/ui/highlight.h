#pragma once

#include "model/items.h"

#include <QColor>
#include <QList>
#include <QString>

namespace plens::ui {

// Something drawn over a range of a document's display text: an extracted figure (target, reported...)
// or a user's highlight. Both the text view and the PDF view draw the same list.
struct Highlight
{
    enum class Kind { Target, Reported, Forecast, Parameter, Annotation };

    qint64 id = 0; // the commitment's or the annotation's id
    Kind kind = Kind::Annotation;
    qsizetype start = 0;
    qsizetype end = 0;
    QColor color;
    QString toolTip; // the record as the user reads it on hover (rich text allowed)
    bool underline = false; // e.g. a target whose status needs attention
};

// A figure as the reader draws it: colour by kind (figureColours: target, reported, forecast,
// parameter), its record as the tooltip, underlined when a target is at risk or missed.
Highlight highlightFor(const Commitment &c, const QList<QColor> &figureColours);
// A user's highlight: its colour, with the note as the tooltip.
Highlight highlightFor(const Annotation &a);

} // namespace plens::ui
