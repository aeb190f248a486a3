#pragma once
// The main window: opens a panel database (File > Open, or the demo), signs a member in,
// and shows the panel's tabs (PanelView) as that member may see them.

#include "BackupPrompts.h"
#include "auth/SignInThrottle.h"
#include "trust/MemberKey.h"
#include "domain/Member.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace pd {

struct VerifyReport;

class ImportFlows;
class PanelStore;
class PanelSetupDialog;
struct ServerLogin;
class PanelView;
class RecentFilesMenu;
class StandingsPage;
class Translations;
class WriteWaitPrompt;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `demoFolder` is where "Open demo panel" keeps its database (the user's data folder).
    // With `translations`, the Language menu switches between Korean and English live.
    explicit MainWindow(const QString &demoFolder, Translations *translations = nullptr,
                        QWidget *parent = nullptr);

    // Opens and shows a database; on failure returns false with a message in `error` and
    // keeps whatever was shown before. On success the file goes to the top of File > Open
    // Recent (Settings).
    bool openDatabase(const QString &path, QString *error);
    // File > Connect to server…: opens the panel at the server `location` as `login`'s
    // member and signs them in; on success the server (without a password) goes to the top
    // of the dialog's recent servers. On failure as openDatabase.
    bool openServer(const QString &location, const ServerLogin &login, QString *error);
    // File > Connect to server…, with `location` and `member` filled in when given (the
    // command line's --db URL --as MEMBER): the password is asked for, never taken from the
    // command line. A failure is reported in a message box.
    void connectWithDialog(const QString &location = {}, const QString &member = {});
    // Creates the demo database in the demo folder when it is missing, then opens it.
    bool openDemo(QString *error);
    // File > Fill offline score sheets…: a scratch panel built from a sheets file (in the
    // demo folder's "offline" subfolder, importers/SheetsWorkspace.h), opened signed in as
    // the file's member with their key, which `passphrase` opens from the file.
    bool openSheetsFile(const QString &sheetsFile, const QString &passphrase, QString *error);

    ~MainWindow() override;

    // File > Panel setup… (setup/PanelSetupDialog.h), for the signed-in member; refused with
    // the reason in a message when they may not change the setup. `hook` (tests) receives the
    // dialog instead of it being run.
    void setUpPanel();
    void setSetupDialogHook(std::function<void(PanelSetupDialog &)> hook) { m_setupHook = std::move(hook); }

    QString currentPath() const { return m_path; }
    PanelView *panelView() const { return m_view; }
    StandingsPage *standingsPage() const;
    PanelStore *store() const { return m_store.get(); }
    // File > Open Recent of the current menus (they are rebuilt on sign-in and language).
    RecentFilesMenu *recentFilesMenu() const;

    // The signed-in member (after the sign-in dialog, or directly in tests); nullopt signs
    // out. Refreshes every tab for the new member.
    // `key`: the member's unlocked signing key (the sign-in dialog's); the store signs the
    // member's changes with it (trust.md). Tests sign in without one: changes are unsigned.
    void setSignedIn(const std::optional<Member> &member, std::optional<MemberKey> key = std::nullopt);
    // The red banner shown when the file fails the quick verification on open (or empty).
    QLabel *verificationBanner() const { return m_banner; }
    const std::optional<Member> &signedIn() const { return m_member; }

    // File > Import / Export my score sheets for the signed-in member (imports/ImportFlows.h);
    // nullptr when nobody is signed in.
    ImportFlows *importFlows() const { return m_imports; }
    // What a write shows while it waits for another PanelDesk on the same file.
    WriteWaitPrompt *writeWaitPrompt() const { return m_writeWait; }

    // Reads the store again and refreshes every page.
    bool refresh(QString *error);

    // File > Back up… (the chair or the secretariat): a backup in the panel's backups folder.
    // File > Restore…: a backup chosen and confirmed through the prompts, verified, restored
    // over the open panel, which is opened again (everyone signed out). Tests replace the
    // prompts (BackupPrompts.h); by default they are dialogs.
    void setBackupPrompts(BackupPrompts prompts) { m_prompts = std::move(prompts); }
    // The standard dialogs of the window and of every page it makes (Dialogs.h); `dialogs`
    // must outlive the window. Set it before signing in (pages made later get it too).
    void setDialogs(Dialogs &dialogs);
    bool backUp();
    bool restoreFromBackup();
    // Decision > Start next round… (the chair, once the round is final: access/WindowAccess.h
    // mayStartNextRound): the next round's dialog (decision/NextRoundDialog.h), window-modal
    // and not blocking (open()); on Create the new file is opened, the chair signed in on it
    // with the passphrase typed, its standings shown, and nextRoundCreated emitted.
    void startNextRound();
    // The menu's action (rebuilt with the menus); nullptr before the menus exist.
    QAction *nextRoundAction() const { return m_nextRound; }

    // File > Open and Open Recent: opens `path`; a damaged file offers its newest good
    // backup (BackupPrompts::offerBackup), restored after a sign-in on it.
    void openFile(const QString &path);

Q_SIGNALS:
    // The next round's file was created at `path` and is now open in this window (the chair
    // signed in on it when the passphrase opened it).
    void nextRoundCreated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Runs the refresh after a change made in this window (a sheet submitted, a verdict
    // recorded); a read error is shown.
    void showChange(const std::function<void()> &update);
    // refresh(), reporting a failure (an import, a decision step: everything is read again)
    void refreshStandings();
    // The open store's changes made elsewhere (StoreSession::liveChanges, a panel on a
    // server): every page read again as after a local change, the member's open sheet kept.
    // MainWindowLive.cpp
    void followLiveChanges();
    void showLiveChanges(const QStringList &kinds);
    void createMenus();
    // Decision > Start next round… follows the round's state and the member (after a refresh).
    void updateNextRoundAction();
    void openNextRound(const QString &path, const QString &chair, QString &passphrase);
    void rebuildMenus();
    void retranslate();
    void chooseLanguage(const QString &code);
    void openWithDialog();
    // openDatabase and openServer: `login` for a server.
    bool openLocation(const QString &location, const ServerLogin *login, QString *error);
    // Closes the open panel (before its file is replaced); the view shows the welcome page.
    void closePanel();
    // Restores `from` over `path` (services/Backups.h) and opens `path` again; errors in a
    // message box.
    bool restoreInto(const QString &from, const QString &path,
                     const std::function<void(PanelStore &)> &authorize);
    void openDemoFromMenu();
    void openSheetsFileWithDialog();
    void newPanel();
    void signInWithDialog(const QString &preselect = {});
    void signOut();
    void showVerification(const VerifyReport &report);
    void manageMembers();
    void reload();
    void showAbout();
    void reportError(const QString &message);
    void updateTitle();

    QString m_demoFolder;
    Translations *m_translations;
    QString m_path;
    std::unique_ptr<PanelStore> m_store;
    std::function<void(PanelSetupDialog &)> m_setupHook;
    std::optional<Member> m_member;
    std::optional<MemberKey> m_key;
    SignInThrottle m_throttle;
    QString m_roundName;
    QStackedWidget *m_stack;
    QLabel *m_welcome;
    QLabel *m_banner;
    PanelView *m_view;
    QPointer<RecentFilesMenu> m_recentMenu;
    QPointer<QAction> m_nextRound;
    ImportFlows *m_imports = nullptr;
    Dialogs *m_dialogs = &widgetDialogs();
    BackupPrompts m_prompts;
    WriteWaitPrompt *m_writeWait;
    bool m_liveRetry = false;   // live changes wait for a dialog to close
};

} // namespace pd
