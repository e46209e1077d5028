// Link suggestion after an import looks only at the stored figures the new ones can pair with
// (ImportPipeline::groupAndSuggest, issue 19). The property checked here on random workspaces: after
// each import, suggesting over the whole workspace finds nothing the import did not suggest itself —
// new reported figures against old targets, old reported figures against new targets, identical
// figures folded into one suggestion — and grouping stores the same indicators as grouping everything.
#include "extract/indicators.h"
#include "extract/linker.h"
#include "pipeline/importpipeline.h"
#include "store/storefixtures.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::test;

namespace {

// Indicator texts in families of similar ones (some pairs score above the link threshold, some
// below), so that blocking by similarity has something to get wrong.
const QStringList kMetrics {
    QStringLiteral("公共充电桩"),   QStringLiteral("新建公共充电桩"), QStringLiteral("充电桩"),
    QStringLiteral("养老机构床位"), QStringLiteral("养老床位"),       QStringLiteral("社区养老服务设施"),
    QStringLiteral("高标准农田"),   QStringLiteral("新建高标准农田"), QStringLiteral("农田水利工程"),
    QStringLiteral("城镇新增就业"), QStringLiteral("新增就业岗位"),   QStringLiteral("光伏发电装机容量"),
    QStringLiteral("风电装机容量"), QStringLiteral("保障性租赁住房"), QStringLiteral("老旧小区改造"),
};
const QStringList kUnits {QStringLiteral("个"), QStringLiteral("张"), QStringLiteral("万亩"), QStringLiteral("万人"),
                          QStringLiteral("%")};
const QStringList kRegions {QString(), QStringLiteral("河南省"), QStringLiteral("郑州市"), QStringLiteral("洛阳市"),
                            QStringLiteral("湖北省")};

struct Made
{
    Document document;
    QList<Figure> figures;
};

// A document of `n` random figures; each has its own sentence, so offsets are real.
Made randomDocument(QRandomGenerator &rng, int number, int n)
{
    QString text = QStringLiteral("第%1号文件\n").arg(number);
    QList<Figure> figures;
    for (int i = 0; i < n; ++i) {
        Figure f;
        f.kind = rng.bounded(2) ? Figure::Kind::Target : Figure::Kind::Reported;
        f.metric = kMetrics.at(rng.bounded(int(kMetrics.size())));
        f.unit = kUnits.at(rng.bounded(int(kUnits.size())));
        f.scope = kRegions.at(rng.bounded(int(kRegions.size())));
        f.year = 2020 + int(rng.bounded(7));
        f.value = double(1 + rng.bounded(5)) * 100; // few values: identical figures happen
        f.cmp = f.kind == Figure::Kind::Target && rng.bounded(2) ? Figure::Cmp::Ge : Figure::Cmp::Eq;
        const QString sentence
            = QStringLiteral("%1%2%3达到%4%5。").arg(f.scope, f.metric).arg(i).arg(f.value).arg(f.unit);
        f.text = sentence;
        f.start = text.size();
        f.end = f.start + sentence.size();
        text += sentence + u'\n';
        figures.append(f);
    }
    Made m {makeDocument(QStringLiteral("文件%1.txt").arg(number), text), figures};
    m.document.meta.region = kRegions.at(rng.bounded(int(kRegions.size())));
    return m;
}

QHash<qint64, QString> regionsOf(const Workspace &w)
{
    QHash<qint64, QString> out;
    for (const DocumentSummary &d : w.documents())
        out.insert(d.id, d.meta.region);
    return out;
}

} // namespace

class TestImportLinks : public QObject
{
    Q_OBJECT
private slots:
    void incrementalEqualsWholeWorkspace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int suggested = 0;
        int olderReported = 0; // suggestions for a reported figure stored before the import
        for (quint32 seed = 1; seed <= 12; ++seed) {
            QRandomGenerator rng(seed);
            auto ws = Workspace::open(dir.filePath(QStringLiteral("随机 %1.plens").arg(seed)));
            QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
            Workspace &w = **ws;
            ImportPipeline pipeline(w);
            for (int d = 1; d <= 6; ++d) {
                const Made made = randomDocument(rng, d, 4 + int(rng.bounded(12)));
                auto added = w.addDocument(made.document, made.figures);
                QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
                ImportPipeline::Summary summary;
                ImportPipeline::FileResult file;
                file.added = *added;
                file.figures = int(made.figures.size());
                summary.files.append(file);
                pipeline.groupAndSuggest(summary);
                QVERIFY(summary.errors.isEmpty());
                suggested += summary.suggested;
                for (const Link &l : w.links()) {
                    if (w.commitment(l.fromId)->documentId < added->documentId
                        && w.commitment(l.toId)->documentId == added->documentId)
                        ++olderReported;
                }
                // Nothing left for a suggestion over everything stored.
                const QList<Link> missed = newLinkSuggestions(w.commitments(), w.links(), regionsOf(w));
                QVERIFY2(missed.isEmpty(),
                         qPrintable(QStringLiteral("seed %1, document %2: %3 suggestions missed")
                                        .arg(seed)
                                        .arg(d)
                                        .arg(missed.size())));
                // Grouping: every figure with a metric has an indicator, and grouping again does nothing.
                QCOMPARE(refreshIndicators(w).value(), 0);
                QVERIFY(w.ungroupedCommitments().isEmpty());
            }
            QCOMPARE(w.check(), QStringLiteral("ok"));
        }
        // The property held on workspaces where both directions happened.
        QVERIFY2(suggested > 50, qPrintable(QString::number(suggested)));
        QVERIFY2(olderReported > 5, qPrintable(QString::number(olderReported)));
    }

    // Only the indicators that change are written: the others keep who last changed them, and names
    // can pass from one indicator to another in one step.
    void indicatorStateWritesOnlyChanges()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto ws = Workspace::open(dir.filePath(QStringLiteral("指标.plens")));
        QVERIFY(ws);
        Workspace &w = **ws;
        w.setAuthor(QStringLiteral("李科员"));
        QRandomGenerator rng(7);
        const Made made = randomDocument(rng, 1, 30);
        QVERIFY(w.addDocument(made.document, made.figures));
        QVERIFY(refreshIndicators(w));
        IndicatorState state = w.indicatorState();
        QVERIFY(state.indicators.size() >= 3);
        Indicator kept;
        kept.name = QStringLiteral("手工指标");
        kept.unit = QStringLiteral("个");
        const auto keptId = w.addIndicator(kept);
        QVERIFY(keptId);
        state = w.indicatorState();
        // Swap the names of two indicators and drop a third.
        std::swap(state.indicators[0].name, state.indicators[1].name);
        const qint64 a = state.indicators[0].id;
        const qint64 b = state.indicators[1].id;
        const qint64 dropped = state.indicators[2].id == *keptId ? state.indicators[3].id : state.indicators[2].id;
        state.indicators.removeIf([dropped](const Indicator &i) { return i.id == dropped; });
        for (auto it = state.assignment.begin(); it != state.assignment.end();)
            it = it.value() == dropped ? state.assignment.erase(it) : std::next(it);
        w.setAuthor(QStringLiteral("王科长"));
        QVERIFY(w.setIndicatorState(state));
        QCOMPARE(w.indicatorState(), state);
        for (const Indicator &i : w.indicators()) {
            if (i.id == *keptId)
                QCOMPARE(i.stamp.changedBy, QStringLiteral("李科员")); // untouched
            if (i.id == a || i.id == b)
                QCOMPARE(i.stamp.changedBy, QStringLiteral("王科长"));
        }
        for (const Commitment &c : w.commitments())
            QVERIFY(c.indicatorId != dropped);
        QCOMPARE(w.check(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestImportLinks)
#include "tst_importlinks.moc"
