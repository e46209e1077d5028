#include "ui/highlight.h"

#include "model/labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace plens::ui {

namespace {
struct HighlightText
{
    Q_DECLARE_TR_FUNCTIONS(HighlightText)
};
} // namespace

Highlight highlightFor(const Commitment &c, const QList<QColor> &figureColours)
{
    const Figure &f = c.figure;
    Highlight h;
    h.id = c.id;
    h.start = c.anchor.start;
    h.end = c.anchor.end;
    switch (f.kind) {
    case Figure::Kind::Target:
        h.kind = Highlight::Kind::Target;
        break;
    case Figure::Kind::Reported:
        h.kind = Highlight::Kind::Reported;
        break;
    case Figure::Kind::Forecast:
        h.kind = Highlight::Kind::Forecast;
        break;
    case Figure::Kind::Parameter:
        h.kind = Highlight::Kind::Parameter;
        break;
    }
    h.color = figureColours.value(int(f.kind), QColor(255, 140, 0));
    h.underline
        = f.kind == Figure::Kind::Target && (c.status == TargetStatus::AtRisk || c.status == TargetStatus::Missed);

    const bool chinese = QLocale().language() == QLocale::Chinese;
    QStringList rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(HighlightText::tr("Kind"), Labels::kind(f.kind));
    row(HighlightText::tr("Indicator"), f.metric);
    row(HighlightText::tr("Value"), Labels::value(f, chinese));
    row(HighlightText::tr("Year"), f.year ? QString::number(*f.year) : QString());
    row(HighlightText::tr("Region"), f.scope);
    row(HighlightText::tr("Hedge"), f.hedge);
    row(HighlightText::tr("Responsible"), f.agencies.join(QStringLiteral("、")));
    if (f.kind == Figure::Kind::Target)
        row(HighlightText::tr("Status"), Labels::status(c.status));
    if (c.userCorrected)
        row(HighlightText::tr("Corrected"), HighlightText::tr("yes, by a user"));
    h.toolTip = QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>");
    return h;
}

Highlight highlightFor(const Annotation &a)
{
    Highlight h;
    h.id = a.id;
    h.kind = Highlight::Kind::Annotation;
    h.start = a.anchor.start;
    h.end = a.anchor.end;
    h.color = a.color.isValid() ? a.color : QColor(255, 221, 87);
    h.toolTip = a.note.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
    return h;
}

} // namespace plens::ui
