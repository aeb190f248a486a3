// Two PanelDesks on one file, seen from the expert's sheet editor driven with the keyboard:
// - another PanelDesk is writing (an import holds the write lock): the save waits in a
//   window-modal dialog that says what it waits for, with Cancel; cancelled, nothing is
//   written and the editor says so; when the other finishes, the save goes through;
// - the sheet was changed in another window since it was opened (T6): the save is refused
//   with a message naming who, nothing is overwritten, and the editor shows what is stored.
// Every moment (cancel, the other writer finishing) is driven from the wait dialog's own
// signal, never by a timer racing the work.
#include "../itemmodels/SheetFixture.h"

#include "WriteWaitPrompt.h"
#include "itemmodels/SheetTableModel.h"
#include "sheets/ExpertWorkspace.h"
#include "sheets/SheetEditor.h"
#include "sheets/SheetTableView.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/WriterActivity.h"

#include <QApplication>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestWriteConflicts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ExpertWorkspace> m_workspace;

    SheetEditor *editor() const { return m_workspace->sheetEditor(); }
    SheetTableModel *model() const { return editor()->model(); }
    static QWidget *focus() { return QApplication::focusWidget(); }
    QString item(int row) const
    {
        return model()->index(row, 0).data(SheetTableModel::ItemIdRole).toString();
    }
    QString cell(int row) const
    {
        return model()->index(row, SheetTableModel::ScoreColumn).data().toString();
    }
    std::optional<double> inFile(int row) const
    {
        const auto s = SqliteStore::open(m_path)->loadExpertScore(kExpert, kTeam, item(row));
        return s ? std::optional<double>(s->score) : std::nullopt;
    }
    void type(int row, const QString &text)
    {
        const QModelIndex index = model()->index(row, SheetTableModel::ScoreColumn);
        editor()->table()->setCurrentIndex(index);
        editor()->table()->edit(index);
        QVERIFY(qobject_cast<QLineEdit *>(focus()));
        static_cast<QLineEdit *>(focus())->selectAll();
        QTest::keyClicks(focus(), text);
        QTest::keyClick(focus(), Qt::Key_Return);
    }
    void openSheet()
    {
        Member me;
        me.id = kExpert;
        me.name = QStringLiteral("Kim Expert");
        m_workspace = std::make_unique<ExpertWorkspace>(*m_store, me);
        m_workspace->resize(1200, 700);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
        QVERIFY(m_workspace->openTeam(kTeam));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("c%1.db").arg(++m_counter));
        m_store = createSheetDatabase(m_path);
    }
    void cleanup()
    {
        m_workspace.reset();
        m_store.reset();
    }

    void cancelledWaitWritesNothing()
    {
        openSheet();
        WriteWaitPrompt prompt(m_workspace.get());
        m_store->setWriteWait(prompt.policy());
        SqliteConnection other(m_path, SqliteConnection::Mode::ReadWrite);
        execSql(other.db(), QStringLiteral("BEGIN IMMEDIATE"));
        WriterActivity notice(m_path, QStringLiteral("import of ratings.csv"));

        QString label;
        bool modal = false;
        connect(&prompt, &WriteWaitPrompt::waiting, this, [&](const QString &text) {
            label = text;
            QProgressDialog *dialog = prompt.dialog();
            modal = dialog && dialog->isVisible() && dialog->windowModality() == Qt::WindowModal;
            if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS"))
                m_workspace->grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS")
                                         + QStringLiteral("/write-wait-editor.png"));
            if (dialog) {
                if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS"))
                    dialog->grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS")
                                        + QStringLiteral("/write-wait.png"));
                QPushButton *cancel = dialog->findChild<QPushButton *>();
                QVERIFY(cancel);
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        });
        type(0, QStringLiteral("7.5"));

        QVERIFY2(label.contains(QStringLiteral("Waiting for another PanelDesk (import of ratings.csv, process")),
                 qPrintable(label));
        QVERIFY2(label.contains(u"up to 120 second"), qPrintable(label));   // "seconds" with the English plurals
        QVERIFY(modal);
        QVERIFY(!prompt.dialog());   // gone once the wait ended
        QVERIFY2(editor()->messageText().contains(u"you stopped waiting"), qPrintable(editor()->messageText()));
        QVERIFY(!editor()->messageText().contains(u"locked"));
        QCOMPARE(cell(0), QString());   // the old value (none) stays
        execSql(other.db(), QStringLiteral("COMMIT"));
        QVERIFY(!inFile(0));
    }

    void waitEndsWhenTheOtherFinishes()
    {
        openSheet();
        WriteWaitPrompt prompt(m_workspace.get());
        m_store->setWriteWait(prompt.policy());
        auto other = std::make_unique<SqliteConnection>(m_path, SqliteConnection::Mode::ReadWrite);
        execSql(other->db(), QStringLiteral("BEGIN IMMEDIATE"));
        int shown = 0;
        connect(&prompt, &WriteWaitPrompt::waiting, this, [&](const QString &) {
            if (++shown == 2 && other) {
                execSql(other->db(), QStringLiteral("COMMIT"));   // the import is done
                other.reset();
            }
        });
        type(0, QStringLiteral("7.5"));
        QCOMPARE(shown, 2);
        QVERIFY(!prompt.dialog());
        QCOMPARE(cell(0), QStringLiteral("7.5"));
        QCOMPARE(inFile(0), std::optional<double>(7.5));
    }

    void staleCopyIsRefusedAndShowsWhatIsStored()
    {
        openSheet();
        // The same expert's sheet changed in another window after this one opened it.
        auto otherWindow = SqliteStore::open(m_path);
        otherWindow->setExpertScore({kExpert, kTeam, item(0), 5.0, false, {}}, kExpert);

        type(0, QStringLiteral("7.5"));

        const QString message = editor()->messageText();
        QVERIFY2(message.contains(u"was changed by you (k01), in another window or with paneldesk-cli"),
                 qPrintable(message));
        QVERIFY2(message.contains(u"nothing was saved"), qPrintable(message));
        QCOMPARE(inFile(0), std::optional<double>(5.0));   // not overwritten
        QCOMPARE(cell(0), QStringLiteral("5"));             // the editor shows what is stored
        QVERIFY(!model()->undoStack()->canUndo());
        if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS"))
            m_workspace->grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS")
                                     + QStringLiteral("/stale-edit.png"));

        // Having seen it, the expert enters the change again: saved.
        type(0, QStringLiteral("7.5"));
        QCOMPARE(inFile(0), std::optional<double>(7.5));
        QCOMPARE(cell(0), QStringLiteral("7.5"));
    }
};

QTEST_MAIN(TestWriteConflicts)
#include "tst_writeconflicts.moc"
