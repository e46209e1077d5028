#include "ui/highlight.h"

#include "model/labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>

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

    QStringList rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(HighlightText::tr("Kind"), Labels::kind(f.kind));
    row(HighlightText::tr("Indicator"), f.metric);
    const QString shown = Labels::value(f);
    const QString exact = Labels::exactValue(f);
    row(HighlightText::tr("Value"), shown == exact ? shown : QStringLiteral("%1 (%2)").arg(shown, exact));
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

QList<HighlightSpan> flattenHighlights(const QList<Highlight> &highlights)
{
    // Sweep the boundaries; between two of them the same highlights are open.
    struct Edge
    {
        qsizetype at;
        bool opens;
        qsizetype index;
    };
    QList<Edge> edges;
    edges.reserve(2 * highlights.size());
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        const Highlight &h = highlights.at(i);
        if (h.start < h.end) {
            edges.append({h.start, true, i});
            edges.append({h.end, false, i});
        }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.at < b.at; });
    // Open highlights by (length, -index): the first is the innermost, the later of equal ones.
    std::map<std::pair<qsizetype, qsizetype>, qsizetype> open;
    QList<HighlightSpan> spans;
    qsizetype from = 0;
    for (qsizetype e = 0; e < edges.size();) {
        const qsizetype at = edges.at(e).at;
        if (!open.empty() && at > from) {
            const qsizetype top = open.begin()->second;
            if (!spans.isEmpty() && spans.last().index == top && spans.last().end == from)
                spans.last().end = at;
            else
                spans.append({from, at, top});
        }
        for (; e < edges.size() && edges.at(e).at == at; ++e) {
            const Highlight &h = highlights.at(edges.at(e).index);
            const std::pair<qsizetype, qsizetype> key {h.end - h.start, -edges.at(e).index};
            if (edges.at(e).opens)
                open.emplace(key, edges.at(e).index);
            else
                open.erase(key);
        }
        from = at;
    }
    return spans;
}

} // namespace plens::ui
