// policylens-cli chart: PNG, SVG and a PDF page whose text layer has the indicator's Chinese name (no
// Kangxi radicals in place of ordinary characters); clear failures for a wrong indicator or format.
#include "clirun.h"
#include "export/exportfixtures.h"
#include "links/indicatorfixtures.h"
#include "store/workspace.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace plens;
using namespace plens::test;

class TestCliChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("指标 工作区.plens"));
        auto ws = Workspace::open(m_ws);
        QVERIFY(ws);
        fillIndicatorWorkspace(**ws);
    }

    void list()
    {
        const Run r = cli({QStringLiteral("chart"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--list")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("工业互联网标杆工厂\t1 target(s), 2 reported value(s)")));
        QCOMPARE(r.out.count(u'\n'), 4);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("by");
        QTest::newRow("png") << QStringLiteral("png") << QStringLiteral("time");
        QTest::newRow("svg") << QStringLiteral("svg") << QStringLiteral("region");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("time");
        QTest::newRow("pdf by region") << QStringLiteral("pdf") << QStringLiteral("region");
    }
    void formats()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, by);
        const QString out = m_dir.filePath(QStringLiteral("图表 %1.%2").arg(by, suffix));
        const Run r = cli({QStringLiteral("chart"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--indicator"),
                           QStringLiteral("标杆工厂"), QStringLiteral("--by"), by, QStringLiteral("--out"), out,
                           QStringLiteral("--date"), QStringLiteral("2023-01-15")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out));
        if (suffix == QLatin1String("png")) {
            const QImage img(out);
            QCOMPARE(img.size(), QSize(1600, 1000));
            // Something besides white was drawn: the chart.
            int coloured = 0;
            for (int y = 0; y < img.height(); y += 10)
                for (int x = 0; x < img.width(); x += 10)
                    coloured += img.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
            QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
        } else if (suffix == QLatin1String("svg")) {
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString svg = QString::fromUtf8(f.readAll());
            QVERIFY(svg.contains(QStringLiteral("<title>工业互联网标杆工厂</title>")));
            QVERIFY(svg.contains(QStringLiteral("南京市"))); // a category label
        } else {
            if (!hasPdfToText())
                QSKIP("pdftotext is not installed");
            const QString text = pdfToText(out);
            QVERIFY2(text.contains(QStringLiteral("工业互联网标杆工厂")), qPrintable(text));
            QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
            QVERIFY(text.contains(QStringLiteral("2023-01-15"))); // the date in the footer
            QVERIFY(squeezed(text).contains(QStringLiteral("制造业数字化行动方案(2021-03-01)"))); // a source
            QVERIFY(text.contains(QStringLiteral("≥ 150家")) || text.contains(QStringLiteral("⩾ 150家")));
            QVERIFY(text.contains(QStringLiteral("87%"))); // 130 of 150
        }
    }

    void percentagePointsAreNotPercent()
    {
        const QString out = m_dir.filePath(QStringLiteral("占比.pdf"));
        const Run r = cli({QStringLiteral("chart"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--indicator"),
                           QStringLiteral("数字经济核心产业增加值占比"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        const QString text = pdfToText(out);
        QVERIFY2(text.contains(QStringLiteral("1.5 个百分点")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("1.5%")));
        QVERIFY(text.contains(QStringLiteral("percentage points")));
    }

    void rangeIsABand()
    {
        const QString out = m_dir.filePath(QStringLiteral("研发.pdf"));
        const Run r = cli({QStringLiteral("chart"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--indicator"),
                           QStringLiteral("研发经费投入强度"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        if (!hasPdfToText())
            QSKIP("pdftotext is not installed");
        const QString text = pdfToText(out);
        QVERIFY2(text.contains(QStringLiteral("2.5–3%")), qPrintable(text)); // a band from 2.5 to 3, not a line
    }

    void failures()
    {
        Run r = cli({QStringLiteral("chart"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--indicator"),
                     QStringLiteral("不存在的指标"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("不存在的指标")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
        r = cli({QStringLiteral("chart"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--indicator"),
                 QStringLiteral("标杆工厂"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.gif"))});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("chart"), QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("none.plens")),
                 QStringLiteral("--list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("none.plens")));
        // A folder that does not exist: a clear message, nothing written.
        const QString missing = m_dir.filePath(QStringLiteral("没有/图.pdf"));
        r = cli({QStringLiteral("chart"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--indicator"),
                 QStringLiteral("标杆工厂"), QStringLiteral("--out"), missing});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("图.pdf")), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

QTEST_GUILESS_MAIN(TestCliChart)
#include "tst_cli_chart.moc"
