// Benchmark: the PDF view on the 475-page corpus PDF. Prints the time to the first page on screen beside
// `pdftoppm -r 100` rendering page 1 (whole process, the reference), the longest the GUI thread was
// blocked while scrolling end to end, and memory (peak RSS, cache). Run: ctest -L bench -R pdfview -V
#include "render/pdfrenderer.h"
#include "ui/pageview.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace plens;

namespace {

// Peak resident memory in MiB (Linux; -1 elsewhere).
double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

class BenchPageView : public QObject
{
    Q_OBJECT
private slots:
    void bigPdf()
    {
        const QString path
            = QString::fromUtf8(qgetenv("PLENS_SHARED_DIR")) + QStringLiteral("/corpus/bench/seeds-x25-475p.pdf");
        if (!QFile::exists(path))
            QSKIP("../shared/corpus/bench/seeds-x25-475p.pdf is absent");

        // Reference: pdftoppm renders page 1 at 100 dpi (process start to exit).
        double refMs = -1;
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            QTemporaryDir tmp;
            QElapsedTimer t;
            t.start();
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"), QStringLiteral("1"),
                               QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), path,
                               tmp.filePath(QStringLiteral("p"))});
            refMs = double(t.nsecsElapsed()) / 1e6;
        }

        ui::PageView view;
        view.resize(900, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer t;
        t.start();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto r = PdfRenderer::open(path, f.readAll());
        QVERIFY(r.ok());
        const double openMs = double(t.nsecsElapsed()) / 1e6;
        PdfRenderer *renderer = r.value().get();
        view.setDocument(std::move(r).value());
        const int width = int(view.pageRect(0).width() * view.devicePixelRatioF());
        QTRY_VERIFY_WITH_TIMEOUT(!renderer->image(0, width).isNull(), 10000);
        view.viewport()->repaint();
        const double firstMs = double(t.nsecsElapsed()) / 1e6;
        QCOMPARE(view.pageCount(), 475);

        // Scroll end to end as a user flinging the wheel: one screen every 10 ms, never waiting for the
        // renderer; the GUI thread's longest step is how long the window could not respond.
        QScrollBar *bar = view.verticalScrollBar();
        QElapsedTimer scroll;
        scroll.start();
        qint64 worstNs = 0;
        int steps = 0;
        while (bar->value() < bar->maximum()) {
            QElapsedTimer step;
            step.start();
            bar->setValue(bar->value() + bar->pageStep() / 2);
            view.viewport()->repaint();
            QCoreApplication::processEvents();
            worstNs = std::max(worstNs, step.nsecsElapsed());
            ++steps;
            QTest::qWait(10);
        }
        const double scrollS = double(scroll.nsecsElapsed()) / 1e9;
        QTRY_VERIFY_WITH_TIMEOUT(!renderer->image(474, width).isNull(), 10000); // the last page arrives

        std::printf("pdfview: 475 pages, open %.0f ms, first page on screen %.0f ms (pdftoppm -r 100 page 1: %.0f ms, "
                    "ratio %.2f)\n",
                    openMs, firstMs, refMs, refMs > 0 ? firstMs / refMs : 0.0);
        std::printf("pdfview: scrolled end to end in %d steps, %.1f s; longest GUI-thread step %.1f ms\n", steps,
                    scrollS, double(worstNs) / 1e6);
        std::printf("pdfview: page cache %.1f MiB (limit %.0f MiB), peak RSS %.1f MiB\n",
                    double(renderer->cachedBytes()) / 1048576.0, double(renderer->cacheLimit()) / 1048576.0,
                    peakRssMiB());
        QVERIFY(renderer->cachedBytes() <= renderer->cacheLimit() + 8LL * 1024 * 1024);
    }
};

QTEST_MAIN(BenchPageView)
#include "bench_pdfview.moc"
