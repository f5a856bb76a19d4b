#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace retort {

// How many threads a job of `count` items deserves: all cores (at most 8), but no more threads
// than there are `minPerThread` items each, so small jobs stay on the calling thread.
inline int workerCount(qsizetype count, qsizetype minPerThread)
{
    const qsizetype cores = qsizetype(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    return int(std::min(cores, std::max<qsizetype>(1, count / std::max<qsizetype>(1, minPerThread))));
}

// Runs worker(t) for t in [0, threads): t = 0 on the calling thread, the others on new threads.
// Returns when every worker has returned.
template <typename Worker>
void runOnThreads(int threads, Worker worker)
{
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back([&worker, t] { worker(t); });
    worker(0);
    for (std::thread &t : pool)
        t.join();
}

// Calls work(i) for every i in [0, count) on workerCount(count, minPerThread) threads, handing out
// indexes in batches of `batch` in increasing order. work must be safe to call concurrently for
// different i. Returns when every call has returned.
template <typename Work>
void parallelFor(qsizetype count, qsizetype minPerThread, qsizetype batch, Work work)
{
    std::atomic<qsizetype> next{0};
    runOnThreads(workerCount(count, minPerThread), [&](int) {
        for (;;) {
            const qsizetype start = next.fetch_add(batch, std::memory_order_relaxed);
            if (start >= count)
                return;
            const qsizetype stop = std::min(count, start + batch);
            for (qsizetype i = start; i < stop; ++i)
                work(i);
        }
    });
}

} // namespace retort
