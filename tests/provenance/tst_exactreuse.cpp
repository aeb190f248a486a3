// P2, exact reuse matched by content (provenance/ExactReuse.h): a renamed, reshaped or
// embedded copy of the reference is found tensor by tensor; a copy cast to BF16 (rounded to
// nearest even) or up to F32 is found after the cast; a tensor changed in one value and an
// independent model are not; constant tensors (zeros, ones) are listed apart and counted in
// neither figure; the prefixes narrow both sides.
#include "SafetensorsWriter.h"

#include "provenance/CheckpointReader.h"
#include "provenance/ExactReuse.h"
#include "provenance/TensorValues.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace pd;
using namespace pd::provenance;

namespace {

std::vector<float> randomValues(std::size_t n, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<float> v(n);
    for (float &x : v)
        x = float(random.generateDouble() * 2.0 - 1.0) * 0.02f;
    return v;
}

QByteArray bf16Bytes(const std::vector<float> &values)
{
    QByteArray b(qsizetype(values.size() * 2), '\0');
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::uint16_t bits = toBf16Bits(values[i]);
        std::memcpy(b.data() + 2 * i, &bits, 2);
    }
    return b;
}

std::vector<float> fromBf16(const QByteArray &bytes)
{
    std::vector<float> v(std::size_t(bytes.size() / 2));
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::uint32_t bits = 0;
        std::memcpy(reinterpret_cast<char *>(&bits) + 2, bytes.constData() + 2 * i, 2);
        std::memcpy(&v[i], &bits, 4);
    }
    return v;
}

// The reference: two F32 matrices, an F32 gain, a BF16 matrix, a zero bias (constant).
struct Model {
    std::vector<float> up, down, gain;
    QByteArray embedBf16;
};

Model model(quint32 seed)
{
    Model m{randomValues(64 * 32, seed), randomValues(32 * 64, seed + 1), randomValues(32, seed + 2),
            bf16Bytes(randomValues(16 * 32, seed + 3))};
    for (float &g : m.gain)
        g += 1.0f;
    return m;
}

std::vector<test::TensorBytes> asF32(const Model &m, const QString &prefix)
{
    return {{prefix + QStringLiteral("blocks.0.mlp.up.weight"), QStringLiteral("F32"), {64, 32}, test::rawBytes(m.up)},
            {prefix + QStringLiteral("blocks.0.mlp.down.weight"), QStringLiteral("F32"), {32, 64}, test::rawBytes(m.down)},
            {prefix + QStringLiteral("blocks.0.norm.weight"), QStringLiteral("F32"), {32}, test::rawBytes(m.gain)},
            {prefix + QStringLiteral("embed.weight"), QStringLiteral("BF16"), {16, 32}, m.embedBf16},
            {prefix + QStringLiteral("blocks.0.mlp.bias"), QStringLiteral("F32"), {64}, QByteArray(256, '\0')}};
}

} // namespace

class TestExactReuse : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Model m_ref = model(7);
    QString m_reference;
    int m_counter = 0;

    QString write(const std::vector<test::TensorBytes> &tensors)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.safetensors").arg(++m_counter));
        if (!test::writeSafetensors(path, tensors))
            qFatal("cannot write");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { m_reference = write(asF32(m_ref, QStringLiteral("visual."))); }

    void findsCopies_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("identical");
        QTest::addColumn<int>("afterCast");
        QTest::addColumn<int>("constants");
        QTest::addColumn<double>("share");
        const double all = 64 * 32 + 32 * 64 + 32 + 16 * 32 + 64;
        const double nonConstant = all - 64;
        QTest::newRow("the same file") << m_reference << QString() << 4 << 0 << 1 << nonConstant / all;
        QTest::newRow("renamed prefix") << write(asF32(m_ref, QStringLiteral("model.vision_tower."))) << QString() << 4 << 0
                                        << 1 << nonConstant / all;
        std::vector<test::TensorBytes> reshaped = asF32(m_ref, QStringLiteral("v."));
        reshaped[0].shape = {2048};
        QTest::newRow("reshaped") << write(reshaped) << QString() << 4 << 0 << 1 << nonConstant / all;
        std::vector<test::TensorBytes> cast = asF32(m_ref, QStringLiteral("v."));
        for (test::TensorBytes &t : cast)
            if (t.dtype == QLatin1String("F32")) {
                std::vector<float> v(std::size_t(t.bytes.size() / 4));
                std::memcpy(v.data(), t.bytes.constData(), std::size_t(t.bytes.size()));
                t.bytes = bf16Bytes(v);
                t.dtype = QStringLiteral("BF16");
            }
        QTest::newRow("cast to BF16") << write(cast) << QString() << 1 << 3 << 1 << nonConstant / all;
        std::vector<test::TensorBytes> up = asF32(m_ref, QStringLiteral("v."));
        up[3].bytes = test::rawBytes(fromBf16(m_ref.embedBf16));
        up[3].dtype = QStringLiteral("F32");
        QTest::newRow("BF16 cast up to F32") << write(up) << QString() << 3 << 1 << 1 << nonConstant / all;
        std::vector<test::TensorBytes> touched = asF32(m_ref, QStringLiteral("v."));
        touched[0].bytes[5] = char(touched[0].bytes[5] ^ 1);   // one value, one bit
        QTest::newRow("one value changed") << write(touched) << QString() << 3 << 0 << 1 << (nonConstant - 2048) / all;
        QTest::newRow("independent") << write(asF32(model(99), QStringLiteral("visual."))) << QString() << 0 << 0 << 1
                                     << 0.0;
        std::vector<test::TensorBytes> larger = asF32(model(42), QStringLiteral("model.layers."));
        for (test::TensorBytes &t : asF32(m_ref, QStringLiteral("model.visual.")))
            larger.push_back(t);
        QTest::newRow("embedded, narrowed by prefix") << write(larger) << QStringLiteral("model.visual.") << 4 << 0 << 1
                                                      << nonConstant / all;
        QTest::newRow("embedded, the other part") << write(larger) << QStringLiteral("model.layers.") << 0 << 0 << 1 << 0.0;
    }

    void findsCopies()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, prefix);
        QFETCH(int, identical);
        QFETCH(int, afterCast);
        QFETCH(int, constants);
        QFETCH(double, share);
        const Checkpoint c = openCheckpoint(candidate);
        const Checkpoint r = openCheckpoint(m_reference);
        const ExactReuse reuse = findExactReuse(c, prefix, r, QStringLiteral("visual."));
        QCOMPARE(int(reuse.identical.size()), identical);
        QCOMPARE(int(reuse.afterCast.size()), afterCast);
        QCOMPARE(int(reuse.constants.size()), constants);
        QCOMPARE(reuse.candidateTensors, std::uint64_t(5));
        QVERIFY2(std::abs(reuse.share() - share) < 1e-12, qPrintable(QString::number(reuse.share())));
        for (const ReusedTensor &t : reuse.identical)   // matched by content: the same role
            QCOMPARE(t.candidate.section(QLatin1Char('.'), -2), t.reference.section(QLatin1Char('.'), -2));
    }

    void constantsAreConstant()
    {
        const Checkpoint r = openCheckpoint(m_reference);
        int constants = 0;
        for (const Tensor &t : r.tensors)
            constants += isConstant(r, t) ? 1 : 0;
        QCOMPARE(constants, 1);
    }
};

QTEST_GUILESS_MAIN(TestExactReuse)
#include "tst_exactreuse.moc"
