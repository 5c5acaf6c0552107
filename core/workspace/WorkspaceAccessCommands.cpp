// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/WorkspaceAccessCommands.h"

#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceChangeLog.h"
#include "core/workspace/WorkspaceRoles.h"

#include <QUuid>

namespace rapport::workspace {

namespace {

WorkspaceAccessCommands::Outcome failed(const QString& message, int exitCode = 1)
{
    return {exitCode, {}, message};
}

} // namespace

WorkspaceAccessCommands::WorkspaceAccessCommands(secrets::SecretStore& keychain, std::function<QString()> readPassword)
    : m_keychain(keychain), m_readPassword(std::move(readPassword))
{
}

WorkspaceAccessCommands::Outcome WorkspaceAccessCommands::run(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const bool shapeOk = (action == u"grant" && arguments.size() == 4) || (action == u"revoke" && arguments.size() == 3)
                         || (action == u"who" && arguments.size() == 2)
                         || (action == u"prune" && (arguments.size() == 2 || arguments.size() == 3));
    if (!shapeOk)
        return failed(tr("usage: workspace grant URL USER viewer|editor | workspace revoke URL USER | "
                         "workspace who URL | workspace prune URL [DAYS] [--password-stdin]"),
                      2);
    int keepDays = 30;
    if (action == u"prune" && arguments.size() == 3) {
        bool number = false;
        keepDays = arguments[2].toInt(&number);
        if (!number || keepDays < 0)
            return failed(tr("workspace prune: DAYS is a number of days (0 or more), not “%1”").arg(arguments[2]), 2);
    }
    Role role = Role::None;
    if (action == u"grant") {
        const QString name = arguments[3].toLower();
        role = name == u"viewer" ? Role::Viewer : name == u"editor" ? Role::Editor : Role::None;
        if (role == Role::None)
            return failed(tr("workspace grant: the role is viewer or editor, not “%1”").arg(arguments[3]), 2);
    }
    WorkspaceAddress address;
    QString error;
    if (!WorkspaceAddress::fromUrl(arguments[1], &address, &error))
        return failed(error, 2);

    QString password;
    if (m_readPassword) {
        password = m_readPassword();
    } else {
        const secrets::SecretResult secret = m_keychain.read(address.secretKey());
        if (!secret)
            return failed(tr("%1: no password in the system keychain (%2); give it with --password-stdin")
                              .arg(address.toUrl(), secret.message));
        password = secret.value;
    }

    const QString connection = QStringLiteral("workspace-access-") + QUuid::createUuid().toString(QUuid::Id128);
    Outcome outcome;
    {
        QSqlDatabase db;
        const WorkspaceResult opened = Workspace::open(address, password, connection, &db);
        if (!opened) {
            outcome = failed(opened.message);
        } else if (action == u"prune") {
            qint64 removed = 0;
            if (!WorkspaceChangeLog::prune(db, keepDays, &removed, &error))
                outcome = failed(tr("%1: %2").arg(address.toUrl(), error));
            else
                outcome.output = tr("Removed %1 change-log entries older than %2 days from %3; copies that had not "
                                    "read them will read the workspace again.")
                                     .arg(removed)
                                     .arg(keepDays)
                                     .arg(address.toUrl());
        } else if (action == u"who") {
            const QList<WorkspaceMember> members = WorkspaceRoles::members(db, &error);
            if (!error.isEmpty()) {
                outcome = failed(tr("%1: %2").arg(address.toUrl(), error));
            } else {
                QStringList lines;
                for (const WorkspaceMember& m : members)
                    lines << QStringLiteral("%1\t%2").arg(m.user, WorkspaceRoles::roleName(m.role));
                outcome.output = lines.join(u'\n');
            }
        } else {
            const QString user = arguments[2];
            const WorkspaceResult r = action == u"grant" ? WorkspaceRoles::grantAccess(db, address, user, role)
                                                         : WorkspaceRoles::revokeAccess(db, address, user);
            if (!r)
                outcome = failed(r.message);
            else if (role == Role::Viewer)
                outcome.output = tr("%1 may now read %2 (viewer).").arg(user, address.toUrl());
            else if (role == Role::Editor)
                outcome.output = tr("%1 may now read and change %2 (editor).").arg(user, address.toUrl());
            else
                outcome.output = tr("%1 no longer has access to %2.").arg(user, address.toUrl());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return outcome;
}

} // namespace rapport::workspace
