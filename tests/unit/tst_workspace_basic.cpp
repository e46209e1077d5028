#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

class TestWorkspaceBasic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createAddReopen();
    void garbageFileIsRefusedAndLeftAlone();
};

void TestWorkspaceBasic::createAddReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A path with Chinese characters and spaces, in a folder that does not exist yet.
    const QString path = dir.filePath(QStringLiteral("新 文件夹/工作区 一.plens"));
    qint64 id = 0;
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        Document d;
        d.fileName = QStringLiteral("方案.txt");
        d.displayText = QStringLiteral("到2023年，建成5G基站超20万个。");
        d.meta.title = QStringLiteral("行动方案");
        d.meta.date = QDate(2021, 12, 31);
        auto added = (*ws)->addDocument(d);
        QVERIFY(added.ok());
        id = added->documentId;
    }
    auto ws = Workspace::open(path);
    QVERIFY(ws.ok());
    const auto docs = (*ws)->documents();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().meta.title, QStringLiteral("行动方案"));
    QCOMPARE(docs.first().meta.date, QDate(2021, 12, 31));
    auto doc = (*ws)->document(id);
    QVERIFY(doc.ok());
    QCOMPARE(doc->displayText, QStringLiteral("到2023年，建成5G基站超20万个。"));
}

void TestWorkspaceBasic::garbageFileIsRefusedAndLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.plens"));
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 7919) % 251);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    auto ws = Workspace::open(path);
    QVERIFY(!ws.ok());
    QVERIFY(ws.error().file.endsWith(QStringLiteral("garbage.plens")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

QTEST_GUILESS_MAIN(TestWorkspaceBasic)
#include "tst_workspace_basic.moc"
