// Word 97-2003 (.doc), WPS (.wps) and RTF through LibreOffice: a .doc made by the test (from a DOCX it
// writes, converted with soffice) imports with its text and its original bytes; a cancelled or
// timed-out conversion stops with a clear message; without LibreOffice the message says what to
// install. Tests that need soffice skip when it is not installed (CI installs libreoffice-writer-nogui).
#include "import/fixtures.h"
#include "import/importer.h"
#include "import/officeconvert.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;

namespace {

const QString kFirst = QStringLiteral("关于开展老旧小区加装电梯试点工作的通知");
const QString kSecond = QStringLiteral("到2025年底，全区完成加装电梯300部，惠及居民1.2万户。");

QByteArray docx()
{
    const QByteArray types
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
          "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    const QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships "
                            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                            "Id=\"rId1\" "
                            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    const QByteArray body
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
          "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
        + kFirst.toUtf8() + "</w:t></w:r></w:p><w:p><w:r><w:t>" + kSecond.toUtf8()
        + "</w:t></w:r></w:p></w:body></w:document>";
    return fixtures::zipArchive({{"[Content_Types].xml", types}, {"_rels/.rels", rels}, {"word/document.xml", body}});
}

// RTF written by hand: the Chinese as \uN? escapes.
QByteArray rtf()
{
    QByteArray r = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0 ";
    for (const QString &para : {kFirst, kSecond}) {
        for (QChar c : para)
            r += c.unicode() < 128 ? QByteArray(1, char(c.unicode()))
                                   : "\\u" + QByteArray::number(qint16(c.unicode())) + "?";
        r += "\\par ";
    }
    return r + "}";
}

} // namespace

class TestOldOffice : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QByteArray m_doc; // the .doc made from docx()

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (findSoffice().isEmpty())
            return;
        auto made
            = convertWithSoffice(QStringLiteral("fixture.docx"), docx(), QStringLiteral("docx"), QStringLiteral("doc"));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        m_doc = made.value();
        QVERIFY(m_doc.startsWith("\xD0\xCF\x11\xE0"));
    }

    void docAndWps_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("doc") << QStringLiteral("通知.doc");
        QTest::newRow("wps") << QStringLiteral("通知.wps");
    }

    void docAndWps()
    {
        if (m_doc.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_doc);
        f.close();
        int calls = 0;
        ImportOptions options;
        options.progress = [&](const ImportProgress &) {
            ++calls;
            return true;
        };
        const auto doc = importFile(path, options);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QCOMPARE(doc->format, SourceFormat::Doc);
        QCOMPARE(doc->fileName, name);
        QCOMPARE(doc->originalBytes, m_doc); // the original, not the converted DOCX
        QCOMPARE(doc->displayText, kFirst + QStringLiteral("\n\n") + kSecond);
        QCOMPARE(doc->meta.title, kFirst);
        QVERIFY(calls >= 2);
    }

    void rtfUnderDocName()
    {
        if (findSoffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        const auto doc = importBytes(QStringLiteral("saved-as.doc"), rtf());
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QCOMPARE(doc->format, SourceFormat::Doc);
        QCOMPARE(doc->displayText, kFirst + QStringLiteral("\n\n") + kSecond);
    }

    void cancelStopsTheConversion()
    {
        if (m_doc.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        int calls = 0;
        ImportOptions options;
        options.progress = [&](const ImportProgress &) {
            return ++calls < 3;
        }; // cancelled while LibreOffice runs
        QElapsedTimer timer;
        timer.start();
        const auto doc = importBytes(QStringLiteral("cancel.doc"), m_doc, options);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QStringLiteral("cancelled")), qPrintable(doc.error().message));

        ConvertOptions quick;
        quick.timeoutMs = 1;
        const auto late = convertWithSoffice(QStringLiteral("late.doc"), m_doc, QStringLiteral("doc"),
                                             QStringLiteral("docx"), quick);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().file, QStringLiteral("late.doc"));
        QVERIFY2(late.error().message.contains(QStringLiteral("did not finish")), qPrintable(late.error().message));
    }

    void withoutLibreOffice()
    {
        // A Word 97 file made by hand is enough here: nothing is converted.
        QByteArray named = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0');
        for (char c : QByteArray("WordDocument"))
            named += QByteArray(1, c) + QByteArray(1, '\0');
        named += QByteArray(2, '\0') + QByteArray(512, '\0');
        qputenv("PLENS_SOFFICE", m_dir.filePath(QStringLiteral("no-such-soffice")).toUtf8());
        const auto doc = importBytes(QStringLiteral("公文.doc"), named);
        qunsetenv("PLENS_SOFFICE");
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().file, QStringLiteral("公文.doc"));
        QVERIFY2(doc.error().message.contains(QStringLiteral("install LibreOffice")), qPrintable(doc.error().message));

        // Not Word at all: said without trying to convert.
        QByteArray sheet = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0');
        for (char c : QByteArray("Workbook"))
            sheet += QByteArray(1, c) + QByteArray(1, '\0');
        sheet += QByteArray(2, '\0');
        const auto xls = importBytes(QStringLiteral("表格.xls"), sheet);
        QVERIFY(!xls.ok());
        QVERIFY2(xls.error().message.contains(QStringLiteral("spreadsheet")), qPrintable(xls.error().message));
    }
};

QTEST_MAIN(TestOldOffice)
#include "tst_oldoffice.moc"
