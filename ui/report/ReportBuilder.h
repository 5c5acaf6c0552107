// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/ReportData.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace rapport::engine {
class ContentLoop;
class ParallelFor;
} // namespace rapport::engine

namespace rapport::storage {
struct EngineData;
}

namespace rapport::report {

/**
 * Computes an executive report's figures (ReportData) with the engine's queries — the same
 * ones the dashboard and `rapport-cli funnel/nps/retention` run — over a project's loaded
 * engine data, content loop and relational tables (campaigns, goals, series, names).
 *
 * The period [from, to] (UTC days, both included) is compared with the previous period of
 * the same length. The audience filter applies to every figure about people (activity
 * counts, funnel, NPS/CSAT, levels, campaigns, cohorts); content reach and goals are
 * project-wide, as the methodology page says. The lifecycle funnel is the project's own
 * definition (storage::FunnelRepository::lifecycle()), turned into an engine query by
 * storage::funnelDefinitionQuery as the dashboard's is, so both show the same figures.
 */
class ReportBuilder
{
public:
    ReportBuilder(QSqlDatabase db, const storage::EngineData& data, const engine::ContentLoop& content,
                  const engine::ParallelFor& parallel);

    /** The figures; nullopt with *error (one line) for an unknown audience or a failed query.
     *  `now` is the moment the report is computed at (the repositories read with it). */
    std::optional<ReportData> build(const ReportOptions& options, const QString& projectName,
                                    const QDateTime& now, QString* error) const;

private:
    QSqlDatabase m_db;
    const storage::EngineData& m_data;
    const engine::ContentLoop& m_content;
    const engine::ParallelFor& m_parallel;
};

} // namespace rapport::report
