// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ProjectFixture.h"
#include "ui/people/PeopleTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlError>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <memory>

using rapport::ui::PeopleTableModel;

namespace {

struct Reference
{
    qint64 key;
    QString name; // as shown: the display name, else the first email, else the first handle
    QString company;
};

// What the table should show, computed without SQL ordering: every person not merged,
// sorted in C++ (ASCII case-insensitive like SQLite's NOCASE, then by key).
std::vector<Reference> reference(const QSqlDatabase& db, int column, Qt::SortOrder order)
{
    std::vector<Reference> rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT p.key, CASE WHEN TRIM(p.display_name) <> '' THEN p.display_name ELSE "
        "(SELECT i.value FROM identities i WHERE i.person_key = p.key "
        "ORDER BY i.kind <> 'email', i.key LIMIT 1) END, p.company "
        "FROM people p WHERE p.merged_into IS NULL"));
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    auto fold = [](const QString& s) {
        QByteArray bytes = s.toUtf8();
        for (char& c : bytes)
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        return bytes;
    };
    std::sort(rows.begin(), rows.end(), [&](const Reference& a, const Reference& b) {
        const QByteArray x = fold(column == PeopleTableModel::Company ? a.company : a.name);
        const QByteArray y = fold(column == PeopleTableModel::Company ? b.company : b.name);
        if (x != y)
            return order == Qt::AscendingOrder ? x < y : y < x;
        return order == Qt::AscendingOrder ? a.key < b.key : b.key < a.key;
    });
    return rows;
}

} // namespace

class TestPeopleTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void passesModelTester();
    void listsEveryPersonButMerged();
    void showsEachColumn();
    void sortsLikeReference_data();
    void sortsLikeReference();
    void tagsAreNotSortable();
    void readsPagesBeyondTheCache();
    void selectionFollowsPersonWhenSorted();
    void emptyWithoutDatabase();
    void namelessSortByStandIn_data();
    void namelessSortByStandIn();
    void keyFilterAndSorter();
    void updatePeopleEqualsReload_data();
    void updatePeopleEqualsReload();

private:
    rapport::test::UiTestFolder m_folder;
    std::unique_ptr<rapport::storage::ProjectFile> m_file;
    static constexpr int kPeople = 300;
    static constexpr int kMerged = 3;
};

void TestPeopleTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    rapport::storage::FileResult result;
    m_file = rapport::storage::ProjectFile::create(m_folder.path(QStringLiteral("people.rapport")),
                                                   m_folder.environment(), &result);
    QVERIFY2(m_file, qPrintable(result.message));
    rapport::test::addPeople(*m_file, 0, kPeople + kMerged);
    // The last people were merged into the first: they are no longer listed.
    QSqlQuery merge(m_file->database());
    QVERIFY(
        merge.exec(QStringLiteral("UPDATE people SET merged_into = 1, merged_at = 0 WHERE key > %1")
                       .arg(kPeople)));
}

void TestPeopleTableModel::cleanupTestCase()
{
    m_file.reset();
}

void TestPeopleTableModel::passesModelTester()
{
    PeopleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_file->database());
    model.sort(PeopleTableModel::Name, Qt::DescendingOrder);
    model.sort(PeopleTableModel::Company, Qt::AscendingOrder);
    model.sort(PeopleTableModel::Joined, Qt::DescendingOrder);
    model.reload();
    model.setDatabase(QSqlDatabase());
    model.setDatabase(m_file->database());
}

void TestPeopleTableModel::listsEveryPersonButMerged()
{
    PeopleTableModel model;
    model.setDatabase(m_file->database());
    QCOMPARE(model.rowCount(), kPeople);
    QCOMPARE(model.columnCount(), int(PeopleTableModel::ColumnCount));
    QVERIFY(model.lastError().isEmpty());
    QSet<qint64> keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.insert(model.personKey(row));
    QCOMPARE(keys.size(), kPeople);
    QVERIFY(*std::max_element(keys.begin(), keys.end()) <= kPeople);
}

void TestPeopleTableModel::showsEachColumn()
{
    PeopleTableModel model;
    model.setDatabase(m_file->database());
    // Person number 4 has key 5 (keys start at 1).
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.personKey(r) == 5)
            row = r;
    QVERIFY(row >= 0);
    auto text = [&](int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(PeopleTableModel::Name), rapport::test::personName(4));
    QCOMPARE(text(PeopleTableModel::Email), QStringLiteral("person4@example.org"));
    QCOMPARE(text(PeopleTableModel::Company), QStringLiteral("Company 4"));
    QCOMPARE(text(PeopleTableModel::Role), QStringLiteral("Advocate"));
    QCOMPARE(text(PeopleTableModel::Country), QStringLiteral("DE"));
    QCOMPARE(text(PeopleTableModel::Tags), QStringLiteral("beta, speaker"));
    QCOMPARE(text(PeopleTableModel::Joined),
             QLocale().toString(QDate(2024, 1, 5), QLocale::ShortFormat));
    QCOMPARE(model.headerData(PeopleTableModel::Email, Qt::Horizontal).toString(),
             QStringLiteral("Email"));
}

void TestPeopleTableModel::sortsLikeReference_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("name ascending") << int(PeopleTableModel::Name) << Qt::AscendingOrder;
    QTest::newRow("name descending") << int(PeopleTableModel::Name) << Qt::DescendingOrder;
    QTest::newRow("company ascending") << int(PeopleTableModel::Company) << Qt::AscendingOrder;
    QTest::newRow("company descending") << int(PeopleTableModel::Company) << Qt::DescendingOrder;
}

void TestPeopleTableModel::sortsLikeReference()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    PeopleTableModel model;
    model.setDatabase(m_file->database());
    model.sort(column, order);
    const std::vector<Reference> expected = reference(m_file->database(), column, order);
    QCOMPARE(size_t(model.rowCount()), expected.size());
    // Read from the end first so pages are fetched out of order.
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        QCOMPARE(model.personKey(row), expected[size_t(row)].key);
        QCOMPARE(model.index(row, PeopleTableModel::Name).data().toString(),
                 expected[size_t(row)].name);
    }
}

void TestPeopleTableModel::tagsAreNotSortable()
{
    PeopleTableModel model;
    model.setDatabase(m_file->database());
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(PeopleTableModel::Tags, Qt::AscendingOrder);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(model.sortColumn(), int(PeopleTableModel::Name));
}

void TestPeopleTableModel::readsPagesBeyondTheCache()
{
    // More rows than the cache holds pages for: rows still come out right when revisited.
    rapport::test::UiTestFolder folder;
    rapport::storage::FileResult result;
    auto file = rapport::storage::ProjectFile::create(folder.path(QStringLiteral("big.rapport")),
                                                      folder.environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    const int count = PeopleTableModel::kPageSize * (PeopleTableModel::kCachedPages + 4) + 17;
    rapport::test::addPeople(*file, 0, count);
    PeopleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(file->database());
    QCOMPARE(model.rowCount(), count);
    const std::vector<Reference> expected =
        reference(file->database(), PeopleTableModel::Name, Qt::AscendingOrder);
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < count; row += 97)
            QCOMPARE(model.index(row, PeopleTableModel::Name).data().toString(),
                     expected[size_t(row)].name);
    }
    QCOMPARE(model.index(count - 1, PeopleTableModel::Name).data().toString(),
             expected.back().name);
}

void TestPeopleTableModel::selectionFollowsPersonWhenSorted()
{
    PeopleTableModel model;
    model.setDatabase(m_file->database());
    const QPersistentModelIndex held = model.index(10, PeopleTableModel::Email);
    const QString email = held.data().toString();
    model.sort(PeopleTableModel::Name, Qt::DescendingOrder);
    QVERIFY(held.isValid());
    QCOMPARE(held.data().toString(), email);
    QCOMPARE(held.row(), kPeople - 1 - 10);
}

void TestPeopleTableModel::emptyWithoutDatabase()
{
    PeopleTableModel model;
    QCOMPARE(model.rowCount(), 0);
    model.setDatabase(QSqlDatabase());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestPeopleTableModel::namelessSortByStandIn_data()
{
    QTest::addColumn<int>("nameless");
    QTest::newRow("a few: merged into the name index order") << 40;
    QTest::newRow("many: sorted by SQL") << int(PeopleTableModel::kMaxNamelessMerged) + 10;
}

void TestPeopleTableModel::namelessSortByStandIn()
{
    QFETCH(int, nameless);
    rapport::test::UiTestFolder folder;
    rapport::storage::FileResult result;
    auto file = rapport::storage::ProjectFile::create(folder.path(QStringLiteral("nameless.rapport")),
                                                      folder.environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    rapport::test::addPeople(*file, 0, 200);
    {
        // People without a name: by email (some of them like the names, "Bo 1…"), by handle,
        // and some with a name of spaces only.
        rapport::storage::Transaction transaction = file->transaction();
        QSqlQuery person(file->database()), identity(file->database());
        QVERIFY(person.prepare(QStringLiteral("INSERT INTO people (id, created_at, updated_at, display_name) "
                                              "VALUES (?, 0, 0, ?)")));
        QVERIFY(identity.prepare(QStringLiteral(
            "INSERT INTO identities (person_key, kind, value, normalized) VALUES (?, ?, ?, ?)")));
        for (int n = 0; n < nameless; ++n) {
            person.addBindValue(QStringLiteral("00000000-0000-7000-9000-%1").arg(n, 12, 10, QLatin1Char('0')));
            person.addBindValue(n % 5 == 0 ? QStringLiteral("  ") : QString(QLatin1String("")));
            QVERIFY(person.exec());
            const qint64 key = person.lastInsertId().toLongLong();
            const bool email = n % 3 != 0;
            const QString value = email ? QStringLiteral("%1%2@x.org").arg(rapport::test::personName(n)).remove(u' ')
                                        : QStringLiteral("h%1").arg(n * 7 + 3);
            identity.addBindValue(key);
            identity.addBindValue(email ? QStringLiteral("email") : QStringLiteral("github"));
            identity.addBindValue(value);
            identity.addBindValue(value.toLower());
            QVERIFY2(identity.exec(), qPrintable(identity.lastError().text()));
        }
        QString error;
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    PeopleTableModel model;
    model.setDatabase(file->database());
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(PeopleTableModel::Name, order);
        const std::vector<Reference> expected = reference(file->database(), PeopleTableModel::Name, order);
        QCOMPARE(size_t(model.rowCount()), expected.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.personKey(row), expected[size_t(row)].key);
            QCOMPARE(model.index(row, PeopleTableModel::Name).data().toString(), expected[size_t(row)].name);
        }
        model.sort(PeopleTableModel::Company, order); // away and back: sort() skips the same order
    }
}

void TestPeopleTableModel::keyFilterAndSorter()
{
    PeopleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_file->database());
    // Keep the even keys, in the model's order.
    model.setKeyFilter([](std::span<const qint64> keys) {
        std::vector<qint64> kept;
        for (qint64 key : keys)
            if (key % 2 == 0)
                kept.push_back(key);
        return kept;
    });
    QVERIFY(model.isFiltered());
    QCOMPARE(model.rowCount(), kPeople / 2);
    QCOMPARE(model.totalCount(), qint64(kPeople));
    const std::vector<Reference> byName = reference(m_file->database(), PeopleTableModel::Name, Qt::AscendingOrder);
    int row = 0;
    for (const Reference& r : byName) {
        if (r.key % 2 == 0)
            QCOMPARE(model.personKey(row++), r.key);
    }
    QVERIFY(model.rowOfKey(2) >= 0);
    QCOMPARE(model.rowOfKey(1), -1);
    // A sorter gives the order when it can; the filter applies to it.
    model.setKeySorter([](int column, Qt::SortOrder) -> std::optional<std::vector<qint64>> {
        if (column != PeopleTableModel::Country)
            return std::nullopt;
        std::vector<qint64> keys;
        for (qint64 key = kPeople; key >= 1; --key)
            keys.push_back(key);
        return keys;
    });
    model.sort(PeopleTableModel::Country, Qt::AscendingOrder);
    QCOMPARE(model.personKey(0), qint64(kPeople));
    QCOMPARE(model.personKey(1), qint64(kPeople - 2));
    model.setKeyFilter({});
    QCOMPARE(model.rowCount(), kPeople);
    QCOMPARE(model.personKey(1), qint64(kPeople - 1));
    // Values as shown, for the clipboard.
    const QString tsv = model.toTsv({0});
    QVERIFY(tsv.startsWith(QStringLiteral("Name\tEmail\tCompany\tRole\tCountry\tTags\tJoined\n")));
    QVERIFY(tsv.contains(QStringLiteral("person%1@example.org").arg(kPeople - 1)));
}

void TestPeopleTableModel::updatePeopleEqualsReload_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("filtered");
    for (int column : {int(PeopleTableModel::Name), int(PeopleTableModel::Email), int(PeopleTableModel::Company),
                       int(PeopleTableModel::Joined)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (bool filtered : {false, true}) {
                QTest::addRow("column %d %s%s", column, order == Qt::AscendingOrder ? "asc" : "desc",
                              filtered ? " filtered" : "")
                    << column << order << filtered;
            }
        }
    }
}

void TestPeopleTableModel::updatePeopleEqualsReload()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, filtered);
    rapport::test::UiTestFolder folder;
    rapport::storage::FileResult result;
    auto file = rapport::storage::ProjectFile::create(folder.path(QStringLiteral("update.rapport")),
                                                      folder.environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    rapport::test::addPeople(*file, 0, 120);
    const QSqlDatabase db = file->database();
    const auto keep = [](std::span<const qint64> keys) {
        std::vector<qint64> kept;
        for (qint64 key : keys)
            if (key % 3 != 0)
                kept.push_back(key);
        return kept;
    };
    PeopleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(db);
    model.sort(column, order);
    if (filtered)
        model.setKeyFilter(keep);
    // Renamed, moved to another company, one without a name or email, one merged, one gone,
    // and one new.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE people SET display_name = 'Zz Top', company = 'AAA', joined = NULL "
                                  "WHERE key = 5")));
    QVERIFY(q.exec(QStringLiteral("UPDATE people SET display_name = '', company = 'zzz' WHERE key = 8")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM identities WHERE person_key = 11")));
    QVERIFY(q.exec(QStringLiteral("UPDATE people SET merged_into = 1 WHERE key = 13")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM identities WHERE person_key = 20")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM person_tags WHERE person_key = 20")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM people WHERE key = 20")));
    rapport::test::insertPeople(db, 500, 1);
    const qint64 added = q.exec(QStringLiteral("SELECT MAX(key) FROM people")) && q.next() ? q.value(0).toLongLong() : 0;
    QVERIFY(model.updatePeople({5, 8, 11, 13, 20, added}));

    std::vector<qint64> updated;
    for (int row = 0; row < model.rowCount(); ++row)
        updated.push_back(model.personKey(row));
    model.reload();
    std::vector<qint64> reloaded;
    for (int row = 0; row < model.rowCount(); ++row)
        reloaded.push_back(model.personKey(row));
    QCOMPARE(updated, reloaded);
    QCOMPARE(model.totalCount(), qint64(119)); // 120, one gone, one merged, one new
    QVERIFY(!model.updatePeople(QList<qint64>(PeopleTableModel::kMaxUpdated + 1, 1)));
}

QTEST_GUILESS_MAIN(TestPeopleTableModel)
#include "tst_PeopleTableModel.moc"
