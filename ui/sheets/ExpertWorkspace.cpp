#include "sheets/ExpertWorkspace.h"

#include "access/Visibility.h"
#include "access/WindowAccess.h"
#include "domain/Errors.h"
#include "itemmodels/SheetListModel.h"
#include "itemmodels/SheetTableModel.h"
#include "sheets/SheetEditor.h"
#include "storage/PanelStore.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

ExpertWorkspace::ExpertWorkspace(PanelStore &store, const Member &signedIn, QWidget *parent)
    : QWidget(parent), m_store(store), m_member(signedIn), m_heading(new QLabel(this)),
      m_message(new QLabel(this)), m_list(new QTableView(this)),
      m_listModel(new SheetListModel(this)), m_editor(new SheetEditor(store, this))
{
    m_message->setObjectName(QStringLiteral("workspaceMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 4px; }"));
    m_message->hide();

    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_heading);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_message);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_list, &QTableView::activated, this, [this] { m_editor->startEditing(); });
    connect(m_editor, &SheetEditor::stateChanged, m_listModel, &SheetListModel::setState);
    retranslate();
    reload();
}

void ExpertWorkspace::reload()
{
    const QString selected = m_editor->model()->team();
    try {
        Panel full = m_store.loadScoringInputs().panel;
        m_panel = visiblePanel(full, m_member.id);
    } catch (const Error &error) {
        m_panel = Panel();
        m_message->setText(error.message());
        m_message->show();
    }
    const Reviewer *me = m_panel.reviewer(m_member.id);
    // the role as the panel holds it now (access/WindowAccess.h)
    const bool holdsSheets = me && mayFillSheets(Member{me->id, me->name, me->role, me->conflicts});
    m_editor->closeSheet();
    if (holdsSheets) {
        m_listModel->setSheets(m_panel, m_member.id);
    } else {
        m_listModel->setSheets(Panel(), m_member.id);
        m_message->setText(tr("Only experts and the chair hold score sheets."));
        m_message->show();
    }
    m_list->resizeColumnsToContents();
    if (!selected.isEmpty())
        openTeam(selected);
}

void ExpertWorkspace::showChangesFromElsewhere(const Panel &full, RoundState round)
{
    Panel visible = visiblePanel(full, m_member.id);
    bool sameTeams = m_listModel->rowCount() == int(visible.teams.size());
    for (int row = 0; sameTeams && row < m_listModel->rowCount(); ++row)
        sameTeams = m_listModel->teamAt(row) == visible.teams[std::size_t(row)].id;
    if (!sameTeams) {   // another team list, or the member's role changed
        reload();
        return;
    }
    m_panel = std::move(visible);
    for (const Team &team : m_panel.teams)
        m_listModel->setState(team.id, sheetState(m_panel, m_member.id, team.id));
    const SheetTableModel *open = m_editor->model();
    if (open->team().isEmpty())
        return;
    const bool submitted = sheetState(m_panel, m_member.id, open->team()) == SheetState::Submitted;
    const bool closed = round != RoundState::Open && round != RoundState::Scoring;
    if (submitted != open->isSubmitted() || closed != open->isRoundClosed())
        reload();
}

bool ExpertWorkspace::openTeam(const QString &team)
{
    const int row = m_listModel->rowOf(team);
    if (row < 0)
        return false;
    const QModelIndex index = m_listModel->index(row, SheetListModel::TeamColumn);
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);   // showRow via currentRowChanged
    else
        showRow(row);
    return m_editor->model()->team() == team;
}

void ExpertWorkspace::showRow(int row)
{
    m_message->hide();
    const QString team = m_listModel->teamAt(row);
    if (team.isEmpty()) {
        m_editor->closeSheet();
        return;
    }
    // the rule (access/WindowAccess.h) on the member as the panel holds them now
    const Reviewer *me = m_panel.reviewer(m_member.id);
    const Viewer viewer = me ? Viewer(Member{me->id, me->name, me->role, me->conflicts}) : std::nullopt;
    if (m_listModel->stateAt(row) == SheetState::Conflict || !mayOpenSheetOf(viewer, team)) {
        m_editor->closeSheet();
        const Team *t = m_panel.team(team);
        m_message->setText(tr("You declared a conflict of interest with %1: you cannot open "
                              "its sheet and see none of its scores.")
                               .arg(t ? t->name : team));
        m_message->show();
        return;
    }
    if (m_editor->model()->team() == team)
        return;
    if (!m_editor->openSheet(m_panel, m_member.id, team, m_member.id)) {
        m_message->setText(tr("This sheet cannot be opened."));
        m_message->show();
    }
}

QString ExpertWorkspace::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ExpertWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExpertWorkspace::retranslate()
{
    m_heading->setText(tr("Teams and my sheets — %1").arg(m_member.name));
    m_list->setAccessibleName(tr("Teams and my sheets"));
}

} // namespace pd
