// paneldesk-cli provenance inspect (docs/provenance.md): the inventory table by prefix with
// the totals; --hash prints each tensor's SHA-256 over its stored bytes; a hostile file exits
// with 2 and a message naming the file and the byte; a missing file or subcommand exits 2.
#include "CliTestSupport.h"
#include "../provenance/SafetensorsWriter.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

class TestProvenanceCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<test::TensorBytes> m_tensors;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
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
