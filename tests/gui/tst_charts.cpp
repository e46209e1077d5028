// The indicator features of the window: the Indicators panel (rename, merge, split with undo), the
// chart window (open, switch view, export PNG/SVG/PDF, print preview), the dashboard and its filters,
// and a status set by hand with its reason.
#include "charts/chartoutput.h"
#include "charts/chartwidget.h"
#include "charts/dashboard.h"
#include "export/exportfixtures.h"
#include "extract/indicators.h"
#include "links/indicatorfixtures.h"
#include "store/workspace.h"
#include "ui/appsettings.h"
#include "ui/commitmentsmodel.h"
#include "ui/commitmentspanel.h"
#include "ui/dialogs.h"
#include "ui/exportactions.h"
#include "ui/indicatorspanel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace plens;
using namespace plens::test;
using namespace plens::ui;

namespace {

QTreeWidgetItem *indicatorItem(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_charts"));
        QSettings().clear();
        Dialogs::setTestMode(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Dialogs::shownMessages().clear();
        m_settings = std::make_unique<AppSettings>();
        m_settings->setAuthorName(QStringLiteral("王科长"));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QString path = m_dir.filePath(QStringLiteral("工作区 %1.plens").arg(++m_count));
        QVERIFY(m_window->openWorkspace(path));
        m_fx = fillIndicatorWorkspace(*m_window->workspace());
        QVERIFY(refreshIndicators(*m_window->workspace()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void chartOpensAndExports()
    {
        QAction *show = m_window->findChild<QAction *>(QStringLiteral("showChartAction"));
        QVERIFY(show && show->isEnabled());
        show->trigger();
        auto *window = m_window->findChild<charts::ChartWindow *>(QStringLiteral("chartWindowDialog"));
        QVERIFY(window);
        QTRY_VERIFY(window->isVisible());
        auto *combo = window->findChild<QComboBox *>(QStringLiteral("indicatorComboBox"));
        QCOMPARE(combo->count(), 4);
        QVERIFY(window->showIndicator(QStringLiteral("工业互联网标杆工厂")));
        charts::IndicatorChartWidget *chart = window->chart();
        auto *view = chart->findChild<QChartView *>(QStringLiteral("indicatorChartView"));
        QVERIFY(view->chart());
        QCOMPARE(view->chart()->title(), QStringLiteral("工业互联网标杆工厂"));
        // Target line + one line per region (南京市, 江苏省).
        QCOMPARE(view->chart()->series().size(), 3);
        auto *progress = chart->findChild<QTreeWidget *>(QStringLiteral("targetProgressTreeWidget"));
        QCOMPARE(progress->topLevelItemCount(), 1);
        QCOMPARE(progress->topLevelItem(0)->text(4), QStringLiteral("87%"));
        QVERIFY(!progress->topLevelItem(0)->text(6).isEmpty()); // the rule

        // By region: a bar per region and the target's mark.
        chart->setMode(charts::ChartMode::ByRegion);
        QCOMPARE(view->chart()->series().size(), 2);

        // Export through the button, each format.
        auto *exportButton = chart->findChild<QPushButton *>(QStringLiteral("exportChartButton"));
        const QString png = m_dir.filePath(QStringLiteral("导出 图表.png"));
        const QString svg = m_dir.filePath(QStringLiteral("导出 图表.svg"));
        const QString pdf = m_dir.filePath(QStringLiteral("导出 图表.pdf"));
        for (const QString &file : {png, svg, pdf}) {
            Dialogs::setNextFileName(file);
            QTest::mouseClick(exportButton, Qt::LeftButton);
            QVERIFY2(QFile::exists(file), qPrintable(file));
        }
        QVERIFY(Dialogs::shownMessages().isEmpty());
        QVERIFY(!QImage(png).isNull());
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(s.readAll()).contains(QStringLiteral("工业互联网标杆工厂")));
        if (hasPdfToText()) {
            const QString text = pdfToText(pdf);
            QVERIFY2(text.contains(QStringLiteral("工业互联网标杆工厂")), qPrintable(text));
            QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
            QVERIFY(text.contains(QStringLiteral("南京市")));
        }

        // A folder that cannot be written: a message naming the file, nothing left behind.
        // The "folder" is a file, which no one (root included) can write into.
        const QString locked = m_dir.filePath(QStringLiteral("不是文件夹"));
        QFile blocker(locked);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString denied = locked + QStringLiteral("/图.png");
        QVERIFY(!chart->exportTo(denied));
        QCOMPARE(Dialogs::shownMessages().size(), 1);
        QVERIFY(Dialogs::shownMessages().first().contains(QStringLiteral("图.png")));
        QVERIFY(QFileInfo(locked).isFile() && QFileInfo(locked).size() == 0); // nothing written anywhere
        QVERIFY(!QFileInfo::exists(denied));

        // Print preview: A4 landscape, one page.
        chart->findChild<QPushButton *>(QStringLiteral("printChartButton"))->click();
        auto *preview = chart->findChild<QPrintPreviewDialog *>(QStringLiteral("chartPrintPreviewDialog"));
        QVERIFY(preview);
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_COMPARE(pages->pageCount(), 1);
        QCOMPARE(pages->orientation(), QPageLayout::Landscape);
        preview->close();
    }

    void dashboardFilters()
    {
        m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"))->trigger();
        auto *dash = m_window->findChild<charts::Dashboard *>(QStringLiteral("dashboardDialog"));
        QVERIFY(dash);
        QTRY_VERIFY(dash->isVisible());
        QCOMPARE(dash->shownIndicators().size(), 4);
        QCOMPARE(dash->findChildren<QChartView *>(QStringLiteral("dashboardChartView")).size(), 4);
        auto *region = dash->findChild<QComboBox *>(QStringLiteral("dashboardRegionComboBox"));
        region->setCurrentIndex(region->findData(QStringLiteral("南京市")));
        QCOMPARE(dash->shownIndicators(), QStringList {QStringLiteral("工业互联网标杆工厂")});
        region->setCurrentIndex(0);
        auto *status = dash->findChild<QComboBox *>(QStringLiteral("dashboardStatusComboBox"));
        status->setCurrentIndex(status->findData(int(StatusJudgement::State::NoData)));
        QCOMPARE(dash->shownIndicators(), QStringList {QStringLiteral("单位产值能耗")});
        status->setCurrentIndex(0);
        auto *document = dash->findChild<QComboBox *>(QStringLiteral("dashboardDocumentComboBox"));
        document->setCurrentIndex(document->findData(m_fx.briefing));
        QCOMPARE(dash->shownIndicators().size(), 3);
        document->setCurrentIndex(0);

        // A tag made while the dashboard is open shows up in its filter.
        auto tag = m_window->workspace()->addTag(Tag {0, 0, QStringLiteral("需督办"), QColor(Qt::red)});
        QVERIFY(tag);
        QVERIFY(m_window->workspace()->setCommitmentTags(m_fx.energy, {*tag}));
        auto *tags = dash->findChild<QComboBox *>(QStringLiteral("dashboardTagComboBox"));
        QTRY_VERIFY(tags->findData(*tag) >= 0);
        tags->setCurrentIndex(tags->findData(*tag));
        QCOMPARE(dash->shownIndicators(), QStringList {QStringLiteral("单位产值能耗")});

        // Double-click opens the full chart.
        QSignalSpy asked(dash, &charts::Dashboard::chartRequested);
        auto *view = dash->findChild<QChartView *>(QStringLiteral("dashboardChartView"));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        auto *window = m_window->findChild<charts::ChartWindow *>(QStringLiteral("chartWindowDialog"));
        QVERIFY(window);
        QCOMPARE(window->chart()->data().indicator.name, QStringLiteral("单位产值能耗"));
    }

    void panelEditsWithUndo()
    {
        IndicatorsPanel *panel = m_window->indicatorActions()->panel();
        QTreeWidget *tree = panel->tree();
        QCOMPARE(tree->topLevelItemCount(), 4);
        QTreeWidgetItem *energy = indicatorItem(tree, QStringLiteral("单位产值能耗"));
        QVERIFY(energy);
        tree->setCurrentItem(energy);
        Dialogs::setNextAnswer(QStringLiteral("单位工业增加值能耗"));
        panel->findChild<QAction *>(QStringLiteral("renameIndicatorAction"))->trigger();
        QVERIFY(findIndicator(m_window->workspace()->indicators(), QStringLiteral("单位工业增加值能耗")));
        QVERIFY(indicatorItem(tree, QStringLiteral("单位工业增加值能耗")));

        // Merge the R&D indicator into the energy one, then split the R&D figures off again.
        tree->setCurrentItem(indicatorItem(tree, QStringLiteral("研发经费投入强度")));
        Dialogs::setNextAnswer(QStringLiteral("单位工业增加值能耗"));
        panel->findChild<QAction *>(QStringLiteral("mergeIndicatorAction"))->trigger();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *merged = indicatorItem(tree, QStringLiteral("单位工业增加值能耗"));
        QCOMPARE(merged->childCount(), 3);
        QCOMPARE(m_window->workspace()->commitment(m_fx.rnd)->indicatorId,
                 m_window->workspace()->commitment(m_fx.energy)->indicatorId);
        tree->clearSelection();
        for (int i = 0; i < merged->childCount(); ++i) {
            const qint64 id = merged->child(i)->data(0, Qt::UserRole).toLongLong();
            merged->child(i)->setSelected(id == m_fx.rnd || id == m_fx.rndReported);
        }
        Dialogs::setNextAnswer(QStringLiteral("研发投入强度"));
        panel->findChild<QAction *>(QStringLiteral("splitIndicatorAction"))->trigger();
        QCOMPARE(tree->topLevelItemCount(), 4);
        QCOMPARE(indicatorItem(tree, QStringLiteral("研发投入强度"))->childCount(), 2);

        // Undo all three edits: the grouping is as it was.
        QUndoStack *undo = m_window->undoStack();
        undo->undo();
        undo->undo();
        undo->undo();
        QVERIFY(indicatorItem(tree, QStringLiteral("单位产值能耗")));
        QVERIFY(indicatorItem(tree, QStringLiteral("研发经费投入强度")));
        QCOMPARE(tree->topLevelItemCount(), 4);
    }

    void statusSetByHandRecordsWhy()
    {
        CommitmentsModel *model = m_window->findChild<CommitmentsPanel *>()->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(CommitmentsModel::IdRole).toLongLong() == m_fx.energy)
                row = r;
        }
        QVERIFY(row >= 0);
        // Judged from the linked figures, the rule as the tooltip: no figure reported for energy yet.
        const QModelIndex judged = model->index(row, CommitmentsModel::Status);
        QCOMPARE(judged.data().toString(), stateName(StatusJudgement::State::NoData));
        QVERIFY(!judged.data(Qt::ToolTipRole).toString().isEmpty());
        // The window judges on today's date: the 2023 target of 150 stands at 130, so it was missed.
        const int factories = model->rowOf(m_fx.factories);
        QCOMPARE(model->index(factories, CommitmentsModel::Status).data().toString(),
                 stateName(StatusJudgement::State::Missed));
        QVERIFY(model->index(factories, CommitmentsModel::Status).data(Qt::ToolTipRole).toString().contains(u"2023"));
        QCOMPARE(model->index(factories, CommitmentsModel::Progress).data().toString(), QStringLiteral("87%"));
        Dialogs::setNextAnswer(QStringLiteral("项目延期，需督办"));
        QVERIFY(model->setData(model->index(row, CommitmentsModel::Status), int(TargetStatus::AtRisk), Qt::EditRole));
        const Commitment c = *m_window->workspace()->commitment(m_fx.energy);
        QCOMPARE(c.status, TargetStatus::AtRisk);
        QCOMPARE(c.statusNote, QStringLiteral("项目延期，需督办"));
        QCOMPARE(c.statusAuthor, QStringLiteral("王科长"));
        QVERIFY(c.statusChanged.isValid());
        // Rejecting the link of the province's 130 leaves the factories target without data.
        for (Link l : m_window->workspace()->links()) {
            if (l.fromId == m_fx.province) {
                l.state = Link::State::Rejected;
                QVERIFY(m_window->workspace()->updateLink(l));
            }
        }
        QCOMPARE(model->index(model->rowOf(m_fx.factories), CommitmentsModel::Status).data().toString(),
                 stateName(StatusJudgement::State::NoData));
        // The chart window shows the override and why.
        charts::ChartWindow *window = m_window->indicatorActions()->showChart(QStringLiteral("单位产值能耗"));
        auto *progress = window->chart()->findChild<QTreeWidget *>(QStringLiteral("targetProgressTreeWidget"));
        QCOMPARE(progress->topLevelItemCount(), 1);
        QVERIFY(progress->topLevelItem(0)->text(6).contains(QStringLiteral("项目延期，需督办")));
        QVERIFY(progress->topLevelItem(0)->text(6).contains(QStringLiteral("王科长")));
    }

    void packTakesTheTableFilter()
    {
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        Commitment e = *m_window->workspace()->commitment(m_fx.energy);
        e.status = TargetStatus::AtRisk;
        QVERIFY(m_window->workspace()->updateCommitment(e));
        auto *status = m_window->findChild<QComboBox *>(QStringLiteral("commitmentsStatusFilter"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(int(TargetStatus::AtRisk)));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString out = m_dir.filePath(QStringLiteral("督办 材料.pdf"));
        printer.setOutputFileName(out);
        QVERIFY(m_window->exportActions()->printPack(printer, QStringLiteral("督办材料")));
        const QString text = squeezed(pdfToText(out));
        QVERIFY2(text.contains(QStringLiteral("单位产值能耗")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("研发经费投入强度")));
        status->setCurrentIndex(0); // all statuses: every target again
        QVERIFY(m_window->exportActions()->printPack(printer, QStringLiteral("督办材料")));
        QVERIFY(squeezed(pdfToText(out)).contains(QStringLiteral("研发经费投入强度")));
    }

    void packChartFitsItsBoxAtAnyResolution()
    {
        // The pack paints on a 600 dpi PDF; the recorded chart must land inside its box there too.
        const auto data
            = collectIndicator(IndicatorInputs::load(*m_window->workspace()), QStringLiteral("工业互联网标杆工厂"));
        QVERIFY(data);
        const ChartPainter paint = charts::ChartOutput::packPainter(*data);
        for (int dpi : {96, 300, 600}) {
            QImage img(1200, 900, QImage::Format_ARGB32);
            img.setDotsPerMeterX(qRound(dpi / 0.0254));
            img.setDotsPerMeterY(qRound(dpi / 0.0254));
            img.fill(Qt::white);
            const QRect box(100, 100, 1000, 600);
            {
                QPainter p(&img);
                paint(p, box);
            }
            QRect drawn;
            for (int y = 0; y < img.height(); y += 2)
                for (int x = 0; x < img.width(); x += 2)
                    if (img.pixelColor(x, y) != QColor(Qt::white))
                        drawn |= QRect(x, y, 1, 1);
            QVERIFY2(box.adjusted(-2, -2, 2, 2).contains(drawn),
                     qPrintable(QStringLiteral("%1 dpi: drew %2,%3 %4x%5")
                                    .arg(dpi)
                                    .arg(drawn.x())
                                    .arg(drawn.y())
                                    .arg(drawn.width())
                                    .arg(drawn.height())));
            QVERIFY2(drawn.width() > box.width() * 0.9, qPrintable(QString::number(drawn.width())));
        }
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    IndicatorFixture m_fx;
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
