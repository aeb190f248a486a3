#include "findings/AttachedReportsPanel.h"

#include "domain/Errors.h"
#include "io/AtomicWrite.h"
#include "findings/CompareWeightsDialog.h"
#include "provenance/ProvenanceSummary.h"
#include "services/FindingsService.h"
#include "storage/PanelStore.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

AttachedReportsPanel::AttachedReportsPanel(PanelStore &store, const Member &signedIn, QWidget *parent)
    : QWidget(parent), m_store(store), m_member(signedIn), m_heading(new QLabel(this)),
      m_table(new QTableWidget(0, 6, this)), m_compare(new QPushButton(this)), m_attach(new QPushButton(this)),
      m_save(new QPushButton(this)), m_message(new QLabel(this))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(70);
    m_heading->setBuddy(m_table);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_compare, &QPushButton::clicked, this, [this] { openCompareWeights(); });
    connect(m_attach, &QPushButton::clicked, this, [this] { attachReportFile(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveSelectedReport(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { updateButtons(); });
    retranslate();
    updateButtons();
}

void AttachedReportsPanel::showTeam(const QString &team, bool mayAttach)
{
    m_team = team;
    m_mayAttach = mayAttach;
    m_message->hide();
    reload();
}

void AttachedReportsPanel::setComponent(qint64 componentId, const QString &name)
{
    m_component = componentId;
    m_componentName = name;
    updateButtons();
}

void AttachedReportsPanel::reload()
{
    m_reports.clear();
    TeamFindings findings;
    if (!m_team.isEmpty()) {
        try {
            m_reports = m_store.loadAttachedReports(m_team);
            if (!m_reports.empty())
                findings = m_store.loadFindings(m_team);
        } catch (const Error &e) {
            showMessage(e.message());
        }
    }
    m_table->setRowCount(int(m_reports.size()));
    for (int row = 0; row < int(m_reports.size()); ++row) {
        const AttachedReport &r = m_reports[size_t(row)];
        QString suggestion;
        QString reason;
        try {
            const ProvenanceSummary s = parseProvenanceSummary(r.bytes, QString());
            suggestion = s.headline();
            reason = s.reason;
        } catch (const InputError &) {
            suggestion = tr("(not readable)");
        }
        const ComponentRecord *component = findings.component(r.componentId);
        const QStringList cells{component ? component->finding.component : QString::number(r.componentId),
                                suggestion, reason, r.sha256.left(12),
                                r.attachedBy,
                                QLocale().toString(r.attachedAt.toLocalTime(), QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 3)
                item->setToolTip(r.sha256);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void AttachedReportsPanel::updateButtons()
{
    m_compare->setEnabled(!m_team.isEmpty() && m_component >= 0);
    m_attach->setEnabled(m_mayAttach && m_component >= 0);
    m_save->setEnabled(!m_table->selectedItems().isEmpty());
}

bool AttachedReportsPanel::attachReport(const QByteArray &report, const QString &sourceName)
{
    if (m_component < 0) {
        showMessage(tr("Select the component the report is evidence for first."));
        return false;
    }
    return attachReport(m_component, report, sourceName);
}

bool AttachedReportsPanel::attachReport(qint64 componentId, const QByteArray &report,
                                        const QString &sourceName)
{
    try {
        FindingsService(m_store).attachReport(componentId, report, sourceName, m_member.id);
    } catch (const Error &e) {
        showMessage(e.message());
        return false;
    }
    showMessage(tr("Report %1 attached as evidence. The verdict is still yours to record.")
                    .arg(sha256Hex(report).left(12)));
    reload();
    Q_EMIT reportAttached(componentId);
    return true;
}

bool AttachedReportsPanel::attachReportFile()
{
    if (m_component < 0) {
        showMessage(tr("Select the component the report is evidence for first."));
        return false;
    }
    const QString path = m_dialogs->openFile(this, tr("Attach provenance report"), QString(),
                                             tr("JSON reports (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return attachReport(m_component, file.readAll(), QDir::toNativeSeparators(path));
}

bool AttachedReportsPanel::saveSelectedReport()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const AttachedReport &r = m_reports.at(size_t(selected.first()->row()));
    const QString path = m_dialogs->saveFile(this, tr("Save provenance report"),
                                             QStringLiteral("provenance-%1.json").arg(r.sha256.left(12)),
                                             tr("JSON reports (*.json)"));
    if (path.isEmpty())
        return false;
    try {
        saveAtomically(path, r.bytes);   // io/AtomicWrite.h: all or nothing, "disk full" named
    } catch (const Error &e) {
        showMessage(e.message());
        return false;
    }
    showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

CompareWeightsDialog *AttachedReportsPanel::openCompareWeights()
{
    if (m_component < 0) {
        showMessage(tr("Select the component the weights are compared for first."));
        return nullptr;
    }
    CompareWeightsDialog::Attach attach;
    if (m_mayAttach) {
        attach = [this, component = m_component](const QByteArray &report, const QString &sourceName, QString &message) {
            const bool attached = attachReport(component, report, sourceName);
            message = messageText();
            return attached;
        };
    }
    auto *dialog = new CompareWeightsDialog(m_componentName, attach, this);
    dialog->setDialogs(*m_dialogs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

QString AttachedReportsPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AttachedReportsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void AttachedReportsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttachedReportsPanel::retranslate()
{
    m_heading->setText(tr("Attached provenance report&s"));
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Suggestion"), tr("Reason"),
                                        tr("SHA-256"), tr("Attached by"), tr("When")});
    m_compare->setText(tr("Compare &weights…"));
    m_compare->setToolTip(tr("Compare the selected component's weights with a suspected origin and controls"));
    m_attach->setText(tr("Attach re&port…"));
    m_attach->setToolTip(tr("Attach a provenance report (JSON) as evidence to the selected component"));
    m_save->setText(tr("Save report &JSON…"));
    m_save->setToolTip(tr("Save the selected report's JSON to a file, byte for byte"));
}

} // namespace pd
