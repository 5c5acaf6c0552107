// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Schema.h"

namespace rapport::storage {

namespace {

// Conventions of the schema:
// - every entity table has `key INTEGER PRIMARY KEY` (a dense local number the engine and the
//   activity segments use) and `id TEXT NOT NULL UNIQUE` (the record's UUID, canonical form);
// - times are INTEGER milliseconds since the Unix epoch, UTC; dates are TEXT 'YYYY-MM-DD';
// - created_at, updated_at, row_version on every entity (see model/Record.h).
#define RAPPORT_META_COLUMNS \
    "id TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, " \
    "updated_at INTEGER NOT NULL, row_version INTEGER NOT NULL DEFAULT 1"
#define RAPPORT_RECORD_COLUMNS "key INTEGER PRIMARY KEY, " RAPPORT_META_COLUMNS
// Keys that activity segments refer to (people, campaigns, channels, content) are never
// reused after a delete, so an old activity can never point at a new record.
#define RAPPORT_STABLE_RECORD_COLUMNS "key INTEGER PRIMARY KEY AUTOINCREMENT, " RAPPORT_META_COLUMNS

std::vector<MigrationStep> buildSteps()
{
    std::vector<MigrationStep> steps;

    // Version 1: the first released schema (kept as tests/data/schema-v1.rapport).
    steps.push_back({1, QStringLiteral("people, identities, campaigns, activities, surveys, content"),
        {
        QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE people (" RAPPORT_STABLE_RECORD_COLUMNS ", "
            "display_name TEXT NOT NULL DEFAULT '', company TEXT NOT NULL DEFAULT '', "
            "role TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '', "
            "timezone TEXT NOT NULL DEFAULT '', internal INTEGER NOT NULL DEFAULT 0, "
            "source TEXT NOT NULL DEFAULT '', marketing_consent INTEGER NOT NULL DEFAULT 0, "
            "consent_date TEXT, notes TEXT NOT NULL DEFAULT '', joined TEXT)"),
        QStringLiteral("CREATE TABLE person_tags (person_key INTEGER NOT NULL REFERENCES people(key) "
            "ON DELETE CASCADE, tag TEXT NOT NULL, PRIMARY KEY (person_key, tag)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE identities (key INTEGER PRIMARY KEY, "
            "person_key INTEGER NOT NULL REFERENCES people(key) ON DELETE CASCADE, "
            "kind TEXT NOT NULL, value TEXT NOT NULL, normalized TEXT NOT NULL, "
            "UNIQUE (kind, normalized))"),
        QStringLiteral("CREATE INDEX identities_person ON identities(person_key)"),
        QStringLiteral("CREATE TABLE channels (" RAPPORT_STABLE_RECORD_COLUMNS ", name TEXT NOT NULL UNIQUE, "
            "kind TEXT NOT NULL, url TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE channel_sizes (channel_key INTEGER NOT NULL REFERENCES channels(key) "
            "ON DELETE CASCADE, on_date TEXT NOT NULL, size INTEGER NOT NULL, "
            "PRIMARY KEY (channel_key, on_date)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE audiences (" RAPPORT_RECORD_COLUMNS ", name TEXT NOT NULL UNIQUE, "
            "description TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, rule TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE TABLE audience_members (audience_key INTEGER NOT NULL REFERENCES "
            "audiences(key) ON DELETE CASCADE, person_key INTEGER NOT NULL REFERENCES people(key) "
            "ON DELETE CASCADE, PRIMARY KEY (audience_key, person_key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE campaigns (" RAPPORT_STABLE_RECORD_COLUMNS ", kind TEXT NOT NULL, "
            "name TEXT NOT NULL UNIQUE, owner TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
            "starts_on TEXT, ends_on TEXT, budget_minor INTEGER NOT NULL DEFAULT 0, "
            "cost_minor INTEGER NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT 'USD', "
            "notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE campaign_audiences (campaign_key INTEGER NOT NULL REFERENCES "
            "campaigns(key) ON DELETE CASCADE, audience_key INTEGER NOT NULL REFERENCES "
            "audiences(key) ON DELETE CASCADE, PRIMARY KEY (campaign_key, audience_key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE campaign_channels (campaign_key INTEGER NOT NULL REFERENCES "
            "campaigns(key) ON DELETE CASCADE, channel_key INTEGER NOT NULL REFERENCES "
            "channels(key) ON DELETE CASCADE, PRIMARY KEY (campaign_key, channel_key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE goals (" RAPPORT_RECORD_COLUMNS ", metric TEXT NOT NULL, "
            "target REAL NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL, "
            "campaign_key INTEGER REFERENCES campaigns(key) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE series (" RAPPORT_RECORD_COLUMNS ", name TEXT NOT NULL UNIQUE, "
            "description TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE content (" RAPPORT_STABLE_RECORD_COLUMNS ", title TEXT NOT NULL, "
            "kind TEXT NOT NULL, series_key INTEGER REFERENCES series(key) ON DELETE SET NULL, "
            "published_on TEXT)"),
        QStringLiteral("CREATE TABLE content_authors (content_key INTEGER NOT NULL REFERENCES "
            "content(key) ON DELETE CASCADE, person_key INTEGER NOT NULL REFERENCES people(key) "
            "ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY (content_key, person_key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE content_distributions (key INTEGER PRIMARY KEY, "
            "content_key INTEGER NOT NULL REFERENCES content(key) ON DELETE CASCADE, "
            "channel_key INTEGER NOT NULL REFERENCES channels(key) ON DELETE CASCADE, "
            "url TEXT NOT NULL DEFAULT '', published_at INTEGER)"),
        QStringLiteral("CREATE TABLE content_metrics (distribution_key INTEGER NOT NULL REFERENCES "
            "content_distributions(key) ON DELETE CASCADE, at INTEGER NOT NULL, "
            "views INTEGER NOT NULL DEFAULT 0, reads INTEGER NOT NULL DEFAULT 0, "
            "likes INTEGER NOT NULL DEFAULT 0, shares INTEGER NOT NULL DEFAULT 0, "
            "onward_clicks INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (distribution_key, at)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE content_links (from_key INTEGER NOT NULL REFERENCES content(key) "
            "ON DELETE CASCADE, to_key INTEGER NOT NULL REFERENCES content(key) ON DELETE CASCADE, "
            "kind TEXT NOT NULL DEFAULT 'related', PRIMARY KEY (from_key, to_key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE rewards (" RAPPORT_RECORD_COLUMNS ", "
            "person_key INTEGER NOT NULL REFERENCES people(key) ON DELETE CASCADE, "
            "kind TEXT NOT NULL, value REAL NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT '', "
            "reason TEXT NOT NULL DEFAULT '', given_on TEXT NOT NULL, "
            "campaign_key INTEGER REFERENCES campaigns(key) ON DELETE SET NULL, "
            "content_key INTEGER REFERENCES content(key) ON DELETE SET NULL)"),
        QStringLiteral("CREATE INDEX rewards_person ON rewards(person_key)"),
        QStringLiteral("CREATE TABLE surveys (" RAPPORT_RECORD_COLUMNS ", name TEXT NOT NULL UNIQUE, "
            "campaign_key INTEGER REFERENCES campaigns(key) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE survey_questions (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
            "survey_key INTEGER NOT NULL REFERENCES surveys(key) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, "
            "options TEXT NOT NULL DEFAULT '[]', scale_points INTEGER NOT NULL DEFAULT 5, "
            "required INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE survey_responses (" RAPPORT_RECORD_COLUMNS ", "
            "survey_key INTEGER NOT NULL REFERENCES surveys(key) ON DELETE CASCADE, "
            "person_key INTEGER REFERENCES people(key) ON DELETE SET NULL, "
            "submitted_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX survey_responses_survey ON survey_responses(survey_key)"),
        QStringLiteral("CREATE TABLE survey_answers (response_key INTEGER NOT NULL REFERENCES "
            "survey_responses(key) ON DELETE CASCADE, question_key INTEGER NOT NULL REFERENCES "
            "survey_questions(key) ON DELETE CASCADE, number INTEGER, choices TEXT, text TEXT, "
            "PRIMARY KEY (response_key, question_key)) WITHOUT ROWID"),
        // The activity stream: a dictionary of types, immutable compressed columnar segments
        // (see ActivityStore), and a small row table of changes not yet compacted.
        QStringLiteral("CREATE TABLE activity_types (key INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE activity_segments (key INTEGER PRIMARY KEY, "
            "person_lo INTEGER NOT NULL, person_hi INTEGER NOT NULL, row_count INTEGER NOT NULL, "
            "format INTEGER NOT NULL, data BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE activity_changes (key INTEGER PRIMARY KEY, op INTEGER NOT NULL, "
            "person_key INTEGER NOT NULL, type_key INTEGER NOT NULL, at INTEGER NOT NULL, "
            "campaign_key INTEGER NOT NULL DEFAULT 0, channel_key INTEGER NOT NULL DEFAULT 0, "
            "content_key INTEGER NOT NULL DEFAULT 0, value REAL NOT NULL DEFAULT 0)"),
        }});

    // Version 2: calendar moments that campaigns are timed to, and identity merges.
    steps.push_back({2, QStringLiteral("calendar moments; person merges; people by name"),
        {
        QStringLiteral("CREATE TABLE calendar_moments (" RAPPORT_RECORD_COLUMNS ", name TEXT NOT NULL, "
            "kind TEXT NOT NULL, starts_on TEXT NOT NULL, ends_on TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN moment_key INTEGER "
            "REFERENCES calendar_moments(key) ON DELETE SET NULL"),
        // A merged person keeps its row, identities and activities; merged_into points at the
        // survivor, so undoing a merge is clearing the pointer.
        QStringLiteral("ALTER TABLE people ADD COLUMN merged_into INTEGER REFERENCES people(key)"),
        QStringLiteral("ALTER TABLE people ADD COLUMN merged_at INTEGER"),
        QStringLiteral("CREATE INDEX people_merged_into ON people(merged_into) WHERE merged_into IS NOT NULL"),
        // The People list opens sorted by name; without this a million names are sorted on open.
        QStringLiteral("CREATE INDEX people_name ON people(display_name COLLATE NOCASE, key)"),
        }});
    steps.push_back({3, QStringLiteral("imports that can be undone"),
        {
        // Each import with the changeset (SQLite session, inverted, zstd) that undoes it.
        QStringLiteral("CREATE TABLE import_log (key INTEGER PRIMARY KEY, at INTEGER NOT NULL, "
            "file TEXT NOT NULL, format TEXT NOT NULL, summary TEXT NOT NULL, undo BLOB NOT NULL, "
            "undo_bytes INTEGER NOT NULL)"),
        }});
    steps.push_back({4, QStringLiteral("tags on survey answers"),
        {
        // Tags group free-text comments ("pricing", "docs"). Keyed by response and question
        // rather than by the answer row, which a response update rewrites.
        QStringLiteral("CREATE TABLE survey_answer_tags (response_key INTEGER NOT NULL REFERENCES "
            "survey_responses(key) ON DELETE CASCADE, question_key INTEGER NOT NULL REFERENCES "
            "survey_questions(key) ON DELETE CASCADE, tag TEXT NOT NULL, "
            "PRIMARY KEY (response_key, question_key, tag)) WITHOUT ROWID"),
        }});
    return steps;
}

#undef RAPPORT_STABLE_RECORD_COLUMNS
#undef RAPPORT_RECORD_COLUMNS
#undef RAPPORT_META_COLUMNS

} // namespace

const std::vector<MigrationStep>& migrationSteps()
{
    static const std::vector<MigrationStep> steps = buildSteps();
    return steps;
}

int currentSchemaVersion()
{
    return migrationSteps().back().toVersion;
}

} // namespace rapport::storage
