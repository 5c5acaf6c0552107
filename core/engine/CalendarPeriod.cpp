// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/CalendarPeriod.h"

#include <chrono>
#include <cstdio>

namespace rapport::engine {

namespace {
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

std::int64_t CalendarPeriod::index(Kind kind, std::int64_t t)
{
    const std::int64_t day = floorDiv(t, 86400);
    if (kind == Kind::Week) // 1970-01-01 was a Thursday: Monday 1969-12-29 starts week 0
        return floorDiv(day + 3, 7);
    using namespace std::chrono;
    const year_month_day ymd{sys_days{days{day}}};
    return std::int64_t(int(ymd.year())) * 12 + (unsigned(ymd.month()) - 1);
}

std::int64_t CalendarPeriod::start(Kind kind, std::int64_t index)
{
    if (kind == Kind::Week)
        return (index * 7 - 3) * 86400;
    using namespace std::chrono;
    const year_month_day ymd{year{int(floorDiv(index, 12))},
                             month{unsigned(index - floorDiv(index, 12) * 12 + 1)}, day{1}};
    return std::int64_t(sys_days{ymd}.time_since_epoch().count()) * 86400;
}

std::string CalendarPeriod::label(Kind kind, std::int64_t index)
{
    using namespace std::chrono;
    char text[64];
    if (kind == Kind::Month) {
        std::snprintf(text, sizeof text, "%04lld-%02lld", static_cast<long long>(floorDiv(index, 12)),
                      static_cast<long long>(index - floorDiv(index, 12) * 12 + 1));
        return text;
    }
    // The ISO week-numbering year is the year of the week's Thursday; week 1 holds January 4.
    const std::int64_t monday = floorDiv(start(kind, index), 86400);
    const year_month_day thursday{sys_days{days{monday + 3}}};
    const sys_days jan4{year_month_day{thursday.year(), January, day{4}}};
    const std::int64_t week1 = floorDiv(jan4.time_since_epoch().count() + 3, 7);
    std::snprintf(text, sizeof text, "%04d-W%02lld", int(thursday.year()),
                  static_cast<long long>(index - week1 + 1));
    return text;
}

std::string CalendarPeriod::isoTime(std::int64_t t)
{
    using namespace std::chrono;
    const std::int64_t day = floorDiv(t, 86400), second = t - day * 86400;
    const year_month_day ymd{sys_days{days{day}}};
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), int(second / 3600),
                  int(second / 60 % 60), int(second % 60));
    return text;
}

std::vector<std::int64_t> CalendarPeriod::boundaries(Kind kind, std::int64_t first,
                                                     std::int64_t count)
{
    std::vector<std::int64_t> out;
    out.reserve(static_cast<std::size_t>(count + 1));
    for (std::int64_t i = 0; i <= count; ++i)
        out.push_back(start(kind, first + i));
    return out;
}

} // namespace rapport::engine
