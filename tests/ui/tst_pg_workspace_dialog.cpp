// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Open Workspace dialog on the offscreen platform, testing its connection against a
// real PostgreSQL server on loopback.

#include "core/workspace/Workspace.h"
#include "tests/support/PgTestServer.h"
#include "ui/workspace/WorkspaceConnectDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace rapport;
using rapport::ui::WorkspaceConnectDialog;

class TestPgWorkspaceDialog : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server = test::PgServer::fromEnvironment();

    static QPushButton* openButton(WorkspaceConnectDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

    void fill(WorkspaceConnectDialog& dialog, const QString& database, const QString& password)
    {
        QTest::keyClicks(dialog.hostLineEdit(), m_server.host);
        dialog.portSpinBox()->setValue(m_server.port);
        QTest::keyClicks(dialog.databaseLineEdit(), database);
        QTest::keyClicks(dialog.userLineEdit(), m_server.user);
        dialog.tlsComboBox()->setCurrentIndex(dialog.tlsComboBox()->findData(int(workspace::TlsMode::Disable)));
        QTest::keyClicks(dialog.passwordLineEdit(), password);
    }

private slots:
    void opensOnlyACompleteAddress()
    {
        WorkspaceConnectDialog dialog;
        QVERIFY(!openButton(dialog)->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());
        QTest::keyClicks(dialog.hostLineEdit(), QStringLiteral("db.example.org"));
        QTest::keyClicks(dialog.userLineEdit(), QStringLiteral("mei"));
        QVERIFY(!openButton(dialog)->isEnabled());
        QTest::keyClicks(dialog.databaseLineEdit(), QStringLiteral("devrel"));
        QVERIFY(openButton(dialog)->isEnabled());
        QCOMPARE(dialog.address().toUrl(), QStringLiteral("postgresql://mei@db.example.org:5432/devrel"));
        QVERIFY(dialog.rememberCheckBox()->isChecked()); // the keychain by default
    }

    void aPastedAddressFillsTheFields()
    {
        WorkspaceConnectDialog dialog;
        dialog.show();
        QApplication::clipboard()->setText(QStringLiteral("postgresql://ana@pg.internal:6543/community?sslmode=require"));
        dialog.hostLineEdit()->setFocus();
        QTest::keySequence(dialog.hostLineEdit(), QKeySequence::Paste);
        QCOMPARE(dialog.hostLineEdit()->text(), QStringLiteral("pg.internal"));
        QCOMPARE(dialog.portSpinBox()->value(), 6543);
        QCOMPARE(dialog.databaseLineEdit()->text(), QStringLiteral("community"));
        QCOMPARE(dialog.userLineEdit()->text(), QStringLiteral("ana"));
        QCOMPARE(dialog.address().tls, workspace::TlsMode::Require);
        QVERIFY(openButton(dialog)->isEnabled());

        // A password inside the address is refused, and not shown back.
        // Typed key by key, the address is taken when the field is left.
        WorkspaceConnectDialog typed;
        QTest::keyClicks(typed.hostLineEdit(), QStringLiteral("postgresql://ana@pg.internal/community"));
        emit typed.hostLineEdit()->editingFinished();
        QCOMPARE(typed.hostLineEdit()->text(), QStringLiteral("pg.internal"));
        QCOMPARE(typed.databaseLineEdit()->text(), QStringLiteral("community"));

        WorkspaceConnectDialog other;
        QTest::keyClicks(other.hostLineEdit(), QStringLiteral("postgresql://ana:hunter2@pg.internal/community"));
        emit other.hostLineEdit()->editingFinished();
        QVERIFY2(other.statusLabel()->text().contains(QLatin1String("keychain")), qPrintable(other.statusLabel()->text()));
        QVERIFY(!other.statusLabel()->text().contains(QLatin1String("hunter2")));
    }

    void testsTheConnectionOnTheServer()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        WorkspaceConnectDialog dialog;
        fill(dialog, pg.name(), m_server.password);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("workspaceUrl"))->text().contains(m_server.password));

        // An empty database: the server answers, but there is no workspace in it yet.
        QSignalSpy tested(&dialog, &WorkspaceConnectDialog::testFinished);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("publish")), qPrintable(dialog.statusLabel()->text()));

        QSqlDatabase db = pg.database();
        const workspace::WorkspaceResult made = workspace::Workspace::initialise(db, dialog.address());
        QVERIFY2(made, qPrintable(made.message));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 15000);
        QCOMPARE(tested.at(1).at(0).toBool(), true);
        QVERIFY(dialog.statusLabel()->text().startsWith(QLatin1String("Connected")));

        // A wrong password: the server's refusal, never the password itself.
        dialog.passwordLineEdit()->setText(QStringLiteral("wrong-password-x"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 15000);
        QCOMPARE(tested.at(2).at(0).toBool(), false);
        const QString message = dialog.statusLabel()->text();
        QVERIFY2(message.contains(QLatin1String("password authentication failed")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("wrong-password-x")));
    }
};

QTEST_MAIN(TestPgWorkspaceDialog)
#include "tst_pg_workspace_dialog.moc"
