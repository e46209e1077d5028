#pragma once

#include "extract/indicators.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace plens {
class Workspace;
}

namespace plens::analysis {

// Plan revisions: two documents that are versions of one plan (a draft 征求意见稿 and the final text, a
// plan and its revision) have their targets matched by indicator and region, and every change listed:
// values, due years, comparators, hedges, units, targets added and dropped. Each change keeps where it
// sits in both texts, so a view can show the two side by side.

// A document with what the revisions need of it.
struct VersionDocument
{
    qint64 id = 0;
    QString title;
    QString docType;
    QString region;
    QDate date;
    QString text; // display text
};

struct VersionPair
{
    qint64 oldId = 0;
    qint64 newId = 0;
    double titleSimilarity = 0; // 0..1, of the titles without draft/revision marks and years
    double textSimilarity = 0; // 0..1, shared character 4-grams (Jaccard)
    QString rule; // why they were paired and which is older
};

enum class ChangeKind { Value, DueYear, Comparator, Hedge, Unit, Added, Dropped };
QString changeKindName(ChangeKind k); // value, due_year, comparator, hedge, unit, added, dropped

struct RevisionChange
{
    QList<ChangeKind> kinds; // several for one matched target (value and year)
    QString indicator;
    QString region;
    qint64 oldTarget = 0; // 0 for an added target
    qint64 newTarget = 0; // 0 for a dropped one
    Figure oldFigure;
    Figure newFigure;
    // Where to look in each text: the targets' evidence, or for an added or dropped target the passage
    // of the other text most like the one around it.
    qsizetype oldStart = -1, oldEnd = -1;
    qsizetype newStart = -1, newEnd = -1;
    QString rule; // how the targets were matched (or why none was)
    QString summary; // "value: ≥ 20万 个 → ≥ 25万 个; due: 2023 → 2025"
};

struct RevisionDiff
{
    VersionPair pair;
    QString oldTitle;
    QString newTitle;
    QList<RevisionChange> changes; // in the new text's order, dropped targets by their old position
    int unchanged = 0; // matched targets with no change
};

class Revisions
{
    Q_DECLARE_TR_FUNCTIONS(plens::analysis::Revisions)
public:
    // Every document of `w` with its text (call on the workspace's thread).
    static Result<QList<VersionDocument>> documents(const Workspace &w);

    // Title without 征求意见稿/草案/送审稿/修订 marks, the 关于印发…的通知 wrapper and years.
    static QString planTitle(const QString &title);
    static double titleSimilarity(const QString &a, const QString &b);
    static double textSimilarity(const QString &a, const QString &b);

    // Pairs of documents that look like versions of one plan: similar titles and texts (or nearly the
    // same text), the older first (by date, else a draft before a final text, else the one stored first).
    static QList<VersionPair> detect(const QList<VersionDocument> &documents);
    // The pair `a`, `b` as the user chose it, ordered the same way.
    static VersionPair order(const VersionDocument &a, const VersionDocument &b);

    // The changes between the targets of `older` and `newer`.
    static RevisionDiff diff(const IndicatorInputs &in, const VersionDocument &older, const VersionDocument &newer);

    static QJsonObject toJson(const RevisionDiff &diff, const RevisionChange &change);
    static QStringList csvHeader();
    static QStringList csvRow(const RevisionDiff &diff, const RevisionChange &change);
};

} // namespace plens::analysis
