// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/WorkspaceChangeLog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace rapport::workspace::WorkspaceChangeLog {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceChangeLog", text);
}

// tx: the writing transaction's id. A reader keeps the oldest transaction still running
// when it last read (its snapshot's xmin) and reads again from there, so a change whose
// transaction commits after a later-numbered one is not skipped (seq order is not commit
// order). by_user is set by the trigger: inside a SECURITY DEFINER function current_user
// is the function's owner, session_user is the person.
const char* const kCreateLog = R"(
CREATE TABLE IF NOT EXISTS rapport_changes (
    seq bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    by_user text NOT NULL DEFAULT session_user,
    tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
    table_name text NOT NULL,
    op char(1) NOT NULL,
    pk jsonb NOT NULL
))";

const char* const kCreateIndex = "CREATE INDEX IF NOT EXISTS rapport_changes_tx ON rapport_changes (tx)";

// The log's horizon: a copy whose position is before it cannot catch up (the log was pruned
// up to it, or the project replaced after it) and is read again whole.
const char* const kCreateSync = "CREATE TABLE IF NOT EXISTS rapport_sync (name text PRIMARY KEY, value bigint NOT NULL)";

// The trigger's arguments are the table's primary key columns. An update that changes the
// key also logs the old key (as a delete). One NOTIFY per transaction: notifications with
// the same payload in one transaction are delivered once, and the payload is the
// transaction's id, so an edit of a thousand rows wakes the other copies once.
const char* const kCreateFunction = R"(
CREATE OR REPLACE FUNCTION rapport_log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
    current_row jsonb;
    old_row jsonb;
    key jsonb := '{}';
    old_key jsonb := '{}';
    col text;
BEGIN
    -- Only the log's owner (who publishes) may load without logging: current_user is the
    -- function's owner here, session_user the person.
    IF current_setting('rapport.bulk_load', true) = 'on' AND session_user = current_user THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        current_row := to_jsonb(OLD);
    ELSE
        current_row := to_jsonb(NEW);
    END IF;
    FOREACH col IN ARRAY TG_ARGV LOOP
        key := key || jsonb_build_object(col, current_row -> col);
    END LOOP;
    INSERT INTO public.rapport_changes (by_user, table_name, op, pk)
        VALUES (session_user, TG_TABLE_NAME, left(TG_OP, 1), key);
    IF TG_OP = 'UPDATE' THEN
        old_row := to_jsonb(OLD);
        FOREACH col IN ARRAY TG_ARGV LOOP
            old_key := old_key || jsonb_build_object(col, old_row -> col);
        END LOOP;
        IF old_key <> key THEN
            INSERT INTO public.rapport_changes (by_user, table_name, op, pk)
                VALUES (session_user, TG_TABLE_NAME, 'D', old_key);
        END IF;
    END IF;
    PERFORM pg_notify('rapport_changes', pg_current_xact_id()::text);
    RETURN NULL;
END
$fn$)";

// Every table of the schema with a primary key, and its key columns in order.
const char* const kTables = R"(
SELECT c.relname, string_agg(a.attname, ',' ORDER BY k.ord)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
  AND c.relname NOT IN ('rapport_changes', 'rapport_schema', 'rapport_sync')
GROUP BY c.relname
ORDER BY c.relname)";

QString literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QLatin1String("''"));
    return u'\'' + quoted + u'\'';
}

QString identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

bool install(QSqlDatabase db, QString* error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const auto run = [&](const QString& sql) {
        if (q.exec(sql))
            return true;
        *error = tr("cannot set up the change log: %1").arg(q.lastError().text());
        return false;
    };
    // "already exists, skipping" on every later initialise is no news.
    if (!run(QStringLiteral("SET LOCAL client_min_messages = warning")) || !run(QString::fromLatin1(kCreateLog)) || !run(QString::fromLatin1(kCreateIndex)) || !run(QString::fromLatin1(kCreateSync)) ||
        !run(QString::fromLatin1(kCreateFunction))) {
        db.rollback();
        return false;
    }
    if (!run(QString::fromLatin1(kTables))) {
        db.rollback();
        return false;
    }
    QList<QPair<QString, QStringList>> tables;
    while (q.next())
        tables.append({q.value(0).toString(), q.value(1).toString().split(u',')});
    for (const auto& [table, keyColumns] : tables) {
        QStringList arguments;
        for (const QString& column : keyColumns)
            arguments << literal(column);
        if (!run(QStringLiteral("CREATE OR REPLACE TRIGGER rapport_change_log AFTER INSERT OR UPDATE OR "
                                "DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION rapport_log_change(%2)")
                     .arg(identifier(table), arguments.join(QLatin1String(", "))))) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = tr("cannot set up the change log: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

QStringList replacedStatements()
{
    // A marker row moves the log past every copy read before the replacement; the horizon
    // is that row; the NOTIFY wakes the open copies at once.
    return {QString::fromLatin1(kCreateSync),
            QStringLiteral("INSERT INTO rapport_changes (table_name, op, pk) VALUES ('*', 'R', '{}')"),
            QStringLiteral("INSERT INTO rapport_sync (name, value) SELECT 'horizon', max(seq) FROM rapport_changes "
                           "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
            QStringLiteral("SELECT pg_notify('%1', 'replaced')").arg(QLatin1String(kChannel))};
}

bool prune(QSqlDatabase db, int keepDays, qint64* removed, QString* error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const auto failed = [&] {
        *error = tr("cannot prune the change log: %1").arg(q.lastError().text());
        db.rollback();
        return false;
    };
    if (!q.exec(QString::fromLatin1(kCreateSync)))
        return failed();
    if (!q.exec(QStringLiteral("SELECT max(seq), count(*) FROM rapport_changes WHERE at < now() - make_interval(days => %1)")
                    .arg(std::max(0, keepDays)))
        || !q.next())
        return failed();
    *removed = q.value(1).toLongLong();
    if (*removed == 0 || q.value(0).isNull()) {
        db.rollback();
        return true;
    }
    const qint64 through = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("DELETE FROM rapport_changes WHERE seq <= %1").arg(through))
        || !q.exec(QStringLiteral("INSERT INTO rapport_sync (name, value) VALUES ('horizon', %1) "
                                  "ON CONFLICT (name) DO UPDATE SET value = GREATEST(rapport_sync.value, excluded.value)")
                       .arg(through)))
        return failed();
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

qint64 horizon(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('rapport_sync') IS NOT NULL")) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    if (!q.value(0).toBool())
        return 0; // a workspace from before the horizon: nothing was pruned
    if (!q.exec(QStringLiteral("SELECT coalesce(max(value), 0) FROM rapport_sync WHERE name = 'horizon'")) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace rapport::workspace::WorkspaceChangeLog
