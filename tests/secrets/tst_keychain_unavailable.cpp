// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// No keychain at all (no session bus, no display): every call fails with Unavailable and a
// message that says what to do, and nothing falls back to a plain file.
#include "core/secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport::secrets;

class tst_keychain_unavailable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Before the first keychain call: a bus that is not there, no display to autolaunch one.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QByteArray("unix:path=") + m_home.filePath(QStringLiteral("no-bus")).toUtf8());
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    }

    void everyCallSaysWhatToDo()
    {
        KeychainSecretStore store;
        const QString token = QStringLiteral("ghp_never_written_anywhere_0123456789");
        const SecretResult written = store.write(QStringLiteral("source/test"), token);
        qInfo().noquote() << written.message;
        QCOMPARE(written.status, SecretStatus::Unavailable);
        QVERIFY2(written.message.contains(QStringLiteral("keychain")), qPrintable(written.message));
        QVERIFY2(written.message.contains(QStringLiteral("unlock")), qPrintable(written.message));
        QVERIFY(!written.message.contains(token));

        const SecretResult read = store.read(QStringLiteral("source/test"));
        QCOMPARE(read.status, SecretStatus::Unavailable);
        QVERIFY(read.value.isEmpty());
        QCOMPARE(store.remove(QStringLiteral("source/test")).status, SecretStatus::Unavailable);

        // No silent plain-text fallback (QtKeychain's insecure fallback writes QSettings files).
        for (QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
             it.hasNext();) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_keychain_unavailable)
#include "tst_keychain_unavailable.moc"
