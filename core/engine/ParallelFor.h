// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>

namespace rapport::engine {

/**
 * Runs task(i, worker) for i in [0, n) on up to `threads` threads (std::jthread, started per run:
 * at the engine's task sizes the ~50 µs start-up is noise, and no pool outlives a query).
 * Tasks are handed out dynamically; callers make results deterministic by writing each
 * task's result into its own slot and combining slots in index order afterwards, or by
 * accumulating order-independent sums per worker (0 <= worker < threads()).
 * threads <= 0 means std::thread::hardware_concurrency(). The first exception thrown by a
 * task is rethrown by run() after all threads have stopped.
 */
class ParallelFor
{
public:
    explicit ParallelFor(int threads = 0);
    int threads() const { return m_threads; }
    void run(std::size_t n, const std::function<void(std::size_t task, int worker)>& task) const;

private:
    int m_threads;
};

} // namespace rapport::engine
