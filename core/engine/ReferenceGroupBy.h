// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/GroupByQuery.h"
#include "core/engine/GroupByResult.h"
#include "core/engine/ReferenceData.h"

namespace rapport::engine {

/** Group-by by brute force: every (person, activity) pair into a std::map of groups. */
class ReferenceGroupBy
{
public:
    static GroupByResult compute(const ReferenceData& data, const GroupByQuery& query,
                                 std::uint64_t snapshotId);
};

} // namespace rapport::engine
