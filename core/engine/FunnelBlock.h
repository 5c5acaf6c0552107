// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to Funnel: the query compiled for scanning blocks, and one block's share of it.
#pragma once

#include "core/engine/FunnelMatcher.h"
#include "core/engine/FunnelQuery.h"
#include "core/engine/PersonSet.h"
#include "core/engine/StepListing.h"
#include "core/engine/StoreBlock.h"

#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace rapport::engine {

class Store;

inline constexpr std::uint32_t kNoFunnelGroup = std::numeric_limits<std::uint32_t>::max();
/** People with more activities than this go to FunnelMatcher (next-match tables). */
inline constexpr std::uint32_t kFastPathMaxActivities = 512;

/** A funnel step compiled against the store's dictionaries. */
struct CompiledStep
{
    bool conditions = false; // anything beyond the type
    std::vector<char> campaigns, channels, contents; // allowed codes (empty = any)
    std::optional<double> minValue, maxValue;
};

/**
 * One block's share of the result. Groups are the breakdown codes present in the block
 * (ungrouped: the single group 0); times to convert for steps 2..k, step-major, each step's
 * list contiguous per group (step 1's time is always 0 and is not stored).
 */
struct FunnelBlock
{
    std::uint64_t version = 0; ///< StoreBlock::version() it was computed for; 0 = none
    std::vector<std::uint64_t> people; ///< the block's words of the person set
    std::vector<std::uint32_t> groups;
    std::vector<std::uint32_t> counts; ///< groups × k: persons reaching step s
    std::vector<std::int64_t> times;
    std::vector<std::uint32_t> timeBegin; ///< (k−1) × groups + 1 offsets into times

    std::size_t memoryBytes() const
    {
        return sizeof(*this) + people.capacity() * 8 + groups.capacity() * 4
               + counts.capacity() * 4 + times.capacity() * 8 + timeBegin.capacity() * 4;
    }
};

/** What every block task needs: the query compiled against the store. */
struct FunnelPlan
{
    const Store* store = nullptr;
    int k = 0;
    FunnelMode mode = FunnelMode::Ordered;
    std::int64_t window = 0;
    DateRange dateRange;
    std::array<std::uint32_t, 256> typeMask{};
    std::vector<CompiledStep> steps;
    std::uint32_t conditionSteps = 0;
    bool typesServeSeveralSteps = false; ///< some type code matches two steps
    std::uint32_t startTypeBits = 0;     ///< StoreBlock::typeBit of every type that can start
    /** Ordered funnels of all time, by no campaign, type codes ≤ 32 (type bits exact), step 1
     *  a type only: people without a step-2 type reach step 1 and no further. */
    bool depthOneShortcut = false;
    std::uint32_t secondTypeBits = 0;
    std::uint32_t startMask = 1;
    /** The ordered fast path lists a person's step activities with listSteps (vector code):
     *  up to 8 steps, type codes below 64, and the processor has the instructions. */
    bool vectorListing = false;
    StepTables stepTables;
    const PersonSet* who = nullptr;
    std::optional<int> attribute;
    bool campaignGroups = false;
    std::size_t groupCount = 1; ///< breakdown dictionary size (1 when ungrouped)

    /** Throws std::invalid_argument for no steps, more than kMaxSteps, a negative window or an
     *  unknown breakdown attribute. `who` is left for the caller to set. */
    static FunnelPlan compile(const Store& store, const FunnelQuery& query);

    /** Step mask of activity i of the block (bit s = matches step s). */
    std::uint32_t mask(const StoreBlock& block, std::uint32_t i) const
    {
        std::uint32_t mask = typeMask[block.types()[i]];
        if (!(mask & conditionSteps))
            return mask;
        for (std::uint32_t bits = mask & conditionSteps; bits; bits &= bits - 1) {
            const int s = std::countr_zero(bits);
            const CompiledStep& c = steps[s];
            const double v = c.minValue || c.maxValue ? block.value(i) : 0.0;
            const bool ok = (c.campaigns.empty() || c.campaigns[block.campaigns()[i]])
                            && (c.channels.empty() || c.channels[block.channels()[i]])
                            && (c.contents.empty() || c.contents[block.contents()[i]])
                            && (!c.minValue || v >= *c.minValue)
                            && (!c.maxValue || v <= *c.maxValue);
            if (!ok)
                mask &= ~(1u << s);
        }
        return mask;
    }
};

/** Per-worker buffers, reused from block to block. */
struct FunnelBlockScratch
{
    explicit FunnelBlockScratch(const FunnelPlan& c)
        : matcher(c.mode, c.k, c.window, c.dateRange)
    {
    }
    FunnelMatcher matcher;
    std::vector<std::int64_t> times;
    std::vector<std::uint32_t> masks;
    std::vector<std::uint32_t> index;
    // outcomes of the block being computed
    std::vector<std::uint32_t> outGroup;
    std::vector<std::uint8_t> outDepth;
    std::vector<std::int64_t> outConvert; ///< k per outcome
    std::vector<std::uint32_t> groupSlot;  ///< group code → index in the block's groups
    // ungrouped outcomes of the block being computed: counts and times per step
    std::array<std::uint32_t, FunnelQuery::kMaxSteps> stepCounts{};
    std::array<std::vector<std::int64_t>, FunnelQuery::kMaxSteps> stepTimes;
    // orderedFast's listing of one person (kFastPathMaxActivities entries and the vector
    // listing's slack)
    static constexpr std::size_t kListSize = kFastPathMaxActivities + kStepListingSlack;
    std::vector<std::uint32_t> listTime = std::vector<std::uint32_t>(kListSize);
    std::vector<std::uint8_t> listStep = std::vector<std::uint8_t>(kListSize);
    std::vector<std::uint32_t> listIndex = std::vector<std::uint32_t>(kListSize);
};

/** Computes block b's FunnelBlock and, when given, the depth of each of its rows and (for a
 *  breakdown) the group code of each row in the funnel. */
void scanFunnelBlock(const FunnelPlan& plan, std::size_t b, FunnelBlockScratch& scratch,
                     FunnelBlock& out, std::vector<std::uint8_t>* depthByRow,
                     std::vector<std::uint32_t>* groupByRow = nullptr);

} // namespace rapport::engine
