#pragma once
// A small workspace of a plan and a briefing, made up for the indicator and chart tests: targets of
// every kind the charts draw differently (at least, a range, at most, percentage points) and reported
// values for the province and a city, linked to their targets.

#include "model/document.h"
#include "model/items.h"
#include "store/storefixtures.h"
#include "store/workspace.h"

#include <QString>
#include <QTest>

namespace plens::test {

struct IndicatorFixture
{
    qint64 plan = 0;
    qint64 briefing = 0;
    qint64 factories = 0; // target: ≥ 150 家 工业互联网标杆工厂 by 2023, 江苏省
    qint64 rnd = 0; // target: 2.5–3% 研发经费投入强度 by 2025
    qint64 energy = 0; // target: ≤ 0.4 吨 单位产值能耗 by 2025
    qint64 share = 0; // target: +2 百分点 数字经济核心产业增加值占比 by 2025
    qint64 nanjing = 0; // reported: 南京市 9 家 (2021)
    qint64 province = 0; // reported: 江苏省 130 家 (2022)
    qint64 rndReported = 0; // reported: 2.8% (2022)
    qint64 shareReported = 0; // reported: 1.5 百分点 (2022)
};

inline Figure indicatorFigure(const QString &text, const QString &evidence, Figure::Kind kind, Figure::Cmp cmp,
                              double value, const QString &unit, int year, const QString &metric, const QString &scope)
{
    Figure f;
    f.kind = kind;
    f.cmp = cmp;
    f.value = value;
    f.unit = unit;
    f.year = year;
    f.metric = metric;
    f.scope = scope;
    f.text = evidence;
    f.start = text.indexOf(evidence);
    f.end = f.start + evidence.size();
    return f;
}

// Fills `w` (empty) and returns the ids; fails the test on a store error.
inline IndicatorFixture fillIndicatorWorkspace(Workspace &w, bool link = true)
{
    using K = Figure::Kind;
    using C = Figure::Cmp;
    IndicatorFixture fx;
    // Adds a document dated `date` with its figures; 0 (and a failed test) on a store error.
    const auto add = [&w](const QString &fileName, const QString &title, const QString &text, const QDate &date,
                          const QList<Figure> &figures) -> qint64 {
        Document d = makeDocument(fileName, text, title);
        d.meta.date = date;
        auto added = w.addDocument(d, figures);
        if (!added) {
            QTest::qFail(qPrintable(added.error().toString()), __FILE__, __LINE__);
            return 0;
        }
        return added->documentId;
    };
    const QString plan = QStringLiteral("江苏省制造业数字化行动方案\n"
                                        "到2023年，建成工业互联网标杆工厂150家以上。\n"
                                        "到2025年，研发经费投入强度达到2.5%—3%。\n"
                                        "到2025年，单位产值能耗不高于0.4吨标准煤。\n"
                                        "到2025年，数字经济核心产业增加值占比提高2个百分点。");
    const QList<Figure> planFigures {
        indicatorFigure(plan, QStringLiteral("建成工业互联网标杆工厂150家以上"), K::Target, C::Ge, 150,
                        QStringLiteral("家"), 2023, QStringLiteral("工业互联网标杆工厂"), QStringLiteral("江苏省")),
        indicatorFigure(plan, QStringLiteral("研发经费投入强度达到2.5%—3%"), K::Target, C::Range, 2.5,
                        QStringLiteral("%"), 2025, QStringLiteral("研发经费投入强度"), QStringLiteral("江苏省")),
        indicatorFigure(plan, QStringLiteral("单位产值能耗不高于0.4吨标准煤"), K::Target, C::Le, 0.4,
                        QStringLiteral("吨"), 2025, QStringLiteral("单位产值能耗"), QStringLiteral("江苏省")),
        indicatorFigure(plan, QStringLiteral("数字经济核心产业增加值占比提高2个百分点"), K::Target, C::Eq, 2,
                        QStringLiteral("百分点"), 2025, QStringLiteral("数字经济核心产业增加值占比"),
                        QStringLiteral("江苏省")),
    };
    QList<Figure> withRange = planFigures;
    withRange[1].valueMax = 3;
    fx.plan = add(QStringLiteral("行动 方案.txt"), QStringLiteral("制造业数字化行动方案"), plan, QDate(2021, 3, 1),
                  withRange);
    if (!fx.plan)
        return fx;
    const QString brief = QStringLiteral("工作简报\n"
                                         "截至2021年底，南京市建成工业互联网标杆工厂9家。\n"
                                         "2022年，全省建成工业互联网标杆工厂130家。\n"
                                         "2022年，全省研发经费投入强度达到2.8%。\n"
                                         "2022年，数字经济核心产业增加值占比提高1.5个百分点。");
    const QList<Figure> briefFigures {
        indicatorFigure(brief, QStringLiteral("南京市建成工业互联网标杆工厂9家"), K::Reported, C::Eq, 9,
                        QStringLiteral("家"), 2021, QStringLiteral("工业互联网标杆工厂"), QStringLiteral("南京市")),
        indicatorFigure(brief, QStringLiteral("全省建成工业互联网标杆工厂130家"), K::Reported, C::Eq, 130,
                        QStringLiteral("家"), 2022, QStringLiteral("标杆工厂"), QStringLiteral("江苏省")),
        indicatorFigure(brief, QStringLiteral("全省研发经费投入强度达到2.8%"), K::Reported, C::Eq, 2.8,
                        QStringLiteral("%"), 2022, QStringLiteral("研发经费投入强度"), QStringLiteral("江苏省")),
        indicatorFigure(brief, QStringLiteral("数字经济核心产业增加值占比提高1.5个百分点"), K::Reported, C::Eq, 1.5,
                        QStringLiteral("百分点"), 2022, QStringLiteral("数字经济核心产业增加值占比"),
                        QStringLiteral("江苏省")),
    };
    fx.briefing
        = add(QStringLiteral("工作简报.txt"), QStringLiteral("工作简报"), brief, QDate(2022, 12, 20), briefFigures);
    if (!fx.briefing)
        return fx;
    for (const Commitment &c : w.commitments()) {
        const QString m = c.figure.metric;
        if (c.figure.kind == K::Target) {
            (m == QStringLiteral("工业互联网标杆工厂")     ? fx.factories
                 : m == QStringLiteral("研发经费投入强度") ? fx.rnd
                 : m == QStringLiteral("单位产值能耗")     ? fx.energy
                                                           : fx.share)
                = c.id;
        } else {
            (c.figure.scope == QStringLiteral("南京市")    ? fx.nanjing
                 : m == QStringLiteral("标杆工厂")         ? fx.province
                 : m == QStringLiteral("研发经费投入强度") ? fx.rndReported
                                                           : fx.shareReported)
                = c.id;
        }
    }
    if (link) {
        const QList<std::pair<qint64, qint64>> pairs {{fx.nanjing, fx.factories},
                                                      {fx.province, fx.factories},
                                                      {fx.rndReported, fx.rnd},
                                                      {fx.shareReported, fx.share}};
        for (const auto &[from, to] : pairs) {
            Link l;
            l.fromId = from;
            l.toId = to;
            l.score = 1;
            l.state = Link::State::Accepted;
            if (auto r = w.addLink(l); !r)
                QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
        }
    }
    return fx;
}

} // namespace plens::test
