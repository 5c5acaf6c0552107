// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityRecord.h"
#include "core/engine/PersonRecord.h"
#include "core/engine/Store.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace rapport::engine {

/**
 * Builds a Store from bulk input in one pass: add people (any order), then activity
 * batches (any order within and across batches — the loader's decoded segments, sorted by
 * person then time or not), then merges, then build().
 *
 * Activities are encoded as they arrive (person key → row, keys → dictionary codes) into
 * per-block staging of 16 bytes a row; build() sorts each block's staging into canonical
 * order and writes the columns, one block per task on all threads. An activity whose person
 * was not added gets a bare person. Duplicated records stay duplicated (the project's
 * activity stream is already a set). The result equals the store the same records would
 * give through Store edits (same query results; dictionary codes may differ).
 */
class StoreBuilder
{
public:
    explicit StoreBuilder(int threads = 0);
    ~StoreBuilder();
    StoreBuilder(const StoreBuilder&) = delete;
    StoreBuilder& operator=(const StoreBuilder&) = delete;

    void addPerson(const PersonRecord& person);
    void addActivity(const ActivityRecord& activity);
    void addActivities(const ActivityBatch& batch);
    /** Applied at build(), in the order given (as Store::mergePerson). */
    void addMerge(std::int64_t merged, std::int64_t survivor);
    void setTypeName(std::int32_t key, std::string name);
    void setCampaignName(std::int64_t key, std::string name);
    void setChannelName(std::int64_t key, std::string name);
    void setContentName(std::int64_t key, std::string name);

    /** The finished store; the builder is empty afterwards. */
    Store build();

private:
    struct Staged;
    std::uint32_t rowFor(std::int64_t key);
    int m_threads;
    Store m_store;
    /** Per block. Deques, not vectors: a vector that grows by doubling holds up to twice its
     *  rows, and the staging of all blocks at once is the load's peak memory. */
    std::vector<std::deque<Staged>> m_staged;
    std::vector<std::vector<std::pair<std::uint32_t, double>>> m_stagedValues; ///< per block
    std::vector<std::pair<std::int64_t, std::int64_t>> m_merges;
};

} // namespace rapport::engine
