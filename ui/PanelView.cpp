#include "PanelView.h"

#include "decision/DecisionPage.h"

#include "AuditPage.h"
#include "ProgressPage.h"
#include "StandingsPage.h"
#include "analysis/AgreementPage.h"
#include "analysis/SensitivityPage.h"
#include "charts/ChartsPage.h"
#include "itemmodels/StandingsTableModel.h"
#include "access/StandingsAccess.h"
#include "access/Visibility.h"
#include "access/WindowAccess.h"
#include "storage/PanelStore.h"

#include <QEvent>

namespace pd {

PanelView::PanelView(QWidget *parent)
    : QTabWidget(parent), m_standings(new StandingsPage(this)), m_progress(new ProgressPage(this)),
      m_audit(new AuditPage(this)), m_charts(new ChartsPage(m_standings->model(), this)),
      m_sensitivity(new SensitivityPage(this)), m_agreement(new AgreementPage(this))
{
    addTab(m_standings, QString());
    addTab(m_charts, QString());
    addTab(m_sensitivity, QString());
    addTab(m_agreement, QString());
    addTab(m_progress, QString());
    addTab(m_audit, QString());
    retranslate();
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (widget(index) == m_standings || widget(index) == m_progress || widget(index) == m_audit
            || widget(index) == m_charts || widget(index) == m_sensitivity
            || widget(index) == m_agreement)
            Q_EMIT refreshWanted();   // sheets may have changed in the workspace
    });
}

void PanelView::setDialogs(Dialogs &dialogs)
{
    m_progress->setDialogs(dialogs);
    m_charts->setDialogs(dialogs);
}

void PanelView::showPanel(const PanelStore &store, const std::optional<Member> &member)
{
    m_inputs.reload(store);
    m_status = store.loadRoundStatus();
    render(store, member, true);
}

void PanelView::sheetChanged(const PanelStore &store, const std::optional<Member> &member,
                             const QString &reviewer, const QString &team)
{
    m_inputs.sheetChanged(store, reviewer, team);
    render(store, member, false);
}

void PanelView::findingsChanged(const PanelStore &store, const std::optional<Member> &member,
                                const QString &team)
{
    m_inputs.findingsChanged(store, team);
    render(store, member, false);
}

void PanelView::render(const PanelStore &store, const std::optional<Member> &member, bool wholeRead)
{
    const ScoringInputs &inputs = m_inputs.inputs();
    // what the viewer may see of the standings (nobody: only what is public), and so of the
    // bar charts, which map the same model
    m_standings->showStandings(shownStandings(inputs, m_status, member));
    if (auto *decision = qobject_cast<DecisionPage *>(m_decision); decision && wholeRead)
        decision->setNames(inputs.panel);
    const bool charts = maySeeCharts(member);
    const bool sensitivity = maySeeSensitivity(member);
    const bool agreement = maySeeAgreement(member);
    const bool progress = maySeeProgress(member);
    const bool audit = maySeeAuditLog(member);
    setTabVisible(indexOf(m_progress), progress);
    setTabVisible(indexOf(m_audit), audit);
    setTabVisible(indexOf(m_charts), charts);
    setTabVisible(indexOf(m_sensitivity), sensitivity);
    setTabVisible(indexOf(m_agreement), agreement);
    // A page the viewer may not open keeps nothing of what it showed someone else.
    clearPagesNotAllowed(charts, sensitivity, agreement, progress, audit);
    if (!charts && !sensitivity && !agreement && !progress && !audit)
        return;
    // the member's visible panel: submitted sheets only for the chair, never a draft
    const Panel visible = visiblePanel(inputs.panel, member->id);
    if (charts)   // the charts map the standings model the standings page was just given
        m_charts->showPanel(visible, m_standings->model()->standings());
    // the analyses are computed when their tab is shown (switching to a tab refreshes):
    // the sensitivity of a large panel takes far longer than a refresh may
    if (agreement && currentWidget() == m_agreement)
        m_agreement->showAgreement(visible);
    if (sensitivity && currentWidget() == m_sensitivity)
        m_sensitivity->setPanel(visible, inputs.ratingTallies);
    // states only, drafts' existence included; the progress matrix and the whole log are
    // built on a whole refresh, or when their page is the one shown (showing a page
    // refreshes it); the log shows no one's draft values but the viewer's own
    if (progress && (wholeRead || currentWidget() == m_progress))
        m_progress->showPanel(inputs.panel, store.loadSheets());
    if (audit && (wholeRead || currentWidget() == m_audit))
        m_audit->showLog(inputs.panel, store.auditLog(), member->id);
    m_chairPagesFilled = true;
}

void PanelView::clearPagesNotAllowed(bool charts, bool sensitivity, bool agreement, bool progress,
                                     bool audit)
{
    if (!m_chairPagesFilled)
        return;
    if (!charts)
        m_charts->showPanel(Panel(), Standings());
    if (!sensitivity)
        m_sensitivity->setPanel(Panel(), {});
    if (!agreement)
        m_agreement->showAgreement(Panel());
    if (!progress)
        m_progress->showPanel(Panel());
    if (!audit)
        m_audit->showLog(Panel(), {}, QString());
    m_chairPagesFilled = charts || sensitivity || agreement || progress || audit;
}

void PanelView::setWorkspace(QWidget *workspace)
{
    if (m_workspace) {
        removeTab(indexOf(m_workspace));
        delete m_workspace;   // now: it may refer to a store that is about to go
    }
    m_workspace = workspace;
    if (workspace) {
        insertTab(1, workspace, tr("&My sheets"));
        setCurrentIndex(1);
    }
}

void PanelView::setFindingsPage(QWidget *page)
{
    if (m_findings) {
        removeTab(indexOf(m_findings));
        delete m_findings;   // now: it may refer to a store that is about to go
    }
    m_findings = page;
    if (page)
        insertTab(m_workspace ? 2 : 1, page, tr("&Independence"));
}

void PanelView::setDecisionPage(QWidget *page)
{
    if (m_decision) {
        removeTab(indexOf(m_decision));
        delete m_decision;   // now: it refers to a store that may be about to go
    }
    m_decision = page;
    if (page)
        addTab(page, tr("D&ecision"));
    if (auto *decision = qobject_cast<DecisionPage *>(page))
        decision->setNames(m_inputs.inputs().panel);   // the panel read last, if any
}

bool PanelView::isShowing(QWidget *page) const
{
    const int index = indexOf(page);
    return index >= 0 && isTabVisible(index);
}

void PanelView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void PanelView::retranslate()
{
    setTabText(indexOf(m_standings), tr("&Standings"));
    setTabText(indexOf(m_progress), tr("&Progress"));
    setTabText(indexOf(m_audit), tr("&Audit log"));
    setTabText(indexOf(m_charts), tr("&Charts"));
    setTabText(indexOf(m_sensitivity), tr("Sensi&tivity"));
    setTabText(indexOf(m_agreement), tr("A&greement"));
    if (m_workspace)
        setTabText(indexOf(m_workspace), tr("&My sheets"));
    if (m_findings)
        setTabText(indexOf(m_findings), tr("&Independence"));
    if (m_decision)
        setTabText(indexOf(m_decision), tr("D&ecision"));
}

} // namespace pd
