#include "cli/commands.h"

#include <QtGlobal>

#include <array>

namespace plens::cli {

// Subcommands are declared here and defined each in its own cmd_*.cpp file.

std::span<const Command> commands()
{
    static const std::array<Command, 20> all {{
        {"text", "text FILE [--password PASSWORD]",
         QT_TRANSLATE_NOOP("plens::cli", "print the display text of a document (txt, html, pdf, docx)"), &runText},
        {"render", "render FILE --page N --out PAGE.png [--dpi 150] [--password PASSWORD]",
         QT_TRANSLATE_NOOP("plens::cli", "draw a page of a PDF as a PNG image and say how much of it is ink"),
         &runRender},
        {"info", "info FILE [--format json|text] [--password PASSWORD]",
         QT_TRANSLATE_NOOP("plens::cli", "print the metadata of a document"), &runInfo},
        {"extract", "extract FILE... [--format jsonl|csv] [--date YYYY-MM-DD] [--password PASSWORD]",
         QT_TRANSLATE_NOOP("plens::cli", "print the targets and reported figures of documents, one record a line"),
         &runExtract},
        {"links", "links FILE... [--format jsonl]",
         QT_TRANSLATE_NOOP("plens::cli", "suggest links from targets to the figures reported against them"), &runLinks},
        {"import", "import --workspace W.plens FILE... [--password PASSWORD]",
         QT_TRANSLATE_NOOP("plens::cli", "import documents into a workspace (created if needed), with their figures"),
         &runImport},
        {"list", "list --workspace W.plens [--format text|json]",
         QT_TRANSLATE_NOOP("plens::cli", "list the documents of a workspace"), &runList},
        {"commitments", "commitments --workspace W.plens --format jsonl",
         QT_TRANSLATE_NOOP("plens::cli", "print every stored figure in the extraction record format"), &runCommitments},
        {"export-pdf",
         "export-pdf --workspace W.plens --document ID|FILE --out OUT.pdf [--flatten] [--figures] [--color-by-tag] "
         "[--tag T]... [--kind K]... [--status S]... [--author A]... [--password P]",
         QT_TRANSLATE_NOOP("plens::cli",
                           "write a document as a PDF with its highlights and notes (PDF sources keep their pages)"),
         &runExportPdf},
        {"pack", "pack --workspace W.plens --out OUT.pdf [--title T] [--date YYYY-MM-DD] [--tag T]... [--status S]...",
         QT_TRANSLATE_NOOP("plens::cli",
                           "write a meeting pack: cover, indicator charts, targets with latest values, source quotes"),
         &runPack},
        {"export-table",
         "export-table --workspace W.plens --out OUT.xlsx|OUT.csv [--table commitments|reported|links|annotations]",
         QT_TRANSLATE_NOOP("plens::cli", "write commitments, reported values, links and annotations as XLSX or CSV"),
         &runExportTable},
        {"chart",
         "chart --workspace W.plens --indicator NAME --out OUT.png|OUT.svg|OUT.pdf [--by time|region] "
         "[--date YYYY-MM-DD] | chart --workspace W.plens --list",
         QT_TRANSLATE_NOOP("plens::cli",
                           "draw an indicator's targets beside its reported values (PDF: an A4 page for printing)"),
         &runChart},
        {"recover", "recover --workspace DAMAGED.plens --out NEW.plens",
         QT_TRANSLATE_NOOP(
             "plens::cli",
             "copy what is readable of a damaged workspace into a new one (the damaged file is only read)"),
         &runRecover},
        {"paths", "paths [--format text|json]",
         QT_TRANSLATE_NOOP("plens::cli", "show where this installation finds its executable and its data"), &runPaths},
        {"cascade", "cascade --workspace W.plens [--indicator NAME] [--format jsonl|csv]",
         QT_TRANSLATE_NOOP("plens::cli",
                           "line up a region's targets with those of the regions inside it (sums, rates, due years, "
                           "gaps)"),
         &runCascade},
        {"radar", "radar --workspace W.plens [--as-of YYYY-MM-DD] [--max-age MONTHS] [--flagged] [--format jsonl|csv]",
         QT_TRANSLATE_NOOP(
             "plens::cli",
             "list targets by urgency: overdue with nothing reported, stale values, projected shortfalls"),
         &runRadar},
        {"diff", "diff --workspace W.plens --old ID --new ID [--format jsonl|csv] | diff --workspace W.plens --detect",
         QT_TRANSLATE_NOOP("plens::cli",
                           "compare the targets of two versions of a plan: values, due years, comparators, hedges, "
                           "added and dropped"),
         &runDiff},
        {"publish", "publish --workspace W.plens --to postgresql://user@host/database",
         QT_TRANSLATE_NOOP("plens::cli",
                           "copy a workspace file into an empty team workspace (everything, with who and when)"),
         &runPublish},
        {"export-workspace",
         "export-workspace --workspace postgresql://user@host/database --out W.plens [--document ID]...",
         QT_TRANSLATE_NOOP("plens::cli", "copy a team workspace (or some of its documents) into a new workspace file"),
         &runExportWorkspace},
        {"server",
         "server setup|upgrade|version|grant|backup --workspace postgresql://admin@host/database "
         "[--backup FILE] [--user U --role reader|editor|owner [--password-env VAR]] [--out FILE]",
         QT_TRANSLATE_NOOP("plens::cli",
                           "set up, upgrade and back up a team workspace, and give officers their roles (for IT)"),
         &runServer},
    }};
    return all;
}

} // namespace plens::cli
