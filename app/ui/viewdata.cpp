#include "ui/viewdata.h"

#include "extract/indicators.h"

namespace plens::ui {

QHash<qint64, StatusJudgement> ViewData::judge(const Workspace &w)
{
    QHash<qint64, StatusJudgement> judged;
    for (const IndicatorData &d : collectIndicators(IndicatorInputs::load(w))) {
        for (const TargetProgress &p : d.progress)
            judged.insert(p.targetId, p.judgement);
    }
    return judged;
}

ViewData ViewData::load(const Workspace &w)
{
    ViewData v;
    v.documents = w.documents();
    v.commitments = w.commitments();
    v.commitmentTags = w.commitmentTags();
    v.links = w.links();
    v.indicators = w.indicatorState();
    v.progress = judge(w);
    return v;
}

QHash<qint64, QString> ViewData::documentTitles() const
{
    QHash<qint64, QString> titles;
    for (const DocumentSummary &d : documents)
        titles.insert(d.id, d.meta.title.isEmpty() ? d.fileName : d.meta.title);
    return titles;
}

} // namespace plens::ui
