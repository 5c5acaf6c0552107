// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ContentLoopData.h"
#include "core/engine/Provenance.h"

#include <optional>
#include <vector>

namespace rapport::engine {

/** Reach of one piece, author (key = people.key) or series (key = series key). */
struct ContentReach
{
    std::int64_t key = 0;
    std::uint64_t pieces = 0;
    ContentMetrics metrics;

    friend bool operator==(const ContentReach&, const ContentReach&) = default;
};

struct ContentReachResult
{
    std::vector<ContentReach> rows; ///< by key
    ContentMetrics total;           ///< over pieces (a piece with two authors counts once)
    Provenance provenance;
};

struct OnwardClicksResult
{
    std::vector<ContentLink> links; ///< (from, to) summed; most clicks first, then from, to
    Provenance provenance;
};

/** costPerActivation is absent when nobody was activated (never a division by zero). */
struct RewardCost
{
    double rewardValue = 0;
    std::uint64_t rewards = 0;
    std::uint64_t activated = 0;
    std::optional<double> costPerActivation;
    Provenance provenance;

    friend bool operator==(const RewardCost&, const RewardCost&) = default;
};

/** Readers and activated people of one piece, author (key = people.key) or series. */
struct ContentActivation
{
    std::int64_t key = 0;
    std::uint64_t readers = 0;
    std::uint64_t activated = 0;

    friend bool operator==(const ContentActivation&, const ContentActivation&) = default;
};

/** People who went on along a link from → to. */
struct ContentFlow
{
    std::int64_t from = 0;
    std::int64_t to = 0;
    std::uint64_t people = 0;

    friend bool operator==(const ContentFlow&, const ContentFlow&) = default;
};

/**
 * ContentLoop::activations(): rows by key — pieces (every piece of the data, and any other
 * content someone read), authors (every author of a piece; none unless the query asks for
 * them), series (every series of a piece; likewise); flows for every link between two different pieces, by (from, to); the totals are
 * distinct people over all content.
 */
struct ContentActivationResult
{
    std::vector<ContentActivation> pieces;
    std::vector<ContentActivation> authors;
    std::vector<ContentActivation> series;
    std::vector<ContentFlow> flows;
    std::uint64_t readers = 0;
    std::uint64_t activated = 0;
    Provenance provenance;

    friend bool operator==(const ContentActivationResult&, const ContentActivationResult&) = default;
};

/** Which people ContentLoop::people() lists: the readers or the activated people of one
 *  piece, author or series (key), or those who went on from `key` to `to`. */
struct ContentPeopleSelection
{
    enum class Kind { Readers, Activated, WentOn };
    Kind kind = Kind::Activated;
    enum class Of { Piece, Author, Series };
    Of of = Of::Piece;
    std::int64_t key = 0;
    std::int64_t to = 0; ///< Kind::WentOn
};

} // namespace rapport::engine
