#pragma once

#include "text/mappedtext.h"

#include <QList>

#include <utility>

namespace plens {

struct CleanupOptions
{
    // Join a long line that stops mid-sentence with the next one across blank lines: a page break
    // copied from a PDF into a web page or a text file ("高级专\n\n业技术").
    bool joinBrokenParagraphs = true;
    // Table blocks, as [start, end) ranges of the input (sorted, not overlapping): their lines are
    // table rows (cells separated by '\t', see model/table.h) and stay exactly as they are, one row
    // per line with a single '\n' between rows and a blank line around the block.
    QList<std::pair<qsizetype, qsizetype>> tables;
};

// Removes web debris and layout artefacts by class, not by document:
//  - spam words that web pages get injected with (gambling ads such as 买球) as lines or prefixes;
//  - page furniture: "扫一扫在手机打开当前页", CMS credits ("Produced By …", "Powered by"), copyright
//    and ICP lines, font-size selectors ("字体:[ 大 中 小 ]"), print/close/share links, view counters,
//    breadcrumbs ("政策库 > …"), reprint disclaimers;
//  - sidebars and widgets after a widget heading ("热门政策", "相关链接", "上一篇" …) up to the
//    next real paragraph;
//  - spaces between CJK characters and ASCII letters or digits ("超 20 万个");
// then trims every line, drops blank lines and joins paragraphs broken by a page break.
// Paragraphs of the result are separated by one blank line. The map follows every edit.
MappedText cleanupText(const MappedText &input, const CleanupOptions &options = {});

// The same on plain text (no map).
QString cleanupText(const QString &input, const CleanupOptions &options = {});

} // namespace plens
