// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Community, code, mailing and CRM platforms: Discourse, Slack, Discord, GitHub, Mailchimp,
// HubSpot (fixtures in tests/data/import, layouts in core/io/IMPORT-FORMATS.md).
#include "tests/io/ImportTestSupport.h"

#include <QDir>

using namespace rapport;
using model::IdentityKind;
using test::importFixture;

namespace {

/** A person's activities as "type@ISO time (UTC)", sorted. */
QStringList activitiesOf(test::ImportProject& p, const model::Person& person)
{
    storage::ActivityStore store(p.db());
    const auto names = store.types();
    const storage::RowKey key = p.keyOf(person);
    QStringList out;
    store.forEachSegment([&](const storage::ActivitySpans& s) {
        for (std::size_t i = 0; i < s.size(); ++i)
            if (s.person[i] == key)
                out << names.value(s.type[i]) + u'@' +
                           QDateTime::fromSecsSinceEpoch(s.at[i], QTimeZone::utc())
                               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        return true;
    });
    out.sort();
    return out;
}

/** The skipped rows of a report as "LINE: reason". */
QStringList skipsOf(const io::ImportReport& r)
{
    QStringList out;
    for (const io::SkippedRow& s : r.skipped)
        out << QStringLiteral("%1: %2").arg(s.line).arg(s.reason);
    return out;
}

QByteArray fixtureBytes(const QString& name)
{
    QFile f(importFixture(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The fixtures of this family and the format each one is. */
const QList<std::pair<const char*, const char*>> kFixtures = {
    {"discourse_user_list.csv", "discourse"},
    {"slack_members.csv", "slack"},
    {"discord_guild_members.json", "discord"},
    {"github_stargazers.json", "github-stargazers"},
    {"github_contributors.json", "github-contributors"},
    {"github_issues.json", "github-issues"},
    {"mailchimp_subscribed_email_audience_export_0a1b2c3d4e.csv", "mailchimp"},
    {"mailchimp_unsubscribed_email_audience_export_0a1b2c3d4e.csv", "mailchimp"},
    {"mailchimp_cleaned_email_audience_export_0a1b2c3d4e.csv", "mailchimp"},
    {"hubspot_contacts.csv", "hubspot"},
};

const QStringList kOurFormats = {
    QStringLiteral("discourse"),     QStringLiteral("slack"),
    QStringLiteral("discord"),       QStringLiteral("github-stargazers"),
    QStringLiteral("github-users"),  QStringLiteral("github-contributors"),
    QStringLiteral("github-issues"), QStringLiteral("mailchimp"),
    QStringLiteral("hubspot"),
};

} // namespace

class ImportCommunityTest : public QObject
{
    Q_OBJECT

private slots:
    void discourse();
    void slack();
    void discord();
    void githubStargazers();
    void githubUsersWithoutDates();
    void githubContributors();
    void githubIssues();
    void mailchimp();
    void hubspot();
    void unsubscribeWithdrawsConsent();
    void recognisedFromTheHeader_data();
    void recognisedFromTheHeader();
    void everyFixtureIsOneFormatAtMost();
    void reimportAddsNothing_data();
    void reimportAddsNothing();
    void oneMemberAcrossPlatforms();
    void malformedJsonNamesTheLine();
    void badTimeInJsonNamesTheElement();
    void badTimeInCsvNamesTheLine();
    void wrongPresetIsRefused();
};

void ImportCommunityTest::discourse()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("discourse_user_list.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("discourse"));
    QCOMPARE(r.rows, 6);
    QCOMPARE(r.peopleCreated, 3);
    QCOMPARE(r.activitiesCreated, 2); // Ada and Zoë have posted; Brian has not
    const QStringList skips = skipsOf(r);
    QCOMPARE(skips.size(), 3);
    QVERIFY2(skips[0].startsWith(u"2: a Discourse system account (system)"), qPrintable(skips[0]));
    QVERIFY2(skips[1].startsWith(u"3: a Discourse system account (discobot)"),
             qPrintable(skips[1]));
    QVERIFY2(skips[2].startsWith(u"7: a staged Discourse user (carla)"), qPrintable(skips[2]));
    QVERIFY(!p.personByEmail(QStringLiteral("carla@example.com")));

    const auto ada = p.personByHandle(IdentityKind::Discourse, QStringLiteral("ADA"));
    QVERIFY(ada);
    QCOMPARE(ada->displayName, QStringLiteral("Ada Example"));
    QCOMPARE(ada->email(), QStringLiteral("ada@example.com"));
    QCOMPARE(ada->role, QStringLiteral("Community Lead"));
    QCOMPARE(ada->company, QStringLiteral("Example Corp")); // the custom user field
    QCOMPARE(ada->source, QStringLiteral("discourse"));
    QCOMPARE(ada->joined, QDate(2023, 1, 10));
    // The secondary email is hers too.
    QCOMPARE(p.personByEmail(QStringLiteral("ada.personal@example.org"))->meta.id, ada->meta.id);
    QCOMPARE(activitiesOf(p, *ada), QStringList{QStringLiteral("posted@2024-03-04T17:00:01Z")});

    // escape_comma's extra quotes are gone.
    const auto zoe = p.personByEmail(QStringLiteral("zoe@example.org"));
    QVERIFY(zoe);
    QCOMPARE(zoe->displayName, QStringLiteral("Müller, Zoë"));
    QCOMPARE(zoe->identity(IdentityKind::Discourse), QStringLiteral("zoe_m"));
    QCOMPARE(activitiesOf(p, *zoe), QStringList{QStringLiteral("posted@2024-02-19T18:30:00Z")});

    const auto brian = p.personByHandle(IdentityKind::Discourse, QStringLiteral("brian"));
    QVERIFY(brian); // suspended, still a person
    QCOMPARE(brian->joined, QDate(2024, 3, 1));
    QVERIFY(activitiesOf(p, *brian).isEmpty());
}

void ImportCommunityTest::slack()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("slack_members.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("slack"));
    QCOMPARE(r.peopleCreated, 4); // the guest and the deactivated member are people
    QCOMPARE(r.activitiesCreated, 0);
    QCOMPARE(skipsOf(r), QStringList{QStringLiteral("6: a Slack bot (examplebot), not a person")});
    const auto zoe = p.personByHandle(IdentityKind::Slack, QStringLiteral("zoe.m"));
    QVERIFY(zoe);
    QCOMPARE(zoe->displayName, QStringLiteral("Zoë Müller"));
    QCOMPARE(zoe->email(), QStringLiteral("zoe@example.org"));
    QCOMPARE(zoe->source, QStringLiteral("slack"));
    const auto brian = p.personByEmail(QStringLiteral("brian@example.net"));
    QVERIFY(brian);
    QCOMPARE(brian->identity(IdentityKind::Slack), QStringLiteral("brian"));
    QVERIFY(p.personByEmail(QStringLiteral("carla@example.com")));
    QVERIFY(!p.personByEmail(QStringLiteral("bot@slack-bots.com")));
}

void ImportCommunityTest::discord()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("discord_guild_members.json")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("discord"));
    QCOMPARE(r.encoding, QStringLiteral("json"));
    QCOMPARE(r.rows, 3);
    QCOMPARE(r.peopleCreated, 2);
    QCOMPARE(r.activitiesCreated, 0);
    QCOMPARE(skipsOf(r),
             QStringList{QStringLiteral("56: a Discord bot (ExampleBot), not a person")});
    const auto ada = p.personByHandle(IdentityKind::Discord, QStringLiteral("ada.example"));
    QVERIFY(ada);
    QCOMPARE(ada->displayName, QStringLiteral("Ada Example")); // global_name before the nick
    QCOMPARE(ada->joined, QDate(2023, 5, 1));
    QCOMPARE(ada->source, QStringLiteral("discord"));
    const auto zoe = p.personByHandle(IdentityKind::Discord, QStringLiteral("zoe_m"));
    QVERIFY(zoe); // still in membership screening, a person all the same
    QCOMPARE(zoe->displayName, QStringLiteral("Zoë Müller"));
    QCOMPARE(zoe->joined, QDate(2024, 3, 5));
}

void ImportCommunityTest::githubStargazers()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("github_stargazers.json")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("github-stargazers"));
    QCOMPARE(r.peopleCreated, 2);
    QCOMPARE(r.activitiesCreated, 2);
    QCOMPARE(skipsOf(r), QStringList{QStringLiteral(
                             "50: an organisation account (example-org), not a person")});
    const auto ada = p.personByHandle(IdentityKind::GitHub, QStringLiteral("ada-example"));
    QVERIFY(ada);
    QCOMPARE(ada->source, QStringLiteral("github"));
    QCOMPARE(activitiesOf(p, *ada), QStringList{QStringLiteral("starred@2024-03-05T10:12:33Z")});
    const auto zoe =
        p.personByHandle(IdentityKind::GitHub, QStringLiteral("https://github.com/Zoe-Mueller"));
    QVERIFY(zoe);
    QCOMPARE(activitiesOf(p, *zoe), QStringList{QStringLiteral("starred@2024-03-06T08:00:00Z")});
    QCOMPARE(p.peopleCount(), 2);
}

void ImportCommunityTest::githubUsersWithoutDates()
{
    // Stargazers fetched without the star media type: bare users, no dates, no activities.
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QString file = p.write(QStringLiteral("stargazers.json"), R"([
  {"login": "ada-example", "id": 1000001, "html_url": "https://github.com/ada-example", "type": "User"},
  {"login": "renovate[bot]", "id": 29139614, "html_url": "https://github.com/apps/renovate", "type": "Bot"},
  {"login": "zoe-mueller", "id": 1000002, "html_url": "https://github.com/zoe-mueller", "type": "User"}
])");
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(file, &r, &e), qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("github-users"));
    QCOMPARE(r.peopleCreated, 2);
    QCOMPARE(r.activitiesCreated, 0);
    QCOMPARE(skipsOf(r),
             QStringList{QStringLiteral("3: a bot account (renovate[bot]), not a person")});
}

void ImportCommunityTest::githubContributors()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("github_contributors.json")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("github-contributors"));
    QCOMPARE(r.peopleCreated, 3);     // Ada, Zoë and the anonymous José
    QCOMPARE(r.activitiesCreated, 0); // counts without a time are not activities
    QCOMPARE(skipsOf(r),
             QStringList{QStringLiteral("24: a bot account (dependabot[bot]), not a person")});
    QVERIFY(p.personByHandle(IdentityKind::GitHub, QStringLiteral("ada-example")));
    QVERIFY(p.personByHandle(IdentityKind::GitHub, QStringLiteral("zoe-mueller")));
    const auto jose = p.personByEmail(QStringLiteral("jose@example.org"));
    QVERIFY(jose);
    QCOMPARE(jose->displayName, QStringLiteral("José Ñúñez"));
    QCOMPARE(jose->source, QStringLiteral("github"));
    QVERIFY(!p.personByHandle(IdentityKind::GitHub, QStringLiteral("dependabot[bot]")));
}

void ImportCommunityTest::githubIssues()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("github_issues.json")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("github-issues"));
    QCOMPARE(r.rows, 4);
    QCOMPARE(r.peopleCreated, 3);
    QCOMPARE(r.activitiesCreated, 3);
    QCOMPARE(r.campaignsCreated, 0);
    QCOMPARE(skipsOf(r),
             QStringList{QStringLiteral("116: a bot account (dependabot[bot]), not a person")});
    const auto zoe = p.personByHandle(IdentityKind::GitHub, QStringLiteral("zoe-mueller"));
    QVERIFY(zoe);
    QCOMPARE(activitiesOf(p, *zoe),
             QStringList{QStringLiteral("posted@2024-03-05T10:12:33Z")}); // an issue
    const auto ada = p.personByHandle(IdentityKind::GitHub, QStringLiteral("ada-example"));
    QVERIFY(ada);
    QCOMPARE(activitiesOf(p, *ada),
             QStringList{QStringLiteral("contributed@2024-03-05T12:00:00Z")}); // a PR
    const auto jose = p.personByHandle(IdentityKind::GitHub, QStringLiteral("jose-nunez"));
    QVERIFY(jose);
    QCOMPARE(activitiesOf(p, *jose),
             QStringList{QStringLiteral("contributed@2024-03-07T09:30:00Z")});
    QCOMPARE(p.activityTypes(), test::typeCounts({{"contributed", 2}, {"posted", 1}}));
}

void ImportCommunityTest::mailchimp()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral(
                          "mailchimp_subscribed_email_audience_export_0a1b2c3d4e.csv")),
                      &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("mailchimp"));
    QCOMPARE(r.peopleCreated, 3);
    QCOMPARE(r.activitiesCreated, 0);
    const auto ada = p.personByEmail(QStringLiteral("ada@example.com"));
    QVERIFY(ada);
    QCOMPARE(ada->displayName, QStringLiteral("Ada Example"));
    QCOMPARE(ada->company, QStringLiteral("Example Corp"));
    QCOMPARE(ada->country, QStringLiteral("DE"));
    QCOMPARE(ada->timezone, QStringLiteral("Europe/Berlin"));
    QStringList tags = ada->tags;
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("Berlin 2024"), QStringLiteral("Speaker")}));
    QCOMPARE(ada->source, QStringLiteral("mailchimp"));
    QCOMPARE(ada->consent, (model::Consent{true, QDate(2022, 1, 10)})); // confirmed (double opt-in)
    const auto zoe = p.personByEmail(QStringLiteral("zoe@example.org"));
    QVERIFY(zoe);
    QCOMPARE(zoe->displayName, QStringLiteral("Zoë Müller"));
    QCOMPARE(zoe->consent, (model::Consent{true, QDate(2023, 6, 1)}));
    QVERIFY(zoe->tags.isEmpty());
    const auto brian = p.personByEmail(QStringLiteral("brian@example.net"));
    QVERIFY(brian);
    QCOMPARE(brian->tags, QStringList{QStringLiteral("Attendee")});
    QCOMPARE(brian->notes, QStringLiteral("Met at booth"));
    QCOMPARE(brian->country, QStringLiteral("US"));

    QVERIFY2(p.import(importFixture(QStringLiteral(
                          "mailchimp_unsubscribed_email_audience_export_0a1b2c3d4e.csv")),
                      &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.peopleCreated, 1);
    const auto carla = p.personByEmail(QStringLiteral("carla@example.com"));
    QVERIFY(carla);
    QCOMPARE(carla->consent, (model::Consent{false, QDate(2024, 2, 1)})); // withdrawn then

    QVERIFY2(p.import(importFixture(
                          QStringLiteral("mailchimp_cleaned_email_audience_export_0a1b2c3d4e.csv")),
                      &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.peopleCreated, 1);
    const auto dmitri = p.personByEmail(QStringLiteral("old.address@example.net"));
    QVERIFY(dmitri);
    QCOMPARE(dmitri->displayName, QStringLiteral("Dmitri Testov"));
    QVERIFY(!dmitri->consent.marketing); // the address bounced
    QCOMPARE(p.peopleCount(), 5);
}

void ImportCommunityTest::hubspot()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("hubspot_contacts.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("hubspot"));
    QCOMPARE(r.peopleCreated, 4);
    QCOMPARE(r.activitiesCreated, 0);
    const auto ada = p.personByEmail(QStringLiteral("ada@example.com"));
    QVERIFY(ada);
    QCOMPARE(ada->displayName, QStringLiteral("Ada Example"));
    QCOMPARE(ada->company, QStringLiteral("Example Corp"));
    QCOMPARE(ada->role, QStringLiteral("Developer Advocate"));
    QCOMPARE(ada->country, QStringLiteral("United States"));
    QCOMPARE(ada->joined, QDate(2023, 1, 10));
    QCOMPARE(ada->source, QStringLiteral("hubspot"));
    const auto carla = p.personByEmail(QStringLiteral("carla@example.com"));
    QVERIFY(carla);
    QCOMPARE(carla->company, QStringLiteral("Sample, Inc."));
    QCOMPARE(carla->role, QStringLiteral("CTO"));
    QCOMPARE(carla->joined, QDate(2024, 3, 2));
    const auto brian = p.personByEmail(QStringLiteral("brian@example.net"));
    QVERIFY(brian); // no name: known by the email
    QCOMPARE(brian->joined, QDate(2024, 3, 1));
    QCOMPARE(p.personByEmail(QStringLiteral("zoe@example.org"))->displayName,
             QStringLiteral("Zoë Müller"));
}

void ImportCommunityTest::unsubscribeWithdrawsConsent()
{
    // Carla subscribes, then unsubscribes: the later export must withdraw her consent.
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QString subscribed =
        p.write(QStringLiteral("subscribed_email_audience_export_0a1b2c3d4e.csv"),
                "\"Email Address\",\"First Name\",\"Last Name\",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,"
                "CONFIRM_TIME,CONFIRM_IP,CC,LAST_CHANGED,LEID,EUID,NOTES,TAGS\n"
                "carla@example.com,Carla,Test,2,,,\"2022-05-05 05:05:05\",,CA,"
                "\"2022-05-05 05:05:05\",100000004,d4e5f6a7b8,,\n");
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(subscribed, &r, &e), qPrintable(e.toString()));
    QCOMPARE(p.personByEmail(QStringLiteral("carla@example.com"))->consent,
             (model::Consent{true, QDate(2022, 5, 5)}));
    QVERIFY2(p.import(importFixture(QStringLiteral(
                          "mailchimp_unsubscribed_email_audience_export_0a1b2c3d4e.csv")),
                      &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.peopleMatched, 1);
    QCOMPARE(p.personByEmail(QStringLiteral("carla@example.com"))->consent,
             (model::Consent{false, QDate(2024, 2, 1)}));
}

void ImportCommunityTest::recognisedFromTheHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    for (const auto& [file, format] : kFixtures)
        QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(format);
}

void ImportCommunityTest::recognisedFromTheHeader()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    io::InputError e;
    QCOMPARE(io::FileImporter::recognise(importFixture(file), {}, &e), format);
}

void ImportCommunityTest::everyFixtureIsOneFormatAtMost()
{
    // Every platform fixture, of every family: no two formats claim it, and ours claim
    // exactly their own files.
    QHash<QString, QString> ours;
    for (const auto& [file, format] : kFixtures)
        ours.insert(QString::fromUtf8(file), QString::fromUtf8(format));
    const QDir dir(importFixture(QString()));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= ours.size());
    for (const QString& file : files) {
        io::PlatformTable table;
        io::InputError e;
        QVERIFY2(io::PlatformTableReader::read(dir.filePath(file), {}, &table, &e),
                 qPrintable(e.toString()));
        QStringList claimed;
        for (const io::ImportFormat* format : io::importFormats())
            if (format->matches(table))
                claimed << format->name();
        QVERIFY2(claimed.size() <= 1,
                 qPrintable(file + QStringLiteral(": ") + claimed.join(u", ")));
        if (ours.contains(file)) {
            QCOMPARE(claimed, QStringList{ours.value(file)});
        } else {
            for (const QString& name : std::as_const(claimed))
                QVERIFY2(!kOurFormats.contains(name),
                         qPrintable(file + QStringLiteral(" claimed by ") + name));
        }
    }
}

void ImportCommunityTest::reimportAddsNothing_data()
{
    QTest::addColumn<QString>("file");
    for (const auto& [file, format] : kFixtures)
        QTest::newRow(file) << QString::fromUtf8(file);
}

void ImportCommunityTest::reimportAddsNothing()
{
    QFETCH(QString, file);
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport first, again;
    io::InputError e;
    QVERIFY2(p.import(importFixture(file), &first, &e), qPrintable(e.toString()));
    QVERIFY(first.peopleCreated > 0);
    const QJsonObject before = p.summary();
    QVERIFY2(p.import(importFixture(file), &again, &e), qPrintable(e.toString()));
    QCOMPARE(again.peopleCreated, 0);
    QCOMPARE(again.peopleMatched, first.peopleCreated);
    QCOMPARE(again.peopleUpdated, 0);
    QCOMPARE(again.activitiesCreated, 0);
    QCOMPARE(again.activitiesExisting, first.activitiesCreated);
    QCOMPARE(skipsOf(again), skipsOf(first));
    QCOMPARE(p.summary(), before);
}

void ImportCommunityTest::oneMemberAcrossPlatforms()
{
    // Zoë is zoe@example.org on the forum and ZOE@Example.ORG on the newsletter, and on
    // Slack: one person with all three platforms' identities. GitHub exports no email, so
    // her GitHub account stays a person of its own until someone links them.
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("discourse_user_list.csv")), &r, &e),
             qPrintable(e.toString()));
    QByteArray bytes =
        fixtureBytes(QStringLiteral("mailchimp_subscribed_email_audience_export_0a1b2c3d4e.csv"));
    QVERIFY(bytes.contains("zoe@example.org"));
    bytes.replace("zoe@example.org", "ZOE@Example.ORG");
    const QString mailchimp =
        p.write(QStringLiteral("subscribed_email_audience_export_0a1b2c3d4e.csv"), bytes);
    QVERIFY2(p.import(mailchimp, &r, &e), qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("mailchimp"));
    QCOMPARE(r.peopleMatched, 3); // Ada, Zoë and Brian are on the forum too
    QCOMPARE(r.peopleCreated, 0);
    QVERIFY2(p.import(importFixture(QStringLiteral("slack_members.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.peopleMatched, 3);
    QCOMPARE(r.peopleCreated, 1); // Carla: staged on the forum, so not known yet
    QCOMPARE(p.peopleCount(), 4);

    const auto zoe = p.personByHandle(IdentityKind::Discourse, QStringLiteral("zoe_m"));
    QVERIFY(zoe);
    QCOMPARE(p.personByEmail(QStringLiteral("zoe@example.org"))->meta.id, zoe->meta.id);
    QCOMPARE(p.personByHandle(IdentityKind::Slack, QStringLiteral("zoe.m"))->meta.id, zoe->meta.id);
    QCOMPARE(zoe->identities.size(), 3);
    QCOMPARE(zoe->displayName, QStringLiteral("Müller, Zoë")); // the first file's name is kept
    QCOMPARE(zoe->source, QStringLiteral("discourse"));
    QCOMPARE(zoe->consent, (model::Consent{true, QDate(2023, 6, 1)})); // from the newsletter
    QCOMPARE(activitiesOf(p, *zoe), QStringList{QStringLiteral("posted@2024-02-19T18:30:00Z")});
    const auto ada = p.personByHandle(IdentityKind::Slack, QStringLiteral("ada"));
    QVERIFY(ada);
    QCOMPARE(ada->identity(IdentityKind::Discourse), QStringLiteral("ada"));
    QCOMPARE(ada->tags.size(), 2); // Speaker, Berlin 2024
}

void ImportCommunityTest::malformedJsonNamesTheLine()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    QByteArray bytes = fixtureBytes(QStringLiteral("github_stargazers.json"));
    // Line 24 closes Ada's element; without its comma the next element cannot follow.
    const qsizetype at = bytes.indexOf("  },\n  {");
    QVERIFY(at > 0);
    bytes.remove(at + 3, 1);
    const QString file = p.write(QStringLiteral("stars.json"), bytes);
    const QJsonObject before = p.summary();
    io::ImportReport r;
    io::InputError e;
    QVERIFY(!p.import(file, &r, &e));
    QCOMPARE(e.file, QStringLiteral("stars.json"));
    // Ada's element ends on line 25; Qt's parser notices at the next element (26–27).
    QVERIFY2(e.line >= 25 && e.line <= 27, qPrintable(e.toString()));
    QVERIFY2(e.reason.contains(QLatin1String("JSON")), qPrintable(e.reason));
    QCOMPARE(p.summary(), before);
    // Forced as the preset, the same.
    io::FileImportOptions options;
    options.preset = QStringLiteral("github-stargazers");
    QVERIFY(!p.import(file, &r, &e, options));
    QVERIFY2(e.line >= 25 && e.line <= 27, qPrintable(e.toString()));
}

void ImportCommunityTest::badTimeInJsonNamesTheElement()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    QByteArray bytes = fixtureBytes(QStringLiteral("github_issues.json"));
    bytes.replace("\"created_at\": \"2024-03-07T09:30:00Z\"", "\"created_at\": \"last Tuesday\"");
    const QString file = p.write(QStringLiteral("issues.json"), bytes);
    const QJsonObject before = p.summary();
    io::ImportReport r;
    io::InputError e;
    QVERIFY(!p.import(file, &r, &e));
    QCOMPARE(e.file, QStringLiteral("issues.json"));
    QCOMPARE(e.line, 177); // where José's pull request starts
    QVERIFY2(e.reason.contains(QLatin1String("last Tuesday")) &&
                 e.reason.contains(QLatin1String("created_at")),
             qPrintable(e.reason));
    QCOMPARE(p.summary(), before); // the three good items are not imported either
}

void ImportCommunityTest::badTimeInCsvNamesTheLine()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    QByteArray bytes = fixtureBytes(QStringLiteral("discourse_user_list.csv"));
    bytes.replace("2024-02-19 18:30:00 UTC", "19/02/2024 25:30");
    const QString file = p.write(QStringLiteral("users.csv"), bytes);
    const QJsonObject before = p.summary();
    io::ImportReport r;
    io::InputError e;
    QVERIFY(!p.import(file, &r, &e));
    QCOMPARE(e.file, QStringLiteral("users.csv"));
    QCOMPARE(e.line, 5);
    QVERIFY2(e.reason.contains(QLatin1String("last_posted_at")), qPrintable(e.reason));
    QCOMPARE(p.summary(), before);

    bytes = fixtureBytes(QStringLiteral("hubspot_contacts.csv"));
    bytes.replace("\"2024-03-02 15:30\"", "\"soon\"");
    QVERIFY(!p.import(p.write(QStringLiteral("contacts.csv"), bytes), &r, &e));
    QCOMPARE(e.line, 5);
    QVERIFY2(e.reason.contains(QLatin1String("Create Date")), qPrintable(e.reason));
    QCOMPARE(p.summary(), before);
}

void ImportCommunityTest::wrongPresetIsRefused()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::FileImportOptions options;
    options.preset = QStringLiteral("slack");
    io::ImportReport r;
    io::InputError e;
    QVERIFY(!p.import(importFixture(QStringLiteral("discourse_user_list.csv")), &r, &e, options));
    QVERIFY2(e.reason.contains(QLatin1String("Slack member list")), qPrintable(e.reason));
    options.preset = QStringLiteral("discord");
    QVERIFY(!p.import(importFixture(QStringLiteral("github_issues.json")), &r, &e, options));
    QCOMPARE(p.peopleCount(), 0);
}

QTEST_GUILESS_MAIN(ImportCommunityTest)
#include "tst_import_community.moc"
