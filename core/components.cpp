#include "components.h"

#include "ocr/ocr.h"

#include <xlsxwriter.h>
#include <zip.h>

#include <QtGlobal>

namespace plens {

QList<Component> thirdPartyComponents()
{
    QList<Component> list = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("Poppler"), popplerVersion(), QStringLiteral("GPL-2.0-or-later"),
         QStringLiteral("https://poppler.freedesktop.org/")},
        {QStringLiteral("SQLite"), sqliteVersion(), QStringLiteral("blessing (public domain)"),
         QStringLiteral("https://www.sqlite.org/")},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version()), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://libzip.org/")},
        {QStringLiteral("gumbo"), QStringLiteral(PLENS_GUMBO_VERSION), QStringLiteral("Apache-2.0"),
         QStringLiteral("https://github.com/google/gumbo-parser")},
        {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://libxlsxwriter.github.io/")},
    };
    // Text recognition, in builds that have it.
    if (const QString tesseract = ocr::tesseractVersion(); !tesseract.isEmpty())
        list.append({QStringLiteral("Tesseract"), tesseract, QStringLiteral("Apache-2.0"),
                     QStringLiteral("https://github.com/tesseract-ocr/tesseract")});
    return list;
}

} // namespace plens
