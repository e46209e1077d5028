// Annotated PDF from an OFD source: its pages drawn by the OFD painter through QPdfWriter (text stays
// text, in the embedded fonts or the export font), then highlighted exactly like a PDF source. The
// pages keep the OFD's size, so the document's page-relative character boxes place the highlights.
#include "export/annotatedpdf_p.h"
#include "export/export.h"
#include "export/exportfont.h"
#include "render/ofdpainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QScopeGuard>

#include <atomic>

namespace plens {

Result<ExportSummary> exportOfdSource(const ExportRequest &request, const QString &outPath,
                                      const ExportProgress &progress)
{
    const Document &doc = request.document;
    if (doc.format != SourceFormat::Ofd)
        return Error {doc.fileName, QCoreApplication::translate("plens::export", "not an OFD document")};
    if (doc.originalBytes.isEmpty())
        return Error {doc.fileName,
                      QCoreApplication::translate(
                          "plens::export", "the original file is not in the workspace; import it again to export it")};
    auto package = ofd::readPackage(doc.fileName, doc.originalBytes);
    if (!package)
        return package.error();
    const int pages = int(package.value()->pages.size());
    // Half of the progress is drawing the pages, half is highlighting them.
    const int total = 2 * pages;
    const auto step = [&](int done) {
        return !progress || progress(done, total);
    };

    ofd::PagePainter::Options options;
    if (const auto family = ExportFont::family(); family.ok())
        options.substituteFamily = family.value();
    // The PDF writer embeds only fonts the font database knows (others become outlines, whose text
    // cannot be copied): each embedded OFD font goes in as a renamed copy with a clean cmap, and
    // leaves again when the export is done.
    QList<int> registered;
    const auto unregister = qScopeGuard([&] {
        for (int id : std::as_const(registered))
            QFontDatabase::removeApplicationFont(id);
    });
    options.prepareEmbeddedFont = [&](const QRawFont &raw) {
        static std::atomic<int> serial {0};
        const QString family = QStringLiteral("PolicyLens OFD %1").arg(++serial);
        const QByteArray face = ExportFont::exportFace(raw, family, QStringLiteral("Regular"));
        const int id = face.isEmpty() ? -1 : QFontDatabase::addApplicationFontFromData(face);
        if (id < 0)
            return raw;
        registered.append(id);
        QFont f(family);
        f.setHintingPreference(QFont::PreferNoHinting);
        f.setStyleStrategy(QFont::NoFontMerging);
        const QRawFont copy = QRawFont::fromFont(f);
        return copy.isValid() && copy.familyName() == family ? copy : raw;
    };
    ofd::PagePainter painter(package.value(), options);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("PolicyLens"));
        writer.setTitle(doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title);
        writer.setResolution(600);
        QPainter p;
        for (int i = 0; i < pages; ++i) {
            const QSizeF mm = package.value()->pageSizeMm(i);
            writer.setPageSize(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
            writer.setPageMargins({});
            if (i == 0) {
                if (!p.begin(&writer))
                    return Error {outPath, QCoreApplication::translate("plens::export", "the PDF cannot be written")};
            } else {
                writer.newPage();
            }
            p.save();
            p.scale(writer.width() / mm.width(), writer.height() / mm.height());
            painter.paint(p, i);
            p.restore();
            if (!step(i + 1))
                return Error {outPath, QCoreApplication::translate("plens::export", "export cancelled")};
        }
        p.end();
    }
    return annotatePdf(request, pdf, outPath,
                       [&](int done, int of) { return step(pages + (of > 0 ? done * pages / of : pages)); });
}

} // namespace plens
