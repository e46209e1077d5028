#pragma once

#include "import/ofdpackage.h"

#include <QImage>
#include <QRawFont>
#include <QStringList>

#include <functional>
#include <memory>

class QPainter;

namespace plens::ofd {

// Paints the pages of an OFD package with QPainter: templates, layers (text with the embedded fonts
// or installed substitutes, paths, images, composite objects, clips, transparency), visible annotation
// appearances (watermarks, stamps) and the pictures of electronic seals. It keeps decoded images and
// fonts, so use one painter per thread. Text needs a QGuiApplication (fonts).
class PagePainter
{
public:
    struct Options
    {
        // When set, text in fonts that are not embedded (and characters an embedded font lacks) is
        // drawn with this family (a PDF export passes ExportFont's, whose characters copy out of the
        // PDF correctly); else with an installed look-alike of the named font.
        QString substituteFamily;
        // Called once per embedded font that loads; returns the font to draw with instead (a PDF export
        // registers a copy with the font database, which PDF writers need to embed it as text).
        std::function<QRawFont(const QRawFont &embedded)> prepareEmbeddedFont;
    };

    explicit PagePainter(std::shared_ptr<const Package> package, Options options = {});
    ~PagePainter();
    PagePainter(const PagePainter &) = delete;
    PagePainter &operator=(const PagePainter &) = delete;

    [[nodiscard]] const Package &package() const;

    // Paints page `page` with `painter`, whose transform maps the page's millimetres (origin at its
    // top-left corner) to the device. The background is not filled.
    void paint(QPainter &painter, int page);

    // The page on white, `widthPx` pixels wide.
    [[nodiscard]] QImage render(int page, int widthPx);

    // What could not be drawn so far (an image format without a decoder, a font that did not load).
    [[nodiscard]] QStringList problems() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace plens::ofd
