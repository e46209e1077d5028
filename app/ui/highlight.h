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
    bool selected = false; // drawn with an outline
};

// A stretch of text drawn with one highlight: highlights flattened so that every character is
// coloured once, by the innermost (shortest) highlight over it (the one a click picks; of equal ones
// the later, so a user's highlight lies over a figure's). However many highlights overlap, the text
// under them keeps one translucent layer and stays readable.
struct HighlightSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype index = -1; // into the highlights flattened
};
QList<HighlightSpan> flattenHighlights(const QList<Highlight> &highlights);

// A figure as the reader draws it: colour by kind (figureColours: target, reported, forecast,
// parameter), its record as the tooltip, underlined when a target is at risk or missed.
Highlight highlightFor(const Commitment &c, const QList<QColor> &figureColours);
// A user's highlight: its colour, with the note as the tooltip.
Highlight highlightFor(const Annotation &a);

} // namespace plens::ui
