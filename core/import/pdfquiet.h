#pragma once
// Poppler prints what it finds wrong in a file ("Error: Incorrect password", "Syntax Error: ...") on
// standard error; PolicyLens says it once, in its own words. Every piece of PDF code calls this before
// it opens a document (defined in pdfimporter.cpp, the one place that sets Poppler's error handler).

namespace plens::detail {

void quietPoppler();

} // namespace plens::detail
