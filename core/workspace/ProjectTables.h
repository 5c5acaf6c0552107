// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::workspace {

/** The kind of value a schema column holds (its declared SQLite type). */
enum class ColumnType {
    Integer, // INTEGER → BIGINT
    Real,    // REAL → DOUBLE PRECISION
    Text,    // TEXT → TEXT
    Blob,    // BLOB → BYTEA
};

struct TableColumn
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool notNull = false;
};

/** One table of the project schema, as both a file and a workspace hold it. */
struct ProjectTable
{
    QString name;
    QList<TableColumn> columns; // in schema order (CREATE TABLE, then ALTER TABLE ADD COLUMN)
    QStringList primaryKey;     // in key order
    /** The INTEGER PRIMARY KEY column (an identity column on PostgreSQL), or empty. */
    QString keyColumn;
    QStringList columnNames() const;
};

/**
 * Every table of the current project schema (storage/Schema.cpp), read from the schema
 * itself: the migration steps are run on an in-memory SQLite database and its catalogue is
 * read, so a table or column added by a later migration is transferred and hashed without
 * anyone updating a list. Parents come before the tables whose foreign keys point at them
 * (ties in creation order), the order a bulk load with checked foreign keys needs.
 * Tables of the server alone (rapport_schema, a change log) are not project tables.
 */
const QList<ProjectTable>& projectTables();

} // namespace rapport::workspace
