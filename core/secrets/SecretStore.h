// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rapport::secrets {

/** How a keychain operation ended. */
enum class SecretStatus {
    Ok,
    NotFound,    ///< read: nothing stored under that key
    Unavailable, ///< no keychain reachable, or it is locked and was not unlocked
    Denied,      ///< the user or the system refused access
    Failed,      ///< anything else
};

/** The outcome of a SecretStore call; message says what happened and what to do. */
struct SecretResult
{
    SecretStatus status = SecretStatus::Ok;
    QString value;   ///< read: the secret
    QString message; ///< on failure: one or two sentences for the user (never the secret)

    explicit operator bool() const { return status == SecretStatus::Ok; }
    static SecretResult ok(QString value = {}) { return {SecretStatus::Ok, std::move(value), {}}; }
    static SecretResult fail(SecretStatus status, QString message) { return {status, {}, std::move(message)}; }
};

/**
 * Where tokens and passwords live: never in a project file, settings file or log, but in
 * the operating system's keychain (KeychainSecretStore), under a key that names what the
 * secret is for ("source/<uuid>"). Calls block until the keychain answered (it may ask the
 * user to unlock it first); call them from the thread that does the work.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual SecretResult read(const QString& key) = 0;
    /** Stores value under key, replacing what was there. */
    virtual SecretResult write(const QString& key, const QString& value) = 0;
    /** Forgets key; also succeeds when nothing was stored under it (as the Secret Service does). */
    virtual SecretResult remove(const QString& key) = 0;
};

} // namespace rapport::secrets
