#include "extract/tablefigures.h"

#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/numbers.h"

#include <QRegularExpression>

#include <cmath>

namespace plens::extract {

namespace {

using Kind = Figure::Kind;
using Cmp = Figure::Cmp;

// A value cell: 12.5, ≥50, 3-5, 约1.2万, 50%以上, -0.57; not a label (3个重点), a code or a dash.
struct CellValue
{
    double value = 0;
    std::optional<double> max;
    std::optional<Cmp> cmp;
    TableUnit unit; // a unit written in the cell itself
    int integerDigits = 0;
    int decimals = 0;
    bool magnitude = false; // 1.2万 in the cell: the column's magnitude does not apply again
};

std::optional<CellValue> parseCell(QStringView s)
{
    const auto &lx = lex::lexicon();
    s = s.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    CellValue v;
    qsizetype i = 0;
    const QChar c0 = s.at(0);
    if (c0 == u'≥' || c0 == u'≧') {
        v.cmp = Cmp::Ge;
        ++i;
    } else if (c0 == u'≤' || c0 == u'≦') {
        v.cmp = Cmp::Le;
        ++i;
    } else if (c0 == u'>' || c0 == u'＞') {
        v.cmp = Cmp::Gt;
        ++i;
    } else if (c0 == u'<' || c0 == u'＜') {
        v.cmp = Cmp::Lt;
        ++i;
    } else if (const lex::Word *w = lx.longestAt(s, 0, lex::CmpBefore)) {
        v.cmp = w->cmp;
        i += w->text.size();
    }
    while (i < s.size() && s.at(i) == u' ')
        ++i;
    bool negative = false;
    if (i < s.size() && (s.at(i) == u'-' || s.at(i) == u'－' || s.at(i) == u'−') && i + 1 < s.size()
        && arabicDigit(s.at(i + 1)) >= 0) {
        negative = true;
        ++i;
    }
    if (i >= s.size() || arabicDigit(s.at(i)) < 0)
        return std::nullopt;
    const auto n = parseNumber(s, i);
    if (!n)
        return std::nullopt;
    v.value = negative ? -n->value : n->value;
    v.integerDigits = n->integerDigits;
    v.decimals = n->decimals;
    qsizetype j = n->end;
    // A range: 3-5, 90～95.
    if (j + 1 < s.size() && QStringView(u"-－—–~～至").contains(s.at(j)) && arabicDigit(s.at(j + 1)) >= 0) {
        if (const auto m = parseNumber(s, j + 1); m && m->value > v.value) {
            v.max = m->value;
            j = m->end;
        }
    }
    QStringView rest = s.sliced(j).trimmed();
    if (!rest.isEmpty()) {
        if (const lex::Word *u = lx.longestAt(rest, 0, lex::Unit)) {
            v.unit = parseTableUnit(rest.first(u->text.size()));
            rest = rest.sliced(u->text.size());
        }
        if (const lex::Word *a = lx.longestAt(rest, 0, lex::CmpAfter)) {
            v.cmp = a->cmp;
            rest = rest.sliced(a->text.size());
        }
        // A note in brackets may follow (12（预计））; other words make it a label, not a value.
        if (!rest.isEmpty() && !(rest.startsWith(u'（') || rest.startsWith(u'(') || rest.startsWith(u'*')))
            return std::nullopt;
    }
    if (n->magnitude) {
        v.unit.factor = 1; // already applied by the parser
        v.magnitude = true;
    }
    return v;
}

// value × factor in decimal: 201.85 万 is 2018500 exactly, not 2018500.0000000002.
double scaled(double value, double factor, int decimals)
{
    if (factor == 1)
        return value;
    const int shift = int(std::lround(std::log10(factor)));
    const int keep = std::max(0, decimals - shift);
    const double p = std::pow(10.0, keep);
    return std::round(value * factor * p) / p;
}

bool isDash(QStringView s)
{
    s = s.trimmed();
    static const QRegularExpression dash(QStringLiteral("^[-－—–/／…·*]+$|^(?:无|暂无|不适用)$"));
    return s.isEmpty() || dash.match(s).hasMatch();
}

// The first year written in a header or caption: 2025年, 2025, 2025年目标值.
int yearIn(QStringView s)
{
    for (qsizetype i = 0; i + 4 <= s.size(); ++i) {
        if (i > 0 && arabicDigit(s.at(i - 1)) >= 0)
            continue;
        if (const int y = yearAt(s, i))
            return y;
        bool digits = true;
        int y = 0;
        for (qsizetype k = 0; k < 4 && digits; ++k) {
            const int d = arabicDigit(s.at(i + k));
            digits = d >= 0;
            y = y * 10 + d;
        }
        if (digits && (i + 4 == s.size() || arabicDigit(s.at(i + 4)) < 0) && y >= 1990 && y <= 2100)
            return y;
    }
    return 0;
}

QString stripBrackets(QString s)
{
    static const QRegularExpression brackets(QStringLiteral("[（(][^（）()]*[）)]\\s*$"));
    s.remove(brackets);
    static const QRegularExpression lead(QStringLiteral("^(?:其中|内\\s*：|内:|含)[：:]?"));
    s.remove(lead);
    return s.trimmed();
}

enum class Role { Empty, Label, Value, Code, Unit, Attribute };

struct Column
{
    Role role = Role::Empty;
    QString header;
    TableUnit unit; // from the header: 年末数（万人）
    int year = 0;
    Kind kind = Kind::Reported;
};

} // namespace

TableUnit parseTableUnit(QStringView s)
{
    const auto &lx = lex::lexicon();
    TableUnit u;
    s = s.trimmed();
    // 单位：万元 / 计量单位：亿元、% / （万人） / (%).
    if (const qsizetype k = s.indexOf(u"单位"); k >= 0) {
        s = s.sliced(k + 2);
        while (!s.isEmpty() && (s.at(0) == u'：' || s.at(0) == u':' || s.at(0) == u' '))
            s = s.sliced(1);
    } else {
        const qsizetype open = std::max(s.lastIndexOf(u'（'), s.lastIndexOf(u'('));
        if (open >= 0) {
            qsizetype close = s.indexOf(u'）', open);
            if (close < 0)
                close = s.indexOf(u')', open);
            s = s.sliced(open + 1, (close < 0 ? s.size() : close) - open - 1);
        }
    }
    s = s.trimmed();
    double factor = 1;
    static const std::pair<const char16_t *, double> magnitudes[]
        = {{u"万亿", 1e12}, {u"千万", 1e7}, {u"百万", 1e6}, {u"亿", 1e8}, {u"万", 1e4}};
    for (const auto &[word, f] : magnitudes) {
        if (s.startsWith(QStringView(word)) && s.size() > QStringView(word).size()) {
            factor = f;
            s = s.sliced(QStringView(word).size());
            break;
        }
    }
    if (const lex::Word *w = lx.longestAt(s, 0, lex::Unit)) {
        QString unit = w->text.toString();
        if (unit == QStringLiteral("％"))
            unit = QStringLiteral("%");
        else if (unit == QStringLiteral("个百分点"))
            unit = QStringLiteral("百分点");
        const QStringView rest = s.sliced(w->text.size());
        // 元/人, 万元、% — the first unit names the column's value; a longer word is not a unit.
        if (rest.isEmpty() || QStringView(u"/、，,;；)）").contains(rest.at(0))) {
            u.unit = unit;
            u.factor = factor;
            u.found = true;
        }
    }
    return u;
}

QList<Figure> tableFigures(QStringView text, const Table &table, const DocumentFacts &facts,
                           const SectionMap::State &section)
{
    QList<Figure> out;
    if (table.columns < 2 || table.rows.size() < 2)
        return out;
    const QString display = text.toString();
    const auto cellText = [&](int r, int c) -> QString {
        const TableCell *cell = table.cellAt(r, c);
        return cell ? Table::cellText(display, *cell).trimmed() : QString();
    };
    // The cell that begins at (r, c): spanned positions below a category are not values.
    const auto ownCell = [&](int r, int c) -> const TableCell * {
        for (const TableCell &cell : table.rows.at(r).cells) {
            if (cell.column == c)
                return &cell;
        }
        return nullptr;
    };

    // Header rows: as marked, else a first row without any number above rows with numbers.
    int headerRows = 0;
    while (headerRows < table.rows.size() && table.rows.at(headerRows).header)
        ++headerRows;
    if (headerRows == 0) {
        bool numbersInFirst = false;
        for (int c = 0; c < table.columns; ++c)
            numbersInFirst = numbersInFirst || parseCell(cellText(0, c)).has_value();
        if (!numbersInFirst)
            headerRows = 1;
    }
    QStringList headers;
    for (int c = 0; c < table.columns; ++c) {
        QStringList parts;
        for (int r = 0; r < headerRows; ++r) {
            const QString t = cellText(r, c);
            if (!t.isEmpty() && (parts.isEmpty() || parts.last() != t))
                parts << t;
        }
        headers << parts.join(u' ');
    }

    const QString caption = table.caption(display);
    const TableUnit captionUnit = parseTableUnit(caption);
    const int captionYear = yearIn(caption);
    QString captionRegion;
    if (const auto m = Gazetteer::find(caption); m.start >= 0)
        captionRegion = m.region;

    // What each column holds.
    QList<Column> columns(table.columns);
    int lastYearColumn = -1;
    for (int c = 0; c < table.columns; ++c) {
        Column &col = columns[c];
        col.header = headers.at(c);
        col.unit = parseTableUnit(col.header);
        col.year = yearIn(col.header);
        int numeric = 0, textual = 0, integers = 0;
        bool attributes = true;
        bool units = true;
        for (int r = headerRows; r < table.rows.size(); ++r) {
            const TableCell *cell = ownCell(r, c);
            if (!cell)
                continue;
            const QString t = Table::cellText(display, *cell).trimmed();
            if (isDash(t))
                continue;
            if (const auto v = parseCell(t)) {
                ++numeric;
                integers += v->decimals == 0 && v->integerDigits >= 5 && !v->unit.found ? 1 : 0;
            } else {
                ++textual;
            }
            attributes = attributes && (t.contains(u"约束") || t.contains(u"预期"));
            units = units && parseTableUnit(t).found && t.size() <= 6 && !parseCell(t);
        }
        const QString &h = col.header;
        static const QRegularExpression codeHeader(QStringLiteral("编码|代码|编号|序号|行次|代号"));
        if (numeric + textual == 0)
            col.role = Role::Empty;
        else if (h.contains(u"属性") || (attributes && textual > 0))
            col.role = Role::Attribute;
        else if (h.contains(u"单位") || (units && textual > 0))
            col.role = Role::Unit;
        else if (codeHeader.match(h).hasMatch() || (numeric > 0 && integers == numeric && col.unit.unit.isEmpty()))
            col.role = Role::Code;
        else if (numeric * 2 >= numeric + textual && numeric > 0)
            col.role = Role::Value;
        else
            col.role = Role::Label;
        if (col.role == Role::Value && col.year)
            lastYearColumn = c;
    }
    if (std::none_of(columns.cbegin(), columns.cend(), [](const Column &c) { return c.role == Role::Value; }))
        return out;

    // Kind per value column: 目标/规划 and years after the document's are targets; 基期/现状/绝对数/
    // 比上年 and past years are reported.
    static const QRegularExpression targetWords(QStringLiteral("目标|规划|预期|计划|指导值"));
    static const QRegularExpression reportedWords(QStringLiteral(
        "基期|现状|基数|基准|完成|实际|决算|实绩|年末|年底|绝对数|比上年|增长|增速|比重|上年|同比|执行|累计|"
        "收入|支出|合计|金额|数量|人数|总数|占比|指数"));
    for (int c = 0; c < table.columns; ++c) {
        Column &col = columns[c];
        if (col.role != Role::Value)
            continue;
        if (col.header.contains(u"预计"))
            col.kind = Kind::Forecast;
        else if (targetWords.match(col.header).hasMatch())
            col.kind = Kind::Target;
        else if (col.year && facts.docYear)
            col.kind = col.year > facts.docYear ? Kind::Target : Kind::Reported;
        else if (reportedWords.match(col.header).hasMatch())
            col.kind = Kind::Reported;
        else if (col.year)
            col.kind = facts.genre == Genre::Plan && c == lastYearColumn ? Kind::Target : Kind::Reported;
        else
            col.kind = facts.genre == Genre::Plan ? Kind::Target : Kind::Reported;
    }

    for (int r = headerRows; r < table.rows.size(); ++r) {
        const TableRow &row = table.rows.at(r);
        QString label;
        QString category;
        TableUnit rowUnit;
        QString attribute;
        for (int c = 0; c < table.columns; ++c) {
            const Column &col = columns.at(c);
            const QString t = cellText(r, c);
            if (col.role == Role::Label && !t.isEmpty()) {
                if (!label.isEmpty())
                    category = label;
                label = t;
            } else if (col.role == Role::Unit) {
                rowUnit = parseTableUnit(QStringLiteral("（%1）").arg(t));
            } else if (col.role == Role::Attribute) {
                attribute = t;
            }
        }
        if (label.isEmpty())
            continue;
        const TableUnit labelUnit = parseTableUnit(label);
        const QString metric = stripBrackets(label);
        QString scope;
        if (const auto m = Gazetteer::matchAt(metric, 0); m.start == 0)
            scope = m.region;
        for (int c = 0; c < table.columns; ++c) {
            const Column &col = columns.at(c);
            const TableCell *cell = ownCell(r, c);
            if (col.role != Role::Value || !cell)
                continue;
            const auto v = parseCell(Table::cellText(display, *cell));
            if (!v)
                continue;
            Figure f;
            f.kind = col.kind;
            // The unit: the cell's own, the row's unit cell, the label's （%）, the column's （万人）, the
            // caption's 单位：万元.
            TableUnit unit = v->unit.found ? v->unit
                : rowUnit.found            ? rowUnit
                : labelUnit.found          ? labelUnit
                : col.unit.found           ? col.unit
                                           : captionUnit;
            f.unit = unit.unit;
            const double factor = v->unit.found ? v->unit.factor : v->magnitude ? 1.0 : unit.factor;
            f.value = scaled(v->value, factor, v->decimals);
            if (v->max)
                f.valueMax = scaled(*v->max, factor, v->decimals);
            const bool target = f.kind == Kind::Target || f.kind == Kind::Forecast;
            f.cmp = v->max ? Cmp::Range : v->cmp ? *v->cmp : target ? Cmp::Ge : Cmp::Eq;
            if (!target && f.cmp == Cmp::Ge && !v->cmp)
                f.cmp = Cmp::Eq;
            int year = col.year ? col.year : captionYear;
            if (!year)
                year = target ? (facts.horizon ? facts.horizon : facts.docYear)
                              : (facts.reportYear ? facts.reportYear : (section.year ? section.year : facts.docYear));
            if (year)
                f.year = year;
            f.metric = metric.left(40);
            f.scope = !scope.isEmpty()      ? scope
                : !captionRegion.isEmpty()  ? captionRegion
                : !section.region.isEmpty() ? section.region
                                            : facts.defaultScope();
            if (target && !attribute.isEmpty())
                f.hedge = attribute;
            f.start = row.start;
            f.end = row.end;
            f.text = display.mid(row.start, row.end - row.start);
            Q_UNUSED(category);
            out.append(f);
        }
    }
    return out;
}

} // namespace plens::extract
