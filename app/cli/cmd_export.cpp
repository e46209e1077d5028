// policylens-cli export-pdf / pack / export-table: exports of a workspace (core/export does the work).
#include "charts/chartoutput.h"
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "export/export.h"
#include "export/meetingpack.h"
#include "export/packsource.h"
#include "export/tables.h"
#include "model/labels.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace plens::cli {

namespace {

// The options every export takes: the workspace, the output and the filters.
struct Common
{
    QCommandLineOption workspace {QStringLiteral("workspace"), workspaceHelp(), QStringLiteral("file")};
    QCommandLineOption out {QStringLiteral("out"), QCoreApplication::translate("plens::cli", "the file to write"),
                            QStringLiteral("file")};
    QCommandLineOption tag {QStringLiteral("tag"),
                            QCoreApplication::translate("plens::cli", "only items with this tag (repeatable)"),
                            QStringLiteral("name")};
    QCommandLineOption kind {
        QStringLiteral("kind"),
        QCoreApplication::translate("plens::cli", "only figures of this kind: target, reported, forecast, parameter"),
        QStringLiteral("kind")};
    QCommandLineOption status {
        QStringLiteral("status"),
        QCoreApplication::translate(
            "plens::cli", "only figures with this status: none, not_started, in_progress, done, at_risk, missed"),
        QStringLiteral("status")};
    QCommandLineOption author {
        QStringLiteral("author"),
        QCoreApplication::translate("plens::cli", "only annotations by this author (repeatable)"),
        QStringLiteral("name")};

    void addTo(QCommandLineParser &p) const { p.addOptions({workspace, out, tag, kind, status, author}); }
};

std::optional<TargetStatus> statusFromName(const QString &name)
{
    static const QList<std::pair<QString, TargetStatus>> names
        = {{QStringLiteral("none"), TargetStatus::None},
           {QStringLiteral("not_started"), TargetStatus::NotStarted},
           {QStringLiteral("in_progress"), TargetStatus::InProgress},
           {QStringLiteral("done"), TargetStatus::Done},
           {QStringLiteral("at_risk"), TargetStatus::AtRisk},
           {QStringLiteral("missed"), TargetStatus::Missed}};
    for (const auto &[n, s] : names)
        if (n == name)
            return s;
    return std::nullopt;
}

// Parses the filters; returns an exit code on a bad value.
std::optional<int> parseFilter(const QCommandLineParser &p, const Common &o, const QList<Tag> &tags, ExportFilter &f)
{
    for (const QString &name : p.values(o.tag)) {
        bool found = false;
        for (const Tag &t : tags)
            if (t.name == name) {
                f.tagIds.insert(t.id);
                found = true;
            }
        if (!found) {
            QStringList known;
            for (const Tag &t : tags)
                known.append(t.name);
            return usageError(QCoreApplication::translate("plens::cli", "no tag named '%1' in the workspace (tags: %2)")
                                  .arg(name,
                                       known.isEmpty() ? QCoreApplication::translate("plens::cli", "none")
                                                       : known.join(QStringLiteral(", "))));
        }
    }
    for (const QString &name : p.values(o.kind)) {
        const std::optional<Figure::Kind> k = Figure::kindFromName(name);
        if (!k)
            return usageError(QCoreApplication::translate(
                                  "plens::cli", "unknown kind '%1' (use target, reported, forecast or parameter)")
                                  .arg(name));
        f.kinds.insert(*k);
    }
    for (const QString &name : p.values(o.status)) {
        const std::optional<TargetStatus> s = statusFromName(name);
        if (!s)
            return usageError(
                QCoreApplication::translate(
                    "plens::cli", "unknown status '%1' (use none, not_started, in_progress, done, at_risk or missed)")
                    .arg(name));
        f.statuses.insert(*s);
    }
    for (const QString &name : p.values(o.author))
        f.authors.insert(name);
    return std::nullopt;
}

} // namespace

int runExportPdf(const QStringList &args)
{
    QCommandLineParser parser;
    Common o;
    o.addTo(parser);
    const QCommandLineOption document(
        QStringLiteral("document"), QCoreApplication::translate("plens::cli", "the document: its id or its file name"),
        QStringLiteral("id|file"));
    const QCommandLineOption flatten(
        QStringLiteral("flatten"),
        QCoreApplication::translate("plens::cli", "paint the highlights into the pages (for printing)"));
    const QCommandLineOption figures(QStringLiteral("figures"),
                                     QCoreApplication::translate("plens::cli", "highlight the extracted figures too"));
    const QCommandLineOption colorByTag(
        QStringLiteral("color-by-tag"),
        QCoreApplication::translate("plens::cli", "colour highlights by their first tag"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QCoreApplication::translate("plens::cli", "the password of an encrypted PDF"),
                                      QStringLiteral("password"));
    parser.addOptions({document, flatten, figures, colorByTag, password});
    if (!parser.parse(QStringList {QStringLiteral("export-pdf")} + args))
        return usageError(parser.errorText());
    if (!parser.isSet(o.workspace) || !parser.isSet(document) || !parser.isSet(o.out))
        return usageError(QCoreApplication::translate(
            "plens::cli", "export-pdf needs --workspace FILE, --document ID|FILE and --out FILE.pdf"));
    auto ws = openExistingWorkspace(parser.value(o.workspace));
    if (!ws)
        return fail(ws.error());
    Workspace &w = *ws.value();

    // The document by id, else by file name (as imported, or the name of the path given).
    const QString wanted = parser.value(document);
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    QList<qint64> matches;
    for (const DocumentSummary &d : w.documents())
        if ((isId && d.id == id) || d.fileName == wanted || d.fileName == QFileInfo(wanted).fileName())
            matches.append(d.id);
    if (matches.isEmpty())
        return fail(Error {
            parser.value(o.workspace),
            QCoreApplication::translate("plens::cli", "no document '%1' in the workspace (see 'list')").arg(wanted)});
    if (matches.size() > 1)
        return fail(
            Error {parser.value(o.workspace),
                   QCoreApplication::translate("plens::cli", "%1 documents are named '%2'; give the id (see 'list')")
                       .arg(matches.size())
                       .arg(wanted)});

    auto request = exportRequestFromWorkspace(w, matches.first());
    if (!request)
        return fail(request.error());
    ExportRequest &req = request.value();
    if (auto code = parseFilter(parser, o, req.tags, req.filter))
        return *code;
    req.filter.includeFigures = parser.isSet(figures) || !req.filter.kinds.isEmpty() || !req.filter.statuses.isEmpty();
    req.colorBy = parser.isSet(colorByTag) ? ColorBy::Tag : ColorBy::Annotation;
    req.flatten = parser.isSet(flatten);
    req.password = parser.value(password);

    const QString outPath = parser.value(o.out);
    Result<ExportSummary> r = exportAnnotatedPdf(req, outPath);
    if (!r)
        return fail(r.error());
    out() << QDir::toNativeSeparators(outPath) << ": "
          << QCoreApplication::translate("plens::cli", "%n highlight(s)", nullptr, r->highlights) << ", "
          << QCoreApplication::translate("plens::cli", "%n page(s)", nullptr, r->pages);
    if (r->skipped)
        out() << ", "
              << QCoreApplication::translate("plens::cli", "%n passage(s) not found in the text, left out", nullptr,
                                             r->skipped);
    out() << Qt::endl;
    return Success;
}

int runPack(const QStringList &args)
{
    QCommandLineParser parser;
    Common o;
    o.addTo(parser);
    const QCommandLineOption title(QStringLiteral("title"),
                                   QCoreApplication::translate("plens::cli", "the title on the cover"),
                                   QStringLiteral("text"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QCoreApplication::translate("plens::cli", "the date on the cover (default: today)"),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({title, date});
    if (!parser.parse(QStringList {QStringLiteral("pack")} + args))
        return usageError(parser.errorText());
    if (!parser.isSet(o.workspace) || !parser.isSet(o.out))
        return usageError(QCoreApplication::translate("plens::cli", "pack needs --workspace FILE and --out FILE.pdf"));
    QDate packDate;
    if (parser.isSet(date)) {
        packDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!packDate.isValid())
            return usageError(QCoreApplication::translate("plens::cli", "'%1' is not a date (use YYYY-MM-DD)")
                                  .arg(parser.value(date)));
    }
    auto ws = openExistingWorkspace(parser.value(o.workspace));
    if (!ws)
        return fail(ws.error());
    Workspace &w = *ws.value();
    ExportFilter filter;
    if (auto code = parseFilter(parser, o, w.tags(), filter))
        return *code;
    const QString packTitle
        = parser.isSet(title) ? parser.value(title) : QCoreApplication::translate("plens::cli", "Targets and progress");
    // The indicator charts are drawn by app/charts, as in the window.
    auto source = MeetingPackSource::fromWorkspace(
        w, filter, packTitle, packDate,
        charts::ChartOutput::packCharts(w, packDate.isValid() ? packDate : QDate::currentDate()));
    if (!source)
        return fail(source.error());
    const MeetingPack &pack = source.value();
    const QString outPath = parser.value(o.out);
    Result<int> r = MeetingPackWriter::write(pack, outPath);
    if (!r)
        return fail(r.error());
    out() << QDir::toNativeSeparators(outPath) << ": "
          << QCoreApplication::translate("plens::cli", "%n target(s)", nullptr, int(pack.targets.size())) << ", "
          << QCoreApplication::translate("plens::cli", "%n page(s)", nullptr, r.value()) << Qt::endl;
    return Success;
}

int runExportTable(const QStringList &args)
{
    QCommandLineParser parser;
    Common o;
    parser.addOptions({o.workspace, o.out});
    const QCommandLineOption table(
        QStringLiteral("table"),
        QCoreApplication::translate("plens::cli", "for CSV, the table: commitments, reported, links or annotations"),
        QStringLiteral("name"), QStringLiteral("commitments"));
    parser.addOption(table);
    if (!parser.parse(QStringList {QStringLiteral("export-table")} + args))
        return usageError(parser.errorText());
    if (!parser.isSet(o.workspace) || !parser.isSet(o.out))
        return usageError(QCoreApplication::translate(
            "plens::cli", "export-table needs --workspace FILE and --out FILE.xlsx|FILE.csv"));
    const QString outPath = parser.value(o.out);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return usageError(QCoreApplication::translate("plens::cli", "the output must end in .xlsx or .csv"));
    const QStringList names = {QStringLiteral("commitments"), QStringLiteral("reported"), QStringLiteral("links"),
                               QStringLiteral("annotations")};
    if (!names.contains(parser.value(table)))
        return usageError(QCoreApplication::translate("plens::cli", "unknown table '%1' (use %2)")
                              .arg(parser.value(table), names.join(QStringLiteral(", "))));
    auto ws = openExistingWorkspace(parser.value(o.workspace));
    if (!ws)
        return fail(ws.error());
    Workspace &w = *ws.value();
    const QList<Sheet> tables = Tables::fromWorkspace(w);
    Status s = suffix == QLatin1String("xlsx")
        ? Tables::writeXlsx(tables, outPath)
        : Tables::writeCsv(tables.at(names.indexOf(parser.value(table))), outPath);
    if (!s)
        return fail(s.error());
    out() << QDir::toNativeSeparators(outPath) << ": "
          << (suffix == QLatin1String("xlsx")
                  ? QCoreApplication::translate("plens::cli",
                                                "%1 commitments, %2 reported values, %3 links, %4 annotations")
                        .arg(tables.at(0).rows.size())
                        .arg(tables.at(1).rows.size())
                        .arg(tables.at(2).rows.size())
                        .arg(tables.at(3).rows.size())
                  : QCoreApplication::translate("plens::cli", "%n row(s)", nullptr,
                                                int(tables.at(names.indexOf(parser.value(table))).rows.size())))
          << Qt::endl;
    return Success;
}

} // namespace plens::cli
