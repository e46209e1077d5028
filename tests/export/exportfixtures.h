#pragma once
// Fixtures for the export tests: PDFs written by the test, text read back with pdftotext.

#include "export/exportfont.h"

#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace plens::test {

// A PDF of A4 pages, one list of lines per page, written at 72 dpi from 72 pt down with 24 pt
// between lines, in `family` (the export font by default, so its own text layer is right).
inline QByteArray makeTextPdf(const QList<QStringList> &pages, const QString &family = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    QFont font(family.isEmpty() ? ExportFont::family().value() : family);
    font.setPixelSize(14);
    p.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        for (qsizetype l = 0; l < pages.at(i).size(); ++l)
            p.drawText(QPointF(72, 72 + 24 * l), pages.at(i).at(l));
    }
    p.end();
    return bytes;
}

// The text pdftotext copies out of `pdf` (empty when pdftotext is not installed).
inline QString pdfToText(const QString &pdf, const QStringList &extra = {})
{
    QProcess proc;
    proc.start(QStringLiteral("pdftotext"),
               extra + QStringList {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!proc.waitForFinished(60000) || proc.exitCode() != 0)
        return {};
    return QString::fromUtf8(proc.readAllStandardOutput());
}

inline bool hasPdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// Text without any white space (pdftotext breaks lines where the layout does).
inline QString squeezed(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// Code points of the radical blocks found in `s`.
inline QString radicalsIn(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            out.append(c);
    return out;
}

} // namespace plens::test
