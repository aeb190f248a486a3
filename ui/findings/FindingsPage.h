#pragma once
// The independence findings page (issue 3, item 4): on the left the round's teams with
// their recorded verdict (a warning sign where it differs from what the findings suggest);
// on the right the selected team's model components as an editable table (R5's fields),
// the suggested verdict with the rule that produced it, updated after every change, the
// members' notes on the selected component with the signed-in member's own note, and the
// chair's verdict box, and the provenance reports attached to the team's components
// (AttachedReportsPanel). A team the member declared a conflict with is listed but cannot be
// opened. Everything is committed at once through ComponentTableModel and the store.
//
// Wiring: `new FindingsPage(store, signedIn)` once a member is signed in (not for
// observers); the store must outlive the page.

#include "domain/Member.h"
#include "domain/Panel.h"
#include "findings/AttachedReportsPanel.h"
#include "findings/VerdictPanel.h"

#include <QWidget>
#include <utility>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace pd {

class ComponentTableModel;
class PanelStore;

class FindingsPage : public QWidget {
    Q_OBJECT
public:
    FindingsPage(PanelStore &store, const Member &signedIn, QWidget *parent = nullptr);

    // Re-reads the teams and the selected team's findings.
    void reload();
    // Selects and opens `team`; false (with a message) for a conflicted or unknown team.
    bool openTeam(const QString &team);
    // The dialogs of the page, its verdict box and its reports (Dialogs.h): the confirmation
    // of a verdict that differs from the suggestion and of removing a component, the files.
    void setDialogs(Dialogs &dialogs);

    // Adds a component named as in the name field; removes the selected component.
    bool addComponent();
    bool removeSelectedComponent();
    // Saves the own note of the selected component (also done when focus leaves the note).
    bool saveOwnNote();

    // Attaches a provenance report (its exact bytes) to component `componentId` of the
    // open team as evidence (FindingsService::attachReport); what the "Compare weights…"
    // dialog calls with the report it produced. False with the refusal shown.
    bool attachReport(qint64 componentId, const QByteArray &report, const QString &sourceName);
    AttachedReportsPanel *reportsPanel() const { return m_reports; }

    ComponentTableModel *model() const { return m_model; }
    QListWidget *teamList() const { return m_teams; }
    QTableView *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_newName; }
    QPlainTextEdit *ownNoteEdit() const { return m_ownNote; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    VerdictPanel *verdictPanel() const { return m_verdictPanel; }
    QString suggestionText() const;
    QString summaryText() const;
    QString messageText() const;
    QString otherNotesText() const;

Q_SIGNALS:
    // The panel verdict of `team` was recorded (standings and outcomes may change).
    void verdictRecorded(const QString &team);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillTeams();
    void showSelectedTeam();
    void showFindings();       // summary, suggestion, notes, buttons from the model
    void showNotes();
    void showMessage(const QString &text);
    void browseEvidence();
    int selectedRow() const;
    void retranslate();

    PanelStore &m_store;
    Member m_member;
    Panel m_panel;   // teams, reviewers and verdicts (no scores are used here)
    Dialogs *m_dialogs = &widgetDialogs();
    ComponentTableModel *m_model;
    QLabel *m_teamsLabel;
    QListWidget *m_teams;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_suggestion;
    QLabel *m_message;
    QTableView *m_table;
    QLabel *m_newNameLabel;
    QLineEdit *m_newName;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_browse;
    QLabel *m_notesHeading;
    QTextBrowser *m_otherNotes;
    QLabel *m_ownNoteLabel;
    QPlainTextEdit *m_ownNote;
    QPushButton *m_saveNote;
    VerdictPanel *m_verdictPanel;
    AttachedReportsPanel *m_reports;
    std::pair<int, int> m_keptCell{-1, -1};   // current cell across a model reset
};

} // namespace pd
