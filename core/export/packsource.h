#pragma once

#include "export/export.h"
#include "export/meetingpack.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace plens {

class Workspace;

// What the exports take from a workspace, assembled in one place for the command line and the GUI.
// Call these on the workspace's thread; what they return is plain values that an export can then
// write on any thread.
class MeetingPackSource
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPackSource)
public:
    // Makes the chart of one indicator. It is called here (on the workspace's thread); the painter it
    // returns may be called on another thread (an export off the GUI thread), so a painter that needs
    // the GUI thread (QtCharts) should render its picture when it is made and only replay it.
    using ChartFactory = std::function<ChartPainter(const IndicatorSeries &series)>;

    // The meeting pack of every target in `w` that passes `filter`, with its latest reported value
    // and the quotes (MeetingPackWriter::collect), titled `title` and dated `date` (invalid: the day it
    // is painted). Each indicator with reported values gets a chart from `chartFor`
    // (MeetingPackWriter::simpleChart when empty); a target alone makes no chart worth a page. The
    // analysis sections (export/packanalysis.h) judge the radar on `date` (today when invalid).
    static Result<MeetingPack> fromWorkspace(const Workspace &w, const ExportFilter &filter, const QString &title,
                                             QDate date, const ChartFactory &chartFor = {});
};

// The export request of document `documentId` with everything the user did on it (annotations,
// figures, their tags), with the default filter and options; the caller sets those.
Result<ExportRequest> exportRequestFromWorkspace(const Workspace &w, qint64 documentId);

} // namespace plens
