#pragma once

#include "model/result.h"
#include "render/pagerenderer.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace plens {

// The pages of one PDF (Poppler), rendered off the GUI thread by PageRenderer. The document is loaded
// from memory (the original bytes a Document keeps), never from the file, and is not touched before it
// is unlocked.
class PdfRenderer : public PageRenderer
{
public:
    // `name` is used in error messages. A wrong or missing password gives an error.
    static Result<std::unique_ptr<PdfRenderer>> open(const QString &name, const QByteArray &bytes,
                                                     const QString &password = {});

private:
    using PageRenderer::PageRenderer;
};

} // namespace plens
