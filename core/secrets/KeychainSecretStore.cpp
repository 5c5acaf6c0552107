// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace rapport::secrets {

namespace {

/** Runs a QtKeychain job to its end and turns its outcome into a SecretResult. */
SecretResult runJob(QKeychain::Job& job, const QString& what)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file instead of the keychain
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    // QtKeychain's own texts are English and technical; they follow ours, in brackets.
    const QString detail = job.errorString().trimmed();
    const auto withDetail = [&detail](const QString& text) {
        return detail.isEmpty() ? text : KeychainSecretStore::tr("%1 (%2)").arg(text, detail);
    };
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretResult::ok();
    case QKeychain::EntryNotFound:
        return SecretResult::fail(SecretStatus::NotFound,
                                  KeychainSecretStore::tr("The system keychain holds no %1.").arg(what));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::fail(SecretStatus::Denied,
                                  withDetail(KeychainSecretStore::tr("The system keychain refused access to the %1.")
                                                 .arg(what)));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::fail(SecretStatus::Unavailable,
                                  withDetail(KeychainSecretStore::unavailableAdvice()));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Linux without a session bus, or with a keyring that is locked or has no default
    // collection, reports OtherError: the keychain is not there for us either way.
    const QString lower = detail.toLower();
    if (lower.contains(u"d-bus") || lower.contains(u"dbus") || lower.contains(u"collection")
        || lower.contains(u"locked") || lower.contains(u"org.freedesktop.secrets")
        || lower.contains(u"no such") || lower.contains(u"not provided"))
        return SecretResult::fail(SecretStatus::Unavailable, withDetail(KeychainSecretStore::unavailableAdvice()));
    return SecretResult::fail(SecretStatus::Failed,
                              withDetail(KeychainSecretStore::tr("The system keychain could not handle the %1.")
                                             .arg(what)));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

QString KeychainSecretStore::unavailableAdvice()
{
    return tr("The system keychain cannot be reached or is locked, so the token was neither read nor "
              "stored (Rapport never keeps tokens in plain files). Start and unlock a keyring "
              "(GNOME Keyring, KWallet or another Secret Service) in your desktop session, then "
              "try again.");
}

SecretResult KeychainSecretStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    SecretResult result = runJob(job, tr("token"));
    if (result)
        result.value = job.textData();
    return result;
}

SecretResult KeychainSecretStore::write(const QString& key, const QString& value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(value);
    return runJob(job, tr("token"));
}

SecretResult KeychainSecretStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return runJob(job, tr("token"));
}

} // namespace rapport::secrets
