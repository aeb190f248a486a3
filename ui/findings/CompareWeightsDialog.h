#pragma once
// "Compare weights…" of a component on the findings (Independence) page (issue 15, item 4;
// docs/provenance.md, "Comparing weights in the window"): choose the candidate (the team's
// component), the reference (its suspected origin) and the controls (unrelated models of
// the same family), with the name prefixes proposed from the tensor names found
// (PrefixProposal.h) and the count of tensors they match; Compare runs
// provenance::runComparison on a worker thread with a progress bar and Cancel (the window
// keeps working); the result shows in words (ComparisonWords.h) and two charts
// (ProvenanceCharts.h). "Attach as evidence" hands the JSON report to the Attach callback
// (the findings page stores it through FindingsService); "Save report JSON…" writes it.
// The verdict stays the chair's: nothing here records one.

#include "Dialogs.h"
#include "provenance/ComparisonRun.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QThread;

namespace pd {

class CompareWeightsDialog : public QDialog {
    Q_OBJECT
public:
    // Stores the report as evidence; false when refused (the refusal is shown by the caller's
    // page, `message` says what to show here). Empty: the member may not attach.
    using Attach = std::function<bool(const QByteArray &report, const QString &sourceName, QString &message)>;
    // Called on the worker thread with every progress report, before Cancel is looked at
    // (tests click Cancel at a chosen moment through it; nothing else should use it).
    using WorkerHook = std::function<void(provenance::ComparisonStage stage, std::uint64_t done, std::uint64_t total)>;

    CompareWeightsDialog(const QString &componentName, const Attach &attach, QWidget *parent = nullptr);
    ~CompareWeightsDialog() override;

    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }   // the file dialogs (Dialogs.h)
    void setWorkerHook(const WorkerHook &hook) { m_hook = hook; }

    // The paths (what the Browse buttons and the line edits set); each re-reads the
    // checkpoint's names and proposes prefixes.
    void setCandidate(const QString &path);
    void setReference(const QString &path);
    void addControl(const QString &path);

    // Starts the comparison (false with a message when the form is incomplete or a run is on).
    bool compare();
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    // After a run: the report's bytes (empty before or after a failed or cancelled run).
    const QByteArray &reportJson() const { return m_report; }
    bool attachAsEvidence();
    bool saveReport();
    // Closing (Close, Esc, the window's close) stops a run first.
    void reject() override;

    QLineEdit *candidateEdit() const { return m_candidate; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QListWidget *controlList() const { return m_controls; }
    QComboBox *candidatePrefix() const { return m_candidatePrefix; }
    QComboBox *referencePrefix() const { return m_referencePrefix; }
    QComboBox *controlPrefix() const { return m_controlPrefix; }
    QSpinBox *rowsBox() const { return m_rows; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *saveButton() const { return m_save; }
    QString matchText() const;
    QString statusText() const;
    QString resultText() const;
    QChartView *blockChartView() const { return m_blockChart; }
    QChartView *similarityChartView() const { return m_similarityChart; }

Q_SIGNALS:
    // A run ended (finished, failed or cancelled): the result, message and buttons are shown.
    void runEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Shared;
    void buildForm();
    QString choose(int kind, const QString &suggested);
    void peek();                       // reads the names of the chosen checkpoints, proposes prefixes
    void updateMatch();
    void updateButtons();
    void onProgress(int stage, double fraction);
    void onFinished();
    void showRun(const provenance::ComparisonRun &run);
    void setStatus(const QString &text);
    void retranslate();

    QString m_componentName;
    Attach m_attachTo;
    Dialogs *m_dialogs = &widgetDialogs();
    WorkerHook m_hook;
    struct Peeked;
    std::unique_ptr<Peeked> m_peeked;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    std::optional<provenance::ComparisonRun> m_run;   // the last finished run, shown again after a language change
    QByteArray m_report;
    QString m_sourceName;
    bool m_attached = false;

    QLabel *m_intro;
    QLabel *m_candidateLabel;
    QLineEdit *m_candidate;
    QPushButton *m_browseCandidate;
    QLabel *m_referenceLabel;
    QLineEdit *m_reference;
    QPushButton *m_browseReference;
    QLabel *m_controlsLabel;
    QListWidget *m_controls;
    QPushButton *m_addControl;
    QPushButton *m_removeControl;
    QLabel *m_candidatePrefixLabel;
    QComboBox *m_candidatePrefix;
    QLabel *m_referencePrefixLabel;
    QComboBox *m_referencePrefix;
    QLabel *m_controlPrefixLabel;
    QComboBox *m_controlPrefix;
    QLabel *m_rowsLabel;
    QSpinBox *m_rows;
    QLabel *m_match;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTextBrowser *m_words;
    QChartView *m_blockChart;
    QChartView *m_similarityChart;
    QPushButton *m_compare;
    QPushButton *m_cancel;
    QPushButton *m_attach;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace pd
