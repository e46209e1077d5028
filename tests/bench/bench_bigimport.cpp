// Benchmark for issue 19, item 1 ("import stalls once a workspace holds a large document"): the whole
// import — read, extract, store, group into indicators, suggest links — of
//  * generated plan-and-review text of 7.5, 15, 30 and 60 MB (about one figure per 600 bytes, so the
//    60 MB file holds about as many figures as the 97,546 of the campaign's 60 MB file), and
//  * the 475-page bench PDF of ../shared joined by pdfunite into 950, 1,900 and 2,375 pages,
// each into a new workspace, with the time of every step; then a one-figure text imported into the
// workspace that holds the largest document, in process and through policylens-cli (a new process:
// open, check, import, close). The bars: time per MB (per page) of the largest within 1.5x of the
// smallest, i.e. linear in size, and the one-figure import under one second.
// Before the fix (same machine, campaign figures): the 60 MB text never finished its link step and
// every later import into that workspace stalled; the 2,375-page PDF took 70 s, 55 of them in links.
#include "clirun.h"
#include "pipeline/importpipeline.h"
#include "store/workspace.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

namespace {

struct Timed
{
    double files = 0; // read, extract, store
    double indicators = 0;
    double links = 0;
    double total = 0;
    int figures = 0;
    int suggested = 0;
};

// Imports `paths` into the workspace at `wsPath` (created when missing) and times each step.
Timed importInto(const QString &wsPath, const QStringList &paths)
{
    Timed t;
    auto ws = Workspace::open(wsPath);
    if (!ws) {
        qWarning("%s", qPrintable(ws.error().toString()));
        return t;
    }
    QElapsedTimer clock;
    clock.start();
    double stageStart = 0;
    ImportPipeline::Stage current = ImportPipeline::Stage::Files;
    ImportPipeline::Hooks hooks;
    hooks.stage = [&](ImportPipeline::Stage s) {
        const double now = double(clock.nsecsElapsed()) / 1e9;
        const double spent = now - stageStart;
        switch (current) {
        case ImportPipeline::Stage::Files:
            t.files += spent;
            break;
        case ImportPipeline::Stage::Indicators:
            t.indicators += spent;
            break;
        case ImportPipeline::Stage::Links:
            t.links += spent;
            break;
        case ImportPipeline::Stage::Done:
            break;
        }
        current = s;
        stageStart = now;
    };
    ImportPipeline pipeline(**ws);
    const ImportPipeline::Summary summary = pipeline.run(paths, hooks);
    t.total = double(clock.nsecsElapsed()) / 1e9;
    for (const ImportPipeline::FileResult &f : summary.files) {
        if (f.error)
            qWarning("%s", qPrintable(f.error->toString()));
        t.figures += f.figures;
    }
    t.suggested = summary.suggested;
    return t;
}

// Plan-and-review prose: numbered sections alternating 主要目标 and 工作回顾, each paragraph one
// sentence with a figure (a target with its year, or a result with its growth) among sentences
// without any, indicators, units, places and years drawn at random so that grouping and linking see
// many distinct indicators rather than one repeated.
QByteArray planText(qsizetype bytes, quint32 seed)
{
    struct Indicator
    {
        const char16_t *name;
        const char16_t *unit;
    };
    static const Indicator indicators[] = {
        {u"新建5G基站", u"个"},           {u"高标准农田", u"万亩"},       {u"地区生产总值", u"亿元"},
        {u"城镇新增就业", u"万人"},       {u"新能源汽车保有量", u"万辆"}, {u"新改建农村公路", u"公里"},
        {u"规模以上工业增加值", u"亿元"}, {u"公共充电桩", u"个"},         {u"养老机构床位", u"张"},
        {u"普惠托育机构", u"家"},         {u"保障性租赁住房", u"套"},     {u"高新技术企业", u"家"},
        {u"全社会固定资产投资", u"亿元"}, {u"造林绿化面积", u"万亩"},     {u"光伏发电装机", u"万千瓦"},
        {u"城市更新项目", u"个"},         {u"职业技能培训", u"万人次"},   {u"跨境电商进出口额", u"亿元"},
        {u"乡村旅游接待", u"万人次"},     {u"老旧小区改造", u"个"},
    };
    static const char16_t *places[] = {u"全省", u"全市", u"郑州市", u"洛阳市", u"南阳市", u"开封市", u"许昌市"};
    static const char16_t *filler[] = {
        u"各地各部门要把思想和行动统一到决策部署上来，细化工作方案，明确责任分工。",
        u"坚持问题导向和目标导向，定期调度推进情况，及时协调解决突出问题。",
        u"强化要素保障，统筹用好各类资金，优化审批流程，提高服务效率。",
        u"加强宣传引导，及时总结推广典型经验做法，营造良好社会氛围。",
        u"健全考核评价机制，将任务完成情况纳入年度综合考核。",
        u"深化区域合作，推动资源共享、优势互补，形成协同推进的工作格局。",
    };
    QRandomGenerator rng(seed);
    QString text = QStringLiteral("河南省推进高质量发展实施方案\n\n");
    text.reserve(bytes / 2);
    int section = 0;
    int paragraph = 0;
    qsizetype approxBytes = 0;
    while (approxBytes < bytes) {
        if (paragraph % 40 == 0) {
            ++section;
            const QString heading = section % 2 ? QStringLiteral("%1、主要目标\n").arg(section)
                                                : QStringLiteral("%1、工作回顾\n").arg(section);
            text += heading;
        }
        ++paragraph;
        const Indicator &ind = indicators[rng.bounded(int(std::size(indicators)))];
        const QString place = QString::fromUtf16(places[rng.bounded(int(std::size(places)))]);
        const QString name = QString::fromUtf16(ind.name);
        const QString unit = QString::fromUtf16(ind.unit);
        const int value = 10 + int(rng.bounded(90000));
        QString sentence;
        if (section % 2)
            sentence = QStringLiteral("到%1年，%2%3达到%4%5。")
                           .arg(2025 + int(rng.bounded(6)))
                           .arg(place, name)
                           .arg(value)
                           .arg(unit);
        else
            sentence = QStringLiteral("%1年，%2%3%4%5，比上年增长%6.%7%。")
                           .arg(2019 + int(rng.bounded(5)))
                           .arg(place, name)
                           .arg(value)
                           .arg(unit)
                           .arg(rng.bounded(20))
                           .arg(rng.bounded(10));
        QString para = sentence;
        for (int i = 0; i < 6; ++i)
            para += QString::fromUtf16(filler[rng.bounded(int(std::size(filler)))]);
        para += u'\n';
        text += para;
        approxBytes += para.size() * 3; // CJK: three UTF-8 bytes each
    }
    return text.toUtf8();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void printRow(const char *what, double size, const char *sizeUnit, const Timed &t, double perUnitBase)
{
    const double perUnit = t.total / size;
    qInfo("%-22s %8.1f %-5s %8d %8.2f %8.2f %8.2f %8.2f %10.4f %6.2f", what, size, sizeUnit, t.figures, t.files,
          t.indicators, t.links, t.total, perUnit, perUnitBase > 0 ? perUnit / perUnitBase : 1.0);
}

void printHeader(const char *perWhat)
{
    qInfo("%-22s %14s %8s %8s %8s %8s %8s %10s %6s", "document", "size", "figures", "files s", "groups s", "links s",
          "total s", perWhat, "ratio");
}

} // namespace

class BenchBigImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_small; // the one-figure text

    // Imports the one-figure text into the workspace at `wsPath` in process and through the CLI, each
    // into its own copy, and checks both stay under a second.
    void smallImportInto(const QString &wsPath, const char *label);

private slots:
    void initTestCase();
    void text();
    void pdf();
};

void BenchBigImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("PLENS_BENCH_KEEP")) { // to profile the workspaces afterwards
        m_dir.setAutoRemove(false);
        qInfo("workspaces kept in %s", qPrintable(m_dir.path()));
    }
    m_small = m_dir.filePath(QStringLiteral("一条目标 通知.txt"));
    QVERIFY(write(m_small,
                  QStringLiteral("关于加快充电设施建设的通知\n\n到2027年，全市建成公共充电桩3200个。\n").toUtf8()));
}

void BenchBigImport::smallImportInto(const QString &wsPath, const char *label)
{
    // Fresh copies, so that neither run finds the other's document (a duplicate would be quicker).
    const QString inProcess = m_dir.filePath(QStringLiteral("copy-a.plens"));
    const QString viaCli = m_dir.filePath(QStringLiteral("copy-b.plens"));
    QFile::remove(inProcess);
    QFile::remove(viaCli);
    QVERIFY(QFile::copy(wsPath, inProcess));
    QVERIFY(QFile::copy(wsPath, viaCli));

    const Timed t = importInto(inProcess, {m_small});
    QCOMPARE(t.figures, 1);
    QElapsedTimer clock;
    clock.start();
    const test::Run r = test::cli({QStringLiteral("import"), QStringLiteral("--workspace"), viaCli, m_small}, 600000);
    const double cliSeconds = double(clock.nsecsElapsed()) / 1e9;
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    qInfo("one-figure import into the %s workspace: in process %.3f s (files %.3f, groups %.3f, links %.3f), "
          "policylens-cli %.3f s",
          label, t.total, t.files, t.indicators, t.links, cliSeconds);
    QVERIFY2(t.total < 1.0, qPrintable(QStringLiteral("in process %1 s").arg(t.total)));
    QVERIFY2(cliSeconds < 1.0, qPrintable(QStringLiteral("policylens-cli %1 s").arg(cliSeconds)));
}

void BenchBigImport::text()
{
    qInfo("Generated plan-and-review text, each size imported into a new workspace");
    printHeader("s per MB");
    double base = 0;
    QString largest;
    for (const double mb : {7.5, 15.0, 30.0, 60.0}) {
        const QString file = m_dir.filePath(QStringLiteral("规划 %1MB.txt").arg(mb));
        const QByteArray bytes = planText(qsizetype(mb * 1024 * 1024), 19);
        QVERIFY(write(file, bytes));
        const QString ws = m_dir.filePath(QStringLiteral("text-%1.plens").arg(mb));
        const Timed t = importInto(ws, {file});
        QVERIFY(t.figures > 0);
        const double realMb = double(bytes.size()) / (1024 * 1024);
        if (base == 0)
            base = t.total / realMb;
        printRow("text", realMb, "MB", t, base);
        QFile::remove(file);
        largest = ws;
        if (mb == 60.0)
            QVERIFY2(
                t.total / realMb <= 1.5 * base,
                qPrintable(QStringLiteral("%1 s per MB at 60 MB vs %2 at 7.5 MB").arg(t.total / realMb).arg(base)));
    }
    smallImportInto(largest, "60 MB text");
}

void BenchBigImport::pdf()
{
    const QString bench = test::corpusPath(QStringLiteral("bench/seeds-x25-475p.pdf"));
    if (!QFileInfo::exists(bench))
        QSKIP("../shared/corpus is not present");
    const QString pdfunite = QStandardPaths::findExecutable(QStringLiteral("pdfunite"));
    if (pdfunite.isEmpty())
        QSKIP("pdfunite (poppler-utils) is not installed");
    qInfo("The 475-page bench PDF joined to longer PDFs, each imported into a new workspace");
    printHeader("s per page");
    double base = 0;
    QString largest;
    for (const int copies : {1, 2, 4, 5}) {
        const int pages = 475 * copies;
        const QString file = m_dir.filePath(QStringLiteral("汇编 %1页.pdf").arg(pages));
        if (copies == 1) {
            QVERIFY(QFile::copy(bench, file));
        } else {
            QStringList args;
            for (int i = 0; i < copies; ++i)
                args << bench;
            args << file;
            QProcess p;
            p.start(pdfunite, args);
            QVERIFY(p.waitForFinished(300000));
            QCOMPARE(p.exitCode(), 0);
        }
        const QString ws = m_dir.filePath(QStringLiteral("pdf-%1.plens").arg(pages));
        const Timed t = importInto(ws, {file});
        QVERIFY(t.figures > 0);
        if (base == 0)
            base = t.total / pages;
        const QByteArray label = QByteArray::number(pages) + " pages";
        printRow(label.constData(), pages, "pages", t, base);
        QFile::remove(file);
        largest = ws;
        if (copies == 5)
            QVERIFY2(
                t.total / pages <= 1.5 * base,
                qPrintable(QStringLiteral("%1 s per page at 2375 pages vs %2 at 475").arg(t.total / pages).arg(base)));
    }
    smallImportInto(largest, "2,375-page PDF");
}

QTEST_GUILESS_MAIN(BenchBigImport)
#include "bench_bigimport.moc"
