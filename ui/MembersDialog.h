#pragma once
// The panel's members: a table (id, name, role, conflicts, passphrase set) and three actions,
// each through PanelStore with the signed-in member as actor: add a member (id, name, role,
// passphrase twice, conflicts), set the selected member's passphrase, save the selected
// member's conflicts. What the actor may do follows access/MemberPermissions.h (the chair
// and the secretariat manage members; anyone declares their own conflicts; the chair adds
// conflicts for anyone). Refusals of the store are shown in errorLabel().

#include "domain/Member.h"
#include "trust/MemberKey.h"

#include <QDialog>
#include <functional>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pd {

class PanelStore;

class MembersDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, RoleColumn, ConflictsColumn, PassphraseColumn };

    // `actor` is the signed-in member.
    // `actorKey`: the signed-in member's unlocked key, so that changing their own passphrase
    // keeps their key (sealed anew); without it the key is registered again at the next
    // sign-in (trust/MemberKeys.h).
    MembersDialog(PanelStore &store, const Member &actor, QWidget *parent = nullptr,
                  const MemberKey *actorKey = nullptr);

    // Reloads the table from the store.
    void reload();
    // Selects the row of a member (false when absent).
    bool selectMember(const QString &memberId);

    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *statusLabel() const { return m_status; }

    // The "Add member" form.
    QLineEdit *newIdEdit() const { return m_newId; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QComboBox *newRoleCombo() const { return m_newRole; }
    QLineEdit *newPassphraseEdit() const { return m_newPassphrase; }
    QLineEdit *newRepeatEdit() const { return m_newRepeat; }
    QListWidget *newConflictsList() const { return m_newConflicts; }
    QPushButton *addButton() const { return m_add; }

    // The selected member: passphrase and conflicts.
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *setPassphraseButton() const { return m_setPassphrase; }
    QListWidget *conflictsList() const { return m_conflicts; }
    QPushButton *saveConflictsButton() const { return m_saveConflicts; }

private:
    QListWidget *teamList();
    static QStringList checkedTeams(const QListWidget *list);
    QString selectedId() const;
    void selectionChanged();
    void addMember();
    void setPassphrase();
    void saveConflicts();
    bool run(const std::function<void()> &action, const QString &done);

    PanelStore &m_store;
    const MemberKey *m_actorKey;
    Member m_actor;
    std::vector<Member> m_memberList;
    std::vector<std::pair<QString, QString>> m_teams;   // id, name
    QTableWidget *m_table;
    QLabel *m_error;
    QLabel *m_status;
    QGroupBox *m_addBox;
    QLineEdit *m_newId;
    QLineEdit *m_newName;
    QComboBox *m_newRole;
    QLineEdit *m_newPassphrase;
    QLineEdit *m_newRepeat;
    QListWidget *m_newConflicts;
    QPushButton *m_add;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QPushButton *m_setPassphrase;
    QListWidget *m_conflicts;
    QPushButton *m_saveConflicts;
};

} // namespace pd
