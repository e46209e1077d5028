// The Chinese UI says everything in Chinese (issue 16, item 11): with the zh_CN translations and Qt's
// own loaded, every visible string of the main window (menus, docks, panels, headers, buttons, tool
// tips), its dialogs and menus, and Qt's own dialogs, is walked; no English word may be left.
// Document content (the sample texts, metrics) is data, not UI, and is not walked.
#include "charts/chartwidget.h"
#include "charts/dashboard.h"
#include "i18n.h"
#include "ui/aboutdialog.h"
#include "ui/appsettings.h"
#include "ui/dialogs.h"
#include "ui/figuremenu.h"
#include "ui/firstrun.h"
#include "ui/indicatorspanel.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace plens;
using namespace plens::ui;

namespace {

// Words that stay as they are in a Chinese UI: names, formats, units, abbreviations.
bool allowed(const QString &word)
{
    static const QStringList words {
        QStringLiteral("English"), // the language's own name in the language list
        QStringLiteral("PolicyLens"),
        QStringLiteral("PDF"),
        QStringLiteral("CSV"),
        QStringLiteral("XLSX"),
        QStringLiteral("Excel"),
        QStringLiteral("SVG"),
        QStringLiteral("PNG"),
        QStringLiteral("Word"),
        QStringLiteral("OFD"),
        QStringLiteral("HTML"),
        QStringLiteral("Qt"),
        QStringLiteral("GPL"),
        QStringLiteral("LGPL"),
        QStringLiteral("SQLite"),
        QStringLiteral("Poppler"),
        QStringLiteral("libzip"),
        QStringLiteral("libxlsxwriter"),
        QStringLiteral("Tesseract"),
        QStringLiteral("GNU"),
        QStringLiteral("BSD"),
        QStringLiteral("MIT"),
        QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),
        QStringLiteral("Alt"),
        QStringLiteral("Del"),
        QStringLiteral("Esc"),
        QStringLiteral("Tab"),
        QStringLiteral("PgUp"),
        QStringLiteral("PgDown"),
        QStringLiteral("Home"),
        QStringLiteral("End"),
        QStringLiteral("Enter"),
        QStringLiteral("Return"),
        QStringLiteral("Backspace"),
        QStringLiteral("Space"),
        QStringLiteral("Ins"),
        QStringLiteral("Up"),
        QStringLiteral("Down"),
        QStringLiteral("Left"),
        QStringLiteral("Right"),
        QStringLiteral("LibreOffice"),
        QStringLiteral("WPS"),
        QStringLiteral("ICU"),
        QStringLiteral("http"),
        QStringLiteral("https"),
        QStringLiteral("www"),
        QStringLiteral("org"),
        QStringLiteral("com"),
        QStringLiteral("io"),
        QStringLiteral("html"),
        QStringLiteral("pdf"),
        QStringLiteral("docx"),
        QStringLiteral("doc"),
        QStringLiteral("txt"),
        QStringLiteral("htm"),
        QStringLiteral("ofd"),
        QStringLiteral("xlsx"),
        QStringLiteral("csv"),
        QStringLiteral("plens"),
        QStringLiteral("svg"),
        QStringLiteral("png"),
        QStringLiteral("wps"),
        QStringLiteral("GB"),
        QStringLiteral("PUE"),
        QStringLiteral("GDP"),
        QStringLiteral("IPv6"),
        QStringLiteral("OK"),
        QStringLiteral("A4"),
        QStringLiteral("UTF"),
        QStringLiteral("ID"),
        QStringLiteral("Unicode"),
        QStringLiteral("FTS5"),
        QStringLiteral("PostgreSQL"),
        QStringLiteral("OCR"),
        QStringLiteral("dpi"),
        QStringLiteral("Windows"),
        QStringLiteral("Linux"),
        QStringLiteral("Debian"),
        QStringLiteral("GitHub"),
        QStringLiteral("poppler"),
        QStringLiteral("sqlite"),
        QStringLiteral("qt"),
        QStringLiteral("gnu"),
        QStringLiteral("licenses"),
        QStringLiteral("by"),
        QStringLiteral("YYYY"),
        QStringLiteral("MM"),
        QStringLiteral("DD"),
        QStringLiteral("Charts"),
        QStringLiteral("Graphs"),
        QStringLiteral("LGPLv3"),
        QStringLiteral("GPLv3"),
        QStringLiteral("zlib"),
        QStringLiteral("Zip"),
        QStringLiteral("libtiff"),
        QStringLiteral("PPTX"),
    };
    return words.contains(word, Qt::CaseSensitive) || word.size() < 2;
}

// The English words of `text` (rich text read as plain), not counting allowed ones.
QStringList englishIn(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument d;
        d.setHtml(text);
        text = d.toPlainText();
    }
    text.remove(u'&'); // mnemonics
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression url(QStringLiteral("\\S+://\\S+|\\S+\\.(org|com|io|net)\\S*|\\S+@\\S+"));
    text.remove(url);
    // File paths (the workspace in the title, recent files) and colours (#ffdd57) are data.
    static const QRegularExpression path(QStringLiteral("\\S*[/\\\\]\\S*"));
    static const QRegularExpression colour(QStringLiteral("#[0-9A-Fa-f]{6,8}\\b"));
    // Licence identifiers (SPDX: GPL-3.0-or-later) are names.
    static const QRegularExpression spdx(QStringLiteral("\\b[A-Z]+-\\d\\.\\d(-or-later|-only)?\\b"));
    text.remove(path);
    text.remove(colour);
    text.remove(spdx);
    QStringList out;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!allowed(w))
            out << w;
    }
    return out;
}

class Walker
{
public:
    void text(const QString &where, const QString &s)
    {
        if (s.trimmed().isEmpty())
            return;
        ++m_walked;
        const QStringList english = englishIn(s);
        if (!english.isEmpty())
            m_problems << QStringLiteral("%1: \"%2\" (%3)").arg(where, s.simplified(), english.join(u' '));
    }

    void actions(const QString &where, const QList<QAction *> &list)
    {
        for (QAction *a : list) {
            if (a->isSeparator())
                continue;
            text(where + QStringLiteral(" > action ") + a->objectName(), a->text());
            if (a->toolTip() != a->text() && !a->toolTip().isEmpty())
                text(where + QStringLiteral(" > tip ") + a->objectName(), a->toolTip());
            text(where + QStringLiteral(" > status tip ") + a->objectName(), a->statusTip());
            if (QMenu *m = a->menu())
                this->actions(where + QStringLiteral(" > ") + a->text(), m->actions());
        }
    }

    // Every visible string of `top` and its children (item views: headers only, not their data).
    void widget(QWidget *top)
    {
        QList<QWidget *> all = top->findChildren<QWidget *>();
        all.prepend(top);
        for (QWidget *w : std::as_const(all)) {
            const QString where
                = QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
            if (w->isWindow())
                text(where + QStringLiteral(" title"), w->windowTitle());
            text(where + QStringLiteral(" tip"), w->toolTip());
            if (auto *l = qobject_cast<QLabel *>(w))
                text(where, l->text());
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                text(where, b->text());
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                text(where, g->title());
            else if (auto *d = qobject_cast<QDockWidget *>(w))
                text(where, d->windowTitle());
            else if (auto *e = qobject_cast<QLineEdit *>(w))
                text(where + QStringLiteral(" placeholder"), e->placeholderText());
            else if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
                text(where + QStringLiteral(" special"), s->specialValueText());
            else if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i)
                    text(where + QStringLiteral(" tab"), t->tabText(i));
            } else if (auto *m = qobject_cast<QMenuBar *>(w)) {
                actions(where, m->actions());
            }
            if (auto *c = qobject_cast<QComboBox *>(w); c && !c->isEditable()) {
                // Filters list data (documents, regions, tags) after their first, fixed entries.
                for (int i = 0; i < std::min(c->count(),
                                             c->objectName().contains(QLatin1String("Filter"))
                                                     || c->objectName().startsWith(QLatin1String("dashboard"))
                                                 ? 1
                                                 : c->count());
                     ++i)
                    text(where + QStringLiteral(" item"), c->itemText(i));
            }
            if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
                for (int c = 0; c < v->model()->columnCount(); ++c)
                    text(where + QStringLiteral(" header"), v->model()->headerData(c, Qt::Horizontal).toString());
            }
            for (QAction *a : w->actions()) {
                if (!qobject_cast<QMenuBar *>(w) && !qobject_cast<QMenu *>(w))
                    actions(where, {a});
            }
        }
    }

    [[nodiscard]] const QStringList &problems() const { return m_problems; }
    [[nodiscard]] int walked() const { return m_walked; }

private:
    QStringList m_problems;
    int m_walked = 0;
};

} // namespace

class TestZhWalk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_zhwalk"));
        QSettings().clear();
        QFile::remove(defaultWorkspacePath());
        Dialogs::setTestMode(true);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(installTranslators(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("zh_CN"));
    }

    void mainWindowAndDialogsSpeakChinese()
    {
        AppSettings settings;
        MainWindow w(settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openStartupWorkspace()); // the samples side by side, a target selected
        Walker walk;
        walk.widget(&w);

        // The window's dialogs and menus.
        SettingsDialog settingsDialog(settings, &w);
        walk.widget(&settingsDialog);
        AboutDialog about(&w);
        walk.widget(&about);
        charts::ChartWindow *chart = w.indicatorActions()->showChart();
        QVERIFY(chart);
        walk.widget(chart);
        charts::Dashboard *dashboard = w.indicatorActions()->showDashboard();
        QVERIFY(dashboard);
        walk.widget(dashboard);
        FigureMenu *menu = w.showFigureMenu(w.selectedCommitment(), w.mapToGlobal(QPoint(100, 100)));
        QVERIFY(menu);
        walk.actions(QStringLiteral("figure menu"), menu->actions());
        menu->close();
        for (QMenu *m : w.findChildren<QMenu *>())
            walk.actions(QStringLiteral("menu ") + m->title(), m->actions());

        // Qt's own dialogs, in Qt's translation.
        QFileDialog files(&w, QString(), QDir::tempPath());
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setFileMode(QFileDialog::ExistingFiles);
        walk.widget(&files);
        QMessageBox box(QMessageBox::Question, QStringLiteral("测试"), QStringLiteral("测试"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, &w);
        walk.widget(&box);

        QVERIFY2(walk.walked() > 300, qPrintable(QString::number(walk.walked())));
        QVERIFY2(walk.problems().isEmpty(), qPrintable(QStringLiteral("\n") + walk.problems().join(u'\n')));
    }
};

QTEST_MAIN(TestZhWalk)
#include "tst_zhwalk.moc"
