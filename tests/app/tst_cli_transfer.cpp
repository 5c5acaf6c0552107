// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later

// rapport-cli publish and pull as processes, against a PostgreSQL server of their own
// (run-with-postgres.sh) with a keychain of their own (run-with-keyring.sh): the password is
// given once on standard input, kept in the keychain, and found there by the next command.

#include "tests/support/PgTestServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliTransfer : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server = test::PgServer::fromEnvironment();
    QTemporaryDir m_dir;

    Run cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD")); // the password comes from stdin or the keychain only
        env.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RAPPORT_CLI), arguments);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static QString hashIn(const QString& output)
    {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("BLAKE2b-256\\): ([0-9a-f]{64})")).match(output);
        return m.hasMatch() ? m.captured(1) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.isValid(), "run under run-with-keyring.sh run-with-postgres.sh");
        QVERIFY(m_dir.isValid());
    }

    void publishesAndPullsWithTheKeychain()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        const QString url = QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                .arg(m_server.user, m_server.host)
                                .arg(m_server.port)
                                .arg(pg.name());
        const QString file = m_dir.filePath(QStringLiteral("team.rapport"));
        Run r = cli({QStringLiteral("new"), file, QStringLiteral("--demo"), QStringLiteral("200")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // No password anywhere yet: refused, saying how to give one.
        r = cli({QStringLiteral("publish"), file, url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("--password-stdin")), qPrintable(r.err));

        // A wrong one on standard input: refused, never printed, not kept.
        r = cli({QStringLiteral("publish"), file, url, QStringLiteral("--password-stdin")}, "not-the-password\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("password authentication failed")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("not-the-password")) && !r.out.contains(QLatin1String("not-the-password")));
        QCOMPARE(r.err.count(u'\n'), 1); // one line

        // The right one: published, counts and hash printed, the password kept.
        r = cli({QStringLiteral("publish"), file, url, QStringLiteral("--password-stdin")}, m_server.password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(m_server.password) && !r.err.contains(m_server.password));
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  people +200\\n")).match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("activity_segments")), qPrintable(r.out));
        const QString published = hashIn(r.out);
        QVERIFY2(!published.isEmpty(), qPrintable(r.out));

        // Pull, with the password from the keychain.
        const QString pulled = m_dir.filePath(QStringLiteral("copy.rapport"));
        r = cli({QStringLiteral("pull"), url, pulled});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(hashIn(r.out), published);
        r = cli({QStringLiteral("info"), pulled});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("200")), qPrintable(r.out + r.err));

        // A second publish is refused without --replace and names the people it would replace.
        r = cli({QStringLiteral("publish"), pulled, url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already holds a project with 200 people")), qPrintable(r.err));
        r = cli({QStringLiteral("publish"), pulled, url, QStringLiteral("--replace")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(hashIn(r.out), published);

        // Bad arguments: usage, exit 2.
        r = cli({QStringLiteral("pull"), QStringLiteral("mysql://x@y/z"), pulled});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("publish"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("usage: publish FILE URL")));
    }
};

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_cli_transfer.moc"
