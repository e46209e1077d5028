#pragma once

#include <QList>
#include <QString>

namespace plens {

// Data PolicyLens reads at run time that an installation carries beside its executables (the Windows
// installer does; on Linux the distribution's packages provide it): <prefix>/share/<name> next to
// <prefix>/bin. Found relative to the running executable, never at a path fixed at build time.
//   poppler   poppler-data: CMaps and encodings for PDFs whose fonts are not embedded (Chinese
//             PDFs set in STSong, SimSun ...); a relocatable Poppler looks there by itself
//   tessdata  Tesseract's chi_sim, chi_sim_vert and eng models for pages without a text layer
struct BundledData
{
    QString name; // "poppler", "tessdata"
    QString path; // the folder, when found beside the executable; else empty
};

// The bundled data sets, found or not.
QList<BundledData> bundledData();
// The folder of one data set beside the executable, or empty.
QString bundledDataDir(const QString &name);

} // namespace plens
