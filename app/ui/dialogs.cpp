#include "ui/dialogs.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QInputDialog>

#include <optional>

namespace plens::ui {

namespace {
QList<QVariant> g_answers;
bool g_testMode = false;
QString g_lastSuggestion;
} // namespace

void Dialogs::setNextAnswer(const QVariant &answer)
{
    g_answers.append(answer);
}

void Dialogs::setTestMode(bool on)
{
    g_testMode = on;
    if (!on)
        g_answers.clear();
}

bool Dialogs::testMode()
{
    return g_testMode;
}

QStringList &Dialogs::shownMessages()
{
    static QStringList messages;
    return messages;
}

std::optional<QVariant> Dialogs::takeNextAnswer()
{
    if (g_answers.isEmpty())
        return std::nullopt;
    return g_answers.takeFirst();
}

std::optional<QVariant> Dialogs::peekNextAnswer()
{
    if (g_answers.isEmpty())
        return std::nullopt;
    return g_answers.first();
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto a = takeNextAnswer())
        return a->toString();
    if (g_testMode)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto a = takeNextAnswer())
        return a->toStringList();
    if (g_testMode)
        return {};
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested)
{
    g_lastSuggestion = suggested;
    if (auto a = takeNextAnswer())
        return a->toString();
    if (g_testMode)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString Dialogs::lastSuggestion()
{
    return g_lastSuggestion;
}

QString Dialogs::text(QWidget *parent, const QString &title, const QString &label, const QString &value)
{
    if (auto a = takeNextAnswer())
        return a->toString();
    if (g_testMode)
        return {};
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, value);
}

QString Dialogs::item(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    if (auto a = takeNextAnswer())
        return a->toString();
    if (g_testMode)
        return {};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? chosen : QString();
}

QColor Dialogs::colour(QWidget *parent, const QString &title, const QColor &initial)
{
    if (auto a = takeNextAnswer())
        return a->value<QColor>();
    if (g_testMode)
        return {};
    return QColorDialog::getColor(initial, parent, title);
}

bool Dialogs::question(QWidget *parent, const QString &title, const QString &text)
{
    if (auto a = takeNextAnswer())
        return a->toBool();
    if (g_testMode)
        return false;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (g_testMode) {
        shownMessages().append(text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    if (g_testMode) {
        shownMessages().append(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

} // namespace plens::ui
