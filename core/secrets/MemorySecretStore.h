// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

namespace rapport::secrets {

/**
 * A keychain in memory, for unit tests: it forgets everything when destroyed. Set
 * unavailable to make every call fail as a missing or locked keychain does.
 */
class MemorySecretStore final : public SecretStore
{
public:
    SecretResult read(const QString& key) override
    {
        if (m_unavailable)
            return unavailable();
        const auto it = m_secrets.constFind(key);
        if (it == m_secrets.cend())
            return SecretResult::fail(SecretStatus::NotFound, QStringLiteral("no such secret"));
        return SecretResult::ok(*it);
    }
    SecretResult write(const QString& key, const QString& value) override
    {
        if (m_unavailable)
            return unavailable();
        m_secrets.insert(key, value);
        return SecretResult::ok();
    }
    SecretResult remove(const QString& key) override
    {
        if (m_unavailable)
            return unavailable();
        m_secrets.remove(key);
        return SecretResult::ok();
    }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    const QHash<QString, QString>& secrets() const { return m_secrets; }

private:
    static SecretResult unavailable()
    {
        return SecretResult::fail(SecretStatus::Unavailable, QStringLiteral("the keychain is locked"));
    }
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace rapport::secrets
