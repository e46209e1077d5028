#pragma once

#include "model/result.h"
#include "store/workspace.h"

#include <memory>

namespace plens::ui {

// The workspace a first run opens: <user data folder>/workspace.plens.
QString defaultWorkspacePath();

// Opens the default workspace; when it does not exist yet, creates it and imports the built-in
// sample documents (resources/samples) so a new user sees PolicyLens at work at once.
Result<std::unique_ptr<Workspace>> openDefaultWorkspace();

// Imports the built-in samples into `ws`. Returns how many documents were added.
Result<int> addSampleDocuments(Workspace &ws);

} // namespace plens::ui
