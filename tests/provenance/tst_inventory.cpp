// P1 and P2's hashes (provenance/Inventory.h, TensorHashes.h): the inventory counts tensors,
// parameters and bytes by type and by name prefix; each tensor's SHA-256 is the hash of its
// stored bytes, the same with one worker or several; a stop asked by the progress callback
// is a Cancelled, not a result.
#include "SafetensorsWriter.h"

#include "domain/Errors.h"
#include "provenance/CheckpointReader.h"
#include "provenance/Inventory.h"
#include "provenance/TensorHashes.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::provenance;

class TestInventory : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<test::TensorBytes> m_tensors;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        std::vector<float> big(3000);
        for (std::size_t i = 0; i < big.size(); ++i)
            big[i] = float(i) * 0.25f;
        m_tensors = {
            {QStringLiteral("visual.blocks.0.mlp.fc1.weight"), QStringLiteral("F32"), {30, 100}, test::rawBytes(big)},
            {QStringLiteral("visual.blocks.0.norm1.weight"), QStringLiteral("BF16"), {4}, QByteArray(8, '\x3f')},
            {QStringLiteral("model.layers.0.mlp.up_proj.weight"), QStringLiteral("F16"), {2, 3}, QByteArray(12, '\x01')},
            {QStringLiteral("lm_head.weight"), QStringLiteral("F32"), {2}, QByteArray(8, '\x02')},
            {QStringLiteral("scale"), QStringLiteral("F64"), {1}, QByteArray(8, '\x03')},
        };
        m_path = m_dir.filePath(QStringLiteral("m.safetensors"));
        QVERIFY(test::writeSafetensors(m_path, m_tensors));
    }

    void prefixes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("block") << QStringLiteral("visual.blocks.3.attn.qkv.weight") << QStringLiteral("visual.blocks.");
        QTest::newRow("two parts") << QStringLiteral("lm_head.weight") << QStringLiteral("lm_head.");
        QTest::newRow("one part") << QStringLiteral("scale") << QStringLiteral("scale");
        QTest::newRow("gguf") << QStringLiteral("blk.0.ffn_up.weight") << QStringLiteral("blk.0.");
    }
    void prefixes()
    {
        QFETCH(QString, name);
        QFETCH(QString, prefix);
        QCOMPARE(prefixOf(name), prefix);
    }

    void countsByTypeAndPrefix()
    {
        const Inventory inventory = inventoryOf(openCheckpoint(m_path));
        QCOMPARE(inventory.total.tensors, std::uint64_t(5));
        QCOMPARE(inventory.total.parameters, std::uint64_t(3000 + 4 + 6 + 2 + 1));
        QCOMPARE(inventory.total.bytes, std::uint64_t(12000 + 8 + 12 + 8 + 8));
        QCOMPARE(inventory.total.parametersByType.at(QStringLiteral("F32")), std::uint64_t(3002));
        QCOMPARE(inventory.total.parametersByType.at(QStringLiteral("BF16")), std::uint64_t(4));
        const InventoryCount &visual = inventory.byPrefix.at(QStringLiteral("visual.blocks."));
        QCOMPARE(visual.tensors, std::uint64_t(2));
        QCOMPARE(visual.parameters, std::uint64_t(3004));
        QCOMPARE(inventory.byPrefix.size(), std::size_t(4));
    }

    void hashesAreTheBytesHashes_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one worker") << 1;
        QTest::newRow("two workers") << 2;
        QTest::newRow("more workers than tensors") << 8;
    }
    void hashesAreTheBytesHashes()
    {
        QFETCH(int, threads);
        const Checkpoint c = openCheckpoint(m_path);
        std::uint64_t last = 0;
        const std::vector<QByteArray> hashes = hashTensors(c, [&](std::uint64_t done, std::uint64_t) {
            last = done;
            return true;
        }, threads);
        QCOMPARE(hashes.size(), c.tensors.size());
        for (std::size_t i = 0; i < hashes.size(); ++i) {
            const auto &source = *std::find_if(m_tensors.begin(), m_tensors.end(),
                                               [&](const test::TensorBytes &t) { return t.name == c.tensors[i].name; });
            QCOMPARE(hashes[i], QCryptographicHash::hash(source.bytes, QCryptographicHash::Sha256));
        }
        QCOMPARE(last, std::uint64_t(12036));   // the last call reports everything done
    }

    void stopIsCancelled()
    {
        const Checkpoint c = openCheckpoint(m_path);
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled, hashTensors(c, [&](std::uint64_t, std::uint64_t) {
            ++calls;
            return false;
        }));
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
