#pragma once

#include "model/document.h"
#include "model/result.h"

#include <QStringList>

class QWidget;

namespace plens::ui {

// Imports a file for the GUI. A password-protected PDF is not touched until it is unlocked: the
// user is asked for the password (again after a wrong one, three tries); Cancel ends the import
// with an error that says so.
Result<Document> importWithPassword(QWidget *parent, const QString &path);

// The password dialog, with a seam for GUI tests: answers queued with setNextAnswers() are used
// instead of showing the dialog (an empty optional-like entry, i.e. a null QString, means Cancel).
class PasswordPrompt
{
public:
    static QString ask(QWidget *parent, const QString &fileName, bool retry, bool *ok);
    static void setNextAnswers(const QStringList &answers);
    static int timesAsked();

private:
    static QStringList &queue();
};

} // namespace plens::ui
