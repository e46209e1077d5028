// Benchmark: the longest GUI-thread stall while the real main window (offscreen) imports a large PDF
// (issue 16, item 4: the store write ran on the GUI thread and froze the window for 70–120 s). The
// PDF is generated here: 475 A4 pages (PLENS_BENCH_PAGES to change), each a dozen sentences with
// targets and reported figures for several regions and indicators, into a workspace that already
// holds a plan. A 1 ms timer on the GUI thread measures every gap in the event loop from the drop to
// the moment every view shows the import. Bound: no stall of 100 ms or more.
// Reference in the same run: the same pipeline on the GUI thread (what the window did before), whose
// whole duration was one stall.
#include "../export/exportfixtures.h"
#include "pipeline/importpipeline.h"
#include "store/workspace.h"
#include "ui/appsettings.h"
#include "ui/dialogs.h"
#include "ui/importrunner.h"
#include "ui/mainwindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace plens;
using namespace plens::ui;

namespace {

QList<QStringList> reportPages(int pages)
{
    const QStringList regions {QStringLiteral("南京市"), QStringLiteral("苏州市"), QStringLiteral("无锡市"),
                               QStringLiteral("常州市"), QStringLiteral("徐州市"), QStringLiteral("南通市")};
    const QStringList things {QStringLiteral("5G基站"),           QStringLiteral("智能工厂"),
                              QStringLiteral("数据中心标准机架"), QStringLiteral("工业互联网平台"),
                              QStringLiteral("上云企业"),         QStringLiteral("充电桩")};
    const QStringList units {QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("架"),
                             QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("个")};
    QList<QStringList> out;
    for (int p = 0; p < pages; ++p) {
        QStringList lines {QStringLiteral("第%1页 工作进展情况").arg(p + 1)};
        for (int l = 0; l < 12; ++l) {
            const int k = (p * 7 + l) % int(things.size());
            const QString region = regions.at((p + l) % regions.size());
            lines << QStringLiteral("截至%1年底，%2已建成%3%4%5。")
                         .arg(2019 + (p + l) % 4)
                         .arg(region, things.at(k))
                         .arg(100 + (p * 13 + l * 7) % 900)
                         .arg(units.at(k));
        }
        out << lines;
    }
    return out;
}

QString plan()
{
    return QStringLiteral("江苏省数字经济发展行动计划\n江苏省人民政府\n2021年12月31日\n一、发展目标\n"
                          "到2025年，全省建成5G基站超25万个，培育智能工厂500家，数据中心标准机架达到60万架，"
                          "打造工业互联网平台100个，上云企业达到5万家，建成充电桩20万个。\n");
}

} // namespace

class BenchImportGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensBench"));
        QCoreApplication::setApplicationName(QStringLiteral("bench_import_gui"));
        QSettings().clear();
        Dialogs::setTestMode(true);
    }

    void stallWhileImporting()
    {
        const int pages = qEnvironmentVariableIntValue("PLENS_BENCH_PAGES") > 0
            ? qEnvironmentVariableIntValue("PLENS_BENCH_PAGES")
            : 475;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("进展报告.pdf"));
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::makeTextPdf(reportPages(pages)));
        }
        const QString planFile = dir.filePath(QStringLiteral("行动计划.txt"));
        {
            QFile f(planFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(plan().toUtf8());
        }

        // Reference: the pipeline on the GUI thread, as the window ran it before.
        qint64 onGuiMs = 0;
        {
            auto ws = Workspace::open(dir.filePath(QStringLiteral("reference.plens")));
            QVERIFY(ws.ok());
            ImportPipeline(**ws).run({planFile});
            QElapsedTimer t;
            t.start();
            const ImportPipeline::Summary s = ImportPipeline(**ws).run({pdf});
            onGuiMs = t.elapsed();
            QCOMPARE(s.failed(), 0);
        }

        AppSettings settings;
        auto w = std::make_unique<MainWindow>(settings);
        w->resize(1400, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->openWorkspace(dir.filePath(QStringLiteral("w.plens"))));
        {
            QSignalSpy applied(w.get(), &MainWindow::importApplied);
            w->importFiles({planFile});
            QVERIFY(applied.wait(60000));
        }

        // The probe: a 1 ms timer; every gap between its ticks is time the event loop was held.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        int ticks = 0;
        QList<qint64> gaps;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(1);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.nsecsElapsed();
            const qint64 gap = now - last;
            last = now;
            ++ticks;
            worst = std::max(worst, gap);
            if (gap > 20'000'000)
                gaps.append(gap / 1'000'000);
        });
        QSignalSpy applied(w.get(), &MainWindow::importApplied);
        clock.start();
        probe.start();
        w->importFiles({pdf});
        QVERIFY(applied.wait(600000));
        const qint64 totalMs = clock.elapsed();
        probe.stop();
        QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(Dialogs::shownMessages().join(u'\n')));
        const qint64 figures = w->workspace()->commitments().size();
        const double worstMs = double(worst) / 1e6;
        std::printf("\nImport of a generated %d-page PDF (%lld figures stored in all) through the main window:\n",
                    pages, static_cast<long long>(figures));
        std::printf("  whole import, drop to views updated: %8lld ms, %d probe ticks\n",
                    static_cast<long long>(totalMs), ticks);
        std::printf("  longest GUI-thread stall:            %8.1f ms (bound 100 ms)\n", worstMs);
        std::printf("  stalls over 20 ms:                   %lld\n", static_cast<long long>(gaps.size()));
        std::printf("  reference, pipeline on the GUI thread (one stall): %lld ms\n", static_cast<long long>(onGuiMs));
        std::fflush(stdout);
        QVERIFY2(worstMs < 100, qPrintable(QStringLiteral("longest stall %1 ms").arg(worstMs)));
    }
};

QTEST_MAIN(BenchImportGui)
#include "bench_import_gui.moc"
