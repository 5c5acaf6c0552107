// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>

namespace rapport::engine {

/**
 * Runs task(i, worker) for i in [0, n) on up to `threads` threads: the calling thread plus a
 * pool of threads()−1 std::jthreads, started on the first parallel run and kept (asleep on a
 * condition variable) until the ParallelFor is destroyed — whoever owns the store owns one
 * and passes it to the queries, so a dashboard recompute pays no thread start-up.
 * Tasks are handed out dynamically; callers make results deterministic by writing each
 * task's result into its own slot and combining slots in index order afterwards, or by
 * accumulating order-independent sums per worker (0 <= worker < threads()).
 * threads <= 0 means std::thread::hardware_concurrency(). The first exception thrown by a
 * task is rethrown by run() after all tasks have stopped. One run at a time uses the pool:
 * a run() that finds the pool busy (another thread's query, or a task that itself calls
 * run()) runs its tasks on the calling thread alone, worker 0.
 * The task is called through a plain function pointer (no std::function, no allocation).
 */
class ParallelFor
{
public:
    explicit ParallelFor(int threads = 0);
    ~ParallelFor();
    ParallelFor(const ParallelFor&) = delete;
    ParallelFor& operator=(const ParallelFor&) = delete;

    int threads() const { return m_threads; }
    template<typename Task> void run(std::size_t n, Task&& task) const
    {
        using T = std::remove_reference_t<Task>;
        runErased(n, [](void* t, std::size_t i, int worker) { (*static_cast<T*>(t))(i, worker); },
                  const_cast<void*>(static_cast<const void*>(std::addressof(task))));
    }

private:
    struct Pool;
    using Invoke = void (*)(void*, std::size_t, int);
    void runErased(std::size_t n, Invoke invoke, void* task) const;
    int m_threads;
    std::unique_ptr<Pool> m_pool;
};

} // namespace rapport::engine
