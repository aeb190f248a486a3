// The Members dialog, driven offscreen: a member added through the form appears in the
// table and in store.members() with a passphrase and conflicts; a taken id, differing
// passphrases and a short passphrase are refused with the message in the dialog and nothing
// added; the selected member's passphrase and conflicts are set; an expert sees only
// themselves and declares their own conflicts.

#include "MembersDialog.h"
#include "actions/PanelDatabase.h"
#include "storage/SqliteStore.h"
#include "templates/FirstEvaluationTemplate.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestMembers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addMemberThroughDialog();
    void duplicateIdRefusedInline();
    void differingPassphrasesRefused();
    void setPassphraseAndConflictsOfSelected();
    void expertSeesOnlyThemselves();

private:
    Member memberOf(const QString &id) const
    {
        for (const Member &m : m_store->members())
            if (m.id == id)
                return m;
        return {};
    }
    static int rowOf(const MembersDialog &dialog, const QString &id)
    {
        const QTableWidget *table = dialog.table();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, MembersDialog::IdColumn)->text() == id)
                return row;
        return -1;
    }
    static void check(QListWidget *list, const QString &teamId)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == teamId) {
                list->setCurrentRow(i);
                QTest::keyClick(list, Qt::Key_Space);   // the keyboard toggles the check
            }
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    Member m_chair;
};

void TestMembers::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("p.paneldesk"));
    createPanelWithChair(firstEvaluationTemplate(QStringLiteral("Program"), QStringLiteral("R"),
                                                 QDate(2026, 3, 1),
                                                 {{QStringLiteral("a"), QStringLiteral("Alpha"), {}, {}},
                                                  {QStringLiteral("b"), QStringLiteral("Beta"), {}, {}}}),
                         path, {QStringLiteral("c1"), QStringLiteral("Chair"), Role::Chair, {}},
                         QStringLiteral("chair passphrase"));
    m_store = SqliteStore::open(path);
    m_store->addMember({QStringLiteral("x2"), QStringLiteral("Expert Two"), Role::Expert, {}},
                       QStringLiteral("c1"));
    m_chair = memberOf(QStringLiteral("c1"));
}

void TestMembers::addMemberThroughDialog()
{
    MembersDialog dialog(*m_store, m_chair);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QTest::keyClicks(dialog.newIdEdit(), QStringLiteral("k01"));
    QTest::keyClicks(dialog.newNameEdit(), QStringLiteral("Kim"));
    dialog.newRoleCombo()->setCurrentIndex(dialog.newRoleCombo()->findText(QStringLiteral("expert")));
    QTest::keyClicks(dialog.newPassphraseEdit(), QStringLiteral("kim passphrase"));
    QTest::keyClicks(dialog.newRepeatEdit(), QStringLiteral("kim passphrase"));
    check(dialog.newConflictsList(), QStringLiteral("b"));
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);

    QVERIFY2(dialog.errorLabel()->text().isEmpty(), qPrintable(dialog.errorLabel()->text()));
    const int row = rowOf(dialog, QStringLiteral("k01"));
    QVERIFY(row >= 0);
    QCOMPARE(dialog.table()->item(row, MembersDialog::NameColumn)->text(), QStringLiteral("Kim"));
    QCOMPARE(dialog.table()->item(row, MembersDialog::ConflictsColumn)->text(), QStringLiteral("b"));
    QCOMPARE(dialog.table()->item(row, MembersDialog::PassphraseColumn)->text(), QStringLiteral("yes"));
    const Member kim = memberOf(QStringLiteral("k01"));
    QCOMPARE(kim.name, QStringLiteral("Kim"));
    QCOMPARE(toString(kim.role), toString(Role::Expert));
    QCOMPARE(kim.conflicts, QStringList{QStringLiteral("b")});
    QVERIFY(kim.hasPassphrase);
    QVERIFY(m_store->checkPassphrase(QStringLiteral("k01"), QStringLiteral("kim passphrase")));
    QVERIFY(dialog.newIdEdit()->text().isEmpty());   // the form is ready for the next one
}

void TestMembers::duplicateIdRefusedInline()
{
    MembersDialog dialog(*m_store, m_chair);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.newIdEdit(), QStringLiteral("x2"));
    QTest::keyClicks(dialog.newNameEdit(), QStringLiteral("Someone Else"));
    QTest::keyClicks(dialog.newPassphraseEdit(), QStringLiteral("long enough"));
    QTest::keyClicks(dialog.newRepeatEdit(), QStringLiteral("long enough"));
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("already exists")),
             qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(m_store->members().size(), 2u);
    QCOMPARE(memberOf(QStringLiteral("x2")).name, QStringLiteral("Expert Two"));

    // A short passphrase: the store's rule, shown the same way.
    dialog.newIdEdit()->clear();
    QTest::keyClicks(dialog.newIdEdit(), QStringLiteral("k02"));
    dialog.newPassphraseEdit()->clear();
    dialog.newRepeatEdit()->clear();
    QTest::keyClicks(dialog.newPassphraseEdit(), QStringLiteral("short"));
    QTest::keyClicks(dialog.newRepeatEdit(), QStringLiteral("short"));
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("at least 8")),
             qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(m_store->members().size(), 2u);
}

void TestMembers::differingPassphrasesRefused()
{
    MembersDialog dialog(*m_store, m_chair);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.newIdEdit(), QStringLiteral("k03"));
    QTest::keyClicks(dialog.newNameEdit(), QStringLiteral("Lee"));
    QTest::keyClicks(dialog.newPassphraseEdit(), QStringLiteral("first passphrase"));
    QTest::keyClicks(dialog.newRepeatEdit(), QStringLiteral("other passphrase"));
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("The two passphrases differ."));
    QCOMPARE(m_store->members().size(), 2u);
}

void TestMembers::setPassphraseAndConflictsOfSelected()
{
    MembersDialog dialog(*m_store, m_chair);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectMember(QStringLiteral("x2")));
    const int row = rowOf(dialog, QStringLiteral("x2"));
    QCOMPARE(dialog.table()->item(row, MembersDialog::PassphraseColumn)->text(), QStringLiteral("no"));
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("x2 passphrase"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("x2 passphrase"));
    QTest::mouseClick(dialog.setPassphraseButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorLabel()->text().isEmpty(), qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(dialog.table()->item(rowOf(dialog, QStringLiteral("x2")),
                                  MembersDialog::PassphraseColumn)->text(), QStringLiteral("yes"));
    QVERIFY(m_store->checkPassphrase(QStringLiteral("x2"), QStringLiteral("x2 passphrase")));

    check(dialog.conflictsList(), QStringLiteral("a"));
    QTest::mouseClick(dialog.saveConflictsButton(), Qt::LeftButton);
    QCOMPARE(memberOf(QStringLiteral("x2")).conflicts, QStringList{QStringLiteral("a")});
    QCOMPARE(dialog.table()->item(rowOf(dialog, QStringLiteral("x2")),
                                  MembersDialog::ConflictsColumn)->text(), QStringLiteral("a"));
}

void TestMembers::expertSeesOnlyThemselves()
{
    MembersDialog dialog(*m_store, memberOf(QStringLiteral("x2")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.addButton()->isVisibleTo(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, MembersDialog::IdColumn)->text(), QStringLiteral("x2"));
    QVERIFY(dialog.saveConflictsButton()->isEnabled());
    check(dialog.conflictsList(), QStringLiteral("b"));
    QTest::mouseClick(dialog.saveConflictsButton(), Qt::LeftButton);
    QCOMPARE(memberOf(QStringLiteral("x2")).conflicts, QStringList{QStringLiteral("b")});
    const auto log = m_store->auditLog();
    QCOMPARE(log.back().action, QStringLiteral("set-conflicts"));
    QCOMPARE(log.back().actor, QStringLiteral("x2"));
}

QTEST_MAIN(TestMembers)
#include "tst_members.moc"
