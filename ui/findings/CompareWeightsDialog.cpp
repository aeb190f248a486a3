#include "findings/CompareWeightsDialog.h"

#include "domain/Errors.h"
#include "io/AtomicWrite.h"
#include "findings/ProvenanceCharts.h"
#include "provenance/CheckpointReader.h"
#include "provenance/ComparisonWords.h"
#include "provenance/PrefixProposal.h"
#include "provenance/ProvenanceSummary.h"
#include "provenance/SafetensorsReader.h"

#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>

namespace pd {

using namespace provenance;

// What the worker thread and the dialog share: the worker writes the outcome before it
// ends; the dialog reads it after QThread::finished.
struct CompareWeightsDialog::Shared {
    std::atomic<bool> cancel{false};
    std::optional<ComparisonRun> run;
    bool cancelled = false;
    QString error;
};

// The checkpoints whose names the form shows (opened on the window's thread: headers only).
struct CompareWeightsDialog::Peeked {
    struct Side {
        QString path;
        std::optional<Checkpoint> checkpoint;
        QString error;
    };
    Side candidate, reference, control;
};

namespace {

// The share of the progress bar before each stage, out of 1000.
int stageStart(ComparisonStage stage)
{
    switch (stage) {
    case ComparisonStage::Opening:
        return 0;
    case ComparisonStage::ExactReuse:
        return 20;
    case ComparisonStage::Analyses:
        return 300;
    case ComparisonStage::Report:
        return 900;
    }
    return 0;
}

int stageEnd(ComparisonStage stage)
{
    return stage == ComparisonStage::Report ? 1000 : stageStart(ComparisonStage(int(stage) + 1));
}

// A chosen index file of a sharded checkpoint stands for its folder.
QString checkpointPath(const QString &chosen)
{
    const QFileInfo info(chosen);
    if (info.fileName() == QString::fromLatin1(kSafetensorsIndex))
        return info.absolutePath();
    return chosen;
}

void setPrefixes(QComboBox *box, const QStringList &prefixes, const QString &current)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItems(prefixes);
    box->setCurrentText(current);
}

} // namespace

CompareWeightsDialog::CompareWeightsDialog(const QString &componentName, const Attach &attach, QWidget *parent)
    : QDialog(parent), m_componentName(componentName), m_attachTo(attach), m_peeked(std::make_unique<Peeked>())
{
    buildForm();
    retranslate();
    updateButtons();
    resize(1180, 820);
}

CompareWeightsDialog::~CompareWeightsDialog()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void CompareWeightsDialog::buildForm()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_candidateLabel = new QLabel(this);
    m_candidate = new QLineEdit(this);
    m_browseCandidate = new QPushButton(this);
    m_referenceLabel = new QLabel(this);
    m_reference = new QLineEdit(this);
    m_browseReference = new QPushButton(this);
    m_controlsLabel = new QLabel(this);
    m_controls = new QListWidget(this);
    m_controls->setMaximumHeight(72);
    m_addControl = new QPushButton(this);
    m_removeControl = new QPushButton(this);
    m_candidatePrefixLabel = new QLabel(this);
    m_candidatePrefix = new QComboBox(this);
    m_referencePrefixLabel = new QLabel(this);
    m_referencePrefix = new QComboBox(this);
    m_controlPrefixLabel = new QLabel(this);
    m_controlPrefix = new QComboBox(this);
    for (QComboBox *box : {m_candidatePrefix, m_referencePrefix, m_controlPrefix}) {
        box->setEditable(true);
        box->setMinimumContentsLength(18);
        connect(box, &QComboBox::currentTextChanged, this, [this] { updateMatch(); });
    }
    m_rowsLabel = new QLabel(this);
    m_rows = new QSpinBox(this);
    m_rows->setRange(0, 10'000'000);
    m_rows->setValue(defaultMatchedRows);
    m_match = new QLabel(this);
    m_match->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_words = new QTextBrowser(this);
    m_words->setMinimumHeight(130);
    m_blockChart = new QChartView(this);
    m_similarityChart = new QChartView(this);
    for (QChartView *view : {m_blockChart, m_similarityChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        view->hide();
    }
    m_compare = new QPushButton(this);
    m_compare->setDefault(true);
    m_cancel = new QPushButton(this);
    m_attach = new QPushButton(this);
    m_save = new QPushButton(this);
    m_close = new QPushButton(this);

    m_candidateLabel->setBuddy(m_candidate);
    m_referenceLabel->setBuddy(m_reference);
    m_controlsLabel->setBuddy(m_controls);
    m_candidatePrefixLabel->setBuddy(m_candidatePrefix);
    m_referencePrefixLabel->setBuddy(m_referencePrefix);
    m_controlPrefixLabel->setBuddy(m_controlPrefix);
    m_rowsLabel->setBuddy(m_rows);

    auto *form = new QGridLayout;
    form->addWidget(m_candidateLabel, 0, 0);
    form->addWidget(m_candidate, 0, 1, 1, 4);
    form->addWidget(m_browseCandidate, 0, 5);
    form->addWidget(m_referenceLabel, 1, 0);
    form->addWidget(m_reference, 1, 1, 1, 4);
    form->addWidget(m_browseReference, 1, 5);
    form->addWidget(m_controlsLabel, 2, 0, Qt::AlignTop);
    form->addWidget(m_controls, 2, 1, 2, 4);
    form->addWidget(m_addControl, 2, 5);
    form->addWidget(m_removeControl, 3, 5, Qt::AlignTop);
    auto *prefixes = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_candidatePrefixLabel, m_candidatePrefix, m_referencePrefixLabel,
                                                       m_referencePrefix, m_controlPrefixLabel, m_controlPrefix,
                                                       m_rowsLabel, m_rows})
        prefixes->addWidget(w);
    prefixes->addStretch(1);
    form->addLayout(prefixes, 4, 0, 1, 6);
    form->addWidget(m_match, 5, 0, 1, 6);
    form->setColumnStretch(1, 1);

    auto *run = new QHBoxLayout;
    run->addWidget(m_compare);
    run->addWidget(m_cancel);
    run->addWidget(m_progress, 1);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_blockChart, 1);
    charts->addWidget(m_similarityChart, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(run);
    layout->addWidget(m_status);
    layout->addWidget(m_words, 1);
    layout->addLayout(charts, 3);
    layout->addLayout(buttons);

    connect(m_candidate, &QLineEdit::editingFinished, this, [this] { peek(); });
    connect(m_candidate, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_reference, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_reference, &QLineEdit::editingFinished, this, [this] { peek(); });
    connect(m_browseCandidate, &QPushButton::clicked, this, [this] {
        const QString path = choose(0, m_candidate->text());
        if (!path.isEmpty())
            setCandidate(checkpointPath(path));
    });
    connect(m_browseReference, &QPushButton::clicked, this, [this] {
        const QString path = choose(0, m_reference->text());
        if (!path.isEmpty())
            setReference(checkpointPath(path));
    });
    connect(m_addControl, &QPushButton::clicked, this, [this] {
        const QString path = choose(0, QString());
        if (!path.isEmpty())
            addControl(checkpointPath(path));
    });
    connect(m_removeControl, &QPushButton::clicked, this, [this] {
        delete m_controls->currentItem();
        peek();
    });
    connect(m_controls, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    connect(m_compare, &QPushButton::clicked, this, [this] { compare(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
    connect(m_attach, &QPushButton::clicked, this, [this] { attachAsEvidence(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveReport(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

QString CompareWeightsDialog::choose(int kind, const QString &suggested)
{
    if (kind == 1)
        return m_dialogs->saveFile(this, tr("Save provenance report"), suggested, tr("JSON reports (*.json)"));
    return m_dialogs->openFile(this, tr("Choose a checkpoint"), QFileInfo(suggested).absolutePath(),
                               tr("Checkpoints (*.safetensors *.gguf model.safetensors.index.json);;All files (*)"));
}

void CompareWeightsDialog::setCandidate(const QString &path)
{
    m_candidate->setText(QDir::toNativeSeparators(path));
    peek();
}

void CompareWeightsDialog::setReference(const QString &path)
{
    m_reference->setText(QDir::toNativeSeparators(path));
    peek();
}

void CompareWeightsDialog::addControl(const QString &path)
{
    m_controls->addItem(QDir::toNativeSeparators(path));
    m_controls->setCurrentRow(m_controls->count() - 1);
    peek();
}

void CompareWeightsDialog::peek()
{
    const auto read = [](Peeked::Side &side, const QString &path) {
        if (side.path == path)
            return false;
        side = {path, std::nullopt, QString()};
        if (path.isEmpty())
            return true;
        try {
            side.checkpoint = openCheckpoint(QDir::fromNativeSeparators(path));
        } catch (const Error &e) {
            side.error = e.message();
        }
        return true;
    };
    Peeked &p = *m_peeked;
    const bool candidate = read(p.candidate, m_candidate->text().trimmed());
    const bool reference = read(p.reference, m_reference->text().trimmed());
    const bool control = read(p.control, m_controls->count() > 0 ? m_controls->item(0)->text() : QString());
    if (candidate && p.candidate.checkpoint)
        setPrefixes(m_candidatePrefix, prefixesOf(*p.candidate.checkpoint), m_candidatePrefix->currentText());
    if (reference && p.reference.checkpoint)
        setPrefixes(m_referencePrefix, prefixesOf(*p.reference.checkpoint), m_referencePrefix->currentText());
    if (control)
        setPrefixes(m_controlPrefix, p.control.checkpoint ? prefixesOf(*p.control.checkpoint) : QStringList(),
                    m_controlPrefix->currentText());
    if ((candidate || reference) && p.candidate.checkpoint && p.reference.checkpoint) {
        const ProposedPrefixes proposed = proposePrefixes(*p.candidate.checkpoint, *p.reference.checkpoint);
        if (proposed.matched > 0) {
            const QSignalBlocker a(m_candidatePrefix), b(m_referencePrefix);
            m_candidatePrefix->setCurrentText(proposed.candidate);
            m_referencePrefix->setCurrentText(proposed.reference);
        }
    }
    if ((control || reference) && p.control.checkpoint && p.reference.checkpoint) {
        const ProposedPrefixes proposed = proposePrefixes(*p.control.checkpoint, *p.reference.checkpoint);
        if (proposed.matched > 0) {
            const QSignalBlocker blocker(m_controlPrefix);
            m_controlPrefix->setCurrentText(proposed.candidate);
        }
    }
    updateMatch();
}

void CompareWeightsDialog::updateMatch()
{
    const Peeked &p = *m_peeked;
    QStringList lines;
    for (const Peeked::Side *side : {&p.candidate, &p.reference, &p.control})
        if (!side->error.isEmpty())
            lines << side->error;
    if (p.candidate.checkpoint && p.reference.checkpoint) {
        const QString candidatePrefix = m_candidatePrefix->currentText();
        int under = 0;
        for (const Tensor &t : p.candidate.checkpoint->tensors)
            under += t.name.startsWith(candidatePrefix);
        QString line = tr("%1 of the candidate's %2 tensors under its prefix match one of the reference's by name and shape.")
                           .arg(matchedTensors(*p.candidate.checkpoint, candidatePrefix, *p.reference.checkpoint,
                                               m_referencePrefix->currentText()))
                           .arg(under);
        if (p.control.checkpoint)
            line += QLatin1Char(' ')
                + tr("Control 1: %1 match.").arg(matchedTensors(*p.control.checkpoint, m_controlPrefix->currentText(),
                                                                *p.reference.checkpoint, m_referencePrefix->currentText()));
        lines << line;
    }
    m_match->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

void CompareWeightsDialog::updateButtons()
{
    const bool running = isRunning();
    for (QWidget *w : std::initializer_list<QWidget *>{m_candidate, m_browseCandidate, m_reference, m_browseReference,
                                                       m_controls, m_addControl, m_candidatePrefix, m_referencePrefix,
                                                       m_rows})
        w->setEnabled(!running);
    m_removeControl->setEnabled(!running && m_controls->currentItem());
    m_controlPrefix->setEnabled(!running && m_controls->count() > 0);
    m_compare->setEnabled(!running && !m_candidate->text().trimmed().isEmpty() && !m_reference->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_attach->setEnabled(!running && !m_report.isEmpty() && m_attachTo && !m_attached);
    m_attach->setToolTip(m_attachTo ? tr("Store the JSON report in the panel as evidence for %1").arg(m_componentName)
                                    : tr("Your role does not attach evidence to findings"));
    m_save->setEnabled(!running && !m_report.isEmpty());
}

bool CompareWeightsDialog::compare()
{
    if (isRunning())
        return false;
    ComparisonRequest request;
    request.candidate = QDir::fromNativeSeparators(m_candidate->text().trimmed());
    request.reference = QDir::fromNativeSeparators(m_reference->text().trimmed());
    if (request.candidate.isEmpty() || request.reference.isEmpty()) {
        setStatus(tr("Choose the candidate and the reference first."));
        return false;
    }
    for (int i = 0; i < m_controls->count(); ++i)
        request.controls << QDir::fromNativeSeparators(m_controls->item(i)->text());
    request.candidatePrefix = m_candidatePrefix->currentText();
    request.referencePrefix = m_referencePrefix->currentText();
    if (!request.controls.isEmpty())
        request.controlPrefix = m_controlPrefix->currentText();
    request.rows = m_rows->value();
    m_report.clear();
    m_run.reset();
    m_attached = false;
    m_sourceName = tr("comparison of %1 with %2").arg(QFileInfo(request.candidate).fileName(),
                                                      QFileInfo(request.reference).fileName());
    m_shared = std::make_shared<Shared>();
    const QString version = QCoreApplication::applicationVersion();
    m_thread = QThread::create([this, shared = m_shared, request, version, hook = m_hook] {
        int lastStage = -1, lastPermille = -1;
        const StageProgress progress = [&](ComparisonStage stage, std::uint64_t done, std::uint64_t total) {
            if (hook)
                hook(stage, done, total);
            if (shared->cancel)
                return false;
            const int permille = total > 0 ? int(std::min<std::uint64_t>(1000, done * 1000 / total)) : 0;
            if (int(stage) != lastStage || permille != lastPermille) {
                lastStage = int(stage);
                lastPermille = permille;
                QMetaObject::invokeMethod(this, [this, stage, permille] { onProgress(int(stage), permille / 1000.0); },
                                          Qt::QueuedConnection);
            }
            return true;
        };
        try {
            shared->run = runComparison(request, version, progress);
        } catch (const Cancelled &) {
            shared->cancelled = true;
        } catch (const Error &e) {
            shared->error = e.message();
        } catch (const std::exception &e) {
            shared->error = QString::fromLocal8Bit(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &CompareWeightsDialog::onFinished);
    m_progress->setValue(0);
    setStatus(tr("Reading the checkpoints…"));
    m_thread->start();
    updateButtons();
    m_cancel->setFocus();
    return true;
}

void CompareWeightsDialog::cancel()
{
    if (!isRunning())
        return;
    m_shared->cancel = true;
    m_cancel->setEnabled(false);
    setStatus(tr("Stopping…"));
}

void CompareWeightsDialog::onProgress(int stage, double fraction)
{
    if (!isRunning() || m_shared->cancel)
        return;
    const auto s = ComparisonStage(stage);
    m_progress->setValue(stageStart(s) + int(fraction * (stageEnd(s) - stageStart(s))));
    const QString percent = QString::number(int(fraction * 100)) + QLatin1Char('%');
    switch (s) {
    case ComparisonStage::Opening:
        setStatus(tr("Reading the checkpoints…"));
        break;
    case ComparisonStage::ExactReuse:
        setStatus(tr("Step 1 of 3: hashing the tensors for exact reuse (P2)… %1").arg(percent));
        break;
    case ComparisonStage::Analyses:
        setStatus(tr("Step 2 of 3: similarity and MLP tests (P3, P4)… %1").arg(percent));
        break;
    case ComparisonStage::Report:
        setStatus(tr("Step 3 of 3: hashing the files for the report… %1").arg(percent));
        break;
    }
}

void CompareWeightsDialog::onFinished()
{
    if (!m_thread)   // already handled (reject() waited for the run)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Shared> shared = std::move(m_shared);
    if (shared->run) {
        m_run = std::move(shared->run);
        m_report = m_run->json;
        m_progress->setValue(1000);
        showRun(*m_run);
        setStatus(tr("Compared. Report SHA-256 %1. The suggestion is evidence; the verdict stays the chair's.")
                      .arg(sha256Hex(m_report).left(12)));
    } else {
        m_progress->setValue(0);
        setStatus(shared->cancelled ? tr("The comparison was cancelled: nothing was attached.")
                                    : tr("The comparison failed: %1").arg(shared->error));
    }
    updateButtons();
    (m_report.isEmpty() ? static_cast<QWidget *>(m_compare) : static_cast<QWidget *>(m_attach->isEnabled() ? m_attach : m_save))
        ->setFocus();
    Q_EMIT runEnded();
}

void CompareWeightsDialog::showRun(const ComparisonRun &run)
{
    m_words->setPlainText(comparisonInWords(run).join(QStringLiteral("\n\n")));
    const auto setChart = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
        view->show();
    };
    setChart(m_blockChart, blockTestChart(run.result.mlp.value_or(MlpTestResult{})));
    setChart(m_similarityChart, similarityChart(run.result.similarity.value_or(SimilarityResult{}), int(run.controls.size())));
}

bool CompareWeightsDialog::attachAsEvidence()
{
    if (m_report.isEmpty() || !m_attachTo || m_attached)
        return false;
    QString message;
    m_attached = m_attachTo(m_report, m_sourceName, message);
    setStatus(m_attached ? tr("Attached as evidence to %1 (report SHA-256 %2): its evidence column cites the report. "
                              "The verdict stays the chair's.")
                               .arg(m_componentName, sha256Hex(m_report).left(12))
                         : message);
    updateButtons();
    return m_attached;
}

bool CompareWeightsDialog::saveReport()
{
    if (m_report.isEmpty())
        return false;
    const QString path = choose(1, QStringLiteral("provenance-%1.json").arg(sha256Hex(m_report).left(12)));
    if (path.isEmpty())
        return false;
    try {
        saveAtomically(path, m_report);   // io/AtomicWrite.h: all or nothing, "disk full" named
    } catch (const Error &e) {
        setStatus(e.message());
        return false;
    }
    setStatus(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString CompareWeightsDialog::matchText() const { return m_match->text(); }
QString CompareWeightsDialog::statusText() const { return m_status->text(); }
QString CompareWeightsDialog::resultText() const { return m_words->toPlainText(); }

void CompareWeightsDialog::setStatus(const QString &text) { m_status->setText(text); }

void CompareWeightsDialog::reject()
{
    // The worker sees Cancel at its next progress report (a fraction of a second).
    if (isRunning()) {
        m_shared->cancel = true;
        m_thread->wait();
        onFinished();
    }
    QDialog::reject();
}

void CompareWeightsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompareWeightsDialog::retranslate()
{
    setWindowTitle(tr("Compare weights: %1").arg(m_componentName));
    m_intro->setText(tr("Evidence for the independence finding of the component “%1”: is the team's component (the candidate) derived "
                        "from a suspected origin (the reference)? Unrelated models of the same family (the controls) "
                        "show what chance looks like. The result is a suggestion, never a verdict.")
                         .arg(m_componentName));
    m_candidateLabel->setText(tr("&Candidate:"));
    m_candidate->setPlaceholderText(tr("the team's checkpoint: a .safetensors file, a sharded folder or a GGUF file"));
    m_referenceLabel->setText(tr("&Reference:"));
    m_reference->setPlaceholderText(tr("the suspected origin"));
    m_controlsLabel->setText(tr("Con&trols:"));
    for (QPushButton *b : {m_browseCandidate, m_browseReference})
        b->setText(tr("Browse…"));
    m_addControl->setText(tr("&Add…"));
    m_removeControl->setText(tr("Remo&ve"));
    m_candidatePrefixLabel->setText(tr("Candidate &prefix:"));
    m_referencePrefixLabel->setText(tr("Reference pr&efix:"));
    m_controlPrefixLabel->setText(tr("Control pre&fix:"));
    m_rowsLabel->setText(tr("Hidden units matched (P&4):"));
    m_rows->setSpecialValueText(tr("all"));
    m_rows->setToolTip(tr("Hidden units of the candidate matched per block in P4 (default %1; all: every unit)")
                           .arg(defaultMatchedRows));
    m_compare->setText(tr("Co&mpare"));
    m_cancel->setText(tr("Cancel"));
    m_attach->setText(tr("Attac&h as evidence"));
    m_save->setText(tr("&Save report JSON…"));
    m_close->setText(tr("Close"));
    m_words->setPlaceholderText(tr("The result appears here in words, with two charts below: each figure of the "
                                   "candidate beside the controls'."));
    updateMatch();
    if (m_run)
        showRun(*m_run);   // the words and the charts' titles in the new language
}

} // namespace pd
