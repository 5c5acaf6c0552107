// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// EngineLoader::update: loaded figures brought up to date with the rows an edit wrote (what a
// team workspace does when another editor's changes arrive) hold exactly what a fresh load
// of the project gives, edit after edit, without loading it again.
#include "core/storage/EngineLoader.h"

#include "core/io/DemoCommunity.h"
#include "core/model/IdentityMerge.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/RecordedEdit.h"
#include "tests/support/FixedClock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

using namespace rapport;
using storage::EngineChanges;
using storage::EngineData;
using storage::StoreResult;

// A failed check inside editAndCompare ends the test function too.
#define EDIT_AND_COMPARE(...)                                                                                          \
    do {                                                                                                               \
        editAndCompare(__VA_ARGS__);                                                                                   \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {

std::vector<std::pair<std::string, std::string>> attributesOf(const engine::PersonRecord& p)
{
    std::vector<std::pair<std::string, std::string>> result;
    for (const auto& attribute : p.attributes)
        if (!attribute.second.empty())
            result.push_back(attribute);
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<engine::ActivityRecord> sortedActivities(const engine::Store& store, std::int64_t key)
{
    std::vector<engine::ActivityRecord> result = store.activitiesOf(key);
    std::sort(result.begin(), result.end(), [](const engine::ActivityRecord& a, const engine::ActivityRecord& b) {
        return std::tie(a.person, a.type, a.at, a.campaign, a.channel, a.content, a.value)
               < std::tie(b.person, b.type, b.at, b.campaign, b.channel, b.content, b.value);
    });
    return result;
}

/** "" when updated holds what fresh holds, else the first difference. */
QString difference(const EngineData& updated, const EngineData& fresh)
{
    const engine::Store& a = updated.store;
    const engine::Store& b = fresh.store;
    if (a.personCount() != b.personCount())
        return QStringLiteral("people: %1 updated, %2 loaded").arg(a.personCount()).arg(b.personCount());
    if (a.activityCount() != b.activityCount())
        return QStringLiteral("activities: %1 updated, %2 loaded").arg(a.activityCount()).arg(b.activityCount());
    for (std::uint32_t row = 0; row < b.rowCount(); ++row) {
        const std::int64_t key = b.key(row);
        if (!(b.flags(row) & engine::Store::kPresent))
            continue;
        const auto other = a.rowOf(key);
        if (!other)
            return QStringLiteral("person %1 is missing").arg(key);
        const engine::PersonRecord p = a.person(*other);
        const engine::PersonRecord q = b.person(row);
        std::vector<std::string> pTags = p.tags, qTags = q.tags;
        std::sort(pTags.begin(), pTags.end());
        std::sort(qTags.begin(), qTags.end());
        if (attributesOf(p) != attributesOf(q) || pTags != qTags || p.internal != q.internal
            || p.joinDay != q.joinDay)
            return QStringLiteral("person %1 differs").arg(key);
        if (a.isCounted(*other) != b.isCounted(row) || a.survivorOf(key) != b.survivorOf(key))
            return QStringLiteral("person %1: merged differently").arg(key);
        if (sortedActivities(a, key) != sortedActivities(b, key))
            return QStringLiteral("person %1: other activities").arg(key);
    }
    for (std::uint32_t row = 0; row < a.rowCount(); ++row)
        if ((a.flags(row) & engine::Store::kPresent) && !b.rowOf(a.key(row)))
            return QStringLiteral("person %1 should be gone").arg(a.key(row));
    for (std::uint32_t code = 0; code < b.campaigns().size(); ++code) {
        const std::int64_t key = b.campaigns().key(code);
        if (a.campaigns().name(key) != b.campaigns().name(key))
            return QStringLiteral("campaign %1 is named %2, not %3")
                .arg(key)
                .arg(QString::fromStdString(a.campaigns().name(key)), QString::fromStdString(b.campaigns().name(key)));
    }
    if (updated.responses.size() != fresh.responses.size())
        return QStringLiteral("responses: %1 updated, %2 loaded").arg(updated.responses.size()).arg(fresh.responses.size());
    for (std::size_t i = 0; i < fresh.responses.size(); ++i) {
        const engine::SurveyResponseRecord r = fresh.responses.response(i);
        if (updated.responses.find(r.key) != r)
            return QStringLiteral("response %1 differs").arg(r.key);
    }
    return {};
}

} // namespace

class TestEngineUpdate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editAfterEditEqualsAFreshLoad();
    void onlyTheTablesTheEngineReadsCount();
    void rewrittenSegmentsNeedAWholeLoad();
    void aChangeTakenBackNeedsAWholeLoad();

private:
    /** Runs edit as one recorded edit, then updates m_data with the rows it wrote and checks
     *  the result against a fresh load. */
    void editAndCompare(const char* what, const std::function<StoreResult()>& edit);
    EngineData freshLoad();
    EngineChanges record(const std::function<StoreResult()>& edit);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::FixedClock m_clock;
    std::unique_ptr<storage::ProjectFile> m_file;
    std::unique_ptr<storage::ProjectRepository> m_repo;
    std::optional<EngineData> m_data;
};

void TestEngineUpdate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    storage::ProjectEnvironment env;
    env.recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    env.userName = QStringLiteral("me");
    env.clock = &m_clock;
    storage::FileResult result;
    m_file = storage::ProjectFile::create(m_dir->filePath(QStringLiteral("update.rapport")), env, &result);
    QVERIFY2(m_file, qPrintable(result.message));
    io::DemoOptions options;
    options.people = 300;
    options.endDate = QDate(2025, 12, 31);
    QString error;
    QVERIFY2(io::DemoCommunity(m_file->database(), m_clock).generate(options, nullptr, &error), qPrintable(error));
    m_repo = std::make_unique<storage::ProjectRepository>(m_file->database(), m_clock);
    m_data = freshLoad();
    QVERIFY(m_data->store.personCount() >= 300);
}

void TestEngineUpdate::cleanup()
{
    m_data.reset();
    m_repo.reset();
    m_file.reset();
    m_dir.reset();
}

EngineData TestEngineUpdate::freshLoad()
{
    QString error;
    std::optional<EngineData> data = storage::EngineLoader(m_file->database(), 1).load(&error);
    if (!data)
        qFatal("cannot load: %s", qPrintable(error));
    return std::move(*data);
}

EngineChanges TestEngineUpdate::record(const std::function<StoreResult()>& edit)
{
    storage::RecordedEdit recorded;
    const StoreResult r = storage::RecordedEdit::record(*m_file, edit, &recorded);
    if (!r)
        qFatal("edit failed: %s", qPrintable(r.message));
    EngineChanges changes;
    QString error;
    if (!changes.addChangeset(m_file->database(), recorded.forwardChanges(), &error))
        qFatal("%s", qPrintable(error));
    return changes;
}

void TestEngineUpdate::editAndCompare(const char* what, const std::function<StoreResult()>& edit)
{
    const EngineChanges changes = record(edit);
    QVERIFY2(!changes.isEmpty(), what);
    QVERIFY2(!changes.reload, what);
    const std::uint64_t snapshot = m_data->store.snapshotId();
    QString error;
    QVERIFY2(storage::EngineLoader(m_file->database()).update(*m_data, changes, &error),
             qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), error)));
    if (!changes.people.empty() || !changes.activityChanges.empty())
        QVERIFY2(m_data->store.snapshotId() != snapshot, what); // caches keyed by it start again
    const QString diff = difference(*m_data, freshLoad());
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), diff)));
}

void TestEngineUpdate::editAfterEditEqualsAFreshLoad()
{
    storage::PeopleRepository& people = m_repo->people();
    QList<model::Person> everyone = people.list();
    QVERIFY(everyone.size() > 10);
    model::Person ana = everyone[3];
    const storage::RowKey anaKey = people.keyOf(ana.meta.id);
    const storage::RowKey boKey = people.keyOf(everyone[4].meta.id);

    // The engine held different figures before each edit: the check is not vacuous.
    const EngineData before = freshLoad();

    EDIT_AND_COMPARE("attributes and tags", [&] {
        ana.company = QStringLiteral("Bluebird Labs");
        ana.country = QStringLiteral("NZ");
        ana.tags = {QStringLiteral("speaker"), QStringLiteral("rust")};
        ana.internal = true;
        ana.joined = QDate(2024, 2, 29);
        return people.update(ana);
    });
    QVERIFY(!difference(*m_data, before).isEmpty());

    model::Person newcomer;
    newcomer.displayName = QStringLiteral("Newcomer Nika");
    newcomer.country = QStringLiteral("GE");
    newcomer.tags = {QStringLiteral("first-timer")};
    EDIT_AND_COMPARE("a new person", [&] { return people.create(newcomer); });
    const storage::RowKey nikaKey = people.keyOf(newcomer.meta.id);

    storage::ActivityStore& activities = m_repo->activities();
    const std::int32_t attended = activities.typeKey(QStringLiteral("attended"));
    storage::ActivityColumns added;
    added.push_back({nikaKey, attended, 1750000000, 0, 0, 0, 1});
    added.push_back({nikaKey, attended, 1750600000, 0, 0, 0, 1});
    added.push_back({anaKey, attended, 1750000000, 0, 0, 0, 2.5});
    EDIT_AND_COMPARE("activities added", [&] { return activities.append(added); });

    // Activities stored in segments, removed: the store takes out exactly those.
    storage::ActivityColumns bos;
    QVERIFY(activities.activitiesOf({boKey}, &bos));
    QVERIFY(bos.size() >= 1);
    storage::ActivityColumns removed;
    removed.push_back(bos.row(0));
    EDIT_AND_COMPARE("a stored activity removed", [&] { return activities.remove(removed); });

    // A merge moves the absorbed person's activities to the survivor; unmerging moves them back.
    model::PersonMerge merge;
    QString error;
    QVERIFY2(model::PersonMerge::merge(*people.get(newcomer.meta.id), *people.get(ana.meta.id), m_clock, &merge,
                                       &error),
             qPrintable(error));
    EDIT_AND_COMPARE("a merge", [&] { return people.mergePeople(merge); });
    QCOMPARE(m_data->store.survivorOf(anaKey), std::optional<std::int64_t>(nikaKey));
    EDIT_AND_COMPARE("an unmerge", [&] { return people.unmergePeople(merge); });
    QCOMPARE(m_data->store.survivorOf(anaKey), std::nullopt);

    model::Campaign campaign = m_repo->campaigns().list().constFirst();
    EDIT_AND_COMPARE("a campaign renamed", [&] {
        campaign.name = QStringLiteral("Renamed while you looked");
        return m_repo->campaigns().update(campaign);
    });

    model::Survey survey;
    for (const model::Survey& s : m_repo->surveys().list())
        for (const model::Question& question : s.questions)
            if (question.kind == model::QuestionKind::Nps && survey.name.isEmpty())
                survey = s;
    QVERIFY(!survey.name.isEmpty());
    model::SurveyResponse response;
    response.survey = survey.meta.id;
    response.person = newcomer.meta.id;
    response.submittedAt = QDateTime(QDate(2025, 6, 20), QTime(10, 0), QTimeZone::utc());
    for (const model::Question& question : survey.questions)
        if (question.kind == model::QuestionKind::Nps)
            response.answers << model::Answer{question.id, 10, {}, {}};
    EDIT_AND_COMPARE("a survey answered", [&] { return m_repo->surveys().create(response); });

    EDIT_AND_COMPARE("a person removed", [&] { return people.remove(everyone[7].meta.id); });
}

void TestEngineUpdate::onlyTheTablesTheEngineReadsCount()
{
    model::Person ana = m_repo->people().list()[2];
    EngineChanges notes = record([&] {
        ana.notes = QStringLiteral("Met at the Berlin meetup");
        return m_repo->people().update(ana);
    });
    QCOMPARE(notes.people.size(), std::size_t(1)); // the people row was written
    EngineChanges none;
    none.add(QStringLiteral("goals"), {{QStringLiteral("key"), 3}}, false);
    none.add(QStringLiteral("dashboards"), {{QStringLiteral("key"), 1}}, true);
    QVERIFY(none.isEmpty());
}

void TestEngineUpdate::rewrittenSegmentsNeedAWholeLoad()
{
    storage::ActivityStore& activities = m_repo->activities();
    storage::ActivityColumns added;
    added.push_back({m_data->store.key(0), activities.typeKey(QStringLiteral("attended")), 1750000000, 0, 0, 0, 1});
    EDIT_AND_COMPARE("an activity added", [&] { return activities.append(added); });
    const EngineChanges compacted = record([&] { return activities.compact(); });
    QVERIFY(compacted.reload);
    const std::uint64_t snapshot = m_data->store.snapshotId();
    QString error;
    QVERIFY(!storage::EngineLoader(m_file->database()).update(*m_data, compacted, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_data->store.snapshotId(), snapshot); // left as it was, for the caller to load again
}

void TestEngineUpdate::aChangeTakenBackNeedsAWholeLoad()
{
    storage::ActivityStore& activities = m_repo->activities();
    storage::ActivityColumns added;
    added.push_back({m_data->store.key(1), activities.typeKey(QStringLiteral("attended")), 1750000000, 0, 0, 0, 1});
    EDIT_AND_COMPARE("an activity added", [&] { return activities.append(added); });
    const EngineChanges takenBack = record([&] { return activities.remove(added); });
    QVERIFY(takenBack.reload); // its pending row deleted: which activity is known only to a load
}

QTEST_GUILESS_MAIN(TestEngineUpdate)
#include "tst_engineupdate.moc"
