// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EngineLoader.h"

#include "core/engine/Funnel.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/ReferenceData.h"
#include "core/engine/ReferenceFunnel.h"
#include "core/engine/ReferenceEngagement.h"
#include "core/engine/ReferenceNps.h"
#include "core/model/Clock.h"
#include "core/storage/AudienceRepository.h"
#include "core/io/DemoCommunity.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/SurveyRepository.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <set>

using namespace rapport;

namespace {

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/** The same project as plain records, read without the loader: QSqlQuery for people, tags
 *  and merges, the activity store's own segment reader for activities. */
engine::ReferenceData referenceData(const QSqlDatabase& db)
{
    engine::ReferenceData data;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT key, country, role, company, source, timezone, internal, joined, merged_into "
                          "FROM people ORDER BY key"));
    std::map<std::int64_t, std::size_t> index;
    while (q.next()) {
        engine::PersonRecord p;
        p.key = q.value(0).toLongLong();
        const char* names[] = {"country", "role", "company", "source", "timezone"};
        for (int i = 0; i < 5; ++i)
            p.attributes.emplace_back(names[i], q.value(i + 1).toString().toStdString());
        p.internal = q.value(6).toBool();
        const QDate joined = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        if (joined.isValid())
            p.joinDay = std::int32_t(QDate(1970, 1, 1).daysTo(joined));
        if (!q.value(8).isNull())
            data.merges.emplace_back(p.key, q.value(8).toLongLong());
        index[p.key] = data.people.size();
        data.people.push_back(std::move(p));
    }
    q.exec(QStringLiteral("SELECT person_key, tag FROM person_tags"));
    while (q.next())
        data.people[index.at(q.value(0).toLongLong())].tags.push_back(q.value(1).toString().toStdString());
    storage::ActivityStore(db).forEachSegment([&](const storage::ActivitySpans& s) {
        for (std::size_t i = 0; i < s.size(); ++i)
            data.activities.push_back(s[i]);
        return true;
    });
    q.exec(QStringLiteral("SELECT key, name FROM activity_types"));
    while (q.next())
        data.typeNames[q.value(0).toInt()] = q.value(1).toString().toStdString();
    return data;
}

} // namespace

class EngineLoaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsEqualStorage();
    void funnelEqualsBruteForce_data();
    void funnelEqualsBruteForce();
    void npsEqualsBruteForce();
    void audiences();
    void unsavedRuleAndAtMost();
    void progressRisesAndCancels();
    void damagedFileNeverHalfLoaded();
    void beyondEngineLimitsRefusedByName();

private:
    test::FixedClock m_clock;
    std::unique_ptr<test::TestDatabase> m_db;
    std::optional<storage::EngineData> m_data;
    std::int64_t m_merged = 0;
    std::int64_t m_survivor = 0;
};

void EngineLoaderTest::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOk(), qPrintable(m_db->error()));
    QSqlDatabase db = m_db->db();
    io::DemoOptions options;
    options.people = 400;
    options.endDate = QDate(2025, 12, 31);
    QString error;
    QVERIFY2(io::DemoCommunity(db, m_clock).generate(options, nullptr, &error), qPrintable(error));

    // A merge chain and a few change rows (not yet compacted into segments).
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT key FROM people WHERE merged_into IS NULL ORDER BY key LIMIT 3")));
    std::vector<std::int64_t> keys;
    while (q.next())
        keys.push_back(q.value(0).toLongLong());
    QCOMPARE(keys.size(), std::size_t(3));
    QVERIFY(q.exec(QStringLiteral("UPDATE people SET merged_into = %1 WHERE key = %2").arg(keys[1]).arg(keys[0])));
    QVERIFY(q.exec(QStringLiteral("UPDATE people SET merged_into = %1 WHERE key = %2").arg(keys[2]).arg(keys[1])));
    m_merged = keys[0];
    m_survivor = keys[2];
    storage::ActivityStore activities(db);
    const std::int32_t invited = *activities.findTypeKey(QStringLiteral("invited"));
    const std::int32_t registered = *activities.findTypeKey(QStringLiteral("registered"));
    storage::ActivityColumns added;
    for (std::int64_t i = 0; i < 3; ++i) {
        added.person.push_back(keys[0]);
        added.type.push_back(i == 0 ? invited : registered);
        added.at.push_back(1'760'000'000 + i * 3600);
        added.campaign.push_back(0);
        added.channel.push_back(0);
        added.content.push_back(0);
        added.value.push_back(0);
    }
    QVERIFY(activities.append(added));
    QVERIFY(activities.changeCount() > 0);

    m_data = storage::EngineLoader(db, 2).load(&error);
    QVERIFY2(m_data, qPrintable(error));
}

void EngineLoaderTest::countsEqualStorage()
{
    QSqlDatabase db = m_db->db();
    const storage::PeopleRepository people(db, m_clock);
    const storage::SurveyRepository surveys(db, m_clock);
    const storage::EngineLoadReport& report = m_data->report;
    QCOMPARE(report.people, scalar(db, QStringLiteral("SELECT COUNT(*) FROM people")));
    QCOMPARE(report.merges, people.countMerged());
    QCOMPARE(std::int64_t(m_data->store.personCount()), people.count());
    QCOMPARE(std::int64_t(m_data->store.activityCount()), storage::ActivityStore(db).count());
    QCOMPARE(report.activities, storage::ActivityStore(db).count());
    QCOMPARE(std::int64_t(m_data->responses.size()), surveys.responseCount());
    QCOMPARE(report.responses, surveys.responseCount());
    QVERIFY(report.totalMs >= report.peopleMs);

    // The merged person's activities are filed under the final survivor.
    QCOMPARE(m_data->store.survivorOf(m_merged), std::optional<std::int64_t>(m_survivor));
    QVERIFY(!m_data->store.isCounted(*m_data->store.rowOf(m_merged)));
    // Names come along.
    QVERIFY(m_data->store.types().keyNamed("attended"));
    QVERIFY(m_data->store.campaigns().name(1) != "1");
}

void EngineLoaderTest::funnelEqualsBruteForce_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("breakdown");
    QTest::newRow("ordered") << "invited,registered,attended" << int(engine::FunnelMode::Ordered) << "";
    QTest::newRow("strict by country") << "invited,registered" << int(engine::FunnelMode::Strict) << "country";
    QTest::newRow("unordered by campaign") << "registered,attended" << int(engine::FunnelMode::Unordered) << "campaign";
}

void EngineLoaderTest::funnelEqualsBruteForce()
{
    QFETCH(QString, steps);
    QFETCH(int, mode);
    QFETCH(QString, breakdown);
    const engine::ReferenceData reference = referenceData(m_db->db());
    engine::FunnelQuery query;
    for (const QString& name : steps.split(u',')) {
        engine::ActivityFilter step;
        step.type = std::int32_t(*m_data->store.types().keyNamed(name.toStdString()));
        query.steps.push_back(step);
    }
    query.mode = engine::FunnelMode(mode);
    query.window = 14 * 86400;
    if (breakdown == u"campaign")
        query.breakdown.kind = engine::FunnelBreakdown::Kind::Campaign;
    else if (!breakdown.isEmpty())
        query.breakdown = {engine::FunnelBreakdown::Kind::Attribute, breakdown.toStdString()};

    const engine::ParallelFor parallel(2);
    const engine::FunnelResult loaded = engine::Funnel::compute(m_data->store, query, parallel);
    const engine::FunnelResult expected = engine::ReferenceFunnel::compute(reference, query, 0);
    QVERIFY(loaded.steps.front().persons > 0);
    QVERIFY(loaded.steps == expected.steps);
    QCOMPARE(loaded.groups.size(), expected.groups.size());
    for (std::size_t g = 0; g < loaded.groups.size(); ++g) {
        QCOMPARE(loaded.groups[g].key, expected.groups[g].key);
        QVERIFY(loaded.groups[g].steps == expected.groups[g].steps);
    }
}

void EngineLoaderTest::npsEqualsBruteForce()
{
    QSqlDatabase db = m_db->db();
    // Responses read back through the repository, scores from the questions' kinds.
    std::vector<engine::SurveyResponseRecord> records;
    std::map<std::int64_t, std::string> surveyNames;
    const storage::SurveyRepository surveys(db, m_clock);
    for (const model::Survey& survey : surveys.list()) {
        const std::int64_t surveyKey = surveys.keyOf(survey.meta.id);
        surveyNames[surveyKey] = survey.name.toStdString();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT r.key, r.person_key, r.submitted_at, s.campaign_key, "
                              "(SELECT a.number FROM survey_answers a JOIN survey_questions qq ON qq.key = "
                              "a.question_key WHERE a.response_key = r.key AND qq.kind = 'nps'), "
                              "(SELECT a.number FROM survey_answers a JOIN survey_questions qq ON qq.key = "
                              "a.question_key WHERE a.response_key = r.key AND qq.kind = 'csat') "
                              "FROM survey_responses r JOIN surveys s ON s.key = r.survey_key WHERE r.survey_key = %1")
                   .arg(surveyKey));
        while (q.next()) {
            engine::SurveyResponseRecord r;
            r.key = q.value(0).toLongLong();
            r.person = q.value(1).toLongLong();
            r.at = q.value(2).toLongLong() / 1000;
            r.survey = surveyKey;
            r.campaign = q.value(3).toLongLong();
            if (!q.value(4).isNull())
                r.nps = q.value(4).toInt();
            if (!q.value(5).isNull())
                r.csat = q.value(5).toInt();
            records.push_back(r);
        }
    }
    QCOMPARE(records.size(), m_data->responses.size());
    const engine::ReferenceData reference = referenceData(db);
    engine::NpsQuery query;
    query.breakdown.kind = engine::NpsBreakdown::Kind::Attribute;
    query.breakdown.attribute = "country";
    const engine::ParallelFor parallel(2);
    const engine::NpsResult loaded = engine::Nps::compute(m_data->store, m_data->responses, query, parallel);
    const engine::NpsResult expected = engine::ReferenceNps::compute(reference, records, surveyNames, query, 0, 0);
    QVERIFY(loaded.total.responses > 0);
    QVERIFY(loaded.total == expected.total);
    QVERIFY(loaded.groups == expected.groups);
}

void EngineLoaderTest::audiences()
{
    QSqlDatabase db = m_db->db();
    const storage::EngineLoader loader(db);
    const engine::Store& store = m_data->store;
    QString error;

    // Rule over one attribute: the same people as SQL finds.
    auto apac = loader.audienceFilter(QStringLiteral("apac developers"), store, &error);
    QVERIFY2(apac, qPrintable(error));
    QCOMPARE(qint64(apac->compile(store).count()),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM people WHERE merged_into IS NULL AND country IN "
                                       "('CN','JP','KR','IN','SG','TW','AU')")));

    // "any" of two conditions: computed as keys.
    auto students = loader.audienceFilter(QStringLiteral("Students"), store, &error);
    QVERIFY2(students, qPrintable(error));
    QVERIFY(students->audienceKeys);
    QCOMPARE(qint64(students->compile(store).count()),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM people p WHERE merged_into IS NULL AND (role = 'student' "
                                       "OR EXISTS (SELECT 1 FROM person_tags t WHERE t.person_key = p.key AND "
                                       "t.tag = 'student-club'))")));

    // Static list: its members (the demo's and some more).
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO audience_members SELECT a.key, p.key FROM audiences a, people p "
                                  "WHERE a.name = 'Ambassadors' AND p.merged_into IS NULL AND p.key % 7 = 0")));
    auto ambassadors = loader.audienceFilter(QStringLiteral("Ambassadors"), store, &error);
    QVERIFY2(ambassadors, qPrintable(error));
    QCOMPARE(qint64(ambassadors->compile(store).count()),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM audience_members m JOIN audiences a ON a.key = "
                                       "m.audience_key JOIN people p ON p.key = m.person_key WHERE a.name = "
                                       "'Ambassadors' AND p.merged_into IS NULL")));

    // Behaviour, level and NPS conditions, computed as of the demo's last day, against
    // brute force over the same project read without the loader.
    const std::int64_t asOf = QDateTime(QDate(2025, 12, 31), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const engine::ReferenceData data = referenceData(db);
    const auto people = data.resolve();
    const model::SystemClock clock;
    storage::AudienceRepository audiences(db, clock);
    const model::Audience regular = *audiences.get(audiences.findByName(QStringLiteral("Regular attendees")));
    const model::AudienceCondition behaviour = regular.rule.conditions.front();
    QCOMPARE(behaviour.kind, model::AudienceCondition::Kind::Behaviour);
    std::int32_t type = 0;
    for (const auto& [key, name] : data.typeNames)
        if (QString::fromStdString(name) == behaviour.activityType)
            type = key;
    QVERIFY(type != 0);
    qint64 expectedRegular = 0;
    for (const auto& r : people) {
        int n = 0;
        for (const engine::ActivityRecord& a : r.activities)
            n += a.type == type && a.at <= asOf && a.at >= asOf - std::int64_t(behaviour.withinDays) * 86400;
        expectedRegular += n >= behaviour.minCount;
    }
    auto regulars = loader.audienceFilter(QStringLiteral("Regular attendees"), store, &error, &m_data->responses, asOf);
    QVERIFY2(regulars, qPrintable(error));
    QCOMPARE(qint64(regulars->compile(store).count()), expectedRegular);
    QVERIFY(expectedRegular > 0);

    engine::EngagementQuery levels;
    levels.asOf = asOf;
    std::set<std::int64_t> advocateKeys;
    for (const auto& [key, p] : engine::ReferenceEngagement::persons(data, levels, asOf))
        if (p.level == std::uint8_t(engine::EngagementLevel::Advocate))
            advocateKeys.insert(key);
    auto advocates = loader.audienceFilter(QStringLiteral("Advocates"), store, &error, &m_data->responses, asOf);
    QVERIFY2(advocates, qPrintable(error));
    QCOMPARE(advocates->compile(store).count(), advocateKeys.size());

    // Promoters (latest NPS answer 9–10) or advocates.
    std::map<std::int64_t, std::pair<std::int64_t, int>> latest; // survivor key → (time, score)
    const auto persons = m_data->responses.persons();
    for (std::size_t i = 0; i < persons.size(); ++i) {
        const int nps = m_data->responses.npsScores()[i];
        if (nps < 0 || persons[i] == 0)
            continue;
        const std::int64_t key = store.survivorOf(persons[i]).value_or(persons[i]);
        auto& l = latest[key];
        if (l.second == 0 && l.first == 0)
            l = {std::numeric_limits<std::int64_t>::min(), -1};
        if (m_data->responses.times()[i] >= l.first)
            l = {m_data->responses.times()[i], nps};
    }
    std::set<std::int64_t> expectedFans = advocateKeys;
    for (const auto& [key, l] : latest)
        if (l.second >= 9 && store.rowOf(key) && store.isCounted(*store.rowOf(key)))
            expectedFans.insert(key);
    auto fans = loader.audienceFilter(QStringLiteral("Promoters and advocates"), store, &error, &m_data->responses, asOf);
    QVERIFY2(fans, qPrintable(error));
    QCOMPARE(fans->compile(store).count(), expectedFans.size());
    QVERIFY(expectedFans.size() > advocateKeys.size());

    // Unknown names are refused, naming them.
    QVERIFY(!loader.audienceFilter(QStringLiteral("Nobody by this name"), store, &error));
    QVERIFY2(error.contains(QStringLiteral("Nobody by this name")), qPrintable(error));
}

// ruleFilter evaluates a rule that is not stored (the audience editor's live count) exactly as
// audienceFilter evaluates the stored one; "at most N" is the complement of "at least N + 1".
void EngineLoaderTest::unsavedRuleAndAtMost()
{
    QSqlDatabase db = m_db->db();
    const storage::EngineLoader loader(db);
    const engine::Store& store = m_data->store;
    const std::int64_t asOf = QDateTime(QDate(2025, 12, 31), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const model::SystemClock clock;
    storage::AudienceRepository audiences(db, clock);
    const model::Audience regular = *audiences.get(audiences.findByName(QStringLiteral("Regular attendees")));
    QString error;

    const storage::AudienceRuleContext context{store, &m_data->responses, asOf, loader.campaignKeys(regular.rule)};
    const auto unsaved = storage::EngineLoader::ruleFilter(regular.rule, context, regular.name, &error);
    QVERIFY2(unsaved, qPrintable(error));
    const auto stored = loader.audienceFilter(regular.name, store, &error, &m_data->responses, asOf);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(unsaved->compile(store), stored->compile(store));

    model::AudienceCondition behaviour = regular.rule.conditions.front();
    QCOMPARE(behaviour.kind, model::AudienceCondition::Kind::Behaviour);
    const engine::ReferenceData data = referenceData(db);
    std::int32_t type = 0;
    for (const auto& [key, name] : data.typeNames)
        if (QString::fromStdString(name) == behaviour.activityType)
            type = key;
    QVERIFY(type != 0);
    for (const int n : {0, 1, 2}) {
        behaviour.op = model::AudienceCondition::Op::AtMost;
        behaviour.minCount = n;
        model::AudienceRule atMost;
        atMost.conditions = {behaviour};
        const auto filter = storage::EngineLoader::ruleFilter(atMost, context, QStringLiteral("few"), &error);
        QVERIFY2(filter, qPrintable(error));
        std::size_t expected = 0;
        for (const auto& r : data.resolve()) {
            int done = 0;
            for (const engine::ActivityRecord& a : r.activities)
                done += a.type == type && a.at <= asOf && a.at >= asOf - std::int64_t(behaviour.withinDays) * 86400;
            expected += done <= n;
        }
        QCOMPARE(filter->compile(store).count(), expected);
        QVERIFY(expected > 0);
    }

    // An activity type the project never recorded: nobody did it at least once, everyone at most once.
    behaviour.activityType = QStringLiteral("never-recorded");
    model::AudienceRule never;
    never.conditions = {behaviour};
    auto none = storage::EngineLoader::ruleFilter(never, context, QStringLiteral("never"), &error);
    QVERIFY2(none, qPrintable(error));
    QCOMPARE(none->compile(store).count(), store.countedPeople().count());
    never.conditions.front().op = model::AudienceCondition::Op::AtLeast;
    none = storage::EngineLoader::ruleFilter(never, context, QStringLiteral("never"), &error);
    QVERIFY2(none, qPrintable(error));
    QCOMPARE(none->compile(store).count(), std::size_t(0));

    // A campaign the context does not know is refused as deleted.
    never.conditions.front().campaign = model::Uuid::fromString(QStringLiteral("0190a000-0000-7000-8000-0000000000c9"));
    QVERIFY(!storage::EngineLoader::ruleFilter(never, context, QStringLiteral("gone"), &error));
    QVERIFY2(error.contains(QStringLiteral("gone")), qPrintable(error));
}

// The progress callback rises from 0 to 1; returning false stops the load with a message.
void EngineLoaderTest::progressRisesAndCancels()
{
    storage::EngineLoader loader(m_db->db(), 2);
    std::vector<double> seen;
    loader.setProgress([&](double done) {
        seen.push_back(done);
        return true;
    });
    QString error;
    const auto data = loader.load(&error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->store.rowCount(), m_data->store.rowCount());
    QVERIFY(seen.size() >= 4);
    QCOMPARE(seen.front(), 0.0);
    QCOMPARE(seen.back(), 1.0);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    for (const double stopAt : {0.0, 0.5, 0.8, 1.0}) {
        int calls = 0;
        loader.setProgress([&](double done) {
            ++calls;
            return done < stopAt;
        });
        error.clear();
        QVERIFY(!loader.load(&error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(calls >= 1);
    }
}

// A deferred page check (what the analytics commands use) must not let damage through: the
// loader reads every person and segment, so it meets the damage and refuses the whole load.
void EngineLoaderTest::damagedFileNeverHalfLoaded()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    storage::ProjectEnvironment env;
    env.recoveryDir = folder.filePath(QStringLiteral("recovery"));
    env.userName = QStringLiteral("ana");
    env.hostName = QStringLiteral("laptop-7");
    env.clock = &m_clock;
    const QString path = folder.filePath(QStringLiteral("damaged.rapport"));
    {
        storage::FileResult result;
        auto project = storage::ProjectFile::create(path, env, &result);
        QVERIFY2(project, qPrintable(result.message));
        io::DemoOptions options;
        options.people = 3000;
        options.endDate = QDate(2025, 12, 31);
        QString error;
        QVERIFY2(io::DemoCommunity(project->database(), m_clock).generate(options, nullptr, &error),
                 qPrintable(error));
        QVERIFY2(project->save(), "save");
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const int page = 4096;
    QVERIFY(bytes.size() > 40 * page);
    for (qsizetype at = 20 * page; at + page <= bytes.size(); at += 7 * page)
        bytes.replace(at, page, QByteArray(page, '\xa5'));
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    storage::FileResult full;
    QVERIFY(!storage::ProjectFile::open(path, env, storage::OpenMode::ReadOnly, storage::RecoveryChoice::Ask,
                                        &full, storage::PageCheck::Full));
    QCOMPARE(full.error, storage::FileError::Damaged);

    storage::FileResult deferred;
    auto project = storage::ProjectFile::open(path, env, storage::OpenMode::ReadOnly,
                                              storage::RecoveryChoice::Ask, &deferred,
                                              storage::PageCheck::Deferred);
    if (!project) {
        QCOMPARE(deferred.error, storage::FileError::Damaged);
        return;
    }
    QString error;
    const auto data = storage::EngineLoader(project->database(), 2).load(&error);
    QVERIFY2(!data, "a damaged project was loaded");
    QVERIFY(!error.isEmpty());
}

void EngineLoaderTest::beyondEngineLimitsRefusedByName()
{
    test::TestDatabase database;
    QVERIFY2(database.isOk(), qPrintable(database.error()));
    io::DemoOptions options;
    options.people = 50;
    options.endDate = QDate(2025, 12, 31);
    QString error;
    QVERIFY2(io::DemoCommunity(database.db(), m_clock).generate(options, nullptr, &error), qPrintable(error));
    QVERIFY2(storage::EngineLoader(database.db(), 2).load(&error), qPrintable(error));

    // 300 distinct channels: past the engine's 255.
    storage::ActivityStore activities(database.db());
    const std::int32_t attended = *activities.findTypeKey(QStringLiteral("attended"));
    QSqlQuery q(database.db());
    QVERIFY(q.exec(QStringLiteral("SELECT key FROM people WHERE merged_into IS NULL LIMIT 1")) && q.next());
    const std::int64_t person = q.value(0).toLongLong();
    storage::ActivityColumns added;
    for (std::int64_t channel = 1; channel <= 300; ++channel) {
        added.person.push_back(person);
        added.type.push_back(attended);
        added.at.push_back(1'760'000'000 + channel * 60);
        added.campaign.push_back(0);
        added.channel.push_back(10'000 + channel);
        added.content.push_back(0);
        added.value.push_back(0);
    }
    QVERIFY(activities.append(added));
    error.clear();
    QVERIFY(!storage::EngineLoader(database.db(), 2).load(&error));
    QVERIFY2(error.contains(QLatin1String("at most 255 channels")), qPrintable(error));
}

QTEST_GUILESS_MAIN(EngineLoaderTest)
#include "tst_engineloader.moc"
