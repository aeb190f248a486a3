// Offline score sheets (importers/SheetsFileIo.h): a member's export holds their teams (not
// the conflicted one) with their drafts; the chair's import writes it with the checks of
// typed entry, all or nothing, audits it, keeps submitted sheets locked, and refuses bad
// files with their JSON path and the database unchanged.

#include "../importers/ImportTestSupport.h"
#include "../importers/SignedSheetsSupport.h"
#include "../trust/SignAs.h"

#include "domain/Errors.h"
#include "importers/SheetsExchange.h"
#include "importers/SheetsWorkspace.h"
#include "storage/SqliteStore.h"
#include "templates/FirstEvaluationTemplate.h"
#include "trust/Verification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestSheetsImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exportHoldsTheMembersTeamsAndDrafts();
    void filledSheetsImportAndSubmit();
    void submittedSheetsStayLocked();
    void filledInAScratchPanelOnAnotherMachine();
    void badFiles_data();
    void badFiles();

private:
    QJsonObject exported(const QString &member = u"x2"_qs);
    SheetsImportResult importJson(const QJsonObject &root);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestSheetsImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"p.paneldesk"_qs);
    createPanelWithChair(firstEvaluationTemplate(u"Program"_qs, u"R"_qs, QDate(2026, 3, 1),
                                                 {{u"a"_qs, u"Alpha"_qs, {}, {}},
                                                  {u"b"_qs, u"Beta"_qs, {}, {}},
                                                  {u"c"_qs, u"Gamma"_qs, {}, {}}}),
                         m_db, {u"c1"_qs, u"Chair"_qs, Role::Chair, {}}, u"chair passphrase"_qs);
    auto store = SqliteStore::open(m_db);
    signAs(*store, u"c1"_qs, u"chair passphrase"_qs);
    addMemberWithKey(*store, {u"x2"_qs, u"Expert Two"_qs, Role::Expert, {u"c"_qs}},
                     u"x2 passphrase"_qs, u"c1"_qs);
    signAs(*store, u"x2"_qs, u"x2 passphrase"_qs);
    store->setExpertScore({u"x2"_qs, u"a"_qs, u"strategy"_qs, 6.5, false, u"draft note"_qs}, u"x2"_qs);
}

QJsonObject TestSheetsImport::exported(const QString &member)
{
    const QString out = m_dir->filePath(u"x2-sheets.json"_qs);
    auto store = SqliteStore::open(m_db);
    exportSheets(*store, member, out, openKey(*store, u"x2"_qs, u"x2 passphrase"_qs));
    QFile file(out);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

SheetsImportResult TestSheetsImport::importJson(const QJsonObject &root)
{
    const QString path = m_dir->filePath(u"filled.json"_qs);
    auto store = SqliteStore::open(m_db);
    // signed again by x2 after the test's changes, as x2's PanelDesk does when exporting
    writeFile(path, QJsonDocument(signedSheetsJson(root, openKey(*store, u"x2"_qs, u"x2 passphrase"_qs))).toJson());
    signAs(*store, u"c1"_qs, u"chair passphrase"_qs);
    return importSheetsFile(*store, path, u"filled.json"_qs, u"c1"_qs);
}

void TestSheetsImport::exportHoldsTheMembersTeamsAndDrafts()
{
    const QJsonObject root = exported();
    QCOMPARE(root.value(u"format").toString(), u"paneldesk-sheets"_qs);
    QCOMPARE(root.value(u"version").toInt(), 2);
    QCOMPARE(root.value(u"member").toString(), u"x2"_qs);
    QVERIFY(!root.value(u"key").toObject().value(u"sealed_secret").toString().isEmpty());
    const QJsonArray sheets = root.value(u"sheets").toArray();
    QCOMPARE(sheets.size(), 2);   // a and b; not c (conflict of interest)
    QCOMPARE(sheets[0].toObject().value(u"team").toString(), u"a"_qs);
    QCOMPARE(sheets[1].toObject().value(u"team").toString(), u"b"_qs);
    const QJsonArray scores = sheets[0].toObject().value(u"scores").toArray();
    QCOMPARE(scores.size(), 1);
    QCOMPARE(scores[0].toObject().value(u"score").toDouble(), 6.5);
    QCOMPARE(scores[0].toObject().value(u"comment").toString(), u"draft note"_qs);
    QCOMPARE(QByteArray::fromBase64(sheets[0].toObject().value(u"signature").toString().toLatin1()).size(), 64);
    QCOMPARE(root.value(u"items").toArray().size(), 3);
    // the unchanged export imports (only the import itself is audited); x2's draft is sealed
    // to x2, so the chair's import cannot compare it and writes the file's one score again
    const SheetsImportResult result = importJson(root);
    QVERIFY2(result.imported, qPrintable(result.issues.text()));
    QCOMPARE(result.outcome.scoresWritten, 1);
    auto store = SqliteStore::open(m_db);
    QCOMPARE(store->auditLog().back().action, u"import-sheets"_qs);
    QVERIFY_THROWS_EXCEPTION(InputError, exportSheets(*store, u"nobody"_qs, m_dir->filePath(u"n.json"_qs),
                                                      openKey(*store, u"x2"_qs, u"x2 passphrase"_qs)));
    QVERIFY(!QFile::exists(m_dir->filePath(u"n.json"_qs)));
}

void TestSheetsImport::filledSheetsImportAndSubmit()
{
    QJsonObject root = exported();
    QJsonArray sheets = root.value(u"sheets").toArray();
    QJsonObject a = sheets[0].toObject();
    a.insert(u"scores"_qs, QJsonArray{QJsonObject{{u"item"_qs, u"strategy"_qs}, {u"score"_qs, 8.0}, {u"comment"_qs, u""_qs}},
                                      QJsonObject{{u"item"_qs, u"technology"_qs}, {u"score"_qs, 12.5}},
                                      QJsonObject{{u"item"_qs, u"impact"_qs}, {u"score"_qs, 7.0}}});
    a.insert(u"opinion"_qs, u"strong plan"_qs);
    a.insert(u"state"_qs, u"submitted"_qs);
    sheets[0] = a;
    QJsonObject b = sheets[1].toObject();
    b.insert(u"scores"_qs, QJsonArray{QJsonObject{{u"item"_qs, u"impact"_qs}, {u"score"_qs, 4.5}}});
    sheets[1] = b;
    root.insert(u"sheets"_qs, sheets);
    const SheetsImportResult result = importJson(root);
    QVERIFY2(result.imported, qPrintable(result.issues.text()));
    QCOMPARE(result.outcome.scoresWritten, 4);
    QCOMPARE(result.outcome.sheetsSubmitted, 1);
    auto store = SqliteStore::open(m_db);
    const auto sheetRecords = store->loadSheets();
    bool aSubmitted = false, bDraft = false;
    for (const SheetRecord &s : sheetRecords) {
        if (s.reviewer == u"x2"_qs && s.team == u"a"_qs)
            aSubmitted = s.submitted && s.opinion == u"strong plan"_qs;
        if (s.reviewer == u"x2"_qs && s.team == u"b"_qs)
            bDraft = !s.submitted;
    }
    QVERIFY(aSubmitted);
    QVERIFY(bDraft);
    const auto log = store->auditLog();
    QCOMPARE(log.back().action, u"import-sheets"_qs);
    QCOMPARE(log.back().actor, u"c1"_qs);
    QVERIFY(log.back().reason.contains(u"filled.json"));
    // a's submission, as the member's own; b's draft went in sealed to x2 (trust.md,
    // "Drafts"), covered by the chair's entry alone
    QCOMPARE(log[log.size() - 2].action, u"submit-sheet"_qs);
    QCOMPARE(log[log.size() - 2].actor, u"x2"_qs);
    QVERIFY(store->loadSheetScores(u"x2"_qs, u"b"_qs).empty());   // the chair cannot read it
    openKey(*store, u"x2"_qs, u"x2 passphrase"_qs);
    QCOMPARE(store->loadSheetScores(u"x2"_qs, u"b"_qs).size(), size_t(1));
    QCOMPARE(store->loadSheetScores(u"x2"_qs, u"b"_qs).front().score, 4.5);
    // the chair's entry covers the member's unsigned entries; the submitted sheet verifies
    // against x2's signature kept in it
    const VerifyReport report = verifyStore(*store);
    QVERIFY2(report.ok(), qPrintable(report.chain.problems.join(u'\n') + report.recordProblems.join(u'\n')));
    QCOMPARE(report.sheetsChecked, 1);
    QVERIFY(report.unsignedRecords.isEmpty());
}

void TestSheetsImport::submittedSheetsStayLocked()
{
    QJsonObject root = exported();
    QJsonArray sheets = root.value(u"sheets").toArray();
    QJsonObject a = sheets[0].toObject();
    a.insert(u"scores"_qs, QJsonArray{QJsonObject{{u"item"_qs, u"strategy"_qs}, {u"score"_qs, 8.0}},
                                      QJsonObject{{u"item"_qs, u"technology"_qs}, {u"score"_qs, 12.5}},
                                      QJsonObject{{u"item"_qs, u"impact"_qs}, {u"score"_qs, 7.0}}});
    a.insert(u"state"_qs, u"submitted"_qs);
    sheets[0] = a;
    root.insert(u"sheets"_qs, sheets);
    QVERIFY(importJson(root).imported);
    // the same file again: unchanged, fine
    SheetsImportResult again = importJson(root);
    QVERIFY2(again.imported, qPrintable(again.issues.text()));
    QCOMPARE(again.outcome.sheetsUnchanged, 1);
    // a changed score on the submitted sheet: refused, nothing written
    a.insert(u"scores"_qs, QJsonArray{QJsonObject{{u"item"_qs, u"strategy"_qs}, {u"score"_qs, 9.0}},
                                      QJsonObject{{u"item"_qs, u"technology"_qs}, {u"score"_qs, 12.5}},
                                      QJsonObject{{u"item"_qs, u"impact"_qs}, {u"score"_qs, 7.0}}});
    sheets[0] = a;
    root.insert(u"sheets"_qs, sheets);
    const QByteArray before = databaseFingerprint(m_db);
    again = importJson(root);
    QVERIFY(!again.imported);
    QVERIFY2(again.issues.text().contains(u"filled.json: sheets[0]: "), qPrintable(again.issues.text()));
    QVERIFY(again.issues.text().contains(u"submitted"));
    QCOMPARE(databaseFingerprint(m_db), before);
}

void TestSheetsImport::filledInAScratchPanelOnAnotherMachine()
{
    exported();   // x2-sheets.json: team a with a draft score, team b empty
    QVERIFY_THROWS_EXCEPTION(InputError, createSheetsWorkspace(m_dir->filePath(u"x2-sheets.json"_qs),
                                                               m_dir->filePath(u"offline"_qs),
                                                               u"wrong passphrase"_qs));
    const SheetsWorkspace workspace = createSheetsWorkspace(
        m_dir->filePath(u"x2-sheets.json"_qs), m_dir->filePath(u"offline"_qs), u"x2 passphrase"_qs);
    QCOMPARE(workspace.member.id, u"x2"_qs);
    QVERIFY(workspace.key);
    {
        auto scratch = SqliteStore::open(workspace.dbPath);
        scratch->setSigner(std::make_shared<const MemberKey>(*workspace.key));
        const Panel panel = scratch->loadPanel();
        QCOMPARE(panel.teams.size(), size_t(2));
        QCOMPARE(panel.expertScores.size(), size_t(1));   // the draft came along
        QVERIFY(panel.program.notice.contains(u"not the panel's database"));
        // the rubric's checks hold there too
        QVERIFY_THROWS_EXCEPTION(InputError, scratch->setExpertScore(
            {u"x2"_qs, u"a"_qs, u"impact"_qs, 7.3, false, {}}, u"x2"_qs));
        scratch->setExpertScore({u"x2"_qs, u"a"_qs, u"technology"_qs, 12, false, {}}, u"x2"_qs);
        scratch->setExpertScore({u"x2"_qs, u"a"_qs, u"impact"_qs, 7.5, false, u"ok"_qs}, u"x2"_qs);
        scratch->submitSheet(u"x2"_qs, u"a"_qs, u"x2"_qs);
        exportSheets(*scratch, u"x2"_qs, m_dir->filePath(u"x2-filled.json"_qs), *workspace.key);
    }
    auto store = SqliteStore::open(m_db);
    signAs(*store, u"c1"_qs, u"chair passphrase"_qs);
    const SheetsImportResult result =
        importSheetsFile(*store, m_dir->filePath(u"x2-filled.json"_qs), u"x2-filled.json"_qs, u"c1"_qs);
    QVERIFY2(result.imported, qPrintable(result.issues.text()));
    QCOMPARE(result.outcome.scoresWritten, 3);   // the sealed draft cannot be compared: all three
    QCOMPARE(result.outcome.sheetsSubmitted, 1);
    bool submitted = false;
    for (const SheetRecord &s : store->loadSheets())
        submitted = submitted || (s.reviewer == u"x2"_qs && s.team == u"a"_qs && s.submitted);
    QVERIFY(submitted);
    QVERIFY(verifyStore(*store).ok());
}

void TestSheetsImport::badFiles_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("says");
    QTest::newRow("above points") << u"score:strategy:11"_qs << u"filled.json: sheets[0].scores[0]: "_qs;
    QTest::newRow("off step") << u"score:strategy:7.3"_qs << u"multiple of 0.5"_qs;
    QTest::newRow("negative") << u"score:strategy:-1"_qs << u"between 0 and 10"_qs;
    QTest::newRow("unknown item") << u"score:speed:1"_qs << u"unknown rubric item"_qs;
    QTest::newRow("conflicted team") << u"team:c"_qs << u"conflict of interest"_qs;
    QTest::newRow("unknown team") << u"team:zz"_qs << u"unknown team"_qs;
    QTest::newRow("other round") << u"round:R9"_qs << u"filled.json: round: "_qs;
    QTest::newRow("unknown member") << u"member:nobody"_qs << u"filled.json: member: "_qs;
    QTest::newRow("incomplete submitted") << u"submit"_qs << u"incomplete"_qs;
    QTest::newRow("unknown key") << u"key"_qs << u"filled.json: sheets[0].scroes: unknown key"_qs;
    QTest::newRow("wrong format") << u"format"_qs << u"filled.json: format: "_qs;
    QTest::newRow("score as text") << u"text"_qs << u"sheets[0].scores[0].score: expected a number"_qs;
}

void TestSheetsImport::badFiles()
{
    QFETCH(QString, change);
    QFETCH(QString, says);
    QJsonObject root = exported();
    QJsonArray sheets = root.value(u"sheets").toArray();
    QJsonObject a = sheets[0].toObject();
    const QStringList parts = change.split(u':');
    if (parts[0] == u"score"_qs)
        a.insert(u"scores"_qs, QJsonArray{QJsonObject{{u"item"_qs, parts[1]}, {u"score"_qs, parts[2].toDouble()}}});
    else if (parts[0] == u"team"_qs)
        a.insert(u"team"_qs, parts[1]);
    else if (parts[0] == u"round"_qs || parts[0] == u"member"_qs)
        root.insert(parts[0], parts[1]);
    else if (parts[0] == u"submit"_qs)
        a.insert(u"state"_qs, u"submitted"_qs);
    else if (parts[0] == u"key"_qs)
        a.insert(u"scroes"_qs, QJsonArray{});
    else if (parts[0] == u"format"_qs)
        root.insert(u"format"_qs, u"paneldesk-panel"_qs);
    else if (parts[0] == u"text"_qs)
        a.insert(u"scores"_qs, QJsonArray{QJsonObject{{u"item"_qs, u"impact"_qs}, {u"score"_qs, u"7"_qs}}});
    sheets[0] = a;
    root.insert(u"sheets"_qs, sheets);
    const QByteArray before = databaseFingerprint(m_db);
    const SheetsImportResult result = importJson(root);
    QVERIFY(!result.imported);
    QVERIFY2(result.issues.text().contains(says), qPrintable(result.issues.text()));
    QCOMPARE(databaseFingerprint(m_db), before);
}

QTEST_GUILESS_MAIN(TestSheetsImport)
#include "tst_sheetsimport.moc"
