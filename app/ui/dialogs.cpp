#include "ui/dialogs.h"

#include <QFileDialog>

#include <optional>

namespace plens::ui {

namespace {
std::optional<QString> g_nextFileName;
bool g_testMode = false;
} // namespace

void Dialogs::setNextFileName(const QString &name)
{
    g_nextFileName = name;
}
void Dialogs::setTestMode(bool on)
{
    g_testMode = on;
}

QStringList &Dialogs::shownMessages()
{
    static QStringList messages;
    return messages;
}

QString Dialogs::takeNextFileName(bool &had)
{
    had = g_nextFileName.has_value();
    const QString name = g_nextFileName.value_or(QString());
    g_nextFileName.reset();
    return name;
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    bool had = false;
    const QString next = takeNextFileName(had);
    if (had || g_testMode)
        return next;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    bool had = false;
    const QString next = takeNextFileName(had);
    if (had || g_testMode)
        return next;
    return QFileDialog::getSaveFileName(parent, caption, QString(), filter);
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (g_testMode) {
        shownMessages().append(text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

} // namespace plens::ui
