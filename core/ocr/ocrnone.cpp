// Engine in a build without Tesseract (PLENS_OCR=OFF or Tesseract not found): nothing is recognised,
// and the PDF import reports pages without a text layer as warnings instead.
#include "ocr/ocr.h"

#include <QCoreApplication>

namespace plens::ocr {

struct Engine::Impl
{
    Options options;
};

Engine::Engine() : Engine(Options {}) { }

Engine::Engine(Options options) : d(std::make_unique<Impl>())
{
    d->options = std::move(options);
}

Engine::~Engine() = default;

bool Engine::available()
{
    return false;
}

QString tesseractVersion()
{
    return {};
}

Status Engine::load()
{
    return Error {{}, QCoreApplication::translate("plens::ocr", "this build of PolicyLens cannot recognise text")};
}

bool Engine::cancelled() const
{
    return false;
}

Result<PageResult> Engine::recognise(const QImage &, const Progress &)
{
    return load().error();
}

} // namespace plens::ocr
