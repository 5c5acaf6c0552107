// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/WorkspaceRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>

namespace rapport::workspace {

namespace sqltext {

QString identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString textLiteral(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QLatin1String("''"));
    return u'\'' + quoted + u'\'';
}

/** A value as a PostgreSQL literal (standard_conforming_strings is on since 9.1). The types
 *  are SQLite's storage classes; the server converts an untyped literal to its column. */
QString serverLiteral(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QStringLiteral("'NaN'::float8");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("'Infinity'::float8") : QStringLiteral("'-Infinity'::float8");
        return QString::number(d, 'g', 17);
    }
    case QMetaType::QByteArray:
        return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(value.toByteArray().toHex()));
    default:
        return textLiteral(value.toString());
    }
}

QVariant forBinding(QVariant value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

QString keyText(const QStringList& keyColumns, const QVariantMap& key)
{
    QStringList parts;
    for (const QString& column : keyColumns)
        parts << key.value(column).toString();
    return parts.join(QChar(0x1f));
}

} // namespace sqltext

using namespace sqltext;

ForeignKeysOff::ForeignKeysOff(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_wereOn = q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() && q.value(0).toInt() == 1;
    if (m_wereOn)
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

ForeignKeysOff::~ForeignKeysOff()
{
    if (m_wereOn)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

WorkspaceRows::WorkspaceRows(QSqlDatabase local, QSqlDatabase server)
    : m_local(std::move(local)), m_server(std::move(server))
{
}

QSet<QString> RemoteChanges::tables() const
{
    QSet<QString> result;
    for (const RowRef& row : changed)
        result.insert(row.table);
    for (const RowRef& row : removed)
        result.insert(row.table);
    return result;
}

QList<qint64> RemoteChanges::keys(const QString& table) const
{
    QList<qint64> result;
    for (const QList<RowRef>* rows : {&changed, &removed})
        for (const RowRef& row : *rows)
            if (row.table == table && row.key.contains(QStringLiteral("key")))
                result << row.key.value(QStringLiteral("key")).toLongLong();
    return result;
}

const WorkspaceRows::TableInfo* WorkspaceRows::tableInfo(const QString& table)
{
    const auto found = m_tables.constFind(table);
    if (found != m_tables.constEnd())
        return &found.value();
    QSqlQuery q(m_local);
    if (!q.exec(QStringLiteral("SELECT name, pk FROM pragma_table_info(%1) ORDER BY cid").arg(textLiteral(table))))
        return nullptr;
    TableInfo info;
    QMap<int, QString> key;
    while (q.next()) {
        const QString column = q.value(0).toString();
        info.columns << column;
        if (q.value(1).toInt() > 0)
            key.insert(q.value(1).toInt(), column);
        if (column == QLatin1String("row_version"))
            info.hasRowVersion = true;
    }
    if (info.columns.isEmpty() || key.isEmpty())
        return nullptr; // not a table of this copy, or one without a key
    info.keyColumns = key.values();
    if (q.exec(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(%1)").arg(textLiteral(table))))
        while (q.next())
            if (q.value(0).toString() != table)
                info.parents << q.value(0).toString();
    return &m_tables.insert(table, info).value();
}

int WorkspaceRows::rankOf(const QString& table, int depth)
{
    const TableInfo* info = tableInfo(table);
    if (!info || depth > 32) // a cycle of references: leave it in changeset order
        return 0;
    int rank = 0;
    const QStringList parents = info->parents; // tableInfo() may grow the hash
    for (const QString& parent : parents)
        rank = std::max(rank, rankOf(parent, depth + 1) + 1);
    return rank;
}

QVariantMap WorkspaceRows::serverRow(const RowRef& row)
{
    QHash<QString, QList<QVariantMap>> rows;
    QString error;
    if (!readServerRows({{row.table, {row.key}}}, &rows, &error) || rows.value(row.table).isEmpty())
        return {};
    return rows.value(row.table).constFirst();
}

QVariantMap WorkspaceRows::localRow(const RowRef& row)
{
    QStringList conditions;
    for (auto it = row.key.cbegin(); it != row.key.cend(); ++it)
        conditions << identifier(it.key()) + QLatin1String(" = ?");
    QSqlQuery q(m_local);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(identifier(row.table), conditions.join(QLatin1String(" AND "))));
    for (auto it = row.key.cbegin(); it != row.key.cend(); ++it)
        q.addBindValue(it.value());
    QVariantMap result;
    if (q.exec() && q.next()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            result.insert(record.fieldName(i), q.value(i));
    }
    return result;
}

bool WorkspaceRows::readServerRows(const QHash<QString, QList<QVariantMap>>& keys,
                                   QHash<QString, QList<QVariantMap>>* rows, QString* error)
{
    QSqlQuery q(m_server);
    q.setForwardOnly(true);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const TableInfo* info = tableInfo(it.key());
        if (!info || it.value().isEmpty())
            continue;
        QJsonArray wanted;
        for (const QVariantMap& key : it.value())
            wanted.append(QJsonObject::fromVariantMap(key));
        QStringList keyColumns;
        for (const QString& column : info->keyColumns)
            keyColumns << identifier(column);
        // One query per table, whatever the number of rows: the keys go as one JSON array,
        // turned into rows of the table's own type (so each key has its column's type).
        const QString sql =
            QStringLiteral("SELECT t.* FROM %1 t JOIN (SELECT DISTINCT * FROM jsonb_populate_recordset(NULL::%1, "
                           "%2::jsonb)) AS p USING (%3)")
                .arg(identifier(it.key()),
                     textLiteral(QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact))),
                     keyColumns.join(QLatin1String(", ")));
        if (!q.exec(sql)) {
            *error = tr("Cannot read changed rows of “%1” from the workspace: %2").arg(it.key(), q.lastError().text());
            return false;
        }
        QList<QVariantMap>& out = (*rows)[it.key()];
        while (q.next()) {
            const QSqlRecord record = q.record();
            QVariantMap row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), q.value(i));
            out << row;
        }
    }
    return true;
}

bool WorkspaceRows::writeLocalRows(const QHash<QString, QList<QVariantMap>>& keys,
                                   const QHash<QString, QList<QVariantMap>>& rows, RemoteChanges* result,
                                   QString* error)
{
    QSqlQuery q(m_local);
    const auto fail = [&](const QString& table) {
        *error = tr("Cannot write the changes of “%1” into the local copy: %2").arg(table, q.lastError().text());
        return false;
    };
    // Every row of the batch is deleted first and the server's rows inserted again, so
    // that unique values (names) may move between rows in any order (a swap of two names
    // is fine on the server, but not row by row). The caller has foreign keys off: the
    // server's cascades arrive as changes of their own.
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const TableInfo* info = tableInfo(it.key());
        if (!info)
            continue; // a table this copy does not have
        QSet<QString> present;
        for (const QVariantMap& row : rows.value(it.key()))
            present.insert(keyText(info->keyColumns, row));
        QStringList conditions;
        for (const QString& column : info->keyColumns)
            conditions << identifier(column) + QLatin1String(" = ?");
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(identifier(it.key()), conditions.join(QLatin1String(" AND "))));
        for (const QVariantMap& key : it.value()) {
            for (const QString& column : info->keyColumns)
                q.addBindValue(key.value(column));
            if (!q.exec())
                return fail(it.key());
            if (q.numRowsAffected() > 0 && !present.contains(keyText(info->keyColumns, key)))
                result->removed << RowRef{it.key(), key};
        }
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const TableInfo* info = tableInfo(it.key());
        if (!info || it.value().isEmpty())
            continue;
        QStringList columns, placeholders;
        for (const QString& column : info->columns) {
            if (!it.value().constFirst().contains(column))
                continue; // a column the server lacks gets its default
            columns << identifier(column);
            placeholders << QStringLiteral("?");
        }
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(identifier(it.key()), columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", "))));
        for (const QVariantMap& row : it.value()) {
            for (const QString& column : info->columns)
                if (row.contains(column))
                    q.addBindValue(forBinding(row.value(column)));
            if (!q.exec())
                return fail(it.key());
            QVariantMap key;
            for (const QString& column : info->keyColumns)
                key.insert(column, row.value(column));
            result->changed << RowRef{it.key(), key};
        }
    }
    return true;
}

} // namespace rapport::workspace
