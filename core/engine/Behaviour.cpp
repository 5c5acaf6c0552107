// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Behaviour.h"

#include "core/engine/CompiledActivityFilter.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>

namespace rapport::engine {

PersonSet Behaviour::people(const Store& store, const BehaviourQuery& query,
                            const ParallelFor& parallel)
{
    if (query.minCount == 0)
        return store.countedPeople(); // at least none: everyone
    PersonSet result(store.rowCount());
    if (query.from > query.to)
        return result;
    const CompiledActivityFilter filter(store, query.activities);
    // Which type codes may match: people without any of them are skipped by their type bits.
    std::uint32_t typeBits = 0;
    for (std::uint32_t code = 0; code < store.types().size(); ++code)
        if (filter.typeMatches(std::uint8_t(code)))
            typeBits |= StoreBlock::typeBit(std::uint8_t(code));
    if (typeBits == 0)
        return result;
    // Each block writes only its own rows' bits: blocks are multiples of 64 rows, so no two
    // tasks share a word.
    parallel.run(store.blockCount(), [&](std::size_t b, int) {
        const StoreBlock& block = store.block(b);
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        const std::int64_t base = block.timeBase();
        // The range in the block's time offsets (saturated; the block spans [base, base + 2^32)).
        auto offsetOf = [base](std::int64_t t) {
            std::int64_t d;
            if (__builtin_sub_overflow(t, base, &d))
                return t < 0 ? std::int64_t(-1) : std::int64_t(0x100000000LL);
            return std::clamp<std::int64_t>(d, -1, 0x100000000LL);
        };
        const std::int64_t lo = std::max<std::int64_t>(offsetOf(query.from), 0);
        const std::int64_t hi = std::min<std::int64_t>(offsetOf(query.to), 0xffffffffLL);
        if (hi < lo)
            return;
        const std::uint32_t* times = block.timeOffsets().data();
        store.countedPeople().forEach(first, first + block.personCount(), [&](std::size_t row) {
            const std::uint32_t slot = std::uint32_t(row) - first;
            if (!(block.typeBits(slot) & typeBits))
                return;
            // Activities ascend in time: only those within [lo, hi] are looked at.
            const std::uint32_t* begin = times + block.begin(slot);
            const std::uint32_t* end = times + block.end(slot);
            const std::uint32_t* i = std::lower_bound(begin, end, std::uint32_t(lo));
            const std::uint32_t* last = std::upper_bound(i, end, std::uint32_t(hi));
            std::uint32_t count = 0;
            for (; i != last && count < query.minCount; ++i)
                count += filter.matches(block, std::uint32_t(i - times)) ? 1 : 0;
            if (count >= query.minCount)
                result.insert(row);
        });
    });
    return result;
}

} // namespace rapport::engine
