// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The token stays in the keychain: rapport-cli stores it (read once from standard input),
// syncs with it against the replay server, fails with it, lists, exports; then every file
// those runs left (project, backups, lock, recovery copies, settings, the keyring folder)
// and everything they printed is searched for the token. Runs under run-with-keyring.sh.
#include "tests/sources/SyncFixture.h"

#include <QDirIterator>
#include <QProcess>

using namespace rapport::test;

class tst_token_leak : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    QTemporaryDir m_dir;
    QList<QByteArray> m_printed;

    Run cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // all the logging there is
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(RAPPORT_CLI), arguments);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        // The replay server answers on this thread: keep its events flowing while we wait.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_printed << run.out << run.err;
        return run;
    }

private slots:
    void theTokenIsNowhereButTheKeychain()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray token = "ghp_LEAKCHECK" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "x9Zq";
        ReplayServer server;
        QVERIFY(server.listen());
        const auto load = [&](const char* name) {
            return server.load(sourceFixture(QStringLiteral("github/") + QString::fromLatin1(name)));
        };
        server.add(github::kContributors, load("contributors.http"));
        server.add(github::kStars1, load("stargazers-1.http"));
        server.add(github::kStars2, load("stargazers-2.http"));
        server.add(github::kIssues, load("issues.http"));
        server.add(github::kComments, load("comments.http"));

        const QString project = m_dir.filePath(QStringLiteral("community.rapport"));
        Run run = cli({QStringLiteral("new"), project});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("source"), QStringLiteral("add"), project, QStringLiteral("github"),
                   QStringLiteral("Acme on GitHub"), QStringLiteral("--repo"), QStringLiteral("acme/widget"),
                   QStringLiteral("--url"), server.baseUrl().toString(), QStringLiteral("--token-stdin")},
                  token + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("keychain"));

        run = cli({QStringLiteral("source"), QStringLiteral("sync"), project});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("4 created"), run.out.constData());
        // The token was really used, so not finding it below means something.
        QVERIFY(!server.requests().isEmpty());
        for (const auto& request : server.requests())
            QCOMPARE(request.headers.value("authorization"), "Bearer " + token);

        // A sync that fails (the token refused) and says so.
        server.clear(github::kContributors);
        server.add(github::kContributors, ReplayServer::json(R"({"message":"Bad credentials"})", 401));
        run = cli({QStringLiteral("source"), QStringLiteral("sync"), project, QStringLiteral("Acme on GitHub")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("credentials were refused"), run.err.constData());

        QCOMPARE(cli({QStringLiteral("source"), QStringLiteral("list"), project, QStringLiteral("--json")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("imports"), project, QStringLiteral("--json")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("info"), project}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("--what"), QStringLiteral("people"),
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("people.csv"))})
                     .exitCode,
                 0);

        // Everything printed, every file left, here and in the keyring session's home.
        for (const QByteArray& text : std::as_const(m_printed))
            QVERIFY2(!text.contains(token), text.constData());
        QStringList roots{m_dir.path()};
        if (const QString keyring = qEnvironmentVariable("RAPPORT_KEYRING_ROOT"); !keyring.isEmpty())
            roots << keyring;
        int files = 0;
        bool sawProject = false;
        for (const QString& root : roots) {
            for (QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
                 it.hasNext();) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                sawProject = sawProject || f.fileName() == project;
                const QByteArray bytes = f.readAll();
                QVERIFY2(!bytes.contains(token) && !bytes.contains(token.toBase64()), qPrintable(f.fileName()));
            }
        }
        QVERIFY(sawProject && files >= 3);

        // And yet it is there, in the keychain, for the next sync.
        run = cli({QStringLiteral("source"), QStringLiteral("remove"), project, QStringLiteral("Acme on GitHub")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("token was removed"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_token_leak)
#include "tst_token_leak.moc"
