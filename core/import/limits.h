#pragma once
// What one import accepts, stated once. Every limit is enforced where the input is read and refused
// with a message that names it; a policy document is far below each, a mistaken drop or a hostile
// file is not.
//
// | limit          | default   | applies to            | enforced in                                     |
// | -------------- | --------- | --------------------- | ----------------------------------------------- |
// | fileBytes      | 64 MB     | every file            | importer.cpp, before anything is read           |
// | pdfPages       | 5,000     | PDF                   | pdfimporter.cpp, before the first page          |
// | unpackedBytes  | 256 MB    | DOCX (and OFD): all   | docximporter.cpp, while parts are unpacked      |
// |                |           | parts unpacked        |                                                 |
// | nestingDepth   | 256       | DOCX XML elements     | docximporter.cpp (web pages: tags nested past   |
// |                |           |                       | 200 are dropped before parsing, htmlprescan.h)  |
// | seconds        | 300       | every file            | each importer's main loop (per page, per tag,   |
// |                |           |                       | per XML element) and between the stages         |

#include <QtGlobal>

namespace plens {

struct ImportLimits
{
    qsizetype fileBytes = 64 * 1024 * 1024;
    int pdfPages = 5000;
    qsizetype unpackedBytes = 256 * 1024 * 1024;
    int nestingDepth = 256;
    int seconds = 300; // 0: no time at all (tests use it to see each importer stop)
};

} // namespace plens
