#include "provenance/TensorHashes.h"

#include "domain/Errors.h"
#include "importers/Sha256.h"
#include "provenance/TensorValues.h"

#include <QCoreApplication>
#include <qfloat16.h>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

namespace pd::provenance {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

constexpr std::uint64_t kChunk = 16ull << 20;        // raw bytes hashed between checks for a stop
constexpr std::size_t kValues = 256 * 1024;           // values converted at a time (1 MB of float)

struct Shared {
    std::atomic<std::uint64_t> done{0};
    std::atomic<bool> stop{false};
};

// Runs hashOne(i) for i in [0, n) on `threads` workers, reporting progress in bytes.
std::vector<QByteArray> hashEach(std::size_t n, std::uint64_t total, const HashProgress &progress, int threads,
                                 const std::function<QByteArray(std::size_t, Shared &)> &hashOne)
{
    if (progress && !progress(0, total))
        throw Cancelled(Tr::tr("the hashing was cancelled"));
    std::vector<QByteArray> hashes(n);
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    Shared shared;
    std::atomic<std::size_t> next{0};
    int running = threads;
    std::mutex mutex;
    std::condition_variable finished;
    std::exception_ptr failure;
    const auto work = [&] {
        try {
            for (std::size_t i = next++; i < n && !shared.stop; i = next++)
                hashes[i] = hashOne(i, shared);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(mutex);
            failure = std::current_exception();
            shared.stop = true;
        }
        const std::lock_guard<std::mutex> lock(mutex);
        --running;
        finished.notify_one();
    };
    std::vector<std::thread> workers;
    for (int w = 0; w < threads; ++w)
        workers.emplace_back(work);
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(100));
            if (progress && !shared.stop && running > 0) {
                lock.unlock();
                if (!progress(shared.done, total))
                    shared.stop = true;
                lock.lock();
            }
        }
    }
    for (std::thread &w : workers)
        w.join();
    if (failure)
        std::rethrow_exception(failure);
    if (shared.stop)
        throw Cancelled(Tr::tr("the hashing was cancelled"));
    if (progress)
        progress(total, total);
    return hashes;
}

QByteArray rawHash(const Checkpoint &checkpoint, const Tensor &t, Shared &shared)
{
    const unsigned char *data = checkpoint.data(t);
    Sha256 sha;
    for (std::uint64_t at = 0; at < t.bytes && !shared.stop; at += kChunk) {
        const std::uint64_t len = std::min(kChunk, t.bytes - at);
        sha.addData(QByteArrayView(reinterpret_cast<const char *>(data + at), qsizetype(len)));
        shared.done += len;
    }
    return sha.result();
}

int targetBytes(Dtype target)
{
    switch (target) {
    case Dtype::F32: return 4;
    case Dtype::F64: return 8;
    default: return 2;
    }
}

void encode(Dtype target, const float *values, std::size_t n, unsigned char *out)
{
    for (std::size_t i = 0; i < n; ++i) {
        switch (target) {
        case Dtype::F32:
            std::memcpy(out + 4 * i, values + i, 4);
            break;
        case Dtype::F64: {
            const double d = values[i];
            std::memcpy(out + 8 * i, &d, 8);
            break;
        }
        case Dtype::BF16: {
            const std::uint16_t bits = toBf16Bits(values[i]);
            std::memcpy(out + 2 * i, &bits, 2);
            break;
        }
        default: {
            const qfloat16 half(values[i]);
            std::memcpy(out + 2 * i, &half, 2);
            break;
        }
        }
    }
}

QByteArray convertedHash(const Checkpoint &checkpoint, const Tensor &t, Dtype target, Shared &shared)
{
    if (!convertible(t.dtype) || t.dtype == target)
        return {};
    std::vector<float> values(std::size_t(std::min<std::uint64_t>(kValues, t.elements)));
    std::vector<unsigned char> encoded(values.size() * std::size_t(targetBytes(target)));
    Sha256 sha;
    const std::uint64_t bytesPerValue = t.elements ? t.bytes / t.elements : 0;
    for (std::uint64_t at = 0; at < t.elements && !shared.stop; at += values.size()) {
        const std::size_t n = std::size_t(std::min<std::uint64_t>(values.size(), t.elements - at));
        readFloats(checkpoint, t, at, std::span<float>(values.data(), n));
        encode(target, values.data(), n, encoded.data());
        sha.addData(QByteArrayView(reinterpret_cast<const char *>(encoded.data()),
                                   qsizetype(n * std::size_t(targetBytes(target)))));
        shared.done += n * bytesPerValue;
    }
    return sha.result();
}

std::uint64_t bytesOf(const Checkpoint &checkpoint, const std::vector<std::size_t> &which)
{
    std::uint64_t total = 0;
    for (std::size_t i : which)
        total += checkpoint.tensors.at(i).bytes;
    return total;
}

} // namespace

std::vector<QByteArray> hashTensorsAt(const Checkpoint &checkpoint, const std::vector<std::size_t> &which,
                                      const HashProgress &progress, int threads)
{
    return hashEach(which.size(), bytesOf(checkpoint, which), progress, threads, [&](std::size_t i, Shared &shared) {
        return rawHash(checkpoint, checkpoint.tensors.at(which[i]), shared);
    });
}

std::vector<QByteArray> hashTensors(const Checkpoint &checkpoint, const HashProgress &progress, int threads)
{
    std::vector<std::size_t> all(checkpoint.tensors.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return hashTensorsAt(checkpoint, all, progress, threads);
}

std::vector<QByteArray> hashConvertedAt(const Checkpoint &checkpoint, const std::vector<std::size_t> &which,
                                        Dtype target, const HashProgress &progress, int threads)
{
    return hashEach(which.size(), bytesOf(checkpoint, which), progress, threads, [&](std::size_t i, Shared &shared) {
        return convertedHash(checkpoint, checkpoint.tensors.at(which[i]), target, shared);
    });
}

} // namespace pd::provenance
