// Settings: the dialog stores author, language and colours; AppSettings reads back what was stored.
#include "ui/appsettings.h"
#include "ui/dialogs.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace plens::ui;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
        QSettings().clear();
        Dialogs::setTestMode(true);
    }

    void defaults()
    {
        AppSettings s;
        QVERIFY(s.language().isEmpty());
        QCOMPARE(s.highlightColours(), AppSettings::defaultHighlightColours());
        QCOMPARE(s.figureColours(), AppSettings::defaultFigureColours());
        s.setLanguage(QStringLiteral("fr")); // unknown languages fall back to the system language
        QVERIFY(s.language().isEmpty());
    }

    void dialogStoresChanges()
    {
        AppSettings settings;
        SettingsDialog dialog(settings);
        dialog.findChild<QLineEdit *>(QStringLiteral("authorEdit"))->setText(QStringLiteral(" 王科长 "));
        auto *lang = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        lang->setCurrentIndex(lang->findData(QStringLiteral("zh_CN")));
        Dialogs::setNextAnswer(QColor(Qt::magenta));
        dialog.findChild<QPushButton *>(QStringLiteral("highlightColour3"))->click();
        Dialogs::setNextAnswer(QColor(Qt::darkRed));
        dialog.findChild<QPushButton *>(QStringLiteral("figureColour0"))->click();
        dialog.findChild<QPushButton *>(QStringLiteral("figureColour1"))->click(); // cancelled: unchanged
        dialog.accept();

        AppSettings reread;
        QCOMPARE(reread.authorName(), QStringLiteral("王科长"));
        QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
        QCOMPARE(reread.highlightColours().at(3), QColor(Qt::magenta));
        QCOMPARE(reread.highlightColours().at(0), AppSettings::defaultHighlightColours().at(0));
        QCOMPARE(reread.figureColours().at(0), QColor(Qt::darkRed));
        QCOMPARE(reread.figureColours().at(1), AppSettings::defaultFigureColours().at(1));
    }

    void recentWorkspaces()
    {
        AppSettings s;
        for (int i = 0; i < 10; ++i)
            s.setLastWorkspace(QStringLiteral("C:/工作/ws%1.plens").arg(i));
        s.setLastWorkspace(QStringLiteral("C:/工作/ws3.plens"));
        const QStringList recent = s.recentWorkspaces();
        QCOMPARE(recent.size(), 8);
        QCOMPARE(recent.first(), QStringLiteral("C:/工作/ws3.plens"));
        QCOMPARE(recent.count(QStringLiteral("C:/工作/ws3.plens")), 1);
        QCOMPARE(s.lastWorkspace(), QStringLiteral("C:/工作/ws3.plens"));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
