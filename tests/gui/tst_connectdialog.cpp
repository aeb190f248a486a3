// File > Connect to server…, driven offscreen: the servers connected to before are offered
// (kept without passwords), every field is checked as you type with the message saying what
// is wrong, Enter connects only when all is well, and a server the window cannot open is an
// error that names it without its password and changes neither the panel shown nor the list.

#include "ConnectDialog.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "Settings.h"
#include "Translations.h"
#include "actions/PanelDatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestConnectDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { Settings().setRecentServers({}); }

    void recentServerHelper()
    {
        const QStringList list = {u"postgresql://a/p"_qs, u"host=b dbname=p"_qs};
        QCOMPARE(withRecentServer(list, u"host=b dbname=p"_qs),
                 (QStringList{u"host=b dbname=p"_qs, u"postgresql://a/p"_qs}));
        QCOMPARE(withRecentServer(list, u"postgresql://c/p"_qs, 2),
                 (QStringList{u"postgresql://c/p"_qs, u"postgresql://a/p"_qs}));
        QCOMPARE(withRecentServer(list, u"  "_qs), list);
    }

    void offersRecentServers()
    {
        Settings().setRecentServers({u"postgresql://db.example.org/panel"_qs, u"host=h dbname=p"_qs});
        ConnectDialog dialog;
        QCOMPARE(dialog.serverCombo()->count(), 2);
        QCOMPARE(dialog.serverCombo()->currentText(), u"postgresql://db.example.org/panel"_qs);
        QCOMPARE(dialog.location(), u"postgresql://db.example.org/panel"_qs);
        QVERIFY(dialog.serverCombo()->isEditable());
    }

    void checksAsYouType_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("message");   // empty: Connect enabled
        QTest::newRow("nothing") << "" << "" << "" << "Enter the server's address.";
        QTest::newRow("a file") << "panel.paneldesk" << "e01" << "pw"
                                << "“panel.paneldesk” is not a server address: a panel file is opened with File > Open…";
        QTest::newRow("no member") << "postgresql://h/p" << " " << "pw" << "Enter your member id.";
        QTest::newRow("no passphrase") << "host=h dbname=p" << "e01" << "" << "Enter your password.";
        QTest::newRow("all well, url") << "postgresql://h/p" << "e01" << "pw" << "";
        QTest::newRow("all well, key/value") << "host=/tmp dbname=p" << "e01" << "pw" << "";
    }
    void checksAsYouType()
    {
        QFETCH(QString, server);
        QFETCH(QString, member);
        QFETCH(QString, passphrase);
        QFETCH(QString, message);
        ConnectDialog dialog;
        dialog.show();
        QTest::keyClicks(dialog.serverCombo()->lineEdit(), server);
        QTest::keyClicks(dialog.memberEdit(), member);
        QTest::keyClicks(dialog.passphraseEdit(), passphrase);
        QCOMPARE(dialog.messageLabel()->text(), message);
        QCOMPARE(dialog.connectButton()->isEnabled(), message.isEmpty());
        // Enter connects only when all is well.
        QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result() == QDialog::Accepted, message.isEmpty());
        if (message.isEmpty()) {
            QCOMPARE(dialog.location(), server);
            QCOMPARE(dialog.login().member, member);
            QCOMPARE(dialog.login().passphrase, passphrase);
        }
    }

    // `paneldesk --db URL --as MEMBER`: the dialog comes filled in, the focus on the first
    // field left empty, and the password is typed.
    void filledInFromTheCommandLine_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("focus");   // objectName of the focused field
        QTest::newRow("server and member") << "postgresql://h/p" << "e01" << "passphrase";
        QTest::newRow("server only") << "postgresql://h/p" << "" << "member";
        QTest::newRow("nothing") << "" << "" << "server";
    }
    void filledInFromTheCommandLine()
    {
        QFETCH(QString, server);
        QFETCH(QString, member);
        QFETCH(QString, focus);
        Settings().setRecentServers({});
        ConnectDialog dialog(server, member);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.location(), server);
        QCOMPARE(dialog.login().member, member);
        QWidget *focused = dialog.focusWidget();
        QVERIFY(focused);
        const QString focusedName = focused->objectName().isEmpty() && focused->parentWidget()
                                        ? focused->parentWidget()->objectName()   // the combo's line edit
                                        : focused->objectName();
        QCOMPARE(focusedName, focus);
        QVERIFY(!dialog.connectButton()->isEnabled());
        if (!server.isEmpty() && !member.isEmpty()) {
            QTest::keyClicks(focused, u"pw"_qs);
            QTest::keyClick(focused, Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.login().passphrase, u"pw"_qs);
        }
    }

    // The message is shown as soon as a field goes wrong, and goes when it is mended.
    void messageComesAndGoes()
    {
        ConnectDialog dialog;
        dialog.show();
        QTest::keyClicks(dialog.serverCombo()->lineEdit(), u"postgresql://h/p"_qs);
        QTest::keyClicks(dialog.memberEdit(), u"e01"_qs);
        QTest::keyClicks(dialog.passphraseEdit(), u"pw"_qs);
        QVERIFY(dialog.messageLabel()->text().isEmpty());
        dialog.memberEdit()->clear();
        QCOMPARE(dialog.messageLabel()->text(), u"Enter your member id."_qs);
        QVERIFY(!dialog.connectButton()->isEnabled());
        QTest::keyClicks(dialog.memberEdit(), u"e02"_qs);
        QVERIFY(dialog.messageLabel()->text().isEmpty());
        QVERIFY(dialog.connectButton()->isEnabled());
    }

    // Both languages; with PANELDESK_SCREENSHOTS=DIR each is saved there to be looked at.
    void inBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("message");
        QTest::newRow("en") << "en" << "Connect to server" << "“panel.paneldesk” is not a server address: a panel file is opened with File > Open…";
        QTest::newRow("ko") << "ko" << "서버에 연결" << "“panel.paneldesk”은(는) 서버 주소가 아닙니다. 패널 파일은 파일 > 열기…로 엽니다.";
    }
    void inBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, message);
        Settings().setRecentServers({u"postgresql://db.example.org:5432/panel2026?sslmode=verify-full"_qs});
        Translations translations;
        translations.apply(language);
        ConnectDialog dialog;
        dialog.show();
        QCOMPARE(dialog.windowTitle(), title);
        const QString screenshots = qEnvironmentVariable("PANELDESK_SCREENSHOTS");
        QTest::keyClicks(dialog.memberEdit(), u"e01"_qs);
        QTest::keyClicks(dialog.passphraseEdit(), u"pw"_qs);
        if (!screenshots.isEmpty())
            dialog.grab().save(screenshots + u"/connect-dialog-"_qs + language + u".png"_qs);
        dialog.serverCombo()->setEditText(u"panel.paneldesk"_qs);
        QCOMPARE(dialog.messageLabel()->text(), message);
        if (!screenshots.isEmpty())
            dialog.grab().save(screenshots + u"/connect-dialog-refused-"_qs + language + u".png"_qs);
        translations.apply(u"en"_qs);
    }

    void menuEntry()
    {
        QTemporaryDir data;
        MainWindow window(data.path());
        QMenu *file = window.menuBar()->actions().constFirst()->menu();
        QAction *connect = nullptr;
        for (QAction *action : file->actions())
            if (action->text() == u"Connect to &server…"_qs)
                connect = action;
        QVERIFY(connect);
        QCOMPARE(connect->shortcut(), QKeySequence(u"Ctrl+Shift+O"_qs));
    }

    // Until the server store lands the window cannot open a server panel: the error says so,
    // names the server without its password, and the open panel and the lists stay as they
    // were.
    void serverNotOpenedYet()
    {
        QTemporaryDir data;
        MainWindow window(data.path());
        QString error;
        QVERIFY2(window.openDemo(&error), qPrintable(error));
        const QStringList files = Settings().recentFiles();
        const QString demoPath = window.currentPath();
        QVERIFY(!window.openServer(u"postgresql://e01:secret@localhost/panel"_qs,
                                   {u"e01"_qs, u"expert-demo-2026"_qs}, &error));
        QVERIFY2(error.contains(u"postgresql://e01@localhost/panel"_qs), qPrintable(error));
        QVERIFY(!error.contains(u"secret"_qs));
        QCOMPARE(window.currentPath(), demoPath);
        QCOMPARE(Settings().recentFiles(), files);
        QVERIFY(Settings().recentServers().isEmpty());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
