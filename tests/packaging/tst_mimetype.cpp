// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared-mime-info package packaging/ installs, read by Qt's MIME database as a file
// manager reads it: merged with the freedesktop.org types by update-mime-database into one
// database, as installing the package does (XDG_DATA_DIRS then points only there). A
// Rapport file is recognised by its name and, renamed, by its content — the SQLite header
// plus Rapport's application_id — while another SQLite database is not taken for one.
#include "core/storage/ProjectFile.h"
#include "core/storage/Schema.h"

#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using rapport::storage::ProjectFile;

namespace {
const QString kType = QStringLiteral("application/x-rapport");
} // namespace

class TestMimeType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeIsDeclared();
    void projectIsRecognised_data();
    void projectIsRecognised();

private:
    void makeSqlite(const QString& path, qint32 applicationId);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestMimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // One database holding both, as on an installed system. (Qt 6.4 does not weigh magic
    // priorities across separate databases, so XDG_DATA_DIRS=build-tree:/usr/share would
    // not show what a file manager sees.)
    const QString mime = m_dir.filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
    const QString ours = QStringLiteral(RAPPORT_SHARE_DIR "/mime/packages/" RAPPORT_APP_ID ".xml");
    QVERIFY(QFile::copy(ours, mime + QStringLiteral("/packages/" RAPPORT_APP_ID ".xml")));
    const QString freedesktop = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    QVERIFY2(QFile::copy(freedesktop, mime + QStringLiteral("/packages/freedesktop.org.xml")),
             "shared-mime-info is not installed (packaging/install-deps.sh)");
    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    QVERIFY2(!update.isEmpty(), "update-mime-database (shared-mime-info) is not installed");
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(update, {mime});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFileInfo::exists(mime + QStringLiteral("/mime.cache")));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(QStringLiteral("share"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
    m_project = m_dir.filePath(QStringLiteral("team.rapport"));
    rapport::storage::ProjectEnvironment env;
    env.recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
    env.userName = QStringLiteral("me");
    rapport::storage::FileResult result;
    auto file = ProjectFile::create(m_project, env, &result);
    QVERIFY2(file, qPrintable(result.message));
    QVERIFY(file->save());
    file.reset();
    QVERIFY(QFile::copy(m_project, m_dir.filePath(QStringLiteral("renamed.bin"))));
    QVERIFY(QFile::copy(m_project, m_dir.filePath(QStringLiteral("no-extension"))));
    makeSqlite(m_dir.filePath(QStringLiteral("other.db")), 0);
    makeSqlite(m_dir.filePath(QStringLiteral("other-app.bin")), 0x12345678);
    makeSqlite(m_dir.filePath(QStringLiteral("by-id.bin")), rapport::storage::kApplicationId);
}

void TestMimeType::makeSqlite(const QString& path, qint32 applicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
}

void TestMimeType::typeIsDeclared()
{
    QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(kType);
    QVERIFY(type.isValid());
    QCOMPARE(type.suffixes(), QStringList{QStringLiteral("rapport")});
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(type.iconName(), QStringLiteral(RAPPORT_APP_ID "-project"));
    QCOMPARE(type.comment(), QStringLiteral("Rapport project"));
    // Where the icon it names is: the hicolor theme of the same share/.
    QVERIFY(QFileInfo::exists(QStringLiteral(RAPPORT_SHARE_DIR "/icons/hicolor/scalable/mimetypes/" RAPPORT_APP_ID
                                             "-project.svg")));
}

void TestMimeType::projectIsRecognised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isRapport");
    QTest::newRow("project") << QStringLiteral("team.rapport") << true;
    QTest::newRow("renamed") << QStringLiteral("renamed.bin") << true;
    QTest::newRow("no extension") << QStringLiteral("no-extension") << true;
    QTest::newRow("SQLite with our id") << QStringLiteral("by-id.bin") << true;
    QTest::newRow("plain SQLite") << QStringLiteral("other.db") << false;
    QTest::newRow("another app's SQLite") << QStringLiteral("other-app.bin") << false;
}

void TestMimeType::projectIsRecognised()
{
    QFETCH(QString, name);
    QFETCH(bool, isRapport);
    QMimeDatabase db;
    const QString path = m_dir.filePath(name);
    const QMimeType byContent = db.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    if (isRapport) {
        QCOMPARE(byContent.name(), kType);
        QCOMPARE(db.mimeTypeForFile(path).name(), kType);
    } else {
        QCOMPARE(byContent.name(), QStringLiteral("application/vnd.sqlite3"));
    }
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
