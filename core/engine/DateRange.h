// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <string>

namespace rapport::engine {

/** A half-open time range [from, to) in seconds since the Unix epoch; default = all time. */
struct DateRange
{
    std::int64_t from = std::numeric_limits<std::int64_t>::min();
    std::int64_t to = std::numeric_limits<std::int64_t>::max();

    bool isAll() const
    {
        return from == std::numeric_limits<std::int64_t>::min()
               && to == std::numeric_limits<std::int64_t>::max();
    }
    bool contains(std::int64_t t) const { return from <= t && t < to; }
    /** "all time" or "[from, to)" in ISO dates/times (UTC), for provenance. */
    std::string describe() const;

    friend bool operator==(const DateRange&, const DateRange&) = default;
};

} // namespace rapport::engine
