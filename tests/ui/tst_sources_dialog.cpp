// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File › Data Sources…: adding a source (the token to the keychain, not the project),
// syncing it behind the progress dialog against the replay server, the sync as one undo
// step, and a failed sync that says why and changes nothing.
#include "core/secrets/MemorySecretStore.h"
#include "core/sources/SourceConfig.h"
#include "core/storage/ActivityStore.h"
#include "tests/sources/SyncFixture.h"
#include "ui/ProjectSession.h"
#include "ui/sources/NewSourceDialog.h"
#include "ui/sources/SourcesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

class tst_sources_dialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock;

    std::unique_ptr<ui::ProjectSession> newSession(const QString& name)
    {
        storage::ProjectEnvironment env;
        env.recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
        env.userName = QStringLiteral("me");
        env.clock = &m_clock;
        storage::FileResult result;
        auto file = storage::ProjectFile::create(m_dir.filePath(name), env, &result);
        if (!file)
            return nullptr;
        return std::make_unique<ui::ProjectSession>(std::move(file));
    }

    static qint64 people(ui::ProjectSession& session)
    {
        QSqlQuery q(session.file().database());
        q.exec(QStringLiteral("SELECT count(*) FROM people"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    static void serveGitHub(ReplayServer& server)
    {
        const auto load = [&](const char* name) {
            return server.load(sourceFixture(QStringLiteral("github/") + QString::fromLatin1(name)));
        };
        server.add(github::kContributors, load("contributors.http"));
        server.add(github::kStars1, load("stargazers-1.http"));
        server.add(github::kStars2, load("stargazers-2.http"));
        server.add(github::kIssues, load("issues.http"));
        server.add(github::kComments, load("comments.http"));
    }

private slots:
    void newSourceFormChecksWhatItIsGiven()
    {
        ui::NewSourceDialog dialog;
        QPushButton* add = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.nameLineEdit()->text(), QStringLiteral("GitHub"));
        QVERIFY(!add->isEnabled()); // no repository yet
        QTest::keyClicks(dialog.repositoriesEdit(), QStringLiteral("https://github.com/acme/widget"));
        QTest::keyClick(dialog.repositoriesEdit(), Qt::Key_Return);
        QTest::keyClicks(dialog.repositoriesEdit(), QStringLiteral("qt/qtbase"));
        QVERIFY(add->isEnabled());
        QCOMPARE(dialog.source().repositories, (QStringList{QStringLiteral("acme/widget"), QStringLiteral("qt/qtbase")}));
        QTest::keyClicks(dialog.tokenLineEdit(), QStringLiteral("ghp_abc"));
        QCOMPARE(dialog.tokenLineEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.source().hasToken);

        dialog.kindComboBox()->setCurrentIndex(1); // Discourse
        QCOMPARE(dialog.nameLineEdit()->text(), QStringLiteral("Forum"));
        QVERIFY(!add->isEnabled()); // needs the forum's address
        QTest::keyClicks(dialog.addressLineEdit(), QStringLiteral("forum.example.org"));
        QVERIFY(add->isEnabled());
        QCOMPARE(dialog.source().baseUrl, QUrl(QStringLiteral("https://forum.example.org")));
    }

    void addSyncUndo()
    {
        QVERIFY(m_dir.isValid());
        auto session = newSession(QStringLiteral("ui.rapport"));
        QVERIFY(session);
        ReplayServer server;
        QVERIFY(server.listen());
        serveGitHub(server);
        secrets::MemorySecretStore keychain;
        QStringList reported;
        ui::SourcesDialog dialog(*session, m_clock, keychain, [&](const QString& m) { reported << m; });
        sources::ApiClientOptions fast;
        fast.retryDelayMs = 10;
        dialog.setApiOptions(fast);
        dialog.show();
        QVERIFY(!dialog.syncButton()->isEnabled()); // nothing to sync yet

        sources::SourceConfig source;
        source.kind = sources::SourceKind::GitHub;
        source.name = QStringLiteral("Acme");
        source.baseUrl = server.baseUrl();
        source.repositories = {QStringLiteral("acme/widget")};
        QVERIFY(dialog.addSource(source, QStringLiteral("ghp_dialogToken")));
        QCOMPARE(dialog.sourceTable()->rowCount(), 1);
        QCOMPARE(dialog.sourceTable()->item(0, 3)->text(), QStringLiteral("in keychain"));
        QCOMPARE(keychain.secrets().size(), 1);
        QCOMPARE(keychain.secrets().begin().value(), QStringLiteral("ghp_dialogToken"));
        QVERIFY(session->isModified());

        QVERIFY(dialog.syncButton()->isEnabled());
        QTest::mouseClick(dialog.syncButton(), Qt::LeftButton);
        QTRY_COMPARE(people(*session), 4);
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("4 people new")),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer ghp_dialogToken"));
        QCOMPARE(session->undoStack()->count(), 1);
        QCOMPARE(session->undoStack()->undoText(), QStringLiteral("Sync Acme"));
        QVERIFY(dialog.sourceTable()->item(0, 4)->text() != QStringLiteral("never"));
        if (const QString shots = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/sources-dialog.png"));

        session->undoStack()->undo();
        QCOMPARE(people(*session), 0);
        QCOMPARE(storage::ActivityStore(session->file().database()).count(), 0);
        session->undoStack()->redo();
        QCOMPARE(people(*session), 4);
        QVERIFY(reported.isEmpty());

        // A sync that fails says why, and changes nothing (not even the undo history).
        server.clear(github::kContributors);
        server.add(github::kContributors, ReplayServer::json(R"({"message":"Bad credentials"})", 401));
        QVERIFY(!dialog.syncSelected());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("credentials were refused")));
        QCOMPARE(people(*session), 4);
        QCOMPARE(session->undoStack()->count(), 1);

        // Removing the source forgets its token; what it synced stays.
        dialog.removeSelected();
        QCOMPARE(dialog.sourceTable()->rowCount(), 0);
        QVERIFY(keychain.secrets().isEmpty());
        QCOMPARE(people(*session), 4);
    }

    void aLockedKeychainIsSaidAndNothingIsAdded()
    {
        auto session = newSession(QStringLiteral("locked.rapport"));
        QVERIFY(session);
        secrets::MemorySecretStore keychain;
        keychain.setUnavailable(true);
        ui::SourcesDialog dialog(*session, m_clock, keychain, {});
        sources::SourceConfig source;
        source.kind = sources::SourceKind::Discourse;
        source.name = QStringLiteral("Forum");
        source.baseUrl = QUrl(QStringLiteral("https://forum.example.org"));
        QVERIFY(!dialog.addSource(source, QStringLiteral("key")));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("locked")));
        QCOMPARE(dialog.sourceTable()->rowCount(), 0);
        QVERIFY(sources::SourceList(session->file().database()).list().isEmpty());
    }
};

QTEST_MAIN(tst_sources_dialog)
#include "tst_sources_dialog.moc"
