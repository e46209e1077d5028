// plens_icons: renders the application icon (SVG) to the PNG sizes of the hicolor theme and to a
// Windows .ico (PNG-compressed entries, readable by Windows Vista and later). Runs at build time.
//   plens_icons ICON.svg OUTDIR BASENAME
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

constexpr int sizes[] = { 16, 24, 32, 48, 64, 128, 256 };

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    svg.render(&p);
    return image;
}

void put16(QByteArray &b, quint16 v)
{
    v = qToLittleEndian(v);
    b.append(reinterpret_cast<const char *>(&v), 2);
}

void put32(QByteArray &b, quint32 v)
{
    v = qToLittleEndian(v);
    b.append(reinterpret_cast<const char *>(&v), 4);
}

// ICONDIR, one ICONDIRENTRY per image, then the PNG data of each.
QByteArray icoFile(const QList<QByteArray> &pngs, const QList<int> &dims)
{
    QByteArray ico;
    put16(ico, 0);
    put16(ico, 1);
    put16(ico, quint16(pngs.size()));
    quint32 offset = 6 + 16 * quint32(pngs.size());
    for (qsizetype i = 0; i < pngs.size(); ++i) {
        const int d = dims.at(i);
        ico.append(char(d >= 256 ? 0 : d));
        ico.append(char(d >= 256 ? 0 : d));
        ico.append(char(0)); // no palette
        ico.append(char(0)); // reserved
        put16(ico, 1); // colour planes
        put16(ico, 32); // bits per pixel
        put32(ico, quint32(pngs.at(i).size()));
        put32(ico, offset);
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &png : pngs)
        ico.append(png);
    return ico;
}

bool write(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        std::fprintf(stderr, "plens_icons: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: plens_icons ICON.svg OUTDIR BASENAME\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "plens_icons: %s is not a valid SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    if (!QDir().mkpath(out.path()))
        return 1;
    QList<QByteArray> pngs;
    QList<int> dims;
    for (const int size : sizes) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!render(svg, size).save(&buffer, "PNG"))
            return 1;
        if (!write(out.filePath(QStringLiteral("%1-%2.png").arg(args.at(3)).arg(size)), png))
            return 1;
        pngs.append(png);
        dims.append(size);
    }
    return write(out.filePath(args.at(3) + QStringLiteral(".ico")), icoFile(pngs, dims)) ? 0 : 1;
}
