// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One Rapport per session: a second launch hands its files to the first over a real local
// socket. The second launch blocks while it waits for the answer, so it runs on a thread
// while the first one's event loop (this thread) answers.
#include "ui/SingleInstance.h"

#include <QDataStream>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using rapport::ui::SingleInstance;
using Role = SingleInstance::Role;

namespace {

/** Runs a second launch on a thread; role() once it is done. */
class SecondLaunch
{
public:
    SecondLaunch(const QString& serverName, const QStringList& paths, int timeoutMs = 3000)
        : m_thread([=, this] {
              SingleInstance second(serverName);
              m_role = int(second.start(paths, timeoutMs));
              m_done = true;
          })
    {
    }
    ~SecondLaunch() { m_thread.join(); }
    bool isDone() const { return m_done; }
    Role role() const { return Role(m_role.load()); }

private:
    std::atomic<int> m_role{-1};
    std::atomic<bool> m_done{false};
    std::thread m_thread;
};

QByteArray request(quint32 magic, const QByteArray& payload)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << magic << quint32(payload.size());
    return bytes + payload;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstLaunchListens();
    void secondLaunchHandsOverItsFiles();
    void emptyLaunchAsksToComeToFront();
    void socketLeftByCrashIsReplaced();
    void foreignPeerIsDropped();
    void requestInPiecesIsRead();
    void unansweredHandOffRunsOnItsOwn();
    void fileOpenEventIsARequest();
    void absolutePaths_data();
    void absolutePaths();
    void serverNameIsPerSession();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_name = m_dir->filePath(QStringLiteral("app.socket"));
}

void TestSingleInstance::firstLaunchListens()
{
    SingleInstance first(m_name);
    QCOMPARE(first.start({}), Role::Primary);
    QVERIFY(first.isListening());
    QLocalSocket probe;
    probe.connectToServer(m_name);
    QVERIFY(probe.waitForConnected(1000));
}

void TestSingleInstance::secondLaunchHandsOverItsFiles()
{
    SingleInstance first(m_name);
    QCOMPARE(first.start({}), Role::Primary);
    QSignalSpy requested(&first, &SingleInstance::openRequested);
    const QStringList paths{QStringLiteral("/home/ana/Shared drive/北京 meetups.rapport"),
                            QStringLiteral("/tmp/b.rapport")};
    SecondLaunch second(m_name, paths);
    QTRY_VERIFY(second.isDone());
    QCOMPARE(second.role(), Role::HandedOff);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toStringList(), paths);

    // and again: the first one keeps listening
    SecondLaunch third(m_name, {QStringLiteral("/tmp/c.rapport")});
    QTRY_VERIFY(third.isDone());
    QCOMPARE(third.role(), Role::HandedOff);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toStringList(), QStringList{QStringLiteral("/tmp/c.rapport")});
}

void TestSingleInstance::emptyLaunchAsksToComeToFront()
{
    SingleInstance first(m_name);
    QCOMPARE(first.start({}), Role::Primary);
    QSignalSpy requested(&first, &SingleInstance::openRequested);
    SecondLaunch second(m_name, {});
    QTRY_VERIFY(second.isDone());
    QCOMPARE(second.role(), Role::HandedOff);
    QCOMPARE(requested.count(), 1);
    QVERIFY(requested.at(0).at(0).toStringList().isEmpty());
}

void TestSingleInstance::socketLeftByCrashIsReplaced()
{
#ifndef Q_OS_UNIX
    QSKIP("Named pipes vanish with their process");
#endif
    {
        QFile leftOver(m_name); // what a crashed instance leaves: a path nobody listens on
        QVERIFY(leftOver.open(QIODevice::WriteOnly));
    }
    SingleInstance first(m_name);
    QCOMPARE(first.start({}, 500), Role::Primary);
    QSignalSpy requested(&first, &SingleInstance::openRequested);
    SecondLaunch second(m_name, {QStringLiteral("/tmp/a.rapport")});
    QTRY_VERIFY(second.isDone());
    QCOMPARE(second.role(), Role::HandedOff);
    QCOMPARE(requested.count(), 1);
}

void TestSingleInstance::foreignPeerIsDropped()
{
    SingleInstance first(m_name);
    QCOMPARE(first.start({}), Role::Primary);
    QSignalSpy requested(&first, &SingleInstance::openRequested);

    QLocalSocket stranger;
    stranger.connectToServer(m_name);
    QVERIFY(stranger.waitForConnected(1000));
    stranger.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);

    QLocalSocket greedy; // ours, but claiming a gigabyte
    greedy.connectToServer(m_name);
    QVERIFY(greedy.waitForConnected(1000));
    greedy.write(request(0x52505431, {}).left(4) + QByteArray::fromHex("40000000"));
    QTRY_COMPARE(greedy.state(), QLocalSocket::UnconnectedState);

    QLocalSocket unterminated; // a path without its end
    unterminated.connectToServer(m_name);
    QVERIFY(unterminated.waitForConnected(1000));
    unterminated.write(request(0x52505431, QByteArrayLiteral("/tmp/a.rapport")));
    QTRY_COMPARE(unterminated.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(requested.count(), 0);

    SecondLaunch second(m_name, {QStringLiteral("/tmp/a.rapport")}); // still answers its own
    QTRY_VERIFY(second.isDone());
    QCOMPARE(second.role(), Role::HandedOff);
    QCOMPARE(requested.count(), 1);
}

void TestSingleInstance::requestInPiecesIsRead()
{
    SingleInstance first(m_name);
    QCOMPARE(first.start({}), Role::Primary);
    QSignalSpy requested(&first, &SingleInstance::openRequested);
    const QByteArray whole = request(0x52505431, QByteArrayLiteral("/tmp/a.rapport\0/tmp/b.rapport\0"));
    QLocalSocket slow;
    slow.connectToServer(m_name);
    QVERIFY(slow.waitForConnected(1000));
    for (qsizetype i = 0; i < whole.size(); i += 5) {
        slow.write(whole.mid(i, 5));
        slow.flush();
        QTest::qWait(5);
    }
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toStringList(),
             (QStringList{QStringLiteral("/tmp/a.rapport"), QStringLiteral("/tmp/b.rapport")}));
    QTRY_VERIFY(slow.bytesAvailable() >= 1);
    QCOMPARE(slow.read(1), QByteArray("\x06"));
}

void TestSingleInstance::unansweredHandOffRunsOnItsOwn()
{
    // An instance that hangs accepts the connection but never answers: the new launch does
    // not wait forever or drop its file; it takes over the socket.
    QLocalServer hung;
    QVERIFY(hung.listen(m_name));
    SecondLaunch second(m_name, {QStringLiteral("/tmp/a.rapport")}, 300);
    QTRY_VERIFY(second.isDone());
    QCOMPARE(second.role(), Role::Primary);
}

void TestSingleInstance::fileOpenEventIsARequest()
{
    SingleInstance first(m_name);
    QSignalSpy requested(&first, &SingleInstance::openRequested);
    qApp->installEventFilter(&first);
    QFileOpenEvent event(QStringLiteral("/Users/ana/p.rapport"));
    QCoreApplication::sendEvent(qApp, &event);
    qApp->removeEventFilter(&first);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toStringList(), QStringList{QStringLiteral("/Users/ana/p.rapport")});
}

void TestSingleInstance::absolutePaths_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("relative") << QStringList{QStringLiteral("p.rapport")}
                              << QStringList{QStringLiteral("/home/ana/projects/p.rapport")};
    QTest::newRow("up") << QStringList{QStringLiteral("../x/p.rapport")}
                        << QStringList{QStringLiteral("/home/ana/x/p.rapport")};
    QTest::newRow("absolute") << QStringList{QStringLiteral("/srv/p.rapport")}
                              << QStringList{QStringLiteral("/srv/p.rapport")};
    QTest::newRow("file URL") << QStringList{QStringLiteral("file:///srv/a%20b.rapport")}
                              << QStringList{QStringLiteral("/srv/a b.rapport")};
    QTest::newRow("empty dropped") << QStringList{QString(), QStringLiteral("/a.rapport")}
                                   << QStringList{QStringLiteral("/a.rapport")};
}

void TestSingleInstance::absolutePaths()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix paths");
#endif
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QCOMPARE(SingleInstance::absolutePaths(arguments, QStringLiteral("/home/ana/projects")), expected);
}

void TestSingleInstance::serverNameIsPerSession()
{
#ifndef Q_OS_UNIX
    QSKIP("XDG runtime folder");
#endif
    const QString name = SingleInstance::serverNameFor(QStringLiteral("io.example.App"));
    QCOMPARE(name, qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/io.example.App.socket"));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
