// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityFilter.h"
#include "core/engine/DateRange.h"
#include "core/engine/FunnelQuery.h"
#include "core/engine/PersonFilter.h"
#include "core/model/FunnelDefinition.h"

namespace rapport::engine {
class Store;
}

namespace rapport::storage {

/**
 * Where a funnel definition is computed: the dashboard's global filters (or a report's
 * period and audience) in engine terms.
 */
struct FunnelScope
{
    engine::PersonFilter people;       ///< the people counted (empty: everyone)
    engine::DateRange range;           ///< bounds step 1 unless the definition has dates
    engine::ActivityFilter activities; ///< campaign and channel conditions narrowing every step
};

/**
 * The engine query for a funnel definition (model terms: type names, campaign and channel
 * keys) under scope, over store — the one conversion the dashboard's funnels and the PDF
 * report share, so both count the same people.
 *
 * Each step accepts any of its types by name; a type the project does not have matches
 * nothing (a step naming only unknown types, campaigns or channels matches nothing — an
 * empty list would match everything). The scope's campaigns and channels narrow every
 * step's own; the definition's window and mode carry over; its dates, when set, replace the
 * scope's range. Breakdowns: a person attribute and "campaign" become the engine's;
 * "level" and "audience" are computed by the caller, per group.
 */
engine::FunnelQuery funnelDefinitionQuery(const model::FunnelDefinition& definition,
                                          const engine::Store& store, const FunnelScope& scope);

} // namespace rapport::storage
