// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rapport::engine {
struct ContentLoopData;
class ParallelFor;
} // namespace rapport::engine

namespace rapport::storage {
struct EngineData;
}

namespace rapport::report {

/**
 * A BLAKE2b-256 (hex) of the data a report's figures were computed from: every person's key,
 * flags, join day and attributes, every activity (time, type, campaign, channel, content,
 * value) with the keys and names behind the dictionary codes, the survey responses and the
 * content loop's pieces, snapshots, links and rewards. The same project file gives the same
 * hash on any machine; any change to those data gives another. Blocks are hashed in
 * parallel (a million people and twenty million activities in a fraction of a second).
 */
QString reportContentHash(const storage::EngineData& data, const engine::ContentLoopData& content,
                          const engine::ParallelFor& parallel);

} // namespace rapport::report
