// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdentityMerge.h"

#include "tests/support/FixedClock.h"

#include <QTest>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;

namespace {

bool samePerson(const Person& a, const Person& b)
{
    return a.meta.id == b.meta.id && a.meta.createdAt == b.meta.createdAt &&
           a.meta.updatedAt == b.meta.updatedAt && a.meta.rowVersion == b.meta.rowVersion &&
           a.displayName == b.displayName && a.identities == b.identities &&
           a.company == b.company && a.role == b.role && a.country == b.country &&
           a.timezone == b.timezone && a.tags == b.tags && a.internal == b.internal &&
           a.source == b.source && a.consent == b.consent && a.notes == b.notes &&
           a.joined == b.joined;
}

} // namespace

class TestPersonMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void identitiesUnited();
    void tagsUnited();
    void attributesFilled();
    void survivorAttributesKept();
    void joinedIsTheEarlier();
    void notes();
    void internalIfEither();
    void consentMostRecentWins();
    void metaTouched();
    void beforeRecordsAreTheInputs();
    void refusesSamePerson();
    void refusesNullIds();

private:
    FixedClock m_clock;
    Person m_survivor;
    Person m_absorbed;

    PersonMerge merged();
};

void TestPersonMerge::init()
{
    m_clock.set(QDateTime(QDate(2026, 1, 10), QTime(8, 0), Qt::UTC));
    m_survivor = Person();
    m_survivor.meta = RecordMeta::create(m_clock);
    m_survivor.displayName = u"Ada Lovelace"_s;
    m_survivor.identities = {{IdentityKind::Email, u"ada@example.org"_s},
                             {IdentityKind::GitHub, u"ada"_s}};
    m_survivor.tags = {u"speaker"_s, u"rust"_s};
    m_survivor.joined = QDate(2024, 6, 1);

    m_clock.advance(60);
    m_absorbed = Person();
    m_absorbed.meta = RecordMeta::create(m_clock);
    m_absorbed.identities = {{IdentityKind::Email, u" ADA@Example.org"_s},
                             {IdentityKind::X, u"@ada_codes"_s},
                             {IdentityKind::GitHub, u"https://github.com/Ada"_s}};
    m_absorbed.tags = {u"Rust"_s, u"ambassador"_s};
    m_absorbed.company = u"Analytical Engines"_s;
    m_absorbed.role = u"backend"_s;
    m_absorbed.country = u"GB"_s;
    m_absorbed.timezone = u"Europe/London"_s;
    m_absorbed.source = u"meetup"_s;
    m_absorbed.joined = QDate(2023, 2, 1);

    m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
}

PersonMerge TestPersonMerge::merged()
{
    PersonMerge merge;
    QString error;
    const bool ok = PersonMerge::merge(m_survivor, m_absorbed, m_clock, &merge, &error);
    if (!ok)
        qWarning("merge failed: %s", qPrintable(error));
    return merge;
}

void TestPersonMerge::identitiesUnited()
{
    const PersonMerge merge = merged();
    const QList<Identity> expected{{IdentityKind::Email, u"ada@example.org"_s},
                                   {IdentityKind::GitHub, u"ada"_s},
                                   {IdentityKind::X, u"@ada_codes"_s}};
    QCOMPARE(merge.survivorAfter.identities, expected);
}

void TestPersonMerge::tagsUnited()
{
    const PersonMerge merge = merged();
    QCOMPARE(merge.survivorAfter.tags,
             (QStringList{u"speaker"_s, u"rust"_s, u"ambassador"_s}));
}

void TestPersonMerge::attributesFilled()
{
    const PersonMerge merge = merged();
    QCOMPARE(merge.survivorAfter.displayName, u"Ada Lovelace"_s);
    QCOMPARE(merge.survivorAfter.company, u"Analytical Engines"_s);
    QCOMPARE(merge.survivorAfter.role, u"backend"_s);
    QCOMPARE(merge.survivorAfter.country, u"GB"_s);
    QCOMPARE(merge.survivorAfter.timezone, u"Europe/London"_s);
    QCOMPARE(merge.survivorAfter.source, u"meetup"_s);
}

void TestPersonMerge::survivorAttributesKept()
{
    m_survivor.company = u"Babbage & Co"_s;
    m_survivor.role = u"frontend"_s;
    m_survivor.country = u"FR"_s;
    m_survivor.timezone = u"Europe/Paris"_s;
    m_survivor.source = u"import"_s;
    m_absorbed.displayName = u"A. Lovelace"_s;
    const PersonMerge merge = merged();
    QCOMPARE(merge.survivorAfter.displayName, u"Ada Lovelace"_s);
    QCOMPARE(merge.survivorAfter.company, u"Babbage & Co"_s);
    QCOMPARE(merge.survivorAfter.role, u"frontend"_s);
    QCOMPARE(merge.survivorAfter.country, u"FR"_s);
    QCOMPARE(merge.survivorAfter.timezone, u"Europe/Paris"_s);
    QCOMPARE(merge.survivorAfter.source, u"import"_s);

    m_survivor.displayName.clear();
    QCOMPARE(merged().survivorAfter.displayName, u"A. Lovelace"_s);
}

void TestPersonMerge::joinedIsTheEarlier()
{
    QCOMPARE(merged().survivorAfter.joined, QDate(2023, 2, 1));
    m_absorbed.joined = QDate(2025, 1, 1);
    QCOMPARE(merged().survivorAfter.joined, QDate(2024, 6, 1));
    m_absorbed.joined = QDate();
    QCOMPARE(merged().survivorAfter.joined, QDate(2024, 6, 1));
    m_survivor.joined = QDate();
    m_absorbed.joined = QDate(2025, 1, 1);
    QCOMPARE(merged().survivorAfter.joined, QDate(2025, 1, 1));
}

void TestPersonMerge::notes()
{
    QCOMPARE(merged().survivorAfter.notes, QString());
    m_absorbed.notes = u"Prefers email."_s;
    QCOMPARE(merged().survivorAfter.notes, u"Prefers email."_s);
    m_survivor.notes = u"Met at FOSDEM."_s;
    QCOMPARE(merged().survivorAfter.notes, u"Met at FOSDEM.\n\nPrefers email."_s);
    m_absorbed.notes.clear();
    QCOMPARE(merged().survivorAfter.notes, u"Met at FOSDEM."_s);
}

void TestPersonMerge::internalIfEither()
{
    QCOMPARE(merged().survivorAfter.internal, false);
    m_absorbed.internal = true;
    QCOMPARE(merged().survivorAfter.internal, true);
    m_absorbed.internal = false;
    m_survivor.internal = true;
    QCOMPARE(merged().survivorAfter.internal, true);
}

void TestPersonMerge::consentMostRecentWins()
{
    m_survivor.consent = {true, QDate(2025, 1, 1)};
    m_absorbed.consent = {false, QDate(2025, 6, 1)}; // withdrawn later
    QCOMPARE(merged().survivorAfter.consent, (Consent{false, QDate(2025, 6, 1)}));

    m_absorbed.consent = {false, QDate(2024, 6, 1)}; // withdrawn earlier, given since
    QCOMPARE(merged().survivorAfter.consent, (Consent{true, QDate(2025, 1, 1)}));

    m_survivor.consent = {};
    m_absorbed.consent = {true, QDate(2024, 6, 1)};
    QCOMPARE(merged().survivorAfter.consent, (Consent{true, QDate(2024, 6, 1)}));

    m_survivor.consent = {true, QDate(2025, 1, 1)};
    m_absorbed.consent = {};
    QCOMPARE(merged().survivorAfter.consent, (Consent{true, QDate(2025, 1, 1)}));
}

void TestPersonMerge::metaTouched()
{
    const PersonMerge merge = merged();
    QCOMPARE(merge.survivorAfter.meta.id, m_survivor.meta.id);
    QCOMPARE(merge.survivorAfter.meta.createdAt, m_survivor.meta.createdAt);
    QCOMPARE(merge.survivorAfter.meta.updatedAt, m_clock.now());
    QCOMPARE(merge.survivorAfter.meta.rowVersion, m_survivor.meta.rowVersion + 1);
}

void TestPersonMerge::beforeRecordsAreTheInputs()
{
    m_survivor.notes = u"Met at FOSDEM."_s;
    m_absorbed.consent = {true, QDate(2025, 2, 2)};
    const Person survivor = m_survivor;
    const Person absorbed = m_absorbed;
    const PersonMerge merge = merged();
    QVERIFY(samePerson(merge.survivorBefore, survivor));
    QVERIFY(samePerson(merge.absorbedBefore, absorbed));
    QVERIFY(!samePerson(merge.survivorAfter, survivor));
    // The inputs themselves are not modified either.
    QVERIFY(samePerson(m_survivor, survivor));
    QVERIFY(samePerson(m_absorbed, absorbed));
}

void TestPersonMerge::refusesSamePerson()
{
    PersonMerge merge;
    merge.survivorAfter.displayName = u"untouched"_s;
    QString error;
    QVERIFY(!PersonMerge::merge(m_survivor, m_survivor, m_clock, &merge, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(merge.survivorAfter.displayName, u"untouched"_s);
    QVERIFY(!PersonMerge::merge(m_survivor, m_survivor, m_clock, &merge, nullptr));
}

void TestPersonMerge::refusesNullIds()
{
    PersonMerge merge;
    QString error;
    Person unsaved = m_absorbed;
    unsaved.meta.id = Uuid();
    QVERIFY(!PersonMerge::merge(m_survivor, unsaved, m_clock, &merge, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!PersonMerge::merge(unsaved, m_survivor, m_clock, &merge, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!PersonMerge::merge(Person(), Person(), m_clock, &merge, &error));
}

QTEST_GUILESS_MAIN(TestPersonMerge)
#include "tst_PersonMerge.moc"
