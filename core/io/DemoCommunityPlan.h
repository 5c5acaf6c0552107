// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal parts of DemoCommunity: the random source, the year's plan (calendar, channels,
// audiences, campaigns, content, surveys) and the activity writer.

#include "core/model/Uuid.h"
#include "core/storage/ActivitySegmentCodec.h"
#include "core/storage/ProjectRepository.h"

#include <QDate>
#include <QSqlDatabase>

#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

namespace rapport::io::demo {

/** xoshiro256**, seeded through splitmix64: the same numbers on every platform. */
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto& word : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /** 0 ≤ x < n (n ≥ 1). */
    int below(int n) { return int((next() >> 32) * std::uint64_t(n) >> 32); }
    std::int64_t below64(std::int64_t n) { return std::int64_t(next() % std::uint64_t(n)); }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    /** Poisson-distributed count (normal approximation above 30). */
    int poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 30)
            return std::max(0, int(std::lround(mean + std::sqrt(mean) * normal())));
        const double limit = std::exp(-mean);
        double product = uniform();
        int k = 0;
        while (product > limit) {
            product *= uniform();
            ++k;
        }
        return k;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

/** A v7-shaped id with the given time and random bits from rng (deterministic). */
model::Uuid makeId(Rng& rng, std::int64_t unixMillis);

/** What the activity generator needs to know about a person beyond the stored record. */
struct PersonTraits
{
    float propensity = 1; // engagement, log-normal with mean 1
    std::int32_t joinedDay = 0;
    std::uint8_t culture = 0;
    std::uint8_t place = 0;
    std::uint8_t role = 0;
    bool wechat = false;
};

/** Funnel probabilities of one campaign. */
struct CampaignSpec
{
    model::CampaignKind kind = model::CampaignKind::Event;
    model::CampaignStatus status = model::CampaignStatus::Done;
    int startDay = 0; // Julian day
    int endDay = 0;
    double invite = 0;          // base chance of an invitation
    int localCulture = -1;      // meetups: only this culture/place is invited much
    int localPlace = -1;
    bool apac = false;          // invite Asia-Pacific people more
    bool ambassador = false;    // invite only the most engaged
    double registered = 0.3, attended = 0.6, responded = 0.35, contributed = 0.1, spoke = 0.03, shared = 0.2;
    storage::RowKey key = 0;
    storage::RowKey channel = 0; // where invitations go out
    storage::RowKey surveyKey = 0;
    model::Uuid id;
    QList<storage::RowKey> questionKeys; // nps, csat, likert, single, multi, text
    QStringList singleOptions, multiOptions;
    int likertPoints = 5;
};

struct ContentPiece
{
    storage::RowKey key = 0;
    int publishedDay = 0;
    storage::RowKey channel = 0;
    std::int64_t author = 0; // index into people
    model::Uuid id;
};

/** The year being generated and the records that frame it. */
class DemoPlan
{
public:
    DemoPlan(const QDate& endDate, std::int64_t people);

    int endDay() const { return m_endDay; }     // today: no activity after it
    int startDay() const { return m_endDay - 300; }
    QDate dayDate(int julianDay) const { return QDate::fromJulianDay(julianDay); }
    static std::int64_t daySeconds(int julianDay) { return (std::int64_t(julianDay) - 2440588) * 86400; }
    std::int64_t peopleCreatedMs(std::int64_t index) const;

    /** Channels, calendar moments, audiences, campaigns with goals, surveys. */
    bool writeCalendar(storage::ProjectRepository& repo, Rng& rng, QString* error);
    /** Series and content; authors drawn from the most engaged people. */
    bool writeContent(storage::ProjectRepository& repo, Rng& rng, const std::vector<PersonTraits>& traits,
                      const std::vector<model::Uuid>& ids, QString* error);
    /** Monthly audience sizes of every channel. */
    bool writeChannelSizes(storage::ProjectRepository& repo, Rng& rng, QString* error);

    std::vector<CampaignSpec>& campaigns() { return m_campaigns; }
    const std::vector<ContentPiece>& content() const { return m_content; }
    storage::RowKey channel(const char* name) const;
    model::Uuid audience(const char* name) const;

private:
    model::RecordMeta meta(Rng& rng, std::int64_t ms) const;
    int m_endDay;
    std::int64_t m_people;
    std::int64_t m_nowMs;
    std::vector<CampaignSpec> m_campaigns;
    std::vector<ContentPiece> m_content;
    QList<QPair<QString, storage::RowKey>> m_channels;
    QList<QPair<QString, model::Uuid>> m_audiences;
};

/** Generates every person's activities in (person, time) order and writes them as segments,
 *  with survey responses and rewards along the way. */
class ActivityWriter
{
public:
    ActivityWriter(QSqlDatabase db, storage::ProjectRepository& repo, Rng& rng, DemoPlan& plan,
                   const std::vector<PersonTraits>& traits, const std::vector<storage::RowKey>& keys,
                   const std::vector<model::Uuid>& ids)
        : m_db(std::move(db)), m_repo(repo), m_rng(rng), m_plan(plan), m_traits(traits), m_keys(keys), m_ids(ids)
    {
    }
    bool run(double activitiesPerPerson, QString* error);

    /** Told the share of people whose activities are written; false cancels run(). */
    std::function<bool(double share)> progress;

private:
    struct Respondent
    {
        std::int64_t person;
        std::int64_t at;
    };
    struct RewardRow
    {
        std::int64_t person;
        model::RewardKind kind;
        double value;
        const char* currency;
        const char* reason;
        int day;
        storage::RowKey campaign;
        storage::RowKey content;
    };
    void campaignActivities(std::int64_t person, std::vector<storage::ActivityRow>& rows);
    void organicActivities(std::int64_t person, double mean, std::vector<storage::ActivityRow>& rows);
    void respond(std::size_t campaign, std::int64_t person, std::int64_t at);
    void reward(std::vector<storage::ActivityRow>& rows, const RewardRow& reward, std::int64_t at);
    bool writeResponses(QString* error);
    bool writeRewards(QString* error);
    bool writeAudiences(QString* error);

    QSqlDatabase m_db;
    storage::ProjectRepository& m_repo;
    Rng& m_rng;
    DemoPlan& m_plan;
    const std::vector<PersonTraits>& m_traits;
    const std::vector<storage::RowKey>& m_keys;
    const std::vector<model::Uuid>& m_ids;
    QHash<QString, std::int32_t> m_types;
    std::vector<std::vector<Respondent>> m_respondents; // per campaign, a reservoir sample
    std::vector<std::int64_t> m_respondentsSeen;
    std::vector<RewardRow> m_rewards;
    std::vector<std::int64_t> m_ambassadors, m_speakers;
    std::vector<std::pair<std::int64_t, std::size_t>> m_authored; // (person index, piece), sorted
};

} // namespace rapport::io::demo
