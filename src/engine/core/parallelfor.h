#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace retort {

// Calls work(i) for every i in [0, count) on all cores (at most 8 threads, the calling thread
// included), handing out indexes in batches of `batch` in increasing order. Uses no more threads
// than there are `minPerThread` items each, so small jobs stay on the calling thread. work must be
// safe to call concurrently for different i. Returns when every call has returned.
template <typename Work>
void parallelFor(qsizetype count, qsizetype minPerThread, qsizetype batch, Work work)
{
    std::atomic<qsizetype> next{0};
    auto run = [&] {
        for (;;) {
            const qsizetype start = next.fetch_add(batch, std::memory_order_relaxed);
            if (start >= count)
                return;
            const qsizetype stop = std::min(count, start + batch);
            for (qsizetype i = start; i < stop; ++i)
                work(i);
        }
    };
    const qsizetype cores = qsizetype(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    const qsizetype threads = std::min(cores, std::max<qsizetype>(1, count / std::max<qsizetype>(1, minPerThread)));
    std::vector<std::thread> pool;
    for (qsizetype t = 1; t < threads; ++t)
        pool.emplace_back(run);
    run();
    for (std::thread &t : pool)
        t.join();
}

} // namespace retort
