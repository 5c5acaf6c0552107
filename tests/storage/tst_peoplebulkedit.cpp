// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PeopleBulkEdit.h"
#include "core/storage/PeopleRepository.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QSqlQuery>
#include <QTest>

using namespace rapport;
using storage::PeopleBulkEdit;
using storage::RowKey;

class TestPeopleBulkEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addTagToThoseLackingIt();
    void removeTagComparesNormalized();
    void setFieldChangesOnlyDifferentValues_data();
    void setFieldChangesOnlyDifferentValues();
    void refusesBadInput();

private:
    model::Person stored(RowKey key) const { return *m_people->getByKey(key); }

    std::unique_ptr<test::TestDatabase> m_database;
    test::FixedClock m_clock;
    std::unique_ptr<storage::PeopleRepository> m_people;
    QList<RowKey> m_keys;
};

void TestPeopleBulkEdit::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
    QSqlQuery(m_database->db()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    m_people = std::make_unique<storage::PeopleRepository>(m_database->db(), m_clock);
    m_keys.clear();
    const QList<QStringList> tags = {{QStringLiteral("Rust")}, {}, {QStringLiteral("rust"), QStringLiteral("go")}, {QStringLiteral("go")}};
    for (int i = 0; i < tags.size(); ++i) {
        model::Person p;
        p.displayName = QStringLiteral("Person %1").arg(i);
        p.company = i % 2 ? QStringLiteral("Acme") : QStringLiteral("Globex");
        p.tags = tags[i];
        const storage::StoreResult r = m_people->create(p);
        QVERIFY(r);
        m_keys << r.key;
    }
    m_clock.advance(3600);
}

void TestPeopleBulkEdit::cleanup()
{
    m_people.reset();
    m_database.reset();
}

void TestPeopleBulkEdit::addTagToThoseLackingIt()
{
    PeopleBulkEdit edit(m_database->db(), m_clock);
    const storage::StoreResult r = edit.addTag(m_keys, QStringLiteral(" RUST "));
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.key, 2); // persons 1 and 3 lacked it ("Rust" and "rust" count as it)
    QCOMPARE(stored(m_keys[0]).tags, QStringList{QStringLiteral("Rust")});
    QCOMPARE(stored(m_keys[1]).tags, QStringList{QStringLiteral("RUST")});
    QCOMPARE(stored(m_keys[2]).tags, (QStringList{QStringLiteral("go"), QStringLiteral("rust")}));
    QCOMPARE(stored(m_keys[3]).tags, (QStringList{QStringLiteral("RUST"), QStringLiteral("go")}));
    // The people changed have their meta touched, the others not.
    QCOMPARE(stored(m_keys[0]).meta.rowVersion, 1);
    QCOMPARE(stored(m_keys[1]).meta.rowVersion, 2);
    QCOMPARE(stored(m_keys[1]).meta.updatedAt, m_clock.now());
    QCOMPARE(stored(m_keys[3]).meta.rowVersion, 2);
    // A key that is gone is passed over.
    QVERIFY(edit.addTag({m_keys[0], 9999}, QStringLiteral("new")));
    QCOMPARE(stored(m_keys[0]).tags.size(), 2);
}

void TestPeopleBulkEdit::removeTagComparesNormalized()
{
    PeopleBulkEdit edit(m_database->db(), m_clock);
    const storage::StoreResult r = edit.removeTag({m_keys[0], m_keys[1], m_keys[2]}, QStringLiteral("RUST"));
    QVERIFY(r);
    QCOMPARE(r.key, 2);
    QVERIFY(stored(m_keys[0]).tags.isEmpty());
    QCOMPARE(stored(m_keys[2]).tags, QStringList{QStringLiteral("go")});
    QCOMPARE(stored(m_keys[1]).meta.rowVersion, 1);
    QCOMPARE(stored(m_keys[2]).meta.rowVersion, 2);
    QCOMPARE(stored(m_keys[3]).tags, QStringList{QStringLiteral("go")}); // not asked
}

void TestPeopleBulkEdit::setFieldChangesOnlyDifferentValues_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("changed");
    QTest::newRow("company to Acme") << int(PeopleBulkEdit::Field::Company) << QStringLiteral("Acme") << 2;
    QTest::newRow("company cleared") << int(PeopleBulkEdit::Field::Company) << QString() << 4;
    QTest::newRow("role") << int(PeopleBulkEdit::Field::Role) << QStringLiteral(" devrel ") << 4;
    QTest::newRow("country") << int(PeopleBulkEdit::Field::Country) << QStringLiteral("DE") << 4;
}

void TestPeopleBulkEdit::setFieldChangesOnlyDifferentValues()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(int, changed);
    PeopleBulkEdit edit(m_database->db(), m_clock);
    const storage::StoreResult r = edit.setField(m_keys, PeopleBulkEdit::Field(field), value);
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.key, changed);
    for (RowKey key : m_keys) {
        const model::Person p = stored(key);
        const QString now = field == int(PeopleBulkEdit::Field::Company) ? p.company
                            : field == int(PeopleBulkEdit::Field::Role)  ? p.role
                                                                          : p.country;
        QCOMPARE(now, value.trimmed());
    }
    int touched = 0;
    for (RowKey key : m_keys)
        touched += stored(key).meta.rowVersion == 2;
    QCOMPARE(touched, changed);
    // Again: nothing left to change.
    QCOMPARE(edit.setField(m_keys, PeopleBulkEdit::Field(field), value).key, 0);
}

void TestPeopleBulkEdit::refusesBadInput()
{
    PeopleBulkEdit edit(m_database->db(), m_clock);
    QCOMPARE(edit.addTag(m_keys, QStringLiteral("  ")).error, storage::StoreError::Invalid);
    QCOMPARE(edit.removeTag(m_keys, QString()).error, storage::StoreError::Invalid);
    QCOMPARE(edit.setField(m_keys, PeopleBulkEdit::Field::Role, QString(600, u'x')).error,
             storage::StoreError::Invalid);
    for (RowKey key : m_keys)
        QCOMPARE(stored(key).meta.rowVersion, 1);
}

QTEST_GUILESS_MAIN(TestPeopleBulkEdit)
#include "tst_peoplebulkedit.moc"
