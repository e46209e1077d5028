// Annotated PDF from a text, Word or web source: the display text typeset on A4 with the export font,
// highlights painted behind the text, notes as numbered end notes.
#include "export/export.h"
#include "export/exportfont.h"
#include "export/outputfile.h"
#include "export/typeset.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace plens {

namespace {

// A highlight colour printable behind black text: the colour at 45 % over white.
QColor paperColor(const QColor &c)
{
    const auto mix = [](int v) {
        return 255 - int((255 - v) * 0.45);
    };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

Result<ExportSummary> exportTextSource(const ExportRequest &request, const QString &outPath,
                                       const ExportProgress &progress)
{
    const Document &doc = request.document;
    if (doc.displayText.isEmpty())
        return Error {doc.fileName, QCoreApplication::translate("plens::export", "the document has no text to export")};
    const Result<QString> family = ExportFont::family();
    if (!family)
        return family.error();
    OutputFile out(outPath);
    if (Status s = out.open(); !s)
        return s.error();

    ExportSummary summary;
    const QList<HighlightItem> items = highlightItems(request, &summary.skipped);
    summary.highlights = int(items.size());

    QTextDocument text;
    QFont font(family.value());
    font.setPointSizeF(11);
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    QTextCursor cursor(&text);
    QTextBlockFormat body;
    body.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    body.setBottomMargin(4);
    cursor.setBlockFormat(body);
    // One character for one: offsets in the display text are positions in the QTextDocument.
    QString plain = doc.displayText;
    plain.replace(u'\r', u' ');
    cursor.insertText(plain);

    for (const HighlightItem &item : items) {
        QTextCursor c(&text);
        c.setPosition(int(item.start));
        c.setPosition(int(item.end), QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setBackground(paperColor(item.color));
        c.mergeCharFormat(f);
    }

    // Note markers, numbered in text order, inserted from the end so earlier offsets stay valid.
    QList<qsizetype> noted;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (!items.at(i).note.trimmed().isEmpty())
            noted.append(i);
    QTextCharFormat marker;
    marker.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    marker.setForeground(QColor(160, 0, 0));
    QList<qsizetype> byEnd = noted;
    std::stable_sort(byEnd.begin(), byEnd.end(),
                     [&](qsizetype a, qsizetype b) { return items.at(a).end > items.at(b).end; });
    for (qsizetype i : byEnd) {
        QTextCursor c(&text);
        c.setPosition(int(items.at(i).end));
        c.insertText(QStringLiteral("[%1]").arg(noted.indexOf(i) + 1), marker);
    }

    if (!noted.isEmpty()) {
        QTextCursor c(&text);
        c.movePosition(QTextCursor::End);
        QTextBlockFormat heading;
        heading.setTopMargin(18);
        heading.setBottomMargin(6);
        heading.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        QTextCharFormat headingChars;
        headingChars.setFontWeight(QFont::Bold);
        headingChars.setFontPointSize(13);
        c.insertBlock(heading, headingChars);
        c.insertText(QCoreApplication::translate("plens::export", "Notes"));
        QTextCharFormat normal;
        normal.setFontPointSize(10);
        QTextCharFormat quote = normal;
        quote.setForeground(QColor(90, 90, 90));
        for (qsizetype n = 0; n < noted.size(); ++n) {
            const HighlightItem &item = items.at(noted.at(n));
            QTextBlockFormat entry = body;
            entry.setLeftMargin(18);
            entry.setTextIndent(-18);
            c.insertBlock(entry, normal);
            c.insertText(QStringLiteral("[%1] ").arg(n + 1), normal);
            c.insertText(
                QStringLiteral("「%1」 ").arg(doc.displayText.mid(item.start, item.end - item.start).simplified()),
                quote);
            c.insertText(item.note.trimmed(), normal);
            QStringList by;
            if (!item.author.isEmpty())
                by.append(item.author);
            if (const QString d = dateText(item.modified.isValid() ? item.modified : item.created); !d.isEmpty())
                by.append(d);
            if (!by.isEmpty())
                c.insertText(QStringLiteral(" (%1)").arg(by.join(QStringLiteral(", "))), quote);
        }
    }

    // Title and source above the text.
    {
        QTextCursor c(&text);
        c.movePosition(QTextCursor::Start);
        c.insertBlock();
        c.movePosition(QTextCursor::Start);
        QTextBlockFormat titleFormat;
        titleFormat.setAlignment(Qt::AlignHCenter);
        titleFormat.setBottomMargin(4);
        QTextCharFormat titleChars;
        titleChars.setFontPointSize(16);
        titleChars.setFontWeight(QFont::Bold);
        c.setBlockFormat(titleFormat);
        c.setCharFormat(titleChars);
        c.insertText(doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title, titleChars);
        QStringList source;
        for (const QString &s : {doc.meta.issuer, doc.meta.docNumber})
            if (!s.isEmpty())
                source.append(s);
        if (doc.meta.date.isValid())
            source.append(doc.meta.date.toString(QStringLiteral("yyyy-MM-dd")));
        source.append(doc.fileName);
        QTextBlockFormat sourceFormat = titleFormat;
        sourceFormat.setBottomMargin(14);
        QTextCharFormat sourceChars;
        sourceChars.setFontPointSize(9);
        sourceChars.setForeground(QColor(90, 90, 90));
        c.insertBlock(sourceFormat, sourceChars);
        c.insertText(source.join(QStringLiteral(" · ")), sourceChars);
    }

    QByteArray bytes;
    Result<int> pages = typesetToPdf(text, doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title, bytes, progress);
    if (!pages)
        return Error {outPath, pages.error().message};
    summary.pages = pages.value();
    if (Status s = out.write(bytes); !s)
        return s.error();
    if (Status s = out.commit(); !s)
        return s.error();
    return summary;
}

} // namespace plens
