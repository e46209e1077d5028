#pragma once

#include "import/ofdpackage.h"
#include "model/result.h"
#include "render/pagerenderer.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace plens {

// The pages of one OFD document, painted with QPainter (ofd::PagePainter) off the GUI thread by
// PageRenderer. The package is read once from memory (the original bytes a Document keeps); each
// thread paints with a painter of its own. Needs a QGuiApplication (fonts).
class OfdRenderer : public PageRenderer
{
public:
    // `name` is used in error messages.
    static Result<std::unique_ptr<OfdRenderer>> open(const QString &name, const QByteArray &bytes);

    [[nodiscard]] const ofd::Package &package() const { return *m_package; }

private:
    OfdRenderer(std::shared_ptr<const ofd::Package> package, QList<QSizeF> sizes);
    std::shared_ptr<const ofd::Package> m_package;
};

} // namespace plens
