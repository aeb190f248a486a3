#include "MainWindow.h"

#include "StandingsPage.h"
#include "actions/PanelDatabase.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"

#include <QAction>
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

MainWindow::MainWindow(const QString &demoFolder, QWidget *parent)
    : QMainWindow(parent), m_demoFolder(demoFolder), m_stack(new QStackedWidget(this)),
      m_welcome(new QLabel(this)), m_standings(new StandingsPage(this))
{
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setText(tr("<h2>PanelDesk</h2><p>Open a panel database with <b>File &gt; Open</b> "
                          "(Ctrl+O), or look at the demo panel with <b>File &gt; Open demo "
                          "panel</b> (Ctrl+D).</p>"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_standings);
    setCentralWidget(m_stack);
    createMenus();
    setWindowTitle(tr("PanelDesk"));
    statusBar()->showMessage(tr("No panel open"));
    resize(1200, 720);
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PanelDesk"), this, &MainWindow::showAbout);
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    try {
        const ScoredRound round = scoreDatabase(path);
        const Panel &panel = round.panel;
        m_standings->showStandings(panel, round.standings);
        m_path = path;
        m_stack->setCurrentWidget(m_standings);
        setWindowTitle(tr("%1 — %2 — PanelDesk").arg(panel.round.name, QFileInfo(path).fileName()));
        statusBar()->showMessage(tr("Opened %1 (read-only view)").arg(QDir::toNativeSeparators(path)));
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
    if (m_path.isEmpty())
        return;
    QString error;
    if (!openDatabase(m_path, &error))
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
