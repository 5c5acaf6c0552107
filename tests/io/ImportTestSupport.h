// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the platform-import tests share: a real project file in a temporary folder, the
// FileImporter run on a fixture, and questions about the project afterwards.

#include "core/io/FileImporter.h"
#include "core/model/Survey.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSummary.h"
#include "core/storage/SurveyRepository.h"
#include "tests/support/FixedClock.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <map>
#include <memory>

namespace rapport::test {

/** tests/data/import/NAME */
inline QString importFixture(const QString& name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/import/") + name;
}

/** {{"attended", 1}, ...} as ImportProject::activityTypes() gives it. */
inline std::map<QString, int> typeCounts(std::initializer_list<std::pair<const char*, int>> counts)
{
    std::map<QString, int> map;
    for (const auto& [name, n] : counts)
        map[QString::fromUtf8(name)] = n;
    return map;
}

class ImportProject
{
public:
    ImportProject()
    {
        m_env.recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
        m_env.userName = QStringLiteral("tester");
        m_env.hostName = QStringLiteral("testhost");
        m_env.clock = &m_clock;
        storage::FileResult result;
        m_project = storage::ProjectFile::create(m_dir.filePath(QStringLiteral("p.rapport")), m_env,
                                                 &result);
        if (!m_project)
            qWarning() << result.message;
    }
    bool isOk() const { return m_project != nullptr; }
    storage::ProjectFile& project() { return *m_project; }
    QSqlDatabase db() { return m_project->database(); }
    const model::Clock& clock() const { return m_clock; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /** Imports; on failure *error holds the message and false is returned. */
    bool import(const QString& path, io::ImportReport* report, io::InputError* error,
                const io::FileImportOptions& options = {})
    {
        io::FileImporter importer(*m_project, m_clock);
        return importer.importFile(path, options, report, error);
    }
    /** Writes bytes to a file in the temporary folder and returns its path. */
    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning() << "cannot write" << name;
        return f.fileName();
    }

    /** The person holding this email (normalised), if any. */
    std::optional<model::Person> personByEmail(const QString& email)
    {
        storage::PeopleRepository people(db(), m_clock);
        const model::Uuid id = people.findByIdentity(model::IdentityKind::Email, email);
        return id.isNull() ? std::nullopt : people.get(people.resolve(id));
    }
    std::optional<model::Person> personByHandle(model::IdentityKind kind, const QString& handle)
    {
        storage::PeopleRepository people(db(), m_clock);
        const model::Uuid id = people.findByIdentity(kind, handle);
        return id.isNull() ? std::nullopt : people.get(people.resolve(id));
    }
    qint64 peopleCount() { return storage::PeopleRepository(db(), m_clock).count(); }
    /** Activities by type name, of everyone or of one person key. */
    std::map<QString, int> activityTypes(storage::RowKey person = 0)
    {
        storage::ActivityStore store(db());
        const auto names = store.types();
        std::map<QString, int> counts;
        store.forEachSegment([&](const storage::ActivitySpans& s) {
            for (std::size_t i = 0; i < s.size(); ++i)
                if (person == 0 || s.person[i] == person)
                    ++counts[names.value(s.type[i])];
            return true;
        });
        return counts;
    }
    storage::RowKey keyOf(const model::Person& p)
    {
        return storage::PeopleRepository(db(), m_clock).keyOf(p.meta.id);
    }
    QList<model::SurveyResponse> responsesOf(const QString& surveyName)
    {
        storage::SurveyRepository surveys(db(), m_clock);
        const model::Uuid id = surveys.findByName(surveyName);
        return id.isNull() ? QList<model::SurveyResponse>{} : surveys.responses(id);
    }
    std::optional<model::Survey> survey(const QString& name)
    {
        storage::SurveyRepository surveys(db(), m_clock);
        const model::Uuid id = surveys.findByName(name);
        return id.isNull() ? std::nullopt : surveys.get(id);
    }
    /** The project's counts (ProjectSummary JSON), to prove a failed import changed nothing. */
    QJsonObject summary()
    {
        storage::ProjectSummary s;
        QString error;
        storage::ProjectSummary::compute(db(), &s, &error);
        return s.toJson();
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    storage::ProjectEnvironment m_env;
    std::unique_ptr<storage::ProjectFile> m_project;
};

} // namespace rapport::test
