#include "import/formats.h"

#include <QCoreApplication>

namespace plens::detail {

Result<RawImport> importPdf(const QString &fileName, const QByteArray &, const ImportOptions &)
{
    return Error {fileName, QCoreApplication::translate("plens::import", "this format cannot be imported yet")};
}

} // namespace plens::detail
