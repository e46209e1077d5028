// The traps of issue 16, each through the real main window (offscreen): what the officer clicks is
// what gets linked; the pack, the chart and the table judge a target by one rule; overlapping
// highlights stay readable; duplicate suggestions fold and many links are accepted at once.
#include "charts/chartwidget.h"
#include "charts/indicatorchart.h"
#include "export/packsource.h"
#include "extract/indicators.h"
#include "model/labels.h"
#include "store/commands.h"
#include "store/workspace.h"
#include "ui/appsettings.h"
#include "ui/commitmentsmodel.h"
#include "ui/commitmentspanel.h"
#include "ui/dialogs.h"
#include "ui/documentview.h"
#include "ui/indicatorspanel.h"
#include "ui/mainwindow.h"
#include "ui/readerarea.h"
#include "ui/textview.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace plens;
using namespace plens::ui;

namespace {

void write(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

qint64 documentNamed(const Workspace &ws, const QString &fileName)
{
    for (const DocumentSummary &d : ws.documents()) {
        if (d.fileName == fileName)
            return d.id;
    }
    return 0;
}

std::optional<Commitment> figure(const Workspace &ws, qint64 doc, Figure::Kind kind, const QString &metricPart)
{
    for (const Commitment &c : ws.commitments(doc)) {
        if (c.figure.kind == kind && c.figure.metric.contains(metricPart))
            return c;
    }
    return std::nullopt;
}

// Clicks the middle of a figure's passage in a pane (text mode), as a user would.
void clickFigure(DocumentView *pane, const Commitment &c)
{
    TextView *view = pane->textView();
    view->scrollToRange(c.anchor.start, c.anchor.end);
    const QRect r = view->rangeRect(c.anchor.start + 1, c.anchor.start + 2);
    QVERIFY(r.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
}

// The colour most pixels of `r` have: the highlight's background (glyph strokes are few).
QRgb commonColour(const QImage &image, const QRect &r)
{
    QHash<QRgb, int> count;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++count[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

std::optional<Link> linkBetween(const Workspace &ws, qint64 from, qint64 to)
{
    for (const Link &l : ws.links()) {
        if (l.fromId == from && l.toId == to)
            return l;
    }
    return std::nullopt;
}

} // namespace

class TestOfficer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_officer"));
        QSettings().clear();
        Dialogs::setTestMode(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(m_settings);
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openWorkspace(m_dir->filePath(QStringLiteral("w.plens"))));
        Dialogs::shownMessages().clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    // Item 1: with the table filtered and another row current, clicking a target in one pane and a
    // reported figure in the other and pressing Ctrl+L links those two, and says so.
    void linkTakesTheClickedPair()
    {
        importTexts({{QStringLiteral("计划.txt"),
                      QStringLiteral("南京市数字经济发展行动计划\n南京市人民政府\n2021年12月31日\n"
                                     "到2025年，全市建成5G基站超2万个，培育智能工厂30家以上。\n")},
                     {QStringLiteral("简报.txt"),
                      QStringLiteral("南京市数字经济工作简报\n南京市工业和信息化局\n2022年9月8日\n"
                                     "截至2022年6月底，全市已建成5G基站1.2万个。\n")}});
        Workspace &ws = *m_window->workspace();
        const qint64 plan = documentNamed(ws, QStringLiteral("计划.txt"));
        const qint64 brief = documentNamed(ws, QStringLiteral("简报.txt"));
        const auto target = figure(ws, plan, Figure::Kind::Target, QStringLiteral("5G"));
        const auto factories = figure(ws, plan, Figure::Kind::Target, QStringLiteral("智能工厂"));
        const auto reported = figure(ws, brief, Figure::Kind::Reported, QStringLiteral("5G"));
        QVERIFY(target && factories && reported);
        // The import suggested the pair; remove the suggestion so only Ctrl+L can make the link.
        for (const Link &l : ws.links())
            QVERIFY(ws.removeLink(l.id));

        m_window->showDocument(plan);
        m_window->showDocument(brief, true);
        DocumentView *planPane = m_window->reader()->paneFor(plan);
        DocumentView *briefPane = m_window->reader()->paneFor(brief);
        QVERIFY(planPane && briefPane && planPane != briefPane);
        for (DocumentView *pane : {planPane, briefPane})
            pane->setMode(DocumentView::Mode::Text);

        // The table shows targets only, with the other target current.
        auto *panel = m_window->findChild<CommitmentsPanel *>(QStringLiteral("commitmentsPanel"));
        auto *kind = panel->findChild<QComboBox *>(QStringLiteral("commitmentsKindFilter"));
        kind->setCurrentIndex(kind->findData(int(Figure::Kind::Target)));
        panel->selectCommitment(factories->id);
        QCOMPARE(panel->currentCommitment(), factories->id);

        clickFigure(planPane, *target);
        clickFigure(briefPane, *reported);
        QCOMPARE(m_window->selectedCommitment(), reported->id);
        QVERIFY(panel->currentCommitment() != reported->id); // the filter hides it: another row is current
        briefPane->textView()->setFocus();
        QTest::keyClick(briefPane->textView(), Qt::Key_L, Qt::ControlModifier);

        const auto made = linkBetween(ws, reported->id, target->id);
        QVERIFY2(made, "Ctrl+L linked the pair clicked in the panes");
        QCOMPARE(made->state, Link::State::Accepted);
        QCOMPARE(ws.links().size(), 1); // nothing with the table's row
        const QString said = m_window->statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("1.2万个")) && said.contains(QStringLiteral("2万个")), qPrintable(said));
    }

    // Item 2: a manual link across regions or units warns (and is not made unless confirmed); the
    // pack's attainment and status are the chart's for the same target.
    void oneRuleForPackChartAndTable()
    {
        importTexts({{QStringLiteral("省计划.txt"),
                      QStringLiteral("江苏省智能制造行动计划\n江苏省人民政府\n2021年3月1日\n"
                                     "到2025年，全省培育智能工厂30家以上。\n")},
                     {QStringLiteral("省简报.txt"),
                      QStringLiteral("江苏省智能制造工作简报\n江苏省工业和信息化厅\n2022年12月20日\n"
                                     "截至2022年底，全省已培育智能工厂21家。\n")},
                     {QStringLiteral("市简报.txt"),
                      QStringLiteral("南京市智能制造工作简报\n南京市工业和信息化局\n2023年1月5日\n"
                                     "截至2022年底，全市已建成智能工厂165个。\n")}});
        Workspace &ws = *m_window->workspace();
        const auto target = figure(ws, documentNamed(ws, QStringLiteral("省计划.txt")), Figure::Kind::Target,
                                   QStringLiteral("智能工厂"));
        const auto province = figure(ws, documentNamed(ws, QStringLiteral("省简报.txt")), Figure::Kind::Reported,
                                     QStringLiteral("智能工厂"));
        const auto city = figure(ws, documentNamed(ws, QStringLiteral("市简报.txt")), Figure::Kind::Reported,
                                 QStringLiteral("智能工厂"));
        QVERIFY(target && province && city);
        // Suggestions never pair the city's figure with the province's target as a sure match.
        for (const Link &l : ws.links())
            QVERIFY2(!(l.fromId == city->id && l.toId == target->id && l.score >= 0.99), "city scored 1.00");

        // Linking the city's 165个 to the province's 30家: a question, and no link when declined.
        const auto link = [this](qint64 a, qint64 b) {
            m_window->selectCommitment(a);
            m_window->selectCommitment(b);
            m_window->findChild<QAction *>(QStringLiteral("actionLink"))->trigger();
        };
        for (const Link &l : ws.links())
            QVERIFY(ws.removeLink(l.id));
        Dialogs::setNextAnswer(false);
        link(target->id, city->id);
        QVERIFY(!linkBetween(ws, city->id, target->id));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Not linked")));
        Dialogs::setNextAnswer(true); // the officer insists: kept, but it does not count
        link(target->id, city->id);
        QVERIFY(linkBetween(ws, city->id, target->id));
        link(province->id, target->id); // same region and unit: no question asked
        QVERIFY(linkBetween(ws, province->id, target->id));

        // The chart's judgement of the target.
        const auto data = collectIndicator(IndicatorInputs::load(ws), target->figure.metric);
        QVERIFY(data);
        const auto progress = std::find_if(data->progress.cbegin(), data->progress.cend(),
                                           [&](const TargetProgress &p) { return p.targetId == target->id; });
        QVERIFY(progress != data->progress.cend());
        QCOMPARE(qRound(progress->judgement.attainment), 70); // 21 of 30, not 550% from the city
        // The pack's row for it: the same figure, attainment and state, the status column filled.
        const auto pack = MeetingPackSource::fromWorkspace(ws, {}, QStringLiteral("t"), QDate::currentDate());
        QVERIFY(pack);
        const auto row = std::find_if(pack->targets.cbegin(), pack->targets.cend(),
                                      [&](const PackTargetRow &r) { return r.targetId == target->id; });
        QVERIFY(row != pack->targets.cend());
        QVERIFY(row->attainment);
        QCOMPARE(qRound(*row->attainment), qRound(progress->judgement.attainment));
        QCOMPARE(row->state(), progress->judgement.state);
        QCOMPARE(row->statusText(), stateName(progress->judgement.state));
        QVERIFY(row->latest.contains(QStringLiteral("21")));
        // The table's status for the target says the same.
        CommitmentsModel *model = m_window->findChild<CommitmentsPanel *>()->model();
        const int r = model->rowOf(target->id);
        QCOMPARE(model->index(r, CommitmentsModel::Status).data().toString(), stateName(progress->judgement.state));
        QCOMPARE(model->index(r, CommitmentsModel::Progress).data().toString(), QStringLiteral("70%"));
    }

    // Item 3: highlights of one colour overlapping keep one layer (no darker band where they overlap);
    // the selected figure is outlined, not darkened.
    void overlappingHighlightsStayReadable()
    {
        importTexts({{QStringLiteral("计划.txt"),
                      QStringLiteral("南京市数字经济发展行动计划\n南京市人民政府\n2021年12月31日\n"
                                     "到2025年，全市建成5G基站超2万个，培育智能工厂30家以上，上云企业达到1万家。\n")}});
        Workspace &ws = *m_window->workspace();
        const qint64 plan = documentNamed(ws, QStringLiteral("计划.txt"));
        m_window->showDocument(plan);
        DocumentView *pane = m_window->reader()->paneFor(plan);
        pane->setMode(DocumentView::Mode::Text);
        const QString text = pane->text();
        const qsizetype at = text.indexOf(QStringLiteral("建成5G基站"));
        QVERIFY(at > 0);
        // Two of the officer's highlights in one colour over one clause, overlapping by half.
        for (const auto &[start, end] : {std::pair {at, at + 10}, std::pair {at + 5, at + 15}}) {
            Annotation a;
            a.documentId = plan;
            a.anchor = Anchor::fromRange(text, start, end);
            a.color = QColor(120, 200, 255);
            QVERIFY(ws.addAnnotation(a));
        }
        TextView *view = pane->textView();
        // Every character carries one layer.
        const QList<QTextEdit::ExtraSelection> layers = view->extraSelections();
        for (qsizetype i = 0; i < layers.size(); ++i) {
            for (qsizetype j = i + 1; j < layers.size(); ++j)
                QVERIFY(layers.at(i).cursor.selectionEnd() <= layers.at(j).cursor.selectionStart()
                        || layers.at(j).cursor.selectionEnd() <= layers.at(i).cursor.selectionStart());
        }
        view->scrollToRange(at, at + 15);
        QTest::qWait(50);
        const QImage shot = view->viewport()->grab().toImage();
        const QRect alone = view->rangeRect(at + 1, at + 4); // the first highlight only
        const QRect both = view->rangeRect(at + 6, at + 9); // both highlights
        QVERIFY(alone.isValid() && both.isValid());
        QCOMPARE(QColor(commonColour(shot, alone)).name(), QColor(commonColour(shot, both)).name());

        // The selected figure: outlined; its colour as any other's.
        const auto target = figure(ws, plan, Figure::Kind::Target, QStringLiteral("5G"));
        QVERIFY(target);
        const QColor before = [&] {
            for (const Highlight &h : pane->highlights())
                if (h.id == target->id)
                    return h.color;
            return QColor();
        }();
        m_window->selectCommitment(target->id);
        int selected = 0;
        for (const Highlight &h : pane->highlights()) {
            if (h.id == target->id) {
                QVERIFY(h.selected);
                QCOMPARE(h.color, before);
                ++selected;
            } else {
                QVERIFY(!h.selected);
            }
        }
        QCOMPARE(selected, 1);
    }

    // Item 4: a document that repeats its figures gives one suggestion per pair; the suggestions of
    // many targets are accepted at once, and undone at once.
    void duplicateSuggestionsFoldAndBulkAccept()
    {
        QString report = QStringLiteral("南京市数字经济工作简报\n南京市工业和信息化局\n2022年9月8日\n");
        for (int i = 0; i < 10; ++i)
            report += QStringLiteral("（%1）截至2022年6月底，全市已建成5G基站1.2万个，培育智能工厂12家。\n").arg(i + 1);
        importTexts({{QStringLiteral("计划.txt"),
                      QStringLiteral("南京市数字经济发展行动计划\n南京市人民政府\n2021年12月31日\n"
                                     "到2025年，全市建成5G基站超2万个，培育智能工厂30家以上。\n")},
                     {QStringLiteral("简报.txt"), report}});
        Workspace &ws = *m_window->workspace();
        const QList<Link> suggested = ws.links();
        QCOMPARE(suggested.size(), 2); // not 20: one per distinct figure and target
        auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("linksTree"));
        QVERIFY(tree);
        QTRY_COMPARE(tree->topLevelItemCount(), 2);
        tree->selectAll();
        m_window->findChild<QPushButton *>(QStringLiteral("acceptLinkButton"))->click();
        for (const Link &l : ws.links())
            QCOMPARE(l.state, Link::State::Accepted);
        m_window->undoStack()->undo();
        for (const Link &l : ws.links())
            QCOMPARE(l.state, Link::State::Suggested);
    }

    // Item 7: a figure has a context menu (in the pane and in the table) to tag, set the status and
    // delete it; the dashboard's tag filter then finds it; the status words are the judged states'
    // words; a corrected metric moves the figure to the indicator it names.
    void figureMenuTagsStatusDelete()
    {
        importTexts({{QStringLiteral("计划.txt"),
                      QStringLiteral("南京市数字经济发展行动计划\n南京市人民政府\n2021年12月31日\n"
                                     "到2025年，全市建成5G基站超2万个，培育智能工厂30家以上。\n")},
                     {QStringLiteral("简报.txt"),
                      QStringLiteral("南京市数字经济工作简报\n南京市工业和信息化局\n2022年9月8日\n"
                                     "截至2022年6月底，全市已建成5G基站1.2万个，建成智能工厂12家。\n")}});
        Workspace &ws = *m_window->workspace();
        const qint64 plan = documentNamed(ws, QStringLiteral("计划.txt"));
        const qint64 brief = documentNamed(ws, QStringLiteral("简报.txt"));
        const auto target = figure(ws, plan, Figure::Kind::Target, QStringLiteral("5G"));
        const auto factories = figure(ws, brief, Figure::Kind::Reported, QStringLiteral("智能工厂"));
        QVERIFY(target && factories);
        m_window->showDocument(plan);
        DocumentView *pane = m_window->reader()->paneFor(plan);
        pane->setMode(DocumentView::Mode::Text);
        TextView *view = pane->textView();
        view->scrollToRange(target->anchor.start, target->anchor.end);
        const QPoint at = view->rangeRect(target->anchor.start + 1, target->anchor.start + 2).center();

        // Right click on the target's highlight: its menu.
        const auto openMenu = [&]() -> QMenu * {
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
            QCoreApplication::sendEvent(view->viewport(), &event);
            QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("figureContextMenu"));
            if (menu)
                menu->setObjectName(QStringLiteral("usedFigureMenu")); // the next one is found afresh
            return menu;
        };
        QMenu *menu = openMenu();
        QVERIFY(menu);
        QCOMPARE(m_window->selectedCommitment(), target->id);
        Dialogs::setNextAnswer(QStringLiteral("需督办"));
        menu->findChild<QAction *>(QStringLiteral("figureNewTagAction"))->trigger();
        QCOMPARE(ws.tags().size(), 1);
        const qint64 tag = ws.tags().first().id;
        QCOMPARE(ws.commitmentTags().value(target->id), QList<qint64> {tag});
        menu->close();
        // The dashboard's tag filter finds the tagged target.
        IndicatorFilter byTag;
        byTag.tagId = tag;
        const QList<IndicatorData> tagged = collectIndicators(IndicatorInputs::load(ws), byTag);
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(tagged.first().targets.first().commitmentId, target->id);

        // Status set by hand through the menu, with the reason; the table shows it in the judged words.
        menu = openMenu();
        QVERIFY(menu);
        Dialogs::setNextAnswer(QStringLiteral("资金未到位"));
        menu->findChild<QAction *>(QStringLiteral("figureStatus_%1").arg(int(TargetStatus::AtRisk)))->trigger();
        menu->close();
        QCOMPARE(ws.commitment(target->id)->status, TargetStatus::AtRisk);
        QCOMPARE(ws.commitment(target->id)->statusNote, QStringLiteral("资金未到位"));
        CommitmentsModel *model = m_window->findChild<CommitmentsPanel *>()->model();
        QVERIFY(model->index(model->rowOf(target->id), CommitmentsModel::Status)
                    .data()
                    .toString()
                    .contains(stateName(StatusJudgement::State::AtRisk)));
        for (auto s : {StatusJudgement::State::Met, StatusJudgement::State::OnTrack, StatusJudgement::State::AtRisk,
                       StatusJudgement::State::Missed, StatusJudgement::State::NoData})
            QCOMPARE(Labels::status(statusFor(s)).toLower(), stateName(s).toLower());

        // Delete from the menu; undo puts it back.
        menu = openMenu();
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("figureDeleteAction"))->trigger();
        menu->close();
        QVERIFY(!ws.commitment(target->id));
        m_window->undoStack()->undo();
        QVERIFY(ws.commitment(target->id));

        // The table's context menu is the same menu.
        auto *panel = m_window->findChild<CommitmentsPanel *>();
        panel->selectCommitment(factories->id);
        const QModelIndex row = panel->table()->currentIndex();
        QVERIFY(row.isValid());
        const QPoint cell = panel->table()->visualRect(row).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, cell, panel->table()->viewport()->mapToGlobal(cell));
        QCoreApplication::sendEvent(panel->table()->viewport(), &event);
        QMenu *tableMenu = m_window->findChild<QMenu *>(QStringLiteral("figureContextMenu"));
        QVERIFY(tableMenu);
        QCOMPARE(m_window->selectedCommitment(), factories->id);
        tableMenu->close();

        // A corrected metric: the factories figure now names the 5G indicator and moves there.
        const qint64 fiveG = ws.commitment(target->id)->indicatorId;
        QVERIFY(fiveG && ws.commitment(factories->id)->indicatorId != fiveG);
        QVERIFY(model->setData(model->index(model->rowOf(factories->id), CommitmentsModel::Metric),
                               target->figure.metric, Qt::EditRole));
        QCOMPARE(ws.commitment(factories->id)->figure.metric, target->figure.metric);
        QCOMPARE(ws.commitment(factories->id)->indicatorId, fiveG);
        m_window->undoStack()->undo(); // one step: the metric and the indicator
        QVERIFY(ws.commitment(factories->id)->indicatorId != fiveG);
        QCOMPARE(ws.commitment(factories->id)->figure.metric, factories->figure.metric);
    }

private:
    // Writes the texts into the test folder and imports them through the window, waiting until every
    // view shows them.
    void importTexts(const QList<std::pair<QString, QString>> &files)
    {
        QStringList paths;
        for (const auto &[name, text] : files) {
            paths << m_dir->filePath(name);
            write(paths.last(), text);
        }
        QSignalSpy applied(m_window.get(), &MainWindow::importApplied);
        m_window->importFiles(paths);
        QVERIFY(applied.wait(60000));
        QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(Dialogs::shownMessages().join(u'\n')));
    }

    AppSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestOfficer)
#include "tst_officer.moc"
