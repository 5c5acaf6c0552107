// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/ProjectTables.h"

#include "core/storage/Migrator.h"
#include "core/storage/Schema.h"
#include "core/storage/SqliteFileCheck.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>

namespace rapport::workspace {

namespace {

ColumnType typeOf(const QString& declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return ColumnType::Integer;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("DOUB")) || t.contains(QLatin1String("FLOA")))
        return ColumnType::Real;
    if (t.contains(QLatin1String("BLOB")))
        return ColumnType::Blob;
    return ColumnType::Text;
}

QList<ProjectTable> readSchema()
{
    QList<ProjectTable> tables;
    const QString connection = storage::uniqueConnectionName("schema");
    QString error;
    if (!storage::openSqliteConnection(connection, QStringLiteral(":memory:"), false, &error))
        qFatal("rapport: cannot open an in-memory SQLite database: %s", qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (!storage::migrateDatabase(db, storage::migrationSteps(), &error))
            qFatal("rapport: the schema does not build: %s", qPrintable(error));
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY rowid"));
        QList<ProjectTable> created;
        QHash<QString, QStringList> parents;
        while (q.next()) {
            ProjectTable t;
            t.name = q.value(0).toString();
            const bool autoincrementOrRowid = !q.value(1).toString().contains(QLatin1String("WITHOUT ROWID"));
            QSqlQuery c(db);
            c.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t.name));
            std::map<int, QString> key;
            while (c.next()) {
                TableColumn column{c.value(1).toString(), typeOf(c.value(2).toString()), c.value(3).toBool()};
                if (const int pk = c.value(5).toInt(); pk > 0)
                    key.emplace(pk, column.name);
                t.columns.append(column);
            }
            for (const auto& [position, name] : key)
                t.primaryKey << name;
            if (autoincrementOrRowid && t.primaryKey.size() == 1) {
                for (const TableColumn& column : std::as_const(t.columns))
                    if (column.name == t.primaryKey.front() && column.type == ColumnType::Integer)
                        t.keyColumn = column.name;
            }
            QSqlQuery f(db);
            f.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(t.name));
            while (f.next())
                if (f.value(2).toString() != t.name)
                    parents[t.name] << f.value(2).toString();
            created.append(t);
        }
        // Parents first: repeatedly take the first table whose parents are all placed.
        QSet<QString> placed;
        while (!created.isEmpty()) {
            qsizetype next = 0;
            for (qsizetype i = 0; i < created.size(); ++i) {
                bool ready = true;
                for (const QString& parent : parents.value(created[i].name))
                    ready = ready && placed.contains(parent);
                if (ready) {
                    next = i;
                    break;
                }
            }
            placed.insert(created[next].name);
            tables.append(created.takeAt(next));
        }
    }
    storage::closeSqliteConnection(connection);
    return tables;
}

} // namespace

QStringList ProjectTable::columnNames() const
{
    QStringList names;
    for (const TableColumn& c : columns)
        names << c.name;
    return names;
}

const QList<ProjectTable>& projectTables()
{
    static const QList<ProjectTable> tables = readSchema();
    return tables;
}

} // namespace rapport::workspace
