#pragma once

#include "extract/linker.h"
#include "model/items.h"
#include "store/workspace.h"

#include <QHash>
#include <QList>

namespace plens::ui {

// What the window's views show of a workspace, read in one go through one connection: the import's
// worker reads it after storing, so the window only puts it on screen (no query and no judging on the
// GUI thread after a large import).
struct ViewData
{
    QList<DocumentSummary> documents;
    QList<Commitment> commitments;
    QHash<qint64, QList<qint64>> commitmentTags;
    QList<Link> links;
    IndicatorState indicators;
    QHash<qint64, StatusJudgement> progress; // each target judged by the one rule (linker.h)

    static ViewData load(const Workspace &w);
    // Each target judged from the figures linked to it (collectIndicators()).
    static QHash<qint64, StatusJudgement> judge(const Workspace &w);

    [[nodiscard]] QHash<qint64, QString> documentTitles() const;
};

} // namespace plens::ui
