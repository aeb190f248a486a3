#include "ConnectDialog.h"

#include "RecentFiles.h"
#include "Settings.h"
#include "domain/Errors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_server(new QComboBox(this)), m_member(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)), m_connect(new QPushButton(tr("&Connect"), this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Connect to server"));
    setMinimumWidth(520);

    m_server->setObjectName(QStringLiteral("server"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->addItems(cleanedRecentFiles(Settings().recentServers()));
    m_server->setCurrentIndex(m_server->count() > 0 ? 0 : -1);
    m_server->lineEdit()->setPlaceholderText(tr("postgresql://server.example.org/panel"));
    m_server->setToolTip(tr("A PostgreSQL URL (postgresql://host:port/database?sslmode=verify-full) "
                            "or a key/value string (host=… dbname=…), as your administrator "
                            "gave it."));
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setPlaceholderText(tr("your member id, e.g. e01"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setToolTip(tr("Your password on the server: the one your administrator gave you "
                                "when the panel was deployed, or the one you have set since."));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    // Room for two lines, so that the dialog does not jump (or cut the text) as you type.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2 + 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Member:"), m_member);
    form->addRow(tr("&Password:"), m_passphrase);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_server, &QComboBox::currentTextChanged, this, &ConnectDialog::check);
    connect(m_member, &QLineEdit::textChanged, this, &ConnectDialog::check);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ConnectDialog::check);
    (m_server->currentText().isEmpty() ? static_cast<QWidget *>(m_server) : m_member)->setFocus();
    check();
}

ConnectDialog::ConnectDialog(const QString &server, const QString &member, QWidget *parent)
    : ConnectDialog(parent)
{
    if (!server.trimmed().isEmpty())
        m_server->setEditText(server.trimmed());
    if (!member.trimmed().isEmpty())
        m_member->setText(member.trimmed());
    if (m_server->currentText().trimmed().isEmpty())
        m_server->setFocus();
    else if (m_member->text().trimmed().isEmpty())
        m_member->setFocus();
    else
        m_passphrase->setFocus();
    check();
}

QString ConnectDialog::location() const { return m_server->currentText().trimmed(); }

ServerLogin ConnectDialog::login() const
{
    return {m_member->text().trimmed(), m_passphrase->text()};
}

void ConnectDialog::check()
{
    QString problem;
    const QString server = location();
    if (server.isEmpty()) {
        problem = tr("Enter the server's address.");
    } else if (!PanelLocation::parse(server).isServer()) {
        problem = tr("“%1” is not a server address: a panel file is opened with File > Open…")
                      .arg(server);
    } else if (m_member->text().trimmed().isEmpty()) {
        problem = tr("Enter your member id.");
    } else if (m_passphrase->text().isEmpty()) {
        problem = tr("Enter your password.");
    }
    m_message->setText(problem);
    m_connect->setEnabled(problem.isEmpty());
}

} // namespace pd
