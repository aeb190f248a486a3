// The safetensors reader (provenance/SafetensorsReader.h; ../shared/spec/provenance.md,
// "Formats"): a file written here is read back tensor by tensor with its values in F32, F16,
// BF16 and F64; a sharded folder is read through its index; and every hostile or broken file
// of the spec's list is refused with an InputError naming the file and the byte offset or
// header key (the CLI's exit code 2), before any allocation sized from the file's claims.
#include "domain/Errors.h"
#include "provenance/SafetensorsReader.h"
#include "provenance/TensorValues.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <qfloat16.h>

using namespace pd;
using namespace pd::provenance;

namespace {

QByteArray le64(std::uint64_t v)
{
    QByteArray b(8, '\0');
    for (int i = 0; i < 8; ++i)
        b[i] = char((v >> (8 * i)) & 0xFF);
    return b;
}

// A safetensors file: `header` as given (no check), then `data`.
QByteArray safetensors(const QByteArray &header, const QByteArray &data, std::uint64_t claimed = 0)
{
    return le64(claimed ? claimed : std::uint64_t(header.size())) + header + data;
}

template <typename T>
QByteArray bytesOf(std::initializer_list<T> values)
{
    QByteArray b;
    for (T v : values)
        b.append(reinterpret_cast<const char *>(&v), sizeof v);
    return b;
}

QByteArray bf16(std::initializer_list<float> values)
{
    QByteArray b;
    for (float v : values) {
        const std::uint16_t bits = toBf16Bits(v);
        b.append(reinterpret_cast<const char *>(&bits), 2);
    }
    return b;
}

// The well-formed file: w (2x3 F32), g (4 BF16), h (2 F16), d (2 F64), metadata.
QByteArray wellFormed()
{
    const QByteArray w = bytesOf<float>({1, 2, 3, 4, 5, 6});
    const QByteArray g = bf16({1.0f, 0.5f, -2.0f, 1.25f});
    const QByteArray h = bytesOf<qfloat16>({qfloat16(0.5f), qfloat16(-3.0f)});
    const QByteArray d = bytesOf<double>({0.25, 1e10});
    const QByteArray header = R"({"__metadata__":{"format":"pt"},)"
                              R"("w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},)"
                              R"("g":{"dtype":"BF16","shape":[4],"data_offsets":[24,32]},)"
                              R"("h":{"dtype":"F16","shape":[2],"data_offsets":[32,36]},)"
                              R"("d":{"dtype":"F64","shape":[2],"data_offsets":[36,52]}}  )";
    return safetensors(header, w + g + h + d);
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestSafetensors : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString next(const QByteArray &bytes)
    {
        return writeFile(m_dir.filePath(QStringLiteral("t%1.safetensors").arg(++m_counter)), bytes);
    }

private Q_SLOTS:
    void readsTensorsAndValues()
    {
        const QString path = next(wellFormed());
        const Checkpoint c = openSafetensors(path);
        QCOMPARE(c.format, QStringLiteral("safetensors"));
        QCOMPARE(c.tensors.size(), std::size_t(4));
        QCOMPARE(c.tensors[0].name, QStringLiteral("w"));   // in the order of their bytes
        QCOMPARE(c.tensors[0].shape, (std::vector<std::uint64_t>{2, 3}));
        QCOMPARE(c.tensors[0].elements, std::uint64_t(6));
        QCOMPARE(c.tensors[0].offset, std::uint64_t(8 + wellFormed().size() - 8 - 52));
        std::vector<float> w(6);
        readFloats(c, c.tensors[0], 0, w);
        QCOMPARE(w, (std::vector<float>{1, 2, 3, 4, 5, 6}));
        std::vector<float> tail(2);
        readFloats(c, c.tensors[0], 4, tail);
        QCOMPARE(tail, (std::vector<float>{5, 6}));
        std::vector<float> g(4);
        readFloats(c, c.tensors[1], 0, g);
        QCOMPARE(g, (std::vector<float>{1.0f, 0.5f, -2.0f, 1.25f}));   // exact in BF16
        std::vector<float> h(2);
        readFloats(c, c.tensors[2], 0, h);
        QCOMPARE(h, (std::vector<float>{0.5f, -3.0f}));
        std::vector<float> d(2);
        readFloats(c, c.tensors[3], 0, d);
        QCOMPARE(d, (std::vector<float>{0.25f, 1e10f}));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, readFloats(c, c.tensors[0], 5, tail));
        const SafetensorsHeader header = parseSafetensors(
            reinterpret_cast<const unsigned char *>(wellFormed().constData()), std::uint64_t(wellFormed().size()),
            QStringLiteral("x"));
        QCOMPARE(header.metadata.at(QStringLiteral("format")), QStringLiteral("pt"));
    }

    // F32 -> BF16 rounds to nearest even; BF16 -> F32 is exact.
    void bf16Rounding_data()
    {
        QTest::addColumn<quint32>("f32bits");
        QTest::addColumn<quint16>("bf16bits");
        QTest::newRow("exact") << quint32(0x3F800000) << quint16(0x3F80);
        QTest::newRow("below half") << quint32(0x3F807FFF) << quint16(0x3F80);
        QTest::newRow("half, even stays") << quint32(0x3F808000) << quint16(0x3F80);
        QTest::newRow("half, odd goes up") << quint32(0x3F818000) << quint16(0x3F82);
        QTest::newRow("above half") << quint32(0x3F808001) << quint16(0x3F81);
        QTest::newRow("negative") << quint32(0xBFC00000) << quint16(0xBFC0);
    }
    void bf16Rounding()
    {
        QFETCH(quint32, f32bits);
        QFETCH(quint16, bf16bits);
        float f;
        std::memcpy(&f, &f32bits, 4);
        QCOMPARE(toBf16Bits(f), bf16bits);
    }

    void refusesHostileFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");   // in the message, after the file's name
        const QByteArray four = bytesOf<float>({1, 2, 3, 4});
        const auto entry = [](const char *name, const char *dtype, const char *shape, const char *offsets) -> QByteArray {
            return QByteArray("\"") + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape
                + ",\"data_offsets\":" + offsets + "}";
        };
        const QByteArray a = entry("a", "F32", "[2]", "[0,8]");
        const QByteArray b = entry("b", "F32", "[2]", "[8,16]");
        QTest::newRow("shorter than 8 bytes") << QByteArray("abc") << QStringLiteral("byte 0");
        QTest::newRow("header length 2^63") << safetensors("{}", {}, std::uint64_t(1) << 63)
                                            << QStringLiteral("header length 9223372036854775808 is above the limit");
        QTest::newRow("1 GB header claimed") << safetensors("{}", {}, 1'000'000'000)
                                             << QStringLiteral("above the limit of 100000000");
        QTest::newRow("header beyond the file") << safetensors("{}", {}, 5000)
                                                << QStringLiteral("reaches beyond the end of the file");
        QTest::newRow("not an object") << safetensors("[1,2]", {}) << QStringLiteral("byte 8");
        QTest::newRow("bad JSON") << safetensors("{\"a\":", {}) << QStringLiteral("header (JSON from byte 8):1:");
        QTest::newRow("repeated key") << safetensors("{" + a + "," + a + "}", four.left(8))
                                      << QStringLiteral("header (JSON from byte 8):1:");
        QTest::newRow("unknown dtype") << safetensors("{" + entry("a", "F31", "[2]", "[0,8]") + "}", four.left(8))
                                       << QStringLiteral("header key \"a\": unknown dtype \"F31\"");
        QTest::newRow("negative dimension") << safetensors("{" + entry("a", "F32", "[-2]", "[0,8]") + "}", four.left(8))
                                            << QStringLiteral("header key \"a\": shape must hold whole numbers");
        QTest::newRow("fractional dimension") << safetensors("{" + entry("a", "F32", "[2.5]", "[0,8]") + "}", four.left(8))
                                              << QStringLiteral("header key \"a\": shape must hold whole numbers");
        QTest::newRow("dimensions overflow")
            << safetensors("{" + entry("a", "F32", "[4294967296,4294967296,4]", "[0,8]") + "}", four.left(8))
            << QStringLiteral("header key \"a\": the shape's element count overflows");
        QTest::newRow("size in bits overflows")
            << safetensors("{" + entry("a", "F64", "[4294967296,536870912]", "[0,8]") + "}", four.left(8))
            << QStringLiteral("header key \"a\": the tensor's size in bits overflows");
        QTest::newRow("odd F4 count") << safetensors("{" + entry("a", "F4", "[3]", "[0,2]") + "}", four.left(2))
                                      << QStringLiteral("not a whole number of bytes");
        QTest::newRow("dimensions lie about the data")
            << safetensors("{" + entry("a", "F32", "[3]", "[0,8]") + "}", four.left(8))
            << QStringLiteral("header key \"a\": shape and dtype make 12 bytes, data_offsets [0, 8] hold 8");
        QTest::newRow("end before begin") << safetensors("{" + entry("a", "F32", "[0]", "[8,0]") + "}", four.left(8))
                                          << QStringLiteral("end before they begin");
        QTest::newRow("offsets out of the file")
            << safetensors("{" + entry("a", "F32", "[1048576]", "[0,4194304]") + "}", four)
            << QStringLiteral("header key \"a\": its data ends at byte");
        QTest::newRow("overlap") << safetensors("{" + a + "," + entry("b", "F32", "[2]", "[4,12]") + "}", four.left(12))
                                 << QStringLiteral("header key \"b\": its data overlaps");
        QTest::newRow("gap") << safetensors("{" + a + "," + entry("b", "F32", "[1]", "[12,16]") + "}", four)
                             << QStringLiteral("header key \"b\": a gap before its data");
        QTest::newRow("not starting at 0") << safetensors("{" + entry("a", "F32", "[1]", "[4,8]") + "}", four.left(8))
                                           << QStringLiteral("header key \"a\": a gap before its data");
        QTest::newRow("bytes after the data") << safetensors("{" + a + "," + b + "}", four + "xx")
                                              << QStringLiteral("the tensors' data ends here but the file is");
        QTest::newRow("metadata not strings")
            << safetensors("{\"__metadata__\":{\"n\":1}," + a + "}", four.left(8))
            << QStringLiteral("header key \"__metadata__.n\": expected a string");
        QTest::newRow("offsets beyond 2^53")
            << safetensors("{" + entry("a", "F32", "[2]", "[0,18014398509481984]") + "}", four.left(8))
            << QStringLiteral("data_offsets must hold whole numbers");
    }

    void refusesHostileFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = next(bytes);
        try {
            openSafetensors(path);
            QFAIL("accepted");
        } catch (const InputError &e) {
            QVERIFY2(e.message().startsWith(path + QLatin1Char(':')) && e.message().contains(expected),
                     qPrintable(e.message()));
        }
    }

    void readsShardedFolder()
    {
        QTemporaryDir folder;
        const QByteArray four = bytesOf<float>({1, 2, 3, 4});
        writeFile(folder.filePath(QStringLiteral("model-00001-of-00002.safetensors")),
                  safetensors(R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", four.left(8)));
        writeFile(folder.filePath(QStringLiteral("model-00002-of-00002.safetensors")),
                  safetensors(R"({"y":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}})", four));
        writeFile(folder.filePath(QStringLiteral("model.safetensors.index.json")),
                  R"({"metadata":{"total_size":24},"weight_map":{"y":"model-00002-of-00002.safetensors",)"
                  R"("x":"model-00001-of-00002.safetensors"}})");
        const Checkpoint c = openShardedSafetensors(folder.path());
        QCOMPARE(c.files.size(), std::size_t(2));
        QCOMPARE(c.tensors.size(), std::size_t(2));
        QCOMPARE(c.tensors[1].name, QStringLiteral("y"));
        std::vector<float> y(4);
        readFloats(c, c.tensors[1], 0, y);
        QCOMPARE(y, (std::vector<float>{1, 2, 3, 4}));
    }

    void refusesBadIndexes_data()
    {
        QTest::addColumn<QByteArray>("index");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parent folder") << QByteArray(R"({"weight_map":{"x":"../x"}})")
                                       << QStringLiteral("weight_map.x: \"../x\" is not a plain file name");
        QTest::newRow("dot-dot") << QByteArray(R"({"weight_map":{"x":".."}})") << QStringLiteral("not a plain file name");
        QTest::newRow("absolute") << QByteArray(R"({"weight_map":{"x":"/etc/passwd"}})")
                                  << QStringLiteral("not a plain file name");
        QTest::newRow("backslash") << QByteArray(R"({"weight_map":{"x":"..\\x"}})") << QStringLiteral("not a plain file name");
        QTest::newRow("not a string") << QByteArray(R"({"weight_map":{"x":3}})") << QStringLiteral("not a plain file name");
        QTest::newRow("no weight_map") << QByteArray(R"({"metadata":{}})") << QStringLiteral("weight_map: expected an object");
        QTest::newRow("tensor missing from its shard") << QByteArray(R"({"weight_map":{"x":"a.safetensors","z":"a.safetensors"}})")
                                                       << QStringLiteral("weight_map.z: the shard a.safetensors holds no such tensor");
        QTest::newRow("shard holds an unlisted tensor") << QByteArray(R"({"weight_map":{"x":"b.safetensors"}})")
                                                        << QStringLiteral("header key \"w\": the index");
        QTest::newRow("missing shard") << QByteArray(R"({"weight_map":{"x":"c.safetensors"}})")
                                       << QStringLiteral("c.safetensors: cannot be opened");
    }

    void refusesBadIndexes()
    {
        QFETCH(QByteArray, index);
        QFETCH(QString, expected);
        QTemporaryDir folder;
        writeFile(folder.filePath(QStringLiteral("a.safetensors")),
                  safetensors(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", bytesOf<float>({1})));
        writeFile(folder.filePath(QStringLiteral("b.safetensors")),
                  safetensors(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                              R"("w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", bytesOf<float>({1, 2})));
        writeFile(folder.filePath(QStringLiteral("model.safetensors.index.json")), index);
        try {
            openShardedSafetensors(folder.path());
            QFAIL("accepted");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
