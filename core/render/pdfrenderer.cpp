#include "render/pdfrenderer.h"
#include "import/pdfquiet.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <list>
#include <thread>

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

QImage renderPage(const Poppler::Document &doc, int page, int widthPx)
{
    const auto p = doc.page(page);
    if (!p)
        return {};
    const QSizeF pts = p->pageSizeF();
    if (pts.width() <= 0)
        return {};
    const double dpi = 72.0 * widthPx / pts.width();
    return p->renderToImage(dpi, dpi);
}

struct Key
{
    int page;
    int width;
    friend bool operator==(const Key &, const Key &) = default;
};

size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.page, k.width);
}

} // namespace

struct PdfRenderer::Private
{
    QString name;
    QByteArray bytes;
    QString password;
    std::unique_ptr<Poppler::Document> doc; // for page sizes and renderNow(), on the owner's thread
    QList<QSizeF> sizes;

    mutable QMutex mutex;
    QWaitCondition wake;
    std::list<Key> queue; // newest at the front
    std::list<Key> lru; // most recently used at the front
    QHash<Key, QImage> cache;
    qint64 bytesCached = 0;
    qint64 limit = 256LL * 1024 * 1024;
    bool stop = false;
    std::thread worker;

    void evict() // with mutex held
    {
        while (bytesCached > limit && lru.size() > 1) { // the newest page stays, however big
            const Key k = lru.back();
            lru.pop_back();
            bytesCached -= cache.take(k).sizeInBytes();
        }
    }
};

PdfRenderer::PdfRenderer(std::unique_ptr<Private> p) : d(std::move(p))
{
    // The worker thread has a document of its own: Poppler documents are not shared across threads.
    d->worker = std::thread([this] {
        auto doc = load(d->bytes, d->password);
        for (;;) {
            Key k {};
            {
                QMutexLocker lock(&d->mutex);
                while (!d->stop && d->queue.empty())
                    d->wake.wait(&d->mutex);
                if (d->stop)
                    return;
                k = d->queue.front();
                d->queue.pop_front();
                if (d->cache.contains(k))
                    continue;
            }
            QImage image = doc ? renderPage(*doc, k.page, k.width) : QImage();
            if (image.isNull())
                continue;
            {
                QMutexLocker lock(&d->mutex);
                if (d->stop)
                    return;
                d->bytesCached += image.sizeInBytes();
                d->cache.insert(k, std::move(image));
                d->lru.push_front(k);
                d->evict();
            }
            QMetaObject::invokeMethod(
                this, [this, k] { emit pageRendered(k.page, k.width); }, Qt::QueuedConnection);
        }
    });
}

PdfRenderer::~PdfRenderer()
{
    {
        QMutexLocker lock(&d->mutex);
        d->stop = true;
    }
    d->wake.wakeAll();
    d->worker.join();
}

Result<std::unique_ptr<PdfRenderer>> PdfRenderer::open(const QString &name, const QByteArray &bytes,
                                                       const QString &password)
{
    auto p = std::make_unique<Private>();
    p->name = name;
    p->bytes = bytes;
    p->password = password;
    p->doc = load(bytes, password);
    if (!p->doc)
        return Error {name, QCoreApplication::translate("plens::PdfRenderer", "not a readable PDF file")};
    if (p->doc->isLocked()) {
        return Error {name,
                      password.isEmpty()
                          ? QCoreApplication::translate("plens::PdfRenderer", "the PDF is protected by a password")
                          : QCoreApplication::translate("plens::PdfRenderer", "the password is not correct")};
    }
    const int n = p->doc->numPages();
    if (n <= 0)
        return Error {name, QCoreApplication::translate("plens::PdfRenderer", "the PDF has no pages")};
    p->sizes.reserve(n);
    for (int i = 0; i < n; ++i) {
        const auto page = p->doc->page(i);
        p->sizes.append(page ? page->pageSizeF() : QSizeF(595, 842));
    }
    return std::unique_ptr<PdfRenderer>(new PdfRenderer(std::move(p)));
}

int PdfRenderer::pageCount() const
{
    return int(d->sizes.size());
}

QSizeF PdfRenderer::pageSize(int page) const
{
    return d->sizes.value(page);
}

QList<QSizeF> PdfRenderer::pageSizes() const
{
    return d->sizes;
}

QImage PdfRenderer::image(int page, int widthPx)
{
    if (page < 0 || page >= pageCount() || widthPx <= 0)
        return {};
    const Key k {page, widthPx};
    QMutexLocker lock(&d->mutex);
    const auto it = d->cache.constFind(k);
    if (it != d->cache.constEnd()) {
        d->lru.remove(k);
        d->lru.push_front(k);
        return *it;
    }
    d->queue.remove(k);
    d->queue.push_front(k);
    d->wake.wakeOne();
    return {};
}

void PdfRenderer::retain(int first, int last)
{
    QMutexLocker lock(&d->mutex);
    d->queue.remove_if([&](const Key &k) { return k.page < first || k.page > last; });
}

QImage PdfRenderer::renderNow(int page, int widthPx) const
{
    if (page < 0 || page >= pageCount() || widthPx <= 0)
        return {};
    return renderPage(*d->doc, page, widthPx);
}

void PdfRenderer::setCacheLimit(qint64 bytes)
{
    QMutexLocker lock(&d->mutex);
    d->limit = bytes;
    d->evict();
}

qint64 PdfRenderer::cacheLimit() const
{
    QMutexLocker lock(&d->mutex);
    return d->limit;
}

qint64 PdfRenderer::cachedBytes() const
{
    QMutexLocker lock(&d->mutex);
    return d->bytesCached;
}

} // namespace plens
