#include "render/pdfrenderer.h"
#include "import/pdfquiet.h"

#include <poppler-qt6.h>

#include <QCoreApplication>

namespace plens {

namespace {

std::unique_ptr<Poppler::Document> load(const QByteArray &bytes, const QString &password)
{
    const QByteArray pw = password.toUtf8();
    detail::quietPoppler();
    auto doc = Poppler::Document::loadFromData(bytes, pw, pw);
    if (doc && !doc->isLocked()) {
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        doc->setRenderHint(Poppler::Document::TextHinting);
    }
    return doc;
}

// One Poppler document per thread: Poppler documents are not shared across threads.
class PdfSource : public PageSource
{
public:
    explicit PdfSource(std::unique_ptr<Poppler::Document> doc) : m_doc(std::move(doc)) { }

    QImage render(int page, int widthPx) override
    {
        if (!m_doc || m_doc->isLocked())
            return {};
        const auto p = m_doc->page(page);
        if (!p)
            return {};
        const QSizeF pts = p->pageSizeF();
        if (pts.width() <= 0)
            return {};
        const double dpi = 72.0 * widthPx / pts.width();
        return p->renderToImage(dpi, dpi);
    }

private:
    std::unique_ptr<Poppler::Document> m_doc;
};

} // namespace

Result<std::unique_ptr<PdfRenderer>> PdfRenderer::open(const QString &name, const QByteArray &bytes,
                                                       const QString &password)
{
    auto doc = load(bytes, password);
    if (!doc)
        return Error {name, QCoreApplication::translate("plens::PdfRenderer", "not a readable PDF file")};
    if (doc->isLocked()) {
        return Error {name,
                      password.isEmpty()
                          ? QCoreApplication::translate("plens::PdfRenderer", "the PDF is protected by a password")
                          : QCoreApplication::translate("plens::PdfRenderer", "the password is not correct")};
    }
    const int n = doc->numPages();
    if (n <= 0)
        return Error {name, QCoreApplication::translate("plens::PdfRenderer", "the PDF has no pages")};
    QList<QSizeF> sizes;
    sizes.reserve(n);
    for (int i = 0; i < n; ++i) {
        const auto page = doc->page(i);
        sizes.append(page ? page->pageSizeF() : QSizeF(595, 842));
    }
    return std::unique_ptr<PdfRenderer>(
        new PdfRenderer(std::move(sizes), std::make_unique<PdfSource>(std::move(doc)),
                        [bytes, password] { return std::make_unique<PdfSource>(load(bytes, password)); }));
}

} // namespace plens
