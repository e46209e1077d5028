// What the Windows installer must prove on an officer's machine, run on Linux where it can be (issue
// 20): `render` draws a Chinese PDF whose font is not embedded (poppler-data found) and its text reads
// back; a GB18030 text reads; `cmake --install` into a temporary prefix gives the installed layout,
// whose programs run from there and find their data beside the executable; no LibreOffice is bundled;
// and the overlay that makes vcpkg's Poppler relocatable is made from a vcpkg tree.
#include "clirun.h"
#include "packagingfixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace plens::test;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

Run run(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

double inkOf(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("ink ([0-9.]+)%"));
    const auto m = re.match(line);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;

    // Runs the checks an installation must pass with the policylens-cli at `cli`.
    void officerChecks(const QString &cli, const QString &tag)
    {
        const QString pdf = dir.filePath(tag + QStringLiteral("-不嵌入字体.pdf"));
        write(pdf, cjkPdfWithoutEmbeddedFont(packagingText().split(u'\n', Qt::SkipEmptyParts)));
        const QString png = dir.filePath(tag + QStringLiteral("-page1.png"));
        Run r = run(cli,
                    {QStringLiteral("render"), pdf, QStringLiteral("--page"), QStringLiteral("1"),
                     QStringLiteral("--out"), png});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("page 1 of 1")), qPrintable(r.out));
        // Three lines of 20-point Chinese on an A4 page at 150 dpi: about 1% ink; a blank page has none.
        QVERIFY2(inkOf(r.out) > 0.3, qPrintable(r.out));
        const QImage image(png);
        QCOMPARE(image.width(), 1240); // 595 pt at 150 dpi
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // Poppler's complaints stay off stderr

        r = run(cli, {QStringLiteral("text"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("全市建成5G基站超2万个")), qPrintable(r.out));

        const QString gb = dir.filePath(tag + QStringLiteral("-方案.txt"));
        write(gb, packagingTextGb18030());
        r = run(cli, {QStringLiteral("text"), gb});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts), packagingText().split(u'\n', Qt::SkipEmptyParts));

        const QString ws = dir.filePath(tag + QStringLiteral("-工作区.plens"));
        r = run(cli, {QStringLiteral("import"), QStringLiteral("--workspace"), ws, gb, pdf});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = run(cli, {QStringLiteral("list"), QStringLiteral("--workspace"), ws});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("示例市数字经济发展行动方案")),
                 qPrintable(r.out + r.err));
    }

private slots:
    void renderChecksTheBuiltProgram() { officerChecks(QStringLiteral(PLENS_CLI_PATH), QStringLiteral("build")); }

    void renderRefusesWhatItCannotDraw()
    {
        const QString text = dir.filePath(QStringLiteral("a.txt"));
        write(text, "plain text");
        Run r = cli({QStringLiteral("render"), text, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a PDF")), qPrintable(r.err));
        const QString pdf = dir.filePath(QStringLiteral("one.pdf"));
        write(pdf, cjkPdfWithoutEmbeddedFont({QStringLiteral("一页")}));
        r = cli({QStringLiteral("render"), pdf, QStringLiteral("--page"), QStringLiteral("9"), QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no page 9 (the PDF has 1)")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("render"), pdf}).code, 2); // no --out
        QCOMPARE(cli({QStringLiteral("render"), pdf, QStringLiteral("--page"), QStringLiteral("0"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))})
                     .code,
                 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    // cmake --install into a temporary prefix: the installed programs run from there and find the data
    // installed beside them (component "data": on Linux a copy of the system's poppler-data and tessdata).
    void installedLayout()
    {
        const QString prefix = dir.filePath(QStringLiteral("安装 目录"));
        const QString cmake = QStringLiteral(PLENS_CMAKE_COMMAND);
        const QString build = QStringLiteral(PLENS_BUILD_DIR);
        Run r = run(cmake, {QStringLiteral("--install"), build, QStringLiteral("--prefix"), prefix});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = run(cmake,
                {QStringLiteral("--install"), build, QStringLiteral("--prefix"), prefix, QStringLiteral("--component"),
                 QStringLiteral("data")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        const QString cli = prefix + QStringLiteral("/bin/policylens-cli");
        for (const QString &f : {QStringLiteral("bin/policylens"), QStringLiteral("bin/policylens-cli")})
            QVERIFY2(QFileInfo(prefix + u'/' + f).isExecutable(), qPrintable(f));

        r = run(cli, {QStringLiteral("paths"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject paths = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(paths.value(QStringLiteral("executable")).toString(),
                 QDir(prefix + QStringLiteral("/bin")).absolutePath());
        const QJsonObject data = paths.value(QStringLiteral("data")).toObject();
        if (QFileInfo::exists(QStringLiteral("/usr/share/poppler/cMap")))
            QCOMPARE(data.value(QStringLiteral("poppler")).toString(),
                     QDir(prefix + QStringLiteral("/share/poppler")).absolutePath());
        bool tessdata = false;
        for (const char *d : {"/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                              "/usr/share/tessdata", "/usr/local/share/tessdata"})
            tessdata = tessdata || QFileInfo::exists(QString::fromLatin1(d) + QStringLiteral("/chi_sim.traineddata"));
        if (tessdata) {
            QCOMPARE(data.value(QStringLiteral("tessdata")).toString(),
                     QDir(prefix + QStringLiteral("/share/tessdata")).absolutePath());
            QVERIFY(QFileInfo(prefix + QStringLiteral("/share/tessdata/chi_sim.traineddata")).size() > 1000000);
        }
        // The build's own program has nothing beside it.
        r = plens::test::cli({QStringLiteral("paths"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())
                    .object()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("tessdata"))
                    .isNull());

        officerChecks(cli, QStringLiteral("installed"));

        // LibreOffice (for .doc/.wps) is found on the machine, never carried.
        QDirIterator it(prefix, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName().toLower();
            QVERIFY2(!name.startsWith(QLatin1String("soffice")) && !name.contains(QLatin1String("libreoffice")),
                     qPrintable(it.filePath()));
        }
    }

    // The overlay port: the vcpkg tree's poppler port, copied with relocation on; a port that no longer
    // has the option stops the configuration with a message.
    void relocatablePopplerOverlay()
    {
        const QString vcpkg = dir.filePath(QStringLiteral("vcpkg"));
        QVERIFY(QDir().mkpath(vcpkg + QStringLiteral("/scripts/buildsystems")));
        QVERIFY(QDir().mkpath(vcpkg + QStringLiteral("/ports/poppler")));
        write(vcpkg + QStringLiteral("/scripts/buildsystems/vcpkg.cmake"), "");
        // A port written for this test, shaped like vcpkg's: the option among the configure options.
        write(vcpkg + QStringLiteral("/ports/poppler/portfile.cmake"),
              "vcpkg_cmake_configure(SOURCE_PATH x OPTIONS -DENABLE_UTILS=OFF -DENABLE_RELOCATABLE=OFF)\n");
        write(vcpkg + QStringLiteral("/ports/poppler/vcpkg.json"), R"({"name": "poppler", "version": "1.0"})");
        const QString overlay = dir.filePath(QStringLiteral("overlay"));
        const QString script
            = QStringLiteral(PLENS_SOURCE_DIR) + QStringLiteral("/packaging/vcpkg/relocatable-poppler.cmake");
        const QStringList args {QStringLiteral("-DCMAKE_TOOLCHAIN_FILE=") + vcpkg
                                    + QStringLiteral("/scripts/buildsystems/vcpkg.cmake"),
                                QStringLiteral("-DPLENS_OVERLAY_DIR=") + overlay, QStringLiteral("-P"), script};
        Run r = run(QStringLiteral(PLENS_CMAKE_COMMAND), args);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QFile port(overlay + QStringLiteral("/poppler/portfile.cmake"));
        QVERIFY(port.open(QIODevice::ReadOnly));
        const QByteArray text = port.readAll();
        QVERIFY(text.contains("-DENABLE_RELOCATABLE=ON"));
        QVERIFY(!text.contains("-DENABLE_RELOCATABLE=OFF"));
        QVERIFY(text.contains("dynamic triplet"));
        QVERIFY(QFile::exists(overlay + QStringLiteral("/poppler/vcpkg.json")));

        write(vcpkg + QStringLiteral("/ports/poppler/portfile.cmake"), "vcpkg_cmake_configure(SOURCE_PATH x)\n");
        r = run(QStringLiteral(PLENS_CMAKE_COMMAND), args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("no longer")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
