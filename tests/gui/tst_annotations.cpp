// Annotation panel and tag tree: grouping, filtering, notes in order, and every edit as a request.
#include "ui/annotationpanel.h"
#include "ui/appsettings.h"
#include "ui/dialogs.h"
#include "ui/tagtree.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace plens;
using namespace plens::ui;

namespace {

Tag tag(qint64 id, qint64 parent, const QString &name)
{
    Tag t;
    t.id = id;
    t.parentId = parent;
    t.name = name;
    t.color = QColor(Qt::blue);
    return t;
}

Annotation note(qint64 id, qint64 doc, qsizetype start, const QString &quote, const QString &text, QList<qint64> tags)
{
    Annotation a;
    a.id = id;
    a.documentId = doc;
    a.anchor.start = start;
    a.anchor.end = start + quote.size();
    a.anchor.quote = quote;
    a.note = text;
    a.author = QStringLiteral("王科长");
    a.tagIds = std::move(tags);
    a.color = QColor(255, 221, 87);
    return a;
}

int leafCount(QTreeWidget *tree)
{
    int n = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        n += (*it)->childCount() == 0 && (*it)->parent() ? 1 : 0;
    return n;
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Dialogs::setTestMode(true); }

    void tagTreeRequests()
    {
        TagTree tree;
        // A child listed before its parent still lands under it.
        tree.setTags({tag(2, 1, QStringLiteral("5G")), tag(1, 0, QStringLiteral("基础设施")),
                      tag(3, 0, QStringLiteral("需督办"))});
        QCOMPARE(tree.topLevelItemCount(), 2);
        QCOMPARE(tree.itemFor(2)->parent(), tree.itemFor(1));
        tree.setCheckedTags({3});
        QCOMPARE(tree.checkedTags(), QList<qint64> {3});

        QSignalSpy created(&tree, &TagTree::createRequested);
        Dialogs::setNextAnswer(QStringLiteral(" 数据中心 "));
        tree.createTag(1);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().at(0).toLongLong(), 1);
        QCOMPARE(created.first().at(1).toString(), QStringLiteral("数据中心"));
        tree.createTag(0); // cancelled: no answer
        QCOMPARE(created.size(), 1);

        QSignalSpy renamed(&tree, &TagTree::renameRequested);
        Dialogs::setNextAnswer(QStringLiteral("重点督办"));
        tree.renameTag(3);
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.first().at(1).toString(), QStringLiteral("重点督办"));

        QSignalSpy merged(&tree, &TagTree::mergeRequested);
        Dialogs::setNextAnswer(QStringLiteral("基础设施"));
        tree.mergeTag(2);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.first().at(0).toLongLong(), 2);
        QCOMPARE(merged.first().at(1).toLongLong(), 1);

        QSignalSpy coloured(&tree, &TagTree::colourRequested);
        Dialogs::setNextAnswer(QColor(Qt::red));
        tree.recolourTag(1);
        QCOMPARE(coloured.size(), 1);
        QCOMPARE(coloured.first().at(1).value<QColor>(), QColor(Qt::red));

        QSignalSpy deleted(&tree, &TagTree::deleteRequested);
        tree.deleteTag(99);
        tree.deleteTag(3);
        QCOMPARE(deleted.size(), 1);
    }

    void panelGroupsFiltersAndRequests()
    {
        AnnotationPanel panel;
        panel.resize(400, 700);
        panel.show();
        panel.setTags({tag(1, 0, QStringLiteral("基础设施")), tag(3, 0, QStringLiteral("需督办"))});
        panel.setDocumentTitles({{10, QStringLiteral("行动计划")}, {11, QStringLiteral("工作简报")}});
        Annotation orphan = note(3, 11, 5, QStringLiteral("已建成1.2万个"), QString(), {});
        orphan.anchor.orphaned = true;
        panel.setAnnotations(
            {note(2, 10, 80, QStringLiteral("数据中心标准机架"), QStringLiteral("核对口径"), {1}),
             note(1, 10, 10, QStringLiteral("建成5G基站超20万个"), QStringLiteral("需要季度跟踪"), {1, 3}), orphan});
        auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("annotationTree"));
        QCOMPARE(tree->topLevelItemCount(), 2); // by document
        QCOMPARE(leafCount(tree), 3);
        QVERIFY(tree->topLevelItem(1)->child(0)->text(0).contains(QStringLiteral("1.2万")));
        QVERIFY(tree->topLevelItem(1)->child(0)->text(0).startsWith(u'(')); // the orphan is shown and marked

        auto *grouping = panel.findChild<QComboBox *>(QStringLiteral("annotationGrouping"));
        grouping->setCurrentIndex(1); // by tag: annotation 1 is under both tags
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(leafCount(tree), 4);
        grouping->setCurrentIndex(0);

        panel.findChild<QLineEdit *>(QStringLiteral("annotationFilter"))->setText(QStringLiteral("季度"));
        QCOMPARE(leafCount(tree), 1);
        panel.findChild<QLineEdit *>(QStringLiteral("annotationFilter"))->clear();

        // Notes in document order: annotation 1 (offset 10) before annotation 2 (offset 80).
        const QString notes = panel.notesInOrder();
        QVERIFY(notes.indexOf(QStringLiteral("需要季度跟踪")) >= 0);
        QVERIFY(notes.indexOf(QStringLiteral("需要季度跟踪")) < notes.indexOf(QStringLiteral("核对口径")));

        QSignalSpy noteEdits(&panel, &AnnotationPanel::noteEditRequested);
        QSignalSpy tagEdits(&panel, &AnnotationPanel::tagsEditRequested);
        QSignalSpy deletes(&panel, &AnnotationPanel::deleteRequested);
        panel.selectAnnotation(1);
        QCOMPARE(panel.currentAnnotation(), 1);
        auto *noteEdit = panel.findChild<QPlainTextEdit *>(QStringLiteral("annotationNoteEdit"));
        QCOMPARE(noteEdit->toPlainText(), QStringLiteral("需要季度跟踪"));
        QCOMPARE(panel.tagTree()->checkedTags().size(), 2);
        noteEdit->setPlainText(QStringLiteral("每季度跟踪"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("saveNoteButton")), Qt::LeftButton);
        QCOMPARE(noteEdits.size(), 1);
        QCOMPARE(noteEdits.first().at(1).toString(), QStringLiteral("每季度跟踪"));
        panel.tagTree()->itemFor(3)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(tagEdits.size(), 1);
        QCOMPARE(tagEdits.first().at(1).value<QList<qint64>>(), QList<qint64> {1});
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("deleteAnnotationButton")), Qt::LeftButton);
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.first().first().toLongLong(), 1);

        // A new highlight takes the chosen colour, the note and the checked tags.
        QSignalSpy annotate(&panel, &AnnotationPanel::annotateRequested);
        tree->setCurrentItem(nullptr);
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("highlightButton"));
        QVERIFY(!button->isEnabled());
        panel.setCanAnnotate(true);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("colourButton2")), Qt::LeftButton);
        noteEdit->setPlainText(QStringLiteral("新批注"));
        panel.tagTree()->itemFor(3)->setCheckState(0, Qt::Checked);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(annotate.size(), 1);
        QCOMPARE(annotate.first().at(0).value<QColor>(), AppSettings::defaultHighlightColours().at(2));
        QCOMPARE(annotate.first().at(1).toString(), QStringLiteral("新批注"));
        QCOMPARE(annotate.first().at(2).value<QList<qint64>>(), QList<qint64> {3});
    }
};

QTEST_MAIN(TestAnnotations)
#include "tst_annotations.moc"
