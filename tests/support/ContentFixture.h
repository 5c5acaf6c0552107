// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small content loop, counted by hand: three authors, two channels, a series, three
// pieces with distributions, snapshots and links, and rewards. Header-only: include it from
// a test that links rapport::storage.
//
//   Part 1  (Ana, Bo; series Rust in production; 2026-01-10)
//           Blog:       01-11 views 100 reads 50 likes 5 shares 2 onward 7
//                       01-20 views 300 reads 120 likes 9 shares 4 onward 20
//           Newsletter: 01-15 views 50 reads 30 likes 1 shares 0 onward 3
//   Part 2  (Ana; series Rust in production; 2026-02-01) links: previous → Part 1,
//           related → Field notes
//           Blog:       02-02 views 40 reads 20 likes 1 shares 0 onward 3
//   Field notes (Chen; no series; 2026-01-05) links: related → Part 1
//           Blog:       01-06 views 1000 reads 10
//   Rewards: Ana 200 USD for Part 1 (01-25), 150 USD for Part 2 (02-15), 50 points (02-20);
//            Bo swag 25 USD for Part 1 (01-30); Chen recognition (02-01).
//   Dara wrote nothing.
//
// So Ana: 2 pieces, reach 300 + 50 + 40 = 390 views, reads 170, onward clicks 26, channels
// Blog (2 pieces, 340 views) and Newsletter (1 piece, 50 views), rewards 350 USD money in
// 2 and 50 points in 1. Bo: 1 piece, 350 views, 25 USD swag. Chen: 1 piece, 1000 views.

#include "core/storage/ProjectRepository.h"

#include <QTest>

namespace rapport::test {

struct ContentFixture
{
    static constexpr qint64 kAnaViews = 390;
    static constexpr qint64 kAnaReads = 170;
    static constexpr qint64 kAnaOnwardClicks = 26;
    static constexpr double kAnaMoneyUsd = 350;
    static constexpr double kAnaPoints = 50;
    static constexpr qint64 kBoViews = 350;
    static constexpr qint64 kChenViews = 1000;

    model::Person ana, bo, chen, dara;
    model::Channel blog, newsletter;
    model::Series rust;
    model::Content part1, part2, fieldNotes;
    model::Reward anaPart1, anaPart2, anaPoints, boSwag, chenThanks;

    static QDateTime at(int month, int day)
    {
        return QDateTime(QDate(2026, month, day), QTime(9, 0), Qt::UTC);
    }

    /** Creates the records through repo; QVERIFYs each write. */
    void build(storage::ProjectRepository& repo)
    {
        const auto check = [](const storage::StoreResult& r) {
            if (!r)
                qWarning("ContentFixture: %s", qPrintable(r.message));
            return bool(r);
        };
        int n = 0;
        for (auto [person, name] : {std::pair{&ana, "Ana Lima"}, std::pair{&bo, "Bo Stern"},
                                    std::pair{&chen, "Chen Wei"}, std::pair{&dara, "Dara Kim"}}) {
            person->displayName = QString::fromLatin1(name);
            person->identities = {
                {model::IdentityKind::Email, QStringLiteral("author%1@example.org").arg(++n)}};
            QVERIFY(check(repo.people().create(*person)));
        }
        for (auto [channel, name] :
             {std::pair{&blog, "Blog"}, std::pair{&newsletter, "Newsletter"}}) {
            channel->name = QString::fromLatin1(name);
            channel->kind = channel->name.toLower();
            QVERIFY(check(repo.channels().create(*channel)));
        }
        rust.name = QStringLiteral("Rust in production");
        QVERIFY(check(repo.content().create(rust)));

        fieldNotes.title = QStringLiteral("Field notes");
        fieldNotes.kind = model::ContentKind::Talk;
        fieldNotes.authors = {chen.meta.id};
        fieldNotes.published = QDate(2026, 1, 5);
        fieldNotes.distributions = {{blog.meta.id,
                                     QUrl(QStringLiteral("https://example.org/notes")),
                                     at(1, 5),
                                     {{at(1, 6), 1000, 10, 0, 0, 0}}}};
        QVERIFY(check(repo.content().create(fieldNotes)));

        part1.title = QStringLiteral("Part 1");
        part1.authors = {ana.meta.id, bo.meta.id};
        part1.series = rust.meta.id;
        part1.published = QDate(2026, 1, 10);
        part1.distributions = {
            {blog.meta.id,
             QUrl(QStringLiteral("https://example.org/part-1")),
             at(1, 10),
             {{at(1, 11), 100, 50, 5, 2, 7}, {at(1, 20), 300, 120, 9, 4, 20}}},
            {newsletter.meta.id, QUrl(), at(1, 12), {{at(1, 15), 50, 30, 1, 0, 3}}}};
        QVERIFY(check(repo.content().create(part1)));

        part2.title = QStringLiteral("Part 2");
        part2.kind = model::ContentKind::Tutorial;
        part2.authors = {ana.meta.id};
        part2.series = rust.meta.id;
        part2.published = QDate(2026, 2, 1);
        part2.distributions = {{blog.meta.id,
                                QUrl(QStringLiteral("https://example.org/part-2")),
                                at(2, 1),
                                {{at(2, 2), 40, 20, 1, 0, 3}}}};
        part2.links = {{part1.meta.id, QStringLiteral("previous")},
                       {fieldNotes.meta.id, QStringLiteral("related")}};
        QVERIFY(check(repo.content().create(part2)));

        fieldNotes.links = {{part1.meta.id, QStringLiteral("related")}};
        QVERIFY(check(repo.content().update(fieldNotes)));

        const auto reward = [&](model::Reward* r, const model::Person& person,
                                model::RewardKind kind, double value, const QString& currency,
                                const QDate& date, const model::Content* content,
                                const QString& reason) {
            r->person = person.meta.id;
            r->kind = kind;
            r->value = value;
            r->currency = currency;
            r->date = date;
            r->reason = reason;
            if (content)
                r->content = content->meta.id;
            QVERIFY(check(repo.rewards().create(*r)));
        };
        const QString usd = QStringLiteral("USD");
        reward(&anaPart1, ana, model::RewardKind::Money, 200, usd, QDate(2026, 1, 25), &part1,
               QStringLiteral("Author fee"));
        reward(&anaPart2, ana, model::RewardKind::Money, 150, usd, QDate(2026, 2, 15), &part2,
               QStringLiteral("Author fee"));
        reward(&anaPoints, ana, model::RewardKind::Points, 50, QString(), QDate(2026, 2, 20),
               nullptr, QStringLiteral("Series bonus"));
        reward(&boSwag, bo, model::RewardKind::Swag, 25, usd, QDate(2026, 1, 30), &part1,
               QStringLiteral("Thank-you pack"));
        reward(&chenThanks, chen, model::RewardKind::Recognition, 0, QString(), QDate(2026, 2, 1),
               &fieldNotes, QStringLiteral("Shout-out"));
    }
};

} // namespace rapport::test
