// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdentityMerge.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/PeopleSearchIndex.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace rapport;
using model::Identity;
using model::IdentityKind;
using model::Person;
using storage::PeopleSearchIndex;
using storage::RowKey;

namespace {

const QStringList kGiven = {QStringLiteral("Ana"),   QStringLiteral("José"),  QStringLiteral("Zoë"),
                            QStringLiteral("Chen"),  QStringLiteral("Björn"), QStringLiteral("李"),
                            QStringLiteral("Priya"), QStringLiteral("O'Neil"), QStringLiteral("ana")};
const QStringList kFamily = {QStringLiteral("López"),  QStringLiteral("Müller"), QStringLiteral("Wang"),
                             QStringLiteral("Smith"),  QStringLiteral("伟"),     QStringLiteral("Ødegård"),
                             QStringLiteral("Nakamura")};
const QStringList kCompanies = {QString(), QStringLiteral("Acme"), QStringLiteral("ACME"),
                                QStringLiteral("Globex GmbH"), QStringLiteral("Initech"),
                                QStringLiteral("Ünited"), QStringLiteral("acme")};
const QStringList kRoles = {QString(), QStringLiteral("backend"), QStringLiteral("Frontend"), QStringLiteral("devrel")};
const QStringList kCountries = {QString(), QStringLiteral("DE"), QStringLiteral("CN"), QStringLiteral("BR")};
const QStringList kTags = {QStringLiteral("speaker"), QStringLiteral("Rust"), QStringLiteral("beta"),
                           QStringLiteral("vip")};

/** The reference fold, written out plainly: decomposed, marks dropped, case-folded. */
QString fold(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KD);
    s.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return s.toCaseFolded().replace(QStringLiteral("ß"), QStringLiteral("ss"));
}

/** The folded fields a person is searched by, computed once per person. */
QHash<model::Uuid, QStringList> foldedFields(const QList<Person>& people)
{
    QHash<model::Uuid, QStringList> result;
    for (const Person& p : people) {
        QStringList fields = {fold(p.displayName.trimmed()), fold(p.company.trimmed())};
        for (const Identity& identity : p.identities)
            fields << fold(identity.normalized().isEmpty() ? identity.value : identity.normalized());
        result.insert(p.meta.id, fields);
    }
    return result;
}

/** What the index should keep, by brute force over the repository's merged view. */
std::vector<RowKey> reference(const QList<Person>& people, const QHash<model::Uuid, QStringList>& folded,
                              const QHash<model::Uuid, RowKey>& keys, const PeopleSearchIndex::Query& q,
                              const QHash<RowKey, int>& levels = {})
{
    QStringList words;
    for (QString word : fold(q.text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (word.startsWith(u'@'))
            word.remove(0, 1);
        if (!word.isEmpty())
            words << word;
    }
    std::vector<RowKey> result;
    for (const Person& p : people) {
        const QStringList& fields = folded[p.meta.id];
        bool keep = std::all_of(words.begin(), words.end(), [&](const QString& word) {
            return std::any_of(fields.begin(), fields.end(), [&](const QString& f) { return f.contains(word); });
        });
        const QString values[] = {p.country, p.role, p.company};
        for (int a = 0; a < PeopleSearchIndex::AttributeCount; ++a)
            keep = keep && (!q.attribute[size_t(a)] || values[a].trimmed() == q.attribute[size_t(a)]->trimmed());
        keep = keep && (!q.tag || p.tags.contains(*q.tag));
        const RowKey key = keys.value(p.meta.id);
        keep = keep && (q.level < 0 || levels.value(key, -1) == q.level);
        if (keep)
            result.push_back(key);
    }
    return result;
}

} // namespace

class TestPeopleSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filterMatchesBruteForce();
    void refreshEqualsRebuild();
    void valuesAndTagsAreCounted();
    void sortsLikeSqliteNocase();
    void levels();
    void cancelStopsTheBuild();
    void foldIgnoresCaseAndAccents();

private:
    void makePeople(int count);
    QList<Person> everyone() const;
    std::vector<RowKey> allKeys() const;
    QList<PeopleSearchIndex::Query> queries(const QList<Person>& people, int count, quint32 seed) const;

    std::unique_ptr<test::TestDatabase> m_database;
    test::FixedClock m_clock;
    std::unique_ptr<storage::PeopleRepository> m_people;
};

void TestPeopleSearchIndex::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
    QSqlQuery(m_database->db()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    m_people = std::make_unique<storage::PeopleRepository>(m_database->db(), m_clock);
}

void TestPeopleSearchIndex::cleanup()
{
    m_people.reset();
    m_database.reset();
}

void TestPeopleSearchIndex::makePeople(int count)
{
    // One transaction: a commit per person would wait for the disk each time.
    QSqlQuery transaction(m_database->db());
    QVERIFY(transaction.exec(QStringLiteral("BEGIN")));
    QRandomGenerator rng(42);
    const auto pick = [&rng](const QStringList& list) { return list[int(rng.bounded(quint32(list.size())))]; };
    for (int i = 0; i < count; ++i) {
        Person p;
        if (i % 11 != 5)
            p.displayName = pick(kGiven) + QLatin1Char(' ') + pick(kFamily);
        p.identities.append({IdentityKind::Email, QStringLiteral("user%1@Example.org").arg(i)});
        if (i % 3 == 0)
            p.identities.append({IdentityKind::GitHub, QStringLiteral("gh-%1").arg(i * 7)});
        if (i % 4 == 0)
            p.identities.append({IdentityKind::X, QStringLiteral("@X_%1").arg(i)});
        if (i % 9 == 0)
            p.identities.append({IdentityKind::LinkedIn, QStringLiteral("https://www.linkedin.com/in/li-%1").arg(i)});
        p.company = pick(kCompanies);
        p.role = pick(kRoles);
        p.country = pick(kCountries);
        for (const QString& tag : kTags) {
            if (rng.bounded(3) == 0)
                p.tags << tag;
        }
        if (i % 5 != 0)
            p.joined = QDate(2023, 1, 1).addDays(int(rng.bounded(700)));
        QVERIFY2(m_people->create(p), qPrintable(QString::number(i)));
    }
    // Some merges, one of them two deep.
    const auto mergeKeys = [&](RowKey survivor, RowKey absorbed) {
        model::PersonMerge merge;
        QVERIFY(model::PersonMerge::merge(*m_people->getByKey(survivor), *m_people->getByKey(absorbed), m_clock,
                                          &merge, nullptr));
        QVERIFY(m_people->mergePeople(merge));
    };
    mergeKeys(2, 40);
    mergeKeys(3, 41);
    mergeKeys(2, 3);
    QVERIFY(transaction.exec(QStringLiteral("COMMIT")));
}

QList<Person> TestPeopleSearchIndex::everyone() const
{
    return m_people->list();
}

std::vector<RowKey> TestPeopleSearchIndex::allKeys() const
{
    // A listing order that is not the key order.
    std::vector<RowKey> keys;
    QSqlQuery q(m_database->db());
    q.exec(QStringLiteral("SELECT key FROM people WHERE merged_into IS NULL ORDER BY display_name DESC, key"));
    while (q.next())
        keys.push_back(q.value(0).toLongLong());
    return keys;
}

QList<PeopleSearchIndex::Query> TestPeopleSearchIndex::queries(const QList<Person>& people, int count,
                                                              quint32 seed) const
{
    QRandomGenerator rng(seed);
    QList<PeopleSearchIndex::Query> result;
    for (int i = 0; i < count; ++i) {
        PeopleSearchIndex::Query q;
        const Person& p = people[int(rng.bounded(quint32(people.size())))];
        // Words: pieces of real fields, in other case, sometimes without accents, or noise.
        QStringList sources = {p.displayName, p.company};
        for (const Identity& identity : p.identities)
            sources << identity.value;
        const int words = int(rng.bounded(3));
        QStringList text;
        for (int w = 0; w < words; ++w) {
            const QString source = sources[int(rng.bounded(quint32(sources.size())))];
            if (source.isEmpty())
                continue;
            const int from = int(rng.bounded(quint32(source.size())));
            QString piece = source.mid(from, 1 + int(rng.bounded(5))).trimmed();
            if (rng.bounded(2))
                piece = piece.toUpper();
            if (rng.bounded(4) == 0)
                piece = QStringLiteral("@") + piece;
            if (!piece.contains(u' '))
                text << piece;
        }
        if (rng.bounded(10) == 0)
            text << QStringLiteral("qqqq");
        q.text = text.join(u' ');
        if (rng.bounded(4) == 0)
            q.attribute[PeopleSearchIndex::Country] = kCountries[int(rng.bounded(quint32(kCountries.size())))];
        if (rng.bounded(5) == 0)
            q.attribute[PeopleSearchIndex::Company] = kCompanies[int(rng.bounded(quint32(kCompanies.size())))];
        if (rng.bounded(5) == 0)
            q.attribute[PeopleSearchIndex::Role] = kRoles[int(rng.bounded(quint32(kRoles.size())))];
        if (rng.bounded(4) == 0)
            q.tag = kTags[int(rng.bounded(quint32(kTags.size())))];
        result << q;
    }
    return result;
}

void TestPeopleSearchIndex::filterMatchesBruteForce()
{
    makePeople(300);
    QString error;
    const auto index = PeopleSearchIndex::build(m_database->db(), nullptr, &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(qint64(index->size()), m_people->count());
    const QList<Person> people = everyone();
    const auto folded = foldedFields(people);
    const auto keys = m_people->keysById();
    const std::vector<RowKey> listed = allKeys();
    // The absorbed people's identities are found on their survivor.
    PeopleSearchIndex::Query absorbed;
    absorbed.text = QStringLiteral("user40@");
    QCOMPARE(index->filter(listed, absorbed), std::vector<RowKey>{2});
    int nonEmpty = 0;
    for (const PeopleSearchIndex::Query& q : queries(people, 400, 7)) {
        std::vector<RowKey> expected;
        // The reference in listing order.
        const std::vector<RowKey> matching = reference(people, folded, keys, q);
        for (RowKey key : listed) {
            if (std::find(matching.begin(), matching.end(), key) != matching.end())
                expected.push_back(key);
        }
        const std::vector<RowKey> got = index->filter(listed, q);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("\"%1\": %2 found, %3 expected")
                                                 .arg(q.text)
                                                 .arg(got.size())
                                                 .arg(expected.size())));
        nonEmpty += !expected.empty() && expected.size() < listed.size();
    }
    QVERIFY(nonEmpty > 100); // the queries did select something
}

void TestPeopleSearchIndex::refreshEqualsRebuild()
{
    makePeople(200);
    auto index = PeopleSearchIndex::build(m_database->db());
    QVERIFY(index);
    // Edits of every kind, each followed by refresh(keys) as the People area does.
    Person edited = *m_people->getByKey(10);
    edited.displayName = QStringLiteral("Renamed Person");
    edited.company = QStringLiteral("Newco");
    edited.tags = {QStringLiteral("fresh")};
    edited.identities.append({IdentityKind::Discord, QStringLiteral("renamed#1")});
    QVERIFY(m_people->update(edited));
    QVERIFY(index->refresh(m_database->db(), {10}));

    QVERIFY(m_people->remove(m_people->idOf(11)));
    QVERIFY(index->refresh(m_database->db(), {11}));

    Person added;
    added.displayName = QStringLiteral("Brand New");
    added.identities = {{IdentityKind::Email, QStringLiteral("new@example.org")}};
    const storage::StoreResult created = m_people->create(added);
    QVERIFY(created);
    QVERIFY(index->refresh(m_database->db(), {created.key}));

    model::PersonMerge merge;
    QVERIFY(model::PersonMerge::merge(*m_people->getByKey(12), *m_people->getByKey(13), m_clock, &merge, nullptr));
    QVERIFY(m_people->mergePeople(merge));
    QVERIFY(index->refresh(m_database->db(), {12, 13}));
    model::PersonMerge deep;
    QVERIFY(model::PersonMerge::merge(*m_people->getByKey(14), *m_people->getByKey(12), m_clock, &deep, nullptr));
    QVERIFY(m_people->mergePeople(deep));
    QVERIFY(index->refresh(m_database->db(), {14, 12}));
    QVERIFY(m_people->unmergePeople(deep));
    QVERIFY(index->refresh(m_database->db(), {14, 12}));

    const auto rebuilt = PeopleSearchIndex::build(m_database->db());
    QVERIFY(rebuilt);
    QCOMPARE(index->size(), rebuilt->size());
    const std::vector<RowKey> listed = allKeys();
    const QList<Person> people = everyone();
    const auto folded = foldedFields(people);
    const auto keys = m_people->keysById();
    for (const PeopleSearchIndex::Query& q : queries(people, 300, 9)) {
        QCOMPARE(index->filter(listed, q), rebuilt->filter(listed, q));
        std::vector<RowKey> expected;
        const std::vector<RowKey> matching = reference(people, folded, keys, q);
        for (RowKey key : listed)
            if (std::find(matching.begin(), matching.end(), key) != matching.end())
                expected.push_back(key);
        QCOMPARE(index->filter(listed, q), expected);
    }
    for (int a = 0; a < PeopleSearchIndex::AttributeCount; ++a)
        QCOMPARE(index->values(PeopleSearchIndex::Attribute(a)), rebuilt->values(PeopleSearchIndex::Attribute(a)));
    QCOMPARE(index->tags(), rebuilt->tags());
    PeopleSearchIndex::Query renamed;
    renamed.text = QStringLiteral("renamed#1");
    QCOMPARE(index->filter(listed, renamed), std::vector<RowKey>{10});
    PeopleSearchIndex::Query old;
    old.text = QStringLiteral("user10@example"); // key 11 was person 10
    QVERIFY(index->filter(listed, old).empty());
}

void TestPeopleSearchIndex::valuesAndTagsAreCounted()
{
    makePeople(150);
    const auto index = PeopleSearchIndex::build(m_database->db());
    QVERIFY(index);
    QSqlQuery q(m_database->db());
    QList<QPair<QString, qint64>> expected;
    q.exec(QStringLiteral("SELECT company, COUNT(*) FROM people WHERE merged_into IS NULL AND company <> '' "
                          "GROUP BY company"));
    while (q.next())
        expected.append({q.value(0).toString(), q.value(1).toLongLong()});
    std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
        const int c = a.first.compare(b.first, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.first < b.first;
    });
    QCOMPARE(index->values(PeopleSearchIndex::Company), expected);
    expected.clear();
    q.exec(QStringLiteral("SELECT tag, COUNT(*) FROM person_tags t JOIN people p ON p.key = t.person_key "
                          "WHERE p.merged_into IS NULL GROUP BY tag"));
    while (q.next())
        expected.append({q.value(0).toString(), q.value(1).toLongLong()});
    std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
        const int c = a.first.compare(b.first, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.first < b.first;
    });
    QCOMPARE(index->tags(), expected);
}

void TestPeopleSearchIndex::sortsLikeSqliteNocase()
{
    makePeople(250);
    const auto index = PeopleSearchIndex::build(m_database->db());
    QVERIFY(index);
    const auto sqlOrder = [this](const QString& orderBy) {
        std::vector<RowKey> keys;
        QSqlQuery q(m_database->db());
        q.exec(QStringLiteral("SELECT key FROM people WHERE merged_into IS NULL ORDER BY %1").arg(orderBy));
        while (q.next())
            keys.push_back(q.value(0).toLongLong());
        return keys;
    };
    QCOMPARE(index->sortedKeys(PeopleSearchIndex::Company, false), sqlOrder(QStringLiteral("company COLLATE NOCASE, key")));
    QCOMPARE(index->sortedKeys(PeopleSearchIndex::Company, true),
             sqlOrder(QStringLiteral("company COLLATE NOCASE DESC, key DESC")));
    QCOMPARE(index->sortedKeys(PeopleSearchIndex::Role, false), sqlOrder(QStringLiteral("role COLLATE NOCASE, key")));
    QCOMPARE(index->sortedKeys(PeopleSearchIndex::Country, true),
             sqlOrder(QStringLiteral("country COLLATE NOCASE DESC, key DESC")));
    QCOMPARE(index->sortedKeysByJoined(false), sqlOrder(QStringLiteral("joined, key")));
    QCOMPARE(index->sortedKeysByJoined(true), sqlOrder(QStringLiteral("joined DESC, key DESC")));
}

void TestPeopleSearchIndex::levels()
{
    makePeople(60);
    auto index = PeopleSearchIndex::build(m_database->db());
    QVERIFY(index);
    QVERIFY(!index->hasLevels());
    const std::vector<RowKey> listed = allKeys();
    QHash<RowKey, int> levels;
    std::vector<std::pair<RowKey, std::uint8_t>> given;
    for (RowKey key : listed) {
        levels.insert(key, int(key % 4));
        given.emplace_back(key, std::uint8_t(key % 4));
    }
    index->setLevels(given);
    QVERIFY(index->hasLevels());
    PeopleSearchIndex::Query q;
    q.level = 2;
    const QList<Person> people = everyone();
    const auto folded = foldedFields(people);
    const auto keys = m_people->keysById();
    QCOMPARE(index->filter(listed, q), [&] {
        std::vector<RowKey> expected;
        const auto matching = reference(people, folded, keys, q, levels);
        for (RowKey key : listed)
            if (std::find(matching.begin(), matching.end(), key) != matching.end())
                expected.push_back(key);
        return expected;
    }());
    // An edit keeps the level; someone new has none yet.
    Person edited = *m_people->getByKey(listed.front());
    edited.role = QStringLiteral("changed");
    QVERIFY(m_people->update(edited));
    Person added;
    added.displayName = QStringLiteral("Levelless");
    const RowKey addedKey = m_people->create(added).key;
    QVERIFY(index->refresh(m_database->db(), {listed.front(), addedKey}));
    QCOMPARE(int(index->level(listed.front())), levels.value(listed.front()));
    QCOMPARE(index->level(addedKey), PeopleSearchIndex::kNoLevel);
    QCOMPARE(index->keysWithoutLevel(), std::vector<RowKey>{addedKey});
    QCOMPARE(index->levels().size(), listed.size());
}

void TestPeopleSearchIndex::cancelStopsTheBuild()
{
    makePeople(50);
    std::atomic<bool> cancel{true};
    QString error;
    QVERIFY(!PeopleSearchIndex::build(m_database->db(), &cancel, &error));
    QVERIFY(!error.isEmpty());
    cancel = false;
    QVERIFY(PeopleSearchIndex::build(m_database->db(), &cancel, &error));
}

void TestPeopleSearchIndex::foldIgnoresCaseAndAccents()
{
    QCOMPARE(PeopleSearchIndex::fold(u"José ÖDEGÅRD"), std::string("jose odegard"));
    QCOMPARE(PeopleSearchIndex::fold(u"Straße"), std::string("strasse"));
    QCOMPARE(PeopleSearchIndex::fold(u"李伟"), std::string("李伟"));
    QCOMPARE(PeopleSearchIndex::fold(u"ＡＢＣ"), std::string("abc")); // full-width letters
}

QTEST_GUILESS_MAIN(TestPeopleSearchIndex)
#include "tst_peoplesearchindex.moc"
