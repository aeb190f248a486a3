// MainWindow and the round's configuration: File > Panel setup… (setup/PanelSetupDialog.h)
// and Decision > Start next round… (decision/NextRoundDialog.h), which opens the new round and
// then its setup. The rules are the models' (services/PanelSetup.h, access/WindowAccess.h).
#include "MainWindow.h"

#include "Dialogs.h"
#include "PanelView.h"
#include "StandingsPage.h"
#include "access/WindowAccess.h"
#include "auth/Passphrase.h"
#include "auth/SignIn.h"
#include "decision/NextRoundDialog.h"
#include "domain/Errors.h"
#include "services/ActingMember.h"
#include "services/PanelSetup.h"
#include "setup/PanelSetupDialog.h"
#include "storage/PanelLocation.h"
#include "storage/PanelStore.h"

#include <QAction>
#include <QDir>
#include <QStatusBar>
#include <chrono>

namespace pd {

void MainWindow::updateNextRoundAction()
{
    if (!m_nextRound)
        return;
    // a file's round (the new round's file is written beside it); the rule is WindowAccess.h's
    const bool file = m_store && !PanelLocation::parse(m_path).isServer();
    m_nextRound->setEnabled(file && mayStartNextRound(m_member, m_view->roundState()));
}

void MainWindow::startNextRound()
{
    if (!m_store || !m_member)
        return;
    Panel panel;
    RoundStatus status;
    try {
        status = m_store->loadRoundStatus();
        panel = m_store->loadPanel();
    } catch (const Error &e) {
        reportError(e.message());
        return;
    }
    if (!mayStartNextRound(m_member, status.state) || PanelLocation::parse(m_path).isServer())
        return;
    auto *dialog = new NextRoundDialog(m_path, panel, status, m_member->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDialogs(*m_dialogs);
    const QString chair = m_member->id;
    connect(dialog, &NextRoundDialog::created, this, [this, dialog, chair](const QString &path) {
        QString passphrase = dialog->takePassphrase();
        openNextRound(path, chair, passphrase);
        wipe(passphrase);
    });
    dialog->open();   // window-modal; Create or Cancel closes it
}

void MainWindow::openNextRound(const QString &path, const QString &chair, QString &passphrase)
{
    QString error;
    if (!openDatabase(path, &error)) {
        reportError(error);
        return;
    }
    // The chair created it with their passphrase: they stay signed in on the new round.
    const SignInResult result =
        attemptSignIn(*m_store, m_throttle, chair, passphrase, std::chrono::steady_clock::now());
    if (result.outcome == SignInResult::Outcome::SignedIn)
        setSignedIn(actingMember(*m_store, chair), result.key);
    m_view->setCurrentWidget(m_view->standings());
    statusBar()->showMessage(tr("Round %1 created: %2").arg(m_roundName, QDir::toNativeSeparators(path)));
    Q_EMIT nextRoundCreated(path);
    // The new round's setup next (the re-called teams' benchmarks, the points): once the
    // dialog that created it has closed.
    QMetaObject::invokeMethod(this, &MainWindow::setUpPanel, Qt::QueuedConnection);
}

void MainWindow::setUpPanel()
{
    if (!m_store || !m_member)
        return;
    const SetupPermission permission = setupPermission(*m_store, Actor(m_member->id));
    if (permission.access == SetupAccess::Refused) {
        m_dialogs->show(this, Dialogs::Severity::Information, tr("Panel setup"), permission.why);
        return;
    }
    PanelSetupDialog dialog(*m_store, *m_member, this);
    dialog.setDialogs(*m_dialogs);
    if (m_setupHook)
        m_setupHook(dialog);
    else
        dialog.exec();
    QString error;
    if (!refresh(&error))
        reportError(error);
}

} // namespace pd
