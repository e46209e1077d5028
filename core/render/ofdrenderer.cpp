#include "render/ofdrenderer.h"

#include "render/ofdpainter.h"

namespace plens {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

class OfdSource : public PageSource
{
public:
    explicit OfdSource(std::shared_ptr<const ofd::Package> package) : m_painter(std::move(package)) { }
    QImage render(int page, int widthPx) override { return m_painter.render(page, widthPx); }

private:
    ofd::PagePainter m_painter;
};

} // namespace

OfdRenderer::OfdRenderer(std::shared_ptr<const ofd::Package> package, QList<QSizeF> sizes)
    : PageRenderer(std::move(sizes), std::make_unique<OfdSource>(package),
                   [package] { return std::make_unique<OfdSource>(package); }),
      m_package(std::move(package))
{ }

Result<std::unique_ptr<OfdRenderer>> OfdRenderer::open(const QString &name, const QByteArray &bytes)
{
    auto package = ofd::readPackage(name, bytes);
    if (!package)
        return package.error();
    QList<QSizeF> sizes;
    for (const ofd::Page &p : package.value()->pages)
        sizes.append(p.box.size() * kPointsPerMm);
    return std::unique_ptr<OfdRenderer>(new OfdRenderer(std::move(package).value(), std::move(sizes)));
}

} // namespace plens
