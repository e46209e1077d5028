#include "export/packsource.h"

#include "export/packanalysis.h"
#include "store/workspace.h"

namespace plens {

Result<MeetingPack> MeetingPackSource::fromWorkspace(const Workspace &w, const ExportFilter &filter,
                                                     const QString &title, QDate date, const ChartFactory &chartFor)
{
    QList<Document> documents;
    for (const DocumentSummary &s : w.documents()) {
        Document d; // name, date and character pages are all the pack needs
        auto full = w.document(s.id);
        if (!full)
            return full.error();
        d.id = s.id;
        d.fileName = s.fileName;
        d.meta = s.meta;
        d.charBoxes = full->charBoxes;
        documents.append(d);
    }
    MeetingPack pack;
    pack.title = title;
    pack.date = date;
    pack.filters = filter.describe(w.tags());
    MeetingPackWriter::collect(pack, documents, w.commitments(), w.links(), w.indicators(), w.commitmentTags(), filter);
    auto sections = PackAnalysis::sections(w, filter, date.isValid() ? date : QDate::currentDate());
    if (!sections)
        return sections.error();
    pack.sections = std::move(sections).value();
    for (const IndicatorSeries &s : std::as_const(pack.series))
        if (!s.reported.isEmpty())
            pack.charts.append({s.indicator, s.unit.isEmpty() ? QString() : tr("Unit: %1").arg(s.unit),
                                chartFor ? chartFor(s) : MeetingPackWriter::simpleChart(s)});
    return pack;
}

Result<ExportRequest> exportRequestFromWorkspace(const Workspace &w, qint64 documentId)
{
    auto doc = w.document(documentId);
    if (!doc)
        return doc.error();
    ExportRequest req;
    req.document = std::move(doc).value();
    req.annotations = w.annotations(documentId);
    req.commitments = w.commitments(documentId);
    req.commitmentTags = w.commitmentTags();
    req.tags = w.tags();
    return req;
}

} // namespace plens
