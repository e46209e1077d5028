#pragma once

#include <QColor>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QVariant>

class QWidget;

namespace plens::ui {

// Thin wrappers around modal dialogs with seams for GUI tests: a test queues the next answers, and
// the dialog is not shown (KeePassXC's FileDialog::setNextFileName / MessageBox::setNextAnswer pattern).
// In test mode a dialog without a queued answer returns "cancelled" (an empty or invalid value).
class Dialogs
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString text(QWidget *parent, const QString &title, const QString &label, const QString &value);
    static QString item(QWidget *parent, const QString &title, const QString &label, const QStringList &items);
    static QColor colour(QWidget *parent, const QString &title, const QColor &initial);
    static bool question(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Queue the answer of the next dialog (a file name, a list of them, a text, a colour, a bool).
    static void setNextAnswer(const QVariant &answer);
    static void setNextFileName(const QString &name) { setNextAnswer(name); }
    // Messages shown through critical() and information() while a test runs.
    static QStringList &shownMessages();
    static void setTestMode(bool on);
    // The queued answer for a dialog of the caller's own (e.g. the team workspace's address), if any.
    static std::optional<QVariant> takeTestAnswer() { return takeNextAnswer(); }
    [[nodiscard]] static bool testMode();

private:
    static std::optional<QVariant> takeNextAnswer();
};

} // namespace plens::ui
