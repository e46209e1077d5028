// OFD page painting with QPainter. Every object is drawn in its own space: the painter's transform is
// the object's CTM, then its boundary's origin, then the parent's transform (GB/T 33190 8.x), so text
// positions, path coordinates and the image unit square are used exactly as written.
#include "render/ofdpainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QHash>
#include <QPainter>
#include <QRawFont>

#include <algorithm>
#include <cmath>

namespace plens::ofd {

namespace {

constexpr double kDefaultLineWidth = 0.353; // mm, GB/T 33190's default
constexpr int kMaxPaintDepth = 64; // blocks and composites within each other (a composite may name itself)

// Installed families that look like a font named in an OFD, best first. Official documents use a
// handful of Chinese faces (仿宋_GB2312, 宋体, 黑体, 楷体, 方正小标宋) and a few Latin ones.
QStringList lookAlikes(const QString &name, bool *serif)
{
    const QString n = name.toLower();
    const auto has = [&](std::initializer_list<const char16_t *> words) {
        return std::any_of(words.begin(), words.end(), [&](const char16_t *w) { return n.contains(QStringView(w)); });
    };
    *serif = true;
    if (has({u"黑", u"hei", u"雅黑", u"yahei", u"gothic", u"sans", u"arial", u"helvetica", u"等线", u"dengxian"})) {
        *serif = false;
        return {QStringLiteral("SimHei"),
                QStringLiteral("Microsoft YaHei"),
                QStringLiteral("Noto Sans CJK SC"),
                QStringLiteral("Source Han Sans SC"),
                QStringLiteral("WenQuanYi Micro Hei"),
                QStringLiteral("Arial"),
                QStringLiteral("Liberation Sans"),
                QStringLiteral("DejaVu Sans")};
    }
    if (has({u"仿宋", u"fangsong", u"fang song"}))
        return {
            QStringLiteral("FangSong"),   QStringLiteral("FangSong_GB2312"),   QStringLiteral("仿宋"),
            QStringLiteral("STFangsong"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC")};
    if (has({u"楷", u"kai"}))
        return {QStringLiteral("KaiTi"),   QStringLiteral("KaiTi_GB2312"),  QStringLiteral("楷体"),
                QStringLiteral("STKaiti"), QStringLiteral("AR PL UKai CN"), QStringLiteral("Noto Serif CJK SC")};
    if (has({u"courier", u"mono", u"consolas"})) {
        *serif = false;
        return {QStringLiteral("Courier New"), QStringLiteral("Liberation Mono"), QStringLiteral("DejaVu Sans Mono"),
                QStringLiteral("Noto Sans Mono CJK SC")};
    }
    if (has({u"times", u"roman", u"georgia", u"cambria"}))
        return {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif"),
                QStringLiteral("Noto Serif CJK SC")};
    // 宋体, 标宋, Song, Ming and anything unknown: a Song (Ming) face.
    return {QStringLiteral("SimSun"),        QStringLiteral("NSimSun"),           QStringLiteral("宋体"),
            QStringLiteral("STSong"),        QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
            QStringLiteral("AR PL UMing CN")};
}

QString installed(const QStringList &candidates)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &c : candidates)
        if (families.contains(c, Qt::CaseInsensitive))
            return c;
    return {};
}

// The installed CJK face of the right style, for characters the chosen font lacks.
QString cjkFallback(bool serif)
{
    const QString f
        = installed(serif ? QStringList {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                                         QStringLiteral("SimSun"), QStringLiteral("AR PL UMing CN")}
                          : QStringList {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                         QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei")});
    if (!f.isEmpty())
        return f;
    return installed({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun"),
                      QStringLiteral("WenQuanYi Micro Hei")});
}

quint32 glyphFor(const QRawFont &font, const QChar *c, int n)
{
    if (!font.isValid())
        return 0;
    quint32 glyphs[2] = {0, 0};
    int count = 2;
    if (!font.glyphIndexesForChars(c, n, glyphs, &count) || count < 1)
        return 0;
    return glyphs[0];
}

} // namespace

struct PagePainter::Private
{
    std::shared_ptr<const Package> pkg;
    Options options;
    QHash<qint64, QRawFont> embeddedFonts; // by font ID; invalid when the file did not load
    QHash<QString, QRawFont> system; // by family|bold|italic
    QHash<QString, QRawFont> sized; // a font at one pixel size, by key|size
    QHash<qint64, QImage> images; // decoded, by resource ID; null when undecodable
    QHash<int, QImage> sealImages; // by signature index
    QHash<int, std::shared_ptr<PagePainter>> sealPainters; // seals that are small OFD documents
    QStringList problems;
    int depth = 0;

    void problem(const QString &p)
    {
        if (!problems.contains(p))
            problems.append(p);
    }

    QRawFont systemFont(const QString &family, bool bold, bool italic)
    {
        const QString key = family + u'|' + QString::number(bold) + QString::number(italic);
        auto it = system.find(key);
        if (it == system.end()) {
            QFont f(family);
            f.setBold(bold);
            f.setItalic(italic);
            f.setHintingPreference(QFont::PreferNoHinting);
            f.setStyleStrategy(QFont::NoFontMerging);
            it = system.insert(key, QRawFont::fromFont(f));
        }
        return *it;
    }

    // The font an object's text is drawn in (embedded when it loads), and the one for characters it
    // lacks.
    std::pair<QRawFont, QRawFont> fontsFor(const Object &o)
    {
        const Font font = pkg->fonts.value(o.font);
        const bool bold = font.bold || o.weight >= 600;
        const bool italic = font.italic || o.italic;
        QRawFont primary;
        if (!font.file.isEmpty()) {
            auto it = embeddedFonts.find(o.font);
            if (it == embeddedFonts.end()) {
                QRawFont raw(font.file, 16, QFont::PreferNoHinting);
                if (!raw.isValid())
                    problem(QCoreApplication::translate("plens::OfdRenderer",
                                                        "the embedded font %1 cannot be read; a substitute is used")
                                .arg(font.name));
                else if (options.prepareEmbeddedFont)
                    raw = options.prepareEmbeddedFont(raw);
                it = embeddedFonts.insert(o.font, raw);
            }
            primary = *it;
        }
        bool serif = true;
        const QString name = font.name.isEmpty() ? font.family : font.name;
        const QStringList candidates = lookAlikes(name, &serif);
        QString substitute = options.substituteFamily;
        if (substitute.isEmpty()) {
            substitute = installed(QStringList {name, font.family} + candidates);
            if (substitute.isEmpty())
                substitute = cjkFallback(serif);
        }
        QRawFont fallback = systemFont(substitute, bold, italic);
        if (!primary.isValid())
            primary = fallback;
        // The substitute may be a Latin face: CJK characters then come from a CJK face.
        const QString cjk = options.substituteFamily.isEmpty() ? cjkFallback(serif) : options.substituteFamily;
        if (!cjk.isEmpty() && !fallback.supportsCharacter(QChar(0x4E2D)))
            fallback = systemFont(cjk, bold, italic);
        return {primary, fallback};
    }

    QRawFont atSize(const QRawFont &font, const QString &key, double size)
    {
        const QString k = key + u'@' + QString::number(size, 'g', 6);
        auto it = sized.find(k);
        if (it == sized.end()) {
            if (sized.size() > 256) // zooming makes new sizes; old ones are not needed again soon
                sized.clear();
            QRawFont f = font;
            f.setPixelSize(size);
            it = sized.insert(k, f);
        }
        return *it;
    }

    std::optional<QColor> paramColor(qint64 id, bool fill) const
    {
        for (int hops = 0; id && hops < 16; ++hops) {
            const auto it = pkg->drawParams.constFind(id);
            if (it == pkg->drawParams.constEnd())
                break;
            const auto &c = fill ? it->fill : it->stroke;
            if (c)
                return c;
            id = it->relative;
        }
        return std::nullopt;
    }

    double paramLineWidth(qint64 id) const
    {
        for (int hops = 0; id && hops < 16; ++hops) {
            const auto it = pkg->drawParams.constFind(id);
            if (it == pkg->drawParams.constEnd())
                break;
            if (it->lineWidth >= 0)
                return it->lineWidth;
            id = it->relative;
        }
        return -1;
    }

    std::optional<QColor> fillOf(const Object &o, qint64 layerParam) const
    {
        if (o.fill)
            return o.fill;
        if (auto c = paramColor(o.drawParam, true))
            return c;
        return paramColor(layerParam, true);
    }

    std::optional<QColor> strokeOf(const Object &o, qint64 layerParam) const
    {
        if (o.stroke)
            return o.stroke;
        if (auto c = paramColor(o.drawParam, false))
            return c;
        return paramColor(layerParam, false);
    }

    double lineWidthOf(const Object &o, qint64 layerParam) const
    {
        if (o.lineWidth >= 0)
            return o.lineWidth;
        double w = paramLineWidth(o.drawParam);
        if (w < 0)
            w = paramLineWidth(layerParam);
        return w < 0 ? kDefaultLineWidth : w;
    }

    QImage image(qint64 id)
    {
        auto it = images.find(id);
        if (it != images.end())
            return *it;
        const Image img = pkg->images.value(id);
        QImage decoded;
        if (!img.bytes.isEmpty())
            decoded.loadFromData(img.bytes);
        if (decoded.isNull())
            problem(img.bytes.isEmpty()
                        ? QCoreApplication::translate("plens::OfdRenderer", "an image is missing (%1)").arg(img.path)
                        : QCoreApplication::translate("plens::OfdRenderer", "an image cannot be decoded (%1)")
                              .arg(img.path));
        return *images.insert(id, decoded);
    }

    void applyClips(QPainter &p, const Object &o, const QTransform &parent)
    {
        if (o.clips.empty())
            return;
        // Clip areas are in the object's boundary space.
        const QTransform t = QTransform::fromTranslate(o.boundary.x(), o.boundary.y()) * parent;
        for (const Clip &c : o.clips)
            p.setClipPath(t.map(c.path), p.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    }

    void drawObjects(QPainter &p, const std::vector<Object> &objects, const QTransform &parent, qint64 layerParam);
    void drawText(QPainter &p, const Object &o, const QTransform &parent, qint64 layerParam);
    void drawPath(QPainter &p, const Object &o, const QTransform &parent, qint64 layerParam);
    void drawImage(QPainter &p, const Object &o, const QTransform &parent);
    void drawSeals(QPainter &p, int page, const QTransform &base);
};

void PagePainter::Private::drawObjects(QPainter &p, const std::vector<Object> &objects, const QTransform &parent,
                                       qint64 layerParam)
{
    if (depth >= kMaxPaintDepth)
        return;
    ++depth;
    for (const Object &o : objects) {
        if (!o.visible)
            continue;
        switch (o.kind) {
        case Object::Kind::Text:
            drawText(p, o, parent, layerParam);
            break;
        case Object::Kind::Path:
            drawPath(p, o, parent, layerParam);
            break;
        case Object::Kind::Image:
            drawImage(p, o, parent);
            break;
        case Object::Kind::Composite: {
            const auto it = pkg->composites.constFind(o.resource);
            if (it == pkg->composites.constEnd())
                break;
            p.save();
            p.setOpacity(p.opacity() * o.alpha / 255.0);
            applyClips(p, o, parent);
            drawObjects(p, it->objects, o.toParent() * parent, o.drawParam ? o.drawParam : layerParam);
            p.restore();
            break;
        }
        case Object::Kind::Block:
            drawObjects(p, o.children, QTransform::fromTranslate(o.boundary.x(), o.boundary.y()) * parent, layerParam);
            break;
        }
    }
    --depth;
}

void PagePainter::Private::drawPath(QPainter &p, const Object &o, const QTransform &parent, qint64 layerParam)
{
    if (o.path.isEmpty() || o.alpha == 0)
        return;
    const std::optional<QColor> fill = o.fillPath ? fillOf(o, layerParam) : std::nullopt;
    const std::optional<QColor> stroke
        = o.strokePath ? std::optional<QColor>(strokeOf(o, layerParam).value_or(QColor(Qt::black))) : std::nullopt;
    if (!fill && !stroke)
        return;
    p.save();
    p.setOpacity(p.opacity() * o.alpha / 255.0);
    applyClips(p, o, parent);
    p.setTransform(o.toParent() * parent);
    if (fill)
        p.fillPath(o.path, *fill);
    if (stroke) {
        const double w = lineWidthOf(o, layerParam);
        QPen pen(*stroke, w);
        pen.setJoinStyle(o.join.value_or(Qt::MiterJoin));
        pen.setCapStyle(o.cap.value_or(Qt::FlatCap));
        if (!o.dash.isEmpty() && w > 0) {
            QList<qreal> dashes;
            for (double d : o.dash)
                dashes.append(std::max(0.01, d / w));
            if (dashes.size() % 2)
                dashes += dashes;
            pen.setDashPattern(dashes);
        }
        p.strokePath(o.path, pen);
    }
    p.restore();
}

void PagePainter::Private::drawImage(QPainter &p, const Object &o, const QTransform &parent)
{
    if (o.alpha == 0)
        return;
    QImage img = image(o.resource);
    p.save();
    p.setOpacity(p.opacity() * o.alpha / 255.0);
    applyClips(p, o, parent);
    p.setTransform(o.toParent() * parent);
    if (img.isNull()) {
        // Where the picture should be: a light grey box, so the page does not look complete.
        p.fillRect(QRectF(0, 0, 1, 1), QColor(225, 225, 225));
    } else {
        if (o.imageMask) {
            const QImage mask = image(o.imageMask);
            if (!mask.isNull()) {
                img = img.convertToFormat(QImage::Format_ARGB32);
                img.setAlphaChannel(mask.scaled(img.size()).convertToFormat(QImage::Format_Grayscale8));
            }
        }
        p.drawImage(QRectF(0, 0, 1, 1), img);
    }
    p.restore();
}

void PagePainter::Private::drawText(QPainter &p, const Object &o, const QTransform &parent, qint64 layerParam)
{
    if (o.size <= 0 || o.alpha == 0 || (!o.fillText && !o.strokeText))
        return;
    const QColor fill = fillOf(o, layerParam).value_or(QColor(Qt::black));
    const std::optional<QColor> stroke = o.strokeText ? strokeOf(o, layerParam) : std::nullopt;
    const auto [primary, fallback] = fontsFor(o);
    // Glyphs are made at the size they have on the device, never at the object's size magnified by
    // the painter (a 5 px glyph drawn 4× looks bold); positions are scaled to match.
    const QTransform t = o.toParent() * parent;
    const double k = std::clamp(std::sqrt(std::abs(t.determinant())), 1e-3, 1e4);
    const double pixelSize = std::max(0.01, std::round(o.size * k * 100) / 100);
    const QTransform unscale = QTransform::fromScale(o.size / pixelSize, o.size / pixelSize);
    const QString primaryKey = QString::number(o.font) + u'p';
    const QString fallbackKey = QString::number(o.font) + u'f';
    const QRawFont fontA = atSize(primary, primaryKey, pixelSize);
    const QRawFont fontB = atSize(fallback, fallbackKey, pixelSize);
    const double toPixels = pixelSize / o.size;
    const bool embedded = embeddedFonts.value(o.font).isValid();

    // Each character: its glyph in the primary font, else in the fallback; glyph substitutions
    // (CGTransform) give the embedded font's glyphs for a range of characters directly.
    struct Placed
    {
        bool primary;
        quint32 glyph;
        QPointF at;
    };
    QList<Placed> placed;
    placed.reserve(o.text.size());
    QList<bool> done(o.text.size(), false);
    if (embedded) {
        for (const GlyphRun &run : o.glyphRuns) {
            if (run.codePosition < 0 || run.codePosition >= o.text.size())
                continue;
            for (qsizetype k = 0; k < run.glyphs.size(); ++k) {
                const qsizetype at = std::min<qsizetype>(run.codePosition + k, o.text.size() - 1);
                placed.append({true, run.glyphs.at(k), o.origins.at(at)});
            }
            for (qsizetype k = run.codePosition;
                 k < std::min<qsizetype>(run.codePosition + run.codeCount, o.text.size()); ++k)
                done[k] = true;
        }
    }
    for (qsizetype i = 0; i < o.text.size(); ++i) {
        const QChar c = o.text.at(i);
        if (done.at(i) || c.isLowSurrogate() || c.isSpace())
            continue;
        const int n = c.isHighSurrogate() && i + 1 < o.text.size() ? 2 : 1;
        quint32 g = glyphFor(fontA, o.text.constData() + i, n);
        bool usePrimary = true;
        if (!g) {
            g = glyphFor(fontB, o.text.constData() + i, n);
            usePrimary = false;
        }
        if (g)
            placed.append({usePrimary, g, o.origins.at(i)});
    }
    if (placed.isEmpty())
        return;

    p.save();
    p.setOpacity(p.opacity() * o.alpha / 255.0);
    applyClips(p, o, parent);
    const bool perGlyph = std::abs(o.hScale - 1.0) > 1e-6 || o.charDirection != 0;
    const auto draw = [&](const QRawFont &font, const QList<quint32> &glyphs, const QList<QPointF> &positions,
                          const QTransform &at) {
        p.setTransform(at);
        if (o.fillText) {
            QGlyphRun run;
            run.setRawFont(font);
            run.setGlyphIndexes(glyphs);
            run.setPositions(positions);
            p.setPen(fill);
            p.drawGlyphRun(QPointF(0, 0), run);
        }
        if (stroke) {
            QPainterPath outline;
            for (qsizetype k = 0; k < glyphs.size(); ++k)
                outline.addPath(font.pathForGlyph(glyphs.at(k)).translated(positions.at(k)));
            p.strokePath(outline, QPen(*stroke, lineWidthOf(o, layerParam) * toPixels));
        }
    };
    if (perGlyph) {
        // Horizontal scaling and rotated characters: each glyph in a space of its own.
        for (const Placed &g : std::as_const(placed)) {
            QTransform local;
            local.translate(g.at.x(), g.at.y());
            local.rotate(o.charDirection);
            local.scale(o.hScale, 1.0);
            draw(g.primary ? fontA : fontB, {g.glyph}, {QPointF(0, 0)}, unscale * local * t);
        }
    } else {
        for (const bool usePrimary : {true, false}) {
            QList<quint32> glyphs;
            QList<QPointF> positions;
            for (const Placed &g : std::as_const(placed)) {
                if (g.primary != usePrimary)
                    continue;
                glyphs.append(g.glyph);
                positions.append(g.at * toPixels);
            }
            if (!glyphs.isEmpty())
                draw(usePrimary ? fontA : fontB, glyphs, positions, unscale * t);
        }
    }
    p.restore();
}

void PagePainter::Private::drawSeals(QPainter &p, int page, const QTransform &base)
{
    for (int s = 0; s < pkg->signatures.size(); ++s) {
        const Signature &sig = pkg->signatures.at(s);
        for (const Stamp &stamp : sig.stamps) {
            if (stamp.page != page || sig.sealPicture.isEmpty())
                continue;
            p.save();
            p.setTransform(base);
            if (!stamp.clip.isEmpty())
                p.setClipRect(stamp.clip.translated(stamp.boundary.topLeft()), Qt::IntersectClip);
            if (sig.sealPicture.startsWith("PK")) {
                // The seal is itself a small OFD document: its first page, fitted to the stamp.
                auto it = sealPainters.find(s);
                if (it == sealPainters.end()) {
                    auto seal = readPackage(QStringLiteral("seal"), sig.sealPicture);
                    std::shared_ptr<PagePainter> painter;
                    if (seal && !seal.value()->pages.isEmpty())
                        painter = std::make_shared<PagePainter>(seal.value(), options);
                    it = sealPainters.insert(s, painter);
                }
                if (*it && depth < kMaxPaintDepth) {
                    const QSizeF size = (*it)->package().pageSizeMm(0);
                    if (size.width() > 0 && size.height() > 0) {
                        QTransform t;
                        t.translate(stamp.boundary.x(), stamp.boundary.y());
                        t.scale(stamp.boundary.width() / size.width(), stamp.boundary.height() / size.height());
                        p.setTransform(t * base);
                        (*it)->d->depth = depth + 1;
                        (*it)->paint(p, 0);
                    }
                }
            } else {
                auto it = sealImages.find(s);
                if (it == sealImages.end())
                    it = sealImages.insert(s, QImage::fromData(sig.sealPicture));
                if (!it->isNull()) {
                    // Seals are printed over the text: white is paper, not paint.
                    p.setCompositionMode(QPainter::CompositionMode_Multiply);
                    p.drawImage(stamp.boundary, *it);
                }
            }
            p.restore();
        }
    }
}

PagePainter::PagePainter(std::shared_ptr<const Package> package, Options options) : d(std::make_unique<Private>())
{
    d->pkg = std::move(package);
    d->options = std::move(options);
}

PagePainter::~PagePainter() = default;

const Package &PagePainter::package() const
{
    return *d->pkg;
}

void PagePainter::paint(QPainter &painter, int page)
{
    if (page < 0 || page >= d->pkg->pages.size())
        return;
    const Page &pg = d->pkg->pages.at(page);
    const QTransform base = QTransform::fromTranslate(-pg.box.x(), -pg.box.y()) * painter.transform();
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    for (const Layer *layer : drawnLayers(*d->pkg, page))
        d->drawObjects(painter, layer->objects, base, layer->drawParam);
    d->drawObjects(painter, pg.annotations, base, 0);
    d->drawSeals(painter, page, base);
    painter.restore();
}

QImage PagePainter::render(int page, int widthPx)
{
    if (page < 0 || page >= d->pkg->pages.size() || widthPx <= 0)
        return {};
    const QSizeF mm = d->pkg->pages.at(page).box.size();
    const double scale = widthPx / mm.width();
    const int height = int(std::lround(mm.height() * scale));
    if (height <= 0 || qint64(widthPx) * height > 256LL * 1024 * 1024)
        return {};
    QImage image(widthPx, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter, page);
    painter.end();
    return image;
}

QStringList PagePainter::problems() const
{
    return d->problems;
}

} // namespace plens::ofd
