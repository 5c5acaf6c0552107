// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The activity stream of the demo community: per person, in time order, straight into segments.
#include "core/io/DemoCommunityPlan.h"

#include "core/model/Activity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::io::demo {

using model::CampaignKind;
using model::CampaignStatus;
using model::RewardKind;
using storage::ActivityRow;

namespace {

bool sqlFailed(QString* error, const QString& what, const QSqlQuery& q)
{
    if (error)
        *error = QCoreApplication::translate("rapport::io::DemoCommunity",
                                             "Could not generate the demo community (%1): %2")
                     .arg(what, q.lastError().text());
    return false;
}

constexpr std::size_t kMaxResponsesPerSurvey = 2500;
constexpr double kCampaignActivitiesPerPerson = 3.0; // roughly what the funnels add; organic fills the rest

bool isApac(const PersonTraits& t)
{
    // chinese, hindi, japanese, korean (see DemoCommunityData.cpp), and Sydney
    return t.culture == 1 || t.culture == 2 || t.culture == 6 || t.culture == 8 || (t.culture == 0 && t.place == 6);
}

} // namespace

void ActivityWriter::reward(std::vector<ActivityRow>& rows, const RewardRow& r, std::int64_t at)
{
    m_rewards.push_back(r);
    rows.push_back({m_keys[std::size_t(r.person)], m_types.value(QStringLiteral("rewarded")), at, r.campaign, 0, r.content, r.value});
}

void ActivityWriter::respond(std::size_t campaign, std::int64_t person, std::int64_t at)
{
    auto& reservoir = m_respondents[campaign];
    const std::int64_t seen = ++m_respondentsSeen[campaign];
    if (reservoir.size() < kMaxResponsesPerSurvey) {
        reservoir.push_back({person, at});
    } else {
        const std::int64_t j = m_rng.below64(seen);
        if (j < std::int64_t(kMaxResponsesPerSurvey))
            reservoir[std::size_t(j)] = {person, at};
    }
}

void ActivityWriter::campaignActivities(std::int64_t person, std::vector<ActivityRow>& rows)
{
    const PersonTraits& t = m_traits[std::size_t(person)];
    const double e = t.propensity;
    const std::int64_t key = m_keys[std::size_t(person)];
    const std::int64_t now = DemoPlan::daySeconds(m_plan.endDay()) + 17 * 3600;
    const double boost = std::min(1.6, 0.6 + 0.4 * e);
    auto add = [&](const char* type, std::int64_t at, const CampaignSpec& c, std::int64_t channel, double value = 0) {
        if (at <= now)
            rows.push_back({key, m_types.value(QLatin1String(type)), at, c.key, channel, 0, value});
        return at <= now;
    };
    for (std::size_t ci = 0; ci < m_plan.campaigns().size(); ++ci) {
        const CampaignSpec& c = m_plan.campaigns()[ci];
        if (c.kind == CampaignKind::ContentSeries || c.status == CampaignStatus::Planned
            || c.status == CampaignStatus::Cancelled)
            continue;
        double p = c.invite;
        if (c.localCulture >= 0)
            p = t.culture == c.localCulture ? (t.place == c.localPlace ? 0.5 : 0.06) : 0.002;
        else if (c.apac)
            p = isApac(t) ? 0.3 : 0.02;
        else if (c.ambassador)
            p = e > 6 ? 0.35 : (e > 3.5 ? 0.02 : 0);
        p = std::min(0.95, p * std::min(1.5, 0.7 + 0.3 * e));
        if (!m_rng.chance(p))
            continue;
        const std::int64_t start = DemoPlan::daySeconds(c.startDay);
        const int days = c.endDay - c.startDay + 1;
        const std::int64_t invitedAt = c.ambassador ? start + m_rng.below(86400)
                                                    : start - 86400 * (7 + m_rng.below(14)) + m_rng.below(86400);
        if (c.kind != CampaignKind::Other && !add("invited", invitedAt, c, c.channel))
            continue;
        if (!m_rng.chance(std::min(0.97, c.registered * boost)))
            continue;
        const std::int64_t registeredAt = c.kind == CampaignKind::Other
            ? start + 9 * 3600
            : invitedAt + std::int64_t(m_rng.uniform() * double(std::max<std::int64_t>(3600, start - invitedAt)));
        if (c.kind != CampaignKind::Other && !add("registered", registeredAt, c, c.channel))
            continue;
        if (!m_rng.chance(std::min(0.97, c.attended * boost)))
            continue;
        const std::int64_t attendedAt = std::max(registeredAt + 60, start + 86400 * m_rng.below(std::min(days, 3)) + 9 * 3600
                                                                         + m_rng.below(9 * 3600));
        if (!add("attended", attendedAt, c, 0))
            continue;
        if (m_rng.chance(c.spoke * boost)) {
            add("spoke", attendedAt + 1800, c, 0);
            m_speakers.push_back(person);
            if (attendedAt + 7200 <= now) {
                if (c.kind == CampaignKind::Conference)
                    reward(rows, {person, RewardKind::Money, 300, "USD", "Speaker honorarium", int(attendedAt / 86400 + 2440588), c.key, 0}, attendedAt + 7200);
                else
                    reward(rows, {person, RewardKind::Swag, 25, "USD", "Speaker thank-you pack", int(attendedAt / 86400 + 2440588), c.key, 0}, attendedAt + 7200);
            }
        }
        if (m_rng.chance(c.shared * boost))
            add("shared", attendedAt + 3600 + m_rng.below(2 * 86400), c, m_plan.channel("X (@exampledev)"));
        if (m_rng.chance(c.contributed * boost)) {
            const std::int64_t at = attendedAt + 3600 + m_rng.below64(std::int64_t(30) * 86400);
            if (add("contributed", at, c, m_plan.channel("GitHub organisation"), 1 + m_rng.poisson(2)) && c.kind == CampaignKind::Hackathon
                && m_rng.chance(0.1))
                reward(rows, {person, RewardKind::Swag, 40, "USD", "Hackathon prize", int(at / 86400 + 2440588), c.key, 0}, at + 60);
        }
        if (m_rng.chance(std::min(0.95, c.responded * boost))) {
            const std::int64_t at = attendedAt + 3600 + m_rng.below(5 * 86400);
            if (add("responded", at, c, 0))
                respond(ci, person, at);
        }
        if (c.ambassador) {
            m_ambassadors.push_back(person);
            // Monthly ambassador work and points.
            for (std::int64_t month = attendedAt + 30 * 86400; month <= now; month += 30 * 86400) {
                const int n = 1 + m_rng.below(3);
                for (int k = 0; k < n; ++k) {
                    static const char* work[] = {"posted", "shared", "contributed", "referred", "spoke"};
                    add(work[m_rng.below(5)], month - m_rng.below(20 * 86400), c, m_plan.channel("Discord server"));
                }
                reward(rows, {person, RewardKind::Points, 100, "", "Monthly ambassador points", int(month / 86400 + 2440588), c.key, 0}, month);
            }
        }
    }
}

void ActivityWriter::organicActivities(std::int64_t person, double mean, std::vector<ActivityRow>& rows)
{
    const PersonTraits& t = m_traits[std::size_t(person)];
    const std::int64_t key = m_keys[std::size_t(person)];
    const std::int64_t from = DemoPlan::daySeconds(std::max(m_plan.startDay(), t.joinedDay));
    const std::int64_t to = DemoPlan::daySeconds(m_plan.endDay()) + 17 * 3600;
    if (from >= to)
        return;
    const int n = std::min(3000, m_rng.poisson(mean * t.propensity * double(to - from) / (300.0 * 86400)));
    static const char* types[] = {"starred", "commented", "posted", "shared", "contributed", "referred"};
    static const int weights[] = {22, 30, 14, 14, 16, 4};
    const auto& content = m_plan.content();
    for (int i = 0; i < n; ++i) {
        const std::int64_t at = from + m_rng.below64(to - from);
        int pick = m_rng.below(100), k = 0;
        while (pick >= weights[k]) {
            pick -= weights[k];
            ++k;
        }
        std::int64_t channel = 0, piece = 0;
        double value = 0;
        switch (k) {
        case 0:
        case 4:
            channel = m_plan.channel("GitHub organisation");
            if (k == 4)
                value = 1 + m_rng.poisson(1.5);
            break;
        case 1:
        case 2:
            channel = m_rng.chance(0.5) ? m_plan.channel("Discord server") : m_plan.channel("Community forum");
            break;
        case 3:
            channel = t.wechat && m_rng.chance(0.5) ? m_plan.channel("WeChat official account")
                                                    : (m_rng.chance(0.6) ? m_plan.channel("X (@exampledev)") : m_plan.channel("LinkedIn page"));
            break;
        default:
            break;
        }
        if ((k == 1 || k == 3) && m_rng.chance(0.5)) {
            const int day = int(at / 86400 + 2440588);
            const auto end = std::upper_bound(content.begin(), content.end(), day,
                                              [](int d, const ContentPiece& p) { return d < p.publishedDay; });
            const std::int64_t available = end - content.begin();
            if (available > 0)
                piece = content[std::size_t(m_rng.below64(available))].key;
        }
        rows.push_back({key, m_types.value(QLatin1String(types[k])), at, 0, channel, piece, value});
    }
}

bool ActivityWriter::run(double activitiesPerPerson, QString* error)
{
    auto& store = m_repo.activities();
    for (const QString& type : model::defaultActivityTypes())
        m_types.insert(type, store.typeKey(type));
    if (!m_plan.writeContent(m_repo, m_rng, m_traits, m_ids, error))
        return false;
    const auto& content = m_plan.content();
    for (std::size_t i = 0; i < content.size(); ++i)
        m_authored.push_back({content[i].author, i});
    std::sort(m_authored.begin(), m_authored.end());
    m_respondents.resize(m_plan.campaigns().size());
    m_respondentsSeen.assign(m_plan.campaigns().size(), 0);

    // People who joined during the year have fewer active days; 0.88 makes up for them on average.
    const double organicMean = std::max(0.5, activitiesPerPerson - kCampaignActivitiesPerPerson) / 0.88;
    storage::ActivityColumns batch;
    batch.reserve(storage::ActivityStore::kSegmentRows + 4096);
    std::vector<ActivityRow> rows;
    auto authored = m_authored.begin();
    const std::int64_t people = std::int64_t(m_keys.size());
    for (std::int64_t person = 0; person < people; ++person) {
        if (progress && person % 1024 == 0 && !progress(double(person) / double(people)))
            return false; // cancelled; the caller says so
        rows.clear();
        campaignActivities(person, rows);
        organicActivities(person, organicMean, rows);
        for (; authored != m_authored.end() && authored->first == person; ++authored) {
            const ContentPiece& piece = content[authored->second];
            const std::int64_t at = DemoPlan::daySeconds(piece.publishedDay) + 9 * 3600;
            rows.push_back({m_keys[std::size_t(person)], m_types.value(QStringLiteral("authored")), at, 0, piece.channel, piece.key, 0});
            if (m_rng.chance(0.7))
                reward(rows, {person, RewardKind::Money, double(150 + 50 * m_rng.below(6)), "USD", "Author fee",
                              piece.publishedDay + 14, 0, piece.key},
                       at + 14 * 86400);
        }
        std::sort(rows.begin(), rows.end(), [](const ActivityRow& a, const ActivityRow& b) { return storage::storageOrder(a, b) < 0; });
        for (const ActivityRow& row : rows)
            batch.push_back(row);
        if (batch.size() >= storage::ActivityStore::kSegmentRows) {
            if (auto r = store.appendSegmentsUnchecked(std::move(batch)); !r) {
                if (error)
                    *error = r.message;
                return false;
            }
            batch = {};
            batch.reserve(storage::ActivityStore::kSegmentRows + 4096);
        }
    }
    if (auto r = store.appendSegmentsUnchecked(std::move(batch)); !r) {
        if (error)
            *error = r.message;
        return false;
    }
    return writeResponses(error) && writeRewards(error) && writeAudiences(error)
        && m_plan.writeChannelSizes(m_repo, m_rng, error);
}

bool ActivityWriter::writeResponses(QString* error)
{
    static const QStringList comments = {
        QStringLiteral("More hands-on workshops, please."), QStringLiteral("The venue was too small."),
        QStringLiteral("Great speakers, loved the Q&A."), QStringLiteral("希望有更多中文的内容。"),
        QStringLiteral("Mehr Zeit für Networking wäre schön."), QStringLiteral("Les slides en avance, svp."),
        QStringLiteral("Más ejemplos en producción."), QStringLiteral("もっと初心者向けのセッションを。"),
        QStringLiteral("Streaming quality could be better."), QStringLiteral("Vegetarian food options!"),
        QStringLiteral("라이브 코딩이 최고였어요."), QStringLiteral("Mais conteúdo sobre observabilidade.")};
    QSqlQuery questions(m_db), response(m_db), answer(m_db);
    if (!response.prepare(QStringLiteral("INSERT INTO survey_responses (id, created_at, updated_at, row_version, survey_key, "
                                         "person_key, submitted_at) VALUES (?, ?, ?, 1, ?, ?, ?)"))
        || !answer.prepare(QStringLiteral("INSERT INTO survey_answers (response_key, question_key, number, choices, text) "
                                          "VALUES (?, ?, ?, ?, ?)")))
        return sqlFailed(error,
                         QCoreApplication::translate("rapport::io::DemoCommunity", "responses"),
                         response);
    const QVariant nullKey(QMetaType(QMetaType::LongLong));
    const QVariant nullNumber(QMetaType(QMetaType::Int));
    const QVariant nullText(QMetaType(QMetaType::QString));
    for (std::size_t ci = 0; ci < m_plan.campaigns().size(); ++ci) {
        CampaignSpec& c = m_plan.campaigns()[ci];
        if (!c.surveyKey)
            continue;
        questions.prepare(QStringLiteral("SELECT key FROM survey_questions WHERE survey_key = ? ORDER BY position"));
        questions.addBindValue(c.surveyKey);
        questions.exec();
        QList<storage::RowKey> q;
        while (questions.next())
            q << questions.value(0).toLongLong();
        questions.finish();
        if (q.size() != 6)
            continue;
        auto respondents = m_respondents[ci];
        std::sort(respondents.begin(), respondents.end(), [](const Respondent& a, const Respondent& b) {
            return a.at != b.at ? a.at < b.at : a.person < b.person;
        });
        for (const Respondent& r : respondents) {
            const double e = m_traits[std::size_t(r.person)].propensity;
            const int nps = std::clamp(int(std::lround(7.0 + 1.2 * std::log(e) + 1.9 * m_rng.normal())), 0, 10);
            const bool anonymous = m_rng.chance(0.15);
            response.addBindValue(makeId(m_rng, r.at * 1000).toString());
            response.addBindValue(qint64(r.at * 1000));
            response.addBindValue(qint64(r.at * 1000));
            response.addBindValue(qint64(c.surveyKey));
            response.addBindValue(anonymous ? nullKey : QVariant(qint64(m_keys[std::size_t(r.person)])));
            response.addBindValue(qint64(r.at * 1000));
            if (!response.exec())
                return sqlFailed(
                    error, QCoreApplication::translate("rapport::io::DemoCommunity", "responses"),
                    response);
            const qint64 responseKey = response.lastInsertId().toLongLong();
            auto addAnswer = [&](storage::RowKey question, const QVariant& number, const QVariant& choices, const QVariant& text) {
                answer.addBindValue(responseKey);
                answer.addBindValue(qint64(question));
                answer.addBindValue(number);
                answer.addBindValue(choices);
                answer.addBindValue(text);
                return answer.exec();
            };
            auto json = [](const QStringList& list) {
                return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
            };
            bool ok = addAnswer(q[0], nps, nullText, nullText);
            if (ok && m_rng.chance(0.9))
                ok = addAnswer(q[1], std::clamp(int(std::lround(1 + 0.4 * nps + 0.7 * m_rng.normal())), 1, 5), nullText, nullText);
            if (ok && m_rng.chance(0.8))
                ok = addAnswer(q[2], std::clamp(int(std::lround(1 + (c.likertPoints - 1) * nps / 10.0 + m_rng.normal())), 1, c.likertPoints),
                               nullText, nullText);
            if (ok && m_rng.chance(0.7))
                ok = addAnswer(q[3], nullNumber, json({c.singleOptions[m_rng.below(int(c.singleOptions.size()))]}), nullText);
            if (ok && m_rng.chance(0.6)) {
                QStringList chosen;
                for (const QString& option : std::as_const(c.multiOptions)) {
                    if (m_rng.chance(0.35))
                        chosen << option;
                }
                if (chosen.isEmpty())
                    chosen << c.multiOptions.first();
                ok = addAnswer(q[4], nullNumber, json(chosen), nullText);
            }
            if (ok && m_rng.chance(0.25))
                ok = addAnswer(q[5], nullNumber, nullText, comments[m_rng.below(int(comments.size()))]);
            if (!ok)
                return sqlFailed(
                    error, QCoreApplication::translate("rapport::io::DemoCommunity", "answers"),
                    answer);
        }
    }
    return true;
}

bool ActivityWriter::writeRewards(QString* error)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO rewards (id, created_at, updated_at, row_version, person_key, kind, value, "
                                  "currency, reason, given_on, campaign_key, content_key) "
                                  "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlFailed(error,
                         QCoreApplication::translate("rapport::io::DemoCommunity", "rewards"), q);
    const QVariant nullKey(QMetaType(QMetaType::LongLong));
    for (const RewardRow& r : m_rewards) {
        const qint64 ms = DemoPlan::daySeconds(r.day) * 1000 + 12 * 3600 * 1000;
        q.addBindValue(makeId(m_rng, ms).toString());
        q.addBindValue(ms);
        q.addBindValue(ms);
        q.addBindValue(qint64(m_keys[std::size_t(r.person)]));
        q.addBindValue(model::rewardKindName(r.kind));
        q.addBindValue(r.value);
        q.addBindValue(QString::fromLatin1(r.currency));
        q.addBindValue(QString::fromLatin1(r.reason)); // demo data, not UI text
        q.addBindValue(QDate::fromJulianDay(r.day).toString(Qt::ISODate));
        q.addBindValue(r.campaign ? QVariant(qint64(r.campaign)) : nullKey);
        q.addBindValue(r.content ? QVariant(qint64(r.content)) : nullKey);
        if (!q.exec())
            return sqlFailed(
                error, QCoreApplication::translate("rapport::io::DemoCommunity", "rewards"), q);
    }
    return true;
}

bool ActivityWriter::writeAudiences(QString* error)
{
    for (auto [name, people] : {std::pair<const char*, std::vector<std::int64_t>*>{"Ambassadors", &m_ambassadors},
                                std::pair<const char*, std::vector<std::int64_t>*>{"Speakers", &m_speakers}}) {
        std::sort(people->begin(), people->end());
        people->erase(std::unique(people->begin(), people->end()), people->end());
        auto audience = m_repo.audiences().get(m_plan.audience(name));
        if (!audience)
            continue;
        for (std::size_t i = 0; i < people->size() && i < 500; ++i)
            audience->members << m_ids[std::size_t((*people)[i])];
        if (auto r = m_repo.audiences().update(*audience); !r) {
            if (error)
                *error = r.message;
            return false;
        }
    }
    return true;
}

} // namespace rapport::io::demo
