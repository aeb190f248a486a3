// T14 signed-sheet (test-catalogue): a reviewer's offline score sheet is signed (Ed25519) by
// their key; then one bit changed (a score, a comment, the signature), another key (another
// member's, a fresh one), swapped metadata (team, member, round), an unsigned file: only the
// untouched sheet from the key the chain registered imports. Every refusal names the file,
// the sheet and the reason, and leaves the database's bytes as they were. The imported sheet
// verifies; edited afterwards with SQL, it fails verification.

#include "../importers/ImportTestSupport.h"
#include "../importers/SignedSheetsSupport.h"
#include "SignAs.h"

#include "importers/SheetsExchange.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStore.h"
#include "templates/FirstEvaluationTemplate.h"
#include "trust/Verification.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestSignedSheet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void onlyTheUntouchedSheetImports_data();
    void onlyTheUntouchedSheetImports();
    void anImportedSheetEditedAfterwardsFailsVerification();

private:
    QByteArray filledFile();   // x2's file with team a filled, submitted and signed by x2
    SheetsImportResult importBytes(const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_template;   // a panel with its members and keys, copied for each row
    QString m_db;
};

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The database's bytes and those of its -wal: equal means nothing was written.
QByteArray rawBytes(const QString &db)
{
    return fileBytes(db) + '|' + fileBytes(db + u"-wal"_qs);
}

QByteArray flipBit(QByteArray bytes, qsizetype at, int bit = 0)
{
    bytes[at] = char(bytes[at] ^ (1 << bit));
    return bytes;
}

} // namespace

void TestSignedSheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.paneldesk"_qs);
    createPanelWithChair(firstEvaluationTemplate(u"Program"_qs, u"R"_qs, QDate(2026, 3, 1),
                                                 {{u"a"_qs, u"Alpha"_qs, {}, {}},
                                                  {u"b"_qs, u"Beta"_qs, {}, {}}}),
                         m_template, {u"c1"_qs, u"Chair"_qs, Role::Chair, {}}, u"chair passphrase"_qs);
    auto store = SqliteStore::open(m_template);
    signAs(*store, u"c1"_qs, u"chair passphrase"_qs);
    addMemberWithKey(*store, {u"x2"_qs, u"Expert Two"_qs, Role::Expert, {}}, u"x2 passphrase"_qs, u"c1"_qs);
    addMemberWithKey(*store, {u"x3"_qs, u"Expert Three"_qs, Role::Expert, {}}, u"x3 passphrase"_qs, u"c1"_qs);
}

void TestSignedSheet::init()
{
    m_db = m_dir.filePath(QStringLiteral("p-%1.paneldesk").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(m_db);
    QVERIFY(QFile::copy(m_template, m_db));
}

QByteArray TestSignedSheet::filledFile()
{
    auto store = SqliteStore::open(m_db);
    const MemberKey key = openKey(*store, u"x2"_qs, u"x2 passphrase"_qs);
    const QString out = m_dir.filePath(u"x2-sheets.json"_qs);
    exportSheets(*store, u"x2"_qs, out, key);
    QJsonObject root = QJsonDocument::fromJson(fileBytes(out)).object();
    QJsonArray sheets = root.value(u"sheets").toArray();
    QJsonObject a = sheets[0].toObject();
    a.insert(u"scores"_qs, QJsonArray{QJsonObject{{u"item"_qs, u"strategy"_qs}, {u"score"_qs, 8.0}, {u"comment"_qs, u"good plan"_qs}},
                                      QJsonObject{{u"item"_qs, u"technology"_qs}, {u"score"_qs, 12.5}, {u"comment"_qs, u""_qs}},
                                      QJsonObject{{u"item"_qs, u"impact"_qs}, {u"score"_qs, 7.0}, {u"comment"_qs, u""_qs}}});
    a.insert(u"opinion"_qs, u"convincing"_qs);
    a.insert(u"state"_qs, u"submitted"_qs);
    sheets[0] = a;
    root.insert(u"sheets"_qs, sheets);
    return QJsonDocument(signedSheetsJson(root, key)).toJson();
}

SheetsImportResult TestSignedSheet::importBytes(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(u"x2-filled.json"_qs);
    writeFile(path, bytes);
    auto store = SqliteStore::open(m_db);
    signAs(*store, u"c1"_qs, u"chair passphrase"_qs);
    return importSheetsFile(*store, path, u"x2-filled.json"_qs, u"c1"_qs);
}

void TestSignedSheet::onlyTheUntouchedSheetImports_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("says");   // empty: imports
    const QString notVerified = u"x2-filled.json: sheets[0]: the signature of x2's sheet for team a does not verify"_qs;
    QTest::newRow("untouched") << u"none"_qs << QString();
    QTest::newRow("one bit in a score") << u"score bit"_qs << notVerified;
    QTest::newRow("one bit in a comment") << u"comment bit"_qs << notVerified;
    QTest::newRow("one bit in the signature") << u"signature bit"_qs << notVerified;
    QTest::newRow("state changed") << u"state"_qs << notVerified;
    QTest::newRow("another member's key") << u"key x3"_qs
                                          << u"x2-filled.json: key.public_key: the sheets are signed with another key than x2's"_qs;
    QTest::newRow("a fresh key") << u"key fresh"_qs
                                 << u"x2-filled.json: key.public_key: the sheets are signed with another key than x2's"_qs;
    QTest::newRow("a fresh key, x2's public key claimed") << u"key fresh claimed"_qs << notVerified;
    QTest::newRow("swapped team") << u"team"_qs
                                  << u"x2-filled.json: sheets[0]: the signature of x2's sheet for team b does not verify"_qs;
    QTest::newRow("swapped member") << u"member"_qs
                                    << u"x2-filled.json: key.public_key: the sheets are signed with another key than x3's"_qs;
    QTest::newRow("swapped round") << u"round"_qs << notVerified;
    QTest::newRow("unsigned (version 1)") << u"unsigned"_qs
                                          << u"x2-filled.json is not signed (sheets file version 1)"_qs;
}

void TestSignedSheet::onlyTheUntouchedSheetImports()
{
    QFETCH(QString, change);
    QFETCH(QString, says);
    QByteArray bytes = filledFile();
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QJsonArray sheets = root.value(u"sheets").toArray();
    QJsonObject a = sheets[0].toObject();
    if (change == u"score bit") {
        const qsizetype at = bytes.indexOf("\"score\": 8");   // '8' ^ 1 = '9'
        QVERIFY(at > 0);
        bytes = flipBit(bytes, at + 9);
    } else if (change == u"comment bit") {
        const qsizetype at = bytes.indexOf("good plan");   // 'g' ^ 1 = 'f'
        QVERIFY(at > 0);
        bytes = flipBit(bytes, at);
    } else if (change == u"signature bit") {
        QByteArray signature = QByteArray::fromBase64(a.value(u"signature").toString().toLatin1());
        a.insert(u"signature"_qs, QString::fromLatin1(flipBit(signature, 17, 3).toBase64()));
    } else if (change == u"state") {
        a.insert(u"state"_qs, u"draft"_qs);
    } else if (change == u"key x3" || change == u"key fresh" || change == u"key fresh claimed") {
        auto store = SqliteStore::open(m_db);
        const MemberKey other = change == u"key x3" ? openKey(*store, u"x3"_qs, u"x3 passphrase"_qs)
                                                     : MemberKey::generate(u"x2"_qs);
        // x2's file signed by another key: the file names that key (or still x2's)
        SheetsFile file = parseSheetsFile(bytes, u"x.json"_qs);
        signSheetsFile(file, other);
        QJsonObject key = root.value(u"key").toObject();
        if (change != u"key fresh claimed")
            key.insert(u"public_key"_qs, QString::fromLatin1(other.publicKey().toBase64()));
        root.insert(u"key"_qs, key);
        a.insert(u"signature"_qs, QString::fromLatin1(file.sheets[0].signature.toBase64()));
    } else if (change == u"team") {
        QJsonObject b = sheets[1].toObject();
        a.insert(u"team"_qs, u"b"_qs);
        b.insert(u"team"_qs, u"a"_qs);
        sheets[1] = b;
    } else if (change == u"member") {
        root.insert(u"member"_qs, u"x3"_qs);
    } else if (change == u"round") {
        root.insert(u"round"_qs, u"R2"_qs);
    } else if (change == u"unsigned") {
        root.insert(u"version"_qs, 1);
        root.remove(u"key"_qs);
        a.remove(u"signature"_qs);
        QJsonObject b = sheets[1].toObject();
        b.remove(u"signature"_qs);
        sheets[1] = b;
    }
    if (change != u"none" && change != u"score bit" && change != u"comment bit") {
        sheets[0] = a;
        root.insert(u"sheets"_qs, sheets);
        bytes = QJsonDocument(root).toJson();
    }
    const QByteArray before = rawBytes(m_db);
    const SheetsImportResult result = importBytes(bytes);
    if (says.isEmpty()) {
        QVERIFY2(result.imported, qPrintable(result.issues.text()));
        QCOMPARE(result.outcome.sheetsSubmitted, 1);
        auto store = SqliteStore::open(m_db);
        const VerifyReport report = verifyStore(*store);
        QVERIFY2(report.ok(), qPrintable(report.chain.problems.join(u'\n') + report.recordProblems.join(u'\n')));
        QCOMPARE(report.sheetsChecked, 1);
        QVERIFY(report.unsignedRecords.isEmpty());
        QCOMPARE(store->auditLog().back().action, u"import-sheets"_qs);
        QVERIFY(store->auditLog().back().newValue.contains(u"\"file_sha256\""));
        return;
    }
    QVERIFY(!result.imported);
    QVERIFY2(result.issues.text().contains(says), qPrintable(result.issues.text()));
    QCOMPARE(rawBytes(m_db), before);
}

void TestSignedSheet::anImportedSheetEditedAfterwardsFailsVerification()
{
    const SheetsImportResult result = importBytes(filledFile());
    QVERIFY2(result.imported, qPrintable(result.issues.text()));
    {
        // another tool at work: the table's triggers dropped, then the score changed
        SqliteConnection connection(m_db, SqliteConnection::Mode::ReadWrite);
        QSqlDatabase &db = connection.db();
        QSqlQuery triggers = runSql(db, u"SELECT name FROM sqlite_schema WHERE type = 'trigger' "
                                        "AND tbl_name = 'expert_scores'"_qs, {});
        QStringList names;
        while (triggers.next())
            names << triggers.value(0).toString();
        triggers.finish();
        for (const QString &name : std::as_const(names))
            execSql(db, u"DROP TRIGGER "_qs + name);
        QSqlQuery query = execSql(db, u"UPDATE expert_scores SET score = 9 WHERE reviewer_id = 'x2' "
                                      "AND team_id = 'a' AND item_id = 'strategy'"_qs);
        QCOMPARE(query.numRowsAffected(), 1);
    }
    auto store = SqliteStore::open(m_db);
    const VerifyReport report = verifyStore(*store);
    QVERIFY(report.chain.ok());
    QVERIFY(!report.ok());
    QVERIFY2(report.recordProblems.join(u'\n').contains(u"sheets/R1/x2/a: differs from what x2 signed"),
             qPrintable(report.recordProblems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSignedSheet)
#include "tst_signedsheet.moc"
