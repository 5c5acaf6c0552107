// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Survey.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/AudienceRepository.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/SurveyRepository.h"
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/SessionEngine.h"
#include "ui/audiences/AddPeopleDialog.h"
#include "ui/audiences/AudienceController.h"
#include "ui/audiences/AudienceEditor.h"
#include "ui/audiences/AudienceListModel.h"
#include "ui/audiences/AudiencePeopleModel.h"
#include "ui/audiences/AudiencePeoplePanel.h"
#include "ui/audiences/AudiencesArea.h"
#include "ui/audiences/ConditionRow.h"
#include "ui/audiences/RuleEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

using namespace rapport;
using namespace Qt::StringLiterals;
using Kind = model::AudienceCondition::Kind;
using Op = model::AudienceCondition::Op;
using PersonTest = std::function<bool(int n)>;
Q_DECLARE_METATYPE(model::AudienceRule)
Q_DECLARE_METATYPE(PersonTest)

namespace {

constexpr int kPeople = 30;
const QString kCampaignId = QStringLiteral("0190a000-0000-7000-8000-0000000000c1");

// The fixture, person n = 0 … 29 (ProjectFixture's people: role Engineer when n % 3 == 0,
// country DE when n is even, tags speaker and, when n is even, beta; company "Company n%13"):
// - attended n % 4 times, 10, 20, 30 … days ago; the one 10 days ago was at the Berlin
//   meetup when n % 3 == 0; and once 200 days ago when n % 5 == 0;
// - answered NPS 10 when n % 6 == 0, 3 when n % 6 == 1, 8 when n % 6 == 2.
int attendedWithin(int n, int days)
{
    int count = 0;
    for (int k = 0; k < n % 4; ++k)
        count += days == 0 || 10 * (k + 1) <= days;
    if (n % 5 == 0 && (days == 0 || days >= 200))
        ++count;
    return count;
}
bool atMeetup(int n)
{
    return n % 4 >= 1 && n % 3 == 0;
}

model::AudienceCondition attribute(const QString& field, Op op, const QString& value)
{
    model::AudienceCondition c;
    c.kind = Kind::Attribute;
    c.field = field;
    c.op = op;
    c.value = value;
    return c;
}

model::AudienceCondition attended(Op op, int count, int days, const QString& campaign = {})
{
    model::AudienceCondition c;
    c.kind = Kind::Behaviour;
    c.activityType = QStringLiteral("attended");
    c.op = op;
    c.minCount = count;
    c.withinDays = days;
    c.campaign = model::Uuid::fromString(campaign);
    return c;
}

model::AudienceCondition scored(Kind kind, Op op, const QString& value)
{
    model::AudienceCondition c;
    c.kind = kind;
    c.op = op;
    c.value = value;
    return c;
}

model::AudienceRule rule(model::AudienceRule::Match match,
                         QList<model::AudienceCondition> conditions)
{
    model::AudienceRule r;
    r.match = match;
    r.conditions = std::move(conditions);
    return r;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/** Moves a combo box to the item holding data with the arrow keys, as a user would. */
void choose(QComboBox* combo, const QVariant& data)
{
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data.toString()));
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

} // namespace

class TestAudiencesArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void liveCountFollowsTheRuleBuiltByClicking();
    void liveCountEqualsEngineAndHandCount_data();
    void liveCountEqualsEngineAndHandCount();
    void savedRuleIsInTheFileAndUndoRemovesIt();
    void incompleteRuleIsShownNotSaved();
    void renameDuplicateDeleteAreUndoable();
    void deleteAndUndoKeepCampaignTargets();
    void staticListAddsAndRemovesPeople();
    void showInPeopleSendsTheKeys();
    void readOnlyProjectCannotBeEdited();
    void modelsPassTheTester();

private:
    void makeFixture();
    void openArea(storage::OpenMode mode = storage::OpenMode::ReadWrite);
    void waitForEngine();
    model::Uuid newRuleAudience();
    QSqlDatabase db() const { return m_session->file().database(); }
    qint64 personKey(int n) const;
    /** The count of rule on the engine's data, as the CLI and dashboards compute it. */
    qint64 engineCount(const QString& audienceName) const;
    QList<int> peopleWhere(const PersonTest& test) const;

    test::UiTestFolder m_fixtureFolder; // the fixture, made once; each test works on a copy
    QString m_fixture;
    std::unique_ptr<test::UiTestFolder> m_folder;
    QString m_path;
    std::unique_ptr<ui::ProjectSession> m_session;
    std::unique_ptr<ui::SessionEngine> m_engine;
    std::unique_ptr<ui::AudiencesArea> m_area;
};

void TestAudiencesArea::initTestCase()
{
    m_fixture = m_fixtureFolder.path(QStringLiteral("audiences.rapport"));
    makeFixture();
}

void TestAudiencesArea::init()
{
    m_folder = std::make_unique<test::UiTestFolder>();
    m_path = m_folder->path(QStringLiteral("audiences.rapport"));
    QVERIFY(QFile::copy(m_fixture, m_path));
}

void TestAudiencesArea::cleanup()
{
    m_area.reset();
    m_engine.reset();
    m_session.reset();
    m_folder.reset();
}

void TestAudiencesArea::makeFixture()
{
    storage::FileResult result;
    auto file = storage::ProjectFile::create(m_fixture, m_fixtureFolder.environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    test::addPeople(*file, 0, kPeople);
    storage::Transaction transaction = file->transaction();
    const QSqlDatabase db = file->database();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (id, created_at, updated_at, kind, name, "
                                  "status) VALUES ('%1', 0, 0, 'meetup', 'Berlin meetup', 'done')")
                       .arg(kCampaignId)));
    const qint64 meetup = q.lastInsertId().toLongLong();
    storage::ActivityStore activities(db);
    const std::int32_t attendedType = activities.typeKey(QStringLiteral("attended"));
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    constexpr std::int64_t day = 86400;
    storage::ActivityColumns rows;
    std::vector<std::pair<int, int>> scores; // n, NPS
    for (int n = 0; n < kPeople; ++n) {
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM people WHERE display_name = '%1'")
                           .arg(test::personName(n))) &&
                q.next());
        const std::int64_t person = q.value(0).toLongLong();
        for (int k = 0; k < n % 4; ++k)
            rows.push_back({person, attendedType, now - 10 * (k + 1) * day,
                            k == 0 && n % 3 == 0 ? meetup : 0, 0, 0, 0});
        if (n % 5 == 0)
            rows.push_back({person, attendedType, now - 200 * day, 0, 0, 0, 0});
    }
    QVERIFY(activities.append(rows));

    const model::SystemClock clock;
    storage::SurveyRepository surveys(db, clock);
    model::Survey survey;
    survey.name = QStringLiteral("After the meetup");
    const model::Uuid question = model::Uuid::createV7(clock);
    survey.questions = {
        {question, model::QuestionKind::Nps, QStringLiteral("Recommend us?"), {}, 5, true}};
    QVERIFY(surveys.create(survey));
    for (int n = 0; n < kPeople; ++n) {
        if (n % 6 > 2)
            continue;
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM people WHERE display_name = '%1'")
                           .arg(test::personName(n))) &&
                q.next());
        model::SurveyResponse response;
        response.survey = survey.meta.id;
        response.person = model::Uuid::fromString(q.value(0).toString());
        response.submittedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        response.answers = {{question, n % 6 == 0 ? 10 : n % 6 == 1 ? 3 : 8, {}, {}}};
        const storage::StoreResult stored = surveys.create(response);
        QVERIFY2(stored, qPrintable(stored.message));
    }
    q.finish(); // saving needs every statement done
    QString error;
    QVERIFY2(transaction.commit(&error), qPrintable(error));
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
}

void TestAudiencesArea::openArea(storage::OpenMode mode)
{
    storage::FileResult result;
    auto file = storage::ProjectFile::open(m_path, m_folder->environment(), mode,
                                           storage::RecoveryChoice::Ask, &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    m_engine = std::make_unique<ui::SessionEngine>();
    m_engine->setReloadDelay(10);
    m_engine->setThreads(1);
    m_area = std::make_unique<ui::AudiencesArea>(m_engine.get());
    m_area->editor()->setCountDelay(0);
    m_area->resize(1200, 800);
    m_area->show();
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
    m_engine->setSession(m_session.get());
    m_area->setSession(m_session.get());
    waitForEngine();
}

void TestAudiencesArea::waitForEngine()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isCurrent(), 5000);
}

model::Uuid TestAudiencesArea::newRuleAudience()
{
    m_area->newRuleAction()->trigger();
    return m_area->currentAudience();
}

qint64 TestAudiencesArea::personKey(int n) const
{
    return scalar(db(), QStringLiteral("SELECT key FROM people WHERE display_name = '%1'")
                            .arg(test::personName(n)));
}

qint64 TestAudiencesArea::engineCount(const QString& audienceName) const
{
    const ui::SessionEngine::Data data = m_engine->data();
    if (!data)
        return -1;
    QString error;
    const auto filter = storage::EngineLoader(db()).audienceFilter(audienceName, data->store,
                                                                   &error, &data->responses);
    if (!filter) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    return qint64(filter->compile(data->store).count());
}

QList<int> TestAudiencesArea::peopleWhere(const PersonTest& test) const
{
    QList<int> people;
    for (int n = 0; n < kPeople; ++n) {
        if (test(n))
            people << n;
    }
    return people;
}

// A user builds "country is DE, and attended at least 2 times in the last 90 days" with
// the keyboard and mouse; the count follows each change.
void TestAudiencesArea::liveCountFollowsTheRuleBuiltByClicking()
{
    openArea();
    ui::AudienceEditor* editor = m_area->editor();
    m_area->listView()->setFocus();
    QTest::keyClick(m_area->listView(), Qt::Key_Insert);
    QTRY_VERIFY(!m_area->currentAudience().isNull());
    QVERIFY(editor->nameEdit()->hasFocus());
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Berlin regulars"));
    QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
    QCOMPARE(scalar(db(), QStringLiteral(
                              "SELECT COUNT(*) FROM audiences WHERE name = 'Berlin regulars'")),
             1);

    ui::RuleEditor* rules = editor->ruleEditor();
    QCOMPARE(rules->rows().size(), 1);
    ui::ConditionRow* first = rules->rows().front();
    choose(first->kindCombo(), int(Kind::Attribute));
    QVERIFY(first->valueEdit()->isVisible());
    choose(first->fieldCombo(), QStringLiteral("country"));
    QTest::keyClicks(first->valueEdit(), QStringLiteral("DE"));
    QTest::keyClick(first->valueEdit(), Qt::Key_Return);
    const qsizetype germany = peopleWhere([](int n) { return n % 2 == 0; }).size();
    QTRY_COMPARE(editor->liveCount(), germany);
    QCOMPARE(editor->countLabel()->text(), QStringLiteral("%1 people").arg(germany));

    QTest::mouseClick(rules->addButton(), Qt::LeftButton, {},
                      QPoint(8, rules->addButton()->height() / 2));
    QCOMPARE(rules->rows().size(), 2);
    ui::ConditionRow* second = rules->rows().back();
    choose(second->kindCombo(), int(Kind::Behaviour)); // attended at least 2 in the last 90 days
    QCOMPARE(second->countSpin()->value(), 2);
    QCOMPARE(second->daysSpin()->value(), 90);
    const auto both = [](int n) { return n % 2 == 0 && attendedWithin(n, 90) >= 2; };
    QTRY_COMPARE(editor->liveCount(), peopleWhere(both).size());

    choose(rules->matchCombo(), int(model::AudienceRule::Match::Any));
    const auto either = [](int n) { return n % 2 == 0 || attendedWithin(n, 90) >= 2; };
    QTRY_COMPARE(editor->liveCount(), peopleWhere(either).size());

    second->countSpin()->setFocus();
    second->countSpin()->selectAll();
    QTest::keyClicks(second->countSpin(), QStringLiteral("1"));
    QTest::keyClick(second->countSpin(), Qt::Key_Return);
    const auto once = [](int n) { return n % 2 == 0 || attendedWithin(n, 90) >= 1; };
    QTRY_COMPARE(editor->liveCount(), peopleWhere(once).size());
    QVERIFY(peopleWhere(once).size() != peopleWhere(either).size());

    // The file holds what the editor shows, and the engine counts it the same way.
    const model::SystemClock clock;
    storage::AudienceRepository audiences(db(), clock);
    const auto stored = audiences.get(m_area->currentAudience());
    QVERIFY(stored);
    QCOMPARE(stored->rule, rules->rule());
    QCOMPARE(stored->rule.match, model::AudienceRule::Match::Any);
    QCOMPARE(stored->rule.conditions.size(), 2);
    QCOMPARE(stored->rule.conditions[1].minCount, 1);
    QCOMPARE(engineCount(QStringLiteral("Berlin regulars")), editor->liveCount());
    // The list shows the saved rule's count too.
    const int row = m_area->listModel()->rowOf(m_area->currentAudience());
    QTRY_COMPARE(m_area->listModel()->count(m_area->currentAudience()), editor->liveCount());
    QCOMPARE(m_area->listModel()->index(row, ui::AudienceListModel::People).data().toString(),
             QString::number(editor->liveCount()));

    // Undo walks it all back, to no audience at all.
    QUndoStack* undo = m_session->undoStack();
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM audiences")), 0);
    QVERIFY(m_area->currentAudience().isNull());
}

void TestAudiencesArea::liveCountEqualsEngineAndHandCount_data()
{
    using Match = model::AudienceRule::Match;
    QTest::addColumn<model::AudienceRule>("rule");
    QTest::addColumn<PersonTest>("expected"); // nullptr: the engine's count only
    const auto all = Match::All;
    QTest::newRow("country is") << rule(all, {attribute(u"country"_s, Op::Equals, u"DE"_s)})
                                << PersonTest([](int n) { return n % 2 == 0; });
    QTest::newRow("country is not") << rule(all, {attribute(u"country"_s, Op::NotEquals, u"DE"_s)})
                                    << PersonTest([](int n) { return n % 2 == 1; });
    QTest::newRow("role any of") << rule(all, {attribute(u"role"_s, Op::In, u"Engineer; Nobody"_s)})
                                 << PersonTest([](int n) { return n % 3 == 0; });
    QTest::newRow("company contains")
        << rule(all, {attribute(u"company"_s, Op::Contains, u"any 1"_s)})
        << PersonTest([](int n) { return n % 13 == 1 || n % 13 >= 10; });
    QTest::newRow("has tag") << rule(all, {attribute(u"tag"_s, Op::Equals, u"beta"_s)})
                             << PersonTest([](int n) { return n % 2 == 0; });
    QTest::newRow("attended at least 2 in 90 days")
        << rule(all, {attended(Op::AtLeast, 2, 90)})
        << PersonTest([](int n) { return attendedWithin(n, 90) >= 2; });
    QTest::newRow("attended at most 1 in 90 days")
        << rule(all, {attended(Op::AtMost, 1, 90)})
        << PersonTest([](int n) { return attendedWithin(n, 90) <= 1; });
    QTest::newRow("attended ever, at least 3")
        << rule(all, {attended(Op::AtLeast, 3, 0)})
        << PersonTest([](int n) { return attendedWithin(n, 0) >= 3; });
    QTest::newRow("attended the meetup")
        << rule(all, {attended(Op::AtLeast, 1, 0, kCampaignId)}) << PersonTest(atMeetup);
    QTest::newRow("promoters") << rule(all, {scored(Kind::NpsCategory, Op::Equals, u"promoter"_s)})
                               << PersonTest([](int n) { return n % 6 == 0; });
    QTest::newRow("answered, not a detractor")
        << rule(all, {scored(Kind::NpsCategory, Op::NotEquals, u"detractor"_s)})
        << PersonTest([](int n) { return n % 6 == 0 || n % 6 == 2; });
    QTest::newRow("all: in DE and attended twice")
        << rule(all, {attribute(u"country"_s, Op::Equals, u"DE"_s), attended(Op::AtLeast, 2, 90)})
        << PersonTest([](int n) { return n % 2 == 0 && attendedWithin(n, 90) >= 2; });
    QTest::newRow("any: promoter or engineer")
        << rule(Match::Any, {scored(Kind::NpsCategory, Op::Equals, u"promoter"_s),
                             attribute(u"role"_s, Op::Equals, u"Engineer"_s)})
        << PersonTest([](int n) { return n % 6 == 0 || n % 3 == 0; });
    QTest::newRow("level at least participant")
        << rule(all, {scored(Kind::Level, Op::AtLeast, u"Participant"_s)}) << PersonTest();
}

// The live count equals the engine's count of the saved rule and a count by hand.
void TestAudiencesArea::liveCountEqualsEngineAndHandCount()
{
    QFETCH(model::AudienceRule, rule);
    QFETCH(PersonTest, expected);
    openArea();
    const model::Uuid id = newRuleAudience();
    QVERIFY(!id.isNull());
    QString error;
    QVERIFY2(m_area->controller()->setRule(id, rule, u"Change the rule of “%1”"_s, {}, &error),
             qPrintable(error));
    QCOMPARE(m_area->editor()->ruleEditor()->rule(), rule);
    waitForEngine();
    const QString name = m_area->controller()->audience(id)->name;
    const qint64 engine = engineCount(name);
    QVERIFY(engine >= 0);
    QTRY_COMPARE(m_area->editor()->liveCount(), engine);
    if (expected) {
        const QList<int> people = peopleWhere(expected);
        QCOMPARE(engine, qint64(people.size()));
        QList<qint64> keys;
        for (const int n : people)
            keys << personKey(n);
        std::sort(keys.begin(), keys.end());
        QCOMPARE(m_area->editor()->liveKeys(), keys);
        QVERIFY(!people.isEmpty() && people.size() < kPeople);
    }
    QCOMPARE(m_area->editor()->peoplePanel()->model()->rowCount(), int(engine));
}

// The brief's own words: a saved rule is stored in the file, and undo removes it.
void TestAudiencesArea::savedRuleIsInTheFileAndUndoRemovesIt()
{
    openArea();
    QVERIFY(!m_session->isModified());
    const model::Uuid id = newRuleAudience();
    QVERIFY(m_session->isModified());
    QCOMPARE(
        scalar(db(),
               QStringLiteral("SELECT COUNT(*) FROM audiences WHERE id = '%1'").arg(id.toString())),
        1);
    ui::ConditionRow* row = m_area->editor()->ruleEditor()->rows().front();
    choose(row->opCombo(), int(Op::AtMost)); // level at most Participant
    QSqlQuery q(db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT rule FROM audiences WHERE id = '%1'").arg(id.toString())) &&
        q.next());
    QVERIFY2(q.value(0).toString().contains(QStringLiteral("\"op\":\"at_most\"")),
             qPrintable(q.value(0).toString()));

    m_session->undoStack()->undo();
    QVERIFY(
        q.exec(QStringLiteral("SELECT rule FROM audiences WHERE id = '%1'").arg(id.toString())) &&
        q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("\"op\":\"at_least\"")));
    row = m_area->editor()->ruleEditor()->rows().front(); // shown again from the file
    QCOMPARE(row->opCombo()->currentData().toInt(), int(Op::AtLeast));
    m_session->undoStack()->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM audiences")), 0);
    QVERIFY(m_session->undoStack()->isClean());
    QCOMPARE(m_area->listModel()->rowCount(), 0);

    m_session->undoStack()->redo();
    m_session->undoStack()->redo();
    QVERIFY(
        q.exec(QStringLiteral("SELECT rule FROM audiences WHERE id = '%1'").arg(id.toString())) &&
        q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("\"op\":\"at_most\"")));
    QCOMPARE(m_area->currentAudience().isNull(), false);
}

// A condition without its value says what is wrong and is not saved until it is complete.
void TestAudiencesArea::incompleteRuleIsShownNotSaved()
{
    openArea();
    const model::Uuid id = newRuleAudience();
    ui::RuleEditor* rules = m_area->editor()->ruleEditor();
    const model::AudienceRule before = rules->rule();
    const int steps = m_session->undoStack()->count();
    QTest::mouseClick(rules->addButton(), Qt::LeftButton, {},
                      QPoint(8, rules->addButton()->height() / 2));
    QCOMPARE(rules->rows().size(), 2);
    QVERIFY(rules->problemLabel()->isVisible());
    QVERIFY2(rules->problemLabel()->text().contains(QStringLiteral("Condition 2")),
             qPrintable(rules->problemLabel()->text()));
    QTRY_COMPARE(m_area->editor()->countLabel()->text(), QStringLiteral("—"));
    QCOMPARE(m_session->undoStack()->count(), steps);
    QCOMPARE(m_area->controller()->audience(id)->rule, before);

    QLineEdit* value = rules->rows().back()->valueEdit();
    QTest::keyClicks(value, QStringLiteral("CN"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(!rules->problemLabel()->isVisible());
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    QCOMPARE(m_area->controller()->audience(id)->rule.conditions.size(), 2);
    QCOMPARE(m_area->controller()->audience(id)->rule.conditions[1].value, QStringLiteral("CN"));
}

void TestAudiencesArea::renameDuplicateDeleteAreUndoable()
{
    openArea();
    const model::Uuid id = newRuleAudience();
    ui::AudienceEditor* editor = m_area->editor();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Speakers"));
    QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
    QCOMPARE(m_area->controller()->audience(id)->name, QStringLiteral("Speakers"));

    // Duplicate (Ctrl+D): a copy with its own name, selected, with the same rule.
    m_area->listView()->setFocus();
    QTest::keyClick(m_area->listView(), Qt::Key_D, Qt::ControlModifier);
    const model::Uuid copy = m_area->currentAudience();
    QVERIFY(copy != id);
    QCOMPARE(m_area->controller()->audience(copy)->name, QStringLiteral("Speakers (copy)"));
    QCOMPARE(m_area->controller()->audience(copy)->rule, m_area->controller()->audience(id)->rule);

    // A name already taken is refused with a message, and nothing changes.
    editor->editName();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("speakers"));
    QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
    QVERIFY(editor->problemLabel()->isVisible());
    QVERIFY2(editor->problemLabel()->text().contains(QStringLiteral("Speakers")),
             qPrintable(editor->problemLabel()->text()));
    QCOMPARE(m_area->controller()->audience(copy)->name, QStringLiteral("Speakers (copy)"));
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("speakers")); // kept to correct

    // Rename with F2.
    m_area->listView()->setFocus();
    QTest::keyClick(m_area->listView(), Qt::Key_F2);
    QVERIFY(editor->nameEdit()->hasFocus());
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Speaker alumni"));
    QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
    QVERIFY(!editor->problemLabel()->isVisible());
    QCOMPARE(m_area->controller()->audience(copy)->name, QStringLiteral("Speaker alumni"));

    // Delete (Del in the list), then undo brings the same audience back.
    m_area->listView()->setFocus();
    QTest::keyClick(m_area->listView(), Qt::Key_Delete);
    QVERIFY(!m_area->controller()->audience(copy));
    QCOMPARE(m_area->listModel()->rowCount(), 1);
    QCOMPARE(m_area->currentAudience(), id);
    m_session->undoStack()->undo();
    QCOMPARE(m_area->controller()->audience(copy)->name, QStringLiteral("Speaker alumni"));
    m_session->undoStack()->undo();
    QCOMPARE(m_area->controller()->audience(copy)->name, QStringLiteral("Speakers (copy)"));
    m_session->undoStack()->undo();
    QVERIFY(!m_area->controller()->audience(copy));
    m_session->undoStack()->undo();
    QCOMPARE(m_area->controller()->audience(id)->name, u"New audience"_s);
}

void TestAudiencesArea::deleteAndUndoKeepCampaignTargets()
{
    openArea();
    const model::Uuid id = newRuleAudience();
    QSqlQuery q(db());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO campaign_audiences SELECT c.key, a.key FROM campaigns c, "
                       "audiences a WHERE a.id = '%1'")
            .arg(id.toString())));
    const auto stored = m_area->controller()->audience(id);
    QSignalSpy status(m_area.get(), &ui::Area::statusMessage);
    m_area->listView()->setFocus();
    m_area->deleteAction()->trigger();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM campaign_audiences")), 0);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().at(0).toString().contains(QStringLiteral("1 campaign")),
             qPrintable(status.last().at(0).toString()));
    QCOMPARE(m_area->listModel()->rowCount(), 0);

    m_session->undoStack()->undo();
    const auto restored = m_area->controller()->audience(id);
    QVERIFY(restored);
    QCOMPARE(restored->name, stored->name);
    QCOMPARE(restored->rule, stored->rule);
    QCOMPARE(restored->meta.createdAt, stored->meta.createdAt);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT COUNT(*) FROM campaign_audiences c JOIN audiences a ON "
                                    "a.key = c.audience_key WHERE a.id = '%1'")
                         .arg(id.toString())),
        1);
}

void TestAudiencesArea::staticListAddsAndRemovesPeople()
{
    openArea();
    m_area->newListAction()->trigger();
    const model::Uuid id = m_area->currentAudience();
    ui::AudienceEditor* editor = m_area->editor();
    QCOMPARE(editor->liveCount(), 0);
    QVERIFY(!editor->ruleEditor()->isVisible());
    ui::AudiencePeoplePanel* panel = editor->peoplePanel();
    QVERIFY(panel->addAction()->isEnabled());

    // Add people: find "bo" in the dialog, take everyone found.
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ui::AddPeopleDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("bo"));
        dialog->search();
        dialog->tableView()->selectAll();
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    panel->tableView()->setFocus();
    QTest::keyClick(panel->tableView(), Qt::Key_Insert);
    QVERIFY(dialogSeen);
    const QList<int> bos = peopleWhere([](int n) { return n % 7 == 1; }); // "Bo ###"
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM audience_members")), bos.size());
    QCOMPARE(editor->liveCount(), bos.size());
    QCOMPARE(panel->model()->rowCount(), int(bos.size()));
    QCOMPARE(editor->countLabel()->text(), QStringLiteral("%1 people").arg(bos.size()));
    QCOMPARE(m_area->listModel()->count(id), bos.size());

    // Remove two with Del.
    m_area->activateWindow(); // again, after the dialog
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
    panel->tableView()->setFocus();
    panel->tableView()->selectRow(0);
    panel->tableView()->selectionModel()->select(panel->tableView()->model()->index(1, 0),
                                                 QItemSelectionModel::Select |
                                                     QItemSelectionModel::Rows);
    const QList<qint64> removed = panel->selectedKeys();
    QCOMPARE(removed.size(), 2);
    QTest::keyClick(panel->tableView(), Qt::Key_Delete);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM audience_members")), bos.size() - 2);
    QCOMPARE(panel->model()->rowCount(), int(bos.size() - 2));
    for (const qint64 key : removed)
        QVERIFY(!m_area->controller()->memberKeys(id).contains(key));

    // Copy puts the rows on the clipboard as TSV.
    panel->tableView()->selectAll();
    QTest::keyClick(panel->tableView(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), bos.size() - 2 + 1);
    QVERIFY(lines.front().startsWith(QStringLiteral("Name\tEmail")));

    m_session->undoStack()->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM audience_members")), bos.size());
    QCOMPARE(panel->model()->rowCount(), int(bos.size()));
}

void TestAudiencesArea::showInPeopleSendsTheKeys()
{
    openArea();
    QSignalSpy shown(m_area.get(), &ui::AudiencesArea::showPeopleRequested);
    const model::Uuid id = newRuleAudience();
    QString error;
    QVERIFY(m_area->controller()->setRule(
        id, rule(model::AudienceRule::Match::All, {attribute(u"country"_s, Op::Equals, u"CN"_s)}),
        u"%1"_s, {}, &error));
    ui::AudienceEditor* editor = m_area->editor();
    QTRY_COMPARE(editor->liveCount(), qint64(kPeople / 2));
    QVERIFY(editor->showPeopleButton()->isVisible());
    QVERIFY(editor->showPeopleButton()->isEnabled());
    QTest::mouseClick(editor->showPeopleButton(), Qt::LeftButton);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.front().at(0).toString(), m_area->controller()->audience(id)->name);
    QList<qint64> expected;
    for (const int n : peopleWhere([](int n) { return n % 2 == 1; }))
        expected << personKey(n);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown.front().at(1).value<QList<qint64>>(), expected);
}

void TestAudiencesArea::readOnlyProjectCannotBeEdited()
{
    {
        // One audience to look at.
        storage::FileResult result;
        auto file = storage::ProjectFile::open(m_path, m_folder->environment(),
                                               storage::OpenMode::ReadWrite,
                                               storage::RecoveryChoice::Ask, &result);
        QVERIFY(file);
        const model::SystemClock clock;
        model::Audience audience;
        audience.name = QStringLiteral("Germany");
        audience.rule =
            rule(model::AudienceRule::Match::All, {attribute(u"country"_s, Op::Equals, u"DE"_s)});
        storage::Transaction transaction = file->transaction();
        QVERIFY(storage::AudienceRepository(file->database(), clock).create(audience));
        QVERIFY(transaction.commit());
        QVERIFY(file->save());
    }
    openArea(storage::OpenMode::ReadOnly);
    QVERIFY(m_session->isReadOnly());
    QCOMPARE(m_area->listModel()->rowCount(), 1);
    QVERIFY(!m_area->currentAudience().isNull());
    for (QAction* action :
         {m_area->newRuleAction(), m_area->newListAction(), m_area->duplicateAction(),
          m_area->renameAction(), m_area->deleteAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    ui::AudienceEditor* editor = m_area->editor();
    QVERIFY(editor->nameEdit()->isReadOnly());
    QVERIFY(!editor->ruleEditor()->addButton()->isEnabled());
    QVERIFY(!editor->ruleEditor()->rows().front()->kindCombo()->isEnabled());
    // Counting still works.
    QTRY_COMPARE(editor->liveCount(), qint64(kPeople / 2));
    QTest::keyClick(m_area->listView(), Qt::Key_Insert);
    QCOMPARE(m_area->listModel()->rowCount(), 1);
}

void TestAudiencesArea::modelsPassTheTester()
{
    openArea();
    const model::Uuid id = newRuleAudience();
    QString error;
    QVERIFY(m_area->controller()->setRule(
        id, rule(model::AudienceRule::Match::All, {attribute(u"country"_s, Op::Equals, u"DE"_s)}),
        u"%1"_s, {}, &error));
    m_area->newListAction()->trigger();
    QAbstractItemModelTester listTester(m_area->listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester peopleTester(m_area->editor()->peoplePanel()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_area->selectAudience(id);
    QTRY_COMPARE(m_area->editor()->peoplePanel()->model()->rowCount(), kPeople / 2);
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(m_area->listModel()->rowCount(), 0);
}

QTEST_MAIN(TestAudiencesArea)
#include "tst_audiences_area.moc"
