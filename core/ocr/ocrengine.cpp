// Engine on the Tesseract 5 C++ API (built when PLENS_OCR finds Tesseract; ocrnone.cpp otherwise).
#include "ocr/ocr.h"

#include <QCoreApplication>
#include <QFile>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <vector>

namespace plens::ocr {

namespace {

// Tesseract reads its models through this, so a folder with non-ASCII characters in its name works on
// Windows too (Tesseract's own reader uses fopen with the ANSI code page there).
bool readModelFile(const char *fileName, std::vector<char> *data)
{
    QFile f(QString::fromUtf8(fileName));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = f.readAll();
    data->assign(bytes.cbegin(), bytes.cend());
    return f.error() == QFileDevice::NoError;
}

struct TextDeleter
{
    void operator()(char *p) const { delete[] p; }
};
using Utf8 = std::unique_ptr<char, TextDeleter>;

QRect boxOf(const tesseract::PageIterator &it, tesseract::PageIteratorLevel level)
{
    int l = 0;
    int t = 0;
    int r = 0;
    int b = 0;
    if (!it.BoundingBox(level, &l, &t, &r, &b))
        return {};
    return QRect(QPoint(l, t), QPoint(r - 1, b - 1));
}

// Progress and cancel through Tesseract's monitor, which calls `cancel` as words are recognised.
struct Monitor
{
    tesseract::ETEXT_DESC desc;
    const Engine::Progress *progress = nullptr;
    int base = 0; // the percentage before this pass
    int span = 100; // of the percentage this pass covers
    int last = -1;
    bool cancelled = false;

    static bool cancel(void *self, int /*words*/)
    {
        auto *m = static_cast<Monitor *>(self);
        const int percent = m->base + m->span * std::clamp<int>(m->desc.progress, 0, 100) / 100;
        if (percent != m->last && m->progress && *m->progress) {
            m->last = percent;
            m->cancelled = m->cancelled || !(*m->progress)(percent);
        }
        return m->cancelled;
    }
};

// Reads the recognised lines of the current image, in reading order; `vertical` is set on lines of
// blocks whose writing runs top to bottom.
QList<Line> readLines(tesseract::TessBaseAPI &api, QList<QRect> *verticalBlocks)
{
    QList<Line> lines;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it)
        return lines;
    bool verticalBlock = false;
    do {
        if (it->Empty(tesseract::RIL_SYMBOL))
            continue;
        if (it->IsAtBeginningOf(tesseract::RIL_BLOCK)) {
            tesseract::Orientation orientation {};
            tesseract::WritingDirection direction {};
            tesseract::TextlineOrder order {};
            float deskew = 0;
            it->Orientation(&orientation, &direction, &order, &deskew);
            verticalBlock = direction == tesseract::WRITING_DIRECTION_TOP_TO_BOTTOM
                || orientation == tesseract::ORIENTATION_PAGE_RIGHT || orientation == tesseract::ORIENTATION_PAGE_LEFT;
            if (verticalBlock && verticalBlocks)
                verticalBlocks->append(boxOf(*it, tesseract::RIL_BLOCK));
        }
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || lines.isEmpty()) {
            Line line;
            line.box = boxOf(*it, tesseract::RIL_TEXTLINE);
            line.vertical = verticalBlock;
            lines.append(line);
        }
        Line &line = lines.back();
        if (it->IsAtBeginningOf(tesseract::RIL_WORD) || line.words.isEmpty()) {
            Word word;
            word.box = boxOf(*it, tesseract::RIL_WORD);
            word.confidence = it->Confidence(tesseract::RIL_WORD);
            line.words.append(word);
        }
        const Utf8 text(it->GetUTF8Text(tesseract::RIL_SYMBOL));
        const QString s = text ? QString::fromUtf8(text.get()).trimmed() : QString();
        if (!s.isEmpty())
            line.words.back().glyphs.append(Glyph {s, boxOf(*it, tesseract::RIL_SYMBOL)});
    } while (it->Next(tesseract::RIL_SYMBOL));
    for (Line &l : lines)
        l.words.removeIf([](const Word &w) { return w.glyphs.isEmpty(); });
    lines.removeIf([](const Line &l) { return l.words.isEmpty(); });
    return lines;
}

// How much trustworthy text a reading holds: characters times confidence over the lines that pass
// the filter.
double score(const QList<Line> &lines)
{
    double sum = 0;
    for (const Line &l : filtered(PageResult {lines, {}}).lines) {
        for (const Word &w : l.words)
            sum += double(w.confidence) * double(w.glyphs.size());
    }
    return sum;
}

} // namespace

struct Engine::Impl
{
    Options options;
    std::unique_ptr<tesseract::TessBaseAPI> api;
    std::unique_ptr<tesseract::TessBaseAPI> vertical; // null when the vertical model is not installed
    bool loaded = false;
    bool cancelled = false;
    std::optional<Error> loadError;

    static Result<std::unique_ptr<tesseract::TessBaseAPI>> open(const QString &language)
    {
        QString dir;
        for (const QString &lang : language.split(u'+', Qt::SkipEmptyParts)) {
            const QString found = findTessdata(lang);
            if (found.isEmpty())
                return Error {
                    {},
                    QCoreApplication::translate(
                        "plens::ocr", "the text recognition model %1.traineddata was not found (looked in %2)")
                        .arg(lang, tessdataSearchPath().join(QStringLiteral(", ")))};
            if (dir.isEmpty())
                dir = found;
        }
        auto api = std::make_unique<tesseract::TessBaseAPI>();
        api->SetVariable("debug_file", "/dev/null"); // Tesseract maps it to nul on Windows
        const QByteArray path = (dir + u'/').toUtf8();
        const QByteArray lang = language.toUtf8();
        if (api->Init(path.constData(), 0, lang.constData(), tesseract::OEM_LSTM_ONLY, nullptr, 0, nullptr, nullptr,
                      false, &readModelFile)
            != 0)
            return Error {
                {},
                QCoreApplication::translate("plens::ocr", "the text recognition model %1 in %2 cannot be loaded")
                    .arg(language, dir)};
        // Chinese has no spaces between words; keeping Tesseract's would only add noise.
        api->SetVariable("preserve_interword_spaces", "0");
        return api;
    }
};

Engine::Engine() : Engine(Options {}) { }

Engine::Engine(Options options) : d(std::make_unique<Impl>())
{
    d->options = std::move(options);
}

Engine::~Engine() = default;

bool Engine::available()
{
    return true;
}

QString tesseractVersion()
{
    return QString::fromLatin1(tesseract::TessBaseAPI::Version());
}

Status Engine::load()
{
    if (d->loaded)
        return d->loadError ? Status(*d->loadError) : Status(Ok {});
    d->loaded = true;
    auto api = Impl::open(d->options.language);
    if (!api) {
        d->loadError = api.error();
        return api.error();
    }
    d->api = std::move(api).value();
    if (!d->options.verticalLanguage.isEmpty() && !findTessdata(d->options.verticalLanguage).isEmpty()) {
        if (auto v = Impl::open(d->options.verticalLanguage))
            d->vertical = std::move(v).value();
    }
    return Ok {};
}

bool Engine::cancelled() const
{
    return d->cancelled;
}

Result<PageResult> Engine::recognise(const QImage &image, const Progress &progress)
{
    d->cancelled = false;
    if (auto ok = load(); !ok)
        return ok.error();
    if (image.isNull() || image.width() < 8 || image.height() < 8)
        return PageResult {{}, image.size()};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    tesseract::TessBaseAPI &api = *d->api;
    api.SetPageSegMode(tesseract::PSM_AUTO);
    api.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    api.SetSourceResolution(d->options.dpi);

    Monitor monitor;
    monitor.progress = &progress;
    monitor.span = d->vertical ? 90 : 100;
    monitor.desc.cancel = &Monitor::cancel;
    monitor.desc.cancel_this = &monitor;
    const int rc = api.Recognize(&monitor.desc);
    if (monitor.cancelled || (progress && !progress(monitor.span))) {
        d->cancelled = true;
        api.Clear();
        return Error {{}, QCoreApplication::translate("plens::ocr", "text recognition was cancelled")};
    }
    if (rc != 0) {
        api.Clear();
        return Error {{}, QCoreApplication::translate("plens::ocr", "text recognition failed on this image")};
    }
    QList<QRect> verticalBlocks;
    PageResult page {readLines(api, &verticalBlocks), image.size()};
    for (Line &l : page.lines)
        placeGlyphs(l, gray);
    api.Clear();

    // Vertical text (posters, seals, table headings set top to bottom): the horizontal model reads it
    // poorly, so each such block is read again with the vertical model and the better reading kept.
    if (d->vertical && !verticalBlocks.isEmpty()) {
        tesseract::TessBaseAPI &v = *d->vertical;
        v.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK_VERT_TEXT);
        v.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
        v.SetSourceResolution(d->options.dpi);
        for (const QRect &block : std::as_const(verticalBlocks)) {
            const QRect r = block.adjusted(-4, -4, 4, 4).intersected(gray.rect());
            if (r.width() < 8 || r.height() < 8)
                continue;
            v.SetRectangle(r.left(), r.top(), r.width(), r.height());
            Monitor vm;
            vm.progress = &progress;
            vm.base = 90;
            vm.span = 10;
            vm.desc.cancel = &Monitor::cancel;
            vm.desc.cancel_this = &vm;
            const int vrc = v.Recognize(&vm.desc);
            if (vm.cancelled) {
                d->cancelled = true;
                v.Clear();
                return Error {{}, QCoreApplication::translate("plens::ocr", "text recognition was cancelled")};
            }
            if (vrc != 0)
                continue;
            QList<Line> again = readLines(v, nullptr);
            for (Line &l : again) {
                l.vertical = true;
                placeGlyphs(l, gray);
            }
            const auto inBlock = [&](const Line &l) {
                return r.contains(l.box.center());
            };
            PageResult before;
            for (const Line &l : std::as_const(page.lines)) {
                if (inBlock(l))
                    before.lines.append(l);
            }
            if (score(again) > score(before.lines)) {
                qsizetype at = -1;
                for (qsizetype i = 0; i < page.lines.size(); ++i) {
                    if (inBlock(page.lines.at(i))) {
                        if (at < 0)
                            at = i;
                        page.lines.removeAt(i--);
                    }
                }
                if (at < 0)
                    at = page.lines.size();
                for (qsizetype k = 0; k < again.size(); ++k)
                    page.lines.insert(at + k, again.at(k));
            }
        }
        v.Clear();
    }
    if (progress && !progress(100)) {
        d->cancelled = true;
        return Error {{}, QCoreApplication::translate("plens::ocr", "text recognition was cancelled")};
    }
    return page;
}

} // namespace plens::ocr
