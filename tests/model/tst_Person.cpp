// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Person.h"
#include "core/model/Validation.h"

#include "tests/support/FixedClock.h"

#include <QTest>

#include <functional>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;

using PersonEdit = std::function<void(Person&)>;
Q_DECLARE_METATYPE(PersonEdit)
Q_DECLARE_METATYPE(IdentityKind)

namespace {

Person validPerson()
{
    const FixedClock clock;
    Person person;
    person.meta = RecordMeta::create(clock);
    person.displayName = u"Ada Lovelace"_s;
    person.identities = {{IdentityKind::Email, u"ada@example.org"_s},
                         {IdentityKind::GitHub, u"ada"_s}};
    person.company = u"Analytical Engines"_s;
    person.role = u"backend"_s;
    person.country = u"GB"_s;
    person.timezone = u"Europe/London"_s;
    person.tags = {u"speaker"_s, u"rust"_s};
    person.source = u"import"_s;
    person.consent = {true, QDate(2025, 5, 1)};
    person.notes = u"Met at FOSDEM."_s;
    person.joined = QDate(2024, 1, 15);
    return person;
}

} // namespace

class TestPerson : public QObject
{
    Q_OBJECT

private slots:
    void identityKindNames();
    void normalizeEmail_data();
    void normalizeEmail();
    void normalizeHandle_data();
    void normalizeHandle();
    void identityNormalized_data();
    void identityNormalized();
    void wellFormedEmail_data();
    void wellFormedEmail();
    void identityLookup();
    void validation_data();
    void validation();
    void messagesAreUserFacing();
};

void TestPerson::identityKindNames()
{
    const QList<QPair<IdentityKind, QString>> expected{
        {IdentityKind::Email, u"email"_s},         {IdentityKind::GitHub, u"github"_s},
        {IdentityKind::X, u"x"_s},                 {IdentityKind::LinkedIn, u"linkedin"_s},
        {IdentityKind::WeChat, u"wechat"_s},       {IdentityKind::Discord, u"discord"_s},
        {IdentityKind::Slack, u"slack"_s},         {IdentityKind::Discourse, u"discourse"_s},
        {IdentityKind::Meetup, u"meetup"_s},       {IdentityKind::Other, u"other"_s},
    };
    for (const auto& [kind, name] : expected) {
        QCOMPARE(identityKindName(kind), name);
        IdentityKind parsed = IdentityKind::Other;
        QVERIFY(identityKindFromName(name, &parsed));
        QCOMPARE(parsed, kind);
    }
    IdentityKind parsed = IdentityKind::Email;
    QVERIFY(identityKindFromName(u"GitHub", &parsed)); // hand-written imports
    QCOMPARE(parsed, IdentityKind::GitHub);
    parsed = IdentityKind::Slack;
    QVERIFY(!identityKindFromName(u"myspace", &parsed));
    QCOMPARE(parsed, IdentityKind::Slack); // untouched on failure
    QVERIFY(!identityKindFromName(u"", nullptr));
}

void TestPerson::normalizeEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already normal") << u"ada@example.org"_s << u"ada@example.org"_s;
    QTest::newRow("upper case") << u"Ada.Lovelace@Example.ORG"_s << u"ada.lovelace@example.org"_s;
    QTest::newRow("white space") << u"  ada@example.org\t\n"_s << u"ada@example.org"_s;
    QTest::newRow("german sharp s folds")
        << u"STRAßE@example.de"_s << u"straße@example.de"_s;
    QTest::newRow("decomposed é composes")
        << u"Jose\u0301@example.es"_s << u"jos\u00e9@example.es"_s;
    QTest::newRow("greek final sigma folds")
        << u"ΟΔΥΣΣΕΥΣ@example.gr"_s << u"οδυσσευσ@example.gr"_s;
    QTest::newRow("cjk unchanged") << u"张伟@example.cn"_s << u"张伟@example.cn"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPerson::normalizeEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(rapport::model::normalizeEmail(input), expected);
}

void TestPerson::normalizeHandle_data()
{
    QTest::addColumn<IdentityKind>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << IdentityKind::GitHub << u"octocat"_s << u"octocat"_s;
    QTest::newRow("case") << IdentityKind::GitHub << u"OctoCat"_s << u"octocat"_s;
    QTest::newRow("white space") << IdentityKind::Discord << u"  gamer42 "_s << u"gamer42"_s;
    QTest::newRow("leading @") << IdentityKind::X << u"@Jack"_s << u"jack"_s;
    QTest::newRow("only one @ stripped") << IdentityKind::X << u"@@jack"_s << u"@jack"_s;
    QTest::newRow("github url") << IdentityKind::GitHub << u"https://github.com/OctoCat"_s
                                << u"octocat"_s;
    QTest::newRow("github url trailing /")
        << IdentityKind::GitHub << u"https://github.com/octocat/"_s << u"octocat"_s;
    QTest::newRow("github url with www, http")
        << IdentityKind::GitHub << u"http://www.github.com/octocat"_s << u"octocat"_s;
    QTest::newRow("github url without scheme")
        << IdentityKind::GitHub << u"github.com/octocat"_s << u"octocat"_s;
    QTest::newRow("github url with query")
        << IdentityKind::GitHub << u"https://github.com/octocat?tab=repositories"_s
        << u"octocat"_s;
    QTest::newRow("x url") << IdentityKind::X << u"https://x.com/Jack"_s << u"jack"_s;
    QTest::newRow("twitter url") << IdentityKind::X << u"https://twitter.com/jack/"_s
                                 << u"jack"_s;
    QTest::newRow("twitter url upper-case scheme")
        << IdentityKind::X << u"HTTPS://Twitter.com/jack"_s << u"jack"_s;
    QTest::newRow("linkedin url")
        << IdentityKind::LinkedIn << u"https://www.linkedin.com/in/jane-doe-123/"_s
        << u"jane-doe-123"_s;
    QTest::newRow("linkedin url with query")
        << IdentityKind::LinkedIn
        << u"https://www.linkedin.com/in/jane-doe/?originalSubdomain=de"_s << u"jane-doe"_s;
    QTest::newRow("meetup url") << IdentityKind::Meetup
                                << u"https://www.meetup.com/members/12345/"_s << u"12345"_s;
    QTest::newRow("other site's url kept")
        << IdentityKind::GitHub << u"https://gitlab.com/octocat"_s
        << u"https://gitlab.com/octocat"_s;
    QTest::newRow("trailing slash of plain handle")
        << IdentityKind::Discourse << u"ada/"_s << u"ada"_s;
    QTest::newRow("unicode handle folds and composes")
        << IdentityKind::WeChat << u"Zoe\u0308"_s << u"zo\u00eb"_s;
    QTest::newRow("cjk handle") << IdentityKind::WeChat << u"小明"_s << u"小明"_s;
    QTest::newRow("email kind delegates")
        << IdentityKind::Email << u" Ada@Example.org "_s << u"ada@example.org"_s;
    QTest::newRow("only @") << IdentityKind::X << u"@"_s << QString();
    QTest::newRow("bare url prefix") << IdentityKind::GitHub << u"https://github.com/"_s
                                     << QString();
}

void TestPerson::normalizeHandle()
{
    QFETCH(IdentityKind, kind);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(rapport::model::normalizeHandle(kind, input), expected);
}

void TestPerson::identityNormalized_data()
{
    QTest::addColumn<IdentityKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("email") << IdentityKind::Email << u" ADA@example.org"_s
                           << u"ada@example.org"_s;
    QTest::newRow("email without @ is unusable")
        << IdentityKind::Email << u"ada.example.org"_s << QString();
    QTest::newRow("email with two @ is unusable")
        << IdentityKind::Email << u"ada@@example.org"_s << QString();
    QTest::newRow("handle") << IdentityKind::X << u"https://x.com/ada/"_s << u"ada"_s;
    QTest::newRow("blank handle") << IdentityKind::Slack << u"   "_s << QString();
}

void TestPerson::identityNormalized()
{
    QFETCH(IdentityKind, kind);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE((Identity{kind, value}.normalized()), expected);
}

void TestPerson::wellFormedEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("ok");
    QTest::newRow("simple") << u"a@b"_s << true;
    QTest::newRow("dotted") << u"ada.lovelace+rapport@example.co.uk"_s << true;
    QTest::newRow("no @") << u"ada"_s << false;
    QTest::newRow("nothing before @") << u"@example.org"_s << false;
    QTest::newRow("nothing after @") << u"ada@"_s << false;
    QTest::newRow("two @") << u"ada@b@c"_s << false;
    QTest::newRow("space inside") << u"ada lovelace@example.org"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPerson::wellFormedEmail()
{
    QFETCH(QString, email);
    QFETCH(bool, ok);
    QCOMPARE(isWellFormedEmail(email), ok);
}

void TestPerson::identityLookup()
{
    Person person = validPerson();
    person.identities.append({IdentityKind::Email, u"second@example.org"_s});
    QCOMPARE(person.identity(IdentityKind::Email), u"ada@example.org"_s);
    QCOMPARE(person.email(), u"ada@example.org"_s);
    QCOMPARE(person.identity(IdentityKind::GitHub), u"ada"_s);
    QCOMPARE(person.identity(IdentityKind::WeChat), QString());
    QCOMPARE(Person().email(), QString());
}

void TestPerson::validation_data()
{
    QTest::addColumn<PersonEdit>("edit");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("valid baseline") << PersonEdit([](Person&) {}) << QStringList();
    QTest::newRow("name only is enough")
        << PersonEdit([](Person& p) { p.identities.clear(); }) << QStringList();
    QTest::newRow("identity only is enough")
        << PersonEdit([](Person& p) { p.displayName.clear(); }) << QStringList();
    QTest::newRow("minimal record")
        << PersonEdit([](Person& p) { p = Person(); p.displayName = u"X"_s; }) << QStringList();
    QTest::newRow("neither name nor identity")
        << PersonEdit([](Person& p) {
               p.displayName = u"  "_s;
               p.identities.clear();
           })
        << QStringList{u"displayName"_s};
    QTest::newRow("name too long")
        << PersonEdit([](Person& p) { p.displayName = QString(513, u'a'); })
        << QStringList{u"displayName"_s};
    QTest::newRow("name at the limit")
        << PersonEdit([](Person& p) { p.displayName = QString(512, u'a'); }) << QStringList();
    QTest::newRow("email without @")
        << PersonEdit([](Person& p) { p.identities[0].value = u"ada.example.org"_s; })
        << QStringList{u"identities"_s};
    QTest::newRow("email without domain")
        << PersonEdit([](Person& p) { p.identities[0].value = u"ada@"_s; })
        << QStringList{u"identities"_s};
    QTest::newRow("email with two @")
        << PersonEdit([](Person& p) { p.identities[0].value = u"a@b@c"_s; })
        << QStringList{u"identities"_s};
    QTest::newRow("empty handle")
        << PersonEdit([](Person& p) { p.identities[1].value = u" @ "_s; })
        << QStringList{u"identities"_s};
    QTest::newRow("repeated email, other case")
        << PersonEdit([](Person& p) {
               p.identities.append({IdentityKind::Email, u" ADA@Example.org"_s});
           })
        << QStringList{u"identities"_s};
    QTest::newRow("repeated handle as url")
        << PersonEdit([](Person& p) {
               p.identities.append({IdentityKind::GitHub, u"https://github.com/Ada/"_s});
           })
        << QStringList{u"identities"_s};
    QTest::newRow("same value on another platform is fine")
        << PersonEdit([](Person& p) { p.identities.append({IdentityKind::X, u"ada"_s}); })
        << QStringList();
    QTest::newRow("unknown time zone")
        << PersonEdit([](Person& p) { p.timezone = u"Mars/Olympus_Mons"_s; })
        << QStringList{u"timezone"_s};
    QTest::newRow("another known time zone")
        << PersonEdit([](Person& p) { p.timezone = u"Asia/Shanghai"_s; }) << QStringList();
    QTest::newRow("no time zone is fine")
        << PersonEdit([](Person& p) { p.timezone.clear(); }) << QStringList();
    QTest::newRow("marketing consent without date")
        << PersonEdit([](Person& p) { p.consent.date = QDate(); }) << QStringList{u"consent"_s};
    QTest::newRow("no consent needs no date")
        << PersonEdit([](Person& p) { p.consent = {false, QDate()}; }) << QStringList();
    QTest::newRow("empty tag")
        << PersonEdit([](Person& p) { p.tags.append(u" "_s); }) << QStringList{u"tags"_s};
    QTest::newRow("repeated tag")
        << PersonEdit([](Person& p) { p.tags.append(u"Rust"_s); }) << QStringList{u"tags"_s};
    QTest::newRow("tag too long")
        << PersonEdit([](Person& p) { p.tags.append(QString(513, u't')); })
        << QStringList{u"tags"_s};
    QTest::newRow("company too long")
        << PersonEdit([](Person& p) { p.company = QString(513, u'c'); })
        << QStringList{u"company"_s};
    QTest::newRow("role too long")
        << PersonEdit([](Person& p) { p.role = QString(513, u'r'); })
        << QStringList{u"role"_s};
    QTest::newRow("country too long")
        << PersonEdit([](Person& p) { p.country = QString(513, u'c'); })
        << QStringList{u"country"_s};
    QTest::newRow("source too long")
        << PersonEdit([](Person& p) { p.source = QString(513, u's'); })
        << QStringList{u"source"_s};
    QTest::newRow("notes at 1 MiB")
        << PersonEdit([](Person& p) { p.notes = QString(1024 * 1024, u'n'); }) << QStringList();
    QTest::newRow("notes over 1 MiB")
        << PersonEdit([](Person& p) { p.notes = QString(1024 * 1024 + 1, u'n'); })
        << QStringList{u"notes"_s};
    QTest::newRow("two problems, two errors")
        << PersonEdit([](Person& p) {
               p.timezone = u"Nowhere"_s;
               p.tags.append(u""_s);
           })
        << QStringList{u"timezone"_s, u"tags"_s};
}

void TestPerson::validation()
{
    QFETCH(PersonEdit, edit);
    QFETCH(QStringList, fields);
    Person person = validPerson();
    edit(person);
    const ValidationErrors errors = validate(person);
    QCOMPARE(errorFields(errors), fields);
}

void TestPerson::messagesAreUserFacing()
{
    Person person;
    person.timezone = u"Nowhere/Land"_s;
    const ValidationErrors errors = validate(person);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].message, u"A person needs a display name or an identity."_s);
    QVERIFY2(errors[1].message.contains(u"Nowhere/Land"_s), qPrintable(errors[1].message));
}

QTEST_GUILESS_MAIN(TestPerson)
#include "tst_Person.moc"
