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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plens::cli {

namespace {

struct Parsed
{
    QString workspace;
    QString format;
    QStringList files;
    QString password; // import: for encrypted PDFs
    QString out; // recover: the new workspace
};

// Parses --workspace W [--format F] [FILE...] (and import's --password, recover's --out); returns an
// exit code on bad arguments.
std::optional<int> parse(const QString &name, const QStringList &args, const QStringList &formats, bool takesFiles,
                         Parsed &parsed)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), workspaceHelp(), QStringLiteral("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("plens::cli", "output format"),
                                    QStringLiteral("format"), formats.first());
    const QCommandLineOption password(
        QStringLiteral("password"),
        QCoreApplication::translate("plens::cli", "password of the encrypted PDFs among the files"),
        QStringLiteral("password"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("plens::cli", "the new workspace file"),
                                       QStringLiteral("file"));
    parser.addOption(workspace);
    parser.addOption(format);
    if (name == QLatin1String("import"))
        parser.addOption(password);
    if (name == QLatin1String("recover"))
        parser.addOption(outOption);
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
    if (name == QLatin1String("import"))
        parsed.password = parser.value(password);
    if (name == QLatin1String("recover")) {
        if (!parser.isSet(outOption))
            return usageError(QCoreApplication::translate("plens::cli", "recover needs --out NEW.plens"));
        parsed.out = parser.value(outOption);
    }
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
            o.insert(QStringLiteral("format"), formatName(d.format));
            if (d.previousVersion)
                o.insert(QStringLiteral("previous_version"), d.previousVersion);
            if (!d.renditions.isEmpty()) {
                QJsonArray renditions;
                for (SourceFormat f : d.renditions)
                    renditions.append(formatName(f));
                o.insert(QStringLiteral("renditions"), renditions);
            }
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
    if (auto st = (*ws)->writable(); !st)
        return fail(st.error()); // read-only, damaged or a full disk: before any file is read
    int failed = 0;
    for (const QString &file : std::as_const(p.files)) {
        const auto doc = importForCli(file, p.password);
        if (!doc) {
            err() << doc.error().toString() << Qt::endl;
            ++failed;
            continue;
        }
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
        case AddResult::Outcome::Rendition:
            out() << file << ": "
                  << (doc->format == SourceFormat::Pdf
                          ? QCoreApplication::translate("plens::cli",
                                                        "the same text as document %1, whose PDF it now is (shown and "
                                                        "exported; the other formats kept beside it)")
                                .arg(added->documentId)
                          : QCoreApplication::translate("plens::cli",
                                                        "the same text as document %1, kept as its %2 rendition")
                                .arg(added->documentId)
                                .arg(formatName(doc->format)))
                  << '\n';
            break;
        case AddResult::Outcome::NewVersion:
            out() << file << ": "
                  << QCoreApplication::translate("plens::cli",
                                                 "a new version of document %1 with other figures, added as document "
                                                 "%2 with %n figure(s)",
                                                 nullptr, int(figures.size()))
                         .arg(added->previousVersion)
                         .arg(added->documentId)
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

int runRecover(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(QStringLiteral("recover"), args, {QStringLiteral("text")}, false, p))
        return *code;
    if (!QFileInfo::exists(p.workspace))
        return fail(Error {p.workspace, QCoreApplication::translate("plens::cli", "no such workspace")});
    const auto report = Workspace::recover(p.workspace, p.out);
    if (!report)
        return fail(report.error());
    out() << p.out << ": " << report->summary() << Qt::endl;
    return Success; // the summary says how many rows could not be read
}

} // namespace plens::cli
