#include "export/meetingpack.h"

#include "export/exportfont.h"
#include "export/outputfile.h"
#include "export/pdftounicode.h"
#include "export/typeset.h"
#include "extract/linker.h"
#include "model/labels.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace plens {

namespace {

QString documentName(const Document &d)
{
    return d.meta.title.isEmpty() ? d.fileName : d.meta.title;
}

int pageOf(const Document &d, qsizetype offset)
{
    if (offset < 0 || offset >= d.charBoxes.size())
        return 0;
    for (qsizetype i = offset; i < d.charBoxes.size() && i < offset + 64; ++i)
        if (d.charBoxes.at(i).page >= 0)
            return d.charBoxes.at(i).page + 1;
    return 0;
}

QString evidence(const Commitment &c)
{
    return (c.figure.text.isEmpty() ? c.anchor.quote : c.figure.text).simplified();
}

QString figureLabel(const Figure &f)
{
    QString s = Labels::kind(f.kind) + QStringLiteral(": ") + Labels::value(f, true);
    if (f.year)
        s += QStringLiteral(" (%1)").arg(*f.year);
    return s;
}

QString percent(double v)
{
    return QString::number(v, 'f', v >= 100 ? 0 : 1) + u'%';
}

} // namespace

std::optional<double> MeetingPackWriter::attainment(const Figure &target, const Figure &reported)
{
    return plens::attainment(target, reported);
}

void MeetingPackWriter::collect(MeetingPack &pack, const QList<Document> &documents, const QList<Commitment> &figures,
                                const QList<Link> &links, const QList<Indicator> &indicators,
                                const QHash<qint64, QList<qint64>> &commitmentTags, const ExportFilter &filter)
{
    QHash<qint64, const Document *> docs;
    for (const Document &d : documents)
        docs.insert(d.id, &d);
    QHash<qint64, const Commitment *> byId;
    for (const Commitment &c : figures)
        byId.insert(c.id, &c);
    QHash<qint64, QString> indicatorNames;
    for (const Indicator &i : indicators)
        indicatorNames.insert(i.id, i.name);

    ExportFilter targetsOnly = filter;
    targetsOnly.includeFigures = true;
    QList<const Commitment *> targets;
    for (const Commitment &c : figures)
        if (c.figure.kind == Figure::Kind::Target && targetsOnly.accepts(c, commitmentTags.value(c.id)))
            targets.append(&c);

    const auto docDate = [&](qint64 id) {
        return docs.contains(id) ? docs.value(id)->meta.date : QDate();
    };
    const auto indicatorOf = [&](const Commitment *c) {
        const QString name = indicatorNames.value(c->indicatorId);
        return name.isEmpty() ? c->figure.metric : name;
    };
    std::stable_sort(targets.begin(), targets.end(), [&](const Commitment *a, const Commitment *b) {
        const QString ia = indicatorOf(a), ib = indicatorOf(b);
        if (ia != ib)
            return ia < ib;
        return a->figure.year.value_or(0) < b->figure.year.value_or(0);
    });

    const auto quoteOf = [&](const Commitment *c) {
        PackQuote q;
        q.text = evidence(*c);
        if (const Document *d = docs.value(c->documentId)) {
            q.document = documentName(*d);
            q.page = pageOf(*d, c->anchor.start);
            q.date = d->meta.date;
        }
        q.label = figureLabel(c->figure);
        return q;
    };

    const auto seriesFor = [&](const Commitment *t) -> IndicatorSeries & {
        const QString name = indicatorOf(t);
        for (IndicatorSeries &s : pack.series)
            if (s.indicator == name)
                return s;
        pack.series.append({name, t->figure.unit, {}, {}});
        return pack.series.last();
    };
    for (const Commitment *t : targets) {
        IndicatorSeries &series = seriesFor(t);
        if (t->figure.year)
            series.targets.append(QPointF(*t->figure.year, t->figure.value));
        PackTargetRow row;
        row.targetId = t->id;
        row.indicator = indicatorOf(t);
        row.target = Labels::value(t->figure, true);
        row.year = t->figure.year;
        row.status = t->status;
        if (const Document *d = docs.value(t->documentId))
            row.document = documentName(*d);
        const Commitment *latest = nullptr;
        for (const Link &l : links) {
            if (l.kind != Link::Kind::Reports || l.toId != t->id || l.state == Link::State::Rejected)
                continue;
            const Commitment *r = byId.value(l.fromId);
            if (!r || r->figure.kind != Figure::Kind::Reported)
                continue;
            if (r->figure.year && !series.reported.contains(QPointF(*r->figure.year, r->figure.value)))
                series.reported.append(QPointF(*r->figure.year, r->figure.value));
            const auto key = [&](const Commitment *c) {
                return std::make_tuple(c->figure.year.value_or(0), docDate(c->documentId), c->id);
            };
            if (!latest || key(latest) < key(r))
                latest = r;
        }
        pack.quotes.append(quoteOf(t));
        if (latest) {
            row.latest = Labels::value(latest->figure, true);
            row.latestYear = latest->figure.year;
            row.latestDate = docDate(latest->documentId);
            if (const Document *d = docs.value(latest->documentId))
                row.latestDocument = documentName(*d);
            row.attainment = attainment(t->figure, latest->figure);
            pack.quotes.append(quoteOf(latest));
        }
        pack.targets.append(row);
    }
}

ChartPainter MeetingPackWriter::simpleChart(const IndicatorSeries &series)
{
    return [series](QPainter &p, const QRectF &rect) {
        QList<QPointF> all = series.reported + series.targets;
        if (all.isEmpty())
            return;
        double minYear = all.first().x(), maxYear = minYear, maxValue = 0;
        for (const QPointF &pt : all) {
            minYear = std::min(minYear, pt.x());
            maxYear = std::max(maxYear, pt.x());
            maxValue = std::max(maxValue, pt.y());
        }
        if (maxValue <= 0)
            maxValue = 1;
        const qreal label = QFontMetricsF(p.font(), p.device()).height() * 1.4;
        const QRectF plot = rect.adjusted(label * 3, label * 0.5, -label, -label * 1.5);
        const int years = int(maxYear - minYear) + 1;
        const qreal slot = plot.width() / years;
        p.setPen(QPen(QColor(120, 120, 120), 0));
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        p.drawLine(plot.bottomLeft(), plot.topLeft());
        const auto y = [&](double v) {
            return plot.bottom() - plot.height() * v / (maxValue * 1.1);
        };
        for (int i = 0; i < years; ++i)
            p.drawText(QRectF(plot.left() + i * slot, plot.bottom(), slot, label), Qt::AlignCenter,
                       QString::number(int(minYear) + i));
        p.drawText(QRectF(rect.left(), plot.top() - label * 0.5, label * 2.8, label), Qt::AlignRight | Qt::AlignVCenter,
                   Labels::number(maxValue, true) + (series.unit.isEmpty() ? QString() : u' ' + series.unit));
        for (const QPointF &pt : series.reported) {
            const qreal x = plot.left() + (pt.x() - minYear) * slot + slot * 0.25;
            const QRectF bar(x, y(pt.y()), slot * 0.5, plot.bottom() - y(pt.y()));
            p.fillRect(bar, QColor(70, 140, 210));
            p.drawText(QRectF(bar.left() - slot * 0.25, bar.top() - label, slot, label), Qt::AlignCenter,
                       Labels::number(pt.y(), true));
        }
        p.setPen(QPen(QColor(200, 60, 40), label * 0.12, Qt::DashLine));
        for (const QPointF &pt : series.targets) {
            const qreal x = plot.left() + (pt.x() - minYear) * slot;
            p.drawLine(QPointF(x + slot * 0.1, y(pt.y())), QPointF(x + slot * 0.9, y(pt.y())));
            p.drawText(QRectF(x, y(pt.y()) - label, slot, label), Qt::AlignCenter,
                       tr("Target %1").arg(Labels::number(pt.y(), true)));
        }
    };
}

Result<int> MeetingPackWriter::paint(const MeetingPack &pack, QPagedPaintDevice &device, const ExportProgress &progress)
{
    const Result<QString> familyResult = ExportFont::family();
    if (!familyResult)
        return familyResult.error();
    const QString family = familyResult.value();
    setA4(device);

    // The table and quotes, laid out first so the page count is known for the footers.
    QTextDocument text;
    QFont base(family);
    base.setPointSizeF(9.5);
    text.setDefaultFont(base);
    text.setDocumentMargin(0);
    QTextCursor c(&text);
    QTextCharFormat headingChars;
    headingChars.setFontPointSize(14);
    headingChars.setFontWeight(QFont::Bold);
    QTextBlockFormat headingBlock;
    headingBlock.setBottomMargin(8);
    c.setBlockFormat(headingBlock);
    c.insertText(tr("Targets and latest reported values"), headingChars);

    const QStringList headers = {tr("Indicator"),       tr("Target"),      tr("Year"),       tr("Set in"),
                                 tr("Latest reported"), tr("Reported in"), tr("Attainment"), tr("Status")};
    QTextTableFormat tableFormat;
    tableFormat.setHeaderRowCount(1);
    tableFormat.setCellPadding(3);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorder(0.5);
    tableFormat.setBorderBrush(QColor(150, 150, 150));
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 14), QTextLength(QTextLength::PercentageLength, 12),
         QTextLength(QTextLength::PercentageLength, 6), QTextLength(QTextLength::PercentageLength, 18),
         QTextLength(QTextLength::PercentageLength, 12), QTextLength(QTextLength::PercentageLength, 18),
         QTextLength(QTextLength::PercentageLength, 9), QTextLength(QTextLength::PercentageLength, 11)});
    QTextTable *table = c.insertTable(int(pack.targets.size()) + 1, int(headers.size()), tableFormat);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (int col = 0; col < headers.size(); ++col) {
        QTextTableCell cell = table->cellAt(0, col);
        QTextCharFormat f = cell.format();
        f.setBackground(QColor(232, 238, 247));
        cell.setFormat(f);
        cell.firstCursorPosition().insertText(headers.at(col), bold);
    }
    for (int r = 0; r < pack.targets.size(); ++r) {
        const PackTargetRow &row = pack.targets.at(r);
        QString reportedIn = row.latestDocument;
        if (row.latestDate.isValid())
            reportedIn += QStringLiteral(" (%1)").arg(row.latestDate.toString(QStringLiteral("yyyy-MM-dd")));
        QString latest = row.latest;
        if (!latest.isEmpty() && row.latestYear)
            latest += QStringLiteral(" (%1)").arg(*row.latestYear);
        const QStringList cells = {row.indicator,
                                   row.target,
                                   row.year ? QString::number(*row.year) : QString(),
                                   row.document,
                                   latest.isEmpty() ? QStringLiteral("—") : latest,
                                   reportedIn,
                                   row.attainment ? percent(*row.attainment) : QStringLiteral("—"),
                                   row.status == TargetStatus::None ? QString() : Labels::status(row.status)};
        for (int col = 0; col < cells.size(); ++col) {
            QTextCharFormat f;
            if (col == 7 && (row.status == TargetStatus::AtRisk || row.status == TargetStatus::Missed))
                f.setForeground(QColor(180, 0, 0));
            table->cellAt(r + 1, col).firstCursorPosition().insertText(cells.at(col), f);
        }
    }
    c.movePosition(QTextCursor::End);

    for (const PackSection &section : pack.sections) {
        QTextBlockFormat sectionHeading = headingBlock;
        sectionHeading.setTopMargin(16);
        c.insertBlock(sectionHeading, headingChars);
        c.insertText(section.title, headingChars);
        if (!section.note.isEmpty()) {
            QTextCharFormat noteChars;
            noteChars.setFontPointSize(9);
            noteChars.setForeground(QColor(90, 90, 90));
            QTextBlockFormat noteBlock;
            noteBlock.setBottomMargin(6);
            c.insertBlock(noteBlock, noteChars);
            c.insertText(section.note, noteChars);
        }
        const int columns = int(section.headers.size());
        if (columns == 0 || section.rows.isEmpty())
            continue;
        QTextTableFormat sectionFormat = tableFormat;
        QList<QTextLength> widths;
        for (int col = 0; col < columns; ++col)
            widths.append(QTextLength(QTextLength::PercentageLength,
                                      col < section.widths.size() ? section.widths.at(col) : 100.0 / columns));
        sectionFormat.setColumnWidthConstraints(widths);
        QTextTable *t = c.insertTable(int(section.rows.size()) + 1, columns, sectionFormat);
        for (int col = 0; col < columns; ++col) {
            QTextTableCell cell = t->cellAt(0, col);
            QTextCharFormat f = cell.format();
            f.setBackground(QColor(232, 238, 247));
            cell.setFormat(f);
            cell.firstCursorPosition().insertText(section.headers.at(col), bold);
        }
        for (int r = 0; r < section.rows.size(); ++r) {
            QTextCharFormat f;
            if (r < section.flagged.size() && section.flagged.at(r))
                f.setForeground(QColor(180, 0, 0));
            const QStringList &row = section.rows.at(r);
            for (int col = 0; col < columns && col < row.size(); ++col)
                t->cellAt(r + 1, col).firstCursorPosition().insertText(row.at(col), f);
        }
        c.movePosition(QTextCursor::End);
    }

    if (!pack.quotes.isEmpty()) {
        QTextBlockFormat quotesHeading = headingBlock;
        quotesHeading.setTopMargin(16);
        c.insertBlock(quotesHeading, headingChars);
        c.insertText(tr("Source quotes"), headingChars);
        QTextCharFormat normal;
        normal.setFontPointSize(9.5);
        QTextCharFormat source = normal;
        source.setForeground(QColor(90, 90, 90));
        for (const PackQuote &q : pack.quotes) {
            QTextBlockFormat entry;
            entry.setBottomMargin(6);
            entry.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
            c.insertBlock(entry, normal);
            if (!q.label.isEmpty())
                c.insertText(q.label + QStringLiteral("  "), bold);
            c.insertText(QStringLiteral("「%1」").arg(q.text), normal);
            QStringList where;
            if (!q.document.isEmpty())
                where.append(q.document);
            if (q.page > 0)
                where.append(tr("p. %1").arg(q.page));
            if (q.date.isValid())
                where.append(q.date.toString(QStringLiteral("yyyy-MM-dd")));
            if (!where.isEmpty())
                c.insertText(QStringLiteral(" — ") + where.join(QStringLiteral(", ")), source);
        }
    }

    const int textPages = layoutPages(text, device);
    const int chartPages = int((pack.charts.size() + 1) / 2);
    const int total = 1 + chartPages + textPages;
    int done = 0;
    const auto step = [&] {
        return !progress || progress(++done, total);
    };

    QPainter painter;
    if (!painter.begin(&device))
        return Error {{}, tr("the meeting pack cannot be printed or written")};
    const qreal w = device.width();
    const qreal h = device.height() - footerHeight(device);
    const auto font = [&](qreal pt, bool isBold = false) {
        QFont f(family);
        f.setPointSizeF(pt);
        f.setBold(isBold);
        return f;
    };

    // Cover.
    painter.setPen(Qt::black);
    painter.setFont(font(24, true));
    const QRectF titleRect(0, h * 0.25, w, h * 0.2);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                     pack.title.isEmpty() ? tr("Meeting pack") : pack.title);
    painter.setFont(font(13));
    const QDate date = pack.date.isValid() ? pack.date : QDate::currentDate();
    painter.drawText(QRectF(0, h * 0.47, w, h * 0.05), Qt::AlignHCenter | Qt::AlignTop,
                     date.toString(QStringLiteral("yyyy-MM-dd")));
    painter.setFont(font(11));
    painter.setPen(QColor(70, 70, 70));
    QStringList lines;
    lines.append(pack.filters.isEmpty() ? tr("All targets") : pack.filters);
    lines.append(tr("%n target(s)", nullptr, int(pack.targets.size())) + QStringLiteral(" · ")
                 + tr("%n chart(s)", nullptr, int(pack.charts.size())));
    painter.drawText(QRectF(w * 0.1, h * 0.54, w * 0.8, h * 0.2), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     lines.join(u'\n'));
    paintFooter(painter, device, family, 1, total);
    if (!step()) {
        painter.end();
        return Error {{}, tr("export cancelled")};
    }

    // Charts, two per page.
    for (int i = 0; i < pack.charts.size(); ++i) {
        const PackChart &chart = pack.charts.at(i);
        if (i % 2 == 0)
            device.newPage();
        const qreal top = (i % 2) * h / 2;
        const qreal titleH = h * 0.05;
        painter.setPen(Qt::black);
        painter.setFont(font(13, true));
        painter.drawText(QRectF(0, top, w, titleH), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
        const qreal captionH = chart.caption.isEmpty() ? 0 : h * 0.03;
        const QRectF area(0, top + titleH, w, h / 2 - titleH - captionH - h * 0.02);
        if (chart.paint) {
            painter.save();
            painter.setFont(font(9));
            painter.setClipRect(area);
            chart.paint(painter, area);
            painter.restore();
        }
        if (!chart.caption.isEmpty()) {
            painter.setPen(QColor(90, 90, 90));
            painter.setFont(font(9));
            painter.drawText(QRectF(0, area.bottom(), w, captionH), Qt::AlignLeft | Qt::AlignVCenter, chart.caption);
        }
        if (i % 2 == 1 || i + 1 == pack.charts.size()) {
            paintFooter(painter, device, family, 2 + i / 2, total);
            if (!step()) {
                painter.end();
                return Error {{}, tr("export cancelled")};
            }
        }
    }

    const bool finished
        = paintPages(text, painter, device, true, family, 2 + chartPages, total, [&](int, int) { return step(); });
    painter.end();
    if (!finished)
        return Error {{}, tr("export cancelled")};
    return total;
}

Result<int> MeetingPackWriter::write(const MeetingPack &pack, const QString &path, const ExportProgress &progress)
{
    OutputFile out(path);
    if (Status s = out.open(); !s)
        return s.error();
    QByteArray bytes;
    Result<int> pages = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("PolicyLens"));
        writer.setTitle(pack.title);
        pages = paint(pack, writer, progress);
    }
    if (!pages)
        return Error {QDir::toNativeSeparators(path), pages.error().message};
    if (Status s = out.write(fixTabsInToUnicode(bytes)); !s)
        return s.error();
    if (Status s = out.commit(); !s)
        return s.error();
    return pages;
}

} // namespace plens
