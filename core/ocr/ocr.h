#pragma once

// Text recognition (OCR) of page images with Tesseract 5. Nothing here includes Tesseract: a build
// without it (PLENS_OCR=OFF or Tesseract not found) has the same interface, where Engine::available()
// is false and recognise() fails with a message saying so.

#include "model/result.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace plens::ocr {

// One recognised character with its box in the image's pixels. Tesseract reports symbols; a symbol
// of several UTF-16 units (a character outside the BMP) keeps them together here.
struct Glyph
{
    QString text;
    QRect box;
};

// A word as Tesseract segments it (in Chinese often one character, or a run of digits) and its
// confidence, 0..100.
struct Word
{
    QList<Glyph> glyphs;
    QRect box;
    float confidence = 0;
};

// A line of words in reading order. `vertical`: a line of vertical (top-to-bottom) text.
struct Line
{
    QList<Word> words;
    QRect box;
    bool vertical = false;
    [[nodiscard]] float confidence() const; // mean of the words', weighted by their glyph counts
};

struct PageResult
{
    QList<Line> lines;
    QSize imageSize;
};

// A recognised line as text: each character with the box it came from. Words are joined without a
// space where either side is Chinese (Tesseract separates every Han "word"), with one space between
// two Latin or numeric words; ASCII punctuation recognised between Chinese characters becomes the
// full-width mark Chinese text uses (，：；（）？！).
struct LineText
{
    QString text;
    QList<QRect> boxes; // one per UTF-16 unit of text
};
LineText lineText(const Line &line);

// Puts each character of a recognised line on its glyph. Tesseract's LSTM engine gives character
// boxes that are often off by half a character or more (and word boxes no better), while its line
// boxes are right; so the line's ink in `gray` (the image that was recognised, 8-bit grey) is cut at
// its blank columns (rows for a vertical line) and the pieces are shared out among the characters in
// order, each taking the pieces that best give its expected width (a Han character about an em, a
// digit half of one, a comma less) near where Tesseract put it. Word boxes follow their characters.
void placeGlyphs(Line &line, const QImage &gray);

// Drops lines that are almost certainly not text, as photographs and decorations give them: lines
// whose words average below `minLineConfidence`, lines without a Chinese character, letter or
// digit, and a lone character below `minSingleConfidence`. Words of a line that is kept stay, however
// unsure: in a scanned page a doubtful character keeps its place in the sentence. (Measured on
// scanned pages, lines of text average 75..97; debris from photographs mostly stays below 50.)
struct Filter
{
    float minLineConfidence = 70;
    float minSingleConfidence = 90;
};
PageResult filtered(const PageResult &page, const Filter &filter = {});

// Where the trained models are: the first folder holding `language`.traineddata among
//   1. beside the executable: <dir>/tessdata, <dir>, <dir>/../share/tessdata (Windows installs ship
//      them there; a relocatable Linux tree has share/ beside bin/);
//   2. TESSDATA_PREFIX (the tessdata folder itself, as Tesseract 5 reads it, or its parent);
//   3. the usual system folders (Debian's /usr/share/tesseract-ocr/5/tessdata, ...).
// Empty when none has it.
QString findTessdata(const QString &language = QStringLiteral("chi_sim"));
// The folders findTessdata() looks in, in order (for messages and tests).
QStringList tessdataSearchPath();

// The Tesseract library version, empty in a build without it.
QString tesseractVersion();

// A recogniser. Loading the models takes a moment and a few dozen MB, so one engine is made per
// import and reused for its pages; an engine is used from one thread at a time.
class Engine
{
public:
    struct Options
    {
        QString language = QStringLiteral("chi_sim"); // the model for horizontal text ('+' joins several)
        QString verticalLanguage = QStringLiteral("chi_sim_vert"); // re-reads vertical text; empty: not used
        int dpi = 300; // the resolution the images are rendered at
    };

    Engine();
    explicit Engine(Options options);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // True when this build has Tesseract.
    static bool available();

    // Loads the models (done by the first recognise() too); the error says which model is missing
    // and where it was looked for.
    Status load();

    // Called now and then with the percentage done; returning false cancels the recognition.
    using Progress = std::function<bool(int percent)>;

    // Recognises the text of `image` (rendered at options.dpi). Boxes are in the image's pixels.
    // A cancelled run returns an error; `cancelled()` tells it apart from a failure.
    Result<PageResult> recognise(const QImage &image, const Progress &progress = {});
    [[nodiscard]] bool cancelled() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace plens::ocr
