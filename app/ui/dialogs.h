#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace plens::ui {

// Thin wrappers around modal dialogs with seams for GUI tests: a test sets the next answer, and the
// dialog is not shown (KeePassXC's FileDialog::setNextFileName / MessageBox::setNextAnswer pattern).
class Dialogs
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &filter);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    static void setNextFileName(const QString &name);
    // Messages shown through critical() while a test runs (so it can assert on them).
    static QStringList &shownMessages();
    static void setTestMode(bool on);

private:
    static QString takeNextFileName(bool &had);
};

} // namespace plens::ui
