// Duplicates, renditions and versions (issue 19, DESIGN "Documents, versions and renditions"):
// identical text is a duplicate; the same text in another format is another rendition of the same
// document (kept, the PDF shown and exported); nearly the same text with other figures is a new
// version, kept and linked to the old one.
#include "store/workspace.h"
#include "storefixtures.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::test;

namespace {

// A long plan (so that one more sentence changes less than 2% of it) with a target per paragraph.
QString longPlan()
{
    return planText(60);
}

QList<Figure> figuresOf(const QString &text)
{
    QList<Figure> out;
    for (int i = 0; i < 60; ++i) {
        const QString evidence = QStringLiteral("建成%1个示范项目").arg(10 + i);
        if (text.contains(evidence))
            out << makeFigure(text, evidence, Figure::Kind::Target, 10 + i, QStringLiteral("示范项目"));
    }
    const QString extra = QStringLiteral("新增充电桩500个");
    if (text.contains(extra))
        out << makeFigure(text, extra, Figure::Kind::Target, 500, QStringLiteral("充电桩"));
    return out;
}

Document asPdf(Document d)
{
    d.format = SourceFormat::Pdf;
    d.originalBytes = QByteArray("%PDF-1.4 made up for the test\n") + d.displayText.toUtf8();
    for (qsizetype i = 0; i < d.displayText.size(); ++i)
        d.charBoxes.append(
            CharBox {int(i / 400), QRectF(0.1 + (i % 40) * 0.02, 0.1 + (i / 40 % 10) * 0.08, 0.02, 0.03)});
    d.pageSizes = {QSizeF(595, 842), QSizeF(595, 842), QSizeF(595, 842), QSizeF(595, 842),
                   QSizeF(595, 842), QSizeF(595, 842), QSizeF(595, 842), QSizeF(595, 842)};
    return d;
}

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }

private slots:
    void identicalTextIsADuplicate()
    {
        auto ws = Workspace::open(path(QStringLiteral("dup.plens")));
        QVERIFY(ws.ok());
        const QString text = longPlan();
        const auto first = (*ws)->addDocument(makeDocument(QStringLiteral("计划.txt"), text), figuresOf(text));
        QCOMPARE(first->outcome, AddResult::Outcome::Added);
        // The same text under another name, with other white space: nothing new.
        QString spaced = text;
        spaced.replace(QStringLiteral("，"), QStringLiteral("， "));
        const auto again
            = (*ws)->addDocument(makeDocument(QStringLiteral("计划（转发）.txt"), spaced), figuresOf(spaced));
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, AddResult::Outcome::Duplicate);
        QCOMPARE(again->documentId, first->documentId);
        QCOMPARE((*ws)->documents().size(), 1);
    }

    // Issue 19: a document with one more target sentence was "already in the workspace, nothing added".
    void oneMoreTargetIsANewVersion()
    {
        auto ws = Workspace::open(path(QStringLiteral("version.plens")));
        QVERIFY(ws.ok());
        const QString v1 = longPlan();
        const auto first
            = (*ws)->addDocument(makeDocument(QStringLiteral("计划（征求意见稿）.txt"), v1), figuresOf(v1));
        QVERIFY(first.ok());
        QString v2 = v1;
        v2.replace(QStringLiteral("带动投资9亿元。"), QStringLiteral("带动投资9亿元，新增充电桩500个。"));
        QVERIFY(v2 != v1);
        QVERIFY(textSimilarity(v1, v2) >= 0.98); // nearly the same text
        const auto second = (*ws)->addDocument(makeDocument(QStringLiteral("计划.txt"), v2), figuresOf(v2));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
        QCOMPARE(second->outcome, AddResult::Outcome::NewVersion);
        QVERIFY(second->documentId != first->documentId);
        QCOMPARE(second->previousVersion, first->documentId);

        const auto docs = (*ws)->documents();
        QCOMPARE(docs.size(), 2);
        QCOMPARE(docs.at(0).previousVersion, 0);
        QCOMPARE(docs.at(1).previousVersion, first->documentId);
        QCOMPARE(docs.at(1).figureCount, docs.at(0).figureCount + 1);
        const auto added = (*ws)->commitments(second->documentId);
        QVERIFY(std::any_of(added.cbegin(), added.cend(),
                            [](const Commitment &c) { return c.figure.metric == QStringLiteral("充电桩"); }));

        // The same file again with other figures stays a revision in place (the officer re-imports
        // the file she edited).
        QString v3 = v2;
        v3.replace(QStringLiteral("新增充电桩500个"), QStringLiteral("新增充电桩600个"));
        QList<Figure> f3 = figuresOf(v3);
        f3 << makeFigure(v3, QStringLiteral("新增充电桩600个"), Figure::Kind::Target, 600, QStringLiteral("充电桩"));
        const auto third = (*ws)->addDocument(makeDocument(QStringLiteral("计划.txt"), v3), f3);
        QVERIFY(third.ok());
        QCOMPARE(third->outcome, AddResult::Outcome::Revised);
        QCOMPARE(third->documentId, second->documentId);
        QCOMPARE((*ws)->documents().size(), 2);

        // Removing the old version clears the link; undoing the removal puts it back.
        const auto record = (*ws)->documentRecord(first->documentId);
        QVERIFY(record.ok());
        QCOMPARE(record->nextVersions, QList<qint64> {second->documentId});
        QVERIFY((*ws)->removeDocument(first->documentId).ok());
        QCOMPARE((*ws)->documents().first().previousVersion, 0);
        QVERIFY((*ws)->restoreDocument(*record).ok());
        QCOMPARE((*ws)->documents().at(1).previousVersion, first->documentId);
        QCOMPARE((*ws)->check(), QStringLiteral("ok"));
    }

    // Issue 19: a PDF imported after the text of the same document was dropped, so the original could
    // never be viewed or exported. It becomes what is shown and exported; the text stays beside it.
    void pdfAfterTextIsTheRenditionShown()
    {
        auto ws = Workspace::open(path(QStringLiteral("rendition.plens")));
        QVERIFY(ws.ok());
        const QString text = longPlan();
        const auto txt = (*ws)->addDocument(makeDocument(QStringLiteral("计划.txt"), text), figuresOf(text));
        QVERIFY(txt.ok());
        const auto note = (*ws)->addAnnotation(
            makeAnnotation(txt->documentId, text, QStringLiteral("第7项工作建成16个"), QStringLiteral("重点")));
        QVERIFY(note.ok());
        Commitment touched = (*ws)->commitments(txt->documentId).first();
        touched.confirmed = true;
        QVERIFY((*ws)->updateCommitment(touched).ok());

        // The PDF's text has its own line breaks; the words and figures are the same.
        QString pdfText = text;
        pdfText.replace(QStringLiteral("。\n"), QStringLiteral("。\n\n"));
        const Document pdf = asPdf(makeDocument(QStringLiteral("计划.pdf"), pdfText));
        const auto added = (*ws)->addDocument(pdf, figuresOf(pdfText));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        QCOMPARE(added->outcome, AddResult::Outcome::Rendition);
        QCOMPARE(added->documentId, txt->documentId);
        QCOMPARE(added->reanchored, 1);

        QCOMPARE((*ws)->documents().size(), 1);
        const auto shown = (*ws)->document(txt->documentId);
        QCOMPARE(shown->format, SourceFormat::Pdf);
        QCOMPARE(shown->originalBytes, pdf.originalBytes);
        QCOMPARE(shown->charBoxes.size(), pdfText.size());
        QCOMPARE((*ws)->documents().first().renditions, QList<SourceFormat> {SourceFormat::Text});
        const auto others = (*ws)->renditions(txt->documentId);
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().fileName, QStringLiteral("计划.txt"));
        QCOMPARE((*ws)->rendition(others.first().id)->originalBytes, text.toUtf8());

        // The note and the confirmed figure moved onto the PDF's text; figures are not doubled.
        const auto a = (*ws)->annotation(*note);
        QVERIFY(!a->anchor.orphaned);
        QCOMPARE(pdfText.mid(a->anchor.start, a->anchor.end - a->anchor.start), QStringLiteral("第7项工作建成16个"));
        QCOMPARE((*ws)->commitments(txt->documentId).size(), figuresOf(text).size());
        const auto kept = (*ws)->commitment(touched.id);
        QVERIFY(kept.ok());
        QVERIFY(kept->confirmed);

        // A Word file of the same text afterwards stays beside the PDF; the same PDF again is nothing new.
        Document docx = makeDocument(QStringLiteral("计划.docx"), text);
        docx.format = SourceFormat::Docx;
        const auto word = (*ws)->addDocument(docx, figuresOf(text));
        QCOMPARE(word->outcome, AddResult::Outcome::Rendition);
        QCOMPARE((*ws)->document(txt->documentId)->format, SourceFormat::Pdf);
        QCOMPARE((*ws)->renditions(txt->documentId).size(), 2);
        QCOMPARE((*ws)->addDocument(pdf, figuresOf(pdfText))->outcome, AddResult::Outcome::Duplicate);

        // Deleting and undoing keeps the renditions.
        const auto record = (*ws)->documentRecord(txt->documentId);
        QVERIFY(record.ok());
        QCOMPARE(record->renditions.size(), 2);
        QVERIFY((*ws)->removeDocument(txt->documentId).ok());
        QVERIFY((*ws)->restoreDocument(*record).ok());
        QCOMPARE((*ws)->renditions(txt->documentId).size(), 2);
        QCOMPARE((*ws)->check(), QStringLiteral("ok"));
    }

    // A workspace of schema 4 (before renditions and versions: step 4 -> 5) is upgraded after a backup.
    void upgradesFromVersion4()
    {
        const QString file = path(QStringLiteral("v4.plens"));
        {
            auto ws = Workspace::open(file);
            QVERIFY(ws.ok());
            QVERIFY((*ws)->addDocument(makeDocument(QStringLiteral("旧.txt"), planText(3))).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : {"DROP TABLE renditions", "DROP INDEX documents_previous",
                                    "ALTER TABLE documents DROP COLUMN previous_version",
                                    "DROP INDEX commitments_kind_metric", "PRAGMA user_version = 4"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        auto ws = Workspace::open(file);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QVERIFY(QFile::exists(file + QStringLiteral(".v4.bak")));
        QCOMPARE((*ws)->documents().size(), 1);
        QCOMPARE((*ws)->renditions((*ws)->documents().first().id).size(), 0);
        QCOMPARE((*ws)->check(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
