// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
// moc (Qt 6.4) cannot parse the C++20 library headers (<span> reaches <concepts>); a Qt
// header that includes this one is moc'd without them (moc needs no engine declarations).
#ifndef Q_MOC_RUN
#include <compare>
#include <span>
#endif

namespace rapport::engine {

/**
 * One activity as the engine receives it: the project's integer keys (0 = none) and time in
 * seconds since the Unix epoch (UTC). Field for field the same as storage::ActivityRow, so
 * the loader copies without conversion. `person` is the people.key of the person the activity
 * was recorded for; if that person was merged, the store files it under the survivor.
 */
struct ActivityRecord
{
    std::int64_t person = 0;
    std::int32_t type = 0;
    std::int64_t at = 0;
    std::int64_t campaign = 0;
    std::int64_t channel = 0;
    std::int64_t content = 0;
    double value = 0;

    friend bool operator==(const ActivityRecord&, const ActivityRecord&) = default;
};

/**
 * A batch of activities as parallel columns (what a decoded segment is). Rows may come in
 * any order; batches may overlap in person range.
 */
struct ActivityBatch
{
    std::span<const std::int64_t> person;
    std::span<const std::int32_t> type;
    std::span<const std::int64_t> at;
    std::span<const std::int64_t> campaign;
    std::span<const std::int64_t> channel;
    std::span<const std::int64_t> content;
    std::span<const double> value;

    std::size_t size() const { return person.size(); }
    ActivityRecord operator[](std::size_t i) const
    {
        return {person[i], type[i], at[i], campaign[i], channel[i], content[i], value[i]};
    }
};

/**
 * The canonical order of one person's activities: by time, then type, campaign, channel,
 * content key, then value. It depends only on the record (never on insertion order or
 * dictionary codes), so a store built at once and one built by edits hold the same order,
 * and "the first activity" of a tie is the same in both.
 */
inline std::weak_ordering canonicalOrder(const ActivityRecord& a, const ActivityRecord& b)
{
    if (auto c = a.at <=> b.at; c != 0)
        return c;
    if (auto c = a.type <=> b.type; c != 0)
        return c;
    if (auto c = a.campaign <=> b.campaign; c != 0)
        return c;
    if (auto c = a.channel <=> b.channel; c != 0)
        return c;
    if (auto c = a.content <=> b.content; c != 0)
        return c;
    if (a.value < b.value)
        return std::weak_ordering::less;
    if (b.value < a.value)
        return std::weak_ordering::greater;
    return std::weak_ordering::equivalent;
}

} // namespace rapport::engine
