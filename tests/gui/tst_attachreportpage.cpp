// Attaching a provenance report on the findings page, offscreen as a user would: the expert
// selects a component, presses "Attach report…" with the keyboard (Space on the focused button), picks a JSON
// report file, and sees it listed with its suggestion and SHA-256 prefix; the component's
// evidence text now cites the report; the file holds it byte for byte; "Save report…"
// writes the same bytes back. A malformed file is refused with the key named and nothing
// changes. PANELDESK_SCREENSHOTS=dir saves the page with the attached report.
#include "ScriptedDialogs.h"
#include "../itemmodels/SheetFixture.h"

#include "findings/FindingsPage.h"
#include "itemmodels/ComponentTableModel.h"
#include "provenance/ProvenanceSummary.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString kNaver = QStringLiteral("naver");

QByteArray report()
{
    return QByteArrayLiteral(R"({"format": "paneldesk-provenance", "version": 1, "program": "paneldesk",
  "candidate": {"path": "naver.safetensors", "size": 1, "sha256": ")")
        + QByteArray(64, 'c') + QByteArrayLiteral(R"("},
                  "reference": {"path": "qwen.safetensors", "size": 1, "sha256": ")")
        + QByteArray(64, 'd') + QByteArrayLiteral(R"("},
  "identical": {"tensors": 0, "parameters": 0, "share": 0.0},
  "tests": {"phi_u": {"log10_p": -41.5}, "phi_gu": {"log10_p": -2.1}},
  "suggestion": "initialized", "reason": "phi_U matches a model initialised from the reference"}
)");
}

} // namespace

class TestAttachReportPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<FindingsPage> m_page;
    QString m_chosen;   // what the file chooser answers
    ScriptedDialogs m_dialogs;

    void open(const QString &memberId)
    {
        Member me;
        me.id = memberId;
        me.name = memberId;
        m_page = std::make_unique<FindingsPage>(*m_store, me);
        m_dialogs.onFile = [this](const QString &, const QString &) { return m_chosen; };
        m_page->setDialogs(m_dialogs);
        m_page->resize(1300, 820);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("attach.db"));
        QFile::remove(m_path);
        m_store = createSheetDatabase(m_path);
    }

    void cleanup()
    {
        m_page.reset();
        m_store.reset();
    }

    void expertAttachesAReport()
    {
        open(kExpert);
        QVERIFY(m_page->openTeam(kNaver));
        AttachedReportsPanel *panel = m_page->reportsPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->table()->rowCount(), 0);
        QVERIFY(!panel->attachButton()->isEnabled());   // no component selected yet
        m_page->table()->setFocus();
        m_page->table()->setCurrentIndex(m_page->model()->index(1, 0));
        QVERIFY(panel->attachButton()->isEnabled());
        const qint64 component = m_page->model()->findings().components.at(1).id;

        // a malformed report is refused, naming the key; nothing is attached
        m_chosen = writeFile(QStringLiteral("bad.json"), QByteArray(report()).replace("\"version\": 1", "\"version\": 3"));
        QTest::keyClick(panel->attachButton(), Qt::Key_Space);
        QVERIFY2(panel->messageText().contains(QLatin1String("version")), qPrintable(u"[" + panel->messageText() + u"]" + m_chosen));
        QCOMPARE(SqliteStore::open(m_path)->loadAttachedReports(kNaver).size(), size_t(0));

        m_chosen = writeFile(QStringLiteral("naver-vs-qwen.json"), report());
        QTest::keyClick(panel->attachButton(), Qt::Key_Space);
        const QString sha = sha256Hex(report());
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 0)->text(), m_page->model()->findings().components.at(1).finding.component);
        QVERIFY(panel->table()->item(0, 1)->text().startsWith(QLatin1String("initialized")));
        QCOMPARE(panel->table()->item(0, 3)->text(), sha.left(12));
        QCOMPARE(panel->table()->item(0, 4)->text(), kExpert);
        const auto stored = SqliteStore::open(m_path)->loadAttachedReports(kNaver);
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored[0].bytes, report());
        // the evidence column now cites the report, on the page as in the file
        const QString evidence = m_page->model()->findings().component(component)->finding.evidence;
        QVERIFY2(evidence.contains(sha), qPrintable(evidence));
        QCOMPARE(SqliteStore::open(m_path)->loadFindings(kNaver).component(component)->finding.evidence, evidence);

        if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS"))
            m_page->grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS") + u"/findings-attached-report.png"_qs);

        // save it back: the same bytes
        panel->table()->setFocus();
        panel->table()->selectRow(0);
        QVERIFY(panel->saveButton()->isEnabled());
        m_chosen = m_dir.filePath(QStringLiteral("saved.json"));
        QTest::keyClick(panel->saveButton(), Qt::Key_Space);
        QFile saved(m_chosen);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), report());
    }

    void secretariatCannotAttach()
    {
        open(QStringLiteral("secretariat"));
        QVERIFY(m_page->openTeam(kNaver));
        m_page->table()->setCurrentIndex(m_page->model()->index(0, 0));
        QVERIFY(m_page->reportsPanel()->isVisible());   // reads the attached reports
        QVERIFY(!m_page->reportsPanel()->attachButton()->isEnabled());
    }
};

QTEST_MAIN(TestAttachReportPage)
#include "tst_attachreportpage.moc"
