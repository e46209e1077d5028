// OFD package reading (GB/T 33190-2016): ZIP parts with libzip, XML with QXmlStreamReader into a small
// element tree (document type declarations are refused, so no entity can expand), then the page model
// of ofdpackage.h. Paths inside the package are resolved the way the standard describes (relative to
// the part that names them, or absolute from the package root when they start with '/'), with the
// usual producer slips tolerated (a path relative to the wrong folder, a different letter case).
#include "import/ofdpackage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

namespace plens::ofd {

namespace {

// --- ZIP --------------------------------------------------------------------------------------------

enum class PartStatus { Ok, Missing, TooLarge, Damaged, Encrypted };

class Zip
{
public:
    ~Zip()
    {
        if (m_zip)
            zip_discard(m_zip);
    }

    // Opens the archive; false when it is not a readable ZIP (truncated, damaged).
    bool open(const QByteArray &bytes, bool checkConsistency)
    {
        m_bytes = bytes;
        zip_error_t err;
        zip_error_init(&err);
        zip_source_t *src = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &err);
        if (!src) {
            zip_error_fini(&err);
            return false;
        }
        m_zip = zip_open_from_source(src, ZIP_RDONLY | (checkConsistency ? ZIP_CHECKCONS : 0), &err);
        if (!m_zip)
            zip_source_free(src);
        zip_error_fini(&err);
        return m_zip != nullptr;
    }

    [[nodiscard]] bool contains(const QString &path) const { return locate(path) >= 0; }

    PartStatus read(const QString &path, QByteArray *out, qint64 limit)
    {
        const zip_int64_t index = locate(path);
        if (index < 0)
            return PartStatus::Missing;
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0)
            return PartStatus::Damaged;
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return PartStatus::Encrypted;
        if (!(st.valid & ZIP_STAT_SIZE) || st.size > zip_uint64_t(limit) || m_total + qint64(st.size) > kMaxTotalBytes)
            return PartStatus::TooLarge;
        zip_file_t *f = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
        if (!f)
            return PartStatus::Damaged;
        out->resize(qsizetype(st.size));
        zip_int64_t got = 0;
        while (got < zip_int64_t(st.size)) {
            const zip_int64_t n = zip_fread(f, out->data() + got, st.size - zip_uint64_t(got));
            if (n <= 0)
                break;
            got += n;
        }
        // One byte more must not come: a size in the directory that lies about the data is damage.
        char extra = 0;
        const bool more = got == zip_int64_t(st.size) && zip_fread(f, &extra, 1) > 0;
        zip_fclose(f);
        if (got != zip_int64_t(st.size) || more)
            return PartStatus::Damaged;
        m_total += got;
        return PartStatus::Ok;
    }

    [[nodiscard]] QString firstName() const
    {
        if (zip_get_num_entries(m_zip, 0) < 1)
            return {};
        const char *n = zip_get_name(m_zip, 0, 0);
        return n ? QString::fromUtf8(n) : QString();
    }

private:
    [[nodiscard]] zip_int64_t locate(const QString &path) const
    {
        if (!m_zip || path.isEmpty())
            return -1;
        const QByteArray name = path.toUtf8();
        zip_int64_t i = zip_name_locate(m_zip, name.constData(), 0);
        if (i < 0)
            i = zip_name_locate(m_zip, name.constData(), ZIP_FL_NOCASE);
        return i;
    }

    QByteArray m_bytes;
    zip_t *m_zip = nullptr;
    qint64 m_total = 0;
};

// --- XML --------------------------------------------------------------------------------------------

struct Node
{
    QString name; // local name (namespace prefixes differ between producers)
    QList<std::pair<QString, QString>> attrs;
    QString text;
    std::vector<Node> children;

    [[nodiscard]] QString attr(QStringView n, const QString &fallback = {}) const
    {
        for (const auto &[k, v] : attrs)
            if (k == n)
                return v;
        return fallback;
    }
    [[nodiscard]] bool has(QStringView n) const
    {
        return std::any_of(attrs.cbegin(), attrs.cend(), [&](const auto &a) { return a.first == n; });
    }
    [[nodiscard]] const Node *child(QStringView n) const
    {
        for (const Node &c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
    [[nodiscard]] QString childText(QStringView n) const
    {
        const Node *c = child(n);
        return c ? c->text.trimmed() : QString();
    }
};

struct XmlResult
{
    Node root;
    QString error; // empty when parsed
};

XmlResult parseXml(const QByteArray &bytes, qint64 *nodeBudget)
{
    XmlResult out;
    QXmlStreamReader r(bytes);
    std::vector<Node *> stack;
    bool haveRoot = false;
    qint64 partNodes = 0;
    while (!r.atEnd()) {
        const auto tok = r.readNext();
        switch (tok) {
        case QXmlStreamReader::DTD:
            // OFD parts have no document type; a declaration can only define entities (an expansion
            // bomb, or an external file), so it is refused rather than half-trusted.
            out.error = QCoreApplication::translate("plens::import",
                                                    "a document type declaration is not allowed in OFD parts");
            return out;
        case QXmlStreamReader::EntityReference:
            out.error
                = QCoreApplication::translate("plens::import", "an undeclared entity &%1;").arg(r.name().toString());
            return out;
        case QXmlStreamReader::StartElement: {
            if (--*nodeBudget < 0 || ++partNodes > kMaxPartNodes) {
                out.error = QCoreApplication::translate("plens::import", "too many elements");
                return out;
            }
            if (int(stack.size()) >= kMaxDepth) {
                out.error = QCoreApplication::translate("plens::import", "elements nested too deeply");
                return out;
            }
            Node *n = nullptr;
            if (stack.empty()) {
                if (haveRoot) {
                    out.error = QCoreApplication::translate("plens::import", "more than one root element");
                    return out;
                }
                haveRoot = true;
                n = &out.root;
            } else {
                stack.back()->children.emplace_back();
                n = &stack.back()->children.back();
            }
            n->name = r.name().toString();
            const auto attrs = r.attributes();
            n->attrs.reserve(attrs.size());
            for (const auto &a : attrs)
                n->attrs.append({a.name().toString(), a.value().toString()});
            stack.push_back(n);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.empty())
                stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back()->text += r.text();
            break;
        default:
            break;
        }
    }
    if (r.hasError())
        out.error
            = QCoreApplication::translate("plens::import", "%1 (line %2)").arg(r.errorString()).arg(r.lineNumber());
    else if (!haveRoot)
        out.error = QCoreApplication::translate("plens::import", "no root element");
    return out;
}

// --- small parsers ----------------------------------------------------------------------------------

QList<double> numbers(QStringView s)
{
    QList<double> out;
    for (const auto part : s.split(u' ', Qt::SkipEmptyParts)) {
        const auto t = part.trimmed();
        if (t.isEmpty())
            continue;
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return {};
        out.append(v);
    }
    return out;
}

QList<double> numbersOf(const QString &s)
{
    QString t = s;
    t.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ').replace(u',', u' ');
    return numbers(t);
}

std::optional<QRectF> box(const QString &s)
{
    const QList<double> v = numbersOf(s);
    if (v.size() != 4 || v[2] < 0 || v[3] < 0)
        return std::nullopt;
    return QRectF(v[0], v[1], v[2], v[3]);
}

std::optional<QTransform> transform(const QString &s)
{
    const QList<double> v = numbersOf(s);
    if (v.size() != 6)
        return std::nullopt;
    return QTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
}

bool boolAttr(const Node &n, QStringView name, bool fallback)
{
    if (!n.has(name))
        return fallback;
    const QString v = n.attr(name).trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    return fallback;
}

qint64 idAttr(const Node &n, QStringView name)
{
    bool ok = false;
    const qint64 v = n.attr(name).trimmed().toLongLong(&ok);
    return ok ? v : 0;
}

double doubleAttr(const Node &n, QStringView name, double fallback)
{
    bool ok = false;
    const double v = n.attr(name).trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? v : fallback;
}

// "2023-7-12", "2022-09-03", "2022-09-03T13:41:27", "2022-09-03-13-41-27", "20220903".
QDate parseDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})[-/.年]?(\\d{1,2})[-/.月]?(\\d{1,2})"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return {};
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() ? d : QDate();
}

// --- package paths ----------------------------------------------------------------------------------

QString normalise(const QString &path)
{
    QStringList out;
    for (const QString &part : QString(path).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(part);
    }
    return out.join(u'/');
}

QString dirOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// `ref` as named in a part inside folder `base`: absolute when it starts with '/', else relative.
QString resolve(const QString &base, const QString &ref)
{
    const QString r = ref.trimmed();
    if (r.startsWith(u'/') || r.startsWith(u'\\'))
        return normalise(r);
    return normalise(base.isEmpty() ? r : base + u'/' + r);
}

// --- colours ----------------------------------------------------------------------------------------

struct ColorSpace
{
    enum class Type { Gray, Rgb, Cmyk };
    Type type = Type::Rgb;
    int bits = 8;
    QList<QList<double>> palette;
};

class Reader
{
public:
    Reader(QString fileName, const QByteArray &bytes) : m_fileName(std::move(fileName)), m_bytes(bytes) { }

    Result<std::shared_ptr<const Package>> read();
    Result<QList<Signature>> readSignaturesOnly();

private:
    Error error(const QString &message) const { return Error {m_fileName, message}; }
    Error partError(const QString &part, PartStatus status) const;
    std::optional<Error> openZip();
    // Reads and parses a part; `required` parts fail the read, others add a warning.
    std::optional<Error> loadXml(const QString &part, Node *out);
    std::optional<Error> readOfdXml();
    std::optional<Error> readDocument();
    void readResources(const QString &part);
    void readColorSpaces(const Node &res);
    void readResourceBody(const Node &res, const QString &base);
    std::optional<QColor> color(const Node *n) const;
    DrawParam drawParam(const Node &n) const;
    void readObjects(const Node &container, std::vector<Object> &out, int depth);
    bool readCommon(const Node &n, Object &o) const;
    void readText(const Node &n, Object &o) const;
    void readLayers(const Node &content, std::vector<Layer> &out);
    std::optional<Error> readPage(const Node &pageRef, const QString &docDir, QRectF defaultBox);
    void readAnnotations(const QString &part);
    void readSignatures(const QString &part);

    QString m_fileName;
    QByteArray m_bytes;
    Zip m_zip;
    qint64 m_nodeBudget = kMaxXmlNodes;
    std::shared_ptr<Package> m_pkg = std::make_shared<Package>();
    QString m_docRoot;
    QString m_signaturesPart;
    QHash<qint64, ColorSpace> m_colorSpaces;
    QHash<qint64, int> m_pageIndex; // page ID -> index
    QSet<QString> m_resourceParts;
};

Error Reader::partError(const QString &part, PartStatus status) const
{
    switch (status) {
    case PartStatus::Missing:
        return error(QCoreApplication::translate("plens::import", "the OFD is missing a part: %1").arg(part));
    case PartStatus::TooLarge:
        return error(
            QCoreApplication::translate("plens::import", "the OFD's part %1 is too large to unpack").arg(part));
    case PartStatus::Encrypted:
        return error(QCoreApplication::translate("plens::import",
                                                 "the OFD is encrypted; encrypted OFD files are not supported"));
    case PartStatus::Damaged:
    case PartStatus::Ok:
        break;
    }
    return error(
        QCoreApplication::translate("plens::import", "the OFD is damaged: its part %1 cannot be unpacked").arg(part));
}

std::optional<Error> Reader::openZip()
{
    if (!m_zip.open(m_bytes, true)) {
        // Tolerate an archive that only fails the consistency check, but never a truncated one.
        Zip lenient;
        if (!lenient.open(m_bytes, false))
            return error(QCoreApplication::translate("plens::import",
                                                     "the OFD file is truncated or damaged (not a valid ZIP archive)"));
        return error(QCoreApplication::translate(
            "plens::import", "the OFD file is damaged (its ZIP directory does not match its contents)"));
    }
    return std::nullopt;
}

std::optional<Error> Reader::loadXml(const QString &part, Node *out)
{
    QByteArray bytes;
    const PartStatus st = m_zip.read(part, &bytes, kMaxPartBytes);
    if (st != PartStatus::Ok)
        return partError(part, st);
    XmlResult x = parseXml(bytes, &m_nodeBudget);
    if (!x.error.isEmpty())
        return error(QCoreApplication::translate("plens::import", "the OFD is damaged: %1 is not valid XML (%2)")
                         .arg(part, x.error));
    *out = std::move(x.root);
    return std::nullopt;
}

std::optional<Error> Reader::readOfdXml()
{
    Node ofd;
    if (auto e = loadXml(QStringLiteral("OFD.xml"), &ofd))
        return e;
    if (ofd.name != QLatin1String("OFD"))
        return error(
            QCoreApplication::translate("plens::import", "the OFD is damaged: OFD.xml is not an OFD entry file"));
    const Node *body = ofd.child(u"DocBody");
    if (!body)
        return error(
            QCoreApplication::translate("plens::import", "the OFD is damaged: OFD.xml names no document (DocBody)"));
    // Encryption (GM/T 0099) is declared in the entry file; nothing inside can be read without keys.
    const std::function<bool(const Node &)> encrypted = [&](const Node &n) {
        if (n.name.startsWith(QLatin1String("Encrypt")))
            return true;
        return std::any_of(n.children.cbegin(), n.children.cend(), encrypted);
    };
    if (encrypted(ofd) || m_zip.contains(QStringLiteral("Encryptions.xml")))
        return error(QCoreApplication::translate("plens::import",
                                                 "the OFD is encrypted; encrypted OFD files are not supported"));
    if (const Node *info = body->child(u"DocInfo")) {
        DocInfo &d = m_pkg->info;
        d.docId = info->childText(u"DocID");
        d.title = info->childText(u"Title");
        d.author = info->childText(u"Author");
        d.subject = info->childText(u"Subject");
        d.abstract = info->childText(u"Abstract");
        d.creator = info->childText(u"Creator");
        d.creatorVersion = info->childText(u"CreatorVersion");
        d.creationDate = parseDate(info->childText(u"CreationDate"));
        d.modDate = parseDate(info->childText(u"ModDate"));
        if (const Node *kw = info->child(u"Keywords"))
            for (const Node &k : kw->children)
                if (!k.text.trimmed().isEmpty())
                    d.keywords.append(k.text.trimmed());
    }
    m_docRoot = normalise(body->childText(u"DocRoot"));
    if (m_docRoot.isEmpty())
        return error(QCoreApplication::translate("plens::import",
                                                 "the OFD is damaged: OFD.xml names no document root (DocRoot)"));
    const QString sigs = body->childText(u"Signatures");
    if (!sigs.isEmpty())
        m_signaturesPart = normalise(sigs);
    return std::nullopt;
}

void Reader::readColorSpaces(const Node &res)
{
    const Node *spaces = res.child(u"ColorSpaces");
    if (!spaces)
        return;
    for (const Node &cs : spaces->children) {
        if (cs.name != QLatin1String("ColorSpace"))
            continue;
        ColorSpace c;
        const QString type = cs.attr(u"Type").toUpper();
        c.type = type == QLatin1String("GRAY") ? ColorSpace::Type::Gray
            : type == QLatin1String("CMYK")    ? ColorSpace::Type::Cmyk
                                               : ColorSpace::Type::Rgb;
        c.bits = std::clamp(int(doubleAttr(cs, u"BitsPerComponent", 8)), 1, 16);
        if (const Node *pal = cs.child(u"Palette"))
            for (const Node &cv : pal->children)
                c.palette.append(numbersOf(cv.text));
        m_colorSpaces.insert(idAttr(cs, u"ID"), c);
    }
}

std::optional<QColor> Reader::color(const Node *n) const
{
    if (!n)
        return std::nullopt;
    const ColorSpace cs = m_colorSpaces.value(idAttr(*n, u"ColorSpace"));
    QList<double> v;
    const QString value = n->attr(u"Value").trimmed();
    if (!value.isEmpty()) {
        // Components are decimal or, in some producers, hexadecimal with a leading '#'.
        for (const QString &t : value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double c = t.startsWith(u'#') ? double(t.mid(1).toUInt(&ok, 16)) : t.toDouble(&ok);
            if (!ok)
                return std::nullopt;
            v.append(c);
        }
    } else if (n->has(u"Index")) {
        v = cs.palette.value(int(idAttr(*n, u"Index")));
    } else {
        // A shading or pattern: its first colour stands in for it.
        for (const Node &c : n->children)
            for (const Node &seg : c.children)
                if (const Node *inner = seg.child(u"Color"))
                    return color(inner);
        return std::nullopt;
    }
    const double max = double((1 << cs.bits) - 1);
    const auto comp = [&](int i) {
        return std::clamp(v.value(i) / max, 0.0, 1.0);
    };
    QColor c;
    switch (cs.type) {
    case ColorSpace::Type::Gray:
        if (v.isEmpty())
            return std::nullopt;
        c = QColor::fromRgbF(float(comp(0)), float(comp(0)), float(comp(0)));
        break;
    case ColorSpace::Type::Cmyk:
        if (v.size() < 4)
            return std::nullopt;
        c = QColor::fromCmykF(float(comp(0)), float(comp(1)), float(comp(2)), float(comp(3)));
        break;
    case ColorSpace::Type::Rgb:
        if (v.size() < 3)
            return std::nullopt;
        c = QColor::fromRgbF(float(comp(0)), float(comp(1)), float(comp(2)));
        break;
    }
    c.setAlpha(std::clamp(int(doubleAttr(*n, u"Alpha", 255)), 0, 255));
    return c;
}

DrawParam Reader::drawParam(const Node &n) const
{
    DrawParam d;
    d.relative = idAttr(n, u"Relative");
    d.lineWidth = doubleAttr(n, u"LineWidth", -1);
    const QString join = n.attr(u"Join");
    if (!join.isEmpty()) {
        d.joinSet = true;
        d.join = join == QLatin1String("Round") ? Qt::RoundJoin
            : join == QLatin1String("Bevel")    ? Qt::BevelJoin
                                                : Qt::MiterJoin;
    }
    const QString cap = n.attr(u"Cap");
    if (!cap.isEmpty()) {
        d.capSet = true;
        d.cap = cap == QLatin1String("Round") ? Qt::RoundCap
            : cap == QLatin1String("Square")  ? Qt::SquareCap
                                              : Qt::FlatCap;
    }
    d.dash = numbersOf(n.attr(u"DashPattern"));
    d.fill = color(n.child(u"FillColor"));
    d.stroke = color(n.child(u"StrokeColor"));
    return d;
}

void Reader::readResourceBody(const Node &res, const QString &resPart)
{
    const QString base = resolve(dirOf(resPart), res.attr(u"BaseLoc"));
    const auto loadFile = [&](const QString &ref, QByteArray *out) -> QString {
        // BaseLoc-relative first, then relative to the resource file, then from the root.
        const QStringList candidates = {resolve(base, ref), resolve(dirOf(resPart), ref), normalise(ref)};
        for (const QString &c : candidates) {
            if (!m_zip.contains(c))
                continue;
            const PartStatus st = m_zip.read(c, out, kMaxResourceBytes);
            if (st != PartStatus::Ok)
                m_pkg->warnings.append(partError(c, st).message);
            return c;
        }
        m_pkg->warnings.append(
            QCoreApplication::translate("plens::import", "the OFD is missing a part: %1").arg(candidates.first()));
        return candidates.first();
    };
    for (const Node &group : res.children) {
        if (group.name == QLatin1String("Fonts")) {
            for (const Node &f : group.children) {
                if (f.name != QLatin1String("Font"))
                    continue;
                Font font;
                font.name = f.attr(u"FontName");
                font.family = f.attr(u"FamilyName");
                font.bold = boolAttr(f, u"Bold", false);
                font.italic = boolAttr(f, u"Italic", false);
                font.serif = boolAttr(f, u"Serif", false);
                font.fixedWidth = boolAttr(f, u"FixedWidth", false);
                const QString file = f.childText(u"FontFile");
                if (!file.isEmpty())
                    loadFile(file, &font.file);
                m_pkg->fonts.insert(idAttr(f, u"ID"), font);
            }
        } else if (group.name == QLatin1String("MultiMedias")) {
            for (const Node &m : group.children) {
                if (m.name != QLatin1String("MultiMedia"))
                    continue;
                const QString type = m.attr(u"Type", QStringLiteral("Image"));
                if (type.compare(QLatin1String("Image"), Qt::CaseInsensitive) != 0)
                    continue;
                Image img;
                img.format = m.attr(u"Format");
                const QString file = m.childText(u"MediaFile");
                if (!file.isEmpty())
                    img.path = loadFile(file, &img.bytes);
                m_pkg->images.insert(idAttr(m, u"ID"), img);
            }
        } else if (group.name == QLatin1String("DrawParams")) {
            for (const Node &d : group.children)
                if (d.name == QLatin1String("DrawParam"))
                    m_pkg->drawParams.insert(idAttr(d, u"ID"), drawParam(d));
        } else if (group.name == QLatin1String("CompositeGraphicUnits")) {
            for (const Node &u : group.children) {
                if (u.name != QLatin1String("CompositeGraphicUnit"))
                    continue;
                Composite c;
                c.size = QSizeF(doubleAttr(u, u"Width", 0), doubleAttr(u, u"Height", 0));
                if (const Node *content = u.child(u"Content"))
                    readObjects(*content, c.objects, 1);
                m_pkg->composites.insert(idAttr(u, u"ID"), std::move(c));
            }
        }
    }
}

void Reader::readResources(const QString &part)
{
    if (part.isEmpty() || m_resourceParts.contains(part))
        return;
    m_resourceParts.insert(part);
    Node res;
    if (auto e = loadXml(part, &res)) {
        m_pkg->warnings.append(e->message);
        return;
    }
    readColorSpaces(res);
    readResourceBody(res, part);
}

bool Reader::readCommon(const Node &n, Object &o) const
{
    o.id = idAttr(n, u"ID");
    const auto b = box(n.attr(u"Boundary"));
    if (!b)
        return false; // Boundary is required: an object without one has no place on the page
    o.boundary = *b;
    if (const auto t = transform(n.attr(u"CTM")))
        o.ctm = *t;
    o.visible = boolAttr(n, u"Visible", true);
    o.alpha = std::clamp(int(doubleAttr(n, u"Alpha", 255)), 0, 255);
    o.drawParam = idAttr(n, u"DrawParam");
    o.lineWidth = doubleAttr(n, u"LineWidth", -1);
    o.fill = color(n.child(u"FillColor"));
    o.stroke = color(n.child(u"StrokeColor"));
    const QString join = n.attr(u"Join");
    if (!join.isEmpty())
        o.join = join == QLatin1String("Round") ? Qt::RoundJoin
            : join == QLatin1String("Bevel")    ? Qt::BevelJoin
                                                : Qt::MiterJoin;
    const QString cap = n.attr(u"Cap");
    if (!cap.isEmpty())
        o.cap = cap == QLatin1String("Round") ? Qt::RoundCap
            : cap == QLatin1String("Square")  ? Qt::SquareCap
                                              : Qt::FlatCap;
    o.dash = numbersOf(n.attr(u"DashPattern"));
    if (const Node *clips = n.child(u"Clips")) {
        for (const Node &clip : clips->children) {
            QPainterPath area;
            for (const Node &a : clip.children) {
                if (a.name != QLatin1String("Area"))
                    continue;
                const QTransform areaCtm = transform(a.attr(u"CTM")).value_or(QTransform());
                for (const Node &shape : a.children) {
                    if (shape.name != QLatin1String("Path") && shape.name != QLatin1String("PathObject"))
                        continue;
                    const QPainterPath p = parsePathData(shape.childText(u"AbbreviatedData"));
                    const QRectF pb = box(shape.attr(u"Boundary")).value_or(QRectF());
                    const QTransform pt = transform(shape.attr(u"CTM")).value_or(QTransform());
                    area.addPath((pt * QTransform::fromTranslate(pb.x(), pb.y()) * areaCtm).map(p));
                }
            }
            if (!area.isEmpty())
                o.clips.push_back(Clip {area});
        }
    }
    return true;
}

void Reader::readText(const Node &n, Object &o) const
{
    o.kind = Object::Kind::Text;
    o.font = idAttr(n, u"Font");
    o.size = doubleAttr(n, u"Size", 0);
    o.hScale = doubleAttr(n, u"HScale", 1.0);
    o.charDirection = int(doubleAttr(n, u"CharDirection", 0)) % 360;
    o.weight = int(doubleAttr(n, u"Weight", 400));
    o.italic = boolAttr(n, u"Italic", false);
    o.fillText = boolAttr(n, u"Fill", true);
    o.strokeText = boolAttr(n, u"Stroke", false);
    double x = 0;
    double y = 0;
    for (const Node &c : n.children) {
        if (c.name == QLatin1String("CGTransform")) {
            GlyphRun g;
            g.codePosition = int(doubleAttr(c, u"CodePosition", 0));
            g.codeCount = std::max(1, int(doubleAttr(c, u"CodeCount", 1)));
            if (const Node *glyphs = c.child(u"Glyphs"))
                for (double v : numbersOf(glyphs->text))
                    g.glyphs.append(quint32(std::max(0.0, v)));
            if (!g.glyphs.isEmpty())
                o.glyphRuns.append(g);
            continue;
        }
        if (c.name != QLatin1String("TextCode"))
            continue;
        // X and Y, when absent, are the previous TextCode's (GB/T 33190 11.3).
        x = doubleAttr(c, u"X", x);
        y = doubleAttr(c, u"Y", y);
        const QString &t = c.text;
        if (t.isEmpty())
            continue;
        const QList<double> dx = c.has(u"DeltaX") ? expandDeltas(c.attr(u"DeltaX"), t.size()) : QList<double>();
        const QList<double> dy = c.has(u"DeltaY") ? expandDeltas(c.attr(u"DeltaY"), t.size()) : QList<double>();
        o.codeStarts.append(int(o.text.size()));
        double cx = x;
        double cy = y;
        qsizetype k = 0; // characters (code points) so far: the deltas count characters, not UTF-16 units
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t.at(i).isLowSurrogate() && i > 0 && t.at(i - 1).isHighSurrogate()) {
                o.text.append(t.at(i));
                o.origins.append(QPointF(cx, cy));
                continue;
            }
            if (k > 0) {
                // A list shorter than the text repeats its last value, as common readers do.
                if (!dx.isEmpty())
                    cx += dx.value(k - 1, dx.last());
                if (!dy.isEmpty())
                    cy += dy.value(k - 1, dy.last());
            }
            ++k;
            o.text.append(t.at(i));
            o.origins.append(QPointF(cx, cy));
        }
    }
}

void Reader::readObjects(const Node &container, std::vector<Object> &out, int depth)
{
    if (depth > kMaxDepth)
        return;
    for (const Node &n : container.children) {
        Object o;
        if (n.name == QLatin1String("TextObject")) {
            if (!readCommon(n, o))
                continue;
            readText(n, o);
            if (o.text.isEmpty())
                continue;
        } else if (n.name == QLatin1String("PathObject")) {
            if (!readCommon(n, o))
                continue;
            o.kind = Object::Kind::Path;
            o.strokePath = boolAttr(n, u"Stroke", true);
            o.fillPath = boolAttr(n, u"Fill", false);
            o.path = parsePathData(n.childText(u"AbbreviatedData"));
            o.path.setFillRule(n.attr(u"Rule") == QLatin1String("Even-Odd") ? Qt::OddEvenFill : Qt::WindingFill);
        } else if (n.name == QLatin1String("ImageObject")) {
            if (!readCommon(n, o))
                continue;
            o.kind = Object::Kind::Image;
            o.resource = idAttr(n, u"ResourceID");
            o.imageMask = idAttr(n, u"ImageMask");
        } else if (n.name == QLatin1String("CompositeObject")) {
            if (!readCommon(n, o))
                continue;
            o.kind = Object::Kind::Composite;
            o.resource = idAttr(n, u"ResourceID");
        } else if (n.name == QLatin1String("PageBlock")) {
            o.kind = Object::Kind::Block;
            o.id = idAttr(n, u"ID");
            readObjects(n, o.children, depth + 1);
            if (o.children.empty())
                continue;
        } else {
            continue;
        }
        out.push_back(std::move(o));
    }
}

void Reader::readLayers(const Node &page, std::vector<Layer> &out)
{
    const Node *content = page.child(u"Content");
    if (!content)
        return;
    for (const Node &l : content->children) {
        if (l.name != QLatin1String("Layer"))
            continue;
        Layer layer;
        const QString type = l.attr(u"Type", QStringLiteral("Body"));
        layer.type = type == QLatin1String("Background") ? Layer::Type::Background
            : type == QLatin1String("Foreground")        ? Layer::Type::Foreground
                                                         : Layer::Type::Body;
        layer.drawParam = idAttr(l, u"DrawParam");
        readObjects(l, layer.objects, 1);
        out.push_back(std::move(layer));
    }
    // Background layers first, foreground last; the content order holds within a type.
    std::stable_sort(out.begin(), out.end(), [](const Layer &a, const Layer &b) { return a.type < b.type; });
}

std::optional<Error> Reader::readPage(const Node &pageRef, const QString &docDir, QRectF defaultBox)
{
    const QString loc = pageRef.attr(u"BaseLoc");
    if (loc.isEmpty())
        return error(QCoreApplication::translate("plens::import",
                                                 "the OFD is damaged: a page has no content location (BaseLoc)"));
    QString part = resolve(docDir, loc);
    if (!m_zip.contains(part) && m_zip.contains(normalise(loc)))
        part = normalise(loc);
    Node content;
    if (auto e = loadXml(part, &content))
        return e;
    Page page;
    page.part = part;
    page.id = idAttr(pageRef, u"ID");
    page.box = defaultBox;
    if (const Node *area = content.child(u"Area"))
        if (const auto b = box(area->childText(u"PhysicalBox")); b && b->width() > 0 && b->height() > 0)
            page.box = *b;
    for (const Node &c : content.children) {
        if (c.name == QLatin1String("Template")) {
            page.templates.append(
                TemplateRef {idAttr(c, u"TemplateID"), c.attr(u"ZOrder") == QLatin1String("Foreground")});
        } else if (c.name == QLatin1String("PageRes")) {
            const QString res = c.text.trimmed();
            const QString rel = resolve(dirOf(part), res);
            readResources(m_zip.contains(rel) ? rel : resolve(docDir, res));
        }
    }
    readLayers(content, page.layers);
    if (page.box.width() <= 0 || page.box.height() <= 0)
        return error(QCoreApplication::translate("plens::import", "the OFD is damaged: page %1 has no size")
                         .arg(m_pkg->pages.size() + 1));
    m_pageIndex.insert(page.id, int(m_pkg->pages.size()));
    m_pkg->pages.append(std::move(page));
    return std::nullopt;
}

void Reader::readAnnotations(const QString &part)
{
    Node annots;
    if (auto e = loadXml(part, &annots)) {
        m_pkg->warnings.append(e->message);
        return;
    }
    for (const Node &p : annots.children) {
        if (p.name != QLatin1String("Page"))
            continue;
        const int index = m_pageIndex.value(idAttr(p, u"PageID"), -1);
        const QString loc = p.childText(u"FileLoc");
        if (index < 0 || loc.isEmpty())
            continue;
        QString file = resolve(dirOf(part), loc);
        if (!m_zip.contains(file))
            file = resolve(dirOf(m_docRoot), loc);
        Node pageAnnot;
        if (auto e = loadXml(file, &pageAnnot)) {
            m_pkg->warnings.append(e->message);
            continue;
        }
        for (const Node &a : pageAnnot.children) {
            if (a.name != QLatin1String("Annot") || !boolAttr(a, u"Visible", true))
                continue;
            const Node *app = a.child(u"Appearance");
            if (!app)
                continue;
            Object block;
            block.kind = Object::Kind::Block;
            block.id = idAttr(a, u"ID");
            block.boundary = box(app->attr(u"Boundary")).value_or(QRectF());
            readObjects(*app, block.children, 1);
            if (!block.children.empty())
                m_pkg->pages[index].annotations.push_back(std::move(block));
        }
    }
}

// The seal's picture inside a signed value (SES_Signature, DER): the first embedded PNG, JPEG, GIF or
// OFD, cut to the OCTET STRING that holds it when its DER header is in front of it.
QByteArray sealPicture(const QByteArray &value)
{
    static const QByteArray magics[] = {QByteArray("\x89PNG\r\n\x1a\n", 8), QByteArray("\xFF\xD8\xFF", 3),
                                        QByteArray("GIF8"), QByteArray("PK\x03\x04", 4)};
    qsizetype pos = -1;
    for (const QByteArray &m : magics) {
        const qsizetype p = value.indexOf(m);
        if (p >= 0 && (pos < 0 || p < pos))
            pos = p;
    }
    if (pos < 0)
        return {};
    const auto u = [&](qsizetype i) {
        return quint8(value.at(i));
    };
    // 04 len | 04 81 len | 04 82 hi lo | 04 83 a b c, directly before the picture.
    for (int lenBytes = 0; lenBytes <= 3; ++lenBytes) {
        const qsizetype tag = pos - 2 - lenBytes;
        if (tag < 0 || u(tag) != 0x04)
            continue;
        qsizetype len = 0;
        if (lenBytes == 0) {
            if (u(tag + 1) >= 0x80)
                continue;
            len = u(tag + 1);
        } else {
            if (u(tag + 1) != 0x80 + lenBytes)
                continue;
            for (int k = 0; k < lenBytes; ++k)
                len = (len << 8) | u(tag + 2 + k);
        }
        if (len > 0 && pos + len <= value.size())
            return value.mid(pos, len);
    }
    return value.mid(pos);
}

void Reader::readSignatures(const QString &part)
{
    Node sigs;
    if (auto e = loadXml(part, &sigs)) {
        m_pkg->warnings.append(e->message);
        return;
    }
    for (const Node &s : sigs.children) {
        if (s.name != QLatin1String("Signature"))
            continue;
        Signature sig;
        sig.type = s.attr(u"Type", QStringLiteral("Seal"));
        const QString loc = s.attr(u"BaseLoc");
        sig.part = resolve(dirOf(part), loc);
        if (!m_zip.contains(sig.part))
            sig.part = normalise(loc);
        Node doc;
        if (auto e = loadXml(sig.part, &doc)) {
            m_pkg->warnings.append(e->message);
            m_pkg->signatures.append(sig);
            continue;
        }
        if (const Node *info = doc.child(u"SignedInfo")) {
            if (const Node *p = info->child(u"Provider")) {
                sig.provider = p->attr(u"ProviderName");
                sig.company = p->attr(u"Company");
            }
            sig.method = info->childText(u"SignatureMethod");
            sig.dateTime = info->childText(u"SignatureDateTime");
            for (const Node &st : info->children) {
                if (st.name != QLatin1String("StampAnnot"))
                    continue;
                Stamp stamp;
                stamp.page = m_pageIndex.value(idAttr(st, u"PageRef"), -1);
                stamp.boundary = box(st.attr(u"Boundary")).value_or(QRectF());
                stamp.clip = box(st.attr(u"Clip")).value_or(QRectF());
                if (stamp.page >= 0 && !stamp.boundary.isEmpty())
                    sig.stamps.append(stamp);
            }
        }
        const QString valueRef = doc.childText(u"SignedValue");
        if (!valueRef.isEmpty()) {
            QString valuePart = resolve(dirOf(sig.part), valueRef);
            if (!m_zip.contains(valuePart))
                valuePart = normalise(valueRef);
            QByteArray value;
            if (m_zip.read(valuePart, &value, kMaxResourceBytes) == PartStatus::Ok)
                sig.sealPicture = sealPicture(value);
        }
        m_pkg->signatures.append(sig);
    }
}

std::optional<Error> Reader::readDocument()
{
    Node doc;
    if (auto e = loadXml(m_docRoot, &doc))
        return e;
    if (doc.name != QLatin1String("Document"))
        return error(QCoreApplication::translate("plens::import", "the OFD is damaged: %1 is not an OFD document")
                         .arg(m_docRoot));
    const QString docDir = dirOf(m_docRoot);
    const Node *common = doc.child(u"CommonData");
    QRectF defaultBox(0, 0, 210, 297); // A4, when neither the document nor the page says
    if (common) {
        if (const Node *area = common->child(u"PageArea"))
            if (const auto b = box(area->childText(u"PhysicalBox")); b && b->width() > 0 && b->height() > 0)
                defaultBox = *b;
        // Colour spaces first: colours elsewhere refer to them.
        for (const Node &c : common->children) {
            if (c.name == QLatin1String("PublicRes") || c.name == QLatin1String("DocumentRes"))
                readResources(resolve(docDir, c.text.trimmed()));
        }
    }
    const Node *pages = doc.child(u"Pages");
    if (!pages || !pages->child(u"Page"))
        return error(QCoreApplication::translate("plens::import", "the OFD has no pages"));
    for (const Node &p : pages->children) {
        if (p.name != QLatin1String("Page"))
            continue;
        if (m_pkg->pages.size() >= kMaxPages)
            return error(QCoreApplication::translate("plens::import", "the OFD has too many pages (more than %1)")
                             .arg(kMaxPages));
        if (auto e = readPage(p, docDir, defaultBox))
            return e;
    }
    if (common) {
        for (const Node &t : common->children) {
            if (t.name != QLatin1String("TemplatePage"))
                continue;
            const qint64 id = idAttr(t, u"ID");
            const QString part = resolve(docDir, t.attr(u"BaseLoc"));
            Node content;
            if (auto e = loadXml(part, &content)) {
                m_pkg->warnings.append(e->message);
                continue;
            }
            for (const Node &c : content.children) {
                if (c.name != QLatin1String("PageRes"))
                    continue;
                const QString res = c.text.trimmed();
                const QString rel = resolve(dirOf(part), res);
                readResources(m_zip.contains(rel) ? rel : resolve(docDir, res));
            }
            Template tpl;
            readLayers(content, tpl.layers);
            m_pkg->templates.insert(id, std::move(tpl));
            // A template's own ZOrder applies where the page does not choose.
            if (t.attr(u"ZOrder") == QLatin1String("Foreground"))
                for (Page &page : m_pkg->pages)
                    for (TemplateRef &ref : page.templates)
                        if (ref.id == id && !ref.foreground)
                            ref.foreground = true;
        }
    }
    const QString annots = doc.childText(u"Annotations");
    if (!annots.isEmpty())
        readAnnotations(resolve(docDir, annots));
    return std::nullopt;
}

Result<std::shared_ptr<const Package>> Reader::read()
{
    if (auto e = openZip())
        return *e;
    if (!m_zip.contains(QStringLiteral("OFD.xml")))
        return error(
            QCoreApplication::translate("plens::import", "a ZIP archive that is not an OFD document (no OFD.xml)"));
    if (auto e = readOfdXml())
        return *e;
    if (auto e = readDocument())
        return *e;
    if (!m_signaturesPart.isEmpty())
        readSignatures(m_signaturesPart);
    return std::shared_ptr<const Package>(m_pkg);
}

Result<QList<Signature>> Reader::readSignaturesOnly()
{
    if (auto e = openZip())
        return *e;
    if (auto e = readOfdXml())
        return *e;
    // Page references of stamps need the page IDs; the pages' content is not read.
    Node doc;
    if (!loadXml(m_docRoot, &doc))
        if (const Node *pages = doc.child(u"Pages"))
            for (const Node &p : pages->children)
                if (p.name == QLatin1String("Page"))
                    m_pageIndex.insert(idAttr(p, u"ID"), int(m_pageIndex.size()));
    if (!m_signaturesPart.isEmpty())
        readSignatures(m_signaturesPart);
    return m_pkg->signatures;
}

// Appends an SVG-style elliptical arc from the current point to `to` (rx, ry radii, the x axis rotated
// by `angle` degrees), as cubic Béziers (the endpoint-to-centre conversion of SVG 1.1, F.6.5).
void arcTo(QPainterPath &path, double rx, double ry, double angle, bool large, bool sweep, QPointF to)
{
    const QPointF from = path.currentPosition();
    if (from == to)
        return;
    rx = std::abs(rx);
    ry = std::abs(ry);
    if (rx < 1e-9 || ry < 1e-9) {
        path.lineTo(to);
        return;
    }
    const double phi = angle * std::numbers::pi / 180.0;
    const double cphi = std::cos(phi);
    const double sphi = std::sin(phi);
    const double dx = (from.x() - to.x()) / 2;
    const double dy = (from.y() - to.y()) / 2;
    const double x1 = cphi * dx + sphi * dy;
    const double y1 = -sphi * dx + cphi * dy;
    const double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
    if (lambda > 1) {
        rx *= std::sqrt(lambda);
        ry *= std::sqrt(lambda);
    }
    const double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
    const double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
    double coef = den > 0 ? std::sqrt(std::max(0.0, num / den)) : 0;
    if (large == sweep)
        coef = -coef;
    const double cx1 = coef * rx * y1 / ry;
    const double cy1 = -coef * ry * x1 / rx;
    const double cx = cphi * cx1 - sphi * cy1 + (from.x() + to.x()) / 2;
    const double cy = sphi * cx1 + cphi * cy1 + (from.y() + to.y()) / 2;
    const auto angleOf = [](double ux, double uy, double vx, double vy) {
        return std::atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    };
    const double t1 = angleOf(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
    double dt = angleOf((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
    if (!sweep && dt > 0)
        dt -= 2 * std::numbers::pi;
    else if (sweep && dt < 0)
        dt += 2 * std::numbers::pi;
    const int segments = std::max(1, int(std::ceil(std::abs(dt) / (std::numbers::pi / 2))));
    const double step = dt / segments;
    const double k = 4.0 / 3.0 * std::tan(step / 4);
    const auto point = [&](double t) {
        return QPointF(cx + rx * std::cos(t) * cphi - ry * std::sin(t) * sphi,
                       cy + rx * std::cos(t) * sphi + ry * std::sin(t) * cphi);
    };
    const auto deriv = [&](double t) {
        return QPointF(-rx * std::sin(t) * cphi - ry * std::cos(t) * sphi,
                       -rx * std::sin(t) * sphi + ry * std::cos(t) * cphi);
    };
    double t = t1;
    for (int i = 0; i < segments; ++i) {
        const double tn = t + step;
        const QPointF p0 = point(t);
        const QPointF p3 = i + 1 == segments ? to : point(tn);
        path.cubicTo(p0 + k * deriv(t), point(tn) - k * deriv(tn), p3);
        t = tn;
    }
}

} // namespace

QList<double> expandDeltas(QStringView text, qsizetype limit)
{
    QList<double> out;
    const auto tokens = text.split(u' ', Qt::SkipEmptyParts);
    QList<QStringView> toks;
    for (const auto t : tokens) {
        // Tabs and line breaks separate values too.
        for (const auto u : t.split(u'\n', Qt::SkipEmptyParts))
            for (const auto v : u.split(u'\t', Qt::SkipEmptyParts))
                if (!v.trimmed().isEmpty())
                    toks.append(v.trimmed());
    }
    for (qsizetype i = 0; i < toks.size() && out.size() < limit; ++i) {
        if (toks.at(i) == u"g") {
            if (i + 2 >= toks.size())
                break;
            bool okN = false;
            bool okV = false;
            const qsizetype n = toks.at(i + 1).toLongLong(&okN);
            const double v = toks.at(i + 2).toDouble(&okV);
            if (!okN || !okV || n < 0 || !std::isfinite(v))
                break;
            for (qsizetype k = 0; k < n && out.size() < limit; ++k)
                out.append(v);
            i += 2;
            continue;
        }
        bool ok = false;
        const double v = toks.at(i).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            break;
        out.append(v);
    }
    return out;
}

QPainterPath parsePathData(QStringView data)
{
    QPainterPath path;
    QList<QStringView> toks;
    for (const auto t : data.split(u' ', Qt::SkipEmptyParts))
        for (const auto u : t.split(u'\n', Qt::SkipEmptyParts))
            for (const auto v : u.split(u'\t', Qt::SkipEmptyParts))
                if (!v.trimmed().isEmpty())
                    toks.append(v.trimmed());
    qsizetype i = 0;
    const auto num = [&](int count, double *v) {
        if (i + count >= toks.size()) // operands at i + 1 .. i + count
            return false;
        for (int k = 0; k < count; ++k) {
            bool ok = false;
            v[k] = toks.at(i + 1 + k).toDouble(&ok);
            if (!ok || !std::isfinite(v[k]))
                return false;
        }
        i += count + 1;
        return true;
    };
    double v[7];
    while (i < toks.size()) {
        const QStringView op = toks.at(i);
        if (op == u"M" || op == u"S") {
            if (!num(2, v))
                break;
            path.moveTo(v[0], v[1]);
        } else if (op == u"L") {
            if (!num(2, v))
                break;
            path.lineTo(v[0], v[1]);
        } else if (op == u"Q") {
            if (!num(4, v))
                break;
            path.quadTo(v[0], v[1], v[2], v[3]);
        } else if (op == u"B") {
            if (!num(6, v))
                break;
            path.cubicTo(v[0], v[1], v[2], v[3], v[4], v[5]);
        } else if (op == u"A") {
            if (!num(7, v))
                break;
            arcTo(path, v[0], v[1], v[2], v[3] != 0, v[4] != 0, QPointF(v[5], v[6]));
        } else if (op == u"C") {
            path.closeSubpath();
            ++i;
        } else {
            break; // an unknown operator: what follows cannot be trusted
        }
    }
    return path;
}

QList<const Layer *> drawnLayers(const Package &pkg, int page, const std::function<bool(qint64)> &withTemplate)
{
    QList<const Layer *> out;
    if (page < 0 || page >= pkg.pages.size())
        return out;
    const Page &p = pkg.pages.at(page);
    const auto templates = [&](bool foreground) {
        for (const TemplateRef &ref : p.templates) {
            if (ref.foreground != foreground || (withTemplate && !withTemplate(ref.id)))
                continue;
            const auto it = pkg.templates.constFind(ref.id);
            if (it == pkg.templates.constEnd())
                continue;
            for (const Layer &l : it->layers)
                out.append(&l);
        }
    };
    templates(false);
    for (const Layer &l : p.layers)
        out.append(&l);
    templates(true);
    return out;
}

bool isOfdPackage(const QByteArray &bytes)
{
    Zip zip;
    if (zip.open(bytes, false))
        return zip.contains(QStringLiteral("OFD.xml"));
    // Too damaged to open: a local header for OFD.xml near the start still says what it was meant to be.
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 1 << 16));
    for (qsizetype p = head.indexOf("PK\x03\x04"); p >= 0; p = head.indexOf("PK\x03\x04", p + 4)) {
        if (p + 30 > head.size())
            break;
        const int nameLen = quint8(head.at(p + 26)) | (quint8(head.at(p + 27)) << 8);
        if (p + 30 + nameLen <= head.size() && head.sliced(p + 30, nameLen) == QByteArrayView("OFD.xml"))
            return true;
    }
    return false;
}

Result<std::shared_ptr<const Package>> readPackage(const QString &fileName, const QByteArray &bytes)
{
    Reader reader(fileName, bytes);
    return reader.read();
}

Result<QList<Signature>> readSignatures(const QString &fileName, const QByteArray &bytes)
{
    Reader reader(fileName, bytes);
    return reader.readSignaturesOnly();
}

} // namespace plens::ofd
