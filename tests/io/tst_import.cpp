// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvExporter.h"
#include "core/io/CsvImporter.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/ProjectSummary.h"
#include "tests/support/FixedClock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using io::ImportKind;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/csv/") + QLatin1String(name);
}

} // namespace

class ImportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void peopleCreatedMatchedSkipped();
    void secondImportAddsNothing_data();
    void secondImportAddsNothing();
    void errorLeavesProjectUnchanged_data();
    void errorLeavesProjectUnchanged();
    void matchesByCaseFoldedEmailThenHandle();
    void dryRunChangesNothingAndReportsTheSame_data();
    void dryRunChangesNothingAndReportsTheSame();
    void activitiesCreatePeopleCampaignsChannels();
    void responsesDeriveQuestions();
    void mappingNamesTheColumns();
    void unknownContentIsAnError();
    void exportRoundTrips();

private:
    std::unique_ptr<storage::ProjectFile> newProject(const QString& name);
    io::ImportReport import(storage::ProjectFile& project, ImportKind kind, const QString& path, bool dryRun = false);
    QJsonObject summary(storage::ProjectFile& project);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::FixedClock m_clock;
    storage::ProjectEnvironment m_env;
    std::unique_ptr<storage::ProjectFile> m_project;
};

void ImportTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_env.recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    m_env.userName = QStringLiteral("tester");
    m_env.hostName = QStringLiteral("testhost");
    m_env.clock = &m_clock;
    m_project = newProject(QStringLiteral("a.rapport"));
    QVERIFY(m_project);
}

void ImportTest::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

std::unique_ptr<storage::ProjectFile> ImportTest::newProject(const QString& name)
{
    storage::FileResult result;
    auto project = storage::ProjectFile::create(m_dir->filePath(name), m_env, &result);
    if (!project)
        qWarning() << result.message;
    return project;
}

io::ImportReport ImportTest::import(storage::ProjectFile& project, ImportKind kind, const QString& path, bool dryRun)
{
    io::CsvImporter importer(project, m_clock);
    io::ImportOptions options;
    options.dryRun = dryRun;
    io::ImportReport report;
    io::InputError error;
    const bool ok = importer.importFile(kind, path, options, &report, &error);
    if (!ok)
        qWarning() << error.toString();
    [&] { QVERIFY2(ok, qPrintable(error.toString())); }();
    return report;
}

QJsonObject ImportTest::summary(storage::ProjectFile& project)
{
    storage::ProjectSummary s;
    QString error;
    [&] { QVERIFY2(storage::ProjectSummary::compute(project.database(), &s, &error), qPrintable(error)); }();
    return s.toJson();
}

void ImportTest::peopleCreatedMatchedSkipped()
{
    const io::ImportReport r = import(*m_project, ImportKind::People, fixture("people.csv"));
    QCOMPARE(r.rows, 6);
    QCOMPARE(r.peopleCreated, 4); // ann, bob, chen, formula; the second Ann line is Ann
    QCOMPARE(r.peopleMatched, 0); // created by this file, so not "matched"
    QCOMPARE(r.skippedTotal, 1);
    QCOMPARE(r.skipped.first().line, 6);
    QCOMPARE(r.encoding, QStringLiteral("utf-8"));

    storage::PeopleRepository people(m_project->database(), m_clock);
    const auto ann = people.get(people.findByIdentity(model::IdentityKind::Email, QStringLiteral("ann@example.org")));
    QVERIFY(ann);
    QCOMPARE(ann->displayName, QStringLiteral("Ann Lee")); // not overwritten by the later line
    QCOMPARE(ann->company, QStringLiteral("Acme"));
    QStringList tags = ann->tags;
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("newtag"), QStringLiteral("rust"), QStringLiteral("speaker")}));
    QCOMPARE(ann->joined, QDate(2025, 1, 10));
    QCOMPARE(ann->identity(model::IdentityKind::GitHub), QStringLiteral("annl"));
    const auto bob = people.get(people.findByIdentity(model::IdentityKind::GitHub, QStringLiteral("bobs")));
    QVERIFY(bob);
    QVERIFY(bob->internal);
    QCOMPARE(bob->email(), QStringLiteral("BOB@Example.org"));
    // A formula payload is stored as the text it is.
    const auto formula = people.get(people.findByIdentity(model::IdentityKind::Email, QStringLiteral("formula@example.org")));
    QVERIFY(formula);
    QCOMPARE(formula->displayName, QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"));
}

void ImportTest::secondImportAddsNothing_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QList<int>>("kinds");
    QTest::newRow("people") << QStringList{fixture("people.csv")} << QList<int>{int(ImportKind::People)};
    QTest::newRow("activities") << QStringList{fixture("people.csv"), fixture("activities.csv")}
                                << QList<int>{int(ImportKind::People), int(ImportKind::Activities)};
    QTest::newRow("responses") << QStringList{fixture("people.csv"), fixture("responses.csv")}
                               << QList<int>{int(ImportKind::People), int(ImportKind::Responses)};
}

void ImportTest::secondImportAddsNothing()
{
    QFETCH(QStringList, files);
    QFETCH(QList<int>, kinds);
    for (int i = 0; i < files.size(); ++i)
        import(*m_project, ImportKind(kinds[i]), files[i]);
    const QJsonObject before = summary(*m_project);
    for (int i = 0; i < files.size(); ++i) {
        const io::ImportReport again = import(*m_project, ImportKind(kinds[i]), files[i]);
        QCOMPARE(again.peopleCreated, 0);
        QCOMPARE(again.peopleUpdated, 0);
        QCOMPARE(again.activitiesCreated, 0);
        QCOMPARE(again.responsesCreated, 0);
        QCOMPARE(again.campaignsCreated, 0);
        QCOMPARE(again.surveysCreated, 0);
        QVERIFY(!again.changesProject());
    }
    QCOMPARE(summary(*m_project), before);
}

void ImportTest::errorLeavesProjectUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("people, line 4") << fixture("people_bad.csv") << int(ImportKind::People)
                                    << "people_bad.csv:4: internal must be true/false, yes/no or 1/0, not “maybe”";
    QTest::newRow("activities, line 3")
        << fixture("activities_bad.csv") << int(ImportKind::Activities)
        << "activities_bad.csv:3: “yesterday” is not an ISO 8601 timestamp (like 2026-03-01T09:30:00Z)";
}

void ImportTest::errorLeavesProjectUnchanged()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    import(*m_project, ImportKind::People, fixture("people.csv"));
    const QJsonObject before = summary(*m_project);
    io::CsvImporter importer(*m_project, m_clock);
    io::ImportReport report;
    io::InputError error;
    QVERIFY(!importer.importFile(ImportKind(kind), file, {}, &report, &error));
    QCOMPARE(error.toString(), expected);
    QCOMPARE(summary(*m_project), before);
    storage::PeopleRepository people(m_project->database(), m_clock);
    for (const char* email : {"zed@example.org", "yan@example.org", "late@example.org"})
        QVERIFY(people.findByIdentity(model::IdentityKind::Email, QLatin1String(email)).isNull());
}

void ImportTest::matchesByCaseFoldedEmailThenHandle()
{
    import(*m_project, ImportKind::People, fixture("people.csv"));
    const QString path = m_dir->filePath(QStringLiteral("match.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("email,github,company\n"
               "  ANN@EXAMPLE.ORG ,,Other\n"        // case-folded, trimmed email
               ",@ChenW,Lab\n"                        // handle, with @ and other case
               "robert@example.org,bobs,\n"           // unknown email, known handle: Bob
               "ann@example.org,chenw,\n");           // email wins; Chen's handle stays Chen's
    file.close();
    const io::ImportReport r = import(*m_project, ImportKind::People, path);
    QCOMPARE(r.peopleCreated, 0);
    QCOMPARE(r.peopleMatched, 3);
    QCOMPARE(r.peopleUpdated, 2); // Chen gets a company, Bob a second email
    QCOMPARE(r.skippedTotal, 1);  // chenw is not given to Ann
    storage::PeopleRepository people(m_project->database(), m_clock);
    const auto chen = people.get(people.findByIdentity(model::IdentityKind::GitHub, QStringLiteral("chenw")));
    QCOMPARE(chen->company, QStringLiteral("Lab"));
    QCOMPARE(chen->displayName, QStringLiteral("Chen Wei"));
    const auto bob = people.get(people.findByIdentity(model::IdentityKind::Email, QStringLiteral("robert@example.org")));
    QVERIFY(bob);
    QCOMPARE(bob->displayName, QStringLiteral("Bob Stone"));
    const auto ann = people.get(people.findByIdentity(model::IdentityKind::Email, QStringLiteral("ann@example.org")));
    QCOMPARE(ann->company, QStringLiteral("Acme"));
}

void ImportTest::dryRunChangesNothingAndReportsTheSame_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::newRow("people") << int(ImportKind::People) << fixture("people.csv");
    QTest::newRow("activities") << int(ImportKind::Activities) << fixture("activities.csv");
    QTest::newRow("responses") << int(ImportKind::Responses) << fixture("responses.csv");
}

void ImportTest::dryRunChangesNothingAndReportsTheSame()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    const QJsonObject before = summary(*m_project);
    io::ImportReport dry = import(*m_project, ImportKind(kind), file, /*dryRun=*/true);
    QVERIFY(dry.dryRun);
    QCOMPARE(summary(*m_project), before);
    QVERIFY(!m_project->hasUnsavedChanges());
    io::ImportReport real = import(*m_project, ImportKind(kind), file);
    QVERIFY(real.changesProject());
    QJsonObject dryJson = dry.toJson(), realJson = real.toJson();
    dryJson.remove(QStringLiteral("dry_run"));
    realJson.remove(QStringLiteral("dry_run"));
    QCOMPARE(dryJson, realJson);
}

void ImportTest::activitiesCreatePeopleCampaignsChannels()
{
    import(*m_project, ImportKind::People, fixture("people.csv"));
    const io::ImportReport r = import(*m_project, ImportKind::Activities, fixture("activities.csv"));
    QCOMPARE(r.activitiesCreated, 4);
    QCOMPARE(r.peopleCreated, 1); // newbie@example.org
    QCOMPARE(r.peopleMatched, 3);
    QCOMPARE(r.campaignsCreated, 1);
    QCOMPARE(r.channelsCreated, 1);
    storage::ProjectRepository repo(m_project->database(), m_clock);
    const auto campaign = repo.campaigns().get(repo.campaigns().findByName(QStringLiteral("berlin meetup")));
    QVERIFY(campaign);
    QCOMPARE(campaign->starts, QDate(2026, 1, 14));
    QCOMPARE(campaign->ends, QDate(2026, 1, 15));
    QVERIFY(repo.activities().findTypeKey(QStringLiteral("pull_request")).has_value());
    // 12:00 at +02:00 is 10:00 UTC; a time without a zone is UTC.
    QList<qint64> times;
    repo.activities().forEachSegment([&](const storage::ActivitySpans& spans) {
        for (std::size_t i = 0; i < spans.size(); ++i)
            times << spans.at[i];
        return true;
    });
    std::sort(times.begin(), times.end());
    QCOMPARE(times, (QList<qint64>{QDateTime(QDate(2026, 1, 14), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(),
                                   QDateTime(QDate(2026, 1, 15), QTime(18, 0), Qt::UTC).toSecsSinceEpoch(),
                                   QDateTime(QDate(2026, 1, 16), QTime(10, 0), Qt::UTC).toSecsSinceEpoch(),
                                   QDateTime(QDate(2026, 1, 20), QTime(10, 0), Qt::UTC).toSecsSinceEpoch()}));
}

void ImportTest::responsesDeriveQuestions()
{
    import(*m_project, ImportKind::People, fixture("people.csv"));
    const io::ImportReport r = import(*m_project, ImportKind::Responses, fixture("responses.csv"));
    QCOMPARE(r.surveysCreated, 1);
    QCOMPARE(r.responsesCreated, 3);
    storage::SurveyRepository surveys(m_project->database(), m_clock);
    const auto survey = surveys.get(surveys.findByName(QStringLiteral("Meetup feedback")));
    QVERIFY(survey);
    QCOMPARE(survey->questions.size(), 4);
    QCOMPARE(survey->questions[0].kind, model::QuestionKind::Nps);
    QCOMPARE(survey->questions[1].kind, model::QuestionKind::Csat);
    QCOMPARE(survey->questions[2].kind, model::QuestionKind::Likert);
    QCOMPARE(survey->questions[2].scalePoints, 5);
    QCOMPARE(survey->questions[3].kind, model::QuestionKind::Text);
    const QList<model::SurveyResponse> responses = surveys.responses(survey->meta.id);
    QCOMPARE(responses.size(), 3);
    QCOMPARE(std::count_if(responses.begin(), responses.end(), [](const auto& x) { return x.person.isNull(); }), 1);
}

void ImportTest::mappingNamesTheColumns()
{
    import(*m_project, ImportKind::People, fixture("people.csv"));
    io::ImportOptions options;
    io::InputError error;
    QVERIFY(io::ColumnMapping::load(fixture("people_mapping.json"), io::canonicalColumns(ImportKind::People),
                                    &options.mapping, &error));
    io::CsvImporter importer(*m_project, m_clock);
    io::ImportReport r;
    QVERIFY2(importer.importFile(ImportKind::People, fixture("people_mapped.csv"), options, &r, &error),
             qPrintable(error.toString()));
    QCOMPARE(r.delimiter, QStringLiteral(";"));
    QCOMPARE(r.peopleCreated, 1);
    QCOMPARE(r.peopleMatched, 1);
    storage::PeopleRepository people(m_project->database(), m_clock);
    const auto maria = people.get(people.findByIdentity(model::IdentityKind::Email, QStringLiteral("maria@example.org")));
    QCOMPARE(maria->displayName, QStringLiteral("María José"));
    QCOMPARE(maria->company, QStringLiteral("Nordwind"));

    // A mapping that names a column the file lacks, or a field that does not exist.
    io::ColumnMapping wrong;
    wrong.set(QStringLiteral("email"), QStringLiteral("Mail"));
    options.mapping = wrong;
    QVERIFY(!importer.importFile(ImportKind::People, fixture("people_mapped.csv"), options, &r, &error));
    QVERIFY2(error.toString().startsWith(QStringLiteral("people_mapped.csv:1: no column “Mail”")),
             qPrintable(error.toString()));
}

void ImportTest::unknownContentIsAnError()
{
    const QString path = m_dir->filePath(QStringLiteral("content.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("email,type,timestamp,content\nann@example.org,shared,2026-01-01,Nope\n");
    file.close();
    io::CsvImporter importer(*m_project, m_clock);
    io::ImportReport r;
    io::InputError error;
    QVERIFY(!importer.importFile(ImportKind::Activities, path, {}, &r, &error));
    QVERIFY2(error.toString().startsWith(QStringLiteral("content.csv:2: no content titled “Nope”")),
             qPrintable(error.toString()));
    QCOMPARE(summary(*m_project).value(QStringLiteral("people")).toInt(), 0);
}

void ImportTest::exportRoundTrips()
{
    import(*m_project, ImportKind::People, fixture("people.csv"));
    import(*m_project, ImportKind::Activities, fixture("activities.csv"));
    import(*m_project, ImportKind::Responses, fixture("responses.csv"));

    const auto exportAll = [&](storage::ProjectFile& project, const QString& prefix) {
        QStringList files;
        io::CsvExporter exporter(project.database(), m_clock);
        for (const ImportKind kind : {ImportKind::People, ImportKind::Activities, ImportKind::Responses}) {
            const QString out = m_dir->filePath(prefix + io::importKindName(kind) + QStringLiteral(".csv"));
            qint64 rows = 0;
            QString error;
            [&] { QVERIFY2(exporter.exportFile(kind, out, &rows, &error), qPrintable(error)); }();
            files << out;
        }
        return files;
    };
    const auto sortedLines = [](const QString& path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QList<QByteArray> lines = f.readAll().split('\n');
        const QByteArray header = lines.takeFirst();
        std::sort(lines.begin(), lines.end());
        return QList<QByteArray>{header} + lines;
    };

    const QStringList first = exportAll(*m_project, QStringLiteral("a-"));
    QFile people(first[0]);
    QVERIFY(people.open(QIODevice::ReadOnly));
    const QByteArray peopleCsv = people.readAll();
    QVERIFY(peopleCsv.startsWith("\xEF\xBB\xBF" "id,email,name,"));
    QVERIFY(peopleCsv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));

    // Into the same project: nothing new.
    const QJsonObject before = summary(*m_project);
    for (int i = 0; i < 3; ++i) {
        const io::ImportReport again = import(*m_project, ImportKind(i), first[i]);
        QVERIFY2(!again.changesProject(), qPrintable(first[i]));
    }
    QCOMPARE(summary(*m_project), before);

    // Into a fresh project: the same data, so the same export.
    auto fresh = newProject(QStringLiteral("b.rapport"));
    QVERIFY(fresh);
    for (int i = 0; i < 3; ++i)
        import(*fresh, ImportKind(i), first[i]);
    QCOMPARE(summary(*fresh).value(QStringLiteral("people")), before.value(QStringLiteral("people")));
    QCOMPARE(summary(*fresh).value(QStringLiteral("activities")), before.value(QStringLiteral("activities")));
    QCOMPARE(summary(*fresh).value(QStringLiteral("responses")), before.value(QStringLiteral("responses")));
    storage::PeopleRepository freshPeople(fresh->database(), m_clock);
    const auto formula = freshPeople.get(freshPeople.findByIdentity(model::IdentityKind::Email, QStringLiteral("formula@example.org")));
    QVERIFY(formula);
    QCOMPARE(formula->displayName, QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"));
    const QStringList second = exportAll(*fresh, QStringLiteral("b-"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sortedLines(second[i]), sortedLines(first[i]));
}

// Not a timed test: set RAPPORT_IMPORT_BENCHMARK=ROWS to measure rows per second.
QTEST_GUILESS_MAIN(ImportTest)
#include "tst_import.moc"
