#pragma once

// OFD (GB/T 33190-2016, the format of Chinese electronic official documents) read into a page model
// that the importer (text and boxes), the renderer (QPainter) and the exporter share. An OFD file is a
// ZIP package: OFD.xml (document info, the document root, signatures) → Document.xml (page area,
// resources, templates, pages) → Pages/Page_N/Content.xml (layers of text, path, image and composite
// objects). All geometry here is in millimetres, the unit of the format; y grows downwards.
//
// Not supported (reported, never guessed): encrypted packages, the seal's cryptographic check. Parts
// that are missing or damaged fail the whole read with the part's name, except resources (a missing
// image or font file draws a placeholder or a substitute font).

#include "model/result.h"

#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace plens::ofd {

// Limits that keep a hostile package from exhausting memory or time.
inline constexpr qint64 kMaxPartBytes = 64LL * 1024 * 1024; // one unpacked XML part
inline constexpr qint64 kMaxResourceBytes = 128LL * 1024 * 1024; // one unpacked image or font
inline constexpr qint64 kMaxTotalBytes = 512LL * 1024 * 1024; // everything unpacked
inline constexpr int kMaxPages = 10000;
inline constexpr qint64 kMaxXmlNodes = 1'000'000; // per package
inline constexpr qint64 kMaxPartNodes = 400'000; // per XML part (one part's element tree is held at a time)
inline constexpr int kMaxDepth = 200; // nesting of XML elements and page blocks

struct DocInfo
{
    QString docId;
    QString title;
    QString author;
    QString subject;
    QString abstract;
    QString creator; // the producing application
    QString creatorVersion;
    QStringList keywords;
    QDate creationDate;
    QDate modDate;
};

// Stroke and fill defaults that objects refer to by ID (DrawParam resources), possibly chained.
struct DrawParam
{
    qint64 relative = 0; // the DrawParam this one inherits from
    std::optional<QColor> fill;
    std::optional<QColor> stroke;
    double lineWidth = -1; // < 0: not set
    Qt::PenJoinStyle join = Qt::MiterJoin;
    Qt::PenCapStyle cap = Qt::FlatCap;
    QList<double> dash;
    bool joinSet = false;
    bool capSet = false;
};

struct Font
{
    QString name; // FontName
    QString family; // FamilyName
    QByteArray file; // embedded TrueType/OpenType data, empty when the font is not embedded
    bool bold = false;
    bool italic = false;
    bool serif = false;
    bool fixedWidth = false;
};

struct Image
{
    QByteArray bytes; // the encoded image as stored (PNG, JPEG, BMP, TIFF, ...); empty when missing
    QString format; // the Format attribute when given
    QString path; // the part it came from, for messages
};

// Glyph substitution inside a text object (CGTransform): characters [codePosition, +codeCount) of
// the object's text are drawn as these glyph indices of its embedded font.
struct GlyphRun
{
    int codePosition = 0;
    int codeCount = 1;
    QList<quint32> glyphs;
};

struct Object;

// A clip area (Clips/Clip/Area): a path in the owning object's boundary space.
struct Clip
{
    QPainterPath path;
};

// One graphic unit of a page: text, path, image, composite (a resource drawn as a unit) or a block
// (PageBlock) of further objects.
struct Object
{
    enum class Kind { Text, Path, Image, Composite, Block };
    Kind kind = Kind::Block;
    qint64 id = 0;
    QRectF boundary; // in the parent's space; its top-left is the object's origin
    QTransform ctm; // object space -> boundary space
    bool visible = true;
    int alpha = 255;
    qint64 drawParam = 0;
    double lineWidth = -1; // < 0: from the DrawParam, else the default
    std::optional<QColor> fill; // FillColor
    std::optional<QColor> stroke; // StrokeColor
    std::vector<Clip> clips;

    // Path
    QPainterPath path;
    bool strokePath = true;
    bool fillPath = false;
    std::optional<Qt::PenJoinStyle> join;
    std::optional<Qt::PenCapStyle> cap;
    QList<double> dash;

    // Text: one character per entry of `text`, each with its origin (baseline start) in object space.
    qint64 font = 0;
    double size = 0; // font size in millimetres (the em)
    double hScale = 1.0;
    int charDirection = 0; // 0, 90, 180 or 270 degrees
    int weight = 400;
    bool italic = false;
    bool fillText = true;
    bool strokeText = false;
    QString text;
    QList<QPointF> origins;
    QList<int> codeStarts; // index in `text` where each TextCode begins
    QList<GlyphRun> glyphRuns;

    // Image or Composite
    qint64 resource = 0;
    qint64 imageMask = 0;

    // Block
    std::vector<Object> children;

    // Object space -> the parent's space (CTM, then the boundary's origin).
    [[nodiscard]] QTransform toParent() const { return ctm * QTransform::fromTranslate(boundary.x(), boundary.y()); }
};

struct Layer
{
    enum class Type { Background, Body, Foreground };
    Type type = Type::Body;
    qint64 drawParam = 0;
    std::vector<Object> objects;
};

struct Composite
{
    QSizeF size;
    std::vector<Object> objects;
};

struct TemplateRef
{
    qint64 id = 0;
    bool foreground = false; // ZOrder="Foreground": drawn over the page's own layers
};

struct Page
{
    QRectF box; // PhysicalBox in mm
    QString part; // Content.xml path, for messages
    qint64 id = 0;
    QList<TemplateRef> templates;
    std::vector<Layer> layers;
    std::vector<Object> annotations; // visible annotation appearances (stamps, watermarks, ...)
};

struct Template
{
    std::vector<Layer> layers;
};

// A visible seal placed by a signature (StampAnnot).
struct Stamp
{
    int page = -1; // 0-based page index
    QRectF boundary; // mm on the page
    QRectF clip; // within the boundary; empty when none
};

// A signature or electronic seal (Signs): recorded, not verified.
struct Signature
{
    QString type; // "Seal" or "Sign"
    QString provider;
    QString company;
    QString method; // signature algorithm OID
    QString dateTime; // as written (e.g. 20220903054127Z)
    QString part; // Signature.xml path
    QList<Stamp> stamps;
    QByteArray sealPicture; // the seal's picture found in the signed value (PNG/JPEG/GIF/BMP/OFD), may be empty
};

struct Package
{
    DocInfo info;
    QList<Page> pages;
    QHash<qint64, Template> templates;
    QHash<qint64, Font> fonts;
    QHash<qint64, Image> images;
    QHash<qint64, DrawParam> drawParams;
    QHash<qint64, Composite> composites;
    QList<Signature> signatures;
    QStringList warnings; // resources that could not be read (the document is still shown)

    [[nodiscard]] QSizeF pageSizeMm(int page) const { return pages.value(page).box.size(); }
};

// The layers drawn on page `page`, in drawing order: templates behind the page (ZOrder Background),
// the page's own layers, templates in front. `withTemplate(id)` chooses which templates take part
// (all when empty).
QList<const Layer *> drawnLayers(const Package &pkg, int page, const std::function<bool(qint64)> &withTemplate = {});

// Reads an OFD package from memory. `fileName` names the source in errors ("the OFD is missing
// Doc_0/Pages/Page_0/Content.xml").
Result<std::shared_ptr<const Package>> readPackage(const QString &fileName, const QByteArray &bytes);

// True when `bytes` is a ZIP archive with OFD.xml at its root (also for a package too damaged to open,
// when its first entry is OFD.xml).
bool isOfdPackage(const QByteArray &bytes);

// Signatures and seals only (for `info` and the reader's header), without reading the pages.
Result<QList<Signature>> readSignatures(const QString &fileName, const QByteArray &bytes);

// Expands an OFD number array ("1 2 g 3 4.5" = 1 2 4.5 4.5 4.5), stopping after `limit` values.
QList<double> expandDeltas(QStringView text, qsizetype limit);

// Parses AbbreviatedData (M/S, L, Q, B, A, C) into a path; malformed operands end the path there.
QPainterPath parsePathData(QStringView data);

} // namespace plens::ofd
