// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The real keychain through QtKeychain: runs under tests/support/run-with-keyring.sh, which
// gives it a private D-Bus session and an unlocked GNOME Keyring.
#include "core/secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QUuid>

using namespace rapport::secrets;

class tst_keychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run this test through tests/support/run-with-keyring.sh (ctest does)");
    }

    void storeReadUpdateDelete()
    {
        KeychainSecretStore store(QStringLiteral("io.github.rapportdesk.Rapport.test"));
        const QString key = QStringLiteral("source/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString token = QStringLiteral("ghp_first_") + QUuid::createUuid().toString(QUuid::Id128);

        SecretResult result = store.read(key);
        QCOMPARE(result.status, SecretStatus::NotFound);
        QVERIFY(!result.message.isEmpty());

        result = store.write(key, token);
        QVERIFY2(result, qPrintable(result.message));
        result = store.read(key);
        QVERIFY2(result, qPrintable(result.message));
        QCOMPARE(result.value, token);

        // A new token replaces the old one.
        const QString updated = QStringLiteral("ghp_second_") + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(store.write(key, updated));
        result = store.read(key);
        QVERIFY(result);
        QCOMPARE(result.value, updated);

        // Another service does not see it; another key is not it.
        KeychainSecretStore other(QStringLiteral("io.github.rapportdesk.Rapport.other"));
        QCOMPARE(other.read(key).status, SecretStatus::NotFound);
        QCOMPARE(store.read(key + u'x').status, SecretStatus::NotFound);

        result = store.remove(key);
        QVERIFY2(result, qPrintable(result.message));
        QCOMPARE(store.read(key).status, SecretStatus::NotFound);
        QVERIFY(store.remove(key)); // forgetting what is not there is no error

        // Unicode and long secrets come back exactly.
        const QString odd = QStringLiteral("pässwörd-口令-") + QString(2000, u'x');
        QVERIFY(store.write(key, odd));
        QCOMPARE(store.read(key).value, odd);
        QVERIFY(store.remove(key));

        // The secrets went to the keyring daemon, not to a plain file under the test's home.
        const QString root = qEnvironmentVariable("RAPPORT_KEYRING_ROOT");
        QVERIFY(!root.isEmpty());
        for (QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(token.toUtf8()) && !bytes.contains(updated.toUtf8()),
                     qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_keychain)
#include "tst_keychain.moc"
