#include "ProgressPage.h"

#include "itemmodels/ProgressTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

ProgressPage::ProgressPage(QWidget *parent)
    : QWidget(parent), m_model(new ProgressTableModel(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void ProgressPage::showPanel(const Panel &full)
{
    m_model->setPanel(full);
    updateSummary();
}

void ProgressPage::updateSummary()
{
    const ProgressMatrix &m = m_model->matrix();
    m_summary->setText(tr("Submitted %1 of %2 expected sheets; %n missing.", nullptr, m.missing())
                           .arg(m.submitted)
                           .arg(m.expected));
}

QString ProgressPage::summaryText() const { return m_summary->text(); }

void ProgressPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateSummary();
    QWidget::changeEvent(event);
}

} // namespace pd
