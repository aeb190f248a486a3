#include "provenance/TensorHashes.h"

#include "domain/Errors.h"
#include "importers/Sha256.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pd::provenance {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

constexpr std::uint64_t kChunk = 64ull << 20;   // bytes hashed between checks for a stop

} // namespace

std::vector<QByteArray> hashTensors(const Checkpoint &checkpoint, const HashProgress &progress,
                                    int threads)
{
    const std::size_t n = checkpoint.tensors.size();
    std::vector<QByteArray> hashes(n);
    std::uint64_t total = 0;
    for (const Tensor &t : checkpoint.tensors)
        total += t.bytes;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    if (progress && !progress(0, total))
        throw Cancelled(Tr::tr("the hashing was cancelled"));
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> done{0};
    std::atomic<bool> stop{false};
    std::atomic<int> running{threads};
    std::mutex mutex;
    std::condition_variable changed;
    const auto work = [&] {
        for (std::size_t i = next++; i < n && !stop; i = next++) {
            const Tensor &t = checkpoint.tensors[i];
            const unsigned char *data = checkpoint.data(t);
            Sha256 sha;
            for (std::uint64_t at = 0; at < t.bytes && !stop; at += kChunk) {
                const std::uint64_t len = std::min(kChunk, t.bytes - at);
                sha.addData(QByteArrayView(reinterpret_cast<const char *>(data + at), qsizetype(len)));
                done += len;
                changed.notify_one();
            }
            hashes[i] = sha.result();
        }
        {
            const std::lock_guard<std::mutex> lock(mutex);
            --running;
        }
        changed.notify_one();
    };
    std::vector<std::thread> workers;
    for (int w = 0; w < threads; ++w)
        workers.emplace_back(work);
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (running > 0) {
            changed.wait_for(lock, std::chrono::milliseconds(100));
            if (progress && !stop) {
                lock.unlock();
                if (!progress(done, total))
                    stop = true;
                lock.lock();
            }
        }
    }
    for (std::thread &w : workers)
        w.join();
    if (stop)
        throw Cancelled(Tr::tr("the hashing was cancelled"));
    if (progress)
        progress(total, total);
    return hashes;
}

} // namespace pd::provenance
