#pragma once

#include "extract/indicators.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace plens::analysis {

// The deadline radar: every target that has a due year, with its evidence (the reported figures linked
// to it for its own region, rejected links left out), and what needs attention as of a date:
//  - past due (or due this year) with no reported value since the target was set;
//  - past due and the latest value does not meet it;
//  - the latest value older than a chosen age;
//  - the last two values, extended in a straight line, falling short at the due year (a projection,
//    never shown as data).
// A status the user set by hand decides over the rules: "done" takes a target off the radar, "at risk"
// and "missed" put it on, with the user's reason.

enum class RadarRule {
    PastDueNoReport, // due before this year, nothing reported since the target was set
    PastDueNotMet, // due before this year, the latest value misses it
    DueNowNoReport, // due this year, nothing reported since the target was set
    ProjectedShort, // a straight line through the last two values falls short at the due year
    Stale, // the latest value is older than the chosen age
    MarkedByUser, // the user set "at risk" or "missed"
    DoneByUser, // the user set "done": no rule applies
};
QString radarRuleName(RadarRule r); // past_due_no_report ... (stable, for JSON and tests)

struct RadarFinding
{
    RadarRule rule;
    QString explanation;
};

struct RadarEvidence
{
    qint64 id = 0;
    Figure figure;
    QString document;
    QDate reference; // the date the value speaks of
};

struct RadarProjection
{
    int fromYear = 0;
    double fromValue = 0;
    int toYear = 0; // the latest value's year
    double toValue = 0;
    int year = 0; // the due year
    double value = 0; // projected at the due year
};

struct RadarItem
{
    qint64 targetId = 0;
    QString indicator;
    QString region;
    Figure target; // as corrected by the user
    QString document;
    QDate set; // the target's document date
    int dueYear = 0;
    QList<RadarEvidence> evidence; // linked reported values for the target's region, oldest first
    std::optional<RadarEvidence> latest;
    std::optional<RadarProjection> projection;
    QList<RadarFinding> findings; // most urgent first
    TargetStatus manual = TargetStatus::None;
    QString manualNote;
    int urgency = 99; // lower is more urgent; 99: nothing to do

    [[nodiscard]] bool overdue() const; // a past-due finding (or the user's "missed")
    [[nodiscard]] bool flagged() const { return urgency < 99; }
};

struct RadarOptions
{
    QDate asOf = QDate::currentDate();
    int staleMonths = 12; // a latest value older than this is stale
};

struct RadarReport
{
    QDate asOf;
    QList<RadarItem> items; // by urgency, then due year
    int withoutYear = 0; // targets left off the radar: no due year
    [[nodiscard]] int overdue() const;
};

class Radar
{
    Q_DECLARE_TR_FUNCTIONS(plens::analysis::Radar)
public:
    static RadarReport scan(const IndicatorInputs &in, const RadarOptions &options = {});
    static QJsonObject toJson(const RadarItem &item);
    static QStringList csvHeader();
    static QStringList csvRow(const RadarItem &item);
};

} // namespace plens::analysis
