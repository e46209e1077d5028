#include "render/pagerenderer.h"

#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <list>
#include <thread>

namespace plens {

namespace {

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

struct PageRenderer::Private
{
    QList<QSizeF> sizes;
    std::unique_ptr<PageSource> owner; // for renderNow(), on the calling thread
    mutable QMutex ownerMutex;
    SourceFactory makeWorkerSource;

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

PageRenderer::PageRenderer(QList<QSizeF> sizes, std::unique_ptr<PageSource> owner, SourceFactory makeWorkerSource)
    : d(std::make_unique<Private>())
{
    d->sizes = std::move(sizes);
    d->owner = std::move(owner);
    d->makeWorkerSource = std::move(makeWorkerSource);
    d->worker = std::thread([this] {
        std::unique_ptr<PageSource> source = d->makeWorkerSource ? d->makeWorkerSource() : nullptr;
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
            QImage image = source ? source->render(k.page, k.width) : QImage();
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

PageRenderer::~PageRenderer()
{
    {
        QMutexLocker lock(&d->mutex);
        d->stop = true;
    }
    d->wake.wakeAll();
    d->worker.join();
}

int PageRenderer::pageCount() const
{
    return int(d->sizes.size());
}

QSizeF PageRenderer::pageSize(int page) const
{
    return d->sizes.value(page);
}

QList<QSizeF> PageRenderer::pageSizes() const
{
    return d->sizes;
}

QImage PageRenderer::image(int page, int widthPx)
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

void PageRenderer::retain(int first, int last)
{
    QMutexLocker lock(&d->mutex);
    d->queue.remove_if([&](const Key &k) { return k.page < first || k.page > last; });
}

QImage PageRenderer::renderNow(int page, int widthPx) const
{
    if (page < 0 || page >= pageCount() || widthPx <= 0 || !d->owner)
        return {};
    QMutexLocker lock(&d->ownerMutex);
    return d->owner->render(page, widthPx);
}

void PageRenderer::setCacheLimit(qint64 bytes)
{
    QMutexLocker lock(&d->mutex);
    d->limit = bytes;
    d->evict();
}

qint64 PageRenderer::cacheLimit() const
{
    QMutexLocker lock(&d->mutex);
    return d->limit;
}

qint64 PageRenderer::cachedBytes() const
{
    QMutexLocker lock(&d->mutex);
    return d->bytesCached;
}

} // namespace plens
