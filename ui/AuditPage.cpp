#include "AuditPage.h"

#include "itemmodels/AuditTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

AuditPage::AuditPage(QWidget *parent)
    : QWidget(parent), m_model(new AuditTableModel(this)), m_filter(new AuditFilterModel(this)),
      m_member(new QComboBox(this)), m_team(new QComboBox(this)), m_memberLabel(new QLabel(this)),
      m_teamLabel(new QLabel(this)), m_table(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::UserRole);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTableModel::At, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_memberLabel->setBuddy(m_member);
    m_teamLabel->setBuddy(m_team);

    connect(m_member, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMember(m_member->currentData().toString()); });
    connect(m_team, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTeam(m_team->currentData().toString()); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_memberLabel);
    filters->addWidget(m_member, 1);
    filters->addWidget(m_teamLabel);
    filters->addWidget(m_team, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    retranslate();
}

void AuditPage::showLog(const Panel &panel, std::vector<AuditEntry> entries, const QString &viewerId)
{
    const QString member = m_member->currentData().toString();
    const QString team = m_team->currentData().toString();
    m_member->clear();
    m_team->clear();
    m_member->addItem(tr("All members"), QString());
    for (const Reviewer &r : panel.reviewers)
        m_member->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.id), r.id);
    m_team->addItem(tr("All teams"), QString());
    for (const Team &t : panel.teams)
        m_team->addItem(t.name, t.id);
    m_member->setCurrentIndex(std::max(0, m_member->findData(member)));
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    m_model->setEntries(std::move(entries), viewerId);
    m_table->resizeColumnsToContents();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_memberLabel->setText(tr("&Member:"));
    m_teamLabel->setText(tr("&Team:"));
    if (m_member->count() > 0)
        m_member->setItemText(0, tr("All members"));
    if (m_team->count() > 0)
        m_team->setItemText(0, tr("All teams"));
}

} // namespace pd
