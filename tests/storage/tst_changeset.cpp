// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Changeset.h"
#include "core/storage/ImportLog.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/Transaction.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QTest>

using namespace rapport;
using namespace rapport::model;
using storage::Changeset;
using storage::ChangeRecorder;

namespace {

/** Every row of the tables a channel edit touches, as text. */
QStringList channelRows(const QSqlDatabase& db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT key, id, name, kind, url, row_version, updated_at FROM channels ORDER BY key"));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << q.value(i).toString();
        rows << cells.join(u'|');
    }
    q.exec(QStringLiteral("SELECT channel_key, on_date, size FROM channel_sizes ORDER BY 1, 2"));
    while (q.next())
        rows << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return rows;
}

} // namespace

class TestChangeset : public QObject
{
    Q_OBJECT

private slots:
    void undoAndRedoAnEdit();
    void aRowChangedSinceIsRefused();
};

void TestChangeset::undoAndRedoAnEdit()
{
    test::TestDatabase database;
    QVERIFY2(database.isOk(), qPrintable(database.error()));
    test::FixedClock clock;
    storage::ChannelRepository channels(database.db(), clock);
    Channel blog{{}, QStringLiteral("Blog"), QStringLiteral("blog"), QUrl(), {{QDate(2025, 1, 1), 10}}};
    QVERIFY(channels.create(blog));
    const QStringList before = channelRows(database.db());

    QByteArray forward, inverse;
    {
        storage::Transaction transaction(database.db());
        ChangeRecorder recorder(database.db());
        QVERIFY(recorder.isActive());
        clock.advance(10);
        Channel news{{}, QStringLiteral("News"), QStringLiteral("newsletter"), QUrl(), {}};
        QVERIFY(channels.create(news));
        QVERIFY(channels.setSize(blog.meta.id, {QDate(2025, 2, 1), 25}));
        blog = *channels.get(blog.meta.id);
        blog.name = QStringLiteral("Engineering blog");
        QVERIFY(channels.update(blog));
        QString error;
        forward = recorder.changes(&error);
        inverse = recorder.inverse(&error);
        QVERIFY2(!forward.isEmpty() && !inverse.isEmpty(), qPrintable(error));
        QVERIFY(transaction.commit());
    }
    const QStringList after = channelRows(database.db());
    QCOMPARE(after.size(), before.size() + 2);

    QString error;
    QVERIFY2(Changeset::apply(database.db(), inverse, &error), qPrintable(error));
    QCOMPARE(channelRows(database.db()), before); // keys, versions and times too
    QVERIFY2(Changeset::apply(database.db(), forward, &error), qPrintable(error));
    QCOMPARE(channelRows(database.db()), after);
    QVERIFY(Changeset::apply(database.db(), QByteArray(), &error)); // nothing to do
}

void TestChangeset::aRowChangedSinceIsRefused()
{
    test::TestDatabase database;
    QVERIFY2(database.isOk(), qPrintable(database.error()));
    test::FixedClock clock;
    storage::ChannelRepository channels(database.db(), clock);
    Channel blog{{}, QStringLiteral("Blog"), QStringLiteral("blog"), QUrl(), {}};
    QVERIFY(channels.create(blog));
    QByteArray inverse;
    {
        ChangeRecorder recorder(database.db());
        blog.kind = QStringLiteral("newsletter");
        QVERIFY(channels.update(blog));
        QString error;
        inverse = recorder.inverse(&error);
    }
    blog.url = QUrl(QStringLiteral("https://example.org"));
    QVERIFY(channels.update(blog)); // changed by someone else since
    const QStringList now = channelRows(database.db());
    storage::Transaction transaction(database.db());
    QString error;
    QVERIFY(!Changeset::apply(database.db(), inverse, &error));
    QVERIFY2(error.contains(QStringLiteral("“channels”")), qPrintable(error));
    transaction.rollback();
    QCOMPARE(channelRows(database.db()), now);
}

QTEST_GUILESS_MAIN(TestChangeset)
#include "tst_changeset.moc"
