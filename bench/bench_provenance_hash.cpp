// bench_provenance_hash: `provenance inspect --hash` against `sha256sum` on the same file
// (issue 15, "Speed"; docs/benchmarks.md). Writes a safetensors checkpoint of --gb GB (16
// F32/BF16 tensors of random bytes, not kept unless --keep), reads it once so both sides find
// it in the page cache, then alternates: `sha256sum FILE`, the hashes in this process
// (hashTensors on every core, the heap sampled with mallinfo2 about ten times a second), and
// `paneldesk-cli provenance inspect FILE --hash`. Prints every run, the medians and the
// ratios. Measured, never asserted.
#include "BenchTiming.h"

#include "provenance/CheckpointReader.h"
#include "provenance/TensorHashes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace pd;
using namespace pd::provenance;

namespace {

void writeCheckpoint(const QString &path, std::uint64_t bytes)
{
    const int tensors = 16;
    const std::uint64_t each = bytes / tensors / 4 * 4;
    QJsonObject header;
    for (int i = 0; i < tensors; ++i) {
        const bool bf16 = i % 2 == 1;
        const std::uint64_t elements = each / (bf16 ? 2 : 4);
        header.insert(QStringLiteral("model.layers.%1.weight").arg(i),
                      QJsonObject{{QStringLiteral("dtype"), bf16 ? QStringLiteral("BF16") : QStringLiteral("F32")},
                                  {QStringLiteral("shape"), QJsonArray{qint64(elements / 1024), 1024}},
                                  {QStringLiteral("data_offsets"), QJsonArray{qint64(each * std::uint64_t(i)),
                                                                              qint64(each * std::uint64_t(i + 1))}}});
        if (elements % 1024)
            qFatal("size not a multiple of 4096 bytes");
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8)
        json += ' ';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const std::uint64_t n = std::uint64_t(json.size());
    file.write(reinterpret_cast<const char *>(&n), 8);
    file.write(json);
    std::vector<std::uint64_t> block(1 << 20);   // 8 MB of xorshift bytes at a time
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    for (std::uint64_t written = 0; written < each * tensors; written += block.size() * 8) {
        for (std::uint64_t &x : block) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            x = state;
        }
        const std::uint64_t len = std::min<std::uint64_t>(block.size() * 8, each * tensors - written);
        file.write(reinterpret_cast<const char *>(block.data()), qint64(len));
    }
}

double runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(-1) || !process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("%s failed", qPrintable(program));
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("provenance inspect --hash against sha256sum"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("gb"), QStringLiteral("Checkpoint size in GB (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write the checkpoint here and keep it."), QStringLiteral("PATH")});
    parser.process(app);
    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                              : dir.filePath(QStringLiteral("bench.safetensors"));
    const double gb = parser.value(QStringLiteral("gb")).toDouble();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const std::uint64_t bytes = std::uint64_t(gb * 1024 * 1024 * 1024) / (16 * 4096) * (16 * 4096);
    if (!QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        writeCheckpoint(path, bytes);
        std::printf("wrote %s (%.2f GB) in %.1f s\n", qPrintable(path), double(QFile(path).size()) / (1 << 30),
                    double(timer.elapsed()) / 1000.0);
    }
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/paneldesk-cli"));
    runProcess(QStringLiteral("sha256sum"), {path});   // into the page cache, not timed
    std::printf("cores %u, load average: ", std::thread::hardware_concurrency());
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("%s", load.readAll().constData());
    std::vector<double> shell, inside, command;
    std::size_t heapPeak = 0;
    for (int r = 0; r < runs; ++r) {
        shell.push_back(runProcess(QStringLiteral("sha256sum"), {path}));
        QElapsedTimer timer;
        timer.start();
        const Checkpoint checkpoint = openCheckpoint(path);
        hashTensors(checkpoint, [&](std::uint64_t, std::uint64_t) {
            const struct mallinfo2 info = mallinfo2();
            heapPeak = std::max(heapPeak, info.uordblks + info.hblkhd);
            return true;
        });
        inside.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (QFile::exists(cli))
            command.push_back(runProcess(cli, {QStringLiteral("provenance"), QStringLiteral("inspect"), path,
                                               QStringLiteral("--hash")}));
        std::printf("run %d: sha256sum %.0f ms, hashTensors %.0f ms, inspect --hash %.0f ms\n", r + 1, shell.back(),
                    inside.back(), command.empty() ? 0.0 : command.back());
    }
    std::printf("median: sha256sum %.0f ms, hashTensors %.0f ms (%.2fx), inspect --hash %.0f ms (%.2fx); heap peak %.1f MB\n",
                median(shell), median(inside), median(inside) / median(shell), command.empty() ? 0.0 : median(command),
                command.empty() ? 0.0 : median(command) / median(shell), double(heapPeak) / (1 << 20));
    return 0;
}
