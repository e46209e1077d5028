#pragma once
// Workspaces made up for the analysis tests (cascade, radar, revisions). Every sentence here was
// written for these tests; the figures are stored as the extractor would store them, and grouped under
// one indicator per metric so each test knows what it compares.

#include "model/document.h"
#include "model/items.h"
#include "store/storefixtures.h"
#include "store/workspace.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QTest>

namespace plens::test {

struct FigureSpec
{
    QString evidence; // a part of the text, unique in it
    Figure::Kind kind = Figure::Kind::Target;
    Figure::Cmp cmp = Figure::Cmp::Ge;
    double value = 0;
    QString unit;
    int year = 0; // 0: none
    QString metric;
    QString scope; // "" : the document's region
    QString hedge;
};

class AnalysisBuilder
{
public:
    explicit AnalysisBuilder(Workspace &w) : m_w(w) { }

    // Adds a document of `lines` and its figures; returns its id (0 and a failed test on an error).
    qint64 add(const QString &file, const QString &title, const QString &region, const QDate &date,
               const QStringList &lines, const QList<FigureSpec> &specs)
    {
        const QString text = lines.join(u'\n');
        Document d = makeDocument(file, text, title);
        d.meta.region = region;
        d.meta.date = date;
        QList<Figure> figures;
        for (const FigureSpec &s : specs) {
            Figure f;
            f.kind = s.kind;
            f.cmp = s.cmp;
            f.value = s.value;
            f.unit = s.unit;
            if (s.year)
                f.year = s.year;
            f.metric = s.metric;
            f.scope = s.scope;
            f.hedge = s.hedge;
            f.text = s.evidence;
            f.start = text.indexOf(s.evidence);
            f.end = f.start + s.evidence.size();
            if (f.start < 0)
                QTest::qFail(qPrintable(QStringLiteral("evidence not in text: ") + s.evidence), __FILE__, __LINE__);
            figures.append(f);
        }
        auto added = m_w.addDocument(d, figures);
        if (!added) {
            QTest::qFail(qPrintable(added.error().toString()), __FILE__, __LINE__);
            return 0;
        }
        return added->documentId;
    }

    // The stored figure whose evidence is `evidence` in document `doc`.
    qint64 figure(qint64 doc, const QString &evidence) const
    {
        for (const Commitment &c : m_w.commitments(doc))
            if (c.figure.text == evidence)
                return c.id;
        QTest::qFail(qPrintable(QStringLiteral("no figure: ") + evidence), __FILE__, __LINE__);
        return 0;
    }

    // One indicator per metric, named after it.
    void groupByMetric()
    {
        IndicatorState s;
        QHash<QString, qint64> ids;
        for (const Commitment &c : m_w.commitments()) {
            if (c.figure.metric.isEmpty())
                continue;
            if (!ids.contains(c.figure.metric)) {
                Indicator i;
                i.id = ids.size() + 1;
                i.name = c.figure.metric;
                i.unit = c.figure.unit;
                s.indicators.append(i);
                ids.insert(c.figure.metric, i.id);
            }
            s.assignment.insert(c.id, ids.value(c.figure.metric));
        }
        if (auto st = m_w.setIndicatorState(s); !st)
            QTest::qFail(qPrintable(st.error().toString()), __FILE__, __LINE__);
    }

    void link(qint64 from, qint64 to, Link::Kind kind, Link::State state = Link::State::Accepted)
    {
        Link l;
        l.kind = kind;
        l.fromId = from;
        l.toId = to;
        l.score = 1;
        l.state = state;
        if (auto r = m_w.addLink(l); !r)
            QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
    }

private:
    Workspace &m_w;
};

// A province and five cities. Province (江苏省, 2022-01-10): 5G基站 ≥ 10万个 by 2024, 数据中心机架 ≥ 50万架
// by 2024, 宽带普及率 ≥ 90% by 2024, plus a target for 江北新区 (a place the gazetteer does not know).
// 南京 3万个 / 22万架 / 95%; 无锡 2万个 / 20万架 / 85% (below); 苏州 2.5万个 / 15万架 / 92%;
// 常州 1万个 due 2026 (later); 徐州 has a document and only a rate target (missing for the counts).
// 5G: 3 + 2 + 2.5 = 7.5万, 2.5万 short; racks: 22 + 20 + 15 = 57万, 7万 over.
struct CascadeFixture
{
    qint64 province = 0, nanjing = 0, wuxi = 0, suzhou = 0, changzhou = 0, xuzhou = 0;
    qint64 p5g = 0, pRacks = 0, pRate = 0, pDistrict = 0;
    qint64 nj5g = 0, wx5g = 0, sz5g = 0, cz5g = 0;
    qint64 njRacks = 0, wxRacks = 0, szRacks = 0;
    qint64 njRate = 0, wxRate = 0, szRate = 0, xzRate = 0;
};

inline CascadeFixture fillCascadeWorkspace(Workspace &w)
{
    using K = Figure::Kind;
    using C = Figure::Cmp;
    AnalysisBuilder b(w);
    CascadeFixture f;
    const QString g5 = QStringLiteral("5G基站"), racks = QStringLiteral("数据中心机架"),
                  rate = QStringLiteral("宽带普及率");
    const auto t = [](const QString &ev, double v, const QString &unit, int year, const QString &metric, C cmp = C::Ge,
                      const QString &scope = {}) {
        return FigureSpec {ev, K::Target, cmp, v, unit, year, metric, scope, {}};
    };
    f.province = b.add(
        QStringLiteral("province.txt"), QStringLiteral("全省新型基础设施三年计划"), QStringLiteral("江苏省"),
        QDate(2022, 1, 10),
        {QStringLiteral("全省新型基础设施三年计划"), QStringLiteral("到2024年，全省累计开通5G基站10万个。"),
         QStringLiteral("到2024年，数据中心机架总数达到50万架。"),
         QStringLiteral("到2024年，家庭宽带普及率不低于90%。"), QStringLiteral("到2024年，江北新区建成5G基站8000个。")},
        {t(QStringLiteral("全省累计开通5G基站10万个"), 100000, QStringLiteral("个"), 2024, g5),
         t(QStringLiteral("数据中心机架总数达到50万架"), 500000, QStringLiteral("架"), 2024, racks),
         t(QStringLiteral("家庭宽带普及率不低于90%"), 90, QStringLiteral("%"), 2024, rate),
         t(QStringLiteral("江北新区建成5G基站8000个"), 8000, QStringLiteral("个"), 2024, g5, C::Ge,
           QStringLiteral("江北新区"))});
    const auto city = [&](const QString &file, const QString &name,
                          const QList<std::pair<QString, FigureSpec>> &items) {
        QStringList lines {name + QStringLiteral("落实全省计划的工作方案")};
        QList<FigureSpec> specs;
        for (const auto &[line, spec] : items) {
            lines.append(line);
            specs.append(spec);
        }
        return b.add(file, name + QStringLiteral("落实全省计划的工作方案"), name, QDate(2022, 4, 1), lines, specs);
    };
    f.nanjing = city(QStringLiteral("nanjing.txt"), QStringLiteral("南京市"),
                     {{QStringLiteral("到2024年，全市5G基站达到3万个。"),
                       t(QStringLiteral("全市5G基站达到3万个"), 30000, QStringLiteral("个"), 2024, g5)},
                      {QStringLiteral("到2024年，本市数据中心机架达到22万架。"),
                       t(QStringLiteral("本市数据中心机架达到22万架"), 220000, QStringLiteral("架"), 2024, racks)},
                      {QStringLiteral("到2024年，家庭宽带普及率达到95%。"),
                       t(QStringLiteral("家庭宽带普及率达到95%"), 95, QStringLiteral("%"), 2024, rate)}});
    f.wuxi = city(QStringLiteral("wuxi.txt"), QStringLiteral("无锡市"),
                  {{QStringLiteral("到2024年，全市5G基站达到2万个。"),
                    t(QStringLiteral("全市5G基站达到2万个"), 20000, QStringLiteral("个"), 2024, g5)},
                   {QStringLiteral("到2024年，本市数据中心机架达到20万架。"),
                    t(QStringLiteral("本市数据中心机架达到20万架"), 200000, QStringLiteral("架"), 2024, racks)},
                   {QStringLiteral("到2024年，家庭宽带普及率达到85%。"),
                    t(QStringLiteral("家庭宽带普及率达到85%"), 85, QStringLiteral("%"), 2024, rate)}});
    f.suzhou = city(QStringLiteral("suzhou.txt"), QStringLiteral("苏州市"),
                    {{QStringLiteral("到2024年，全市5G基站达到2.5万个。"),
                      t(QStringLiteral("全市5G基站达到2.5万个"), 25000, QStringLiteral("个"), 2024, g5)},
                     {QStringLiteral("到2024年，本市数据中心机架达到15万架。"),
                      t(QStringLiteral("本市数据中心机架达到15万架"), 150000, QStringLiteral("架"), 2024, racks)},
                     {QStringLiteral("到2024年，家庭宽带普及率达到92%。"),
                      t(QStringLiteral("家庭宽带普及率达到92%"), 92, QStringLiteral("%"), 2024, rate)}});
    f.changzhou = city(QStringLiteral("changzhou.txt"), QStringLiteral("常州市"),
                       {{QStringLiteral("到2026年，全市5G基站达到1万个。"),
                         t(QStringLiteral("全市5G基站达到1万个"), 10000, QStringLiteral("个"), 2026, g5)}});
    f.xuzhou = city(QStringLiteral("xuzhou.txt"), QStringLiteral("徐州市"),
                    {{QStringLiteral("到2024年，家庭宽带普及率达到91%。"),
                      t(QStringLiteral("家庭宽带普及率达到91%"), 91, QStringLiteral("%"), 2024, rate)}});
    f.p5g = b.figure(f.province, QStringLiteral("全省累计开通5G基站10万个"));
    f.pRacks = b.figure(f.province, QStringLiteral("数据中心机架总数达到50万架"));
    f.pRate = b.figure(f.province, QStringLiteral("家庭宽带普及率不低于90%"));
    f.pDistrict = b.figure(f.province, QStringLiteral("江北新区建成5G基站8000个"));
    f.nj5g = b.figure(f.nanjing, QStringLiteral("全市5G基站达到3万个"));
    f.wx5g = b.figure(f.wuxi, QStringLiteral("全市5G基站达到2万个"));
    f.sz5g = b.figure(f.suzhou, QStringLiteral("全市5G基站达到2.5万个"));
    f.cz5g = b.figure(f.changzhou, QStringLiteral("全市5G基站达到1万个"));
    f.njRacks = b.figure(f.nanjing, QStringLiteral("本市数据中心机架达到22万架"));
    f.wxRacks = b.figure(f.wuxi, QStringLiteral("本市数据中心机架达到20万架"));
    f.szRacks = b.figure(f.suzhou, QStringLiteral("本市数据中心机架达到15万架"));
    f.njRate = b.figure(f.nanjing, QStringLiteral("家庭宽带普及率达到95%"));
    f.wxRate = b.figure(f.wuxi, QStringLiteral("家庭宽带普及率达到85%"));
    f.szRate = b.figure(f.suzhou, QStringLiteral("家庭宽带普及率达到92%"));
    f.xzRate = b.figure(f.xuzhou, QStringLiteral("家庭宽带普及率达到91%"));
    b.groupByMetric();
    return f;
}

// Targets and reports for the radar, judged as of 2024-03-01. A plan of 2021-03-01 (江苏省):
// overdue: 工业互联网平台 ≥ 100个 due 2023, nothing reported since (40个 for 2020, reported in 2024);
// reported: 上云企业 ≥ 1万家 due 2023, 1.2万家 reported for 2023 (met); 智能工厂 ≥ 50家 due 2023, 30家 for 2023;
// due now: 数字乡村示范村 ≥ 200个 due 2024, nothing reported;
// projection: 软件业务收入 ≥ 2000亿元 due 2025, 1000亿 (2021) and 1200亿 (2022): 1800亿 in 2025, short;
// done by the user: 算力中心 ≥ 10个 due 2023, nothing reported.
struct RadarFixture
{
    qint64 plan = 0, briefing2022 = 0, briefing2024 = 0;
    qint64 overdue = 0, met = 0, notMet = 0, dueNow = 0, projected = 0, done = 0;
};

inline RadarFixture fillRadarWorkspace(Workspace &w)
{
    using K = Figure::Kind;
    using C = Figure::Cmp;
    AnalysisBuilder b(w);
    RadarFixture f;
    const auto t = [](const QString &ev, double v, const QString &unit, int year, const QString &metric) {
        return FigureSpec {ev, K::Target, C::Ge, v, unit, year, metric, {}, {}};
    };
    const auto r = [](const QString &ev, double v, const QString &unit, int year, const QString &metric) {
        return FigureSpec {ev, K::Reported, C::Eq, v, unit, year, metric, {}, {}};
    };
    f.plan = b.add(
        QStringLiteral("plan.txt"), QStringLiteral("数字化转型推进计划"), QStringLiteral("江苏省"), QDate(2021, 3, 1),
        {QStringLiteral("数字化转型推进计划"), QStringLiteral("到2023年，培育工业互联网平台100个。"),
         QStringLiteral("到2023年，上云企业达到1万家。"), QStringLiteral("到2023年，建成智能工厂50家。"),
         QStringLiteral("到2024年，建设数字乡村示范村200个。"), QStringLiteral("到2025年，软件业务收入达到2000亿元。"),
         QStringLiteral("到2023年，建成算力中心10个。")},
        {t(QStringLiteral("培育工业互联网平台100个"), 100, QStringLiteral("个"), 2023,
           QStringLiteral("工业互联网平台")),
         t(QStringLiteral("上云企业达到1万家"), 10000, QStringLiteral("家"), 2023, QStringLiteral("上云企业")),
         t(QStringLiteral("建成智能工厂50家"), 50, QStringLiteral("家"), 2023, QStringLiteral("智能工厂")),
         t(QStringLiteral("建设数字乡村示范村200个"), 200, QStringLiteral("个"), 2024,
           QStringLiteral("数字乡村示范村")),
         t(QStringLiteral("软件业务收入达到2000亿元"), 2e11, QStringLiteral("元"), 2025,
           QStringLiteral("软件业务收入")),
         t(QStringLiteral("建成算力中心10个"), 10, QStringLiteral("个"), 2023, QStringLiteral("算力中心"))});
    f.briefing2022 = b.add(
        QStringLiteral("briefing-2022.txt"), QStringLiteral("工作简报2022年第1期"), QStringLiteral("江苏省"),
        QDate(2022, 2, 15), {QStringLiteral("工作简报"), QStringLiteral("2021年，软件业务收入1000亿元。")},
        {r(QStringLiteral("软件业务收入1000亿元"), 1e11, QStringLiteral("元"), 2021, QStringLiteral("软件业务收入"))});
    f.briefing2024 = b.add(
        QStringLiteral("briefing-2024.txt"), QStringLiteral("工作简报2024年第1期"), QStringLiteral("江苏省"),
        QDate(2024, 1, 20),
        {QStringLiteral("工作简报"), QStringLiteral("2022年，软件业务收入1200亿元。"),
         QStringLiteral("2023年底，上云企业1.2万家。"), QStringLiteral("2023年底，智能工厂30家。"),
         QStringLiteral("2020年底，工业互联网平台40个。")},
        {r(QStringLiteral("软件业务收入1200亿元"), 1.2e11, QStringLiteral("元"), 2022, QStringLiteral("软件业务收入")),
         r(QStringLiteral("上云企业1.2万家"), 12000, QStringLiteral("家"), 2023, QStringLiteral("上云企业")),
         r(QStringLiteral("智能工厂30家"), 30, QStringLiteral("家"), 2023, QStringLiteral("智能工厂")),
         r(QStringLiteral("工业互联网平台40个"), 40, QStringLiteral("个"), 2020, QStringLiteral("工业互联网平台"))});
    f.overdue = b.figure(f.plan, QStringLiteral("培育工业互联网平台100个"));
    f.met = b.figure(f.plan, QStringLiteral("上云企业达到1万家"));
    f.notMet = b.figure(f.plan, QStringLiteral("建成智能工厂50家"));
    f.dueNow = b.figure(f.plan, QStringLiteral("建设数字乡村示范村200个"));
    f.projected = b.figure(f.plan, QStringLiteral("软件业务收入达到2000亿元"));
    f.done = b.figure(f.plan, QStringLiteral("建成算力中心10个"));
    b.link(b.figure(f.briefing2022, QStringLiteral("软件业务收入1000亿元")), f.projected, Link::Kind::Reports);
    b.link(b.figure(f.briefing2024, QStringLiteral("软件业务收入1200亿元")), f.projected, Link::Kind::Reports);
    b.link(b.figure(f.briefing2024, QStringLiteral("上云企业1.2万家")), f.met, Link::Kind::Reports);
    b.link(b.figure(f.briefing2024, QStringLiteral("智能工厂30家")), f.notMet, Link::Kind::Reports);
    // A value of before the plan (its baseline, reported later) is not progress since the target was set.
    b.link(b.figure(f.briefing2024, QStringLiteral("工业互联网平台40个")), f.overdue, Link::Kind::Reports);
    b.groupByMetric();
    auto done = w.commitment(f.done);
    if (done) {
        done->status = TargetStatus::Done;
        done->statusNote = QStringLiteral("验收通过");
        done->statusAuthor = QStringLiteral("王科长");
        if (auto st = w.updateCommitment(*done); !st)
            QTest::qFail(qPrintable(st.error().toString()), __FILE__, __LINE__);
    }
    return f;
}

// A plan and its revision (and an unrelated notice): a draft (征求意见稿, 2022-03-01) and the final text
// (2022-08-01), each with six targets: one unchanged, a value raised, a due year moved, a comparator
// changed, a hedge dropped, one dropped and one added.
struct RevisionFixture
{
    qint64 draft = 0, final = 0, other = 0;
};

inline RevisionFixture fillRevisionWorkspace(Workspace &w)
{
    using K = Figure::Kind;
    using C = Figure::Cmp;
    AnalysisBuilder b(w);
    RevisionFixture f;
    const auto t = [](const QString &ev, C cmp, double v, const QString &unit, int year, const QString &metric,
                      const QString &hedge = {}) {
        return FigureSpec {ev, K::Target, cmp, v, unit, year, metric, {}, hedge};
    };
    const QStringList common {QStringLiteral("一、总体要求"),
                              QStringLiteral("坚持需求牵引、应用为先，推动公共数据有序开放，培育数据要素市场主体。"),
                              QStringLiteral("二、主要目标")};
    f.draft = b.add(
        QStringLiteral("draft.txt"), QStringLiteral("关于印发全省数据要素市场培育行动方案（征求意见稿）的通知"),
        QStringLiteral("江苏省"), QDate(2022, 3, 1),
        common
            + QStringList {QStringLiteral("到2024年，开放公共数据集5000个。"),
                           QStringLiteral("到2024年，数据交易额达到100亿元。"),
                           QStringLiteral("到2024年，培育数据商200家。"),
                           QStringLiteral("到2024年，数据中心上架率达到70%。"),
                           QStringLiteral("到2024年，力争建成数据交易所3个。"),
                           QStringLiteral("到2024年，建设行业数据空间20个。"), QStringLiteral("三、保障措施"),
                           QStringLiteral("加强组织领导，完善考核评价，强化资金保障。")},
        {t(QStringLiteral("开放公共数据集5000个"), C::Ge, 5000, QStringLiteral("个"), 2024,
           QStringLiteral("公共数据集")),
         t(QStringLiteral("数据交易额达到100亿元"), C::Ge, 1e10, QStringLiteral("元"), 2024,
           QStringLiteral("数据交易额")),
         t(QStringLiteral("培育数据商200家"), C::Ge, 200, QStringLiteral("家"), 2024, QStringLiteral("数据商")),
         t(QStringLiteral("数据中心上架率达到70%"), C::Ge, 70, QStringLiteral("%"), 2024, QStringLiteral("上架率")),
         t(QStringLiteral("力争建成数据交易所3个"), C::Ge, 3, QStringLiteral("个"), 2024, QStringLiteral("数据交易所"),
           QStringLiteral("力争")),
         t(QStringLiteral("建设行业数据空间20个"), C::Ge, 20, QStringLiteral("个"), 2024,
           QStringLiteral("行业数据空间"))});
    f.final = b.add(
        QStringLiteral("final.txt"), QStringLiteral("全省数据要素市场培育行动方案"), QStringLiteral("江苏省"),
        QDate(2022, 8, 1),
        common
            + QStringList {QStringLiteral("到2024年，开放公共数据集5000个。"),
                           QStringLiteral("到2024年，数据交易额达到150亿元。"),
                           QStringLiteral("到2025年，培育数据商200家。"),
                           QStringLiteral("到2024年，数据中心上架率超过70%。"),
                           QStringLiteral("到2024年，建成数据交易所3个。"),
                           QStringLiteral("到2024年，认定数据资产登记机构5家。"), QStringLiteral("三、保障措施"),
                           QStringLiteral("加强组织领导，完善考核评价，强化资金保障。")},
        {t(QStringLiteral("开放公共数据集5000个"), C::Ge, 5000, QStringLiteral("个"), 2024,
           QStringLiteral("公共数据集")),
         t(QStringLiteral("数据交易额达到150亿元"), C::Ge, 1.5e10, QStringLiteral("元"), 2024,
           QStringLiteral("数据交易额")),
         t(QStringLiteral("培育数据商200家"), C::Ge, 200, QStringLiteral("家"), 2025, QStringLiteral("数据商")),
         t(QStringLiteral("数据中心上架率超过70%"), C::Gt, 70, QStringLiteral("%"), 2024, QStringLiteral("上架率")),
         t(QStringLiteral("建成数据交易所3个"), C::Ge, 3, QStringLiteral("个"), 2024, QStringLiteral("数据交易所")),
         t(QStringLiteral("认定数据资产登记机构5家"), C::Ge, 5, QStringLiteral("家"), 2024,
           QStringLiteral("数据资产登记机构"))});
    f.other = b.add(QStringLiteral("notice.txt"), QStringLiteral("关于开展智能制造示范工厂遴选的通知"),
                    QStringLiteral("江苏省"), QDate(2022, 5, 1),
                    {QStringLiteral("关于开展智能制造示范工厂遴选的通知"),
                     QStringLiteral("各设区市工业和信息化主管部门：现组织开展年度智能制造示范工厂遴选工作。")},
                    {});
    b.groupByMetric();
    return f;
}

} // namespace plens::test
