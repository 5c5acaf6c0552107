// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/WorkspaceRoles.h"

#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::workspace {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceRoles", text);
}

// PostgreSQL cuts identifiers at 63 bytes (NAMEDATALEN - 1) without an error, which would
// give two long databases, or a database's two groups, the same role.
constexpr int kMaxIdentifierBytes = 63;

QString groupName(const QString& database, const QString& suffix)
{
    const QString name = QStringLiteral("rapport_%1_%2").arg(database, suffix);
    if (name.toUtf8().size() <= kMaxIdentifierBytes)
        return name;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    QString prefix = database;
    while (!prefix.isEmpty()
           && QStringLiteral("rapport_%1_%2_%3").arg(prefix, hash, suffix).toUtf8().size() > kMaxIdentifierBytes)
        prefix.chop(1);
    return QStringLiteral("rapport_%1_%2_%3").arg(prefix, hash, suffix);
}

QString serverText(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text() : text;
}

QString currentDatabase(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT current_database()")) && q.next())
        return q.value(0).toString();
    return db.databaseName();
}

/** Whether a role of this name exists; *canLogin says whether it is a user. */
bool roleExists(const QSqlDatabase& db, const QString& name, bool* canLogin = nullptr)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return false;
    if (canLogin)
        *canLogin = q.value(0).toBool();
    return true;
}

bool tableExists(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    q.addBindValue(QStringLiteral("public.") + name);
    return q.exec() && q.next() && q.value(0).toBool();
}

/** Runs statements in one transaction: all of them or none. */
bool runAll(QSqlDatabase db, const QStringList& statements, QString* error)
{
    storage::Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = serverText(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            *error = serverText(q.lastError());
            return false;
        }
    }
    q.finish();
    return transaction.commit(error);
}

/** The user a grant or revoke is about: it must be an existing login role, not a group. */
WorkspaceResult checkUser(const QSqlDatabase& db, const WorkspaceAddress& address, const QString& userName)
{
    bool canLogin = false;
    const QString database = currentDatabase(db);
    if (userName.trimmed().isEmpty() || !roleExists(db, userName, &canLogin))
        return WorkspaceResult::failure(
            tr("There is no user “%1” on the server of %2. An administrator creates it first "
               "(CREATE ROLE … LOGIN PASSWORD …); then grant it access.")
                .arg(userName, address.toUrl()));
    if (!canLogin || userName == WorkspaceRoles::viewerGroup(database)
        || userName == WorkspaceRoles::editorGroup(database))
        return WorkspaceResult::failure(
            tr("“%1” on the server of %2 is a group, not a user who can log in.").arg(userName, address.toUrl()));
    return WorkspaceResult::success();
}

} // namespace

QString WorkspaceRoles::viewerGroup(const QString& database)
{
    return groupName(database, QStringLiteral("viewers"));
}

QString WorkspaceRoles::editorGroup(const QString& database)
{
    return groupName(database, QStringLiteral("editors"));
}

QString WorkspaceRoles::quoted(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

WorkspaceResult WorkspaceRoles::ensure(QSqlDatabase db, const WorkspaceAddress& address)
{
    const QString database = currentDatabase(db);
    const QString viewers = quoted(viewerGroup(database));
    const QString editors = quoted(editorGroup(database));
    QStringList statements;
    for (const QString& group : {viewerGroup(database), editorGroup(database)}) {
        if (!roleExists(db, group))
            statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(group));
    }
    const QString both = viewers + QLatin1String(", ") + editors;
    statements
        // Only the owner and the two groups may connect.
        << QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(quoted(database))
        << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(quoted(database), both)
        << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(both)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(viewers)
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(editors)
        << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editors)
        // Tables a later migration adds get the same rights.
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1").arg(viewers)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
                          "TO %1")
               .arg(editors)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %1")
               .arg(editors);
    // The change log is written by its trigger (SECURITY DEFINER, as the owner) and the schema
    // version by the owner's migrations: editors read both but may not forge, rewrite or erase
    // what the other copies follow.
    for (const QString& ownersOnly :
         {QStringLiteral("rapport_changes"), QStringLiteral("rapport_schema"), QStringLiteral("rapport_sync")}) {
        if (tableExists(db, ownersOnly))
            statements << QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %1 FROM %2")
                              .arg(quoted(ownersOnly), editors);
    }
    if (tableExists(db, QStringLiteral("rapport_changes")))
        statements << QStringLiteral("REVOKE USAGE, UPDATE ON SEQUENCE rapport_changes_seq_seq FROM %1").arg(editors);
    QString error;
    if (!runAll(db, statements, &error))
        return WorkspaceResult::failure(
            tr("Cannot set up viewer and editor access in the workspace %1 (its owner, with the right to "
               "create roles, can): %2")
                .arg(address.toUrl(), error));
    return WorkspaceResult::success();
}

WorkspaceResult WorkspaceRoles::grantAccess(QSqlDatabase db, const WorkspaceAddress& address,
                                            const QString& userName, Role role)
{
    if (role != Role::Viewer && role != Role::Editor)
        return WorkspaceResult::failure(tr("Access is granted as viewer or editor."));
    if (WorkspaceResult r = checkUser(db, address, userName); !r)
        return r;
    // Also sets up the groups of a workspace prepared before they existed.
    if (WorkspaceResult r = ensure(db, address); !r)
        return r;
    const QString database = currentDatabase(db);
    const QString granted = quoted(role == Role::Editor ? editorGroup(database) : viewerGroup(database));
    const QString other = quoted(role == Role::Editor ? viewerGroup(database) : editorGroup(database));
    QString error;
    if (!runAll(db,
                {QStringLiteral("GRANT %1 TO %2").arg(granted, quoted(userName)),
                 QStringLiteral("REVOKE %1 FROM %2").arg(other, quoted(userName))},
                &error))
        return WorkspaceResult::failure(
            tr("Cannot grant “%1” access to the workspace %2: %3").arg(userName, address.toUrl(), error));
    return WorkspaceResult::success();
}

WorkspaceResult WorkspaceRoles::revokeAccess(QSqlDatabase db, const WorkspaceAddress& address,
                                             const QString& userName)
{
    if (WorkspaceResult r = checkUser(db, address, userName); !r)
        return r;
    const QString database = currentDatabase(db);
    QStringList statements;
    for (const QString& group : {viewerGroup(database), editorGroup(database)}) {
        if (roleExists(db, group))
            statements << QStringLiteral("REVOKE %1 FROM %2").arg(quoted(group), quoted(userName));
    }
    QString error;
    if (!runAll(db, statements, &error))
        return WorkspaceResult::failure(
            tr("Cannot revoke the access of “%1” to the workspace %2: %3").arg(userName, address.toUrl(), error));
    return WorkspaceResult::success();
}

Role WorkspaceRoles::roleOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    // Asked of the server: superuser or (a member of) the database's owner; else the rights
    // on the people table, which every workspace has, decide between editor and viewer.
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
            "OR pg_has_role(current_user, d.datdba, 'MEMBER'), "
            "CASE WHEN to_regclass('public.people') IS NULL THEN false "
            "ELSE has_table_privilege('public.people', 'INSERT') AND has_table_privilege('public.people', 'UPDATE') "
            "AND has_table_privilege('public.people', 'DELETE') END, "
            "CASE WHEN to_regclass('public.people') IS NULL THEN false "
            "ELSE has_table_privilege('public.people', 'SELECT') END "
            "FROM pg_database d WHERE d.datname = current_database()"))
        || !q.next())
        return Role::None;
    if (q.value(0).toBool())
        return Role::Owner;
    if (q.value(1).toBool())
        return Role::Editor;
    if (q.value(2).toBool())
        return Role::Viewer;
    return Role::None;
}

QList<WorkspaceMember> WorkspaceRoles::members(QSqlDatabase db, QString* error)
{
    QList<WorkspaceMember> result;
    const QString database = currentDatabase(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))) {
        if (error)
            *error = serverText(q.lastError());
        return result;
    }
    if (q.next())
        result.append({q.value(0).toString(), Role::Owner});
    q.prepare(QStringLiteral("SELECT m.rolname, g.rolname = ? FROM pg_auth_members a "
                             "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                             "WHERE g.rolname IN (?, ?) ORDER BY m.rolname"));
    q.addBindValue(editorGroup(database));
    q.addBindValue(viewerGroup(database));
    q.addBindValue(editorGroup(database));
    if (!q.exec()) {
        if (error)
            *error = serverText(q.lastError());
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toBool() ? Role::Editor : Role::Viewer});
    return result;
}

QString WorkspaceRoles::roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace rapport::workspace
