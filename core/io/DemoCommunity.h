// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace rapport::io {

/** How much demo data to generate. */
struct DemoOptions
{
    qint64 people = 2000;
    double activitiesPerPerson = 20; // on average
    quint64 seed = 1;
    /** Written as the last day of the demo year; default: the clock's today. */
    QDate endDate;
    /** Told now and then how far generation got (0–1); returning false cancels it (rolled
     *  back, generate() fails with "cancelled"). */
    std::function<bool(double share)> progress;

    /** "small" (2,000 people), "medium" (50,000), "large" (1,000,000) or a number of people. */
    static bool fromSize(QStringView size, DemoOptions* options, QString* error = nullptr);
};

/** What was generated, and how long it took. */
struct DemoReport
{
    qint64 people = 0;
    qint64 identities = 0;
    qint64 activities = 0;
    qint64 campaigns = 0;
    qint64 moments = 0;
    qint64 audiences = 0;
    qint64 channels = 0;
    qint64 content = 0;
    qint64 series = 0;
    qint64 surveys = 0;
    qint64 responses = 0;
    qint64 rewards = 0;
    qint64 goals = 0;
    double seconds = 0;
};

/**
 * Fills an open, empty project database with a believable developer community: people with
 * multilingual names, companies, roles, countries and timezones, GitHub/X/Discord handles and
 * consent; a year of campaigns of every kind timed to calendar moments, with channels,
 * audiences, goals and budgets; activities that drop off along invited → registered →
 * attended → responded → contributed/spoke/shared; surveys (NPS, CSAT, Likert, choice, text)
 * with responses, some anonymous; content with authors, series, distributions, growing
 * metric snapshots and links; rewards.
 *
 * Deterministic: the same options and clock give the same project. Runs inside one savepoint
 * (wrap it in a storage::Transaction to mark the project modified); people go in through
 * PeopleRepository::BulkInsert and activities straight into segments, so a million people and
 * twenty million activities take seconds, not minutes.
 */
class DemoCommunity
{
public:
    DemoCommunity(QSqlDatabase db, const model::Clock& clock);

    /** False with *error if the database is not empty of people or a write failed. */
    bool generate(const DemoOptions& options, DemoReport* report = nullptr, QString* error = nullptr);

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::io
