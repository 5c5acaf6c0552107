// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the sync tests share: a real project file in a temporary folder, a keychain in
// memory, the replay server on loopback with the recorded GitHub and Discourse answers.

#include "core/secrets/MemorySecretStore.h"
#include "core/sources/SourceSync.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/ImportLog.h"
#include "core/storage/ProjectFile.h"
#include "tests/support/FixedClock.h"
#include "tests/support/ReplayServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

namespace rapport::test {

inline QString sourceFixture(const QString& name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/sources/") + name;
}

namespace github {
const QString kContributors = QStringLiteral("/repos/acme/widget/contributors?per_page=100");
const QString kStars1 = QStringLiteral("/repos/acme/widget/stargazers?per_page=100");
const QString kStars2 = QStringLiteral("/repos/acme/widget/stargazers?per_page=100&page=2");
const QString kIssues = QStringLiteral("/repos/acme/widget/issues?state=all&sort=updated&direction=asc&per_page=100");
const QString kComments = QStringLiteral("/repos/acme/widget/issues/comments?sort=updated&direction=asc&per_page=100");
} // namespace github

class SyncFixture
{
public:
    SyncFixture()
    {
        m_env.recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
        m_env.userName = QStringLiteral("tester");
        m_env.hostName = QStringLiteral("testhost");
        m_env.clock = &clock;
        storage::FileResult result;
        m_project = storage::ProjectFile::create(m_dir.filePath(QStringLiteral("p.rapport")), m_env, &result);
        if (!m_project)
            qWarning() << result.message;
        if (!server.listen())
            qWarning() << "the replay server cannot listen";
        options.api.retryDelayMs = 10;
        options.api.timeoutMs = 5000;
    }

    bool isOk() const { return m_project != nullptr; }
    storage::ProjectFile& project() { return *m_project; }
    QSqlDatabase db() { return m_project->database(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /** The recorded GitHub answers of the first sync of acme/widget. */
    void serveGitHub()
    {
        server.add(github::kContributors, server.load(sourceFixture(QStringLiteral("github/contributors.http"))));
        server.add(github::kStars1, server.load(sourceFixture(QStringLiteral("github/stargazers-1.http"))));
        server.add(github::kStars2, server.load(sourceFixture(QStringLiteral("github/stargazers-2.http"))));
        server.add(github::kIssues, server.load(sourceFixture(QStringLiteral("github/issues.http"))));
        server.add(github::kComments, server.load(sourceFixture(QStringLiteral("github/comments.http"))));
    }

    /** A GitHub source of acme/widget pointed at the replay server, saved in the project. */
    sources::SourceConfig addGitHub(const QString& token = QStringLiteral("ghp_TESTtoken0123456789abcdef"))
    {
        sources::SourceConfig source;
        source.id = model::Uuid::createV7(clock);
        source.kind = sources::SourceKind::GitHub;
        source.name = QStringLiteral("GitHub acme");
        source.baseUrl = server.baseUrl();
        source.repositories = {QStringLiteral("acme/widget")};
        source.hasToken = !token.isEmpty();
        if (source.hasToken)
            secrets.write(source.secretKey(), token);
        QString error;
        if (!sources::SourceList(db()).save(source, &error))
            qWarning() << error;
        return source;
    }

    sources::SyncOutcome sync(const sources::SourceConfig& source)
    {
        sources::SourceSync syncer(*m_project, clock, secrets);
        return syncer.sync(source, options);
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    qint64 people() { return count(QStringLiteral("SELECT count(*) FROM people")); }
    qint64 activities() { return storage::ActivityStore(db()).count(); }
    /** type → count of the stored activities. */
    std::map<QString, int> activityTypes()
    {
        std::map<QString, int> counts;
        storage::ActivityStore store(db());
        const auto names = store.types();
        store.forEachSegment([&](const storage::ActivitySpans& spans) {
            for (std::size_t i = 0; i < spans.size(); ++i)
                ++counts[names.value(spans.type[i])];
            return true;
        });
        return counts;
    }
    /** Everything a failed sync must leave alone, as one comparable text. */
    QString snapshot()
    {
        QStringList parts;
        parts << QString::number(people()) << QString::number(activities())
              << QString::number(count(QStringLiteral("SELECT count(*) FROM identities")))
              << QString::number(count(QStringLiteral("SELECT count(*) FROM import_log")));
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT name, value FROM meta WHERE name LIKE 'source%' ORDER BY name"));
        while (q.next())
            parts << q.value(0).toString() + u'=' + q.value(1).toString();
        return parts.join(u'\n');
    }

    FixedClock clock;
    secrets::MemorySecretStore secrets;
    ReplayServer server;
    sources::SyncOptions options;

private:
    QTemporaryDir m_dir;
    storage::ProjectEnvironment m_env;
    std::unique_ptr<storage::ProjectFile> m_project;
};

} // namespace rapport::test
