// Independence findings edited one change at a time (issue 3, item 4): components added,
// changed and removed with stable ids; one note per member and component; the chair's
// verdict with its rationale. Who may do what (the role) is checked by the use case
// (services/FindingsService.h, rows below that go through it; every role and action is in
// tests/services/tst_findingsservice); the store keeps the data rules, conflicts included.
// Every refusal changes nothing, not even the audit log; every change is audited.
#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "services/FindingsService.h"
#include "storage/SqliteStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace pd;
using namespace pd::test;

namespace {

// fullPanel(): e01 chair; e02 expert (conflict nc); e03 expert (conflicts skt, lg);
// s01 secretariat; o01 observer. naver has components 0 and 1, lg 2 and 3; upstage has
// no independence entry at all.
const QString e01 = QStringLiteral("e01");
const QString e02 = QStringLiteral("e02");
const QString e03 = QStringLiteral("e03");

QString refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const InputError &error) {
        return error.message();
    }
    return {};
}

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

ComponentFinding component(const char *name, Weights weights = Weights::Initialized)
{
    ComponentFinding f;
    f.component = QString::fromUtf8(name);
    f.weights = weights;
    f.evidence = QStringLiteral("technical report");
    return f;
}

} // namespace

class TestFindings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;

    void expectRefused(const std::function<void()> &action, const QString &expected)
    {
        const Panel before = m_store->loadPanel();
        const TeamFindings naverBefore = m_store->loadFindings(QStringLiteral("naver"));
        const auto auditBefore = m_store->auditLog().size();
        const QString message = refusal(action);
        QVERIFY2(!message.isEmpty(), "not refused");
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(firstDifference(m_store->loadPanel(), before), QString());
        QVERIFY(m_store->loadFindings(QStringLiteral("naver")) == naverBefore);
        QCOMPARE(m_store->auditLog().size(), auditBefore);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("findings%1.db").arg(++m_counter));
        m_store = SqliteStore::create(m_path);
        m_store->replacePanel(fullPanel(), QStringLiteral("cli"));
    }

    void cleanup() { m_store.reset(); }

    void loadsComponentsWithIds()
    {
        const TeamFindings naver = m_store->loadFindings(QStringLiteral("naver"));
        QCOMPARE(toString(naver.verdict), QStringLiteral("fail"));
        QCOMPARE(naver.components.size(), size_t(2));
        QCOMPARE(naver.components[0].id, 0);
        QCOMPARE(naver.components[0].finding, fullPanel().independence[0].components[0]);
        QCOMPARE(naver.components[1].id, 1);
        QCOMPARE(m_store->loadFindings(QStringLiteral("lg")).components[0].id, 2);
        const TeamFindings upstage = m_store->loadFindings(QStringLiteral("upstage"));
        QCOMPARE(toString(upstage.verdict), QStringLiteral("pending"));
        QVERIFY(upstage.components.empty());
        QVERIFY(!refusal([&] { m_store->loadFindings(QStringLiteral("nobody")); }).isEmpty());
    }

    void addUpdateRemoveAreCommittedAndAudited()
    {
        const QString up = QStringLiteral("upstage");
        const qint64 id = m_store->addComponent(up, component("backbone"), e02);
        QCOMPARE(id, 4);
        // durable at once: a second connection sees it
        auto reopened = SqliteStore::open(m_path);
        QCOMPARE(reopened->loadFindings(up).components.size(), size_t(1));
        reopened.reset();
        // the panel gains a pending entry for upstage carrying the component
        const Panel panel = m_store->loadPanel();
        const Independence *entry = panel.independenceOf(up);
        QVERIFY(entry);
        QCOMPARE(toString(entry->verdict), QStringLiteral("pending"));
        QCOMPARE(entry->components.size(), size_t(1));
        QCOMPARE(m_store->auditLog().back().action, QStringLiteral("add-component"));
        QCOMPARE(m_store->auditLog().back().entity,
                 QStringLiteral("independence/%1/upstage/components/4").arg(panel.round.id));

        ComponentFinding changed = component("backbone", Weights::Reused);
        changed.source = QStringLiteral("Llama 3");
        changed.evidenceFile = QStringLiteral("evidence/upstage.pdf");
        m_store->updateComponent(id, changed, e01);
        QCOMPARE(m_store->loadFindings(up).components[0].finding, changed);
        const AuditEntry update = m_store->auditLog().back();
        QCOMPARE(update.action, QStringLiteral("update-component"));
        QCOMPARE(object(update.oldValue).value(QStringLiteral("weights")).toString(),
                 QStringLiteral("initialized"));
        QCOMPARE(object(update.newValue).value(QStringLiteral("weights")).toString(),
                 QStringLiteral("reused"));
        QCOMPARE(object(update.newValue).value(QStringLiteral("evidence_file")).toString(),
                 QStringLiteral("evidence/upstage.pdf"));
        // the same values again: nothing written, nothing audited
        const auto entries = m_store->auditLog().size();
        m_store->updateComponent(id, changed, e01);
        QCOMPARE(m_store->auditLog().size(), entries);

        m_store->removeComponent(id, e02);
        QVERIFY(m_store->loadFindings(up).components.empty());
        QCOMPARE(m_store->auditLog().back().action, QStringLiteral("remove-component"));
        QCOMPARE(object(m_store->auditLog().back().oldValue).value(QStringLiteral("source")).toString(),
                 QStringLiteral("Llama 3"));
        // ids are not reused while the component exists; a new one gets a fresh id
        QCOMPARE(m_store->addComponent(up, component("tokenizer"), e02), 4);
        QCOMPARE(m_store->addComponent(up, component("vision"), e02), 5);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("observer adds") << "observer-add" << "only the chair and experts";
        QTest::newRow("secretariat adds") << "secretariat-add" << "only the chair and experts";
        QTest::newRow("unknown member adds") << "unknown-add" << "only the chair and experts";
        QTest::newRow("conflicted expert adds") << "conflict-add" << "conflict of interest";
        QTest::newRow("conflicted expert changes") << "conflict-update" << "conflict of interest";
        QTest::newRow("conflicted expert removes") << "conflict-remove" << "conflict of interest";
        QTest::newRow("conflicted expert notes") << "conflict-note" << "conflict of interest";
        QTest::newRow("blank component name") << "blank-name" << "needs a name";
        QTest::newRow("blank name on update") << "blank-update" << "needs a name";
        QTest::newRow("unknown component") << "unknown-component" << "no model component 99";
        QTest::newRow("unknown team") << "unknown-team" << "unknown team";
        QTest::newRow("expert records verdict") << "expert-verdict" << "only the chair";
        QTest::newRow("secretariat records verdict") << "secretariat-verdict" << "only the chair";
        QTest::newRow("fail without rationale") << "fail-blank" << "rationale";
        QTest::newRow("pass without rationale") << "pass-blank" << "rationale";
        QTest::newRow("no actor") << "no-actor" << "actor";
    }

    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const QString lg = QStringLiteral("lg"), naver = QStringLiteral("naver");
        const std::map<QString, std::function<void()>> actions{
            {QStringLiteral("observer-add"),
             [&] { FindingsService(*m_store).addComponent(naver, component("x"), QStringLiteral("o01")); }},
            {QStringLiteral("secretariat-add"),
             [&] { FindingsService(*m_store).addComponent(naver, component("x"), QStringLiteral("s01")); }},
            {QStringLiteral("unknown-add"),
             [&] { FindingsService(*m_store).addComponent(naver, component("x"), QStringLiteral("zz")); }},
            {QStringLiteral("conflict-add"), [&] { m_store->addComponent(lg, component("x"), e03); }},
            {QStringLiteral("conflict-update"),
             [&] { m_store->updateComponent(2, component("x"), e03); }},
            {QStringLiteral("conflict-remove"), [&] { m_store->removeComponent(3, e03); }},
            {QStringLiteral("conflict-note"),
             [&] { m_store->setComponentNote(2, QStringLiteral("seen"), e03); }},
            {QStringLiteral("blank-name"), [&] { m_store->addComponent(naver, component("  "), e02); }},
            {QStringLiteral("blank-update"), [&] { m_store->updateComponent(0, component(""), e02); }},
            {QStringLiteral("unknown-component"),
             [&] { m_store->updateComponent(99, component("x"), e02); }},
            {QStringLiteral("unknown-team"),
             [&] { m_store->addComponent(QStringLiteral("zz"), component("x"), e02); }},
            {QStringLiteral("expert-verdict"),
             [&] { FindingsService(*m_store).recordVerdict(naver, Verdict::Pass, QStringLiteral("ok"), e02); }},
            {QStringLiteral("secretariat-verdict"),
             [&] { FindingsService(*m_store).recordVerdict(naver, Verdict::Pass, QStringLiteral("ok"), QStringLiteral("s01")); }},
            {QStringLiteral("fail-blank"),
             [&] { m_store->recordVerdict(lg, Verdict::Fail, QStringLiteral(" "), e01); }},
            {QStringLiteral("pass-blank"),
             [&] { m_store->recordVerdict(naver, Verdict::Pass, QString(), e01); }},
            {QStringLiteral("no-actor"), [&] { m_store->removeComponent(0, QString()); }},
        };
        expectRefused(actions.at(what), expected);
    }

    void notesAreOnePerMemberAndGoWithTheirComponent()
    {
        m_store->setComponentNote(0, QStringLiteral("weights match the Qwen release"), e02);
        m_store->setComponentNote(0, QStringLiteral("confirmed in the model card"), e01);
        m_store->setComponentNote(1, QStringLiteral("trained from scratch"), e02);
        TeamFindings naver = m_store->loadFindings(QStringLiteral("naver"));
        QCOMPARE(naver.notes.size(), size_t(3));
        // by component, then in member order (e01 is listed before e02)
        QCOMPARE(naver.notes[0].member, e01);
        QCOMPARE(naver.notes[1].member, e02);
        QCOMPARE(naver.notesOf(1).size(), size_t(1));
        QVERIFY(naver.notes[0].updatedAt.isValid());
        // a second note by the same member replaces the first
        m_store->setComponentNote(0, QStringLiteral("same as Qwen2.5-VL 7B"), e02);
        naver = m_store->loadFindings(QStringLiteral("naver"));
        QCOMPARE(naver.notesOf(0).size(), size_t(2));
        QCOMPARE(naver.notesOf(0)[1].note, QStringLiteral("same as Qwen2.5-VL 7B"));
        const AuditEntry entry = m_store->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("component-note"));
        QCOMPARE(object(entry.oldValue).value(QStringLiteral("note")).toString(),
                 QStringLiteral("weights match the Qwen release"));
        // blank removes the member's note only
        m_store->setComponentNote(0, QStringLiteral("  "), e02);
        QCOMPARE(m_store->loadFindings(QStringLiteral("naver")).notesOf(0).size(), size_t(1));
        // removing the component removes its notes, and says so in the audit log
        m_store->removeComponent(0, e01);
        naver = m_store->loadFindings(QStringLiteral("naver"));
        QCOMPARE(naver.notes.size(), size_t(1));
        QCOMPARE(naver.notes[0].componentId, 1);
        QCOMPARE(object(m_store->auditLog().back().oldValue)
                     .value(QStringLiteral("notes_removed")).toInt(), 1);
    }

    void schemaRefusesNoteOfConflictedMember()
    {
        m_store.reset();
        RawDb raw(m_path);
        const QString message = raw.tryExec(QStringLiteral(
            "INSERT INTO component_notes SELECT round_id, seq, 'e03', 'x', "
            "'2026-01-10T00:00:00.000Z' FROM component_findings WHERE seq = 2"));
        QVERIFY2(message.contains(QLatin1String("conflict of interest")), qPrintable(message));
    }

    void chairRecordsVerdict()
    {
        const QString up = QStringLiteral("upstage");
        m_store->recordVerdict(up, Verdict::Pass, QStringLiteral("자체 개발 확인"), e01);
        TeamFindings findings = m_store->loadFindings(up);
        QCOMPARE(toString(findings.verdict), QStringLiteral("pass"));
        QCOMPARE(findings.rationale, QStringLiteral("자체 개발 확인"));
        QCOMPARE(toString(m_store->loadPanel().independenceOf(up)->verdict), QStringLiteral("pass"));
        AuditEntry entry = m_store->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("record-verdict"));
        QCOMPARE(object(entry.oldValue).value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("pending"));
        QVERIFY(!object(entry.newValue).contains(QStringLiteral("differs_from_rules")));
        // back to pending needs no rationale
        m_store->recordVerdict(up, Verdict::Pending, QString(), e01);
        QCOMPARE(toString(m_store->loadFindings(up).verdict), QStringLiteral("pending"));
        // naver's vision encoder reuses weights: R5 suggests fail; pass differs and says so
        m_store->recordVerdict(QStringLiteral("naver"), Verdict::Pass,
                               QStringLiteral("panel accepts the frozen encoder"), e01);
        entry = m_store->auditLog().back();
        QVERIFY(object(entry.newValue).value(QStringLiteral("differs_from_rules")).toBool());
        // the same verdict again: nothing audited
        const auto entries = m_store->auditLog().size();
        m_store->recordVerdict(QStringLiteral("naver"), Verdict::Pass,
                               QStringLiteral("panel accepts the frozen encoder"), e01);
        QCOMPARE(m_store->auditLog().size(), entries);
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
