#pragma once
// What an officer's machine must read, made by the tests (the Linux suite and the Windows workflow use
// the same files): a GB18030 text, a Chinese PDF whose font is not embedded (the reader needs
// poppler-data's CMaps and a system CJK font to show it), and a scanned page (an image-only PDF).

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace plens::test {

// The sentences of the fixtures (written for PolicyLens).
inline QString packagingText()
{
    return QStringLiteral("示例市数字经济发展行动方案\n到2025年，全市建成5G基站超2万个，数据中心标准机架达到3万架。\n"
                          "截至2022年底，已建成5G基站1.2万个。\n");
}

// packagingText() in GB18030 (the bytes Python's gb18030 codec gives; a Qt without ICU, as on Windows,
// has no GB18030 encoder to make them).
inline QByteArray packagingTextGb18030()
{
    return QByteArray::fromHex(
        "cabec0fdcad0cafdd7d6beadbcc3b7a2d5b9d0d0b6afb7bdb0b80ab5bd32303235c4eaa3acc8abcad0bda8b3c93547bbf9d5beb3ac32cd"
        "f2b8f6a3accafdbeddd6d0d0c4b1ead7bcbbfabcdcb4efb5bd33cdf2bcdca1a30abdd8d6c132303232c4eab5d7a3acd2d1bda8b3c93547"
        "bbf9d5be312e32cdf2b8f6a1a30a");
}

// A one-page PDF showing `lines` in STSong-Light, a CJK font every PDF reader is expected to have and
// that is therefore never embedded: the text is UCS-2 codes through the UniGB-UCS2-H CMap (Adobe-GB1),
// which Poppler reads from poppler-data, and the glyphs come from a system font.
inline QByteArray cjkPdfWithoutEmbeddedFont(const QStringList &lines)
{
    QByteArray content = "BT /F1 20 Tf 60 780 Td 28 TL\n";
    for (const QString &line : lines) {
        QByteArray hex;
        for (QChar c : line)
            hex += QByteArray::number(c.unicode() | 0x10000, 16).mid(1);
        content += "<" + hex.toUpper() + "> Tj T*\n";
    }
    content += "ET\n";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R "
        ">>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering "
        "(GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>",
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    };
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A "scanned" page: an A4 PDF holding only `image` (no text layer).
inline QByteArray imageOnlyPdf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    const QRect page(0, 0, writer.width(), writer.height());
    p.drawImage(page, image.scaled(page.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    p.end();
    return bytes;
}

} // namespace plens::test
