#include "export/tables.h"

#include "export/outputfile.h"
#include "model/labels.h"
#include "store/workspace.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace plens {

namespace {

QString tagNames(const QList<qint64> &ids, const QList<Tag> &tags)
{
    QStringList names;
    for (qint64 id : ids)
        for (const Tag &t : tags)
            if (t.id == id)
                names.append(t.name);
    return names.join(QStringLiteral(", "));
}

QString indicatorName(qint64 id, const QList<Indicator> &indicators)
{
    for (const Indicator &i : indicators)
        if (i.id == id)
            return i.name;
    return {};
}

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant dateTime(const QDateTime &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

Sheet figureTable(const QString &name, const QList<Commitment> &items, const TableContext &ctx)
{
    Sheet t;
    t.name = name;
    t.columns
        = {Tables::tr("ID"),        Tables::tr("Document"),  Tables::tr("Document date"), Tables::tr("Kind"),
           Tables::tr("Metric"),    Tables::tr("Indicator"), Tables::tr("Comparator"),    Tables::tr("Value"),
           Tables::tr("Value max"), Tables::tr("Unit"),      Tables::tr("Year"),          Tables::tr("Scope"),
           Tables::tr("Hedge"),     Tables::tr("Agencies"),  Tables::tr("Status"),        Tables::tr("Status note"),
           Tables::tr("Confirmed"), Tables::tr("Tags"),      Tables::tr("Evidence")};
    for (const Commitment &c : items) {
        const Figure &f = c.figure;
        t.rows.append({c.id, ctx.documentNames.value(c.documentId), date(ctx.documentDates.value(c.documentId)),
                       Labels::kind(f.kind), f.metric, indicatorName(c.indicatorId, ctx.indicators), Labels::cmp(f.cmp),
                       f.value, optionalNumber(f.valueMax), f.unit, optionalInt(f.year), f.scope, f.hedge,
                       f.agencies.join(QStringLiteral("、")),
                       c.status == TargetStatus::None ? QString() : Labels::status(c.status), c.statusNote, c.confirmed,
                       tagNames(ctx.commitmentTags.value(c.id), ctx.tags), f.text.isEmpty() ? c.anchor.quote : f.text});
    }
    return t;
}

QString linkKind(Link::Kind k)
{
    switch (k) {
    case Link::Kind::Reports:
        return Tables::tr("Reports on");
    case Link::Kind::Restates:
        return Tables::tr("Restates");
    case Link::Kind::BreaksDown:
        return Tables::tr("Breaks down");
    }
    return {};
}

QString linkState(Link::State s)
{
    switch (s) {
    case Link::State::Suggested:
        return Tables::tr("Suggested");
    case Link::State::Accepted:
        return Tables::tr("Accepted");
    case Link::State::Rejected:
        return Tables::tr("Rejected");
    }
    return {};
}

QString csvCell(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(v.toDouble(), 'g', 15);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        break;
    }
    QString s = v.toString();
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(u'\'');
    if (s.contains(u'"') || s.contains(u',') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        s = u'"' + s + u'"';
    }
    return s;
}

// An Excel sheet name: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(const QString &wanted, QSet<QString> &used)
{
    QString name;
    for (QChar c : wanted)
        if (!QStringLiteral("[]:*?/\\").contains(c))
            name.append(c);
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; used.contains(unique.toLower()); ++n)
        unique = name.left(31 - 1 - int(QString::number(n).size())) + u' ' + QString::number(n);
    used.insert(unique.toLower());
    return unique;
}

lxw_datetime toLxw(const QDateTime &dt)
{
    const QDateTime local = dt.toLocalTime();
    lxw_datetime d {};
    d.year = local.date().year();
    d.month = local.date().month();
    d.day = local.date().day();
    d.hour = local.time().hour();
    d.min = local.time().minute();
    d.sec = local.time().second();
    return d;
}

} // namespace

Sheet Tables::commitments(const QList<Commitment> &items, const TableContext &context)
{
    return figureTable(tr("Commitments"), items, context);
}

Sheet Tables::reported(const QList<Commitment> &items, const TableContext &context)
{
    return figureTable(tr("Reported values"), items, context);
}

Sheet Tables::links(const QList<Link> &links, const QList<Commitment> &figures, const TableContext &context)
{
    QHash<qint64, const Commitment *> byId;
    for (const Commitment &c : figures)
        byId.insert(c.id, &c);
    Sheet t;
    t.name = tr("Links");
    t.columns = {tr("ID"),          tr("Kind"),       tr("State"),     tr("Score"),       tr("From document"),
                 tr("From figure"), tr("From value"), tr("From year"), tr("To document"), tr("To figure"),
                 tr("To value"),    tr("To year"),    tr("Indicator")};
    for (const Link &l : links) {
        const Commitment *from = byId.value(l.fromId);
        const Commitment *to = byId.value(l.toId);
        const auto describe = [&](const Commitment *c) -> QVariantList {
            if (!c)
                return {QVariant(), QVariant(), QVariant(), QVariant()};
            return {context.documentNames.value(c->documentId),
                    c->figure.text.isEmpty() ? c->anchor.quote : c->figure.text, Labels::value(c->figure, true),
                    optionalInt(c->figure.year)};
        };
        QVariantList row {l.id, linkKind(l.kind), linkState(l.state), l.score};
        row += describe(from);
        row += describe(to);
        row.append(to ? indicatorName(to->indicatorId, context.indicators) : QString());
        t.rows.append(row);
    }
    return t;
}

Sheet Tables::annotations(const QList<Annotation> &items, const TableContext &context)
{
    Sheet t;
    t.name = tr("Annotations");
    t.columns = {tr("ID"),      tr("Document"), tr("Quote"), tr("Note"),   tr("Author"),
                 tr("Created"), tr("Modified"), tr("Tags"),  tr("Colour"), tr("Orphaned")};
    for (const Annotation &a : items)
        t.rows.append({a.id, context.documentNames.value(a.documentId), a.anchor.quote, a.note, a.author,
                       dateTime(a.created), dateTime(a.modified), tagNames(a.tagIds, context.tags),
                       a.color.isValid() ? a.color.name() : QString(), a.anchor.orphaned});
    return t;
}

QList<Sheet> Tables::fromWorkspace(const Workspace &w)
{
    TableContext ctx;
    for (const DocumentSummary &d : w.documents()) {
        ctx.documentNames.insert(d.id, d.meta.title.isEmpty() ? d.fileName : d.meta.title);
        ctx.documentDates.insert(d.id, d.meta.date);
    }
    ctx.indicators = w.indicators();
    ctx.tags = w.tags();
    ctx.commitmentTags = w.commitmentTags();
    const QList<Commitment> all = w.commitments();
    QList<Commitment> figures, reportedValues;
    for (const Commitment &c : all)
        (c.figure.kind == Figure::Kind::Reported ? reportedValues : figures).append(c);
    return {commitments(figures, ctx), reported(reportedValues, ctx), links(w.links(), all, ctx),
            annotations(w.annotations(), ctx)};
}

QByteArray Tables::toCsv(const Sheet &table)
{
    QString out;
    const auto line = [&](const QVariantList &cells) {
        QStringList parts;
        for (const QVariant &v : cells)
            parts.append(csvCell(v));
        out += parts.join(u',') + QStringLiteral("\r\n");
    };
    line(QVariantList(table.columns.cbegin(), table.columns.cend()));
    for (const QVariantList &row : table.rows)
        line(row);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status Tables::writeCsv(const Sheet &table, const QString &path)
{
    OutputFile out(path);
    if (Status s = out.open(); !s)
        return s;
    if (Status s = out.write(toCsv(table)); !s)
        return s;
    return out.commit();
}

Status Tables::writeXlsx(const QList<Sheet> &tables, const QString &path, const ExportProgress &progress)
{
    OutputFile out(path);
    if (Status s = out.open(); !s)
        return s;
    if (tables.isEmpty())
        return Error {QDir::toNativeSeparators(path), tr("there is no table to write")};
    // libxlsxwriter writes to a file name: a private temporary folder, then the bytes go through
    // OutputFile so the destination appears whole or not at all.
    QTemporaryDir temp;
    if (!temp.isValid())
        return Error {QDir::toNativeSeparators(path),
                      tr("no temporary folder to write to (%1)").arg(temp.errorString())};
    const QString tempFile = temp.filePath(QStringLiteral("tables.xlsx"));
    const QByteArray tempDir = QDir::toNativeSeparators(temp.path()).toUtf8();
    lxw_workbook_options options {};
    options.tmpdir = const_cast<char *>(tempDir.constData());
    lxw_workbook *book = workbook_new_opt(QDir::toNativeSeparators(tempFile).toUtf8().constData(), &options);
    if (!book)
        return Error {QDir::toNativeSeparators(path), tr("the spreadsheet cannot be created")};
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF7);
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *dateTimeFormat = workbook_add_format(book);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm");
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);

    int total = 0;
    for (const Sheet &t : tables)
        total += int(t.rows.size());
    int done = 0;
    QSet<QString> used;
    bool cancelled = false;
    for (const Sheet &t : tables) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName(t.name, used).toUtf8().constData());
        if (!sheet)
            continue;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), t.columns.at(c).toUtf8().constData(), header);
            // Wide columns for text, narrow for numbers: measured on the first rows.
            qsizetype width = t.columns.at(c).size() * 2;
            for (qsizetype r = 0; r < std::min<qsizetype>(t.rows.size(), 200); ++r)
                width = std::max<qsizetype>(width, t.rows.at(r).value(c).toString().size() * 2);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), double(std::clamp<qsizetype>(width, 8, 60)),
                                 width > 60 ? wrap : nullptr);
        }
        for (qsizetype r = 0; r < t.rows.size() && !cancelled; ++r) {
            const QVariantList &row = t.rows.at(r);
            const auto rowIndex = lxw_row_t(r + 1);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant &v = row.at(c);
                const auto col = lxw_col_t(c);
                if (v.isNull() || !v.isValid())
                    continue;
                switch (v.typeId()) {
                case QMetaType::Double:
                case QMetaType::Float:
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                    worksheet_write_number(sheet, rowIndex, col, v.toDouble(), nullptr);
                    break;
                case QMetaType::Bool:
                    worksheet_write_boolean(sheet, rowIndex, col, v.toBool() ? 1 : 0, nullptr);
                    break;
                case QMetaType::QDate: {
                    lxw_datetime d = toLxw(v.toDate().startOfDay());
                    worksheet_write_datetime(sheet, rowIndex, col, &d, dateFormat);
                    break;
                }
                case QMetaType::QDateTime: {
                    lxw_datetime d = toLxw(v.toDateTime());
                    worksheet_write_datetime(sheet, rowIndex, col, &d, dateTimeFormat);
                    break;
                }
                default: {
                    const QString s = v.toString();
                    if (!s.isEmpty())
                        worksheet_write_string(sheet, rowIndex, col, s.toUtf8().constData(), nullptr);
                }
                }
            }
            if (progress && !progress(++done, total))
                cancelled = true;
        }
        worksheet_freeze_panes(sheet, 1, 0);
        if (!t.columns.isEmpty())
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(t.rows.size()), lxw_col_t(t.columns.size() - 1));
    }
    const lxw_error closed = workbook_close(book);
    if (cancelled)
        return Error {QDir::toNativeSeparators(path), tr("export cancelled")};
    if (closed != LXW_NO_ERROR)
        return Error {QDir::toNativeSeparators(path),
                      tr("the spreadsheet cannot be written (%1)").arg(QString::fromUtf8(lxw_strerror(closed)))};
    QFile written(tempFile);
    if (!written.open(QIODevice::ReadOnly))
        return Error {QDir::toNativeSeparators(path),
                      tr("the spreadsheet cannot be written (%1)").arg(written.errorString())};
    if (Status s = out.write(written.readAll()); !s)
        return s;
    return out.commit();
}

} // namespace plens
