// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PeopleRepository.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QTest>

using namespace rapport;
using model::Identity;
using model::IdentityKind;
using model::Person;
using storage::PeopleRepository;
using storage::StoreError;

namespace {

Person fullPerson(const QString& name, const QString& email, const QString& github)
{
    Person p;
    p.displayName = name;
    p.identities = {{IdentityKind::Email, email}, {IdentityKind::GitHub, github}, {IdentityKind::Discord, github + QLatin1String("#1")}};
    p.company = QStringLiteral("Acme GmbH");
    p.role = QStringLiteral("backend");
    p.country = QStringLiteral("DE");
    p.timezone = QStringLiteral("Europe/Berlin");
    p.tags = {QStringLiteral("speaker"), QStringLiteral("rust")};
    p.internal = false;
    p.source = QStringLiteral("meetup");
    p.consent = {true, QDate(2025, 5, 4)};
    p.notes = QStringLiteral("Met at FOSDEM.\nLikes ünïcode — 你好.");
    p.joined = QDate(2024, 11, 30);
    return p;
}

/** Tags come back sorted; everything else exactly as written. */
Person sortedTags(Person p)
{
    p.tags.sort();
    return p;
}

void comparePeople(const Person& actual, const Person& expected)
{
    QCOMPARE(actual.meta.id, expected.meta.id);
    QCOMPARE(actual.meta.createdAt, expected.meta.createdAt);
    QCOMPARE(actual.meta.updatedAt, expected.meta.updatedAt);
    QCOMPARE(actual.meta.rowVersion, expected.meta.rowVersion);
    QCOMPARE(actual.displayName, expected.displayName);
    QCOMPARE(actual.identities, expected.identities);
    QCOMPARE(actual.company, expected.company);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.country, expected.country);
    QCOMPARE(actual.timezone, expected.timezone);
    QCOMPARE(actual.tags, sortedTags(expected).tags);
    QCOMPARE(actual.internal, expected.internal);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.consent, expected.consent);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.joined, expected.joined);
}

} // namespace

class TestPeopleRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void updateBumpsVersionAndDetectsConflict();
    void invalidRecordsAreRefused_data();
    void invalidRecordsAreRefused();
    void duplicateIdentityIsRefused();
    void removeDeletesIdentitiesAndTags();
    void lookupsByIdentity_data();
    void lookupsByIdentity();
    void pagedListingByName();
    void bulkKeyMaps();
    void mergeAndUnmergeAreExact();
    void mergedIdentitiesResolveToSurvivor();
    void chainedMerges();
    void mergeConflicts();
    void bulkInsert();

private:
    std::unique_ptr<test::TestDatabase> m_database;
    test::FixedClock m_clock;
};

void TestPeopleRepository::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
    m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
}

void TestPeopleRepository::cleanup()
{
    m_database.reset();
}

void TestPeopleRepository::roundTrip()
{
    PeopleRepository people(m_database->db(), m_clock);
    Person ada = fullPerson(QStringLiteral("Ada Lovelace"), QStringLiteral("Ada@Example.org"), QStringLiteral("ada"));
    const auto r = people.create(ada);
    QVERIFY2(r, qPrintable(r.message));
    QVERIFY(r.key > 0);
    QVERIFY(!ada.meta.id.isNull());
    QCOMPARE(ada.meta.rowVersion, 1);
    QCOMPARE(ada.meta.createdAt, m_clock.now());

    const auto stored = people.get(ada.meta.id);
    QVERIFY(stored);
    comparePeople(*stored, ada);
    QCOMPARE(people.keyOf(ada.meta.id), r.key);
    QCOMPARE(people.idOf(r.key), ada.meta.id);
    comparePeople(*people.getByKey(r.key), ada);
    QCOMPARE(people.count(), 1);

    // An id given by the caller (an import, a copy) is kept.
    Person bob = fullPerson(QStringLiteral("Bob"), QStringLiteral("bob@example.org"), QStringLiteral("bob"));
    bob.meta = model::RecordMeta::create(m_clock);
    bob.meta.rowVersion = 7;
    const auto bobId = bob.meta.id;
    QVERIFY(people.create(bob));
    QCOMPARE(people.get(bobId)->meta.rowVersion, 7);
    // ...and creating it twice is a duplicate.
    Person again = bob;
    QCOMPARE(people.create(again).error, StoreError::Duplicate);
    QVERIFY(!people.get(model::Uuid::createV7(m_clock)));
}

void TestPeopleRepository::updateBumpsVersionAndDetectsConflict()
{
    PeopleRepository people(m_database->db(), m_clock);
    Person p = fullPerson(QStringLiteral("Grace"), QStringLiteral("grace@example.org"), QStringLiteral("grace"));
    { const auto cr = people.create(p); QVERIFY2(cr, qPrintable(cr.message)); }
    Person mine = *people.get(p.meta.id);
    Person theirs = mine;

    m_clock.advance(60);
    mine.company = QStringLiteral("Navy");
    mine.identities.removeLast();
    mine.tags = {QStringLiteral("cobol")};
    const auto r = people.update(mine);
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(mine.meta.rowVersion, 2);
    QCOMPARE(mine.meta.updatedAt, m_clock.now());
    comparePeople(*people.get(p.meta.id), mine);

    theirs.role = QStringLiteral("frontend");
    const auto conflict = people.update(theirs);
    QCOMPARE(conflict.error, StoreError::Conflict);
    QVERIFY(!conflict.message.isEmpty());
    QCOMPARE(theirs.meta.rowVersion, 1); // untouched on failure
    QCOMPARE(people.get(p.meta.id)->role, QStringLiteral("backend"));

    Person ghost = mine;
    ghost.meta.id = model::Uuid::createV7(m_clock);
    QCOMPARE(people.update(ghost).error, StoreError::NotFound);
}

void TestPeopleRepository::invalidRecordsAreRefused_data()
{
    QTest::addColumn<Person>("person");
    Person nothing;
    QTest::newRow("no name, no identity") << nothing;
    Person badEmail = fullPerson(QStringLiteral("X"), QStringLiteral("not-an-email"), QStringLiteral("x"));
    QTest::newRow("bad email") << badEmail;
    Person badZone = fullPerson(QStringLiteral("Y"), QStringLiteral("y@example.org"), QStringLiteral("y"));
    badZone.timezone = QStringLiteral("Mars/Olympus");
    QTest::newRow("unknown timezone") << badZone;
    Person consent = fullPerson(QStringLiteral("Z"), QStringLiteral("z@example.org"), QStringLiteral("z"));
    consent.consent.date = QDate();
    QTest::newRow("consent without date") << consent;
}

void TestPeopleRepository::invalidRecordsAreRefused()
{
    QFETCH(Person, person);
    PeopleRepository people(m_database->db(), m_clock);
    const auto r = people.create(person);
    QCOMPARE(r.error, StoreError::Invalid);
    QVERIFY(!r.validation.isEmpty());
    QVERIFY(!r.message.isEmpty());
    QVERIFY(person.meta.id.isNull()); // untouched
    QCOMPARE(people.count(), 0);
}

void TestPeopleRepository::duplicateIdentityIsRefused()
{
    PeopleRepository people(m_database->db(), m_clock);
    Person a = fullPerson(QStringLiteral("A"), QStringLiteral("same@example.org"), QStringLiteral("a"));
    Person b = fullPerson(QStringLiteral("B"), QStringLiteral("SAME@example.org "), QStringLiteral("b"));
    QVERIFY(people.create(a));
    const auto r = people.create(b);
    QCOMPARE(r.error, StoreError::Duplicate);
    QCOMPARE(people.count(), 1); // nothing half-written
    QCOMPARE(m_database->db().isOpen(), true);
}

void TestPeopleRepository::removeDeletesIdentitiesAndTags()
{
    PeopleRepository people(m_database->db(), m_clock);
    Person a = fullPerson(QStringLiteral("A"), QStringLiteral("a@example.org"), QStringLiteral("a"));
    QVERIFY(people.create(a));
    QVERIFY(people.remove(a.meta.id));
    QCOMPARE(people.count(), 0);
    QVERIFY(people.findByIdentity(IdentityKind::Email, QStringLiteral("a@example.org")).isNull());
    QCOMPARE(people.remove(a.meta.id).error, StoreError::NotFound);
    // The identity is free again.
    Person again = fullPerson(QStringLiteral("A2"), QStringLiteral("a@example.org"), QStringLiteral("a"));
    QVERIFY(people.create(again));
}

void TestPeopleRepository::lookupsByIdentity_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("found");
    QTest::newRow("email exact") << int(IdentityKind::Email) << QStringLiteral("ada@example.org") << true;
    QTest::newRow("email other case and spaces") << int(IdentityKind::Email) << QStringLiteral("  ADA@example.ORG ") << true;
    QTest::newRow("github handle") << int(IdentityKind::GitHub) << QStringLiteral("@Ada") << true;
    QTest::newRow("github profile url") << int(IdentityKind::GitHub) << QStringLiteral("https://github.com/ada") << true;
    QTest::newRow("handle of another kind") << int(IdentityKind::X) << QStringLiteral("ada") << false;
    QTest::newRow("unknown") << int(IdentityKind::Email) << QStringLiteral("nobody@example.org") << false;
}

void TestPeopleRepository::lookupsByIdentity()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(bool, found);
    PeopleRepository people(m_database->db(), m_clock);
    Person ada = fullPerson(QStringLiteral("Ada"), QStringLiteral("Ada@Example.org"), QStringLiteral("ada"));
    QVERIFY(people.create(ada));
    const model::Uuid id = people.findByIdentity(IdentityKind(kind), value);
    QCOMPARE(id == ada.meta.id, found);
    QCOMPARE(id.isNull(), !found);
    QCOMPARE(people.findKeyByIdentity(IdentityKind(kind), value) != 0, found);
}

void TestPeopleRepository::pagedListingByName()
{
    PeopleRepository people(m_database->db(), m_clock);
    const QStringList names = {QStringLiteral("carol"), QStringLiteral("Alice"), QStringLiteral("bob"),
                               QStringLiteral("Dave"), QStringLiteral("eve")};
    for (const QString& name : names) {
        Person p;
        p.displayName = name;
        p.identities = {{IdentityKind::Email, name + QLatin1String("@example.org")}};
        { const auto cr = people.create(p); QVERIFY2(cr, qPrintable(cr.message)); }
    }
    QCOMPARE(people.count(), 5);
    const auto page1 = people.list(0, 2);
    const auto page2 = people.list(2, 2);
    const auto page3 = people.list(4, 2);
    QCOMPARE(page1.size(), 2);
    QCOMPARE(page1[0].displayName, QStringLiteral("Alice"));
    QCOMPARE(page1[1].displayName, QStringLiteral("bob"));
    QCOMPARE(page2[0].displayName, QStringLiteral("carol"));
    QCOMPARE(page2[1].displayName, QStringLiteral("Dave"));
    QCOMPARE(page3.size(), 1);
    QCOMPARE(page3[0].identities.first().value, QStringLiteral("eve@example.org"));
    QCOMPARE(people.list().size(), 5);
}

void TestPeopleRepository::bulkKeyMaps()
{
    PeopleRepository people(m_database->db(), m_clock);
    QList<Person> created;
    for (int i = 0; i < 20; ++i) {
        Person p;
        p.displayName = QStringLiteral("P%1").arg(i);
        { const auto cr = people.create(p); QVERIFY2(cr, qPrintable(cr.message)); }
        created << p;
    }
    const auto byId = people.keysById();
    const auto byKey = people.idsByKey();
    QCOMPARE(byId.size(), 20);
    QCOMPARE(byKey.size(), 20);
    for (const Person& p : created) {
        QVERIFY(byId.value(p.meta.id) > 0);
        QCOMPARE(byKey.value(byId.value(p.meta.id)), p.meta.id);
    }
    int seen = 0;
    storage::RowKey last = 0;
    QVERIFY(people.forEach([&](storage::RowKey key, storage::RowKey mergedInto, const Person& p) {
        [&] {
            QVERIFY(key > last);
            QCOMPARE(mergedInto, 0);
            QCOMPARE(p.meta.id, byKey.value(key));
        }();
        last = key;
        ++seen;
        return true;
    }));
    QCOMPARE(seen, 20);
}

void TestPeopleRepository::mergeAndUnmergeAreExact()
{
    PeopleRepository people(m_database->db(), m_clock);
    Person survivor = fullPerson(QStringLiteral("Lin Wei"), QStringLiteral("lin@example.cn"), QStringLiteral("linwei"));
    survivor.notes.clear();
    Person absorbed = fullPerson(QString(), QStringLiteral("wei.lin@corp.example"), QStringLiteral("wei-l"));
    absorbed.identities.append({IdentityKind::WeChat, QStringLiteral("linwei_wx")});
    absorbed.tags = {QStringLiteral("ambassador"), QStringLiteral("rust")};
    absorbed.company = QStringLiteral("Other Co");
    { const auto cr = people.create(survivor); QVERIFY2(cr, qPrintable(cr.message)); }
    m_clock.advance(10);
    QVERIFY(people.create(absorbed));
    const Person survivorBefore = *people.get(survivor.meta.id);
    const Person absorbedBefore = *people.get(absorbed.meta.id);

    m_clock.advance(3600);
    model::PersonMerge merge;
    QString error;
    QVERIFY2(model::PersonMerge::merge(survivorBefore, absorbedBefore, m_clock, &merge, &error), qPrintable(error));
    const auto r = people.mergePeople(merge);
    QVERIFY2(r, qPrintable(r.message));

    comparePeople(*people.get(survivor.meta.id), merge.survivorAfter);
    QCOMPARE(people.count(), 1);
    QCOMPARE(people.countMerged(), 1);
    QCOMPARE(people.list().size(), 1);
    QCOMPARE(people.list().first().identities.size(), 7);
    QCOMPARE(people.mergedInto(absorbed.meta.id), survivor.meta.id);
    QCOMPARE(people.resolve(absorbed.meta.id), survivor.meta.id);
    QCOMPARE(people.resolve(survivor.meta.id), survivor.meta.id);
    // The absorbed record keeps its own row and identities.
    comparePeople(*people.get(absorbed.meta.id), absorbedBefore);

    m_clock.advance(60);
    const auto u = people.unmergePeople(merge);
    QVERIFY2(u, qPrintable(u.message));
    comparePeople(*people.get(survivor.meta.id), survivorBefore);
    comparePeople(*people.get(absorbed.meta.id), absorbedBefore);
    QCOMPARE(people.count(), 2);
    QCOMPARE(people.countMerged(), 0);
    QVERIFY(people.mergedInto(absorbed.meta.id).isNull());
    QCOMPARE(people.findByIdentity(IdentityKind::WeChat, QStringLiteral("linwei_wx")), absorbed.meta.id);
    // Undoing twice is refused.
    QCOMPARE(people.unmergePeople(merge).error, StoreError::Conflict);
}

void TestPeopleRepository::mergedIdentitiesResolveToSurvivor()
{
    PeopleRepository people(m_database->db(), m_clock);
    Person s = fullPerson(QStringLiteral("S"), QStringLiteral("s@example.org"), QStringLiteral("s"));
    Person a = fullPerson(QStringLiteral("A"), QStringLiteral("a@example.org"), QStringLiteral("a"));
    QVERIFY(people.create(s));
    QVERIFY(people.create(a));
    model::PersonMerge merge;
    QVERIFY(model::PersonMerge::merge(*people.get(s.meta.id), *people.get(a.meta.id), m_clock, &merge, nullptr));
    QVERIFY(people.mergePeople(merge));
    QCOMPARE(people.findByIdentity(IdentityKind::Email, QStringLiteral("a@example.org")), s.meta.id);
    QCOMPARE(people.findByIdentity(IdentityKind::GitHub, QStringLiteral("a")), s.meta.id);
    QCOMPARE(people.findKeyByIdentity(IdentityKind::Email, QStringLiteral("A@example.org")), people.keyOf(s.meta.id));
    // Emails are tried before handles.
    const QList<Identity> probe = {{IdentityKind::GitHub, QStringLiteral("nobody")},
                                   {IdentityKind::Email, QStringLiteral("a@example.org")}};
    QCOMPARE(people.match(probe), s.meta.id);
    QVERIFY(people.match({{IdentityKind::X, QStringLiteral("zzz")}}).isNull());
    const auto index = people.identityIndex(IdentityKind::Email);
    QCOMPARE(index.size(), 2);
    QCOMPARE(index.value(QStringLiteral("a@example.org")), people.keyOf(s.meta.id));
    // The survivor can still be edited without the merged identities moving.
    Person edited = *people.get(s.meta.id);
    edited.role = QStringLiteral("devrel");
    QVERIFY(people.update(edited));
    QCOMPARE(people.get(s.meta.id)->identities, merge.survivorAfter.identities);
    QCOMPARE(people.findByIdentity(IdentityKind::Email, QStringLiteral("a@example.org")), s.meta.id);
}

void TestPeopleRepository::chainedMerges()
{
    PeopleRepository people(m_database->db(), m_clock);
    Person a = fullPerson(QStringLiteral("A"), QStringLiteral("a@example.org"), QStringLiteral("a"));
    Person b = fullPerson(QStringLiteral("B"), QStringLiteral("b@example.org"), QStringLiteral("b"));
    Person c = fullPerson(QStringLiteral("C"), QStringLiteral("c@example.org"), QStringLiteral("c"));
    QVERIFY(people.create(a));
    QVERIFY(people.create(b));
    QVERIFY(people.create(c));
    model::PersonMerge ab, bc;
    QVERIFY(model::PersonMerge::merge(*people.get(b.meta.id), *people.get(a.meta.id), m_clock, &ab, nullptr));
    QVERIFY(people.mergePeople(ab));
    m_clock.advance(5);
    QVERIFY(model::PersonMerge::merge(*people.get(c.meta.id), *people.get(b.meta.id), m_clock, &bc, nullptr));
    QVERIFY(people.mergePeople(bc));
    QCOMPARE(people.count(), 1);
    QCOMPARE(people.findByIdentity(IdentityKind::Email, QStringLiteral("a@example.org")), c.meta.id);
    QCOMPARE(people.get(c.meta.id)->identities, bc.survivorAfter.identities);
    QCOMPARE(people.get(c.meta.id)->identities.size(), 9);
    QVERIFY(people.unmergePeople(bc));
    QCOMPARE(people.findByIdentity(IdentityKind::Email, QStringLiteral("a@example.org")), b.meta.id);
    QCOMPARE(people.get(b.meta.id)->identities, ab.survivorAfter.identities);
    QVERIFY(people.unmergePeople(ab));
    QCOMPARE(people.count(), 3);
}

void TestPeopleRepository::mergeConflicts()
{
    PeopleRepository people(m_database->db(), m_clock);
    Person s = fullPerson(QStringLiteral("S"), QStringLiteral("s@example.org"), QStringLiteral("s"));
    Person a = fullPerson(QStringLiteral("A"), QStringLiteral("a@example.org"), QStringLiteral("a"));
    QVERIFY(people.create(s));
    QVERIFY(people.create(a));
    model::PersonMerge merge;
    QVERIFY(model::PersonMerge::merge(*people.get(s.meta.id), *people.get(a.meta.id), m_clock, &merge, nullptr));
    // Someone edits the survivor in between: the merge is refused.
    Person edited = *people.get(s.meta.id);
    edited.company = QStringLiteral("New");
    QVERIFY(people.update(edited));
    QCOMPARE(people.mergePeople(merge).error, StoreError::Conflict);
    QCOMPARE(people.count(), 2);
    // After a fresh merge, editing the survivor makes the undo conflict rather than lose the edit.
    QVERIFY(model::PersonMerge::merge(*people.get(s.meta.id), *people.get(a.meta.id), m_clock, &merge, nullptr));
    QVERIFY(people.mergePeople(merge));
    Person after = *people.get(s.meta.id);
    after.notes = QStringLiteral("edited after merge");
    QVERIFY(people.update(after));
    QCOMPARE(people.unmergePeople(merge).error, StoreError::Conflict);
}

void TestPeopleRepository::bulkInsert()
{
    PeopleRepository people(m_database->db(), m_clock);
    QString error;
    auto bulk = people.bulkInsert(&error);
    QVERIFY2(bulk, qPrintable(error));
    QList<Person> written;
    for (int i = 0; i < 300; ++i) {
        Person p = fullPerson(QStringLiteral("Bulk %1").arg(i), QStringLiteral("bulk%1@example.org").arg(i),
                              QStringLiteral("bulk%1").arg(i));
        const auto r = bulk->add(p);
        QVERIFY2(r, qPrintable(r.message));
        written << p;
    }
    Person dup = fullPerson(QStringLiteral("Dup"), QStringLiteral("BULK7@example.org"), QStringLiteral("dupe"));
    QCOMPARE(bulk->add(dup).error, StoreError::Duplicate);
    Person bad = fullPerson(QStringLiteral("Bad"), QStringLiteral("nope"), QStringLiteral("bad"));
    QCOMPARE(bulk->add(bad).error, StoreError::Invalid);
    bulk->finish();
    QCOMPARE(people.count(), 300);
    comparePeople(*people.get(written[123].meta.id), written[123]);
    QCOMPARE(people.findByIdentity(IdentityKind::Email, QStringLiteral("bulk7@example.org")), written[7].meta.id);
    QVERIFY(people.findByIdentity(IdentityKind::GitHub, QStringLiteral("dupe")).isNull());
}

QTEST_GUILESS_MAIN(TestPeopleRepository)
#include "tst_repository_people.moc"
