// The GUI import asks for the password of an encrypted PDF (through the prompt's test seam).
#include "import/fixtures.h"
#include "ui/importflow.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::ui;

class TestImportFlow : public QObject
{
    Q_OBJECT
private slots:
    void asksUntilCorrect();
    void cancel();
    void plainFileNeverAsks();
};

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}
} // namespace

void TestImportFlow::asksUntilCorrect()
{
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, QStringLiteral("locked.pdf"), fixtures::encryptedPdf("Annual plan 2024", "letmein"));
    PasswordPrompt::setNextAnswers({QStringLiteral("wrong"), QStringLiteral("letmein")});
    const auto doc = importWithPassword(nullptr, path);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(PasswordPrompt::timesAsked(), 2);
    QCOMPARE(doc->displayText.trimmed(), QStringLiteral("Annual plan 2024"));
    QCOMPARE(doc->fileName, QStringLiteral("locked.pdf"));
}

void TestImportFlow::cancel()
{
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, QStringLiteral("locked.pdf"), fixtures::encryptedPdf("Annual plan 2024", "letmein"));
    PasswordPrompt::setNextAnswers({});
    const auto doc = importWithPassword(nullptr, path);
    QVERIFY(!doc.ok());
    QCOMPARE(PasswordPrompt::timesAsked(), 1);
    QVERIFY(doc.error().message.contains(QStringLiteral("cancelled")));
}

void TestImportFlow::plainFileNeverAsks()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("note.txt"), QStringLiteral("到2025年建成基站。").toUtf8());
    PasswordPrompt::setNextAnswers({QStringLiteral("unused")});
    const auto doc = importWithPassword(nullptr, path);
    QVERIFY(doc.ok());
    QCOMPARE(PasswordPrompt::timesAsked(), 0);
    const auto bad = importWithPassword(nullptr, writeFile(dir, QStringLiteral("empty.pdf"), QByteArray()));
    QVERIFY(!bad.ok());
    QCOMPARE(PasswordPrompt::timesAsked(), 0);
}

QTEST_MAIN(TestImportFlow)
#include "tst_importflow.moc"
