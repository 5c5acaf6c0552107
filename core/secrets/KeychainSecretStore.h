// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace rapport::secrets {

/**
 * The system keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on
 * Linux, the Keychain on macOS, the Credential Manager on Windows. There is no fallback to
 * a plain-text file: without a reachable, unlocked keychain every call fails with
 * Unavailable and a message that says how to get one.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    /** service: the name the secrets are filed under (the application id). */
    explicit KeychainSecretStore(QString service = QStringLiteral("io.github.rapportdesk.Rapport"));

    SecretResult read(const QString& key) override;
    SecretResult write(const QString& key, const QString& value) override;
    SecretResult remove(const QString& key) override;

    /** What a user is told when no keychain answers. */
    static QString unavailableAdvice();

private:
    QString m_service;
};

} // namespace rapport::secrets
