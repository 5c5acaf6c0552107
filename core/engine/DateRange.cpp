// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/DateRange.h"

#include <chrono>
#include <cstdio>
#include <limits>

namespace rapport::engine {

namespace {
std::string isoTime(std::int64_t t)
{
    using namespace std::chrono;
    const sys_seconds tp{seconds{t}};
    const auto day = floor<days>(tp);
    const year_month_day ymd{day};
    const hh_mm_ss hms{tp - day};
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                  int(hms.minutes().count()), int(hms.seconds().count()));
    return text;
}
} // namespace

std::string DateRange::describe() const
{
    if (isAll())
        return "all time";
    const bool open = from == std::numeric_limits<std::int64_t>::min();
    const bool openEnd = to == std::numeric_limits<std::int64_t>::max();
    return "[" + (open ? std::string("−∞") : isoTime(from)) + ", "
           + (openEnd ? std::string("+∞") : isoTime(to)) + ")";
}

} // namespace rapport::engine
