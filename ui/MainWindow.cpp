#include "MainWindow.h"

#include "Settings.h"
#include "PanelView.h"
#include "StandingsPage.h"
#include "storage/SqliteStore.h"
#include "Translations.h"
#include "actions/PanelDatabase.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace pd {

MainWindow::MainWindow(const QString &demoFolder, Translations *translations, QWidget *parent)
    : QMainWindow(parent), m_demoFolder(demoFolder), m_translations(translations),
      m_stack(new QStackedWidget(this)), m_welcome(new QLabel(this)),
      m_view(new PanelView(this))
{
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);
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
                          "(Ctrl+O), or look at the demo panel with <b>File &gt; Open demo "
                          "panel</b> (Ctrl+D).</p>"));
    const QList<QAction *> old = menuBar()->actions();
    for (QAction *action : old)
        if (QMenu *menu = action->menu())
            menu->deleteLater();   // later: one of its actions may be the one being triggered
    menuBar()->clear();
    createMenus();
    QString error;
    if (m_store)
        refresh(&error);   // re-renders every text of the pages
    updateTitle();
}

MainWindow::~MainWindow() = default;

StandingsPage *MainWindow::standingsPage() const { return m_view->standings(); }

void MainWindow::updateTitle()
{
    if (m_path.isEmpty()) {
        setWindowTitle(tr("PanelDesk"));
        return;
    }
    QString title = tr("%1 — %2 — PanelDesk").arg(m_roundName, QFileInfo(m_path).fileName());
    if (m_member)
        title = tr("%1 (%2) — %3").arg(m_member->name, toString(m_member->role), title);
    setWindowTitle(title);
}

void MainWindow::setSignedIn(const std::optional<Member> &member)
{
    m_member = member;
    QString error;
    if (m_store && !refresh(&error))
        reportError(error);
    updateTitle();
}

bool MainWindow::refresh(QString *error)
{
    if (!m_store)
        return false;
    try {
        m_view->showPanel(*m_store, m_member);
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
    QAction *demo = file->addAction(tr("Open &demo panel"), this, &MainWindow::openDemoFromMenu);
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

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
    try {
        std::unique_ptr<PanelStore> store = SqliteStore::open(path);
        const ScoringInputs inputs = store->loadScoringInputs();
        // Opening a panel signs the previous member out: they belonged to the other panel.
        m_view->showPanel(*store, std::nullopt);
        m_store = std::move(store);
        m_member.reset();
        m_path = path;
        m_roundName = inputs.panel.round.name;
        m_stack->setCurrentWidget(m_view);
        updateTitle();
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
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
            createDatabase(buildDemoPanel(), path, {false, QStringLiteral("demo")});
        } catch (const Error &e) {
            if (error)
                *error = e.message();
            return false;
        }
    }
    return openDatabase(path, error);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open panel"), QFileInfo(m_path).absolutePath(),
        tr("PanelDesk panels (*.paneldesk *.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openDatabase(path, &error))
        reportError(error);
}

void MainWindow::openDemoFromMenu()
{
    QString error;
    if (!openDemo(&error))
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
    QMessageBox::about(this, tr("About PanelDesk"),
                       tr("<p><b>PanelDesk</b> %1</p><p>Expert panels rank competing teams "
                          "and defend the decision in public.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message);
    QMessageBox::critical(this, tr("PanelDesk"), message);
}

} // namespace pd
