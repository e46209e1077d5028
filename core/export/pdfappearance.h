#pragma once

#include "model/result.h"

#include <QByteArray>

namespace plens {

// Gives every highlight annotation of `pdf` that has no appearance stream (/AP) one, in an
// incremental update appended to the file: a form XObject filling each quad with the annotation's
// colour in Multiply blend mode, and the annotation dictionary rewritten with /AP /N pointing to it.
//
// Why: Poppler writes highlight annotations without /AP (it builds the appearance only when it draws).
// Readers that draw only what /AP says — and PDF/A validators, printers' RIPs, some mobile readers —
// would show nothing. With /AP every reader draws the same thing.
//
// The update matches the file's cross-reference form (a table, or an uncompressed xref stream).
// Encrypted files and files whose last trailer cannot be read are returned unchanged (added = 0).
QByteArray addHighlightAppearances(const QByteArray &pdf, int *added = nullptr);

} // namespace plens
