#include "imports/BenchmarkPreviewDialog.h"

#include "domain/Errors.h"
#include "imports/MappingDialog.h"
#include "storage/PanelStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {
namespace {

QString resultText(const std::optional<BenchmarkResult> &r)
{
    if (!r)
        return QString();
    const QString score = QString::number(r->score, 'g', 10);
    return r->target ? BenchmarkPreviewDialog::tr("%1 (target %2)").arg(score, QString::number(*r->target, 'g', 10))
                     : score;
}

} // namespace

BenchmarkPreviewDialog::BenchmarkPreviewDialog(PanelStore &store, const QString &path,
                                               const QString &actor, QWidget *parent)
    : QDialog(parent), m_store(store), m_path(path), m_actor(actor),
      m_fileLabel(new QLabel(this)), m_team(new QComboBox(this)), m_notes(new QLabel(this)),
      m_problems(new QListWidget(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_summary(new QLabel(this)), m_mappingButton(new QPushButton(tr("&Mapping…"), this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import benchmark results — %1").arg(QFileInfo(path).fileName()));
    try {
        m_lmEval = looksLikeJson(readSmallFile(path, QFileInfo(path).fileName()).left(4096));
    } catch (const InputError &) {
        m_lmEval = false;   // the preview reports it
    }
    m_fileLabel->setText(m_lmEval ? tr("<b>%1</b>: lm-evaluation-harness results (one model)")
                                        .arg(QFileInfo(path).fileName().toHtmlEscaped())
                                  : tr("<b>%1</b>: benchmark results (CSV)")
                                        .arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_team->addItem(tr("(choose the team)"), QString());
    for (const Team &team : store.loadScoringInputs().panel.teams)
        m_team->addItem(QStringLiteral("%1 (%2)").arg(team.name, team.id), team.id);
    auto *form = new QFormLayout;
    auto *teamLabel = new QLabel(tr("&Team of the model:"), this);
    teamLabel->setBuddy(m_team);
    form->addRow(teamLabel, m_team);
    teamLabel->setVisible(m_lmEval);
    m_team->setVisible(m_lmEval);
    m_mappingButton->setVisible(m_lmEval);
    m_notes->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Team"), tr("Benchmark"), tr("Stored now"), tr("After the import")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_mappingButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &BenchmarkPreviewDialog::apply);
    connect(m_mappingButton, &QPushButton::clicked, this, &BenchmarkPreviewDialog::editMapping);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { recompute(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(form);
    layout->addWidget(m_notes);
    layout->addWidget(m_problems);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 520);
    recompute();
}

void BenchmarkPreviewDialog::setMapping(const BenchmarkMapping &mapping)
{
    m_mapping = mapping;
    recompute();
}

void BenchmarkPreviewDialog::editMapping()
{
    BenchmarkMapping start = m_mapping ? *m_mapping : m_store.loadBenchmarkMapping();
    BenchmarkMapping suggested;
    try {
        suggested = suggestMapping(readSmallFile(m_path, m_path));
    } catch (const InputError &) {
    }
    MappingDialog dialog(m_store.loadScoringInputs().panel, start, suggested, this);
    if (dialog.exec() == QDialog::Accepted)
        setMapping(dialog.mapping());
}

void BenchmarkPreviewDialog::recompute()
{
    const QString name = QFileInfo(m_path).fileName();
    try {
        m_plan = previewBenchmarkFile(m_store, {m_path, name, m_team->currentData().toString(), m_mapping});
    } catch (const Error &e) {
        m_plan = {};
        m_plan.issues.add(QString(), e.message());
    }
    m_notes->setText(m_plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_plan.notes.isEmpty());
    m_problems->clear();
    for (const ImportIssue &issue : m_plan.issues.listed())
        m_problems->addItem(issue.text());
    m_problems->setVisible(!m_plan.issues.isEmpty());
    m_table->setRowCount(int(m_plan.changes.size()));
    for (int row = 0; row < int(m_plan.changes.size()); ++row) {
        const BenchmarkChange &change = m_plan.changes[size_t(row)];
        const QString values[] = {change.after.team, change.after.benchmark,
                                  change.before ? resultText(change.before) : tr("(new)"),
                                  resultText(change.after)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(values[column]);
            item->setToolTip(change.where);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(m_plan.issues.isEmpty());
    if (!m_plan.issues.isEmpty())
        m_summary->setText(tr("The file cannot be imported: %n problem(s). Nothing will be written.",
                              nullptr, int(qMin<qint64>(m_plan.issues.count(), INT_MAX))));
    else
        m_summary->setText(tr("%n result(s) will be written, %1 unchanged.%2", nullptr, int(m_plan.changes.size()))
                               .arg(m_plan.unchanged)
                               .arg(m_plan.mapping ? QLatin1Char(' ') + tr("The mapping will be kept by the panel.")
                                                   : QString()));
    m_import->setEnabled(m_plan.issues.isEmpty() && (!m_plan.changes.empty() || m_plan.mapping));
}

void BenchmarkPreviewDialog::apply()
{
    try {
        applyBenchmarkPlan(m_store, m_plan, m_actor);
    } catch (const Error &e) {
        m_dialogs->show(this, Dialogs::Severity::Critical, windowTitle(), e.message());
        recompute();
        return;
    }
    m_result = tr("Imported %n benchmark result(s) from %1.", nullptr, int(m_plan.changes.size()))
                   .arg(QFileInfo(m_path).fileName());
    accept();
}

} // namespace pd
