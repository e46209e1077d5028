#pragma once

#include "export/export.h"
#include "model/document.h"
#include "model/items.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace plens {

class Workspace;

// A table to export: a name (the XLSX sheet), column headings and rows of cells. Cells are QString,
// double/int (numbers stay numbers in XLSX), QDate/QDateTime (dates), bool, or null (empty).
struct Sheet
{
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};

// What the table builders need to name things: documents, indicators and tags by id.
struct TableContext
{
    QHash<qint64, QString> documentNames; // id -> title (or file name)
    QHash<qint64, QDate> documentDates;
    QList<Indicator> indicators;
    QList<Tag> tags;
    QHash<qint64, QList<qint64>> commitmentTags;
};

class Tables
{
    Q_DECLARE_TR_FUNCTIONS(Tables)
public:
    // Figures (targets, forecasts, parameters; or any list given) with the user's work on them.
    static Sheet commitments(const QList<Commitment> &items, const TableContext &context);
    // Reported values: the same columns, named "Reported values".
    static Sheet reported(const QList<Commitment> &items, const TableContext &context);
    // Links with both ends described; `figures` resolves the ends by id.
    static Sheet links(const QList<Link> &links, const QList<Commitment> &figures, const TableContext &context);
    static Sheet annotations(const QList<Annotation> &items, const TableContext &context);

    // The four tables of a workspace, in this order: commitments (every figure that is not a reported
    // value), reported values, links, annotations. Call it on the workspace's thread.
    enum Which { CommitmentsTable, ReportedTable, LinksTable, AnnotationsTable };
    static QList<Sheet> fromWorkspace(const Workspace &w);

    // CSV: UTF-8 with a byte-order mark (so Excel on Windows reads Chinese right), CRLF line ends,
    // RFC 4180 quoting; text that Excel would run as a formula (= + - @) is prefixed with '.
    static QByteArray toCsv(const Sheet &table);
    static Status writeCsv(const Sheet &table, const QString &path);
    // XLSX: one sheet per table, bold frozen header row, filters, numbers and dates typed.
    static Status writeXlsx(const QList<Sheet> &tables, const QString &path, const ExportProgress &progress = {});
};

} // namespace plens
