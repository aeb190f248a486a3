#include "ProgressPage.h"

#include "ReopenSheetDialog.h"
#include "domain/Errors.h"
#include "services/SheetService.h"
#include "itemmodels/ProgressTableModel.h"
#include "storage/PanelStore.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

ProgressPage::ProgressPage(QWidget *parent)
    : QWidget(parent), m_model(new ProgressTableModel(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)), m_reopenHint(new QLabel(this)),
      m_reopenButton(new QPushButton(this)),
      m_reopenAction(new QAction(this))
{
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);   // right click selects, then the menu
    m_table->addAction(m_reopenAction);

    connect(m_reopenButton, &QPushButton::clicked, this, &ProgressPage::reopenSelected);
    connect(m_reopenAction, &QAction::triggered, this, &ProgressPage::reopenSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgressPage::updateReopen);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProgressPage::updateReopen);

    m_reopenHint->setEnabled(false);   // greyed: a hint, not a message
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reopenHint);
    actions->addStretch();
    actions->addWidget(m_reopenButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    retranslate();
    updateReopen();
}

void ProgressPage::showPanel(const Panel &full, const std::vector<SheetRecord> &sheets)
{
    const Cell selected = selectedCell();
    m_model->setPanel(full, sheets);
    if (!selected.member.isEmpty())
        selectCell(selected.member, selected.team);   // the same sheet stays selected
    updateSummary();
    updateReopen();
}

void ProgressPage::setReopenTarget(PanelStore *store, const QString &chair)
{
    m_store = store;
    m_chair = chair;
    updateReopen();
}

bool ProgressPage::selectCell(const QString &member, const QString &team)
{
    const ProgressMatrix &m = m_model->matrix();
    const qsizetype row = m.members.indexOf(member);
    const qsizetype column = m.teams.indexOf(team);
    if (row < 0 || column < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(int(row), int(column)));   // selects it too
    return true;
}

ProgressPage::Cell ProgressPage::selectedCell() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.size() != 1)
        return {};
    const ProgressMatrix &m = m_model->matrix();
    const QModelIndex index = selected.constFirst();
    if (index.row() >= m.members.size() || index.column() >= m.teams.size())
        return {};
    return {m.members.at(index.row()), m.teams.at(index.column())};
}

bool ProgressPage::canReopenSelected() const
{
    if (!m_store)
        return false;
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    return selected.size() == 1
           && selected.constFirst().data(ProgressTableModel::StateRole).toInt()
                  == static_cast<int>(SheetState::Submitted);
}

void ProgressPage::updateReopen()
{
    const bool enabled = canReopenSelected();
    m_reopenButton->setEnabled(enabled);
    m_reopenAction->setEnabled(enabled);
    m_reopenHint->setVisible(m_store && !enabled);
}

void ProgressPage::reopenSelected()
{
    if (!canReopenSelected())
        return;
    const Cell cell = selectedCell();
    const QModelIndex index = m_table->selectionModel()->selectedIndexes().constFirst();
    const QString memberName = m_model->headerData(index.row(), Qt::Vertical).toString();
    const QString teamName = m_model->headerData(index.column(), Qt::Horizontal).toString();
    ReopenSheetDialog dialog(memberName, teamName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        reopenSheetAs(*m_store, cell.member, cell.team, dialog.reason(), m_chair);
    } catch (const Error &e) {   // a refusal (InputError) or a store that failed
        m_dialogs->show(this, Dialogs::Severity::Warning, tr("Reopen sheet"), e.message());
    }
    Q_EMIT refreshWanted();
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
        retranslate();
    QWidget::changeEvent(event);
}

void ProgressPage::retranslate()
{
    m_reopenButton->setText(tr("&Reopen sheet…"));
    m_reopenButton->setToolTip(
        tr("Send the selected submitted sheet back to draft, with a reason"));
    m_reopenAction->setText(tr("&Reopen sheet…"));
    m_reopenHint->setText(tr("Select a submitted sheet to reopen it."));
    m_table->setAccessibleName(tr("Progress: members and teams"));
    updateSummary();
}

} // namespace pd
