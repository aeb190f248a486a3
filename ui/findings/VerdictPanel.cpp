#include "findings/VerdictPanel.h"

#include "itemmodels/ComponentTableModel.h"
#include "itemmodels/FindingText.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pd {

VerdictPanel::VerdictPanel(ComponentTableModel &model, QWidget *parent)
    : QGroupBox(parent), m_model(model), m_verdictLabel(new QLabel(this)),
      m_verdict(new QComboBox(this)), m_rationaleLabel(new QLabel(this)),
      m_rationale(new QPlainTextEdit(this)), m_record(new QPushButton(this))
{
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMaximumHeight(90);
    m_verdictLabel->setBuddy(m_verdict);
    m_rationaleLabel->setBuddy(m_rationale);
    auto *layout = new QFormLayout(this);
    layout->addRow(m_verdictLabel, m_verdict);
    layout->addRow(m_rationaleLabel, m_rationale);
    layout->addRow(QString(), m_record);
    connect(m_record, &QPushButton::clicked, this, [this] { record(); });
    retranslate();
    updateFromModel();
}

void VerdictPanel::updateFromModel()
{
    const TeamFindings &findings = m_model.findings();
    m_verdict->setCurrentIndex(static_cast<int>(findings.verdict));
    m_rationale->setPlainText(findings.rationale);
    const bool may = m_model.isLoaded() && m_model.mayRecordVerdict();
    m_verdict->setEnabled(may);
    m_rationale->setReadOnly(!may);
    m_record->setEnabled(may);
    m_record->setVisible(may);
}

bool VerdictPanel::record()
{
    if (!m_model.mayRecordVerdict())
        return false;
    const auto verdict = static_cast<Verdict>(m_verdict->currentIndex());
    const SuggestedVerdict suggestion = m_model.suggestion();
    if (verdictDiffersFromRules(verdict, suggestion)) {
        const QString question =
            tr("The findings suggest %1 (%2). Record %3 anyway? The team will be shown with a "
               "warning wherever its verdict appears.")
                .arg(findingtext::verdict(suggestion.verdict), m_model.suggestionText(),
                     findingtext::verdict(verdict));
        if (!m_dialogs->ask(this, tr("Record verdict"), question))
            return false;
    }
    if (!m_model.recordVerdict(verdict, m_rationale->toPlainText()))
        return false;
    Q_EMIT recorded();
    return true;
}

void VerdictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void VerdictPanel::retranslate()
{
    setTitle(tr("Panel verdict (chair)"));
    m_verdictLabel->setText(tr("&Verdict:"));
    m_rationaleLabel->setText(tr("Rati&onale:"));
    m_record->setText(tr("Recor&d verdict"));
    const int current = m_verdict->currentIndex();
    m_verdict->clear();
    m_verdict->addItems(findingtext::verdicts());
    m_verdict->setCurrentIndex(current < 0 ? 0 : current);
}

} // namespace pd
