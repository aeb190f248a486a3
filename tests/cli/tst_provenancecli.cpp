// paneldesk-cli provenance inspect and compare (docs/provenance.md): the inventory table by
// prefix with the totals; --hash prints each tensor's SHA-256 over its stored bytes; compare
// suggests `reused` for a fine-tuned copy and not for an independent model, prints the
// paneldesk-provenance report with --json (stable bytes, the same as --out writes); a hostile
// file exits with 2 and a message naming the file and the byte; a missing file, subcommand or
// a bad --rows exits 2.
#include "CliTestSupport.h"
#include "../provenance/ProvenanceFixtures.h"

#include "provenance/ProvenanceSummary.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

class TestProvenanceCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<test::TensorBytes> m_tensors;
    QString m_path;

    // A small gated model (2 blocks, d = 64, h = 160), a fine-tuned copy, an independent
    // model and a control, written once.
    QStringList compareArguments(const QString &candidate) const
    {
        return {QStringLiteral("provenance"), QStringLiteral("compare"), candidate + QStringLiteral(".safetensors"),
                QStringLiteral("reference.safetensors"), QStringLiteral("--control"), QStringLiteral("control.safetensors")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const test::ModelShape shape{test::MlpFamily::Gated, 2, 64, 160};
        const test::FixtureModel reference = test::makeModel(shape, 11);
        QVERIFY(test::writeFixture(m_dir.filePath(QStringLiteral("reference.safetensors")), reference));
        QVERIFY(test::writeFixture(m_dir.filePath(QStringLiteral("tuned.safetensors")), test::fineTuned(reference, 12)));
        QVERIFY(test::writeFixture(m_dir.filePath(QStringLiteral("other.safetensors")), test::makeModel(shape, 13)));
        QVERIFY(test::writeFixture(m_dir.filePath(QStringLiteral("control.safetensors")), test::makeModel(shape, 14)));
        m_tensors = {
            {QStringLiteral("visual.blocks.0.mlp.fc1.weight"), QStringLiteral("F32"), {2, 2}, QByteArray(16, '\x11')},
            {QStringLiteral("visual.blocks.0.norm.weight"), QStringLiteral("BF16"), {2}, QByteArray(4, '\x3f')},
            {QStringLiteral("lm_head.weight"), QStringLiteral("F32"), {3}, QByteArray(12, '\x22')},
        };
        m_path = m_dir.filePath(QStringLiteral("model.safetensors"));
        QVERIFY(test::writeSafetensors(m_path, m_tensors));
    }

    void inspectPrintsTheInventory()
    {
        const test::CliRun run = test::runCli(m_dir.path(), {QStringLiteral("provenance"), QStringLiteral("inspect"), m_path});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("visual\\.blocks\\.\\s+2\\s+6\\s+20\\s+BF16 F32"))),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("lm_head\\.\\s+1\\s+3\\s+12\\s+F32"))), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("total\\s+3\\s+9\\s+32\\s+BF16 F32"))), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("  lm_head.weight")));   // no hashes without --hash
    }

    void hashPrintsEachTensorsSha256()
    {
        const test::CliRun run = test::runCli(m_dir.path(), {QStringLiteral("provenance"), QStringLiteral("inspect"),
                                                             m_path, QStringLiteral("--hash")});
        QCOMPARE(run.code, 0);
        for (const test::TensorBytes &t : m_tensors) {
            const QString line = QString::fromLatin1(QCryptographicHash::hash(t.bytes, QCryptographicHash::Sha256).toHex())
                + QStringLiteral("  ") + t.name + QStringLiteral("  ") + t.dtype;
            QVERIFY2(run.out.contains(line), qPrintable(line + QLatin1Char('\n') + run.out));
        }
    }

    void compareSuggests_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("fine-tuned copy") << QStringLiteral("tuned") << QStringLiteral("suggestion: reused");
        QTest::newRow("independent model") << QStringLiteral("other") << QStringLiteral("suggestion: initialized");
    }
    void compareSuggests()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, suggestion);
        const test::CliRun run = test::runCli(m_dir.path(), compareArguments(candidate));
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(suggestion), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("not a verdict")), qPrintable(run.out));
    }

    void compareJsonIsTheStableReport()
    {
        QStringList arguments = compareArguments(QStringLiteral("tuned"));
        const test::CliRun first = test::runCli(m_dir.path(), arguments + QStringList{QStringLiteral("--json")});
        const test::CliRun second = test::runCli(m_dir.path(), arguments + QStringList{QStringLiteral("--json"),
                                                                                    QStringLiteral("--out"), QStringLiteral("r.json")});
        QCOMPARE(first.code, 0);
        QCOMPARE(second.out, first.out);   // the same inputs, the same bytes
        QFile out(m_dir.filePath(QStringLiteral("r.json")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(out.readAll()), first.out);
        const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("paneldesk-provenance"));
        QCOMPARE(report.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("suggestion")).toString(), QStringLiteral("reused"));
        QVERIFY(!report.value(QLatin1String("reason")).toString().isEmpty());
        QVERIFY(report.value(QLatin1String("identical")).toObject().contains(QLatin1String("share")));
        const QJsonObject tests = report.value(QLatin1String("tests")).toObject();
        QVERIFY2(tests.value(QLatin1String("phi_u")).toObject().value(QLatin1String("log10_p")).toDouble() < -12,
                 qPrintable(first.out.left(2000)));
        QCOMPARE(tests.value(QLatin1String("phi_u")).toObject().value(QLatin1String("blocks")).toArray().size(), 2);
        QVERIFY(tests.value(QLatin1String("phi_gu")).toObject().contains(QLatin1String("log10_p")));
        QVERIFY(!report.value(QLatin1String("similarity")).toObject().value(QLatin1String("tensors")).toArray().isEmpty());
        const QJsonArray controls = report.value(QLatin1String("controls")).toArray();
        QCOMPARE(controls.size(), 1);
        QVERIFY(controls.at(0).toObject().value(QLatin1String("tests")).toObject().value(QLatin1String("phi_u"))
                    .toObject().value(QLatin1String("log10_p")).toDouble() > -12);
        // the report is what a finding takes as evidence (Attach report…)
        const ProvenanceSummary summary = parseProvenanceSummary(first.out.toUtf8(), QStringLiteral("r.json"));
        QCOMPARE(summary.suggestion, QStringLiteral("reused"));
        QCOMPARE(summary.candidate.path, QStringLiteral("tuned.safetensors"));
        QVERIFY(summary.phiULog10P && *summary.phiULog10P < -12);
        const QJsonObject reference = report.value(QLatin1String("reference")).toObject();
        QFile file(m_dir.filePath(QStringLiteral("reference.safetensors")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString fileSha = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(reference.value(QLatin1String("files")).toArray().at(0).toObject().value(QLatin1String("sha256")).toString(), fileSha);
        QCOMPARE(summary.reference.sha256, fileSha);
    }

    void compareRefusesBadRows()
    {
        const test::CliRun run = test::runCli(m_dir.path(), compareArguments(QStringLiteral("tuned"))
                                                                + QStringList{QStringLiteral("--rows"), QStringLiteral("-3")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--rows")), qPrintable(run.err));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("file");       // written to bad.safetensors when not empty
        QTest::addColumn<QString>("message");
        QByteArray huge(8, '\0');
        huge[7] = char(0x80);   // header length 2^63
        QTest::newRow("hostile header length") << QStringList{QStringLiteral("bad.safetensors")} << huge + "{}"
                                               << QStringLiteral("bad.safetensors: byte 0: header length 9223372036854775808");
        QTest::newRow("missing file") << QStringList{QStringLiteral("none.safetensors")} << QByteArray()
                                      << QStringLiteral("none.safetensors: no such file or folder");
        QTest::newRow("no checkpoint") << QStringList{} << QByteArray() << QStringLiteral("expected 1 file argument");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        if (!file.isEmpty()) {
            QFile out(m_dir.filePath(QStringLiteral("bad.safetensors")));
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(file) == file.size());
        }
        const test::CliRun run = test::runCli(m_dir.path(), QStringList{QStringLiteral("provenance"), QStringLiteral("inspect")}
                                                                + arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProvenanceCli)
#include "tst_provenancecli.moc"
