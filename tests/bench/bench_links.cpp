// Benchmark: link suggestion and indicator grouping at 1,000, 10,000 and 100,000 figures (issue 19,
// item 1: suggestion was quadratic). Prints, beside each, the reference that compares every reported
// figure with every target (what suggestLinks did before it was blocked and indexed), measured where it
// finishes in reasonable time (1k, 10k) and extrapolated (n²) at 100k.
// With ../shared present it also counts the suggestions for the 475-page corpus PDF (five documents
// repeated 25 times) with and without collapsing identical reported figures (issue 16, item 4).
#include "extract/extract.h"
#include "extract/linker.h"
#include "import/importer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

using namespace plens;

namespace {

// Figures as a large workspace holds them: a few hundred indicators named in several ways, dozens of
// regions, ten years, one figure in three a target.
QList<Figure> generate(int n, quint32 seed)
{
    const QStringList things {
        QStringLiteral("5G基站"),         QStringLiteral("智能工厂"),     QStringLiteral("数据中心标准机架"),
        QStringLiteral("工业互联网平台"), QStringLiteral("上云企业"),     QStringLiteral("软件业务收入"),
        QStringLiteral("专精特新企业"),   QStringLiteral("公共服务平台"), QStringLiteral("充电桩"),
        QStringLiteral("高新技术企业"),   QStringLiteral("研发投入"),     QStringLiteral("光伏装机容量"),
        QStringLiteral("千兆宽带用户"),   QStringLiteral("数字化车间"),   QStringLiteral("工业机器人"),
        QStringLiteral("跨境电商交易额"), QStringLiteral("集成电路产值"), QStringLiteral("新能源汽车产量"),
        QStringLiteral("物联网终端"),     QStringLiteral("算力规模")};
    const QStringList qualifiers {QString(),
                                  QStringLiteral("省级"),
                                  QStringLiteral("国家级"),
                                  QStringLiteral("重点"),
                                  QStringLiteral("新增"),
                                  QStringLiteral("累计"),
                                  QStringLiteral("示范"),
                                  QStringLiteral("标杆"),
                                  QStringLiteral("规模以上"),
                                  QStringLiteral("全市"),
                                  QStringLiteral("全省"),
                                  QStringLiteral("骨干")};
    const QStringList units {QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("元"),
                             QStringLiteral("%"),  QStringLiteral("户"), QStringLiteral("台")};
    const QStringList regions {
        QStringLiteral("江苏省"), QStringLiteral("南京市"), QStringLiteral("苏州市"), QStringLiteral("无锡市"),
        QStringLiteral("常州市"), QStringLiteral("广东省"), QStringLiteral("广州市"), QStringLiteral("深圳市"),
        QStringLiteral("浙江省"), QStringLiteral("杭州市"), QStringLiteral("宁波市"), QStringLiteral("湖北省"),
        QStringLiteral("武汉市"), QStringLiteral("河南省"), QStringLiteral("郑州市"), QString()};
    QRandomGenerator rng(seed);
    QList<Figure> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Figure f;
        f.kind = rng.bounded(3) == 0 ? Figure::Kind::Target : Figure::Kind::Reported;
        const int thing = int(rng.bounded(things.size()));
        f.metric = qualifiers.at(rng.bounded(qualifiers.size())) + things.at(thing);
        f.unit = units.at(thing % units.size());
        f.value = double(rng.bounded(1, 100000));
        f.year = 2018 + int(rng.bounded(10));
        f.scope = regions.at(rng.bounded(regions.size()));
        f.cmp = f.kind == Figure::Kind::Target ? Figure::Cmp::Ge : Figure::Cmp::Eq;
        out.append(f);
    }
    return out;
}

// What suggestLinks did before: every reported figure against every target, each keeping its best.
QList<LinkSuggestion> everyPair(const QList<Figure> &fs)
{
    QList<LinkSuggestion> out;
    for (qsizetype r = 0; r < fs.size(); ++r) {
        const Figure &rep = fs.at(r);
        if (rep.kind != Figure::Kind::Reported || rep.metric.isEmpty())
            continue;
        LinkSuggestion best;
        for (qsizetype t = 0; t < fs.size(); ++t) {
            const Figure &tgt = fs.at(t);
            if (tgt.kind != Figure::Kind::Target || tgt.metric.isEmpty() || !unitsCompatible(tgt.unit, rep.unit))
                continue;
            if (tgt.year && rep.year && *rep.year > *tgt.year)
                continue;
            const RegionRelation rel = regionRelation(tgt.scope, rep.scope);
            if (rel == RegionRelation::Other)
                continue;
            const double sim = metricSimilarity(tgt.metric, rep.metric);
            if (sim < 0.4 || (tgt.value > 0 && rep.value > 5 * tgt.value))
                continue;
            const double w = rel == RegionRelation::Same ? 1.0 : rel == RegionRelation::Unknown ? 0.6 : 0.2;
            const double score = 0.75 * sim + 0.25 * w;
            if (score > best.score)
                best = {t, r, score, 0};
        }
        if (best.target >= 0 && best.score >= 0.5)
            out.append(best);
    }
    return out;
}

int maxPerTarget(const QList<LinkSuggestion> &links)
{
    QHash<qsizetype, int> n;
    int most = 0;
    for (const LinkSuggestion &l : links)
        most = std::max(most, ++n[l.target]);
    return most;
}

} // namespace

class BenchLinks : public QObject
{
    Q_OBJECT
private slots:
    void scaling()
    {
        std::printf("\n%-9s %14s %14s %16s %12s\n", "figures", "suggest (ms)", "group (ms)", "every pair (ms)",
                    "suggestions");
        qint64 everyPairMs = 0;
        for (int n : {1000, 10000, 100000}) {
            const QList<Figure> fs = generate(n, quint32(n));
            QElapsedTimer t;
            t.start();
            const QList<LinkSuggestion> links = suggestLinks(fs);
            const qint64 suggestMs = t.elapsed();
            t.restart();
            const IndicatorGroups groups = groupIndicators(fs);
            const qint64 groupMs = t.elapsed();
            QVERIFY(!links.isEmpty());
            QVERIFY(!groups.indicators.isEmpty());
            QString reference;
            if (n <= 10000) {
                t.restart();
                const QList<LinkSuggestion> slow = everyPair(fs);
                everyPairMs = t.elapsed();
                reference = QString::number(everyPairMs);
                QVERIFY(slow.size() >= links.size()); // the reference does not fold identical figures
            } else {
                everyPairMs *= qint64(n / 10000) * qint64(n / 10000); // from the 10k run, n²
                reference = QStringLiteral("~%1 (n²)").arg(everyPairMs);
            }
            std::printf("%-9d %14lld %14lld %16s %12lld\n", n, static_cast<long long>(suggestMs),
                        static_cast<long long>(groupMs), qPrintable(reference), static_cast<long long>(links.size()));
            std::fflush(stdout);
        }
    }

    void repeatedDocument()
    {
        const QString shared = qEnvironmentVariable("PLENS_SHARED_DIR", QStringLiteral(PLENS_SHARED_DIR));
        const QString pdf = shared + QStringLiteral("/corpus/bench/seeds-x25-475p.pdf");
        if (!QFileInfo::exists(pdf))
            QSKIP("../shared/corpus is not here");
        auto doc = importFile(pdf);
        QVERIFY2(doc.ok(), doc ? "" : qPrintable(doc.error().toString()));
        const QList<Figure> fs = extractFigures(doc->displayText, ExtractContext::fromMeta(doc->meta));
        QElapsedTimer t;
        t.start();
        const QList<LinkSuggestion> before = everyPair(fs);
        const qint64 beforeMs = t.elapsed();
        t.restart();
        const QList<LinkSuggestion> after = suggestLinks(fs);
        const qint64 afterMs = t.elapsed();
        std::printf("\nseeds-x25-475p.pdf: %lld figures\n", static_cast<long long>(fs.size()));
        std::printf("  every pair, no folding: %5lld suggestions, at most %3d per target, %6lld ms\n",
                    static_cast<long long>(before.size()), maxPerTarget(before), static_cast<long long>(beforeMs));
        std::printf("  indexed, folded:        %5lld suggestions, at most %3d per target, %6lld ms\n",
                    static_cast<long long>(after.size()), maxPerTarget(after), static_cast<long long>(afterMs));
        std::fflush(stdout);
        QVERIFY(after.size() < before.size());
    }
};

QTEST_GUILESS_MAIN(BenchLinks)
#include "bench_links.moc"
