// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace rapport::engine {

struct ParallelFor::Pool
{
    std::mutex busy; ///< held for a whole run
    std::mutex mutex;
    std::condition_variable wake, done;
    std::uint64_t generation = 0;
    bool stop = false;
    int running = 0; ///< pool threads still in the current run
    std::size_t n = 0;
    Invoke invoke = nullptr;
    void* task = nullptr;
    std::atomic<std::size_t> next{0};
    std::exception_ptr error;
    std::vector<std::jthread> threads;

    void work(int worker)
    {
        for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) {
            try {
                invoke(task, i, worker);
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!error)
                    error = std::current_exception();
                next.store(n);
            }
        }
    }

    void loop(int worker)
    {
        std::uint64_t seen = 0;
        for (;;) {
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return stop || generation != seen; });
                if (stop)
                    return;
                seen = generation;
            }
            work(worker);
            std::lock_guard lock(mutex);
            if (--running == 0)
                done.notify_one();
        }
    }

    ~Pool()
    {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        wake.notify_all();
        threads.clear(); // joins
    }
};

ParallelFor::ParallelFor(int threads)
    : m_threads(threads > 0 ? threads
                            : std::max(1, static_cast<int>(std::thread::hardware_concurrency())))
    , m_pool(std::make_unique<Pool>())
{
}

ParallelFor::~ParallelFor() = default;

void ParallelFor::runErased(std::size_t n, Invoke invoke, void* task) const
{
    const int workers = static_cast<int>(std::min<std::size_t>(m_threads, n));
    Pool& pool = *m_pool;
    std::unique_lock busy(pool.busy, std::try_to_lock);
    if (workers <= 1 || !busy.owns_lock()) {
        for (std::size_t i = 0; i < n; ++i)
            invoke(task, i, 0);
        return;
    }
    if (pool.threads.empty()) {
        pool.threads.reserve(m_threads - 1);
        for (int w = 1; w < m_threads; ++w)
            pool.threads.emplace_back([&pool, w] { pool.loop(w); });
    }
    {
        std::lock_guard lock(pool.mutex);
        pool.n = n;
        pool.invoke = invoke;
        pool.task = task;
        pool.next.store(0, std::memory_order_relaxed);
        pool.error = nullptr;
        pool.running = static_cast<int>(pool.threads.size());
        ++pool.generation;
    }
    pool.wake.notify_all();
    pool.work(0);
    std::exception_ptr error;
    {
        std::unique_lock lock(pool.mutex);
        pool.done.wait(lock, [&] { return pool.running == 0; });
        error = std::exchange(pool.error, nullptr);
    }
    if (error)
        std::rethrow_exception(error);
}

} // namespace rapport::engine
