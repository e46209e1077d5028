// Writes the files the Windows workflow checks an installed PolicyLens with (packagingfixtures.h):
//   packaging_fixtures OUT            OUT/gb18030.txt, OUT/cjk-no-embedded-font.pdf
//   packaging_fixtures --scan PNG PDF  PDF: an image-only page of PNG (a "scanned" page)
#include "packagingfixtures.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>

#include <cstdio>

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size())
        return true;
    std::fprintf(stderr, "packaging_fixtures: cannot write %s\n", qPrintable(path));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
#ifndef Q_OS_WIN
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv); // QPdfWriter
    const QStringList args = QCoreApplication::arguments().mid(1);
    using namespace plens::test;
    if (args.size() == 3 && args.first() == QLatin1String("--scan")) {
        const QImage page(args.at(1));
        if (page.isNull()) {
            std::fprintf(stderr, "packaging_fixtures: cannot read the image %s\n", qPrintable(args.at(1)));
            return 1;
        }
        return write(args.at(2), imageOnlyPdf(page)) ? 0 : 1;
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: packaging_fixtures OUT | packaging_fixtures --scan PNG PDF\n");
        return 2;
    }
    const QDir out(args.first());
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    const bool ok = write(out.filePath(QStringLiteral("gb18030.txt")), packagingTextGb18030())
        && write(out.filePath(QStringLiteral("cjk-no-embedded-font.pdf")),
                 cjkPdfWithoutEmbeddedFont(packagingText().split(u'\n', Qt::SkipEmptyParts)));
    return ok ? 0 : 1;
}
