#include "ui/teamdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#ifdef PLENS_HAVE_KEYCHAIN
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#endif

namespace plens::ui {

TeamWorkspaceDialog::TeamWorkspaceDialog(const ServerAddress &initial, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamWorkspaceDialog"));
    setWindowTitle(tr("Open Team Workspace"));
    auto *form = new QFormLayout;
    m_host = new QLineEdit(initial.host, this);
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    m_database = new QLineEdit(initial.database, this);
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_user = new QLineEdit(initial.user, this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password = new QLineEdit(initial.password, this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setEnabled(PasswordStore::available());
    if (!PasswordStore::available())
        m_remember->setToolTip(tr("This PolicyLens has no keychain support: the password is asked for each time."));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("encryptionComboBox"));
    m_tls->addItem(tr("Required (encrypted connection)"), QStringLiteral("require"));
    m_tls->addItem(tr("Required, and check the server's certificate"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Off (only on a trusted network)"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(initial.sslMode)));
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Encryption:"), m_tls);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Open)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                         && !m_user->text().trimmed().isEmpty());
    };
    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team workspace lives on the office's PostgreSQL server: everyone who opens it "
                                "sees each other's work. IT gives you these details."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (initial.user.isEmpty() ? m_host : m_password)->setFocus();
}

ServerAddress TeamWorkspaceDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    a.sslMode = m_tls->currentData().toString();
    return a;
}

bool TeamWorkspaceDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void TeamWorkspaceDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

namespace {
const QString kService = QStringLiteral("PolicyLens team workspace");
} // namespace

bool PasswordStore::available()
{
#ifdef PLENS_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString PasswordStore::read(const ServerAddress &address)
{
#ifdef PLENS_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(address.toUrl());
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? job.textData() : QString();
#else
    Q_UNUSED(address);
    return {};
#endif
}

bool PasswordStore::write(const ServerAddress &address, const QString &password)
{
#ifdef PLENS_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(address.toUrl());
    job.setTextData(password);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
#else
    Q_UNUSED(address);
    Q_UNUSED(password);
    return false;
#endif
}

void PasswordStore::forget(const ServerAddress &address)
{
#ifdef PLENS_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(address.toUrl());
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
#else
    Q_UNUSED(address);
#endif
}

} // namespace plens::ui
