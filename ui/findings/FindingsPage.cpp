#include "findings/FindingsPage.h"

#include "access/FindingsAccess.h"
#include "domain/Errors.h"
#include "findings/ChoiceDelegate.h"
#include "itemmodels/ComponentTableModel.h"
#include "itemmodels/FindingText.h"
#include "scoring/IndependenceRules.h"
#include "storage/PanelStore.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pd {
namespace {

const char kWarningStyle[] =
    "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 4px; }";
const char kFailStyle[] =
    "QLabel { background: #f8d7da; color: #58151c; border: 1px solid #f1aeb5; padding: 4px; }";
const char kPassStyle[] =
    "QLabel { background: #d1e7dd; color: #0a3622; border: 1px solid #a3cfbb; padding: 4px; }";
const char kPlainStyle[] = "QLabel { border: 1px solid #d0d0d0; padding: 4px; }";

} // namespace

FindingsPage::FindingsPage(PanelStore &store, const Member &signedIn, QWidget *parent)
    : QWidget(parent), m_store(store), m_member(signedIn),
      m_model(new ComponentTableModel(store, this)), m_teamsLabel(new QLabel(this)),
      m_teams(new QListWidget(this)), m_heading(new QLabel(this)), m_summary(new QLabel(this)),
      m_suggestion(new QLabel(this)), m_message(new QLabel(this)), m_table(new QTableView(this)),
      m_newNameLabel(new QLabel(this)), m_newName(new QLineEdit(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_browse(new QPushButton(this)), m_notesHeading(new QLabel(this)),
      m_otherNotes(new QTextBrowser(this)), m_ownNoteLabel(new QLabel(this)),
      m_ownNote(new QPlainTextEdit(this)), m_saveNote(new QPushButton(this)),
      m_verdictPanel(new VerdictPanel(*m_model, this)),
      m_reports(new AttachedReportsPanel(store, signedIn, this))
{
    connect(m_verdictPanel, &VerdictPanel::recorded, this,
            [this] { Q_EMIT verdictRecorded(m_model->team()); });

    m_teamsLabel->setBuddy(m_teams);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *label : {m_summary, m_suggestion, m_message})
        label->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("verdictSummary"));
    m_suggestion->setObjectName(QStringLiteral("suggestedVerdict"));
    m_message->setObjectName(QStringLiteral("findingsMessage"));
    m_message->setStyleSheet(QString::fromLatin1(kWarningStyle));
    m_message->hide();

    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(ComponentTableModel::ChoicesRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_newNameLabel->setBuddy(m_newName);
    m_newName->setClearButtonEnabled(true);
    m_ownNoteLabel->setBuddy(m_ownNote);
    m_ownNote->setTabChangesFocus(true);
    m_ownNote->setMaximumHeight(70);
    m_ownNote->installEventFilter(this);
    m_otherNotes->setMaximumHeight(90);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_teamsLabel);
    leftLayout->addWidget(m_teams, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newNameLabel);
    buttons->addWidget(m_newName, 1);
    buttons->addWidget(m_add);
    buttons->addSpacing(12);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_browse);

    auto *notes = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_notesHeading);
    notesLayout->addWidget(m_otherNotes);
    auto *ownRow = new QHBoxLayout;
    ownRow->addWidget(m_ownNoteLabel);
    ownRow->addWidget(m_ownNote, 1);
    ownRow->addWidget(m_saveNote, 0, Qt::AlignTop);
    notesLayout->addLayout(ownRow);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(notes, 3);
    bottom->addWidget(m_verdictPanel, 2);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_suggestion);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_table, 3);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_reports, 1);
    rightLayout->addLayout(bottom);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({190, 1100});   // team names are short; the table needs the room
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_teams, &QListWidget::currentRowChanged, this, [this] { showSelectedTeam(); });
    connect(m_model, &ComponentTableModel::findingsChanged, this, [this] { showFindings(); });
    connect(m_model, &ComponentTableModel::refused, this, &FindingsPage::showMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showNotes(); });
    // a change re-reads the findings (a model reset): stay on the same cell
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptCell = {m_table->currentIndex().row(), m_table->currentIndex().column()};
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptCell.first >= 0 && m_keptCell.first < m_model->rowCount())
            m_table->setCurrentIndex(m_model->index(m_keptCell.first, m_keptCell.second));
        m_keptCell = {-1, -1};
    });
    connect(m_newName, &QLineEdit::returnPressed, this, [this] { addComponent(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addComponent(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelectedComponent(); });
    connect(m_browse, &QPushButton::clicked, this, &FindingsPage::browseEvidence);
    connect(m_saveNote, &QPushButton::clicked, this, [this] { saveOwnNote(); });
    // an attached report also filled the component's evidence text
    connect(m_reports, &AttachedReportsPanel::reportAttached, this, [this] { m_model->reload(); });
    retranslate();
    reload();
}

void FindingsPage::setDialogs(Dialogs &dialogs)
{
    m_dialogs = &dialogs;
    m_verdictPanel->setDialogs(dialogs);
    m_reports->setDialogs(dialogs);
}

void FindingsPage::reload()
{
    const QString selected = m_model->team();
    try {
        m_panel = m_store.loadScoringInputs().panel;
        m_panel.expertScores.clear();   // this page shows no score
        m_panel.userRatings.clear();
    } catch (const Error &error) {
        m_panel = Panel();
        showMessage(error.message());
    }
    fillTeams();
    if (!selected.isEmpty())
        openTeam(selected);
    else
        showSelectedTeam();
}

void FindingsPage::fillTeams()
{
    const QSignalBlocker blocker(m_teams);
    m_teams->clear();
    for (const Team &team : m_panel.teams) {
        QString text = team.name;
        if (!maySeeFindings(m_panel, m_member.id, team.id)) {
            text = tr("%1 — conflict of interest").arg(team.name);
        } else {
            const Independence *entry = m_panel.independenceOf(team.id);
            const Verdict verdict = entry ? entry->verdict : Verdict::Pending;
            text = tr("%1 — %2").arg(team.name, findingtext::verdict(verdict));
            if (entry && verdictDiffersFromRules(verdict, suggestVerdict(entry->components)))
                text = tr("⚠ %1 (differs from the findings)").arg(text);
        }
        auto *item = new QListWidgetItem(text, m_teams);
        item->setData(Qt::UserRole, team.id);
    }
    m_teams->setCurrentRow(-1);
}

bool FindingsPage::openTeam(const QString &team)
{
    for (int row = 0; row < m_teams->count(); ++row) {
        if (m_teams->item(row)->data(Qt::UserRole).toString() == team) {
            if (m_teams->currentRow() != row)
                m_teams->setCurrentRow(row);   // showSelectedTeam via currentRowChanged
            else
                showSelectedTeam();
            return m_model->team() == team;
        }
    }
    return false;
}

void FindingsPage::showSelectedTeam()
{
    if (m_model->isLoaded() && m_ownNote->document()->isModified())
        saveOwnNote();
    m_message->hide();
    QListWidgetItem *item = m_teams->currentItem();
    const QString team = item ? item->data(Qt::UserRole).toString() : QString();
    if (team.isEmpty()) {
        m_model->clear();
        return;
    }
    const Team *t = m_panel.team(team);
    if (!maySeeFindings(m_panel, m_member.id, team)) {
        m_model->clear();
        showMessage(tr("You declared a conflict of interest with %1: you cannot open its "
                       "findings.")
                        .arg(t ? t->name : team));
        return;
    }
    if (!m_model->load(m_panel, team, m_member.id))
        showMessage(tr("The findings of %1 cannot be opened.").arg(t ? t->name : team));
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 200));
}

void FindingsPage::showFindings()
{
    const bool loaded = m_model->isLoaded();
    const Team *team = loaded ? m_panel.team(m_model->team()) : nullptr;
    m_heading->setText(team ? tr("Independence findings — %1").arg(team->name)
                            : tr("Independence findings: choose a team"));
    m_summary->setVisible(loaded);
    m_suggestion->setVisible(loaded);
    if (loaded) {
        const TeamFindings &findings = m_model->findings();
        QString summary = findings.rationale.isEmpty()
            ? tr("Panel verdict: %1").arg(findingtext::verdict(findings.verdict))
            : tr("Panel verdict: %1 — %2").arg(findingtext::verdict(findings.verdict),
                                               findings.rationale);
        if (m_model->verdictDiffers()) {
            summary = tr("⚠ %1\nThis verdict differs from what the findings suggest.").arg(summary);
            m_summary->setStyleSheet(QString::fromLatin1(kWarningStyle));
        } else {
            m_summary->setStyleSheet(QString::fromLatin1(kPlainStyle));
        }
        m_summary->setText(summary);
        const SuggestedVerdict suggestion = m_model->suggestion();
        m_suggestion->setText(tr("Suggested by the findings (R5): %1").arg(m_model->suggestionText()));
        m_suggestion->setStyleSheet(QString::fromLatin1(
            suggestion.verdict == Verdict::Fail   ? kFailStyle
            : suggestion.verdict == Verdict::Pass ? kPassStyle
                                                  : kWarningStyle));
    }
    const bool editable = loaded && m_model->isEditable();
    for (QWidget *w : std::initializer_list<QWidget *>{m_newNameLabel, m_newName, m_add, m_remove,
                                                       m_browse, m_ownNoteLabel, m_ownNote,
                                                       m_saveNote})
        w->setVisible(editable);
    m_verdictPanel->setVisible(loaded);
    m_reports->setVisible(loaded);
    const QString reportsTeam = loaded ? m_model->team() : QString();
    if (m_reports->team() != reportsTeam)
        m_reports->showTeam(reportsTeam, editable);
    m_notesHeading->setVisible(loaded);
    m_otherNotes->setVisible(loaded);
    m_verdictPanel->updateFromModel();
    showNotes();
    // keep the team list's verdict marks in step with what was just recorded
    if (loaded) {
        const TeamFindings &findings = m_model->findings();
        for (Independence &entry : m_panel.independence)
            if (entry.team == findings.team) {
                entry.verdict = findings.verdict;
                entry.components = findings.findings();
            }
        if (!m_panel.independenceOf(findings.team))
            m_panel.independence.push_back(
                {findings.team, findings.verdict, findings.rationale, findings.findings()});
        const int row = m_teams->currentRow();
        const QSignalBlocker blocker(m_teams);
        fillTeams();
        m_teams->setCurrentRow(row);
    }
}

int FindingsPage::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FindingsPage::showNotes()
{
    const int row = selectedRow();
    const bool haveRow = row >= 0 && row < m_model->rowCount();
    const QString component =
        haveRow ? m_model->index(row, ComponentTableModel::ComponentColumn).data().toString()
                : QString();
    m_notesHeading->setText(haveRow ? tr("Notes on %1").arg(component)
                                    : tr("Notes: select a component"));
    QStringList lines;
    for (const ComponentNote &note : m_model->notes(row)) {
        if (note.member == m_member.id)
            continue;
        const Reviewer *author = m_panel.reviewer(note.member);
        lines << QStringLiteral("<p><b>%1</b> (%2): %3</p>")
                     .arg((author ? author->name : note.member).toHtmlEscaped(),
                          QLocale().toString(note.updatedAt.toLocalTime(), QLocale::ShortFormat),
                          note.note.toHtmlEscaped());
    }
    m_otherNotes->setHtml(lines.isEmpty() ? tr("<i>No notes from other members.</i>")
                                          : lines.join(QString()));
    m_ownNote->setPlainText(m_model->ownNote(row));
    m_ownNote->document()->setModified(false);
    m_ownNote->setEnabled(haveRow);
    m_saveNote->setEnabled(haveRow);
    m_remove->setEnabled(haveRow);
    m_browse->setEnabled(haveRow);
    m_reports->setComponent(haveRow ? m_model->findings().components.at(size_t(row)).id : -1, component);
}

bool FindingsPage::attachReport(qint64 componentId, const QByteArray &report, const QString &sourceName)
{
    return m_reports->attachReport(componentId, report, sourceName);
}

bool FindingsPage::addComponent()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Type the component's name first (for example: vision encoder)."));
        m_newName->setFocus();
        return false;
    }
    const std::optional<int> row = m_model->addComponent(name);
    if (!row)
        return false;
    m_message->hide();
    m_newName->clear();
    const QModelIndex origin = m_model->index(*row, ComponentTableModel::OriginColumn);
    m_table->setCurrentIndex(origin);
    m_table->setFocus();
    return true;
}

bool FindingsPage::removeSelectedComponent()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const QString name = m_model->index(row, ComponentTableModel::ComponentColumn).data().toString();
    const auto notes = m_model->notes(row).size();
    const QString question = notes == 0
        ? tr("Remove the component \"%1\"?").arg(name)
        : tr("Remove the component \"%1\" and its %n note(s)?", nullptr, int(notes)).arg(name);
    if (!m_dialogs->ask(this, tr("Independence findings"), question))
        return false;
    return m_model->removeComponent(row);
}

bool FindingsPage::saveOwnNote()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const bool saved = m_model->setOwnNote(row, m_ownNote->toPlainText());
    if (saved)
        m_ownNote->document()->setModified(false);
    return saved;
}

void FindingsPage::browseEvidence()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString path = m_dialogs->openFile(this, tr("Evidence file"), QString(), QString());
    if (path.isEmpty())
        return;
    m_model->setData(m_model->index(row, ComponentTableModel::EvidenceFileColumn),
                     QDir::toNativeSeparators(path));
}

void FindingsPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

QString FindingsPage::suggestionText() const { return m_suggestion->text(); }
QString FindingsPage::summaryText() const { return m_summary->text(); }
QString FindingsPage::messageText() const { return m_message->isHidden() ? QString() : m_message->text(); }
QString FindingsPage::otherNotesText() const { return m_otherNotes->toPlainText(); }

void FindingsPage::showEvent(QShowEvent *event)
{
    reload();   // other members may have changed findings meanwhile
    QWidget::showEvent(event);
}

bool FindingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ownNote && event->type() == QEvent::FocusOut
        && m_ownNote->document()->isModified())
        saveOwnNote();   // committed when the member moves on, like every other change
    return QWidget::eventFilter(watched, event);
}

void FindingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillTeams();
    }
    QWidget::changeEvent(event);
}

void FindingsPage::retranslate()
{
    m_teamsLabel->setText(tr("&Teams"));
    m_teams->setAccessibleName(tr("Teams"));
    m_table->setAccessibleName(tr("Model components"));
    m_newNameLabel->setText(tr("New &component:"));
    m_newName->setPlaceholderText(tr("e.g. vision encoder"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Adds the component named on the left (Enter in the name field)"));
    m_remove->setText(tr("&Remove"));
    m_browse->setText(tr("&Browse evidence…"));
    m_browse->setToolTip(tr("Choose the evidence file of the selected component"));
    m_ownNoteLabel->setText(tr("Your not&e:"));
    m_saveNote->setText(tr("Save &note"));
    showFindings();
}

} // namespace pd
