#pragma once
// An OFD document (GB/T 33190) written by the tests: two A4 pages, a template with a red header that
// both pages use, text objects whose DeltaX use the "g" repeat syntax, a path, a picture, and an
// electronic seal (Signs) whose picture sits on page 2. The sentences are the tests' own.

#include "import/fixtures.h"

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QString>

namespace ofdfixture {

inline constexpr double kPageW = 210;
inline constexpr double kPageH = 297;

// What the pages say, line by line (x, baseline y, size in mm).
struct TextLine
{
    int page;
    double x;
    double y;
    double size;
    QString text;
    bool onTemplate = false;
};

inline QList<TextLine> lines()
{
    return {
        {0, 40, 35, 9, QStringLiteral("江北市人民政府办公室文件"), true},
        {0, 42, 62, 7.5, QStringLiteral("关于推进社区养老服务示范点建设的通知")},
        {0, 25, 80, 5.6, QStringLiteral("各区人民政府：")},
        {0, 36.2, 92, 5.6, QStringLiteral("到2026年，全市建成社区养老服务示范点120个，城市社区")},
        {0, 25, 103, 5.6, QStringLiteral("养老服务覆盖率达到85%以上。")},
        {1, 36.2, 60, 5.6, QStringLiteral("各单位要按照本通知要求抓好落实。")},
        {1, 120, 150, 5.6, QStringLiteral("江北市人民政府办公室")},
        {1, 124, 161, 5.6, QStringLiteral("2024年3月5日")},
    };
}

inline bool wide(QChar c)
{
    return c.unicode() >= 0x2E80;
}

// Advances: ideographs a full em, the rest half.
inline QList<double> advances(const QString &text, double size)
{
    QList<double> out;
    for (QChar c : text)
        out.append(wide(c) ? size : size / 2);
    return out;
}

// DeltaX for `text`, runs of equal steps written with the "g" syntax ("g 5 5.6 2.8 2.8").
inline QByteArray deltaX(const QString &text, double size)
{
    const QList<double> adv = advances(text, size);
    QList<double> steps = adv.mid(0, adv.size() - 1);
    QByteArray out;
    for (qsizetype i = 0; i < steps.size();) {
        qsizetype j = i;
        while (j < steps.size() && steps.at(j) == steps.at(i))
            ++j;
        if (!out.isEmpty())
            out += ' ';
        if (j - i >= 3)
            out += "g " + QByteArray::number(j - i) + ' ' + QByteArray::number(steps.at(i));
        else
            for (qsizetype k = i; k < j; ++k)
                out += (k > i ? " " : "") + QByteArray::number(steps.at(k));
        i = j;
    }
    return out;
}

inline double width(const QString &text, double size)
{
    double w = 0;
    for (double a : advances(text, size))
        w += a;
    return w;
}

// A TextObject whose baseline starts at (x, y) on the page: Boundary at (x, y - size), TextCode at
// (0, size) in it.
inline QByteArray textObject(int id, const TextLine &l, const QByteArray &fill = {})
{
    const QByteArray box = QByteArray::number(l.x) + ' ' + QByteArray::number(l.y - l.size) + ' '
        + QByteArray::number(width(l.text, l.size) + 1) + ' ' + QByteArray::number(l.size * 1.3);
    QByteArray o = "<ofd:TextObject ID=\"" + QByteArray::number(id) + "\" Boundary=\"" + box + "\" Font=\"3\" Size=\""
        + QByteArray::number(l.size) + "\">";
    if (!fill.isEmpty())
        o += "<ofd:FillColor Value=\"" + fill + "\"/>";
    o += "<ofd:TextCode X=\"0\" Y=\"" + QByteArray::number(l.size) + "\"";
    if (l.text.size() > 1)
        o += " DeltaX=\"" + deltaX(l.text, l.size) + "\"";
    o += '>' + l.text.toUtf8() + "</ofd:TextCode></ofd:TextObject>";
    return o;
}

inline QByteArray png(const QColor &color, bool circle)
{
    QImage img(64, 64, QImage::Format_ARGB32);
    img.fill(circle ? Qt::white : color);
    if (circle) {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, 5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(4, 4, 56, 56));
        p.setBrush(color);
        p.drawEllipse(QRectF(24, 24, 16, 16));
    }
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return bytes;
}

// Where the seal and the picture go (mm on page 2).
inline QRectF sealBox()
{
    return {115, 125, 40, 40};
}
inline QRectF pictureBox()
{
    return {25, 200, 30, 30};
}

struct Options
{
    bool withSeal = true;
    bool withContent2 = true; // false: page 2's Content.xml is missing
    QByteArray page1Override; // replaces page 1's Content.xml
};

inline QList<std::pair<QByteArray, QByteArray>> parts(const Options &opt = {})
{
    const QByteArray ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
    QByteArray ofdXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + ns
        + " DocType=\"OFD\" Version=\"1.0\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>fixture-1</ofd:DocID>"
          "<ofd:Title>社区养老服务示范点建设</ofd:Title><ofd:Author>测试作者</ofd:Author>"
          "<ofd:CreationDate>2024-3-5</ofd:CreationDate><ofd:ModDate>2024-03-06</ofd:ModDate></ofd:DocInfo>"
          "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>";
    if (opt.withSeal)
        ofdXml += "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>";
    ofdXml += "</ofd:DocBody></ofd:OFD>";

    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + ns
        + "><ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 "
          "297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
          "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes><ofd:TemplatePage ID=\"50\" "
          "BaseLoc=\"Tpls/Tpl_0/Content.xml\"/></ofd:CommonData><ofd:Pages><ofd:Page ID=\"10\" "
          "BaseLoc=\"Pages/Page_0/Content.xml\"/><ofd:Page ID=\"20\" "
          "BaseLoc=\"Pages/Page_1/Content.xml\"/></ofd:Pages></ofd:Document>";
    const QByteArray publicRes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res " + ns
        + " BaseLoc=\"Res\"><ofd:Fonts><ofd:Font ID=\"3\" FontName=\"宋体\" "
          "FamilyName=\"宋体\"/></ofd:Fonts></ofd:Res>";
    const QByteArray documentRes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res " + ns
        + " BaseLoc=\"Res\"><ofd:MultiMedias><ofd:MultiMedia ID=\"4\" "
          "Type=\"Image\"><ofd:MediaFile>picture.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>";

    const QList<TextLine> all = lines();
    int id = 100;
    QByteArray tpl
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + ns + "><ofd:Content><ofd:Layer ID=\"51\">";
    for (const TextLine &l : all)
        if (l.onTemplate)
            tpl += textObject(id++, l, "200 0 0");
    // The red rule under the header.
    tpl += "<ofd:PathObject ID=\"52\" Boundary=\"25 42 160 1\" Stroke=\"false\" Fill=\"true\"><ofd:FillColor "
           "Value=\"200 0 0\"/><ofd:AbbreviatedData>M 0 0 L 160 0 L 160 0.8 L 0 0.8 C</ofd:AbbreviatedData>"
           "</ofd:PathObject></ofd:Layer></ofd:Content></ofd:Page>";

    QByteArray pages[2];
    for (int p = 0; p < 2; ++p) {
        pages[p] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + ns
            + "><ofd:Template TemplateID=\"50\" ZOrder=\"Background\"/><ofd:Content><ofd:Layer ID=\""
            + QByteArray::number(60 + p) + "\">";
        for (const TextLine &l : all)
            if (l.page == p && !l.onTemplate)
                pages[p] += textObject(id++, l);
        if (p == 1) {
            const QRectF b = pictureBox();
            pages[p] += "<ofd:ImageObject ID=\"" + QByteArray::number(id++) + "\" ResourceID=\"4\" Boundary=\""
                + QByteArray::number(b.x()) + ' ' + QByteArray::number(b.y()) + ' ' + QByteArray::number(b.width())
                + ' ' + QByteArray::number(b.height()) + "\" CTM=\"" + QByteArray::number(b.width()) + " 0 0 "
                + QByteArray::number(b.height()) + " 0 0\"/>";
        }
        pages[p] += "</ofd:Layer></ofd:Content></ofd:Page>";
    }

    QList<std::pair<QByteArray, QByteArray>> files = {
        {"OFD.xml", ofdXml},
        {"Doc_0/Document.xml", document},
        {"Doc_0/PublicRes.xml", publicRes},
        {"Doc_0/DocumentRes.xml", documentRes},
        {"Doc_0/Res/picture.png", png(QColor(0, 0, 220), false)},
        {"Doc_0/Tpls/Tpl_0/Content.xml", tpl},
        {"Doc_0/Pages/Page_0/Content.xml", opt.page1Override.isEmpty() ? pages[0] : opt.page1Override},
    };
    if (opt.withContent2)
        files.append({"Doc_0/Pages/Page_1/Content.xml", pages[1]});
    if (opt.withSeal) {
        const QRectF s = sealBox();
        files.append({"Doc_0/Signs/Signatures.xml",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signatures " + ns
                          + "><ofd:MaxSignId>1</ofd:MaxSignId><ofd:Signature ID=\"1\" Type=\"Seal\" "
                            "BaseLoc=\"/Doc_0/Signs/Sign_0/Signature.xml\"/></ofd:Signatures>"});
        files.append({"Doc_0/Signs/Sign_0/Signature.xml",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signature " + ns
                          + "><ofd:SignedInfo><ofd:Provider ProviderName=\"fixture_seal\" Company=\"test\"/>"
                            "<ofd:SignatureMethod>1.2.156.10197.1.501</ofd:SignatureMethod>"
                            "<ofd:SignatureDateTime>20240305080000Z</ofd:SignatureDateTime>"
                            "<ofd:StampAnnot ID=\"1\" PageRef=\"20\" Boundary=\""
                          + QByteArray::number(s.x()) + ' ' + QByteArray::number(s.y()) + ' '
                          + QByteArray::number(s.width()) + ' ' + QByteArray::number(s.height())
                          + "\"/></ofd:SignedInfo><ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>"});
        // A stand-in for SES_Signature (DER): a SEQUENCE whose OCTET STRING holds the seal's picture.
        const QByteArray picture = png(QColor(220, 0, 0), true);
        const auto derLength = [](qsizetype n) {
            QByteArray l;
            l.append(char(0x82));
            l.append(char((n >> 8) & 0xFF));
            l.append(char(n & 0xFF));
            return l;
        };
        const QByteArray octet = QByteArray(1, char(0x04)) + derLength(picture.size()) + picture;
        const QByteArray tail = QByteArray(1, char(0x03)) + QByteArray(1, char(5)) + QByteArray(5, '\x11');
        files.append({"Doc_0/Signs/Sign_0/SignedValue.dat",
                      QByteArray(1, char(0x30)) + derLength(octet.size() + tail.size()) + octet + tail});
    }
    return files;
}

inline QByteArray ofd(const Options &opt = {})
{
    return fixtures::zipArchive(parts(opt));
}

} // namespace ofdfixture
