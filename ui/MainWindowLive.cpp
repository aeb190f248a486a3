// MainWindow and live updates: a panel on a server tells the window when another member, PC
// or command changed something others may see (docs/server.md, "Live updates"); the window
// then reads the store again exactly as after a change of its own.
#include "MainWindow.h"

#include "PanelView.h"
#include "decision/DecisionPage.h"
#include "sheets/ExpertWorkspace.h"
#include "storage/PanelChanges.h"
#include "storage/PanelStore.h"

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

namespace pd {

void MainWindow::followLiveChanges()
{
    // The changes object lives with the store: opening another panel disconnects it.
    if (PanelChanges *changes = m_store ? m_store->liveChanges() : nullptr)
        connect(changes, &PanelChanges::changed, this, &MainWindow::showLiveChanges);
}

void MainWindow::showLiveChanges(const QStringList &kinds)
{
    if (!m_store)
        return;
    // A dialog of this window is open (a confirmation, the members, an import): the pages
    // behind it are not read again under it; they are once it is closed.
    if (QApplication::activeModalWidget()) {
        if (!m_liveRetry) {
            m_liveRetry = true;
            QTimer::singleShot(250, this, [this, kinds] {
                m_liveRetry = false;
                showLiveChanges(kinds);
            });
        }
        return;
    }
    // every kind changes what the pages compute: all are read again
    QString error;
    if (!refresh(&error)) {
        statusBar()->showMessage(error);   // nothing the member did: no message box
        return;
    }
    if (auto *workspace = qobject_cast<ExpertWorkspace *>(m_view->workspace()))
        workspace->showChangesFromElsewhere(m_view->inputs().panel, m_view->roundState());
    if (auto *decision = qobject_cast<DecisionPage *>(m_view->decisionPage()))
        decision->refresh();
    statusBar()->showMessage(tr("Updated from the server"));
}

} // namespace pd
