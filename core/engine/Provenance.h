// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rapport::engine {

/**
 * How a figure was computed: the definition in words, the parameters and filters as
 * (name, value) text pairs in a stable order, and the snapshot id of the store it read.
 * Every query result carries one; the CLI prints it as JSON, the UI as a tooltip.
 */
struct Provenance
{
    std::string definition;
    std::vector<std::pair<std::string, std::string>> parameters;
    std::vector<std::string> filters;
    std::uint64_t snapshotId = 0;

    friend bool operator==(const Provenance&, const Provenance&) = default;
};

} // namespace rapport::engine
