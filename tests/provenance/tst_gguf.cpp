// The GGUF v3 reader (provenance/GgufReader.h; ../shared/spec/provenance.md, "Formats"): a
// file written here with F32, F16, BF16, F64, Q8_0 and Q4_0 tensors (and a Q4_K one, listed
// and skipped) is read back value by value, dimensions reversed to the outermost-first order;
// openCheckpoint tells GGUF from safetensors; and every hostile file is refused with an
// InputError naming the file and the byte offset, before any allocation sized from its claims.
#include "domain/Errors.h"
#include "provenance/CheckpointReader.h"
#include "provenance/GgufReader.h"
#include "provenance/TensorValues.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <qfloat16.h>

using namespace pd;
using namespace pd::provenance;

namespace {

// Builds a GGUF file piece by piece; `raw` lets a test write anything.
struct Gguf {
    QByteArray bytes;
    template <typename T>
    Gguf &put(T v)
    {
        bytes.append(reinterpret_cast<const char *>(&v), sizeof v);
        return *this;
    }
    Gguf &str(const QByteArray &s) { put<quint64>(quint64(s.size())); bytes += s; return *this; }
    Gguf &header(quint64 tensors, quint64 kvs)
    {
        bytes = "GGUF";
        return put<quint32>(3).put<quint64>(tensors).put<quint64>(kvs);
    }
    Gguf &kvString(const QByteArray &key, const QByteArray &value) { str(key).put<quint32>(8); return str(value); }
    Gguf &kvU32(const QByteArray &key, quint32 value) { str(key).put<quint32>(4); return put(value); }
    // dims innermost first, as GGUF stores them
    Gguf &tensor(const QByteArray &name, std::initializer_list<quint64> dims, quint32 type, quint64 offset)
    {
        str(name).put<quint32>(quint32(dims.size()));
        for (quint64 d : dims)
            put(d);
        return put(type).put(offset);
    }
    Gguf &align(int a = 32)
    {
        while (bytes.size() % a)
            bytes.append('\0');
        return *this;
    }
};

QByteArray q8Block(float scale, int first)   // 32 values: scale x (first + i)
{
    Gguf b;
    b.put(qfloat16(scale));
    for (int i = 0; i < 32; ++i)
        b.put<qint8>(qint8(first + i));
    return b.bytes;
}

QByteArray q4Block(float scale)   // element j: (j % 16) - 8 for j < 16; then 7 - (j % 16)
{
    Gguf b;
    b.put(qfloat16(scale));
    for (int j = 0; j < 16; ++j)
        b.put<quint8>(quint8(j | ((15 - j) << 4)));
    return b.bytes;
}

// The well-formed file: f (2x2 F32), h (2 F16), b (2 BF16), d (1 F64), q8 (32 Q8_0), q4 (32
// Q4_0), k (256 Q4_K).
QByteArray wellFormed()
{
    Gguf g;
    g.header(7, 2).kvString("general.architecture", "llama").kvU32("general.alignment", 32);
    g.tensor("f", {2, 2}, 0, 0).tensor("h", {2}, 1, 32).tensor("b", {2}, 30, 64).tensor("d", {1}, 28, 96)
        .tensor("q8", {32}, 8, 128).tensor("q4", {32}, 2, 192).tensor("k", {256}, 12, 224);
    g.align();
    g.put<float>(1).put<float>(2).put<float>(3).put<float>(4).align();
    g.put(qfloat16(0.5f)).put(qfloat16(-1.0f)).align();
    g.put<quint16>(0x3F80).put<quint16>(0xC000).align();     // BF16 1.0, -2.0
    g.put<double>(0.125).align();
    g.bytes += q8Block(0.5f, -16);
    g.align();
    g.bytes += q4Block(2.0f);
    g.align();
    g.bytes += QByteArray(144, '\x01');
    return g.bytes;
}

} // namespace

class TestGguf : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("m%1.gguf").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write");
        return path;
    }
    static std::vector<float> values(const Checkpoint &c, std::size_t i)
    {
        std::vector<float> out(std::size_t(c.tensors.at(i).elements));
        readFloats(c, c.tensors.at(i), 0, out);
        return out;
    }

private Q_SLOTS:
    void readsTensorsAndValues()
    {
        const Checkpoint c = openCheckpoint(write(wellFormed()));
        QCOMPARE(c.format, QStringLiteral("gguf"));
        QCOMPARE(c.tensors.size(), std::size_t(7));
        QCOMPARE(c.tensors[0].shape, (std::vector<std::uint64_t>{2, 2}));
        QCOMPARE(values(c, 0), (std::vector<float>{1, 2, 3, 4}));
        QCOMPARE(values(c, 1), (std::vector<float>{0.5f, -1.0f}));
        QCOMPARE(values(c, 2), (std::vector<float>{1.0f, -2.0f}));
        QCOMPARE(values(c, 3), (std::vector<float>{0.125f}));
        std::vector<float> q8;
        for (int i = 0; i < 32; ++i)
            q8.push_back(0.5f * float(i - 16));
        QCOMPARE(values(c, 4), q8);
        std::vector<float> q4;
        for (int j = 0; j < 32; ++j)
            q4.push_back(2.0f * float(j < 16 ? j - 8 : 15 - (j - 16) - 8));
        QCOMPARE(values(c, 5), q4);
        QCOMPARE(c.tensors[6].dtype, Dtype::OtherQuantised);
        QCOMPARE(c.tensors[6].typeName, QStringLiteral("Q4_K"));
        QVERIFY(!convertible(c.tensors[6].dtype));
        const GgufHeader header = parseGguf(reinterpret_cast<const unsigned char *>(wellFormed().constData()),
                                            std::uint64_t(wellFormed().size()), QStringLiteral("x"));
        QCOMPARE(header.metadata.at(QStringLiteral("general.architecture")), QStringLiteral("llama"));
    }

    void refusesHostileFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const auto one = [](quint32 type, std::initializer_list<quint64> dims, quint64 offset, int dataBytes) {
            Gguf g;
            g.header(1, 0).tensor("t", dims, type, offset).align();
            g.bytes += QByteArray(dataBytes, '\0');
            return g.bytes;
        };
        QTest::newRow("no magic") << QByteArray("GGUX") << QStringLiteral("byte 0: not a GGUF file");
        QTest::newRow("short") << QByteArray("GG") << QStringLiteral("byte 0: not a GGUF file");
        QTest::newRow("version 2") << Gguf().put<quint32>(0).bytes.prepend("GGUF").replace(4, 4, QByteArray("\x02\0\0\0", 4))
                                   << QStringLiteral("byte 4: GGUF version 2");
        QTest::newRow("truncated counts") << QByteArray("GGUF\x03\0\0\0\x01", 9) << QStringLiteral("needs 8 bytes");
        QTest::newRow("tensor_count 2^63") << Gguf().header(quint64(1) << 63, 0).bytes
                                           << QStringLiteral("byte 8: tensor_count 9223372036854775808 is more");
        QTest::newRow("kv_count huge") << Gguf().header(0, quint64(1) << 40).bytes
                                       << QStringLiteral("byte 16: kv_count 1099511627776 is more");
        QTest::newRow("string length beyond the file")
            << Gguf().header(0, 1).put<quint64>(quint64(1) << 63).put<quint32>(8).put<quint64>(0).bytes
            << QStringLiteral("byte 24: key 0: a length of 9223372036854775808 bytes, beyond the end");
        QTest::newRow("unknown value type") << Gguf().header(0, 1).str("k").put<quint32>(13).put<quint32>(0).bytes
                                            << QStringLiteral("k: unknown value type 13");
        QTest::newRow("array count huge")
            << Gguf().header(0, 1).str("k").put<quint32>(9).put<quint32>(4).put<quint64>(quint64(1) << 62).bytes
            << QStringLiteral("k: an array of 4611686018427387904 items");
        Gguf nested;
        nested.header(0, 1).str("k").put<quint32>(9);
        for (int i = 0; i < 10; ++i)
            nested.put<quint32>(9).put<quint64>(1);
        nested.put<quint32>(0);
        QTest::newRow("arrays nested deep") << nested.bytes << QStringLiteral("k: arrays nested deeper than 8");
        QTest::newRow("alignment not a power of two") << Gguf().header(0, 1).kvU32("general.alignment", 24).bytes
                                                      << QStringLiteral("general.alignment 24 is not a power of two");
        QTest::newRow("alignment zero") << Gguf().header(0, 1).kvU32("general.alignment", 0).bytes
                                        << QStringLiteral("is not a power of two");
        QTest::newRow("alignment not u32") << Gguf().header(0, 1).str("general.alignment").put<quint32>(10).put<quint64>(32).bytes
                                           << QStringLiteral("general.alignment must be a u32");
        QTest::newRow("5 dimensions") << one(0, {1, 1, 1, 1, 1}, 0, 4) << QStringLiteral("tensor \"t\": 5 dimensions");
        QTest::newRow("0 dimensions") << one(0, {}, 0, 4) << QStringLiteral("tensor \"t\": 0 dimensions");
        QTest::newRow("dimensions overflow") << one(0, {quint64(1) << 32, quint64(1) << 32, 2}, 0, 4)
                                             << QStringLiteral("tensor \"t\": its dimensions' product overflows");
        QTest::newRow("bytes overflow") << one(0, {quint64(1) << 62, 2}, 0, 4)
                                        << QStringLiteral("tensor \"t\": its size in bytes overflows");
        QTest::newRow("unknown type") << one(99, {4}, 0, 16) << QStringLiteral("tensor \"t\": unknown ggml type 99");
        QTest::newRow("row not whole blocks") << one(8, {33}, 0, 68) << QStringLiteral("is not whole blocks of 32 (Q8_0)");
        QTest::newRow("dimensions lie about the data") << one(0, {1024, 1024}, 0, 64)
                                                       << QStringLiteral("tensor \"t\": its 4194304 bytes from byte");
        QTest::newRow("offset not 0") << one(0, {4}, 32, 64) << QStringLiteral("tensor \"t\": offset 32, expected 0");
        Gguf twoTensors;
        twoTensors.header(2, 0).tensor("a", {4}, 0, 0).tensor("b", {4}, 0, 16).align();
        twoTensors.bytes += QByteArray(64, '\0');
        QTest::newRow("offset not aligned") << twoTensors.bytes << QStringLiteral("tensor \"b\": offset 16, expected 32");
        Gguf overlap;
        overlap.header(2, 0).tensor("a", {16}, 0, 0).tensor("b", {4}, 0, 32).align();
        overlap.bytes += QByteArray(96, '\0');
        QTest::newRow("overlapping offsets") << overlap.bytes << QStringLiteral("tensor \"b\": offset 32, expected 64");
        // found by fuzz.gguf: the second tensor starts beyond the end of a truncated file
        Gguf truncated;
        truncated.header(2, 0).tensor("a", {4}, 0, 0).tensor("b", {32}, 8, 32).align();
        truncated.bytes += QByteArray(17, '\0');
        QTest::newRow("tensor starts beyond the end") << truncated.bytes
                                                      << QStringLiteral("tensor \"b\": its 34 bytes from byte");
        QTest::newRow("truncated tensor info")
            << Gguf().header(1, 0).str("t").put<quint32>(4).put<quint64>(4).put<quint64>(4).bytes
                                               << QStringLiteral("needs 8 bytes");
    }

    void refusesHostileFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = write(bytes);
        try {
            openGguf(path);
            QFAIL("accepted");
        } catch (const InputError &e) {
            QVERIFY2(e.message().startsWith(path + QLatin1Char(':')) && e.message().contains(expected),
                     qPrintable(e.message()));
        }
    }

    void openCheckpointRefusesAFolderWithoutIndex()
    {
        QTemporaryDir folder;
        QVERIFY_THROWS_EXCEPTION(InputError, openCheckpoint(folder.path()));
        QVERIFY_THROWS_EXCEPTION(InputError, openCheckpoint(folder.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestGguf)
#include "tst_gguf.moc"
