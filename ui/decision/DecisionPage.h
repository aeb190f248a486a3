#pragma once
// The chair's Decision tab (docs/decision.md): where the round stands, the lifecycle buttons
// (each step asks for confirmation or its input first), the countdown of the appeal window,
// the decision versions with their fingerprints, the outcomes with reasons, the appeals
// register, and the decision report (print preview, PDF). Business rules are the store's and
// decision/Lifecycle.h's, the decide workflow decision/DecideRound.h's: this page collects
// the chair's input and shows the result; a refusal is shown as it comes.

#include "decision/Decision.h"
#include "report/DecisionReport.h"
#include "report/ReportProgress.h"
#include "domain/Member.h"
#include "domain/Panel.h"

#include <QHash>
#include <functional>

#include <QDate>
#include "Dialogs.h"

#include <QWidget>

class QComboBox;
class QProgressDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pd {

class PanelStore;

class DecisionPage : public QWidget {
    Q_OBJECT
public:
    // The store must outlive the page (the view deletes the page before the store goes).
    DecisionPage(PanelStore &store, const Member &chair, QWidget *parent = nullptr);

    // Reads the store again. The status line and buttons follow.
    void refresh();
    // The names of the round's teams and members for the tables (ids otherwise).
    void setNames(const Panel &panel);
    // "Today" for the countdown and the steps (default: the system date; tests set one).
    void setToday(const QDate &today);

    QString statusText() const;
    QPushButton *lockButton() const { return m_lock; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *announceButton() const { return m_announce; }
    QPushButton *appealButton() const { return m_appeal; }
    QPushButton *ruleButton() const { return m_rule; }
    QPushButton *finalizeButton() const { return m_finalize; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *pdfButton() const { return m_pdf; }
    QTableWidget *versionsTable() const { return m_versions; }
    QTableWidget *outcomesTable() const { return m_outcomes; }
    QTableWidget *appealsTable() const { return m_appeals; }
    QComboBox *disclosureBox() const { return m_disclosure; }

    // Recording a decision streams every user rating into the inputs' fingerprint
    // (decision/Fingerprint.h): a progress dialog shows it when it takes longer than
    // `ms` (500 ms by default; tests set 0).
    void setProgressDelay(int ms) { m_progressDelay = ms; }
    // Test seam: called with the progress dialog after each progress report (ratings
    // written and their number), instead of racing a timer.
    // The questions, the reason to reopen, the report file and the refusals (Dialogs.h).
    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }
    using ProgressHook = std::function<void(QProgressDialog &dialog, qint64 done, qint64 total)>;
    void setProgressHook(ProgressHook hook) { m_progressHook = std::move(hook); }
    // Making the report (print preview, PDF) verifies the file and reads the round first: a
    // progress dialog with Cancel names each stage (report/ReportProgress.h), shown after the
    // same delay. Test seam: called with the dialog as each stage starts, after the dialog
    // shows it and before the stage runs (a test presses Cancel here).
    using ReportProgressHook = std::function<void(QProgressDialog &dialog, ReportStage stage)>;
    void setReportProgressHook(ReportProgressHook hook) { m_reportProgressHook = std::move(hook); }

Q_SIGNALS:
    // A step changed the store: the owner refreshes the other tabs.
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool confirm(const QString &title, const QString &text);
    void run(const QString &title, const std::function<void()> &step);
    void lock();
    void reopen();
    void decide();
    void announce();
    void fileAppeal();
    void rule();
    void finalize();
    // The report the chair chose: disclosure level and the teams whose scores are published.
    ReportOptions reportOptions() const;
    // Runs `make` (the report's stages reported to its argument) with the progress dialog;
    // false when the chair cancelled (Cancelled: nothing written, nothing to show).
    static QString reportStageText(ReportStage stage);
    bool withReportProgress(const std::function<void(const ReportProgress &)> &make);
    void preview();
    void savePdf();
    void fillTables();
    void updateButtons();
    void retranslate();

    PanelStore &m_store;
    Member m_chair;
    QDate m_today;
    RoundStatus m_status;
    QHash<QString, QString> m_teamNames;
    QHash<QString, QString> m_memberNames;
    QLabel *m_state;
    QLabel *m_window;
    QPushButton *m_lock;
    QPushButton *m_reopen;
    QPushButton *m_decide;
    QPushButton *m_announce;
    QPushButton *m_appeal;
    QPushButton *m_rule;
    QPushButton *m_finalize;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QComboBox *m_disclosure;
    QLineEdit *m_publish;
    QTableWidget *m_versions;
    QTableWidget *m_outcomes;
    QTableWidget *m_appeals;
    int m_progressDelay = 500;
    ProgressHook m_progressHook;
    Dialogs *m_dialogs = &widgetDialogs();
    ReportProgressHook m_reportProgressHook;
};

} // namespace pd
