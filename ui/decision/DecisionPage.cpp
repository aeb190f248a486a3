#include "decision/DecisionPage.h"
#include "decision/VerifiedSteps.h"

#include "report/MethodText.h"

#include "decision/DecideRound.h"
#include "decision/DecisionDialogs.h"
#include "decision/Lifecycle.h"
#include "decision/RoundSteps.h"
#include "domain/Errors.h"
#include "report/DecisionReport.h"
#include "report/ReportPdf.h"
#include "storage/PanelStore.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <optional>

namespace pd {
namespace {

QString iso(const QDate &date) { return date.toString(Qt::ISODate); }

QTableWidget *makeTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    return table;
}

void fill(QTableWidget *table, const QStringList &header, const std::vector<QStringList> &rows)
{
    table->clear();
    table->setColumnCount(int(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < int(rows[size_t(r)].size()); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[size_t(r)][c]));
    table->resizeColumnsToContents();
}

} // namespace

DecisionPage::DecisionPage(PanelStore &store, const Member &chair, QWidget *parent)
    : QWidget(parent), m_store(store), m_chair(chair), m_today(QDate::currentDate()),
      m_state(new QLabel(this)), m_window(new QLabel(this)), m_lock(new QPushButton(this)),
      m_reopen(new QPushButton(this)), m_decide(new QPushButton(this)),
      m_announce(new QPushButton(this)), m_appeal(new QPushButton(this)),
      m_rule(new QPushButton(this)), m_finalize(new QPushButton(this)),
      m_preview(new QPushButton(this)), m_pdf(new QPushButton(this)),
      m_disclosure(new QComboBox(this)), m_publish(new QLineEdit(this)),
      m_versions(makeTable(this)), m_outcomes(makeTable(this)), m_appeals(makeTable(this))
{
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    m_window->setWordWrap(true);

    auto *steps = new QHBoxLayout;
    for (QPushButton *b : {m_lock, m_reopen, m_decide, m_announce, m_appeal, m_rule, m_finalize})
        steps->addWidget(b);
    steps->addStretch();
    auto *report = new QHBoxLayout;
    report->addWidget(m_disclosure);
    report->addWidget(m_publish, 1);
    report->addWidget(m_preview);
    report->addWidget(m_pdf);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_window);
    layout->addLayout(steps);
    auto *tables = new QGridLayout;
    tables->addWidget(m_versions, 0, 0);
    tables->addWidget(m_outcomes, 0, 1);
    tables->addWidget(m_appeals, 1, 0, 1, 2);
    layout->addLayout(tables, 1);
    layout->addLayout(report);

    connect(m_lock, &QPushButton::clicked, this, &DecisionPage::lock);
    connect(m_reopen, &QPushButton::clicked, this, &DecisionPage::reopen);
    connect(m_decide, &QPushButton::clicked, this, &DecisionPage::decide);
    connect(m_announce, &QPushButton::clicked, this, &DecisionPage::announce);
    connect(m_appeal, &QPushButton::clicked, this, &DecisionPage::fileAppeal);
    connect(m_rule, &QPushButton::clicked, this, &DecisionPage::rule);
    connect(m_finalize, &QPushButton::clicked, this, &DecisionPage::finalize);
    connect(m_preview, &QPushButton::clicked, this, &DecisionPage::preview);
    connect(m_pdf, &QPushButton::clicked, this, &DecisionPage::savePdf);
    connect(m_appeals, &QTableWidget::itemSelectionChanged, this, &DecisionPage::updateButtons);
    connect(m_disclosure, &QComboBox::currentIndexChanged, this,
            [this] { m_publish->setEnabled(m_disclosure->currentData().toInt() == int(Disclosure::Public)); });
    retranslate();
    refresh();
}

void DecisionPage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

QString DecisionPage::statusText() const { return m_state->text() + QLatin1Char('\n') + m_window->text(); }

void DecisionPage::showEvent(QShowEvent *event)
{
    refresh();   // another PC may have moved the round on
    QWidget::showEvent(event);
}

void DecisionPage::refresh()
{
    try {
        m_status = m_store.loadRoundStatus();
    } catch (const Error &e) {
        m_state->setText(e.message());
        return;
    }
    const DecisionVersion *latest = m_status.latest();
    QString state;
    switch (m_status.state) {
    case RoundState::Open: state = tr("open"); break;
    case RoundState::Scoring: state = tr("being scored"); break;
    case RoundState::Locked: state = tr("locked: no more changes to scores or findings"); break;
    case RoundState::Decided: state = tr("decided, not yet announced"); break;
    case RoundState::Announced: state = tr("announced"); break;
    case RoundState::Final: state = tr("final"); break;
    }
    m_state->setText(latest ? tr("Round %1: %2 (decision version %3)").arg(m_status.round, state).arg(latest->version)
                            : tr("Round %1: %2").arg(m_status.round, state));
    QString window;
    if (latest && latest->appealCloses && m_status.state == RoundState::Announced) {
        const int left = appealDaysLeft(*latest->appealCloses, m_today);
        window = left > 0 ? tr("Appeal window open until the end of %1: %n more day(s) after today.", nullptr, left)
                                .arg(iso(*latest->appealCloses))
                 : left == 0 ? tr("Appeal window open until the end of %1: today is the last day.")
                                   .arg(iso(*latest->appealCloses))
                             : tr("Appeal window closed at the end of %1.").arg(iso(*latest->appealCloses));
        int awaiting = 0;
        for (const Appeal &a : m_status.appeals)
            awaiting += a.version == latest->version && a.awaitingRuling() ? 1 : 0;
        if (awaiting > 0)
            window += QLatin1Char(' ') + tr("%n appeal(s) await a ruling.", nullptr, awaiting);
    } else if (latest && latest->finalOn) {
        window = tr("Final since %1. Fingerprint %2").arg(iso(*latest->finalOn), latest->fingerprint);
    }
    m_window->setText(window);
    fillTables();
    updateButtons();
}

void DecisionPage::setNames(const Panel &panel)
{
    QHash<QString, QString> teams;
    for (const Team &t : panel.teams)
        teams.insert(t.id, t.name);
    QHash<QString, QString> members;
    for (const Reviewer &r : panel.reviewers)
        members.insert(r.id, r.name);
    if (teams == m_teamNames && members == m_memberNames)
        return;
    m_teamNames = std::move(teams);
    m_memberNames = std::move(members);
    fillTables();
}

void DecisionPage::fillTables()
{
    const auto team = [this](const QString &id) { return m_teamNames.value(id, id); };
    QStringList committee;
    std::vector<QStringList> versions;
    for (const DecisionVersion &v : m_status.versions) {
        QString events;
        if (v.announcedOn)
            events += tr("announced %1, appeals until %2").arg(iso(*v.announcedOn), iso(*v.appealCloses));
        if (v.reopenedOn)
            events += (events.isEmpty() ? QString() : QStringLiteral("; ")) + tr("reopened %1").arg(iso(*v.reopenedOn));
        if (v.finalOn)
            events += (events.isEmpty() ? QString() : QStringLiteral("; ")) + tr("final %1").arg(iso(*v.finalOn));
        versions.push_back({QString::number(v.version), iso(v.decidedOn), v.fingerprint.left(16) + QStringLiteral("…"), events});
    }
    fill(m_versions, {tr("Version"), tr("Decided"), tr("Fingerprint"), tr("Events")}, versions);
    std::vector<QStringList> outcomes;
    if (const DecisionVersion *latest = m_status.latest())
        for (const DecisionOutcome &o : latest->outcomes)
            outcomes.push_back({team(o.team), methodtext::outcome(o.outcome), o.reason});
    fill(m_outcomes, {tr("Team"), tr("Outcome"), tr("Reason")}, outcomes);
    std::vector<QStringList> appeals;
    for (const Appeal &a : m_status.appeals) {
        committee.clear();
        for (const QString &id : a.committee)
            committee << m_memberNames.value(id, id);
        appeals.push_back({QString::number(a.id), QString::number(a.version), team(a.team), iso(a.filedOn),
                           a.grounds, committee.join(QStringLiteral(", ")),
                           a.late ? tr("late: refused by rule")
                                  : a.ruling ? QStringLiteral("%1: %2").arg(methodtext::ruling(*a.ruling), a.rulingReason)
                                             : tr("awaiting ruling")});
    }
    fill(m_appeals, {tr("No."), tr("Version"), tr("Team"), tr("Filed"), tr("Grounds"), tr("Committee"),
                     tr("Ruling")}, appeals);
}

void DecisionPage::updateButtons()
{
    // which steps the chair may take now is decision/RoundSteps.h's rule
    const AvailableSteps steps = availableSteps(m_status, &m_chair, m_today);
    m_lock->setEnabled(steps.lock);
    m_reopen->setEnabled(steps.reopen);
    m_decide->setEnabled(steps.decide);
    m_announce->setEnabled(steps.announce);
    m_appeal->setEnabled(steps.fileAppeal);
    const int row = m_appeals->currentRow();
    const Appeal *selected = row >= 0 && row < int(m_status.appeals.size()) ? &m_status.appeals[size_t(row)] : nullptr;
    m_rule->setEnabled(selected && mayRuleOn(m_status, &m_chair, *selected));
    m_finalize->setToolTip(steps.finalizeRefused);
    m_finalize->setEnabled(steps.finalize);
}

bool DecisionPage::confirm(const QString &title, const QString &text)
{
    return m_dialogs->ask(this, title, text);
}

void DecisionPage::run(const QString &title, const std::function<void()> &step)
{
    try {
        step();
    } catch (const Error &e) {   // a refusal (InputError) or a store that failed
        m_dialogs->show(this, Dialogs::Severity::Warning, title, e.message());
    }
    refresh();
    Q_EMIT changed();
}

void DecisionPage::lock()
{
    if (confirm(tr("Lock the round"), tr("Lock round %1? Nobody can change scores, sheets or findings "
                                         "afterwards; the next step is the decision.").arg(m_status.round)))
        run(tr("Lock the round"), [this] { lockVerified(m_store, m_chair.id); });
}

void DecisionPage::reopen()
{
    const std::optional<QString> reason = m_dialogs->text(
        this, tr("Reopen the round"), tr("Why is the round reopened? (kept in the audit log)"), Dialogs::TextKind::Lines);
    if (reason && !reason->trimmed().isEmpty())
        run(tr("Reopen the round"), [&] { reopenRoundStep(m_store, *reason, m_today, m_chair.id); });
}

void DecisionPage::decide()
{
    // the workflow is decision/DecideRound.h's; this page asks the chair and shows the result
    std::optional<DecisionPlan> plan;
    try {
        plan = prepareDecision(m_store, m_chair, [this](const TeamNames &tied) -> std::optional<TieResolution> {
            TieDialog tie(tied, this);
            if (tie.exec() != QDialog::Accepted)
                return std::nullopt;
            return TieResolution{tie.order(), tie.rationale()};
        });
    } catch (const Error &e) {
        m_dialogs->show(this, Dialogs::Severity::Warning, tr("Decide the round"), e.message());
        return;
    }
    if (!plan)
        return;   // the chair cancelled the tie
    QList<std::pair<QString, QString>> teams;
    for (const auto &[team, outcome] : plan->needReasons)
        teams.append({team, QStringLiteral("%1 — %2").arg(m_teamNames.value(team, team),
                                                           methodtext::outcome(outcome))});
    DecideDialog dialog(teams, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // With many ratings the inputs take seconds to stream: shown after m_progressDelay.
    QProgressDialog progress(tr("Recording the decision: fingerprinting the user ratings…"),
                             QString(), 0, 1000, this);
    progress.setWindowTitle(tr("Decide the round"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelay);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);
    const InputsProgress report = [&](qint64 done, qint64 total) {
        // a modal dialog processes events in setValue: the window is repainted
        progress.setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 1000);
        if (m_progressHook)
            m_progressHook(progress, done, total);
        return true;   // no Cancel: the step is one transaction, quick once the rows are read
    };
    QApplication::setOverrideCursor(Qt::BusyCursor);
    run(tr("Decide the round"), [&] {
        try {
            recordDecision(m_store, *plan, dialog.reasons(), m_today, m_chair, report);
        } catch (...) {
            QApplication::restoreOverrideCursor();
            progress.close();
            throw;
        }
        QApplication::restoreOverrideCursor();
        progress.close();
    });
}

void DecisionPage::announce()
{
    DateDialog dialog(tr("Announce the decision"),
                      tr("The day the decision is announced. The appeal window closes at the end of "
                         "that day plus %n day(s); the version cannot be changed afterwards.", nullptr,
                         m_status.appealDays),
                      m_today, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        run(tr("Announce the decision"), [&] { announceVerified(m_store, dialog.date(), m_today, m_chair.id); });
}

void DecisionPage::fileAppeal()
{
    QList<std::pair<QString, QString>> teams;
    for (const DecisionOutcome &o : appealableOutcomes(m_status))
        teams.append({o.team, QStringLiteral("%1 — %2").arg(m_teamNames.value(o.team, o.team),
                                                             methodtext::outcome(o.outcome))});
    AppealDialog dialog(teams, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        run(tr("Record an appeal"), [&] {
            fileAppealStep(m_store, dialog.team(), dialog.filedOn(), dialog.grounds(), {}, m_today,
                           m_chair.id);
        });
}

void DecisionPage::rule()
{
    const int row = m_appeals->currentRow();
    if (row < 0 || row >= int(m_status.appeals.size()))
        return;
    const Appeal appeal = m_status.appeals[size_t(row)];
    RulingDialog dialog(tr("Appeal %1 of %2, filed %3: %4").arg(appeal.id).arg(appeal.team, iso(appeal.filedOn), appeal.grounds),
                        this);
    if (dialog.exec() == QDialog::Accepted)
        run(tr("Rule on appeal"), [&] {
            ruleAppealStep(m_store, appeal.id, dialog.upheld() ? Ruling::Upheld : Ruling::Rejected,
                           dialog.reason(), m_today, m_chair.id);
        });
}

void DecisionPage::finalize()
{
    if (confirm(tr("Make the decision final"),
                tr("Make decision version %1 final? It cannot be appealed or changed afterwards.")
                    .arg(m_status.latest() ? m_status.latest()->version : 0)))
        run(tr("Make the decision final"), [this] { finalizeVerified(m_store, m_today, m_chair.id); });
}

ReportOptions DecisionPage::reportOptions() const
{
    ReportOptions options;
    options.disclosure = Disclosure(m_disclosure->currentData().toInt());
    for (const QString &id : m_publish->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.publishedTeams << id.trimmed();
    return options;
}

QString DecisionPage::reportStageText(ReportStage stage)
{
    switch (stage) {
    case ReportStage::Verifying:
        return tr("Verifying the file…");
    case ReportStage::ReadingRound:
        return tr("Reading the round and its decision…");
    case ReportStage::LayingOut:
        return tr("Laying out the pages…");
    case ReportStage::WritingPdf:
        return tr("Writing the PDF…");
    }
    return {};
}

bool DecisionPage::withReportProgress(const std::function<void(const ReportProgress &)> &make)
{
    // With many ratings verifying and reading take seconds: shown after m_progressDelay.
    QProgressDialog progress(tr("Making the decision report…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Decision report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelay);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);
    std::optional<ReportStage> shown;   // the stage named last
    const ReportProgress report = [&](ReportStage stage, int percent) {
        const bool starts = shown != stage;   // a stage is heard as it starts and along it
        shown = stage;
        if (starts)
            progress.setLabelText(reportStageText(stage));
        // a modal dialog processes events in setValue: the window is repainted, Cancel heard
        progress.setValue(qMax(1, percent));   // 0, the minimum, would restart its delay
        if (m_reportProgressHook && starts)   // as each stage starts
            m_reportProgressHook(progress, stage);
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const auto done = [&] {
        QApplication::restoreOverrideCursor();
        progress.close();
    };
    try {
        make(report);
    } catch (const Cancelled &) {
        done();
        return false;
    } catch (...) {
        done();
        throw;
    }
    done();
    return true;
}

void DecisionPage::preview()
{
    try {
        std::optional<DecisionReport> made;
        if (!withReportProgress([&](const ReportProgress &progress) {
                made = buildVerifiedReport(m_store, reportOptions(), progress);
            }))
            return;
        const DecisionReport &report = *made;
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(report.title);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *target) {
            printReport(report, target);
        });
        dialog.exec();
    } catch (const Error &e) {
        m_dialogs->show(this, Dialogs::Severity::Warning, tr("Decision report"), e.message());
    }
}

void DecisionPage::savePdf()
{
    const QString path = m_dialogs->saveFile(this, tr("Save the decision report"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        withReportProgress([&](const ReportProgress &progress) {
            writeReportPdf(buildVerifiedReport(m_store, reportOptions(), progress), path, {}, progress);
        });
    } catch (const Error &e) {
        m_dialogs->show(this, Dialogs::Severity::Warning, tr("Decision report"), e.message());
    }
}

void DecisionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DecisionPage::retranslate()
{
    m_lock->setText(tr("Loc&k…"));
    m_reopen->setText(tr("Re&open…"));
    m_decide->setText(tr("&Decide…"));
    m_announce->setText(tr("A&nnounce…"));
    m_appeal->setText(tr("&Record appeal…"));
    m_rule->setText(tr("R&ule on appeal…"));
    m_finalize->setText(tr("Finali&ze…"));
    m_preview->setText(tr("Print pre&view…"));
    m_pdf->setText(tr("&Write PDF…"));
    const int current = m_disclosure->currentIndex();
    m_disclosure->clear();
    m_disclosure->addItem(tr("Full report (internal)"), int(Disclosure::Full));
    m_disclosure->addItem(tr("Public report"), int(Disclosure::Public));
    m_disclosure->setCurrentIndex(current < 0 ? 0 : current);
    m_publish->setPlaceholderText(tr("Public report: publish the scores of (team ids, comma separated)"));
    m_publish->setEnabled(m_disclosure->currentData().toInt() == int(Disclosure::Public));
    m_versions->setAccessibleName(tr("Decision versions"));
    m_outcomes->setAccessibleName(tr("Outcomes and reasons"));
    m_appeals->setAccessibleName(tr("Appeals register"));
    refresh();
}

} // namespace pd
