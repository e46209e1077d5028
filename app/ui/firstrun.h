#pragma once

#include "model/result.h"
#include "store/workspace.h"

#include <memory>

namespace plens::ui {

// The workspace a first run opens: <user data folder>/workspace.plens.
QString defaultWorkspacePath();

// Opens the default workspace; when it does not exist yet, creates it and imports the built-in
// sample documents (resources/samples) so a new user sees PolicyLens at work at once. `fresh` (when
// given) says whether the samples were just added.
Result<std::unique_ptr<Workspace>> openDefaultWorkspace(bool *fresh = nullptr);

// Imports the built-in samples into `ws` through the import pipeline (figures extracted, grouped
// under indicators, links suggested), and accepts the links between the sample plan and the sample
// briefing, so the first thing a new user sees is the whole idea: targets highlighted, linked to the
// figures reported on them, judged and charted. Returns how many documents were added.
Result<int> addSampleDocuments(Workspace &ws);

// The sample plan and briefing in `ws` (0 when absent): what the first start shows side by side.
struct SampleDocuments
{
    qint64 plan = 0;
    qint64 briefing = 0;
};
SampleDocuments sampleDocuments(const Workspace &ws);

} // namespace plens::ui
