#pragma once
// The provenance reports attached to the selected team's components (docs/provenance.md,
// "Attaching a report to a finding"), on the findings page: one row per report (component,
// suggestion, reason, SHA-256 prefix, who and when), "Attach report…" (a JSON report file
// attached to the selected component through FindingsService) and "Save report…" (the
// selected report's exact bytes to a file). The verdict stays the chair's.
//
// "Compare weights…" opens CompareWeightsDialog for the selected component; its "Attach as
// evidence" attaches the report it produced with attachReport().

#include "Dialogs.h"
#include "domain/Findings.h"
#include "domain/Member.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

class CompareWeightsDialog;
class PanelStore;

class AttachedReportsPanel : public QWidget {
    Q_OBJECT
public:
    AttachedReportsPanel(PanelStore &store, const Member &signedIn, QWidget *parent = nullptr);

    // The team shown (empty: none) and whether the member may attach to its components.
    void showTeam(const QString &team, bool mayAttach);
    // The component attachments go to (0 or less: none selected), with its name for the heading.
    void setComponent(qint64 componentId, const QString &name);
    const QString &team() const { return m_team; }
    // The file dialogs here and in the Compare weights dialog (Dialogs.h).
    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }

    // Attaches `report` (a `paneldesk-provenance` JSON report, its exact bytes) to the
    // selected component; `sourceName` names it in a refusal. False with the refusal shown.
    bool attachReport(const QByteArray &report, const QString &sourceName);
    // The same for component `componentId`.
    bool attachReport(qint64 componentId, const QByteArray &report, const QString &sourceName);
    // Reads a report file the member chooses and attaches it.
    bool attachReportFile();
    // Writes the selected report's bytes to a file the member chooses.
    bool saveSelectedReport();
    // Opens the "Compare weights…" dialog (window-modal, deleted on close) for the selected
    // component; nullptr with a message when none is selected.
    CompareWeightsDialog *openCompareWeights();

    const std::vector<AttachedReport> &reports() const { return m_reports; }
    QTableWidget *table() const { return m_table; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *compareButton() const { return m_compare; }
    QString messageText() const;

Q_SIGNALS:
    // A report was attached: the component's evidence text changed too.
    void reportAttached(qint64 componentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateButtons();
    void showMessage(const QString &text);
    void retranslate();

    PanelStore &m_store;
    Member m_member;
    QString m_team;
    bool m_mayAttach = false;
    qint64 m_component = -1;
    QString m_componentName;
    std::vector<AttachedReport> m_reports;
    Dialogs *m_dialogs = &widgetDialogs();
    QLabel *m_heading;
    QTableWidget *m_table;
    QPushButton *m_compare;
    QPushButton *m_attach;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace pd
