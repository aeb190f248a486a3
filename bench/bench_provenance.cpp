// Benchmark (measured, never asserted): P4, the permutation-robust MLP tests
// (provenance/MlpPermutationTest.h), on a candidate and a reference with B blocks of
// h x d up and gate projections (BF16, as released checkpoints are), derived (the reference
// plus noise) or independent (another seed). Writes the two checkpoints to a temporary
// folder, streaming (they are never whole in memory), then times testMlps.
//
//   build/bench/bench_provenance [--hidden 3420] [--width 1280] [--blocks 2] [--rows 1024]
//                                [--independent] [--no-gate]
//
// The targets (docs/provenance.md): 32 blocks of 3420 x 1280 under 60 s on 2 cores; 32 blocks
// of 14336 x 4096 with the default rows under 10 min. Time per block x 32 is the estimate.

#include "provenance/CheckpointReader.h"
#include "provenance/MlpPermutationTest.h"
#include "provenance/TensorValues.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

using namespace pd::provenance;

namespace {

struct Spec {
    qint64 hidden, width;
    int blocks;
    bool gate;
};

QStringList tensorNames(const Spec &s)
{
    QStringList names;
    for (int b = 0; b < s.blocks; ++b) {
        const QString p = QStringLiteral("model.layers.%1.mlp.").arg(b);
        if (s.gate)
            names << p + QStringLiteral("gate_proj.weight");
        names << p + QStringLiteral("up_proj.weight");
    }
    return names;
}

// Streams a BF16 checkpoint: values N(0, 1/d) from `seed`, plus noise of 0.2 x that from
// `noiseSeed` when not 0 (a fine-tune of the model drawn from `seed`).
bool writeModel(const QString &path, const Spec &s, std::uint64_t seed, std::uint64_t noiseSeed)
{
    const QStringList names = tensorNames(s);
    const qint64 bytes = s.hidden * s.width * 2;
    QJsonObject header;
    for (qsizetype i = 0; i < names.size(); ++i)
        header.insert(names[i], QJsonObject{{QStringLiteral("dtype"), QStringLiteral("BF16")},
                                            {QStringLiteral("shape"), QJsonArray{s.hidden, s.width}},
                                            {QStringLiteral("data_offsets"), QJsonArray{i * bytes, (i + 1) * bytes}}});
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8)
        json += ' ';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray length(8, '\0');
    for (int i = 0; i < 8; ++i)
        length[i] = char((std::uint64_t(json.size()) >> (8 * i)) & 0xFF);
    file.write(length + json);
    std::mt19937_64 rng(seed), noise(noiseSeed);
    const double sd = 1 / std::sqrt(double(s.width));
    std::normal_distribution<double> normal(0, sd), jitter(0, 0.2 * sd);
    std::vector<std::uint16_t> row(static_cast<std::size_t>(s.width));
    for (qsizetype t = 0; t < names.size(); ++t)
        for (qint64 r = 0; r < s.hidden; ++r) {
            for (std::uint16_t &v : row)
                v = toBf16Bits(float(normal(rng) + (noiseSeed ? jitter(noise) : 0.0)));
            file.write(reinterpret_cast<const char *>(row.data()), qint64(row.size() * 2));
        }
    return file.error() == QFile::NoError;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P4 on generated BF16 checkpoints."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("hidden"), QStringLiteral("Hidden units h (3420)."), QStringLiteral("N"), QStringLiteral("3420")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("Width d (1280)."), QStringLiteral("N"), QStringLiteral("1280")});
    parser.addOption({QStringLiteral("blocks"), QStringLiteral("Blocks (2)."), QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows M matched (1024; 0: all)."), QStringLiteral("N"), QStringLiteral("1024")});
    parser.addOption({QStringLiteral("independent"), QStringLiteral("An independent candidate (default: derived).")});
    parser.addOption({QStringLiteral("no-gate"), QStringLiteral("Up projections only (phi_U alone).")});
    parser.process(app);
    QTextStream out(stdout);
    const Spec spec{parser.value(QStringLiteral("hidden")).toLongLong(), parser.value(QStringLiteral("width")).toLongLong(),
                    parser.value(QStringLiteral("blocks")).toInt(), !parser.isSet(QStringLiteral("no-gate"))};
    const bool independent = parser.isSet(QStringLiteral("independent"));
    QTemporaryDir dir;
    const QString refPath = dir.filePath(QStringLiteral("reference.safetensors"));
    const QString candPath = dir.filePath(QStringLiteral("candidate.safetensors"));
    QElapsedTimer timer;
    timer.start();
    if (!writeModel(refPath, spec, 1, 0) || !writeModel(candPath, spec, independent ? 2 : 1, independent ? 0 : 3)) {
        out << "cannot write the checkpoints in " << dir.path() << Qt::endl;
        return 1;
    }
    out << "written in " << timer.elapsed() << " ms" << Qt::endl;
    const Checkpoint reference = openCheckpoint(refPath), candidate = openCheckpoint(candPath);
    ComparisonInput input;
    input.candidate = {&candidate, QString()};
    input.reference = {&reference, QString()};
    input.rows = parser.value(QStringLiteral("rows")).toInt();
    timer.restart();
    const MlpTestResult r = testMlps(input);
    const double ms = double(timer.elapsed());
    out << spec.blocks << " block(s) of " << spec.hidden << " x " << spec.width << ", rows " << input.rows << ", "
        << (independent ? "independent" : "derived") << ": " << ms << " ms, " << ms / spec.blocks << " ms a block, "
        << "32 blocks ~ " << ms / spec.blocks * 32 / 1000 << " s; -log10 p phi_U " << r.candidate.minusLog10PU()
        << (r.candidate.uAtFloor ? " (floor)" : "") << ", phi_GU " << r.candidate.minusLog10PGU() << Qt::endl;
    return 0;
}
