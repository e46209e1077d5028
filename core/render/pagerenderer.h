#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QSizeF>

#include <functional>
#include <memory>

namespace plens {

// Draws the pages of one document into images. A renderer keeps one source per thread (a Poppler
// document, an OFD painter with its font and image caches), so a source is never shared between
// threads.
class PageSource
{
public:
    virtual ~PageSource() = default;
    // The page drawn `widthPx` pixels wide (height in proportion), or a null image on failure.
    virtual QImage render(int page, int widthPx) = 0;
};

// Renders the pages of a paged document (PDF, OFD) on a worker thread, with a cache bounded in bytes,
// so a view can ask for what is visible without ever blocking the GUI thread. Formats provide a
// PageSource; PdfRenderer and OfdRenderer open their formats and hand the sources over.
//
// A view calls image() for each visible page; on a miss it gets a null image, the page is queued, and
// pageRendered() arrives later (queued to the renderer's thread). Requests are served newest first, and
// retain() drops queued pages that scrolled out of view, so fast scrolling through 500 pages renders
// only what stops on screen.
class PageRenderer : public QObject
{
    Q_OBJECT
public:
    using SourceFactory = std::function<std::unique_ptr<PageSource>()>;

    ~PageRenderer() override;

    [[nodiscard]] int pageCount() const;
    [[nodiscard]] QSizeF pageSize(int page) const; // in points (1/72 inch)
    [[nodiscard]] QList<QSizeF> pageSizes() const;

    // The page rendered `widthPx` pixels wide, if cached; else a null image, and the page is queued.
    QImage image(int page, int widthPx);
    // Keeps only queued requests for pages in [first, last]; others are dropped (scrolled away).
    void retain(int first, int last);
    // Renders synchronously on the calling thread (exports, tests, benchmarks), bypassing the cache.
    [[nodiscard]] QImage renderNow(int page, int widthPx) const;

    void setCacheLimit(qint64 bytes);
    [[nodiscard]] qint64 cacheLimit() const;
    [[nodiscard]] qint64 cachedBytes() const;

signals:
    void pageRendered(int page, int widthPx);

protected:
    // `sizes` in points; `owner` serves renderNow(); `makeWorkerSource` is called once, on the worker
    // thread, to make the source that thread draws with.
    PageRenderer(QList<QSizeF> sizes, std::unique_ptr<PageSource> owner, SourceFactory makeWorkerSource);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace plens
