// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/PersonFilter.h"
#include "core/engine/Store.h"
#include "core/engine/SurveyResponses.h"
#include "core/model/Audience.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace rapport::storage {

/** Wall-clock milliseconds of each loading phase, and what was loaded. */
struct EngineLoadReport
{
    double peopleMs = 0;     ///< people, tags, merges (sqlite3 statements on the handle)
    double activitiesMs = 0; ///< ActivityStore::forEachSegment into the builder
    double buildMs = 0;      ///< StoreBuilder::build (sort + columns, all threads)
    double namesMs = 0;      ///< type/campaign/channel/content display names
    double responsesMs = 0;  ///< survey responses with NPS/CSAT scores, sortByPerson()
    double totalMs = 0;
    std::int64_t people = 0;     ///< rows of people (merged included)
    std::int64_t merges = 0;     ///< people with merged_into set
    std::int64_t activities = 0; ///< activities handed to the builder
    std::int64_t responses = 0;  ///< survey responses loaded
};

/** The engine's in-memory view of a project: people + activities, and survey responses. */
struct EngineData
{
    engine::Store store;
    engine::SurveyResponses responses;
    EngineLoadReport report;
};

/** What an audience rule is evaluated against; needs no connection, so any thread can use it. */
struct AudienceRuleContext
{
    const engine::Store& store;
    /** For NPS category conditions (nullptr: nobody has answered). */
    const engine::SurveyResponses* responses = nullptr;
    /** "Now" for "in the last D days" and engagement levels, seconds since the epoch. */
    std::int64_t asOf = 0;
    /** campaigns.key of each campaign a behaviour condition names (EngineLoader::campaignKeys);
     *  a campaign missing here is refused as deleted. */
    QHash<model::Uuid, RowKey> campaignKeys;
};

/**
 * Rows of a project changed since an EngineData was loaded from it, as far as the engine
 * cares: what EngineLoader::update() brings into the loaded data without loading it again.
 * Filled row by row with add() from the table and primary key of each changed row (e.g. the
 * rows another editor changed in a team workspace); tables the engine does not read are
 * ignored.
 */
struct EngineChanges
{
    std::vector<RowKey> people;          ///< people whose row or tags were written or deleted
    std::vector<RowKey> activityChanges; ///< activity_changes rows inserted (an activity added or removed)
    bool names = false;     ///< activity types, campaigns, channels or content written
    bool responses = false; ///< surveys, their questions, responses or answers written or deleted
    bool reload = false;    ///< a change only a whole load brings in (segments rewritten, a pending
                            ///< activity change taken back, a named record deleted)

    /** One changed row: its table, its primary key (column → value), whether it was deleted. */
    void add(const QString& table, const QVariantMap& key, bool removed);
    /** Every row of an SQLite changeset recorded on db (storage::RecordedEdit); false with
     *  *error if it cannot be read. */
    bool addChangeset(const QSqlDatabase& db, const QByteArray& changes, QString* error = nullptr);
    /** Nothing the engine holds changed. */
    bool isEmpty() const { return people.empty() && activityChanges.empty() && !names && !responses && !reload; }
};

/**
 * Builds the engine's Store and SurveyResponses from an open project's connection
 * (read-only use: works on a ReadOnly ProjectFile's database()).
 *
 * People are read with prepared sqlite3 statements on the QSQLITE handle (no QVariant per
 * cell): attributes country, role, company, source, timezone (as stored, trimmed), tags,
 * internal, join day (people.joined, ISO date); merges from people.merged_into.
 * Activities come from ActivityStore::forEachSegment, already decoded in batches.
 */
class EngineLoader
{
public:
    /** threads = 0: all hardware threads (StoreBuilder). */
    explicit EngineLoader(QSqlDatabase db, int threads = 0);

    /** Called during load() with the share of the work done (0–1, rising); returning false
     *  stops the load, which then fails with *error saying it was cancelled. */
    using Progress = std::function<bool(double done)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /** nullopt with *error (one line) if the project cannot be read, or exceeds the
     *  engine's limits (256 activity types, 255 channels, 65,535 campaigns or pieces of
     *  content; the limit is named). */
    std::optional<EngineData> load(QString* error = nullptr) const;

    /**
     * Brings data (loaded from this project earlier) up to date with changes, reading only
     * the rows they name: people are written again (attributes, tags, merges) or removed,
     * activities recorded since are added or removed, names and survey responses are read
     * again. Afterwards data holds what load() would give now. False with data unchanged
     * when changes.reload (the change needs a whole load); false with *error, data partly
     * updated, when the project cannot be read or disagrees with data (load it again then).
     */
    bool update(EngineData& data, const EngineChanges& changes, QString* error = nullptr) const;

    /**
     * The audience called `name` (exact, else case-insensitive) as a person filter over
     * `store` (loaded from the same project): a static audience → its member keys; a rule
     * audience of attribute conditions (role, country, company, source, tag, internal;
     * equals, not_equals, in, contains) → attribute/tag conditions when its match is "all"
     * and they translate one to one, else the matching people.keys computed on `store`.
     * Behaviour ("at least N activities of a type, of a campaign, in the last D days"),
     * level (by the default engagement weights, as of `asOf`) and NPS category (of the
     * person's latest NPS answer in `responses`) conditions are computed on the store;
     * `asOf` defaults to now. nullopt with *error (one line) naming the audience, or the
     * condition that cannot be used.
     */
    std::optional<engine::PersonFilter> audienceFilter(const QString& name, const engine::Store& store,
                                                       QString* error = nullptr,
                                                       const engine::SurveyResponses* responses = nullptr,
                                                       std::optional<std::int64_t> asOf = {}) const;

    /**
     * The people `rule` holds for, as a filter over context.store: the rule half of
     * audienceFilter() (same meaning, same refusals), for a rule that need not be stored, e.g.
     * one being edited. `audience` names it in messages. Behaviour conditions with AtMost hold
     * for people with at most minCount such activities (none included); AtLeast or Equals, at
     * least minCount.
     */
    static std::optional<engine::PersonFilter> ruleFilter(const model::AudienceRule& rule,
                                                          const AudienceRuleContext& context,
                                                          const QString& audience, QString* error = nullptr);
    /** campaigns.key of each campaign the behaviour conditions of rule name (those that exist). */
    QHash<model::Uuid, RowKey> campaignKeys(const model::AudienceRule& rule) const;

private:
    std::optional<EngineData> loadUnchecked(QString* error) const;
    bool reportProgress(double done) const { return !m_progress || m_progress(done); }
    QSqlDatabase m_db;
    int m_threads;
    Progress m_progress;
};

} // namespace rapport::storage
