#pragma once
// The expert workspace (issue 3, item 3): on the left the current round's teams with the
// state of the signed-in member's own sheet (not started, draft, submitted, conflict), on
// the right the sheet of the selected team (SheetEditor). A team the member declared a
// conflict with is listed but its sheet cannot be opened, and nothing of its scores is
// shown. Only what access/Visibility.h lets the member see is used.
//
// Wiring: `new ExpertWorkspace(store, signedIn, parent)` once a panel is open and a member
// signed in; call reload() after the panel changed elsewhere. The store must outlive the
// workspace (its undo steps refer to it): delete the workspace before closing the store.

#include "access/SheetState.h"
#include "decision/Decision.h"
#include "domain/Member.h"
#include "domain/Panel.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace pd {

class PanelStore;
class SheetEditor;
class SheetListModel;

class ExpertWorkspace : public QWidget {
    Q_OBJECT
public:
    ExpertWorkspace(PanelStore &store, const Member &signedIn, QWidget *parent = nullptr);

    // Re-reads the panel and the sheet states; reopens the selected team's sheet.
    void reload();
    // After a change made elsewhere (a live update from the server), with the panel and the
    // round's state just read for the window (`full`: the store's loadScoringInputs().panel):
    // updates the states in the list in place. The open sheet, with whatever the member is
    // typing in it, stays as it is unless it changed under it (reopened by the chair,
    // submitted in another window, the round locked): then it is opened again as reload()
    // does. Another team list is read again whole (reload()).
    void showChangesFromElsewhere(const Panel &full, RoundState round);
    // Selects `team` and opens its sheet. False (with an inline message) for a conflicted
    // team, and for an unknown one.
    bool openTeam(const QString &team);

    QTableView *teamList() const { return m_list; }
    SheetListModel *listModel() const { return m_listModel; }
    SheetEditor *sheetEditor() const { return m_editor; }
    QString messageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRow(int row);
    void retranslate();

    PanelStore &m_store;
    Member m_member;
    Panel m_panel;   // the member's visiblePanel, without user ratings
    QLabel *m_heading;
    QLabel *m_message;
    QTableView *m_list;
    SheetListModel *m_listModel;
    SheetEditor *m_editor;
};

} // namespace pd
