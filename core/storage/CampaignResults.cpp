// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CampaignResults.h"

#include "core/engine/NpsResult.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <array>
#include <limits>

namespace rapport::storage {

namespace {

constexpr int kDayBits = 24;
constexpr std::int64_t kDayOffset = std::int64_t(1) << (kDayBits - 1);
constexpr std::uint64_t kDayMask = (std::uint64_t(1) << kDayBits) - 1;
const QDate kEpoch(1970, 1, 1);

std::int64_t dayOfSeconds(std::int64_t seconds)
{
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

std::uint64_t pack(std::int64_t person, std::int64_t day)
{
    const std::int64_t d = std::clamp<std::int64_t>(day + kDayOffset, 0, std::int64_t(kDayMask));
    return (std::uint64_t(person) << kDayBits) | std::uint64_t(d);
}

std::int64_t personOf(std::uint64_t entry)
{
    return std::int64_t(entry >> kDayBits);
}

std::int64_t dayOf(std::uint64_t entry)
{
    return std::int64_t(entry & kDayMask) - kDayOffset;
}

/** Inclusive UTC day range; an invalid date leaves that end open. */
struct DayRange
{
    std::int64_t first = std::numeric_limits<std::int64_t>::min();
    std::int64_t last = std::numeric_limits<std::int64_t>::max();
    bool contains(std::int64_t day) const { return first <= day && day <= last; }
};

DayRange rangeOf(const model::Goal& goal)
{
    DayRange range;
    if (goal.periodStart.isValid())
        range.first = kEpoch.daysTo(goal.periodStart);
    if (goal.periodEnd.isValid())
        range.last = kEpoch.daysTo(goal.periodEnd);
    return range;
}

/** Distinct people among entries (sorted by person) with a day in range. */
void collectPeople(const std::vector<std::uint64_t>& entries, const DayRange& range,
                   std::vector<std::int64_t>* people)
{
    std::int64_t last = -1;
    for (std::uint64_t entry : entries) {
        const std::int64_t person = personOf(entry);
        if (person != last && range.contains(dayOf(entry))) {
            people->push_back(person);
            last = person;
        }
    }
}

qint64 countPeople(const std::vector<std::uint64_t>* entries, const DayRange& range = {})
{
    if (!entries)
        return 0;
    std::vector<std::int64_t> people;
    collectPeople(*entries, range, &people);
    return qint64(people.size());
}

/** One survey response of a campaign with its scored answers. */
struct Response
{
    std::int64_t day = 0;
    std::optional<int> nps;
    std::optional<int> csat;
};

CampaignResult::Satisfaction satisfactionOf(const QList<Response>& responses, const DayRange& range)
{
    std::array<std::uint64_t, 11> nps{};
    std::array<std::uint64_t, 6> csat{};
    for (const Response& r : responses) {
        if (!range.contains(r.day))
            continue;
        if (r.nps && *r.nps >= 0 && *r.nps <= 10)
            ++nps[std::size_t(*r.nps)];
        if (r.csat && *r.csat >= 1 && *r.csat <= 5)
            ++csat[std::size_t(*r.csat)];
    }
    const engine::NpsFigures f = engine::NpsFigures::fromCounts(nps, csat);
    CampaignResult::Satisfaction s;
    s.npsResponses = qint64(f.responses);
    s.promoters = qint64(f.promoters);
    s.passives = qint64(f.passives);
    s.detractors = qint64(f.detractors);
    s.nps = f.nps;
    s.npsMargin = f.moe95;
    s.csatResponses = qint64(f.csatResponses);
    s.csatSatisfied = qint64(f.csatSatisfied);
    s.csat = f.csat;
    return s;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString queryFailure(const QSqlQuery& q)
{
    return QCoreApplication::translate("rapport::storage", "the project cannot be read: %1")
        .arg(q.lastError().text());
}

} // namespace

CampaignResults::CampaignResults(QSqlDatabase db) : m_db(std::move(db)) {}

void CampaignResults::clear()
{
    m_fingerprint.clear();
    m_campaigns.clear();
    m_typeKeys.clear();
}

QString CampaignResults::fingerprint() const
{
    // Segments are immutable and change rows are only ever added or deleted, so their keys
    // and a few sums tell whether the stream is still the one that was read.
    // SQLite's total() in portable words: a float sum, 0 for no rows (an integer sum of
    // key * merged_into could overflow).
    const auto total = [](const char* expression) {
        return QStringLiteral("coalesce(sum(%1 * 1.0), 0)").arg(QLatin1String(expression));
    };
    const QStringList queries = {
        QStringLiteral("SELECT count(*), coalesce(max(key), 0), %1, %2, %3, %4, %5 FROM activity_segments")
            .arg(total("key"), total("row_count"), total("person_lo"), total("person_hi"), total("length(data)")),
        QStringLiteral("SELECT count(*), coalesce(max(key), 0), "
                       "sum((key * 31 + op * 17 + person_key * 13 + type_key * 11 + "
                       "campaign_key * 7 + at % 1000003) % 1000000007) FROM activity_changes"),
        QStringLiteral("SELECT count(*), %1, %2, %3 FROM people WHERE merged_into IS NOT NULL")
            .arg(total("key"), total("merged_into"), total("key * merged_into")),
        QStringLiteral("SELECT %1 FROM (SELECT key, name FROM activity_types ORDER BY key) AS t")
            .arg(groupConcat(m_db, QStringLiteral("key || ':' || name"), QStringLiteral(","))),
    };
    QStringList parts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (const QString& sql : queries) {
        if (!q.exec(sql) || !q.next())
            return {};
        for (int i = 0; i < q.record().count(); ++i)
            parts << q.value(i).toString();
        q.finish();
    }
    return parts.join(u'|');
}

bool CampaignResults::readActivities(QString* error)
{
    m_campaigns.clear();
    m_typeKeys.clear();
    m_fingerprint.clear();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, name FROM activity_types")))
        return fail(error, queryFailure(q));
    while (q.next())
        m_typeKeys.insert(q.value(1).toString(), q.value(0).toInt());

    // A merged person's activities count for the person it was (finally) merged into.
    QHash<std::int64_t, std::int64_t> mergedInto;
    if (!q.exec(
            QStringLiteral("SELECT key, merged_into FROM people WHERE merged_into IS NOT NULL")))
        return fail(error, queryFailure(q));
    while (q.next())
        mergedInto.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    const auto survivor = [&mergedInto](std::int64_t person) {
        for (int hops = 0; hops < 64; ++hops) {
            const auto next = mergedInto.constFind(person);
            if (next == mergedInto.constEnd())
                break;
            person = *next;
        }
        return person;
    };

    std::unordered_map<qint64, TypeEntries> campaigns; // node-based: entries stays valid
    qint64 lastCampaign = 0;
    TypeEntries* entries = nullptr;
    const ActivityStore store(m_db);
    const bool ok = store.forEachSegment(
        [&](const ActivitySpans& rows) {
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const std::int64_t campaign = rows.campaign[i];
                if (campaign == 0)
                    continue;
                if (campaign != lastCampaign || !entries) {
                    entries = &campaigns[campaign];
                    lastCampaign = campaign;
                }
                const std::int64_t person =
                    mergedInto.isEmpty() ? rows.person[i] : survivor(rows.person[i]);
                (*entries)[rows.type[i]].push_back(pack(person, dayOfSeconds(rows.at[i])));
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    for (auto& [campaign, types] : campaigns) {
        for (auto& [type, list] : types) {
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            list.shrink_to_fit();
        }
    }
    m_campaigns = std::move(campaigns);
    return true;
}

std::optional<CampaignResult> CampaignResults::compute(const model::Campaign& campaign,
                                                       QString* error)
{
    const QString print = fingerprint();
    if (print.isEmpty()) {
        fail(error,
             QCoreApplication::translate("rapport::storage", "the project cannot be read: %1")
                 .arg(m_db.lastError().text()));
        return std::nullopt;
    }
    if (print != m_fingerprint) {
        if (!readActivities(error))
            return std::nullopt;
        m_fingerprint = print;
    }

    const RowKey key = detail::keyOf(m_db, QStringLiteral("campaigns"), campaign.meta.id);
    const TypeEntries empty;
    const auto found = m_campaigns.find(key);
    const TypeEntries& types = key && found != m_campaigns.end() ? found->second : empty;
    const auto entriesOf = [&](const QString& type) -> const std::vector<std::uint64_t>* {
        const auto typeKey = m_typeKeys.constFind(type);
        if (typeKey == m_typeKeys.constEnd())
            return nullptr;
        const auto it = types.find(*typeKey);
        return it == types.end() ? nullptr : &it->second;
    };
    const auto reachedIn = [&](const DayRange& range) {
        std::vector<std::int64_t> people;
        for (const auto& [type, list] : types)
            collectPeople(list, range, &people);
        std::sort(people.begin(), people.end());
        return qint64(std::unique(people.begin(), people.end()) - people.begin());
    };

    CampaignResult result;
    result.reached = reachedIn({});
    result.registered = countPeople(entriesOf(QStringLiteral("registered")));
    result.attended = countPeople(entriesOf(QStringLiteral("attended")));
    result.responded = countPeople(entriesOf(QStringLiteral("responded")));

    // The responses to the campaign's surveys, one row each with its NPS and CSAT answer
    // (a survey has at most one of each, model::validate; MAX picks it, as EngineLoader).
    QList<Response> responses;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.submitted_at, MAX(CASE WHEN q.kind = 'nps' THEN a.number END), "
        "MAX(CASE WHEN q.kind = 'csat' THEN a.number END) "
        "FROM survey_responses r JOIN surveys s ON s.key = r.survey_key "
        "LEFT JOIN survey_answers a ON a.response_key = r.key "
        "LEFT JOIN survey_questions q ON q.key = a.question_key AND q.kind IN ('nps', 'csat') "
        "WHERE s.campaign_key = ? GROUP BY r.key"));
    q.addBindValue(key);
    if (!q.exec()) {
        fail(error, queryFailure(q));
        return std::nullopt;
    }
    while (q.next()) {
        Response r;
        const qint64 ms = q.value(0).toLongLong();
        r.day = dayOfSeconds(ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000));
        if (!q.value(1).isNull())
            r.nps = q.value(1).toInt();
        if (!q.value(2).isNull())
            r.csat = q.value(2).toInt();
        responses << r;
    }
    result.satisfaction = satisfactionOf(responses, {});

    result.currency = campaign.budget.currency;
    if (result.attended > 0 && campaign.budget.minorUnits > 0)
        result.costPerAttendee = double(campaign.budget.minorUnits) / double(result.attended);

    for (const model::Goal& goal : campaign.goals) {
        CampaignResult::GoalProgress progress;
        progress.goal = goal;
        const DayRange range = rangeOf(goal);
        const QString metric = goal.metric.trimmed();
        if (metric == u"nps")
            progress.value = satisfactionOf(responses, range).nps;
        else if (metric == u"csat")
            progress.value = satisfactionOf(responses, range).csat;
        else if (metric == u"reach")
            progress.value = double(reachedIn(range));
        else if (metric != u"advocates")
            progress.value = double(countPeople(entriesOf(metric), range));
        if (progress.value && goal.target != 0)
            progress.fraction = *progress.value / goal.target;
        result.goals << progress;
    }
    return result;
}

} // namespace rapport::storage
