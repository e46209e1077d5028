#pragma once
// Scanned pages the OCR tests make themselves: a text PDF written with QPdfWriter in a CJK font,
// rendered at 300 dpi (as a scanner would see it) and wrapped as a PDF whose page is only that image.

#include "render/pdfrenderer.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

namespace fixtures {

// One A4 page per entry; each page's lines are drawn from the top at 14 pt in Noto Sans CJK SC, a
// line starting with a tab centred (a title), a line starting with '>' right-aligned (a date).
inline QByteArray textPdf(const QList<QStringList> &pages)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QPdfWriter w(&buf);
    w.setResolution(72);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&w);
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(14);
    p.setFont(f);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            w.newPage();
        double y = 80;
        for (const QString &line : pages.at(page)) {
            int align = Qt::AlignLeft;
            QString text = line;
            if (text.startsWith(u'\t')) {
                align = Qt::AlignHCenter;
                text = text.mid(1);
            } else if (text.startsWith(u'>')) {
                align = Qt::AlignRight;
                text = text.mid(1);
            }
            QRectF used;
            p.drawText(QRectF(80, y, 435, 400), align | Qt::TextWordWrap, text, &used);
            y = used.bottom() + 12;
        }
    }
    p.end();
    return bytes;
}

// The page rendered at `dpi`, as a scanner would give it (grey).
inline QImage scan(const QByteArray &pdf, int page, int dpi = 300)
{
    auto renderer = plens::PdfRenderer::open(QStringLiteral("scan.pdf"), pdf);
    if (!renderer)
        return {};
    const int width = int(std::lround((*renderer)->pageSize(page).width() * dpi / 72.0));
    return (*renderer)->renderNow(page, width).convertToFormat(QImage::Format_Grayscale8);
}

// A PDF whose pages are given either as text lines (a text layer) or as an image (a scan at `dpi`,
// filling an A4 page, no text layer).
struct MixedPage
{
    QStringList lines;
    QImage image;
};

inline QByteArray mixedPdf(const QList<MixedPage> &pages, int dpi = 300)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QPdfWriter w(&buf);
    w.setResolution(dpi);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&w);
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(14 * dpi / 72);
    p.setFont(f);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            w.newPage();
        const MixedPage &mp = pages.at(page);
        if (!mp.image.isNull()) {
            p.drawImage(QRectF(0, 0, w.width(), w.height()), mp.image);
            continue;
        }
        double y = 80.0 * dpi / 72;
        for (const QString &line : mp.lines) {
            QRectF used;
            p.drawText(QRectF(80.0 * dpi / 72, y, 435.0 * dpi / 72, 400.0 * dpi / 72), Qt::TextWordWrap, line, &used);
            y = used.bottom() + 12.0 * dpi / 72;
        }
    }
    p.end();
    return bytes;
}

// The share of `reference`'s characters that `recognised` gets right: 1 - edit distance / length,
// both without white space.
inline double characterAccuracy(const QString &reference, const QString &recognised)
{
    QString a;
    QString b;
    for (QChar c : reference.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace())
            a += c;
    }
    for (QChar c : recognised.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace())
            b += c;
    }
    if (a.isEmpty())
        return b.isEmpty() ? 1.0 : 0.0;
    QList<int> prev(b.size() + 1);
    QList<int> cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(prev, cur);
    }
    return 1.0 - double(prev[b.size()]) / double(a.size());
}

} // namespace fixtures
