#pragma once
// File > Connect to server…: a panel on a shared PostgreSQL server (docs/server.md). The
// server is a URL or a libpq key/value string, typed or chosen from the servers connected to
// before (Settings, kept without passwords); the member and their server password make the
// connection (docs/server.md), since the server itself decides what each member sees. The fields are checked
// as you type and the message says what is wrong; Connect is enabled only when all is well.
// Enter connects, Esc cancels.

#include "storage/PanelLocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    // Filled in from the command line (`paneldesk --db URL --as MEMBER`): the server and
    // member given, the focus on the first field left empty (the password, usually).
    ConnectDialog(const QString &server, const QString &member, QWidget *parent = nullptr);

    // What was entered (valid once accepted).
    QString location() const;
    ServerLogin login() const;

    QComboBox *serverCombo() const { return m_server; }
    QLineEdit *memberEdit() const { return m_member; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *messageLabel() const { return m_message; }

private:
    void check();

    QComboBox *m_server;
    QLineEdit *m_member;
    QLineEdit *m_passphrase;
    QPushButton *m_connect;
    QLabel *m_message;
};

} // namespace pd
