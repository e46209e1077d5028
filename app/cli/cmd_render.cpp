// policylens-cli render FILE --page N --out PAGE.png [--dpi D] [--password P]: draws one page of a PDF
// as PolicyLens shows it (Poppler, with poppler-data for fonts that are not embedded) and says how much
// of it is ink, so a script can tell a page that rendered from a blank one (the Windows installer's
// check that Chinese PDFs without embedded fonts render).
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "render/pdfrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QSaveFile>

namespace plens::cli {

namespace {

// The share of pixels that are not (nearly) white.
double inkShare(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(line[x]) < 200)
                ++ink;
        }
    }
    const qint64 all = qint64(rgb.width()) * rgb.height();
    return all ? double(ink) / double(all) : 0.0;
}

} // namespace

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("plens::cli", "the page to draw (from 1)"),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("plens::cli", "the PNG file to write"),
                                       QStringLiteral("file"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), QCoreApplication::translate("plens::cli", "resolution"),
                                 QStringLiteral("dpi"), QStringLiteral("150"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QCoreApplication::translate("plens::cli", "password of an encrypted PDF"),
                                      QStringLiteral("password"));
    parser.addOptions({page, outOption, dpi, password});
    if (!parser.parse(QStringList {QStringLiteral("render")} + args))
        return usageError(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("plens::cli", "render takes exactly one FILE"));
    if (!parser.isSet(outOption))
        return usageError(QCoreApplication::translate("plens::cli", "render needs --out PAGE.png"));
    bool ok = false;
    const int number = parser.value(page).toInt(&ok);
    if (!ok || number < 1)
        return usageError(QCoreApplication::translate("plens::cli", "--page needs a page number from 1"));
    const int resolution = parser.value(dpi).toInt(&ok);
    if (!ok || resolution < 10 || resolution > 1200)
        return usageError(QCoreApplication::translate("plens::cli", "--dpi needs a resolution from 10 to 1200"));

    const QString file = files.first();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(
            Error {file, QCoreApplication::translate("plens::cli", "cannot read the file: %1").arg(in.errorString())});
    const QByteArray bytes = in.readAll();
    if (!bytes.left(1024).contains("%PDF-"))
        return fail(Error {file, QCoreApplication::translate("plens::cli", "not a PDF file (render draws PDF pages)")});
    auto renderer = PdfRenderer::open(file, bytes, parser.value(password));
    if (!renderer)
        return fail(renderer.error());
    const int pages = (*renderer)->pageCount();
    if (number > pages)
        return fail(Error {
            file,
            QCoreApplication::translate("plens::cli", "there is no page %1 (the PDF has %2)").arg(number).arg(pages)});
    const QSizeF size = (*renderer)->pageSize(number - 1);
    const int width = std::max(1, qRound(size.width() / 72.0 * resolution));
    const QImage image = (*renderer)->renderNow(number - 1, width);
    if (image.isNull())
        return fail(Error {file, QCoreApplication::translate("plens::cli", "page %1 cannot be drawn").arg(number)});
    const QString target = parser.value(outOption);
    QSaveFile png(target);
    if (!png.open(QIODevice::WriteOnly) || !image.save(&png, "PNG") || !png.commit())
        return fail(Error {
            target, QCoreApplication::translate("plens::cli", "cannot write the image: %1").arg(png.errorString())});
    out() << target << ": "
          << QCoreApplication::translate("plens::cli", "page %1 of %2, %3 × %4 px, ink %5%")
                 .arg(number)
                 .arg(pages)
                 .arg(image.width())
                 .arg(image.height())
                 .arg(inkShare(image) * 100, 0, 'f', 2)
          << Qt::endl;
    return Success;
}

} // namespace plens::cli
