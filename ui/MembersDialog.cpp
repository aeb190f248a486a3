#include "MembersDialog.h"

#include "RoleText.h"
#include "access/CommandAccess.h"
#include "access/MemberPermissions.h"
#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "storage/PanelStore.h"
#include "trust/MemberKeys.h"

#include <QComboBox>
#include <algorithm>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

MembersDialog::MembersDialog(PanelStore &store, const Member &actor, QWidget *parent,
                             const MemberKey *actorKey)
    : QDialog(parent), m_store(store), m_actorKey(actorKey), m_actor(actor), m_table(new QTableWidget(this)),
      m_error(new QLabel(this)), m_status(new QLabel(this)),
      m_addBox(new QGroupBox(tr("Add member"), this)), m_newId(new QLineEdit(this)),
      m_newName(new QLineEdit(this)), m_newRole(new QComboBox(this)),
      m_newPassphrase(new QLineEdit(this)), m_newRepeat(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add member"), this)), m_passphrase(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_setPassphrase(new QPushButton(tr("Set &passphrase"), this)),
      m_saveConflicts(new QPushButton(tr("Save &conflicts"), this))
{
    setWindowTitle(tr("Members"));
    try {
        for (const Team &team : store.loadScoringInputs().panel.teams)
            m_teams.emplace_back(team.id, team.name);
    } catch (const Error &e) {
        m_error->setText(e.message());
    }
    m_newConflicts = teamList();
    m_conflicts = teamList();

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Name"), tr("Role"), tr("Conflicts"), tr("Passphrase set")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    for (Role role : {Role::Expert, Role::Chair, Role::Secretariat, Role::Observer})
        m_newRole->addItem(roleText(role), QVariant::fromValue(int(role)));
    for (QLineEdit *edit : {m_newPassphrase, m_newRepeat, m_passphrase, m_repeat})
        edit->setEchoMode(QLineEdit::Password);

    auto *addForm = new QFormLayout(m_addBox);
    addForm->addRow(tr("&Id:"), m_newId);
    addForm->addRow(tr("&Name:"), m_newName);
    addForm->addRow(tr("&Role:"), m_newRole);
    addForm->addRow(tr("Pass&phrase:"), m_newPassphrase);
    addForm->addRow(tr("&Repeat:"), m_newRepeat);
    addForm->addRow(tr("Conflicts:"), m_newConflicts);
    addForm->addRow(m_add);

    auto *selectedBox = new QGroupBox(tr("Selected member"), this);
    auto *selectedForm = new QFormLayout(selectedBox);
    selectedForm->addRow(tr("New passphrase:"), m_passphrase);
    selectedForm->addRow(tr("Repeat:"), m_repeat);
    selectedForm->addRow(m_setPassphrase);
    selectedForm->addRow(tr("Conflicts:"), m_conflicts);
    selectedForm->addRow(m_saveConflicts);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setWordWrap(true);

    auto *forms = new QHBoxLayout;
    forms->addWidget(m_addBox);
    forms->addWidget(selectedBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(forms);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_addBox->setVisible(canManageMembers(actor));
    connect(m_add, &QPushButton::clicked, this, &MembersDialog::addMember);
    connect(m_setPassphrase, &QPushButton::clicked, this, &MembersDialog::setPassphrase);
    connect(m_saveConflicts, &QPushButton::clicked, this, &MembersDialog::saveConflicts);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersDialog::selectionChanged);
    reload();
    selectMember(actor.id);
    resize(900, 640);
}

QListWidget *MembersDialog::teamList()
{
    auto *list = new QListWidget(this);
    for (const auto &[id, name] : m_teams) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(name, id), list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(120);
    return list;
}

QStringList MembersDialog::checkedTeams(const QListWidget *list)
{
    QStringList teams;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            teams << list->item(i)->data(Qt::UserRole).toString();
    return teams;
}

void MembersDialog::reload()
{
    const QString selected = selectedId();
    try {
        m_memberList = m_store.members();
    } catch (const Error &e) {
        m_error->setText(e.message());
        return;
    }
    // Without the right to manage members, only oneself is listed.
    if (!canManageMembers(m_actor))
        std::erase_if(m_memberList, [this](const Member &m) { return m.id != m_actor.id; });
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_memberList.size()));
    for (int row = 0; row < int(m_memberList.size()); ++row) {
        const Member &member = m_memberList[std::size_t(row)];
        const QString cells[] = {member.id, member.name, roleText(member.role),
                                 member.conflicts.join(QStringLiteral(", ")),
                                 member.hasPassphrase ? tr("yes") : tr("no")};
        for (int column = 0; column < 5; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectMember(selected);
    selectionChanged();
}

bool MembersDialog::selectMember(const QString &memberId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, IdColumn)->text() == memberId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString MembersDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), IdColumn)->text();
}

void MembersDialog::selectionChanged()
{
    const QString id = selectedId();
    QStringList conflicts;
    for (const Member &member : m_memberList)
        if (member.id == id)
            conflicts = member.conflicts;
    for (int i = 0; i < m_conflicts->count(); ++i) {
        QListWidgetItem *item = m_conflicts->item(i);
        item->setCheckState(conflicts.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked : Qt::Unchecked);
    }
    // One rule with the command line (access/CommandAccess.h): only a chair sets a chair's.
    const auto target = std::find_if(m_memberList.begin(), m_memberList.end(),
                                     [&id](const Member &m) { return m.id == id; });
    const bool passphraseAllowed = target != m_memberList.end()
                                   && bool(canSetPassphrase(&m_actor, *target));
    const bool conflictsAllowed = !id.isEmpty() && canSetConflictsOf(m_actor, id);
    m_passphrase->setEnabled(passphraseAllowed);
    m_repeat->setEnabled(passphraseAllowed);
    m_setPassphrase->setEnabled(passphraseAllowed);
    m_conflicts->setEnabled(conflictsAllowed);
    m_saveConflicts->setEnabled(conflictsAllowed);
}

bool MembersDialog::run(const std::function<void()> &action, const QString &done)
{
    m_status->clear();
    try {
        action();
    } catch (const Error &e) {
        m_error->setText(e.message());
        return false;
    }
    m_error->clear();
    m_status->setText(done);
    reload();
    return true;
}

void MembersDialog::addMember()
{
    if (m_newPassphrase->text() != m_newRepeat->text()) {
        m_error->setText(tr("The two passphrases differ."));
        return;
    }
    Reviewer member{m_newId->text().trimmed(), m_newName->text().trimmed(),
                    Role(m_newRole->currentData().toInt()), checkedTeams(m_newConflicts)};
    QString passphrase = m_newPassphrase->text();
    const bool ok = run([&] { addMemberWithKey(m_store, member, passphrase, m_actor.id); },
                        tr("Added %1.").arg(member.id));
    wipe(passphrase);
    if (!ok)
        return;
    for (QLineEdit *edit : {m_newId, m_newName, m_newPassphrase, m_newRepeat})
        edit->clear();
    for (int i = 0; i < m_newConflicts->count(); ++i)
        m_newConflicts->item(i)->setCheckState(Qt::Unchecked);
    selectMember(member.id);
}

void MembersDialog::setPassphrase()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (m_passphrase->text() != m_repeat->text()) {
        m_error->setText(tr("The two passphrases differ."));
        return;
    }
    QString passphrase = m_passphrase->text();
    if (run([&] { setPassphraseAndKey(m_store, id, passphrase, m_actor.id, m_actorKey); },
            tr("Passphrase of %1 set.").arg(id))) {
        m_passphrase->clear();
        m_repeat->clear();
    }
    wipe(passphrase);
}

void MembersDialog::saveConflicts()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QStringList teams = checkedTeams(m_conflicts);
    run([&] { m_store.setConflicts(id, teams, m_actor.id); },
        tr("Conflicts of %1 saved.").arg(id));
}

} // namespace pd
