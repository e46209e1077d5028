#include "ui/importflow.h"

#include "import/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

namespace plens::ui {

namespace {
int g_asked = 0;
bool g_testMode = false;
} // namespace

QStringList &PasswordPrompt::queue()
{
    static QStringList q;
    return q;
}

void PasswordPrompt::setNextAnswers(const QStringList &answers)
{
    queue() = answers;
    g_testMode = true;
    g_asked = 0;
}

int PasswordPrompt::timesAsked()
{
    return g_asked;
}

QString PasswordPrompt::ask(QWidget *parent, const QString &fileName, bool retry, bool *ok)
{
    ++g_asked;
    if (g_testMode) {
        const QString answer = queue().isEmpty() ? QString() : queue().takeFirst();
        *ok = !answer.isNull();
        return answer;
    }
    const QString label = retry
        ? QCoreApplication::translate("plens::ui", "The password was not correct. Password for %1:").arg(fileName)
        : QCoreApplication::translate("plens::ui", "%1 is protected by a password. Password:").arg(fileName);
    return QInputDialog::getText(parent, QCoreApplication::translate("plens::ui", "Encrypted PDF"), label,
                                 QLineEdit::Password, QString(), ok);
}

Result<Document> importWithPassword(QWidget *parent, const QString &path)
{
    auto first = importFile(path);
    if (first)
        return first;
    // Only a PDF that Poppler reports as locked gets a password prompt; any other error stands.
    QFile f(path);
    if (QFileInfo(path).size() > kMaxImportBytes || !f.open(QIODevice::ReadOnly))
        return first;
    const QByteArray bytes = f.readAll();
    if (!bytes.left(1024).contains("%PDF-") || !pdfNeedsPassword(bytes))
        return first;
    const QString name = QFileInfo(path).fileName();
    Error last = first.error();
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool ok = false;
        const QString password = PasswordPrompt::ask(parent, name, attempt > 0, &ok);
        if (!ok)
            return Error {path,
                          QCoreApplication::translate("plens::ui", "the import was cancelled (no password given)")};
        ImportOptions options;
        options.password = password;
        auto doc = importBytes(path, bytes, options);
        if (doc) {
            doc->fileName = name;
            return doc;
        }
        last = doc.error();
    }
    return last;
}

} // namespace plens::ui
