// The Poppler part of components.h (Poppler is included only in PDF code).
#include "components.h"

#include <poppler-version.h>

namespace plens {

QString popplerVersion()
{
    return Poppler::Version::string();
}

} // namespace plens
