// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace rapport::workspace {

/** One row of a project table, named by its primary key (column → value). */
struct RowRef
{
    QString table;
    QVariantMap key;
    bool operator==(const RowRef&) const = default;
};

/** What fetchRemoteChanges() (or a resolution) wrote into the local copy. */
struct RemoteChanges
{
    bool ok = true;
    QString message;     // on failure; the local copy is then unchanged
    QList<RowRef> changed; // rows inserted or updated in the local copy
    QList<RowRef> removed; // rows deleted from the local copy
    qint64 seq = 0;        // the change-log position the local copy is now at
    bool stale = false;    // on failure: the copy is behind the log's horizon; read it again whole

    explicit operator bool() const { return ok; }
    bool isEmpty() const { return changed.isEmpty() && removed.isEmpty(); }
    /** The tables with a changed or removed row (which areas to reload). */
    QSet<QString> tables() const;
    /** The `key` of every changed or removed row of an entity table (people, campaigns, …). */
    QList<qint64> keys(const QString& table) const;
};

/**
 * Rows of a team workspace by primary key, on both sides: the server's (PostgreSQL) read
 * in one query per table, and written into the local working copy (SQLite). What
 * WorkspaceSync is built on; the tables are described by the local copy's schema.
 */
class WorkspaceRows
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceRows)

public:
    struct TableInfo
    {
        QStringList columns;    // in the local table's order (a changeset's order)
        QStringList keyColumns; // the primary key, in key order
        bool hasRowVersion = false;
        QStringList parents; // the tables its foreign keys point at (itself excluded)
    };

    WorkspaceRows(QSqlDatabase local, QSqlDatabase server);

    /** The local table's columns and key; null if the copy has no such table (or no key). */
    const TableInfo* tableInfo(const QString& table);
    /** How deep table is below the tables it refers to (0: refers to none). */
    int rankOf(const QString& table, int depth = 0);

    /** The server's rows of keys (table → primary keys), one query per table. */
    bool readServerRows(const QHash<QString, QList<QVariantMap>>& keys,
                        QHash<QString, QList<QVariantMap>>* rows, QString* error);
    /** Writes rows into the local copy and deletes the keys the server no longer has (in
     *  the caller's local transaction, with foreign keys off: see ForeignKeysOff); notes
     *  both in result. */
    bool writeLocalRows(const QHash<QString, QList<QVariantMap>>& keys,
                        const QHash<QString, QList<QVariantMap>>& rows, RemoteChanges* result,
                        QString* error);
    /** One row, column → value; empty if there is none. */
    QVariantMap serverRow(const RowRef& row);
    QVariantMap localRow(const RowRef& row);

private:
    QSqlDatabase m_local;
    QSqlDatabase m_server;
    QHash<QString, TableInfo> m_tables;
};

/** Turns SQLite's foreign keys off on a connection while it lives (outside a transaction:
 *  SQLite ignores the pragma inside one), and back on if they were. */
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(QSqlDatabase db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    QSqlDatabase m_db;
    bool m_wereOn = false;
};

/** SQL text for the statements the sync writes itself. */
namespace sqltext {
/** A quoted identifier: "name". */
QString identifier(const QString& name);
/** A quoted string literal: 'text'. */
QString textLiteral(const QString& text);
/** A value as a PostgreSQL literal. */
QString serverLiteral(const QVariant& value);
/** An empty text as a non-null QString: Qt binds a null QString as SQL NULL. */
QVariant forBinding(QVariant value);
/** The primary key as one text (to compare keys read on both sides). */
QString keyText(const QStringList& keyColumns, const QVariantMap& key);
} // namespace sqltext

} // namespace rapport::workspace
