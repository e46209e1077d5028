#include "import/formats.h"

#include <QCoreApplication>

namespace plens::detail {

Result<RawImport> importDocx(const QString &fileName, const QByteArray &)
{
    return Error {fileName, QCoreApplication::translate("plens::import", "this format cannot be imported yet")};
}

} // namespace plens::detail
