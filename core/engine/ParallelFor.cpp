// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace rapport::engine {

ParallelFor::ParallelFor(int threads)
    : m_threads(threads > 0 ? threads
                            : std::max(1, static_cast<int>(std::thread::hardware_concurrency())))
{
}

void ParallelFor::run(std::size_t n, const std::function<void(std::size_t, int)>& task) const
{
    const int workers = static_cast<int>(std::min<std::size_t>(m_threads, n));
    if (workers <= 1) {
        for (std::size_t i = 0; i < n; ++i)
            task(i, 0);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto work = [&](int worker) {
        for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) {
            try {
                task(i, worker);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!error)
                    error = std::current_exception();
                next.store(n);
            }
        }
    };
    {
        std::vector<std::jthread> threads;
        threads.reserve(workers - 1);
        for (int w = 1; w < workers; ++w)
            threads.emplace_back(work, w);
        work(0);
    }
    if (error)
        std::rethrow_exception(error);
}

} // namespace rapport::engine
