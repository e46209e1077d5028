#pragma once

#include "export/export.h"
#include "export/meetingpack.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace plens {

class Workspace;

// The meeting pack's analysis sections, from core/analysis: the cascade check (each parent target with
// its children and the gap), the deadline radar (what needs attention as of `asOf`, most urgent first,
// projections marked as such) and plan revisions (the changes of every pair of versions found). Only
// targets that pass `filter` are taken; a section with nothing to say is left out. Call on the
// workspace's thread.
class PackAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(PackAnalysis)
public:
    static Result<QList<PackSection>> sections(const Workspace &w, const ExportFilter &filter, const QDate &asOf);
};

} // namespace plens
