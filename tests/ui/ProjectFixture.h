// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectFile.h"
#include "tests/support/FixedClock.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace rapport::test {

/** A temporary folder with a recovery folder and an environment naming this computer. */
struct UiTestFolder
{
    QTemporaryDir dir;
    FixedClock clock;

    storage::ProjectEnvironment environment(const QString& user = QStringLiteral("me"),
                                            const QString& host = {}) const
    {
        storage::ProjectEnvironment env;
        env.recoveryDir = dir.filePath(QStringLiteral("recovery-") + user);
        env.userName = user;
        env.hostName = host;
        env.clock = &clock;
        return env;
    }
    QString path(const QString& name) const { return dir.filePath(name); }
};

/** The name of person number n: mixed case and a few repeats, so sorting has work to do. */
inline QString personName(int n)
{
    static const QStringList first = {QStringLiteral("ana"),  QStringLiteral("Bo"),
                                      QStringLiteral("chen"), QStringLiteral("Dara"),
                                      QStringLiteral("emil"), QStringLiteral("Fatima"),
                                      QStringLiteral("Gus")};
    return QStringLiteral("%1 %2")
        .arg(first[n % first.size()])
        .arg((n * 7919) % 1000, 3, 10, QLatin1Char('0'));
}

/** Inserts people number first .. first+count-1 straight into the tables. */
inline void insertPeople(const QSqlDatabase& db, int first, int count)
{
    QSqlQuery person(db);
    QVERIFY(person.prepare(QStringLiteral(
        "INSERT INTO people (id, created_at, updated_at, display_name, company, role, country, "
        "joined) VALUES (?, 0, 0, ?, ?, ?, ?, ?)")));
    QSqlQuery identity(db);
    QVERIFY(identity.prepare(QStringLiteral(
        "INSERT INTO identities (person_key, kind, value, normalized) VALUES (?, 'email', ?, ?)")));
    QSqlQuery tag(db);
    QVERIFY(tag.prepare(QStringLiteral("INSERT INTO person_tags (person_key, tag) VALUES (?, ?)")));
    for (int n = first; n < first + count; ++n) {
        person.addBindValue(
            QStringLiteral("00000000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
        person.addBindValue(personName(n));
        person.addBindValue(QStringLiteral("Company %1").arg(n % 13));
        person.addBindValue(n % 3 == 0 ? QStringLiteral("Engineer") : QStringLiteral("Advocate"));
        person.addBindValue(n % 2 == 0 ? QStringLiteral("DE") : QStringLiteral("CN"));
        person.addBindValue(QDate(2024, 1, 1).addDays(n % 365).toString(Qt::ISODate));
        QVERIFY2(person.exec(), qPrintable(person.lastError().text()));
        const qint64 key = person.lastInsertId().toLongLong();
        const QString email = QStringLiteral("person%1@example.org").arg(n);
        identity.addBindValue(key);
        identity.addBindValue(email);
        identity.addBindValue(email);
        QVERIFY2(identity.exec(), qPrintable(identity.lastError().text()));
        for (const QString& name : {QStringLiteral("speaker"), QStringLiteral("beta")}) {
            if (name == QStringLiteral("beta") && n % 2)
                continue;
            tag.addBindValue(key);
            tag.addBindValue(name);
            QVERIFY2(tag.exec(), qPrintable(tag.lastError().text()));
        }
    }
}

/** Inserts people through a project transaction, which marks the project modified. */
inline void addPeople(storage::ProjectFile& file, int first, int count)
{
    storage::Transaction transaction = file.transaction();
    insertPeople(file.database(), first, count);
    QString error;
    QVERIFY2(transaction.commit(&error), qPrintable(error));
}

/** Creates a saved project holding count people. */
inline void makeProject(const UiTestFolder& folder, const QString& path, int count)
{
    storage::FileResult result;
    auto file = storage::ProjectFile::create(path, folder.environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    addPeople(*file, 0, count);
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
}

/** Leaves unsaved work behind as a crash would: the working copy and its record survive. */
inline void leaveUnsavedWork(const UiTestFolder& folder, const QString& path, int first, int count)
{
    const storage::ProjectEnvironment env = folder.environment();
    storage::FileResult result;
    auto file = storage::ProjectFile::open(path, env, storage::OpenMode::ReadWrite,
                                           storage::RecoveryChoice::Ask, &result);
    QVERIFY2(file, qPrintable(result.message));
    addPeople(*file, first, count);
    QVERIFY(file->hasUnsavedChanges());
    // Keep what a crash leaves in the recovery folder, then close the file normally.
    const QDir recovery(env.recoveryDir);
    const QString keep = folder.path(QStringLiteral("kept-recovery"));
    QDir().mkpath(keep);
    for (const QString& name : recovery.entryList(QDir::Files))
        QVERIFY(QFile::copy(recovery.filePath(name), keep + u'/' + name));
    file.reset();
    for (const QString& name : QDir(keep).entryList(QDir::Files)) {
        QFile::remove(recovery.filePath(name));
        QVERIFY(QFile::rename(keep + u'/' + name, recovery.filePath(name)));
    }
}

} // namespace rapport::test
