// policylens-cli list / commitments --workspace W: what a workspace holds.
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "extract/extract.h"
#include "extract/indicators.h"
#include "extract/linker.h"
#include "import/importer.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace plens::cli {

namespace {

struct Parsed
{
    QString workspace;
    QString format;
    QStringList files;
};

// Parses --workspace W [--format F] [FILE...]; returns an exit code on bad arguments.
std::optional<int> parse(const QString &name, const QStringList &args, const QStringList &formats, bool takesFiles,
                         Parsed &parsed)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), workspaceHelp(), QStringLiteral("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("plens::cli", "output format"),
                                    QStringLiteral("format"), formats.first());
    parser.addOption(workspace);
    parser.addOption(format);
    if (!parser.parse(QStringList {name} + args))
        return usageError(parser.errorText());
    if (!parser.isSet(workspace))
        return usageError(QCoreApplication::translate("plens::cli", "%1 needs --workspace FILE").arg(name));
    parsed.workspace = parser.value(workspace);
    parsed.format = parser.value(format);
    if (!formats.contains(parsed.format))
        return usageError(QCoreApplication::translate("plens::cli", "unknown format '%1' (use %2)")
                              .arg(parsed.format, formats.join(QStringLiteral(", "))));
    parsed.files = parser.positionalArguments();
    if (!takesFiles && !parsed.files.isEmpty())
        return usageError(QCoreApplication::translate("plens::cli", "%1 takes no files").arg(name));
    if (takesFiles && parsed.files.isEmpty())
        return usageError(QCoreApplication::translate("plens::cli", "%1 needs at least one FILE").arg(name));
    return std::nullopt;
}

QString statusName(TargetStatus s)
{
    switch (s) {
    case TargetStatus::None:
        return {};
    case TargetStatus::NotStarted:
        return QStringLiteral("not_started");
    case TargetStatus::InProgress:
        return QStringLiteral("in_progress");
    case TargetStatus::Done:
        return QStringLiteral("done");
    case TargetStatus::AtRisk:
        return QStringLiteral("at_risk");
    case TargetStatus::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

} // namespace

int runList(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(QStringLiteral("list"), args, {QStringLiteral("text"), QStringLiteral("json")}, false, p))
        return *code;
    auto ws = openExistingWorkspace(p.workspace);
    if (!ws)
        return fail(ws.error());
    for (const DocumentSummary &d : (*ws)->documents()) {
        if (p.format == QLatin1String("json")) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), d.id);
            o.insert(QStringLiteral("file"), d.fileName);
            o.insert(QStringLiteral("title"), d.meta.title);
            o.insert(QStringLiteral("issuer"), d.meta.issuer);
            o.insert(QStringLiteral("number"), d.meta.docNumber);
            o.insert(QStringLiteral("date"), d.meta.date.isValid() ? d.meta.date.toString(Qt::ISODate) : QString());
            o.insert(QStringLiteral("region"), d.meta.region);
            o.insert(QStringLiteral("type"), d.meta.docType);
            o.insert(QStringLiteral("figures"), d.figureCount);
            o.insert(QStringLiteral("annotations"), d.annotationCount);
            out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            out() << d.id << '\t' << d.fileName << '\t' << d.meta.title << '\t'
                  << (d.meta.date.isValid() ? d.meta.date.toString(Qt::ISODate) : QString()) << '\t'
                  << QCoreApplication::translate("plens::cli", "%n figure(s)", nullptr, d.figureCount) << '\n';
        }
    }
    out().flush();
    return Success;
}

int runCommitments(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(QStringLiteral("commitments"), args, {QStringLiteral("jsonl")}, false, p))
        return *code;
    auto ws = openExistingWorkspace(p.workspace);
    if (!ws)
        return fail(ws.error());
    QHash<qint64, QString> files;
    for (const DocumentSummary &d : (*ws)->documents())
        files.insert(d.id, d.fileName);
    for (const Commitment &c : (*ws)->commitments()) {
        QJsonObject o = c.figure.toJson();
        o.insert(QStringLiteral("doc"), files.value(c.documentId));
        o.insert(QStringLiteral("id"), c.id);
        if (const QString s = statusName(c.status); !s.isEmpty())
            o.insert(QStringLiteral("status"), s);
        if (c.userCorrected)
            o.insert(QStringLiteral("corrected"), true);
        if (c.confirmed)
            o.insert(QStringLiteral("confirmed"), true);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    }
    out().flush();
    return Success;
}

int runImport(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(QStringLiteral("import"), args, {QStringLiteral("text")}, true, p))
        return *code;
    auto ws = Workspace::open(p.workspace); // created when it does not exist
    if (!ws)
        return fail(ws.error());
    int failed = 0;
    for (const QString &file : std::as_const(p.files)) {
        const auto doc = importFile(file);
        if (!doc) {
            err() << doc.error().toString() << Qt::endl;
            ++failed;
            continue;
        }
        warn(file, doc->warnings);
        const QList<Figure> figures = extractFigures(*doc);
        const auto added = (*ws)->addDocument(*doc, figures);
        if (!added) {
            err() << Error {file, added.error().message}.toString() << Qt::endl;
            ++failed;
            continue;
        }
        switch (added->outcome) {
        case AddResult::Outcome::Added:
            out() << file << ": "
                  << QCoreApplication::translate("plens::cli", "added as document %1 with %n figure(s)", nullptr,
                                                 int(figures.size()))
                         .arg(added->documentId)
                  << '\n';
            break;
        case AddResult::Outcome::Duplicate:
            out() << file << ": "
                  << QCoreApplication::translate("plens::cli", "already in the workspace as document %1, nothing added")
                         .arg(added->documentId)
                  << '\n';
            break;
        case AddResult::Outcome::Revised:
            out() << file << ": "
                  << QCoreApplication::translate(
                         "plens::cli",
                         "a revision of document %1: %2 annotation(s) found again, %3 not found (kept, marked)")
                         .arg(added->documentId)
                         .arg(added->reanchored)
                         .arg(added->orphaned)
                  << '\n';
            break;
        }
        out().flush();
    }
    // Group new figures under indicators, then suggest links among everything stored (rejected pairs
    // are never suggested again).
    if (auto grouped = refreshIndicators(**ws); !grouped) {
        err() << grouped.error().toString() << Qt::endl;
        failed = true;
    }
    int suggested = 0;
    for (const Link &l : newLinkSuggestions((*ws)->commitments(), (*ws)->links())) {
        if ((*ws)->addLink(l))
            ++suggested;
    }
    if (suggested)
        out() << QCoreApplication::translate("plens::cli", "%n link(s) suggested", nullptr, suggested) << Qt::endl;
    return failed ? Failure : Success;
}

} // namespace plens::cli
