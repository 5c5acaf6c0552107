// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteFileCheck.h"

#include "core/storage/Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::storage {

namespace {

quint32 be32(const QByteArray& b, int at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData()) + at;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

FileResult refuse(FileError error, QString message)
{
    FileResult r;
    r.error = error;
    r.message = std::move(message);
    return r;
}

} // namespace

bool hasSqliteMagic(const QByteArray& bytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return bytes.size() >= 16 && bytes.left(16) == magic;
}

std::optional<SqliteHeader> parseSqliteHeader(const QByteArray& first100)
{
    if (first100.size() < 100 || !hasSqliteMagic(first100))
        return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(first100.constData());
    SqliteHeader h;
    h.pageSize = (quint32(p[16]) << 8) | quint32(p[17]);
    if (h.pageSize == 1)
        h.pageSize = 65536;
    if (h.pageSize < 512 || h.pageSize > 65536 || (h.pageSize & (h.pageSize - 1)) != 0)
        return std::nullopt;
    h.changeCounter = be32(first100, 24);
    h.pageCount = be32(first100, 28);
    h.pageCountValid = be32(first100, 92) == h.changeCounter && h.pageCount > 0;
    h.userVersion = qint32(be32(first100, 60));
    h.applicationId = qint32(be32(first100, 68));
    return h;
}

FileResult checkProjectFile(const QString& path, int* schemaVersion, const QString& displayPath,
                            bool checkPages)
{
    const QString name = QFileInfo(displayPath.isEmpty() ? path : displayPath).fileName();
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(
            FileError::NotFound,
            QCoreApplication::translate("rapport::storage", "“%1” does not exist.").arg(name));
    if (info.isDir())
        return refuse(FileError::IsDirectory,
                      QCoreApplication::translate("rapport::storage",
                                                  "“%1” is a folder, not a Rapport project.")
                          .arg(name));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(FileError::Unreadable,
                      QCoreApplication::translate("rapport::storage", "“%1” cannot be read: %2.")
                          .arg(name, file.errorString()));
    const QByteArray head = file.read(100);
    const qint64 size = file.size();
    file.close();

    if (!hasSqliteMagic(head))
        return refuse(
            FileError::NotSqlite,
            QCoreApplication::translate("rapport::storage",
                                        "“%1” is not a Rapport project (not an SQLite database).")
                .arg(name));
    const std::optional<SqliteHeader> header = parseSqliteHeader(head);
    if (!header)
        return refuse(
            FileError::Damaged,
            QCoreApplication::translate("rapport::storage",
                                        "“%1” is damaged: its header is incomplete or invalid.")
                .arg(name));
    if (header->applicationId != kApplicationId)
        return refuse(
            FileError::NotRapport,
            header->applicationId == 0
                ? QCoreApplication::translate(
                      "rapport::storage", "“%1” is an SQLite database, but not a Rapport project.")
                      .arg(name)
                : QCoreApplication::translate(
                      "rapport::storage",
                      "“%1” belongs to another application (application id %2), not Rapport.")
                      .arg(name, QStringLiteral("0x%1").arg(quint32(header->applicationId), 8, 16,
                                                            QLatin1Char('0'))));
    if (header->userVersion > currentSchemaVersion())
        return refuse(FileError::TooNew,
                      QCoreApplication::translate("rapport::storage",
                                                  "“%1” was made by a newer version of Rapport "
                                                  "(schema %2); this version reads up to %3.")
                          .arg(name)
                          .arg(header->userVersion)
                          .arg(currentSchemaVersion()));
    if (header->userVersion < 1)
        return refuse(FileError::Damaged,
                      QCoreApplication::translate("rapport::storage",
                                                  "“%1” is damaged: it has no schema version.")
                          .arg(name));
    const qint64 expected =
        header->pageCountValid ? qint64(header->pageSize) * header->pageCount : -1;
    if ((expected >= 0 && size < expected) || size % header->pageSize != 0)
        return refuse(
            FileError::Damaged,
            QCoreApplication::translate("rapport::storage",
                                        "“%1” is damaged: the file is truncated (%2 of %3 bytes).")
                .arg(name)
                .arg(size)
                .arg(expected >= 0 ? expected : (size / header->pageSize + 1) * header->pageSize));

    // The header looks right; let SQLite read every page (read-only, nothing is written).
    const QString connection = uniqueConnectionName("check");
    QString error;
    FileResult result;
    if (!openSqliteConnection(connection, path, /*readOnly=*/true, &error)) {
        result = refuse(FileError::Damaged,
                        QCoreApplication::translate("rapport::storage", "“%1” is damaged: %2.")
                            .arg(name, error));
    } else {
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            QSqlQuery q(db);
            QStringList problems;
            if (!checkPages) {
                // The caller reads every page it needs and reports damage when it meets it.
            } else if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                problems << q.lastError().databaseText();
            } else {
                while (q.next() && problems.size() < 3) {
                    const QString line = q.value(0).toString();
                    if (line != QLatin1String("ok"))
                        problems << line;
                }
            }
            int version = 0;
            if (problems.isEmpty()) {
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    version = q.value(0).toInt();
                else
                    problems << q.lastError().databaseText();
            }
            if (!problems.isEmpty())
                result =
                    refuse(FileError::Damaged,
                           QCoreApplication::translate("rapport::storage", "“%1” is damaged: %2.")
                               .arg(name, problems.join(QStringLiteral("; ")).simplified()));
            else if (schemaVersion)
                *schemaVersion = version;
        }
        closeSqliteConnection(connection);
    }
    return result;
}

QString uniqueConnectionName(const char* purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rapport-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

bool openSqliteConnection(const QString& connectionName, const QString& file, bool readOnly,
                          QString* error)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(file);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().databaseText();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
                if (error)
                    *error = q.lastError().databaseText();
            } else {
                ok = true;
            }
        }
    }
    if (!ok)
        closeSqliteConnection(connectionName);
    return ok;
}

void closeSqliteConnection(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace rapport::storage
