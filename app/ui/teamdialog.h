#pragma once

#include "store/serveraddress.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace plens::ui {

// File > Open Team Workspace: where the team workspace is (host, port, database), who the user is and
// their password, and whether the connection must be encrypted (TLS required by default). The
// password can be kept in the system's keychain when PolicyLens was built with QtKeychain; otherwise
// it is asked for each time.
class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamWorkspaceDialog(const ServerAddress &initial, QWidget *parent = nullptr);

    [[nodiscard]] ServerAddress address() const;
    [[nodiscard]] bool rememberPassword() const;
    void setMessage(const QString &message);

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_tls;
    QLabel *m_message;
};

// Passwords of team workspaces in the system's keychain (Windows Credential Manager, macOS Keychain,
// Secret Service), through QtKeychain when PolicyLens was built with it.
class PasswordStore
{
public:
    static bool available();
    static QString read(const ServerAddress &address);
    static bool write(const ServerAddress &address, const QString &password);
    static void forget(const ServerAddress &address);
};

} // namespace plens::ui
