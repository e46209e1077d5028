#include "export/pdftounicode.h"

#include <QList>
#include <QRegularExpression>

namespace plens {

QByteArray fixTabsInToUnicode(const QByteArray &pdf, int *fixed)
{
    QByteArray out = pdf;
    int count = 0;
    // Replaces the destination codes of one CMap section [from, to).
    const auto fixSection = [&](qsizetype from, qsizetype to, bool ranges) {
        qsizetype i = from;
        while (i < to) {
            const qsizetype eol = std::min<qsizetype>(out.indexOf('\n', i) < 0 ? to : out.indexOf('\n', i), to);
            QByteArray line = out.mid(i, eol - i);
            static const QRegularExpression code(QStringLiteral("<([0-9A-Fa-f]+)>"));
            QList<std::pair<qsizetype, QByteArray>> codes; // position in line, hex digits
            auto it = code.globalMatch(QString::fromLatin1(line));
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                codes.append({m.capturedStart(1), m.captured(1).toLatin1()});
            }
            // bfchar: <src> <dst>; bfrange: <lo> <hi> <dst> or <lo> <hi> [<dst> ...]. Destinations of a
            // range written as one code are only rewritten when the range is one code long.
            qsizetype firstDestination = ranges ? 2 : 1;
            if (ranges && !line.contains('[') && codes.size() == 3 && codes.at(0).second != codes.at(1).second)
                firstDestination = codes.size(); // an incrementing range starting at a tab: leave it
            for (qsizetype k = firstDestination; k < codes.size(); ++k)
                if (codes.at(k).second == "0009") {
                    out.replace(i + codes.at(k).first, 4, "0020");
                    ++count;
                }
            i = eol + 1;
        }
    };
    for (qsizetype at = out.indexOf("begincmap"); at >= 0; at = out.indexOf("begincmap", at + 9)) {
        const qsizetype end = out.indexOf("endcmap", at);
        if (end < 0)
            break;
        for (const char *kind : {"bfchar", "bfrange"}) {
            const QByteArray begin = QByteArray("begin") + kind, finish = QByteArray("end") + kind;
            for (qsizetype s = out.indexOf(begin, at); s >= 0 && s < end; s = out.indexOf(begin, s + begin.size())) {
                const qsizetype e = out.indexOf(finish, s);
                if (e < 0 || e > end)
                    break;
                fixSection(s + begin.size(), e, QByteArray(kind) == "bfrange");
            }
        }
    }
    if (fixed)
        *fixed = count;
    return out;
}

} // namespace plens
