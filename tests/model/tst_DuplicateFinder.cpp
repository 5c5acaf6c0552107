// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/DuplicateFinder.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace rapport::model;

namespace {

Person person(const QString& name, const QString& company, const QList<Identity>& identities = {})
{
    Person p;
    p.displayName = name;
    p.company = company;
    p.identities = identities;
    return p;
}

/** The strongest reason two people look alike, by the definitions, pair by pair. */
std::optional<DuplicateReason> reasonFor(const Person& a, const Person& b)
{
    for (DuplicateReason reason :
         {DuplicateReason::SameEmail, DuplicateReason::SameHandle, DuplicateReason::SimilarName}) {
        if (!DuplicateFinder::evidence(a, b, reason).isEmpty())
            return reason;
    }
    return std::nullopt;
}

} // namespace

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private slots:
    void mailboxKey_data();
    void mailboxKey();
    void nameAndCompanyKeys();
    void similarNames_data();
    void similarNames();
    void findsEachKind();
    void groupsPairWithTheOldest();
    void matchesPairByPairReference();
};

void TestDuplicateFinder::mailboxKey_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << QStringLiteral("Ana@Example.org") << QStringLiteral("ana@example.org");
    QTest::newRow("plus tag") << QStringLiteral("ana+news@example.org") << QStringLiteral("ana@example.org");
    QTest::newRow("dots kept elsewhere") << QStringLiteral("a.na@example.org") << QStringLiteral("a.na@example.org");
    QTest::newRow("gmail dots") << QStringLiteral("A.Na+x@gmail.com") << QStringLiteral("ana@gmail.com");
    QTest::newRow("googlemail") << QStringLiteral("a.na@googlemail.com") << QStringLiteral("ana@gmail.com");
    QTest::newRow("not an address") << QStringLiteral("ana-dev") << QString();
    QTest::newRow("only a tag") << QStringLiteral("+x@example.org") << QString();
}

void TestDuplicateFinder::mailboxKey()
{
    QFETCH(QString, email);
    QFETCH(QString, key);
    QCOMPARE(DuplicateFinder::mailboxKey(email), key);
}

void TestDuplicateFinder::nameAndCompanyKeys()
{
    QCOMPARE(DuplicateFinder::nameKey(u"  López,  Ana "), QStringLiteral("ana lopez"));
    QCOMPARE(DuplicateFinder::nameKey(u"ANA LOPEZ"), QStringLiteral("ana lopez"));
    QCOMPARE(DuplicateFinder::nameKey(u"李 伟"), QStringLiteral("伟 李"));
    QCOMPARE(DuplicateFinder::companyKey(u"Acme, Inc."), QStringLiteral("acme"));
    QCOMPARE(DuplicateFinder::companyKey(u"ACME GmbH"), QStringLiteral("acme"));
    QCOMPARE(DuplicateFinder::companyKey(u"Co"), QStringLiteral("co"));
}

void TestDuplicateFinder::similarNames_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("similar");
    QTest::newRow("equal") << QStringLiteral("ana lopez") << QStringLiteral("ana lopez") << true;
    QTest::newRow("a letter changed") << QStringLiteral("ana lopez") << QStringLiteral("ana lopes") << true;
    QTest::newRow("a letter missing") << QStringLiteral("ana lopez") << QStringLiteral("ana lpez") << true;
    QTest::newRow("a letter more") << QStringLiteral("ana lopez") << QStringLiteral("anna lopez") << true;
    QTest::newRow("letters swapped") << QStringLiteral("ana lopez") << QStringLiteral("ana lpoez") << true;
    QTest::newRow("two edits") << QStringLiteral("ana lopez") << QStringLiteral("ann lopes") << false;
    QTest::newRow("short names must be equal") << QStringLiteral("bo li") << QStringLiteral("bo lu") << false;
    QTest::newRow("short and equal") << QStringLiteral("bo li") << QStringLiteral("bo li") << true;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestDuplicateFinder::similarNames()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, similar);
    QCOMPARE(DuplicateFinder::similarNameKeys(a, b), similar);
    QCOMPARE(DuplicateFinder::similarNameKeys(b, a), similar);
}

void TestDuplicateFinder::findsEachKind()
{
    DuplicateFinder finder;
    finder.add(1, person(QStringLiteral("Lena Fischer"), QStringLiteral("Acme"),
                         {{IdentityKind::Email, QStringLiteral("lena.fischer@gmail.com")}}));
    finder.add(2, person(QString(), QString(), {{IdentityKind::Email, QStringLiteral("LenaFischer+x@gmail.com")}}));
    finder.add(3, person(QStringLiteral("Omar"), QString(), {{IdentityKind::GitHub, QStringLiteral("omar-dev")}}));
    finder.add(4, person(QStringLiteral("O. K."), QString(), {{IdentityKind::X, QStringLiteral("@Omar-Dev")}}));
    finder.add(5, person(QStringLiteral("Zoë Martin"), QStringLiteral("Initech Inc."), {}));
    finder.add(6, person(QStringLiteral("zoe martín"), QStringLiteral("INITECH"), {}));
    finder.add(7, person(QStringLiteral("Zoe Martin"), QStringLiteral("Globex"), {})); // other company
    finder.add(8, person(QStringLiteral("Al"), QString(), {{IdentityKind::GitHub, QStringLiteral("ab")}}));
    finder.add(9, person(QStringLiteral("Bea"), QString(), {{IdentityKind::X, QStringLiteral("ab")}})); // too short
    // Same email and similar name: listed once, as the stronger reason.
    finder.add(10, person(QStringLiteral("Kai Berg"), QStringLiteral("Umbrella"),
                          {{IdentityKind::Email, QStringLiteral("kai@umbrella.example")}}));
    finder.add(11, person(QStringLiteral("Kai Berg"), QStringLiteral("Umbrella"),
                          {{IdentityKind::Email, QStringLiteral("KAI@umbrella.example")}}));
    const QList<DuplicatePair> pairs = finder.find();
    const QList<DuplicatePair> expected = {{1, 2, DuplicateReason::SameEmail},
                                           {10, 11, DuplicateReason::SameEmail},
                                           {3, 4, DuplicateReason::SameHandle},
                                           {5, 6, DuplicateReason::SimilarName}};
    QCOMPARE(pairs, expected);
    QCOMPARE(finder.find(2).size(), 2);

    const Person a = person(QStringLiteral("Zoë Martin"), QStringLiteral("Initech Inc."));
    const Person b = person(QStringLiteral("zoe martín"), QStringLiteral("INITECH"));
    QCOMPARE(DuplicateFinder::evidence(a, b, DuplicateReason::SimilarName), QStringLiteral("Zoë Martin / zoe martín"));
    QCOMPARE(DuplicateFinder::evidence(a, b, DuplicateReason::SameEmail), QString());
}

void TestDuplicateFinder::groupsPairWithTheOldest()
{
    DuplicateFinder finder;
    for (qint64 key : {30, 10, 20})
        finder.add(key, person(QStringLiteral("P%1").arg(key), QString(),
                               {{IdentityKind::Email, QStringLiteral("same+%1@example.org").arg(key)}}));
    const QList<DuplicatePair> expected = {{10, 20, DuplicateReason::SameEmail},
                                           {10, 30, DuplicateReason::SameEmail}};
    QCOMPARE(finder.find(), expected);
}

void TestDuplicateFinder::matchesPairByPairReference()
{
    // Generated people where look-alikes come in pairs only: the finder must list exactly the
    // pairs a pair-by-pair comparison finds, each under its strongest reason.
    QRandomGenerator rng(5);
    const QStringList given = {QStringLiteral("Ana"), QStringLiteral("Bruno"), QStringLiteral("Chen"),
                               QStringLiteral("Dmitri"), QStringLiteral("Esther"), QStringLiteral("Farah")};
    QList<Person> people;
    for (int i = 0; i < 240; ++i) {
        Person p = person(given[i % given.size()] + QStringLiteral(" Family%1").arg(i * 37),
                          QStringLiteral("Company %1").arg(i % 17),
                          {{IdentityKind::Email, QStringLiteral("user%1@example.org").arg(i)},
                           {IdentityKind::GitHub, QStringLiteral("gh%1").arg(i)}});
        people << p;
    }
    // Plant twins of a few: by email, by handle, by a typo in the name.
    for (int i = 0; i < 30; ++i) {
        const int of = i * 8;
        Person twin = person(QStringLiteral("Twin %1").arg(i), QStringLiteral("Elsewhere %1").arg(i),
                             {{IdentityKind::Email, QStringLiteral("twin%1@example.net").arg(i)}});
        switch (i % 3) {
        case 0:
            twin.identities = {{IdentityKind::Email, QStringLiteral("User%1+t@example.org").arg(of)}};
            break;
        case 1:
            twin.identities = {{IdentityKind::X, QStringLiteral("@gh%1").arg(of)}};
            break;
        default:
            // A typo at the end of the family name (one at the start of a word could change
            // the order of the sorted words, which the finder does not look past).
            twin.displayName = people[of].displayName;
            twin.displayName.replace(twin.displayName.size() - 1 - int(rng.bounded(2)), 1, QStringLiteral("x"));
            twin.company = people[of].company;
            break;
        }
        people << twin;
    }
    DuplicateFinder finder;
    for (int i = 0; i < people.size(); ++i)
        finder.add(i + 1, people[i]);
    QList<DuplicatePair> expected;
    for (int i = 0; i < people.size(); ++i)
        for (int j = i + 1; j < people.size(); ++j)
            if (const auto reason = reasonFor(people[i], people[j]))
                expected.append({i + 1, j + 1, *reason});
    std::stable_sort(expected.begin(), expected.end(),
                     [](const DuplicatePair& a, const DuplicatePair& b) { return a.reason < b.reason; });
    QVERIFY(expected.size() >= 30);
    QCOMPARE(finder.find(), expected);
}

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_DuplicateFinder.moc"
