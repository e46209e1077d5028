#include "export/pdfappearance.h"

#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <optional>

namespace plens {

namespace {

// Skips a literal string "(...)" starting at `i`; returns the index after it.
qsizetype skipLiteral(const QByteArray &b, qsizetype i)
{
    int depth = 0;
    for (; i < b.size(); ++i) {
        const char c = b.at(i);
        if (c == '\\') {
            ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return b.size();
}

// The end (index after ">>") of the dictionary that starts with "<<" at `start`, or -1.
qsizetype dictEnd(const QByteArray &b, qsizetype start)
{
    int depth = 0;
    for (qsizetype i = start; i < b.size();) {
        const char c = b.at(i);
        if (c == '(') {
            i = skipLiteral(b, i);
        } else if (c == '<' && i + 1 < b.size() && b.at(i + 1) == '<') {
            ++depth;
            i += 2;
        } else if (c == '>' && i + 1 < b.size() && b.at(i + 1) == '>') {
            i += 2;
            if (--depth == 0)
                return i;
        } else if (c == '<') {
            const qsizetype close = b.indexOf('>', i);
            if (close < 0)
                return -1;
            i = close + 1;
        } else {
            ++i;
        }
    }
    return -1;
}

// The dictionary with nested dictionaries and strings blanked out, so keys found in it are top-level.
QByteArray topLevel(const QByteArray &dict)
{
    QByteArray out = dict;
    int depth = 0;
    for (qsizetype i = 0; i < dict.size();) {
        const char c = dict.at(i);
        if (c == '(') {
            const qsizetype end = skipLiteral(dict, i);
            std::fill(out.begin() + i, out.begin() + end, ' ');
            i = end;
        } else if (c == '<' && i + 1 < dict.size() && dict.at(i + 1) == '<') {
            if (++depth > 1)
                out[i] = out[i + 1] = ' ';
            i += 2;
        } else if (c == '>' && i + 1 < dict.size() && dict.at(i + 1) == '>') {
            if (depth-- > 1)
                out[i] = out[i + 1] = ' ';
            i += 2;
        } else if (c == '<') {
            const qsizetype close = std::max<qsizetype>(dict.indexOf('>', i), i);
            std::fill(out.begin() + i, out.begin() + close + 1, ' ');
            i = close + 1;
        } else {
            if (depth > 1)
                out[i] = ' ';
            ++i;
        }
    }
    return out;
}

// The value text of top-level `key` (up to the next key or the end), or nothing.
std::optional<QByteArray> value(const QByteArray &dict, const QByteArray &top, const char *key)
{
    const QRegularExpression re(QStringLiteral("/%1(?![A-Za-z0-9])").arg(QLatin1String(key)));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(top));
    if (!m.hasMatch())
        return std::nullopt;
    qsizetype from = m.capturedEnd();
    while (from < dict.size() && QByteArray(" \r\n\t").contains(dict.at(from)))
        ++from;
    qsizetype to = from;
    if (from < dict.size() && dict.at(from) == '[') {
        int depth = 0;
        for (; to < dict.size(); ++to) {
            if (dict.at(to) == '(')
                to = skipLiteral(dict, to) - 1;
            else if (dict.at(to) == '[')
                ++depth;
            else if (dict.at(to) == ']' && --depth == 0)
                break;
        }
        return dict.mid(from, to - from + 1);
    }
    if (dict.mid(from, 2) == "<<") {
        const qsizetype end = dictEnd(dict, from);
        return end < 0 ? std::nullopt : std::optional<QByteArray>(dict.mid(from, end - from));
    }
    for (to = from; to < top.size() && top.at(to) != '/' && top.mid(to, 2) != ">>"; ++to) { }
    if (to == from && from < dict.size() && dict.at(from) == '/') { // a name value
        for (to = from + 1; to < dict.size() && !QByteArray(" /\r\n\t<>[]()").contains(dict.at(to)); ++to) { }
    }
    return dict.mid(from, to - from).trimmed();
}

QList<double> numbers(const QByteArray &text)
{
    QList<double> out;
    static const QRegularExpression re(QStringLiteral("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)"));
    auto it = re.globalMatch(QString::fromLatin1(text));
    while (it.hasNext())
        out.append(it.next().captured().toDouble());
    return out;
}

QByteArray num(double v)
{
    QByteArray s = QByteArray::number(v, 'f', 4);
    while (s.contains('.') && (s.endsWith('0') || s.endsWith('.')))
        s.chop(1);
    return s.isEmpty() || s == "-" ? QByteArray("0") : s;
}

struct Trailer
{
    bool stream = false; // the last cross-reference section is an xref stream
    qint64 offset = 0; // where it starts (startxref)
    qint64 size = 0;
    QByteArray root, info, id;
    bool encrypted = false;
};

std::optional<Trailer> lastTrailer(const QByteArray &pdf)
{
    const qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0)
        return std::nullopt;
    const QList<double> n = numbers(pdf.mid(at + 9, 32));
    if (n.isEmpty())
        return std::nullopt;
    Trailer t;
    t.offset = qint64(n.first());
    if (t.offset <= 0 || t.offset >= pdf.size())
        return std::nullopt;
    qsizetype dictStart = -1;
    if (pdf.mid(t.offset, 4) == "xref") {
        const qsizetype trailer = pdf.indexOf("trailer", t.offset);
        dictStart = trailer < 0 ? -1 : pdf.indexOf("<<", trailer);
    } else {
        t.stream = true;
        dictStart = pdf.indexOf("<<", t.offset);
        if (dictStart - t.offset > 40)
            return std::nullopt;
    }
    if (dictStart < 0)
        return std::nullopt;
    const qsizetype end = dictEnd(pdf, dictStart);
    if (end < 0)
        return std::nullopt;
    const QByteArray dict = pdf.mid(dictStart, end - dictStart);
    const QByteArray top = topLevel(dict);
    if (t.stream && !value(dict, top, "Type").value_or(QByteArray()).startsWith("/XRef"))
        return std::nullopt;
    t.size = qint64(numbers(value(dict, top, "Size").value_or(QByteArray())).value(0, 0));
    t.root = value(dict, top, "Root").value_or(QByteArray());
    t.info = value(dict, top, "Info").value_or(QByteArray());
    t.id = value(dict, top, "ID").value_or(QByteArray());
    t.encrypted = value(dict, top, "Encrypt").has_value();
    if (t.size <= 0 || t.root.isEmpty())
        return std::nullopt;
    return t;
}

struct Highlight
{
    qint64 number = 0;
    int generation = 0;
    QByteArray dict;
};

QByteArray appearance(const QByteArray &dict, const QByteArray &top, QByteArray *bbox)
{
    const QList<double> rect = numbers(value(dict, top, "Rect").value_or(QByteArray()));
    const QList<double> quads = numbers(value(dict, top, "QuadPoints").value_or(QByteArray()));
    if (rect.size() != 4 || quads.size() < 8)
        return {};
    QList<double> color = numbers(value(dict, top, "C").value_or(QByteArray()));
    if (color.isEmpty())
        color = {1, 1, 0};
    QByteArray colorOp;
    for (double c : color)
        colorOp += num(c) + ' ';
    colorOp += color.size() == 1 ? "g" : color.size() == 4 ? "k" : "rg";
    QByteArray body = "/GS0 gs " + colorOp + '\n';
    for (qsizetype q = 0; q + 8 <= quads.size(); q += 8) {
        double x0 = quads[q], x1 = quads[q], y0 = quads[q + 1], y1 = quads[q + 1];
        for (int k = 1; k < 4; ++k) {
            x0 = std::min(x0, quads[q + 2 * k]);
            x1 = std::max(x1, quads[q + 2 * k]);
            y0 = std::min(y0, quads[q + 2 * k + 1]);
            y1 = std::max(y1, quads[q + 2 * k + 1]);
        }
        body += num(x0) + ' ' + num(y0) + ' ' + num(x1 - x0) + ' ' + num(y1 - y0) + " re\n";
    }
    body += "f\n";
    *bbox = '[' + num(std::min(rect[0], rect[2])) + ' ' + num(std::min(rect[1], rect[3])) + ' '
        + num(std::max(rect[0], rect[2])) + ' ' + num(std::max(rect[1], rect[3])) + ']';
    return body;
}

} // namespace

QByteArray addHighlightAppearances(const QByteArray &pdf, int *added)
{
    if (added)
        *added = 0;
    const std::optional<Trailer> trailer = lastTrailer(pdf);
    if (!trailer || trailer->encrypted)
        return pdf;

    // The latest definition of every object that is a highlight without an appearance.
    QMap<qint64, Highlight> highlights;
    static const QRegularExpression objRe(QStringLiteral("(?<![0-9])(\\d+)\\s+(\\d+)\\s+obj\\s*<<"));
    const QString latin = QString::fromLatin1(pdf);
    auto it = objRe.globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedEnd() - 2;
        const qsizetype end = dictEnd(pdf, start);
        if (end < 0)
            continue;
        const qint64 number = m.captured(1).toLongLong();
        const QByteArray dict = pdf.mid(start, end - start);
        const QByteArray top = topLevel(dict);
        const bool isHighlight = value(dict, top, "Subtype").value_or(QByteArray()) == "/Highlight";
        if (isHighlight && !value(dict, top, "AP"))
            highlights.insert(number, {number, m.captured(2).toInt(), dict});
        else
            highlights.remove(number); // redefined later as something else, or already has /AP
    }
    if (highlights.isEmpty())
        return pdf;

    QByteArray update = pdf.endsWith('\n') ? QByteArray() : QByteArray("\n");
    QMap<qint64, std::pair<qint64, int>> offsets; // object -> (offset, generation)
    qint64 next = trailer->size;
    int count = 0;
    for (const Highlight &h : std::as_const(highlights)) {
        const QByteArray top = topLevel(h.dict);
        QByteArray bbox;
        const QByteArray body = appearance(h.dict, top, &bbox);
        if (body.isEmpty())
            continue;
        const double opacity = numbers(value(h.dict, top, "CA").value_or(QByteArray("1"))).value(0, 1.0);
        const qint64 form = next++;
        offsets.insert(form, {pdf.size() + update.size(), 0});
        update += QByteArray::number(form) + " 0 obj\n<< /Type /XObject /Subtype /Form /FormType 1 /BBox " + bbox
            + " /Resources << /ExtGState << /GS0 << /Type /ExtGState /BM /Multiply /CA " + num(opacity) + " /ca "
            + num(opacity) + " >> >> >> /Length " + QByteArray::number(body.size()) + " >>\nstream\n" + body
            + "\nendstream\nendobj\n";
        QByteArray dict = h.dict;
        dict.insert(dict.size() - 2, " /AP << /N " + QByteArray::number(form) + " 0 R >> ");
        offsets.insert(h.number, {pdf.size() + update.size(), h.generation});
        update
            += QByteArray::number(h.number) + ' ' + QByteArray::number(h.generation) + " obj\n" + dict + "\nendobj\n";
        ++count;
    }
    if (count == 0)
        return pdf;

    QByteArray trailerKeys = " /Root " + trailer->root + " /Prev " + QByteArray::number(trailer->offset);
    if (!trailer->info.isEmpty())
        trailerKeys += " /Info " + trailer->info;
    if (!trailer->id.isEmpty())
        trailerKeys += " /ID " + trailer->id;

    // Runs of consecutive object numbers, as both xref forms list them.
    const auto runs = [](const QList<qint64> &objects) {
        QList<std::pair<qint64, qint64>> out; // first, count
        for (qint64 o : objects) {
            if (!out.isEmpty() && out.last().first + out.last().second == o)
                ++out.last().second;
            else
                out.append({o, 1});
        }
        return out;
    };

    const qint64 xrefAt = pdf.size() + update.size();
    if (!trailer->stream) {
        update += "xref\n";
        for (const auto &[first, n] : runs(offsets.keys())) {
            update += QByteArray::number(first) + ' ' + QByteArray::number(n) + '\n';
            for (qint64 o = first; o < first + n; ++o)
                update += QByteArray::number(offsets.value(o).first).rightJustified(10, '0') + ' '
                    + QByteArray::number(offsets.value(o).second).rightJustified(5, '0') + " n\r\n";
        }
        update += "trailer\n<< /Size " + QByteArray::number(next) + trailerKeys + " >>\n";
    } else {
        const qint64 xrefObject = next++;
        offsets.insert(xrefObject, {xrefAt, 0});
        QByteArray entries, index;
        for (const auto &[first, n] : runs(offsets.keys())) {
            index += QByteArray::number(first) + ' ' + QByteArray::number(n) + ' ';
            for (qint64 o = first; o < first + n; ++o) {
                char e[7];
                e[0] = 1;
                qToBigEndian<quint32>(quint32(offsets.value(o).first), e + 1);
                qToBigEndian<quint16>(quint16(offsets.value(o).second), e + 5);
                entries.append(e, 7);
            }
        }
        update += QByteArray::number(xrefObject) + " 0 obj\n<< /Type /XRef /Size " + QByteArray::number(next)
            + " /W [1 4 2] /Index [" + index.trimmed() + "]" + trailerKeys + " /Length "
            + QByteArray::number(entries.size()) + " >>\nstream\n" + entries + "\nendstream\nendobj\n";
    }
    update += "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    if (added)
        *added = count;
    return pdf + update;
}

} // namespace plens
