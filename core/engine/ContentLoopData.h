// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityFilter.h"
#include "core/engine/DateRange.h"
#include "core/engine/PersonFilter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::engine {

/** A content piece: its key, series (0 = none) and authors (people.keys). */
struct ContentPiece
{
    std::int64_t key = 0;
    std::int64_t series = 0;
    std::vector<std::int64_t> authors;

    friend bool operator==(const ContentPiece&, const ContentPiece&) = default;
};

/** Content metrics: cumulative totals of a piece at a time (a snapshot), or gains over a
 *  range, or sums of those over pieces. */
struct ContentMetrics
{
    std::int64_t views = 0;
    std::int64_t reads = 0;
    std::int64_t likes = 0;
    std::int64_t shares = 0;
    std::int64_t onwardClicks = 0;

    ContentMetrics& operator+=(const ContentMetrics& o)
    {
        views += o.views, reads += o.reads, likes += o.likes, shares += o.shares;
        onwardClicks += o.onwardClicks;
        return *this;
    }
    ContentMetrics operator-(const ContentMetrics& o) const
    {
        return {views - o.views, reads - o.reads, likes - o.likes, shares - o.shares,
                onwardClicks - o.onwardClicks};
    }
    friend bool operator==(const ContentMetrics&, const ContentMetrics&) = default;
};

struct ContentSnapshot
{
    std::int64_t content = 0;
    std::int64_t at = 0;
    ContentMetrics totals;

    friend bool operator==(const ContentSnapshot&, const ContentSnapshot&) = default;
};

/** Onward clicks from one piece to another (a link's click count). */
struct ContentLink
{
    std::int64_t from = 0;
    std::int64_t to = 0;
    std::int64_t onwardClicks = 0;

    friend bool operator==(const ContentLink&, const ContentLink&) = default;
};

struct Reward
{
    std::int64_t person = 0; ///< people.key
    double value = 0;
    std::int64_t at = 0;
    std::int64_t campaign = 0; ///< 0 = none
    std::int64_t content = 0;  ///< 0 = none

    friend bool operator==(const Reward&, const Reward&) = default;
};

/** The content loop's relational data, as a loader reads it from the project. */
struct ContentLoopData
{
    std::vector<ContentPiece> pieces;
    std::vector<ContentSnapshot> snapshots;
    std::vector<ContentLink> links;
    std::vector<Reward> rewards;
};

/**
 * Reward cost per activation over a period: Σ value of the rewards dated in the period ÷
 * the persons activated in the period — people with at least one activity of an activation
 * type (by type display name, or key as decimal text) dated in the period. With campaigns
 * given, both rewards and activations must belong to one of them; with a person filter,
 * both must belong to people passing it (rewards of unknown or anonymous people drop out
 * then). A reward of a merged person counts for the person it was merged into.
 */
struct RewardCostQuery
{
    DateRange period;
    std::vector<std::string> activationTypes{"attended", "contributed", "spoke", "authored"};
    std::vector<std::int64_t> campaigns;
    PersonFilter people;

    friend bool operator==(const RewardCostQuery&, const RewardCostQuery&) = default;
};

/**
 * Who the content reached and moved to act, from the activity stream.
 *
 * A reading of piece P is an activity on P (its content is P) whose type is not an
 * activation type and that passes `reading` (its campaign and channel conditions; its type is
 * ignored). A person read P when they have a reading of P dated in `range`; P activated them
 * when, after such a reading at t, they have an activity of an activation type (by type
 * display name, or key as decimal text; any campaign or channel) dated in [t, t + window] —
 * they acted after reading. A person went on from P to Q, for a link P → Q (P ≠ Q), when
 * after such a reading of P at t they have a reading of Q dated in [t, t + window].
 *
 * Per author the people any of the author's pieces reached (each person once), per series
 * the people of the series' pieces — each when asked (`authors`, `series`): they cost a pass
 * over every reader's pieces. Only people passing `people` count (merged people count as the
 * person they were merged into).
 */
struct ContentActivationQuery
{
    DateRange range;
    std::vector<std::string> activationTypes{"attended", "contributed", "spoke", "authored"};
    std::int64_t window = 30 * 86400; ///< seconds from a reading to the act or onward reading
    ActivityFilter reading;
    PersonFilter people;
    bool authors = true; ///< compute the rows per author
    bool series = true;  ///< compute the rows per series

    friend bool operator==(const ContentActivationQuery&, const ContentActivationQuery&) = default;
};

} // namespace rapport::engine
