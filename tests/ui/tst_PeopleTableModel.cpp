// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ProjectFixture.h"
#include "ui/people/PeopleTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <memory>

using rapport::ui::PeopleTableModel;

namespace {

struct Reference
{
    qint64 key;
    QString name;
    QString company;
};

// What the table should show, computed without SQL ordering: every person not merged,
// sorted in C++ (ASCII case-insensitive like SQLite's NOCASE, then by key).
std::vector<Reference> reference(const QSqlDatabase& db, int column, Qt::SortOrder order)
{
    std::vector<Reference> rows;
    QSqlQuery q(db);
    q.exec(
        QStringLiteral("SELECT key, display_name, company FROM people WHERE merged_into IS NULL"));
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

QTEST_GUILESS_MAIN(TestPeopleTableModel)
#include "tst_PeopleTableModel.moc"
