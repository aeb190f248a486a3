#pragma once
// Everything shown about an open panel, as tabs: the standings for everyone; for the chair
// also the charts, the analyses, the progress matrix and the audit log. Which tabs a viewer
// opens is access/WindowAccess.h's; each tab shows only what the signed-in member may see
// (access/Visibility.h, access/StandingsAccess.h); nobody signed in sees only what is public.

#include "actions/LiveInputs.h"
#include "decision/Decision.h"
#include "domain/Member.h"

#include "Dialogs.h"

#include <QTabWidget>
#include <optional>

namespace pd {

class AuditPage;
class AgreementPage;
class ChartsPage;
class SensitivityPage;
class PanelStore;
class ProgressPage;
class StandingsPage;

class PanelView : public QTabWidget {
    Q_OBJECT
public:
    explicit PanelView(QWidget *parent = nullptr);
    // The standard dialogs of the pages it holds (Dialogs.h).
    void setDialogs(Dialogs &dialogs);

    // Reads the store and refreshes every tab for `member`. Throws pd::Error when the store
    // cannot be read.
    void showPanel(const PanelStore &store, const std::optional<Member> &member);
    // The same after a change made in this window: re-reads only the sheet (reviewer, team)
    // or the team's findings and shows every tab again from the inputs kept since the last
    // showPanel (changes from another PC arrive with the next showPanel). Throws pd::Error.
    void sheetChanged(const PanelStore &store, const std::optional<Member> &member,
                      const QString &reviewer, const QString &team);
    void findingsChanged(const PanelStore &store, const std::optional<Member> &member,
                         const QString &team);

    // The member's sheets tab (the expert workspace), after the standings, owned by the view;
    // nullptr removes (and deletes) the current one.
    void setWorkspace(QWidget *workspace);
    QWidget *workspace() const { return m_workspace; }
    // The independence findings tab, after the sheets tab, owned by the view; nullptr
    // removes (and deletes) the current one.
    void setFindingsPage(QWidget *page);
    QWidget *findingsPage() const { return m_findings; }
    // The chair's decision tab (decision/DecisionPage.h), last, owned by the view; nullptr
    // removes (and deletes) the current one.
    void setDecisionPage(QWidget *page);
    QWidget *decisionPage() const { return m_decision; }

    // What the last showPanel read (and sheetChanged/findingsChanged updated since): the
    // store's inputs and the round's state.
    const ScoringInputs &inputs() const { return m_inputs.inputs(); }
    RoundState roundState() const { return m_status.state; }

    StandingsPage *standings() const { return m_standings; }
    ProgressPage *progress() const { return m_progress; }
    AuditPage *audit() const { return m_audit; }
    ChartsPage *charts() const { return m_charts; }
    SensitivityPage *sensitivity() const { return m_sensitivity; }
    AgreementPage *agreement() const { return m_agreement; }
    bool isShowing(QWidget *page) const;

Q_SIGNALS:
    // A page that shows computed figures became current: the owner should call showPanel.
    void refreshWanted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Every tab from m_inputs; `wholeRead`: also the audit log (otherwise only when shown).
    void render(const PanelStore &store, const std::optional<Member> &member, bool wholeRead);
    // Empties the pages (charts, analyses, progress, audit) the viewer may not open.
    void clearPagesNotAllowed(bool charts, bool sensitivity, bool agreement, bool progress,
                              bool audit);

    LiveInputs m_inputs;
    RoundStatus m_status;   // as the last whole read found it
    bool m_chairPagesFilled = false;

    StandingsPage *m_standings;
    ProgressPage *m_progress;
    AuditPage *m_audit;
    ChartsPage *m_charts;
    SensitivityPage *m_sensitivity;
    AgreementPage *m_agreement;
    QWidget *m_workspace = nullptr;
    QWidget *m_findings = nullptr;
    QWidget *m_decision = nullptr;
};

} // namespace pd
