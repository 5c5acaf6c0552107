// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rapport::workspace {

/** How the connection to the server is protected (libpq's sslmode). */
enum class TlsMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
};

/**
 * Where a team workspace lives: a PostgreSQL database on a server. Written as a URL,
 * `postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE` (the form `psql` and libpq take).
 * The password is never part of it: it is kept in the system keychain under secretKey().
 */
struct WorkspaceAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    TlsMode tls = TlsMode::Prefer;

    /** Parses a URL; on failure returns false with *error saying what is wrong with it.
     *  A password in the URL is refused (it would end up in shell history and logs). */
    static bool fromUrl(const QString& url, WorkspaceAddress* address, QString* error);
    QString toUrl() const;
    /** The keychain key of this address's password: "workspace/USER@HOST:PORT/DATABASE". */
    QString secretKey() const;
    /** libpq's name of the TLS mode: disable, prefer, require, verify-ca, verify-full. */
    QString sslModeName() const;
    /** A libpq connection string (keyword = value), with the password if one is given. */
    QString connectionString(const QString& password = {}) const;
    bool isValid() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty() && port > 0; }
    bool operator==(const WorkspaceAddress&) const = default;
};

} // namespace rapport::workspace
