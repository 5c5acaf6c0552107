// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The People area on a real project file: search and filters, bulk tags, merges, copy,
// the detail panel, add/edit/delete, nameless people — each edit checked in the file and
// undone.
#include "core/storage/ActivityStore.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ChannelRepository.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/RewardRepository.h"
#include "core/storage/SurveyRepository.h"
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/people/DetailTableModel.h"
#include "ui/people/DuplicatesDialog.h"
#include "ui/people/PeopleController.h"
#include "ui/people/PeopleFilterBar.h"
#include "ui/people/PeoplePrompts.h"
#include "ui/people/PeopleSearch.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/people/PeopleView.h"
#include "ui/people/PersonDetailPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QSqlRecord>
#include <QTabWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rapport;
using ui::PeopleTableModel;

namespace {

class ScriptedPeoplePrompts final : public ui::PeoplePrompts
{
public:
    std::function<bool(model::Person*)> edit;
    QString text;
    bool confirm = true;
    QStringList asked;
    QStringList errors;

    bool editPerson(QWidget*, model::Person* person, const ui::PersonDialog::Suggestions&,
                    const ui::PersonDialog::Validator& validator) override
    {
        asked << QStringLiteral("edit");
        if (!edit || !edit(person))
            return false;
        // As the dialog does: the checks must pass before OK closes it.
        return model::validate(*person).isEmpty() && (!validator || validator(*person).isEmpty());
    }
    bool askText(QWidget*, const QString&, const QString&, const QStringList&, QString* value) override
    {
        asked << QStringLiteral("text");
        *value = text;
        return !text.isNull();
    }
    bool confirmDelete(QWidget*, const QString&, qint64) override
    {
        asked << QStringLiteral("delete");
        return confirm;
    }
    void showError(QWidget*, const QString& message) override { errors << message; }
};

/** Every row of the people, identity and tag tables, for "exactly as before" checks. */
QStringList dump(const QSqlDatabase& db)
{
    QStringList rows;
    for (const QString& sql :
         {QStringLiteral("SELECT * FROM people ORDER BY key"), QStringLiteral("SELECT * FROM identities ORDER BY key"),
          QStringLiteral("SELECT * FROM person_tags ORDER BY person_key, tag"),
          QStringLiteral("SELECT * FROM rewards ORDER BY key"),
          QStringLiteral("SELECT * FROM survey_responses ORDER BY key"),
          QStringLiteral("SELECT * FROM activity_changes ORDER BY key")}) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << sql.section(u' ', 3, 3) + u':' + cells.join(u'|');
        }
    }
    return rows;
}

QSet<qint64> shownKeys(const PeopleTableModel* model)
{
    QSet<qint64> keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys.insert(model->personKey(row));
    return keys;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QSet<qint64> keysOf(const QSqlDatabase& db, const QString& sql)
{
    QSet<qint64> keys;
    QSqlQuery q(db);
    q.exec(sql);
    while (q.next())
        keys.insert(q.value(0).toLongLong());
    return keys;
}

} // namespace

class TestPeopleArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchShowsExactlyTheMatchingPeople_data();
    void searchShowsExactlyTheMatchingPeople();
    void columnFiltersNarrowTheSearch();
    void levelFilterComputesLevels();
    void bulkTagIsStoredAndUndone();
    void bulkSetCompanyIsOneUndoStep();
    void mergeFromDuplicatesIsUndone();
    void copyGivesTsv();
    void detailPanelShowsActivitiesAnswersRewards();
    void namelessPeopleShowTheirEmailOrHandle();
    void addEditDeleteAreUndoable();
    void deleteNeedsConfirmation();
    void personDialogSaysWhatIsWrong();
    void readOnlyProjectCannotBeEdited();
    void modelsPassTheTester();

private:
    void openView();
    qint64 addPerson(const QString& name, const QList<model::Identity>& identities,
                     const QString& company = QString());
    int rowOf(qint64 key) const { return m_view->model()->rowOfKey(key); }
    QSqlDatabase db() const { return m_session->file().database(); }

    static constexpr int kPeople = 60;
    std::unique_ptr<test::UiTestFolder> m_folder;
    std::unique_ptr<ui::ProjectSession> m_session;
    std::unique_ptr<ui::PeopleView> m_view;
    ScriptedPeoplePrompts m_prompts;
    QString m_path;
};

void TestPeopleArea::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPeopleArea::init()
{
    m_prompts = ScriptedPeoplePrompts();
    m_folder = std::make_unique<test::UiTestFolder>();
    m_path = m_folder->path(QStringLiteral("people.rapport"));
    storage::FileResult result;
    auto file = storage::ProjectFile::create(m_path, m_folder->environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    test::addPeople(*file, 0, kPeople);
    QVERIFY(file->save());
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
}

void TestPeopleArea::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_folder.reset();
}

void TestPeopleArea::openView()
{
    m_view = std::make_unique<ui::PeopleView>();
    m_view->setPrompts(m_prompts);
    m_view->setClock(m_folder->clock);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setSession(m_session.get());
    m_view->tableView()->setFocus();
    QTRY_VERIFY(m_view->search()->isReady());
}

qint64 TestPeopleArea::addPerson(const QString& name, const QList<model::Identity>& identities,
                                 const QString& company)
{
    storage::Transaction transaction = m_session->file().transaction();
    storage::PeopleRepository people(db(), m_folder->clock);
    model::Person person;
    person.displayName = name;
    person.identities = identities;
    person.company = company;
    const storage::StoreResult result = people.create(person);
    if (!result || !transaction.commit())
        return 0;
    return result.key;
}

void TestPeopleArea::searchShowsExactlyTheMatchingPeople_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("part of a name") << QStringLiteral("ana");
    QTest::newRow("two words, any case") << QStringLiteral("BO 1");
    QTest::newRow("an email") << QStringLiteral("person17@");
    QTest::newRow("a company") << QStringLiteral("company 12");
    QTest::newRow("a handle with @") << QStringLiteral("@octo-lena");
    QTest::newRow("an accent left out") << QStringLiteral("jose");
    QTest::newRow("nobody") << QStringLiteral("zzzz");
}

void TestPeopleArea::searchShowsExactlyTheMatchingPeople()
{
    QFETCH(QString, typed);
    const qint64 lena = addPerson(QStringLiteral("Lena Fischer"),
                                  {{model::IdentityKind::GitHub, QStringLiteral("octo-lena")}});
    const qint64 jose = addPerson(QStringLiteral("José Díaz"), {});
    QVERIFY(lena && jose);
    openView();
    QCOMPARE(m_view->model()->rowCount(), kPeople + 2);

    // What should match, by brute force over the tables: every word (case-insensitive, a
    // leading @ ignored) in the name, an identity or the company.
    QSet<qint64> expected;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT p.key, p.display_name, p.company, "
                          "(SELECT group_concat(i.value, ' ') FROM identities i WHERE i.person_key = p.key) "
                          "FROM people p"));
    const QStringList words = typed.toLower().split(u' ', Qt::SkipEmptyParts);
    while (q.next()) {
        const QStringList fields = {q.value(1).toString().toLower().replace(QStringLiteral("é"), QStringLiteral("e")).replace(QStringLiteral("í"), QStringLiteral("i")),
                                    q.value(2).toString().toLower(), q.value(3).toString().toLower()};
        bool all = true;
        for (QString word : words) {
            if (word.startsWith(u'@'))
                word.remove(0, 1);
            all = all && std::any_of(fields.begin(), fields.end(),
                                     [&](const QString& field) { return field.contains(word); });
        }
        if (all)
            expected.insert(q.value(0).toLongLong());
    }

    QLineEdit* search = m_view->filterBar()->searchLineEdit();
    QTest::keyClick(m_view->tableView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, typed);
    // Debounced: the table follows once typing pauses.
    QTRY_VERIFY(m_view->model()->isFiltered());
    QCOMPARE(shownKeys(m_view->model()), expected);
    QVERIFY(m_view->filterBar()->statusLabel()->text().startsWith(
        QStringLiteral("%1 of %2 people").arg(expected.size()).arg(kPeople + 2)));

    // Down goes on to the results; Esc in the search box clears it.
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(m_view->tableView()->hasFocus());
    QCOMPARE(m_view->selectedKeys().size(), expected.isEmpty() ? 0 : 1);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QVERIFY(!m_view->model()->isFiltered());
    QTest::keyClicks(search, typed);
    QTRY_VERIFY(m_view->model()->isFiltered());

    // Clearing the search shows everyone again.
    QTest::mouseClick(m_view->filterBar()->findChild<QWidget*>(QStringLiteral("clearFiltersButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_view->model()->isFiltered());
    QCOMPARE(m_view->model()->rowCount(), kPeople + 2);
}

void TestPeopleArea::columnFiltersNarrowTheSearch()
{
    openView();
    ui::PeopleFilterBar* bar = m_view->filterBar();
    // Choose a country in the list, as a user would: the list shows each value with its count.
    ui::FilterComboBox* country = bar->countryComboBox();
    country->refill();
    const int de = country->findData(QStringLiteral("DE"));
    QVERIFY(de > 0);
    QCOMPARE(country->itemText(de), QStringLiteral("DE (%1)").arg(kPeople / 2));
    country->setCurrentIndex(de);
    QCOMPARE(shownKeys(m_view->model()),
             keysOf(db(), QStringLiteral("SELECT key FROM people WHERE country = 'DE'")));

    bar->roleComboBox()->setValue(QStringLiteral("Engineer"));
    bar->tagComboBox()->setValue(QStringLiteral("beta"));
    QCOMPARE(shownKeys(m_view->model()),
             keysOf(db(), QStringLiteral("SELECT key FROM people WHERE country = 'DE' AND role = 'Engineer' "
                                         "AND key IN (SELECT person_key FROM person_tags WHERE tag = 'beta')")));
    bar->companyComboBox()->setValue(QStringLiteral("Company 6"));
    QCOMPARE(shownKeys(m_view->model()),
             keysOf(db(), QStringLiteral("SELECT key FROM people WHERE country = 'DE' AND role = 'Engineer' "
                                         "AND company = 'Company 6' AND key IN "
                                         "(SELECT person_key FROM person_tags WHERE tag = 'beta')")));
    QTest::keyClicks(bar->searchLineEdit(), QStringLiteral("zzz"));
    QTRY_COMPARE(m_view->model()->rowCount(), 0);
    bar->clear();
    QCOMPARE(m_view->model()->rowCount(), kPeople);
}

void TestPeopleArea::levelFilterComputesLevels()
{
    // One person with recent activities is a Participant; everyone else an Observer.
    {
        storage::Transaction transaction = m_session->file().transaction();
        storage::ActivityStore activities(db());
        const std::int32_t attended = activities.typeKey(QStringLiteral("attended"));
        storage::ActivityColumns rows;
        const std::int64_t now = m_folder->clock.now().toSecsSinceEpoch();
        rows.push_back({7, attended, now - 86400, 0, 0, 0, 0});
        QVERIFY(activities.append(rows));
        QVERIFY(transaction.commit());
    }
    openView();
    QComboBox* level = m_view->filterBar()->levelComboBox();
    level->setCurrentIndex(level->findData(1)); // Participant
    QTRY_VERIFY(m_view->search()->hasLevels());
    QTRY_COMPARE(shownKeys(m_view->model()), QSet<qint64>{7});
    level->setCurrentIndex(level->findData(0)); // Observer
    QCOMPARE(m_view->model()->rowCount(), kPeople - 1);
}

void TestPeopleArea::bulkTagIsStoredAndUndone()
{
    openView();
    QTableView* table = m_view->tableView();
    // Click three rows, the second and third with Ctrl held.
    const QList<int> rows = {0, 3, 5};
    QSet<qint64> chosen;
    for (int row : rows) {
        const QRect rect = table->visualRect(m_view->model()->index(row, PeopleTableModel::Name));
        QTest::mouseClick(table->viewport(), Qt::LeftButton,
                          row == rows.front() ? Qt::NoModifier : Qt::ControlModifier, rect.center());
        chosen.insert(m_view->model()->personKey(row));
    }
    const QList<qint64> selected = m_view->selectedKeys();
    QCOMPARE(QSet<qint64>(selected.begin(), selected.end()), chosen);
    const QStringList before = dump(db());
    const QString versions = QStringLiteral("SELECT SUM(row_version) FROM people");
    const qint64 versionsBefore = scalar(db(), versions);

    m_prompts.text = QStringLiteral("vip");
    QVERIFY(m_view->controller()->addTagAction()->isEnabled());
    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("text")});
    QCOMPARE(keysOf(db(), QStringLiteral("SELECT person_key FROM person_tags WHERE tag = 'vip'")), chosen);
    QCOMPARE(scalar(db(), versions), versionsBefore + 3);
    QCOMPARE(m_session->undoStack()->count(), 1);
    for (int row : rows)
        QVERIFY(m_view->model()->index(row, PeopleTableModel::Tags).data().toString().contains(
            QStringLiteral("vip")));
    // The tag filter offers it at once.
    m_view->filterBar()->tagComboBox()->setValue(QStringLiteral("vip"));
    QCOMPARE(shownKeys(m_view->model()), chosen);
    m_view->filterBar()->clear();

    // Stored in the file: saved, and read back by another connection.
    QVERIFY(m_session->save());
    {
        const QString name = QStringLiteral("saved-check");
        {
            QSqlDatabase saved = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            saved.setDatabaseName(m_path);
            QVERIFY(saved.open());
            QCOMPARE(keysOf(saved, QStringLiteral("SELECT person_key FROM person_tags WHERE tag = 'vip'")), chosen);
        }
        QSqlDatabase::removeDatabase(name);
    }

    m_session->undoStack()->undo();
    QCOMPARE(dump(db()), before);
    QCOMPARE(scalar(db(), versions), versionsBefore);
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QVERIFY(!m_view->model()->index(row, PeopleTableModel::Tags).data().toString().contains(
            QStringLiteral("vip")));
    m_session->undoStack()->redo();
    QCOMPARE(keysOf(db(), QStringLiteral("SELECT person_key FROM person_tags WHERE tag = 'vip'")), chosen);

    // Removing it from one of them is one more step.
    m_view->selectKeys({*chosen.begin()});
    m_prompts.text = QStringLiteral("VIP"); // tags compare case-insensitively
    m_view->controller()->removeTagAction()->trigger();
    QCOMPARE(keysOf(db(), QStringLiteral("SELECT person_key FROM person_tags WHERE tag = 'vip'")).size(), 2);
    m_session->undoStack()->undo();
    QCOMPARE(keysOf(db(), QStringLiteral("SELECT person_key FROM person_tags WHERE tag = 'vip'")), chosen);
}

void TestPeopleArea::bulkSetCompanyIsOneUndoStep()
{
    openView();
    m_view->model()->sort(PeopleTableModel::Company, Qt::AscendingOrder);
    const QList<qint64> keys = {1, 2, 3, 4};
    m_view->selectKeys(keys);
    const QStringList before = dump(db());
    m_prompts.text = QStringLiteral("Zeta Labs");
    m_view->controller()->setCompanyAction()->trigger();
    QCOMPARE(keysOf(db(), QStringLiteral("SELECT key FROM people WHERE company = 'Zeta Labs'")),
             QSet<qint64>(keys.begin(), keys.end()));
    QCOMPARE(m_session->undoStack()->count(), 1);
    // Sorted by company: they moved to the end, and stay selected.
    for (qint64 key : keys)
        QVERIFY(rowOf(key) >= kPeople - 4);
    QCOMPARE(m_view->selectedKeys().size(), 4);
    m_session->undoStack()->undo();
    QCOMPARE(dump(db()), before);
    QCOMPARE(m_view->model()->index(rowOf(1), PeopleTableModel::Company).data().toString(),
             QStringLiteral("Company 0"));
}

void TestPeopleArea::mergeFromDuplicatesIsUndone()
{
    const qint64 first = addPerson(QStringLiteral("Lena Fischer"),
                                   {{model::IdentityKind::Email, QStringLiteral("lena.fischer@gmail.com")}},
                                   QStringLiteral("Acme"));
    const qint64 second = addPerson(QString(),
                                    {{model::IdentityKind::Email, QStringLiteral("LenaFischer+events@gmail.com")},
                                     {model::IdentityKind::GitHub, QStringLiteral("octo-lena")}});
    QVERIFY(first && second);
    openView();
    QCOMPARE(m_view->model()->rowCount(), kPeople + 2);
    const QStringList before = dump(db());

    m_view->duplicatesAction()->trigger();
    ui::DuplicatesDialog* dialog = m_view->duplicatesDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY(!dialog->isScanning());
    QCOMPARE(dialog->suggestions().size(), size_t(1));
    const ui::DuplicatesDialog::Suggestion suggestion = dialog->suggestions().front();
    QCOMPARE(suggestion.pair.first, first);
    QCOMPARE(suggestion.pair.second, second);
    QCOMPARE(suggestion.pair.reason, model::DuplicateReason::SameEmail);
    QCOMPARE(suggestion.evidence, QStringLiteral("lena.fischer@gmail.com"));
    QCOMPARE(suggestion.secondName, QStringLiteral("LenaFischer+events@gmail.com"));
    QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);

    QCOMPARE(scalar(db(), QStringLiteral("SELECT merged_into FROM people WHERE key = %1").arg(second)), first);
    QCOMPARE(m_view->model()->rowCount(), kPeople + 1);
    QCOMPARE(rowOf(second), -1);
    QVERIFY(dialog->suggestions().empty());
    // The survivor now has both identities; searching the absorbed handle finds them.
    m_view->selectKeys({first});
    QTRY_COMPARE(m_view->detailPanel()->personKey(), first);
    QVERIFY(m_view->detailPanel()->identitiesLabel()->text().contains(QStringLiteral("octo-lena")));
    QTest::keyClicks(m_view->filterBar()->searchLineEdit(), QStringLiteral("octo-lena"));
    QTRY_COMPARE(shownKeys(m_view->model()), QSet<qint64>{first});
    m_view->filterBar()->clear();

    m_session->undoStack()->undo();
    QCOMPARE(dump(db()), before);
    QCOMPARE(m_view->model()->rowCount(), kPeople + 2);
    QVERIFY(rowOf(second) >= 0);
    QTest::keyClicks(m_view->filterBar()->searchLineEdit(), QStringLiteral("octo-lena"));
    QTRY_COMPARE(shownKeys(m_view->model()), QSet<qint64>{second});
    dialog->close();
}

void TestPeopleArea::copyGivesTsv()
{
    openView();
    QTableView* table = m_view->tableView();
    // Sorted by name: "ana 000" (person 0) first; person 7 is "ana 433".
    m_view->selectKeys({1, 8});
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString expected = QStringLiteral(
        "Name\tEmail\tCompany\tRole\tCountry\tTags\tJoined\n"
        "ana 000\tperson0@example.org\tCompany 0\tEngineer\tDE\tbeta, speaker\t2024-01-01\n"
        "ana 433\tperson7@example.org\tCompany 7\tAdvocate\tCN\tspeaker\t2024-01-08\n");
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void TestPeopleArea::detailPanelShowsActivitiesAnswersRewards()
{
    const qint64 key = addPerson(QStringLiteral("Detail Person"),
                                 {{model::IdentityKind::Email, QStringLiteral("detail@example.org")},
                                  {model::IdentityKind::GitHub, QStringLiteral("detail-gh")}});
    QVERIFY(key);
    const QDateTime now = m_folder->clock.now();
    {
        storage::Transaction transaction = m_session->file().transaction();
        const QSqlDatabase database = db();
        storage::CampaignRepository campaigns(database, m_folder->clock);
        model::Campaign campaign;
        campaign.name = QStringLiteral("Spring Meetup");
        campaign.kind = model::CampaignKind::Meetup;
        QVERIFY(campaigns.create(campaign));
        storage::ChannelRepository channels(database, m_folder->clock);
        model::Channel channel;
        channel.name = QStringLiteral("Discord");
        channel.kind = QStringLiteral("discord");
        QVERIFY(channels.create(channel));
        storage::ActivityStore activities(database);
        storage::ActivityColumns rows;
        rows.push_back({key, activities.typeKey(QStringLiteral("registered")), now.addDays(-12).toSecsSinceEpoch(),
                        campaigns.keyOf(campaign.meta.id), 0, 0, 0});
        rows.push_back({key, activities.typeKey(QStringLiteral("attended")), now.addDays(-9).toSecsSinceEpoch(),
                        campaigns.keyOf(campaign.meta.id), channels.keyOf(channel.meta.id), 0, 0});
        rows.push_back({1, activities.typeKey(QStringLiteral("attended")), now.addDays(-3).toSecsSinceEpoch(), 0,
                        0, 0, 0}); // someone else's
        QVERIFY(activities.append(rows));

        storage::SurveyRepository surveys(database, m_folder->clock);
        model::Survey survey;
        survey.name = QStringLiteral("Meetup feedback");
        model::Question nps{model::Uuid::createV7(m_folder->clock), model::QuestionKind::Nps,
                            QStringLiteral("Would you recommend us?"), {}, 5, true};
        survey.questions = {nps};
        QVERIFY(surveys.create(survey));
        model::SurveyResponse response;
        response.survey = survey.meta.id;
        response.person = storage::PeopleRepository(database, m_folder->clock).idOf(key);
        response.submittedAt = now.addDays(-8);
        response.answers = {{nps.id, 9, {}, {}}};
        QVERIFY(surveys.create(response));

        storage::RewardRepository rewards(database, m_folder->clock);
        model::Reward reward;
        reward.person = response.person;
        reward.kind = model::RewardKind::Points;
        reward.value = 50;
        reward.reason = QStringLiteral("First talk");
        reward.date = now.date().addDays(-7);
        QVERIFY(rewards.create(reward));
        QVERIFY(transaction.commit());
    }
    openView();
    m_view->tableView()->scrollTo(m_view->model()->index(rowOf(key), 0));
    QTest::mouseClick(m_view->tableView()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      m_view->tableView()->visualRect(m_view->model()->index(rowOf(key), 0)).center());
    ui::PersonDetailPanel* panel = m_view->detailPanel();
    QTRY_COMPARE(panel->personKey(), key);
    QCOMPARE(panel->nameLabel()->text(), QStringLiteral("Detail Person"));
    QVERIFY(panel->identitiesLabel()->text().contains(QStringLiteral("detail@example.org")));
    QVERIFY(panel->identitiesLabel()->text().contains(QStringLiteral("detail-gh")));

    // The timeline: newest first, with campaign and channel names.
    ui::DetailTableModel* timeline = panel->timeline();
    QCOMPARE(timeline->rowCount(), 2);
    QCOMPARE(timeline->text(0, 1), QStringLiteral("attended"));
    QCOMPARE(timeline->text(0, 2), QStringLiteral("Spring Meetup"));
    QCOMPARE(timeline->text(0, 3), QStringLiteral("Discord"));
    QCOMPARE(timeline->text(1, 1), QStringLiteral("registered"));
    QCOMPARE(timeline->text(1, 3), QString());
    QCOMPARE(panel->answers()->rowCount(), 1);
    QCOMPARE(panel->answers()->text(0, 1), QStringLiteral("Meetup feedback"));
    QCOMPARE(panel->answers()->text(0, 3), QStringLiteral("9"));
    QCOMPARE(panel->rewards()->rowCount(), 1);
    QCOMPARE(panel->rewards()->text(0, 3), QStringLiteral("First talk"));
    // attended 3 + registered 1, nine and twelve days old at a 90-day half-life: a Participant.
    QVERIFY2(panel->levelLabel()->text().startsWith(QStringLiteral("Participant (score 3.")),
             qPrintable(panel->levelLabel()->text()));
    QCOMPARE(panel->tabs()->tabText(0), QStringLiteral("Timeline (2)"));

    // Several selected: the panel says so.
    m_view->selectKeys({1, key});
    QTRY_COMPARE(panel->personKey(), 0);
}

void TestPeopleArea::namelessPeopleShowTheirEmailOrHandle()
{
    const qint64 byEmail = addPerson(QString(), {{model::IdentityKind::Email, QStringLiteral("zed@example.org")}});
    const qint64 byHandle = addPerson(QString(), {{model::IdentityKind::GitHub, QStringLiteral("aardvark")}});
    QVERIFY(byEmail && byHandle);
    openView();
    PeopleTableModel* model = m_view->model();
    // Sorted by name: the handle "aardvark" first, the email "zed@…" last — not blank rows first.
    QCOMPARE(model->personKey(0), byHandle);
    QCOMPARE(model->personKey(model->rowCount() - 1), byEmail);
    QCOMPARE(model->index(0, PeopleTableModel::Name).data().toString(), QStringLiteral("aardvark"));
    QCOMPARE(model->index(model->rowCount() - 1, PeopleTableModel::Name).data().toString(),
             QStringLiteral("zed@example.org"));
    QVERIFY(model->index(0, PeopleTableModel::Name).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model->index(1, PeopleTableModel::Name).data(Qt::FontRole).isValid());
    model->sort(PeopleTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(model->personKey(0), byEmail);
    QCOMPARE(model->personKey(model->rowCount() - 1), byHandle);

    m_view->selectKeys({byEmail});
    QTRY_COMPARE(m_view->detailPanel()->personKey(), byEmail);
    QCOMPARE(m_view->detailPanel()->nameLabel()->text(), QStringLiteral("zed@example.org"));
    QVERIFY(m_view->detailPanel()->nameLabel()->font().italic());
}

void TestPeopleArea::addEditDeleteAreUndoable()
{
    // A person with a reward and activities, to delete.
    const qint64 doomed = addPerson(QStringLiteral("Doomed Dana"),
                                    {{model::IdentityKind::Email, QStringLiteral("dana@example.org")}});
    {
        storage::Transaction transaction = m_session->file().transaction();
        storage::ActivityStore activities(db());
        storage::ActivityColumns rows;
        rows.push_back({doomed, activities.typeKey(QStringLiteral("attended")), 1'700'000'000, 0, 0, 0, 0});
        rows.push_back({doomed, activities.typeKey(QStringLiteral("posted")), 1'700'100'000, 0, 0, 0, 0});
        QVERIFY(activities.appendSegmentsUnchecked(rows));
        storage::RewardRepository rewards(db(), m_folder->clock);
        model::Reward reward;
        reward.person = storage::PeopleRepository(db(), m_folder->clock).idOf(doomed);
        reward.kind = model::RewardKind::Swag;
        reward.date = QDate(2025, 1, 2);
        QVERIFY(rewards.create(reward));
        QVERIFY(transaction.commit());
    }
    openView();
    const QStringList start = dump(db());

    // Ins adds.
    m_prompts.edit = [](model::Person* p) {
        p->displayName = QStringLiteral("New Person");
        p->identities = {{model::IdentityKind::Email, QStringLiteral("new@example.org")}};
        p->company = QStringLiteral("NewCo");
        return true;
    };
    QTest::keyClick(m_view->tableView(), Qt::Key_Insert);
    const qint64 added = scalar(db(), QStringLiteral("SELECT key FROM people WHERE display_name = 'New Person'"));
    QVERIFY(added > 0);
    QCOMPARE(m_view->currentKey(), added);
    QCOMPARE(m_view->model()->rowCount(), kPeople + 2);
    QCOMPARE(m_view->model()->index(rowOf(added), PeopleTableModel::Email).data().toString(),
             QStringLiteral("new@example.org"));

    // F2 edits; an email someone else holds is refused.
    m_prompts.edit = [](model::Person* p) {
        p->identities.append({model::IdentityKind::Email, QStringLiteral("person3@example.org")});
        return true;
    };
    QTest::keyClick(m_view->tableView(), Qt::Key_F2);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_prompts.edit = [](model::Person* p) {
        p->role = QStringLiteral("CTO");
        return true;
    };
    QTest::keyClick(m_view->tableView(), Qt::Key_F2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM people WHERE role = 'CTO'")), 1);
    QCOMPARE(m_session->undoStack()->count(), 2);

    // Del deletes (after asking) with rewards and activities; undo brings all back.
    const QStringList beforeDelete = dump(db());
    const qint64 activitiesBefore = storage::ActivityStore(db()).count();
    m_view->selectKeys({doomed});
    QTest::keyClick(m_view->tableView(), Qt::Key_Delete);
    QVERIFY(m_prompts.asked.contains(QStringLiteral("delete")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM people WHERE key = %1").arg(doomed)), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM rewards")), 0);
    QCOMPARE(storage::ActivityStore(db()).count(), activitiesBefore - 2);
    QCOMPARE(rowOf(doomed), -1);
    m_session->undoStack()->undo();
    QCOMPARE(dump(db()), beforeDelete);
    QCOMPARE(storage::ActivityStore(db()).count(), activitiesBefore);
    QVERIFY(rowOf(doomed) >= 0);
    QCOMPARE(m_view->selectedKeys(), QList<qint64>{doomed}); // back, and selected

    m_session->undoStack()->undo(); // the edit
    m_session->undoStack()->undo(); // the add
    QCOMPARE(dump(db()), start);
    QCOMPARE(rowOf(added), -1);
    QVERIFY(m_prompts.errors.size() == 0);
}

void TestPeopleArea::deleteNeedsConfirmation()
{
    openView();
    m_view->selectKeys({1, 2});
    m_prompts.confirm = false;
    m_view->controller()->deleteAction()->trigger();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM people")), kPeople);
    QCOMPARE(m_session->undoStack()->count(), 0);
    // Del in the search box deletes text, not people.
    m_prompts.confirm = true;
    QLineEdit* search = m_view->filterBar()->searchLineEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ab"));
    QTest::keyClick(search, Qt::Key_Home);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), QStringLiteral("b"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM people")), kPeople);
}

void TestPeopleArea::personDialogSaysWhatIsWrong()
{
    ui::PersonDialog dialog(model::Person(), {}, [](const model::Person& p) {
        return p.company == QStringLiteral("Taken") ? QStringList{QStringLiteral("No, not that one.")} : QStringList();
    });
    dialog.show();
    QTest::keyClicks(dialog.identityLineEdit(0), QStringLiteral("not-an-address"));
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problems().contains(QStringLiteral("not-an-address")), qPrintable(dialog.problems()));

    dialog.identityLineEdit(0)->clear();
    QTest::keyClicks(dialog.identityLineEdit(0), QStringLiteral("ok@example.org"));
    QTest::keyClicks(dialog.nameLineEdit(), QStringLiteral("Ok Person"));
    QTest::keyClicks(dialog.companyLineEdit(), QStringLiteral("Taken"));
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.problems(), QStringLiteral("No, not that one."));

    dialog.companyLineEdit()->clear();
    QTest::keyClicks(dialog.countryLineEdit(), QStringLiteral("de"));
    QTest::keyClicks(dialog.tagsLineEdit(), QStringLiteral("rust, speaker"));
    QTest::mouseClick(dialog.addIdentityButton(), Qt::LeftButton);
    QCOMPARE(dialog.identityRowCount(), 2);
    dialog.identityKindComboBox(1)->setCurrentIndex(dialog.identityKindComboBox(1)->findText(QStringLiteral("GitHub")));
    QTest::keyClicks(dialog.identityLineEdit(1), QStringLiteral("okp"));
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const model::Person p = dialog.person();
    QCOMPARE(p.displayName, QStringLiteral("Ok Person"));
    QCOMPARE(p.country, QStringLiteral("DE"));
    QCOMPARE(p.tags, (QStringList{QStringLiteral("rust"), QStringLiteral("speaker")}));
    QCOMPARE(p.identities.size(), 2);
    QCOMPARE(p.identities[1].kind, model::IdentityKind::GitHub);
    QCOMPARE(p.identities[1].value, QStringLiteral("okp"));
}

void TestPeopleArea::readOnlyProjectCannotBeEdited()
{
    m_session.reset();
    storage::FileResult result;
    auto file = storage::ProjectFile::open(m_path, m_folder->environment(), storage::OpenMode::ReadOnly,
                                           storage::RecoveryChoice::Discard, &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    openView();
    m_view->selectKeys({1, 2});
    ui::PeopleController* controller = m_view->controller();
    for (QAction* action : controller->actions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(m_view->copyAction()->isEnabled());
    QVERIFY(m_view->duplicatesAction()->isEnabled());
    QVERIFY(!controller->addTag({1}, QStringLiteral("x")));
}

void TestPeopleArea::modelsPassTheTester()
{
    openView();
    QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(m_view->filterBar()->searchLineEdit(), QStringLiteral("ana"));
    QTRY_VERIFY(m_view->model()->isFiltered());
    m_view->model()->sort(PeopleTableModel::Country, Qt::DescendingOrder);
    m_view->model()->sort(PeopleTableModel::Joined, Qt::AscendingOrder);
    m_view->filterBar()->clear();

    ui::DetailTableModel detail({QStringLiteral("A"), QStringLiteral("B")});
    QAbstractItemModelTester detailTester(&detail, QAbstractItemModelTester::FailureReportingMode::QtTest);
    detail.setRows({{{QStringLiteral("b"), {}}, {QStringLiteral("2"), 2}},
                    {{QStringLiteral("a"), {}}, {QStringLiteral("10"), 10}}});
    detail.sort(1, Qt::DescendingOrder);
    QCOMPARE(detail.text(0, 1), QStringLiteral("10"));
    detail.sort(0, Qt::AscendingOrder);
    QCOMPARE(detail.text(0, 0), QStringLiteral("a"));
}

QTEST_MAIN(TestPeopleArea)
#include "tst_people_area.moc"
