#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <QString>

#include <memory>

namespace plens {

// Renders the pages of one PDF on a worker thread, with a cache bounded in bytes, so a view can ask for
// what is visible without ever blocking the GUI thread. The document is loaded from memory (the
// original bytes a Document keeps), never from the file, and is not touched before it is unlocked.
//
// A view calls image() for each visible page; on a miss it gets a null image, the page is queued, and
// pageRendered() arrives later (queued to the renderer's thread). Requests are served newest first, and
// retain() drops queued pages that scrolled out of view, so fast scrolling through 500 pages renders
// only what stops on screen.
class PdfRenderer : public QObject
{
    Q_OBJECT
public:
    ~PdfRenderer() override;

    // `name` is used in error messages. A wrong or missing password gives an error.
    static Result<std::unique_ptr<PdfRenderer>> open(const QString &name, const QByteArray &bytes,
                                                     const QString &password = {});

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

private:
    struct Private;
    explicit PdfRenderer(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace plens
