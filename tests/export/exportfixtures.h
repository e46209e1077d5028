#pragma once
// Fixtures for the export tests: PDFs written by the test, text read back with pdftotext.

#include "a4pdf.h"
#include "export/exportfont.h"
#include "import/importer.h"
#include "store/workspace.h"

#include <QFile>
#include <QFont>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace plens::test {

// A PDF of A4 pages, one list of lines per page, written at 72 dpi from 72 pt down with 24 pt
// between lines, in `family` (the export font by default, so its own text layer is right).
inline QByteArray makeTextPdf(const QList<QStringList> &pages, const QString &family = {})
{
    QFont font(family.isEmpty() ? ExportFont::family().value() : family);
    font.setPixelSize(14);
    return a4Pdf(int(pages.size()), [&](QPainter &p, int page) {
        p.setFont(font);
        for (qsizetype l = 0; l < pages.at(page).size(); ++l)
            p.drawText(QPointF(72, 72 + 24 * l), pages.at(page).at(l));
    });
}

// The plan of the export tests, in workspace `w`: a two-page PDF written to `pdfPath` and imported, an
// annotation on "建成5G基站超20万个" tagged 需督办 (tag 1), the target 5G基站 > 20万 个 by 2023 (at
// risk) and the reported 15万 个 (2022) linked to it. A failed step fails the calling test; check
// QTest::currentTestFailed() after.
struct PlanFixture
{
    qint64 documentId = 0;
    QString text; // the PDF's display text
    QByteArray pdfBytes; // the file as written
};

inline void addPlanPdf(Workspace &w, const QString &pdfPath, PlanFixture &fx)
{
    fx.pdfBytes = makeTextPdf({{QStringLiteral("到2023年，建成5G基站超20万个。"), QStringLiteral("全省统筹推进。")},
                               {QStringLiteral("截至2022年底，已建成5G基站15万个。")}});
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write(fx.pdfBytes);
    pdf.close();
    Result<Document> doc = importFile(pdfPath);
    QVERIFY(doc.ok());
    fx.text = doc->displayText;
    const QString &text = fx.text;
    auto added = w.addDocument(doc.value());
    QVERIFY(added.ok());
    fx.documentId = added->documentId;
    auto tag = w.addTag({0, 0, QStringLiteral("需督办"), QColor(255, 0, 0)});
    QVERIFY(tag.ok());
    const QString quote = QStringLiteral("建成5G基站超20万个");
    const qsizetype at = text.indexOf(quote);
    QVERIFY(at >= 0);
    Annotation a;
    a.documentId = fx.documentId;
    a.anchor = Anchor::fromRange(text, at, at + quote.size());
    a.color = QColor(255, 200, 0);
    a.note = QStringLiteral("进度偏慢，需督办");
    a.author = QStringLiteral("王科长");
    a.tagIds = {tag.value()};
    QVERIFY(w.addAnnotation(a).ok());
    auto indicator = w.addIndicator({0, QStringLiteral("5G基站"), {QStringLiteral("5G基站数")}, QStringLiteral("个")});
    QVERIFY2(indicator.ok(), qPrintable(indicator.ok() ? QString() : indicator.error().toString()));
    Commitment target;
    target.documentId = fx.documentId;
    target.indicatorId = indicator.value();
    target.figure.kind = Figure::Kind::Target;
    target.figure.cmp = Figure::Cmp::Gt;
    target.figure.value = 200000;
    target.figure.unit = QStringLiteral("个");
    target.figure.year = 2023;
    target.figure.metric = QStringLiteral("5G基站");
    target.figure.text = QStringLiteral("到2023年，建成5G基站超20万个");
    target.anchor = Anchor::fromRange(text, at, at + quote.size());
    target.status = TargetStatus::AtRisk;
    auto targetId = w.addCommitment(target);
    QVERIFY(targetId.ok());
    Commitment reported = target;
    reported.figure.kind = Figure::Kind::Reported;
    reported.figure.cmp = Figure::Cmp::Eq;
    reported.figure.value = 150000;
    reported.figure.year = 2022;
    reported.figure.text = QStringLiteral("截至2022年底，已建成5G基站15万个");
    reported.status = TargetStatus::None;
    const qsizetype rat = text.indexOf(QStringLiteral("已建成5G基站15万个"));
    QVERIFY(rat >= 0);
    reported.anchor = Anchor::fromRange(text, rat, rat + 10);
    auto reportedId = w.addCommitment(reported);
    QVERIFY(reportedId.ok());
    Link link;
    link.fromId = reportedId.value();
    link.toId = targetId.value();
    link.state = Link::State::Accepted;
    link.score = 1;
    QVERIFY(w.addLink(link).ok());
}

// The text pdftotext copies out of `pdf` (empty when pdftotext is not installed).
inline QString pdfToText(const QString &pdf, const QStringList &extra = {})
{
    QProcess proc;
    proc.start(QStringLiteral("pdftotext"),
               extra + QStringList {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!proc.waitForFinished(60000) || proc.exitCode() != 0)
        return {};
    return QString::fromUtf8(proc.readAllStandardOutput());
}

inline bool hasPdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// Text without any white space (pdftotext breaks lines where the layout does).
inline QString squeezed(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// Code points of the radical blocks found in `s`.
inline QString radicalsIn(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            out.append(c);
    return out;
}

} // namespace plens::test
