// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ContentLoopData.h"

#include <QSqlDatabase>

namespace rapport::storage {

/**
 * Reads what the content loop (engine::ContentLoop) computes over from a project: pieces
 * with their series and authors (row keys), per-piece metric snapshots, links and rewards.
 *
 * The project keeps snapshots per distribution; a piece's snapshot at time t is the sum,
 * over its distributions, of each one's last snapshot at or before t — one per distinct
 * second at which any of them was read. Times are seconds (engine::DateRange); a reward's
 * date counts as its midnight UTC. Onward clicks are counted per distribution, not per
 * link, so the links carry none (ContentMetrics::onwardClicks has them).
 */
engine::ContentLoopData readContentLoopData(const QSqlDatabase& db, QString* error = nullptr);

} // namespace rapport::storage
