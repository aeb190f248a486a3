#include "MainWindow.h"

#include "RoleText.h"
#include "decision/DecisionPage.h"
#include "Settings.h"
#include "MembersDialog.h"
#include "NewPanelDialog.h"
#include "PanelView.h"
#include "ProgressPage.h"
#include "RecentFiles.h"
#include "RecentFilesMenu.h"
#include "ConnectDialog.h"
#include "auth/Passphrase.h"
#include "auth/SignIn.h"
#include "services/ActingMember.h"
#include "SignInDialog.h"
#include "WriteWaitPrompt.h"
#include "trust/Verification.h"
#include "access/WindowAccess.h"
#include "findings/FindingsPage.h"
#include "imports/ImportFlows.h"
#include "importers/SheetsWorkspace.h"
#include "sheets/ExpertWorkspace.h"
#include "sheets/SheetEditor.h"
#include "StandingsPage.h"
#include "storage/PanelLocation.h"
#include "storage/DatabaseCheck.h"
#include "access/CommandAccess.h"
#include "io/TemporaryFiles.h"
#include "services/Backups.h"
#include "Translations.h"
#include "actions/PanelDatabase.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QStatusBar>

namespace pd {

MainWindow::MainWindow(const QString &demoFolder, Translations *translations, QWidget *parent)
    : QMainWindow(parent), m_demoFolder(demoFolder), m_translations(translations),
      m_stack(new QStackedWidget(this)), m_welcome(new QLabel(this)), m_banner(new QLabel(this)),
      m_view(new PanelView(this)), m_writeWait(new WriteWaitPrompt(this))
{
    m_prompts = BackupPrompts::dialogs(m_throttle, m_dialogs);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_view);
    const auto refreshFromStore = [this] {
        QString error;
        if (m_store && !refresh(&error))
            reportError(error);
    };
    connect(m_view, &PanelView::refreshWanted, this, refreshFromStore);
    // A sheet reopened on the Progress tab: every page shows the new state.
    connect(m_view->progress(), &ProgressPage::refreshWanted, this, refreshFromStore);
    // A file that fails verification on open says so above everything (trust.md).
    m_banner->setObjectName(QStringLiteral("verificationBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 8px; }"));
    m_banner->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    retranslate();
    statusBar()->showMessage(tr("No panel open"));
    resize(1200, 720);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_welcome->setText(tr("<h2>PanelDesk</h2><p>Open a panel database with <b>File &gt; Open</b> "
                          "(Ctrl+O), connect to a panel on a shared server with <b>File &gt; "
                          "Connect to server</b> (Ctrl+Shift+O), or look at the demo panel with "
                          "<b>File &gt; Open demo panel</b> (Ctrl+D).</p>"));
    rebuildMenus();
    QString error;
    if (m_store)
        refresh(&error);   // re-renders every text of the pages
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::rebuildMenus()
{
    const QList<QAction *> old = menuBar()->actions();
    for (QAction *action : old)
        if (QMenu *menu = action->menu())
            menu->deleteLater();   // later: one of its actions may be the one being triggered
    menuBar()->clear();
    createMenus();
}

StandingsPage *MainWindow::standingsPage() const { return m_view->standings(); }

RecentFilesMenu *MainWindow::recentFilesMenu() const { return m_recentMenu; }

void MainWindow::updateTitle()
{
    if (m_path.isEmpty()) {
        setWindowTitle(tr("PanelDesk"));
        return;
    }
    const PanelLocation where = PanelLocation::parse(m_path);
    QString title = tr("%1 — %2 — PanelDesk")
                        .arg(m_roundName, where.isServer() ? where.shown() : QFileInfo(m_path).fileName());
    if (m_member)
        title = tr("%1 (%2) — %3").arg(m_member->name, roleText(m_member->role), title);
    setWindowTitle(title);
}

void MainWindow::setSignedIn(const std::optional<Member> &member, std::optional<MemberKey> key)
{
    m_member = member;
    m_key = member && key && key->memberId() == member->id ? std::move(key) : std::nullopt;
    if (m_store)
        m_store->setSigner(m_key ? std::make_shared<const MemberKey>(*m_key) : nullptr);
    delete m_imports;
    m_imports = nullptr;
    if (m_store && member) {
        m_imports = new ImportFlows(this, *m_store, *member, m_key ? &*m_key : nullptr);
        m_imports->setDialogs(*m_dialogs);
        connect(m_imports, &ImportFlows::imported, this, &MainWindow::refreshStandings);
        connect(m_imports, &ImportFlows::message, this,
                [this](const QString &text) { statusBar()->showMessage(text); });
    }
    m_view->setWorkspace(nullptr);
    // what each member may open: access/WindowAccess.h
    const bool reopens = m_store && mayReopenSheets(member);
    m_view->progress()->setReopenTarget(reopens ? m_store.get() : nullptr,
                                        reopens ? member->id : QString());
    if (m_store && mayFillSheets(member)) {
        auto *workspace = new ExpertWorkspace(*m_store, *member);
        workspace->sheetEditor()->setDialogs(*m_dialogs);
        // a submitted (or reopened) sheet changes the standings and charts at once
        // (only that sheet is read again: actions/LiveInputs.h)
        const QString reviewer = member->id;
        connect(workspace->sheetEditor(), &SheetEditor::stateChanged, this,
                [this, reviewer](const QString &team, SheetState state) {
                    if (state == SheetState::Submitted)
                        showChange([&] { m_view->sheetChanged(*m_store, m_member, reviewer, team); });
                });
        m_view->setWorkspace(workspace);
    }
    FindingsPage *findings = m_store && mayOpenFindings(member)
        ? new FindingsPage(*m_store, *member)
        : nullptr;
    if (findings)
        findings->setDialogs(*m_dialogs);
    if (findings)
        connect(findings, &FindingsPage::verdictRecorded, this, [this](const QString &team) {
            showChange([&] { m_view->findingsChanged(*m_store, m_member, team); });
        });
    m_view->setFindingsPage(findings);
    auto *decision = m_store && mayRunDecision(member) ? new DecisionPage(*m_store, *member) : nullptr;
    if (decision)
        decision->setDialogs(*m_dialogs);
    if (decision)
        connect(decision, &DecisionPage::changed, this, &MainWindow::refreshStandings);
    m_view->setDecisionPage(decision);
    rebuildMenus();   // the sign-in entries depend on who is signed in
    // On a server only the chair reads the whole audit chain (the others read their own
    // entries): the chair's sign-in checks it as a file's open does (docs/server.md).
    if (m_store && PanelLocation::parse(m_path).isServer())
        showVerification(mayVerifyServerChain(member) ? quickVerifyStore(*m_store) : VerifyReport{});
    QString error;
    if (m_store && !refresh(&error))
        reportError(error);
    updateTitle();
}

void MainWindow::refreshStandings()
{
    QString error;
    if (m_store && !refresh(&error))
        reportError(error);
}

void MainWindow::showChange(const std::function<void()> &update)
{
    if (!m_store)
        return;
    try {
        update();
    } catch (const Error &e) {
        reportError(e.message());
    }
}

bool MainWindow::refresh(QString *error)
{
    if (!m_store)
        return false;
    try {
        m_view->showPanel(*m_store, m_member);
        updateNextRoundAction();   // a decision step may have made the round final
        return true;
    } catch (const Error &e) {
        if (error)
            *error = e.message();
    }
    return false;
}

void MainWindow::chooseLanguage(const QString &code)
{
    Settings().setLanguage(code);
    if (m_translations)
        m_translations->apply(code);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    auto *recent = new RecentFilesMenu(file);
    recent->setTitle(tr("Open R&ecent"));   // "&Reload" already has R in this menu
    connect(recent, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    file->addMenu(recent);
    m_recentMenu = recent;
    QAction *connectAction = file->addAction(tr("Connect to &server…"), this, [this] { connectWithDialog(); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *demo = file->addAction(tr("Open &demo panel"), this, &MainWindow::openDemoFromMenu);
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *create = file->addAction(tr("&New panel from template…"), this, &MainWindow::newPanel);
    create->setShortcut(QKeySequence::New);
    file->addAction(tr("&Fill offline score sheets…"), this, &MainWindow::openSheetsFileWithDialog);
    file->addSeparator();
    QAction *signIn = file->addAction(m_member ? tr("S&witch member…") : tr("&Sign in…"), this,
                                      [this] { signInWithDialog(); });
    signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    signIn->setEnabled(m_store != nullptr);
    QAction *signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setEnabled(m_member.has_value());
    QAction *members = file->addAction(mayManageMembers(m_member) ? tr("&Members…")
                                                                  : tr("My &conflicts and passphrase…"),
                                       this, &MainWindow::manageMembers);
    members->setEnabled(m_store && (mayManageMembers(m_member) || mayEditOwnMembership(m_member)));
    QAction *setupAction = file->addAction(tr("Panel set&up…"), this, &MainWindow::setUpPanel);
    setupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    setupAction->setEnabled(m_store && m_member);
    file->addSeparator();
    // Imports: the secretariat and the chair bring data in; sheets are the chair's
    // (access/WindowAccess.h; each flow asks again).
    QMenu *imports = file->addMenu(tr("&Import"));
    QAction *benchmarks = imports->addAction(tr("&Benchmark results…"), this, [this] {
        if (m_imports)
            m_imports->importBenchmarks();
    });
    benchmarks->setEnabled(m_imports && mayImportBenchmarks(m_member));
    QAction *ratings = imports->addAction(tr("&User ratings…"), this, [this] {
        if (m_imports)
            m_imports->importRatings();
    });
    ratings->setEnabled(m_imports && mayImportRatings(m_member));
    QAction *sheets = imports->addAction(tr("Score &sheets…"), this, [this] {
        if (m_imports)
            m_imports->importSheets();
    });
    sheets->setEnabled(m_imports && mayImportSheets(m_member));
    imports->setEnabled(benchmarks->isEnabled() || ratings->isEnabled() || sheets->isEnabled());
    QAction *exportSheets = file->addAction(tr("E&xport my score sheets…"), this, [this] {
        if (m_imports)
            m_imports->exportMySheets();
    });
    exportSheets->setEnabled(m_imports && mayExportOwnSheets(m_member));
    file->addSeparator();
    // Backups (services/Backups.h): the chair's and the secretariat's (access/CommandAccess.h).
    const Member *actor = m_member ? &*m_member : nullptr;
    QAction *backUpAction = file->addAction(tr("&Back up…"), this, [this] { backUp(); });
    backUpAction->setObjectName(QStringLiteral("backUpAction"));
    backUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    backUpAction->setEnabled(m_store && canBackUp(actor));
    QAction *restoreAction = file->addAction(tr("Res&tore…"), this, [this] { restoreFromBackup(); });
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
    restoreAction->setEnabled(m_store && canRestore(actor));
    file->addSeparator();
    QAction *reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Decision: the step after a final round (the lifecycle steps are on the Decision tab).
    QMenu *decision = menuBar()->addMenu(tr("&Decision"));
    m_nextRound = decision->addAction(tr("Start &next round…"), this, &MainWindow::startNextRound);
    m_nextRound->setObjectName(QStringLiteral("nextRoundAction"));
    m_nextRound->setStatusTip(tr("Creates the next round's file from this final round: the "
                                 "advancing teams, re-called and re-entering teams, a new cut."));
    updateNextRoundAction();

    if (m_translations) {
        QMenu *language = menuBar()->addMenu(tr("&Language"));
        auto *group = new QActionGroup(language);
        const QString chosen = Settings().language();
        const struct {
            QString code;
            QString label;
        } choices[] = {{QString(), tr("&System default")},
                       {QStringLiteral("ko"), QStringLiteral("한국어 (&Korean)")},
                       {QStringLiteral("en"), QStringLiteral("English (&E)")}};
        for (const auto &choice : choices) {
            QAction *action = language->addAction(choice.label);
            action->setCheckable(true);
            action->setChecked(choice.code == chosen);
            group->addAction(action);
            const QString code = choice.code;
            connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
        }
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PanelDesk"), this, &MainWindow::showAbout);
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    return openLocation(path, nullptr, error);
}

bool MainWindow::openServer(const QString &location, const ServerLogin &login, QString *error)
{
    return openLocation(location, &login, error);
}

bool MainWindow::openLocation(const QString &path, const ServerLogin *login, QString *error)
{
    try {
        const PanelLocation location = PanelLocation::parse(path);
        std::unique_ptr<PanelStore> store = login ? location.open(*login) : location.open();
        store->setWriteWait(m_writeWait->policy());
        if (!location.isServer())
            removeStaleTemporaries(path);   // of a create or restore that was interrupted
        backUpOnFirstOpenOfDay(*store);   // the file passed its check just now
        const ScoringInputs inputs = store->loadScoringInputs();
        // Opening a panel signs the previous member out: they belonged to the other panel.
        m_view->setWorkspace(nullptr);   // before the store it refers to goes
        m_view->setFindingsPage(nullptr);
        delete m_imports;
        m_imports = nullptr;
        m_view->setDecisionPage(nullptr);
        m_view->showPanel(*store, std::nullopt);
        m_view->progress()->setReopenTarget(nullptr, QString());   // nobody signed in now
        m_store = std::move(store);
        m_member.reset();
        m_key.reset();
        followLiveChanges();
        // A file's chain is checked on every open. On a server each member reads only the audit
        // entries the server shows them, so their part is no chain to check; the chair's
        // sign-in checks the whole chain (setSignedIn).
        showVerification(location.isServer() ? VerifyReport{} : quickVerifyStore(*m_store));
        m_path = path;
        m_roundName = inputs.panel.round.name;
        m_stack->setCurrentWidget(m_view);
        Settings settings;
        if (location.isServer())
            settings.setRecentServers(withRecentServer(settings.recentServers(), location.shown()));
        else
            settings.setRecentFiles(withRecentFile(settings.recentFiles(), path));
        rebuildMenus();   // Sign in is now possible; the file is first in Open Recent
        if (login) {
            // The connection is the member's: they sign in with the same passphrase.
            QString passphrase = login->passphrase;
            const SignInResult result = attemptSignIn(*m_store, m_throttle, login->member,
                                                      passphrase, std::chrono::steady_clock::now());
            wipe(passphrase);
            if (result.outcome == SignInResult::Outcome::SignedIn)
                setSignedIn(actingMember(*m_store, login->member), result.key);
        }
        updateTitle();
        statusBar()->showMessage(tr("Opened %1").arg(location.isServer()
                                                         ? location.shown()
                                                         : QDir::toNativeSeparators(path)));
        return true;
    } catch (const Error &e) {
        if (error)
            *error = e.message();
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
    }
    return false;
}

bool MainWindow::openDemo(QString *error)
{
    const QString path = QDir(m_demoFolder).filePath(QStringLiteral("demo.paneldesk"));
    if (!QFileInfo::exists(path)) {
        try {
            QDir().mkpath(m_demoFolder);
            createDemoDatabase(path, {false, QStringLiteral("demo")});
        } catch (const Error &e) {
            if (error)
                *error = e.message();
            return false;
        }
    }
    return openDatabase(path, error);
}

bool MainWindow::openSheetsFile(const QString &sheetsFile, const QString &passphrase, QString *error)
{
    try {
        SheetsWorkspace workspace = createSheetsWorkspace(
            sheetsFile, QDir(m_demoFolder).filePath(QStringLiteral("offline")), passphrase);
        if (!openDatabase(workspace.dbPath, error))
            return false;
        setSignedIn(workspace.member, std::move(workspace.key));
        statusBar()->showMessage(tr("Fill your sheets in My sheets, then File > Export my score "
                                    "sheets… and give the file to the chair."));
        return true;
    } catch (const Error &e) {
        if (error)
            *error = e.message();
    }
    return false;
}

void MainWindow::openSheetsFileWithDialog()
{
    const QString path = m_dialogs->openFile(this, tr("Fill offline score sheets"), QString(),
                                             tr("Score sheets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // The file carries the member's key sealed under their passphrase: it signs the sheets
    // exported from here.
    const std::optional<QString> passphrase = m_dialogs->text(
        this, tr("Fill offline score sheets"),
        tr("Your passphrase (it opens your key, which signs the sheets you export):"), Dialogs::TextKind::Secret);
    if (!passphrase)
        return;
    QString error;
    if (!openSheetsFile(path, *passphrase, &error))
        reportError(error);
}

void MainWindow::openWithDialog()
{
    const QString path = m_dialogs->openFile(this, tr("Open panel"), QFileInfo(m_path).absolutePath(),
                                             tr("PanelDesk panels (*.paneldesk *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::connectWithDialog(const QString &location, const QString &member)
{
    ConnectDialog dialog(location, member, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!openServer(dialog.location(), dialog.login(), &error))
        reportError(error);
}

void MainWindow::openFile(const QString &path)
{
    QString error;
    if (openDatabase(path, &error))
        return;
    // A damaged file: its newest good backup is offered (docs/storage.md).
    std::optional<BackupRecord> good;
    if (QFileInfo(path).isFile() && !integrityCheck(path, nullptr))
        good = newestGoodBackup(path);
    if (!good || !m_prompts.offerBackup(this, error, *good)) {
        reportError(error);
        return;
    }
    // Its members cannot be read: the chair or the secretariat signs in on the backup.
    restoreInto(good->path, path, [this](PanelStore &store) {
        const std::optional<Member> member = m_prompts.signIn(this, store);
        if (!member)
            throw InputError(tr("The backup was not restored: nobody signed in."));
        const AccessAnswer answer = canRestore(&*member);
        if (!answer)
            throw InputError(tr("Restoring a backup needs the chair or the secretariat."));
    });
}

void MainWindow::closePanel()
{
    m_view->setWorkspace(nullptr);
    m_view->setFindingsPage(nullptr);
    delete m_imports;
    m_imports = nullptr;
    m_view->setDecisionPage(nullptr);
    m_stack->setCurrentWidget(m_welcome);
    m_banner->hide();
    m_store.reset();
    m_member.reset();
    m_key.reset();
    rebuildMenus();
}

bool MainWindow::backUp()
{
    if (!m_store || !canBackUp(m_member ? &*m_member : nullptr))
        return false;
    try {
        const BackupRecord record = backUpPanel(m_path, BackupKind::Manual);
        statusBar()->showMessage(tr("Backed up to %1 (audit chain head: entry %2)")
                                     .arg(QDir::toNativeSeparators(record.path))
                                     .arg(record.head.seq));
        return true;
    } catch (const Error &e) {
        reportError(e.message());
    }
    return false;
}

bool MainWindow::restoreFromBackup()
{
    if (!m_store || !canRestore(m_member ? &*m_member : nullptr))
        return false;
    const QString from = m_prompts.chooseBackup(this, backupFolderFor(m_path));
    if (from.isEmpty() || !m_prompts.confirmRestore(this, from, m_path))
        return false;
    // The member signed in here answers for the restore (checked above).
    return restoreInto(from, m_path, [](PanelStore &) {});
}

bool MainWindow::restoreInto(const QString &from, const QString &path,
                             const std::function<void(PanelStore &)> &authorize)
{
    const QString previous = m_path;
    closePanel();   // the file is replaced: this window's connection must go first
    QString error;
    try {
        restoreBackup(from, path, authorize);
    } catch (const Error &e) {
        error = e.message();
    }
    QString openError;
    const bool opened = openDatabase(path, &openError);   // restored, or as it was
    if (!opened && !previous.isEmpty() && previous != path)
        openDatabase(previous, nullptr);   // the panel shown before, again
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    if (!opened) {
        reportError(openError);
        return false;
    }
    statusBar()->showMessage(tr("Restored %1 from %2")
                                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(from)));
    return true;
}

void MainWindow::openDemoFromMenu()
{
    QString error;
    if (!openDemo(&error))
        reportError(error);
    else
        signInWithDialog();
}

void MainWindow::newPanel()
{
    const NewPanelDialog::Created created = NewPanelDialog::createPanel(this, m_demoFolder, *m_dialogs);
    if (created.path.isEmpty())
        return;
    QString error;
    if (!openDatabase(created.path, &error)) {
        reportError(error);
        return;
    }
    signInWithDialog(created.chairId);
}

void MainWindow::signInWithDialog(const QString &preselect)
{
    if (!m_store)
        return;
    SignInDialog dialog(*m_store, m_throttle, {}, this);
    if (!preselect.isEmpty())
        dialog.selectMember(preselect);
    if (dialog.exec() == QDialog::Accepted && dialog.signedInMember())
        setSignedIn(dialog.signedInMember(), dialog.signedInKey());   // switching member signs the previous one out
}

void MainWindow::signOut() { setSignedIn(std::nullopt); }

void MainWindow::showVerification(const VerifyReport &report)
{
    m_banner->setText(failureSummary(report));
    m_banner->setVisible(!report.ok());
}

void MainWindow::manageMembers()
{
    if (!m_store || !m_member)
        return;
    MembersDialog dialog(*m_store, *m_member, this, m_key ? &*m_key : nullptr);
    dialog.exec();
    QString error;
    if (!refresh(&error))
        reportError(error);
}

void MainWindow::reload()
{
    QString error;
    if (m_store && !refresh(&error))
        reportError(error);
}

void MainWindow::showAbout()
{
    m_dialogs->show(this, Dialogs::Severity::Information, tr("About PanelDesk"),
                       tr("<p><b>PanelDesk</b> %1</p><p>Expert panels rank competing teams "
                          "and defend the decision in public.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setDialogs(Dialogs &dialogs)
{
    m_dialogs = &dialogs;
    m_view->setDialogs(dialogs);
    if (m_imports)
        m_imports->setDialogs(dialogs);
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message);
    m_dialogs->show(this, Dialogs::Severity::Critical, tr("PanelDesk"), message);
}

} // namespace pd
