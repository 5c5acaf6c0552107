// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engagement.h"
#include "core/engine/Funnel.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Retention.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/ProjectFile.h"
#include "tests/support/FixedClock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/csv/") + QLatin1String(name);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void helpAndVersion();
    void newSmallDemoAndInfo();
    void infoHumanTable();
    void importExportRoundTrip();
    void platformImportPreviewAndUndo();
    void dryRunChangesNothing();
    void errors_data();
    void errors();
    void lockedProjectRefusesImportButInfoWorks();
    void analyticsEqualEngine();
    void analyticsErrors_data();
    void analyticsErrors();

private:
    Run cli(const QStringList& args);
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void CliTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void CliTest::cleanup()
{
    m_dir.reset();
}

Run CliTest::cli(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data"))); // our own recovery folder
    env.insert(QStringLiteral("USER"), QStringLiteral("cli-tester"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RAPPORT_CLI), args);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void CliTest::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses]")));
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("rapport-cli ")));
}

void CliTest::newSmallDemoAndInfo()
{
    const Run created = cli({QStringLiteral("new"), path(QStringLiteral("demo.rapport")), QStringLiteral("--demo"),
                             QStringLiteral("small")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const Run info = cli({QStringLiteral("info"), path(QStringLiteral("demo.rapport")), QStringLiteral("--json")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
    for (const char* key : {"schema_version", "people", "identities", "activities", "campaigns", "audiences",
                            "content", "surveys", "responses", "rewards"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("people")).toInteger(), 2000);
    QVERIFY(o.value(QStringLiteral("activities")).toInteger() > 0);
}

void CliTest::infoHumanTable()
{
    QCOMPARE(cli({QStringLiteral("new"), path(QStringLiteral("p.rapport"))}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), path(QStringLiteral("p.rapport")), fixture("people.csv"),
                  QStringLiteral("--as"), QStringLiteral("people")})
                 .exitCode,
             0);
    const Run info = cli({QStringLiteral("info"), path(QStringLiteral("p.rapport"))});
    QCOMPARE(info.exitCode, 0);
    const QStringList lines = info.out.trimmed().split(u'\n');
    QCOMPARE(lines.first(), QStringLiteral("p.rapport"));
    QVERIFY(lines.contains(QStringLiteral("  People          4")));
    // Aligned: every row has its number ending in the same column.
    for (int i = 2; i < lines.size(); ++i)
        QCOMPARE(lines[i].size(), lines[1].size());
}

void CliTest::platformImportPreviewAndUndo()
{
    const QString a = path(QStringLiteral("p.rapport"));
    QCOMPARE(cli({QStringLiteral("new"), a}).exitCode, 0);
    const QString luma = QStringLiteral(RAPPORT_TEST_DATA "/import/luma_guests.csv");
    const Run info0 = cli({QStringLiteral("info"), a, QStringLiteral("--json")});
    // The preview says what would happen and changes nothing.
    const Run dry = cli({QStringLiteral("import"), a, luma, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const QJsonObject preview = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QCOMPARE(preview.value(QStringLiteral("format")).toString(), QStringLiteral("luma"));
    QCOMPARE(preview.value(QStringLiteral("people_created")).toInt(), 5);
    QCOMPARE(preview.value(QStringLiteral("activities_created")).toInt(), 5);
    QCOMPARE(preview.value(QStringLiteral("campaigns_created")).toInt(), 1);
    QVERIFY(preview.value(QStringLiteral("dry_run")).toBool());
    QCOMPARE(cli({QStringLiteral("info"), a, QStringLiteral("--json")}).out, info0.out);
    // The import itself, listed, then undone as one step.
    const Run real = cli({QStringLiteral("import"), a, luma, QStringLiteral("--json")});
    QVERIFY2(real.exitCode == 0, qPrintable(real.err));
    QJsonObject done = QJsonDocument::fromJson(real.out.toUtf8()).object();
    done.remove(QStringLiteral("dry_run"));
    QJsonObject previewed = preview;
    previewed.remove(QStringLiteral("dry_run"));
    QCOMPARE(done, previewed);
    const Run list = cli({QStringLiteral("imports"), a, QStringLiteral("--json")});
    const QJsonArray imports =
        QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("imports")).toArray();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports[0].toObject().value(QStringLiteral("file")).toString(), QStringLiteral("luma_guests.csv"));
    const Run undo = cli({QStringLiteral("undo-import"), a});
    QVERIFY2(undo.exitCode == 0 && undo.out.contains(QStringLiteral("luma_guests.csv")), qPrintable(undo.err));
    QCOMPARE(cli({QStringLiteral("info"), a, QStringLiteral("--json")}).out, info0.out);
    const Run nothing = cli({QStringLiteral("undo-import"), a});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains(QStringLiteral("no import to undo")), qPrintable(nothing.err));
    // A file of another format under a forced preset is refused by name.
    const Run unknown =
        cli({QStringLiteral("import"), a, fixture("people.csv"), QStringLiteral("--preset"), QStringLiteral("typeform")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("people.csv")) && unknown.err.contains(QStringLiteral("Typeform")),
             qPrintable(unknown.err));
}

void CliTest::importExportRoundTrip()
{
    const QString a = path(QStringLiteral("a.rapport")), b = path(QStringLiteral("b.rapport"));
    QCOMPARE(cli({QStringLiteral("new"), a}).exitCode, 0);
    const Run people = cli({QStringLiteral("import"), a, fixture("people.csv"), QStringLiteral("--as"),
                            QStringLiteral("people"), QStringLiteral("--json")});
    QVERIFY2(people.exitCode == 0, qPrintable(people.err));
    const QJsonObject report = QJsonDocument::fromJson(people.out.toUtf8()).object();
    for (const char* key : {"people_created", "people_matched", "activities_created", "responses_created",
                            "campaigns_created", "skipped"})
        QVERIFY2(report.contains(QLatin1String(key)), key);
    QCOMPARE(report.value(QStringLiteral("people_created")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("skipped")).toArray().first().toObject().value(QStringLiteral("line")).toInt(), 6);
    for (const auto& [file, kind] : {std::pair{"activities.csv", "activities"}, std::pair{"responses.csv", "responses"}}) {
        const Run r = cli({QStringLiteral("import"), a, fixture(file), QStringLiteral("--as"), QLatin1String(kind)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    // Saved: a second import of the same file adds nothing.
    const Run again = cli({QStringLiteral("import"), a, fixture("activities.csv"), QStringLiteral("--as"),
                           QStringLiteral("activities"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("activities_created")).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("activities_existing")).toInt(), 4);

    QCOMPARE(cli({QStringLiteral("new"), b}).exitCode, 0);
    for (const char* kind : {"people", "activities", "responses"}) {
        const QString out = path(QStringLiteral("a-%1.csv").arg(QLatin1String(kind)));
        const Run e = cli({QStringLiteral("export"), a, QStringLiteral("--what"), QLatin1String(kind),
                           QStringLiteral("--out"), out});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const Run i = cli({QStringLiteral("import"), b, out, QStringLiteral("--as"), QLatin1String(kind)});
        QVERIFY2(i.exitCode == 0, qPrintable(i.err));
    }
    const Run infoA = cli({QStringLiteral("info"), a, QStringLiteral("--json")});
    const Run infoB = cli({QStringLiteral("info"), b, QStringLiteral("--json")});
    QCOMPARE(infoB.out, infoA.out);
    for (const char* kind : {"people", "activities", "responses"}) {
        const QString out = path(QStringLiteral("b-%1.csv").arg(QLatin1String(kind)));
        QCOMPARE(cli({QStringLiteral("export"), b, QStringLiteral("--what"), QLatin1String(kind),
                      QStringLiteral("--out"), out})
                     .exitCode,
                 0);
        QFile fa(path(QStringLiteral("a-%1.csv").arg(QLatin1String(kind)))), fb(out);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QList<QByteArray> la = fa.readAll().split('\n'), lb = fb.readAll().split('\n');
        std::sort(la.begin() + 1, la.end());
        std::sort(lb.begin() + 1, lb.end());
        QCOMPARE(lb, la);
    }
}

void CliTest::dryRunChangesNothing()
{
    const QString a = path(QStringLiteral("a.rapport"));
    QCOMPARE(cli({QStringLiteral("new"), a}).exitCode, 0);
    const Run dry = cli({QStringLiteral("import"), a, fixture("people.csv"), QStringLiteral("--as"),
                         QStringLiteral("people"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QCOMPARE(QJsonDocument::fromJson(dry.out.toUtf8()).object().value(QStringLiteral("people_created")).toInt(), 4);
    const Run info = cli({QStringLiteral("info"), a, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("people")).toInt(), 0);
}

void CliTest::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("pattern"); // matched against the one stderr line

    const QString p = QStringLiteral("@P@"); // replaced by the project path
    QTest::newRow("bad line") << QStringList{QStringLiteral("import"), p, fixture("people_bad.csv"),
                                             QStringLiteral("--as"), QStringLiteral("people")}
                              << 1
                              << "^rapport-cli: people_bad.csv:4: internal must be true/false, yes/no or 1/0, not “maybe”$";
    QTest::newRow("binary source") << QStringList{QStringLiteral("import"), p, QStringLiteral(RAPPORT_CLI),
                                                  QStringLiteral("--as"), QStringLiteral("people")}
                                   << 1 << "^rapport-cli: rapport-cli:\\d+: binary content";
    QTest::newRow("missing source") << QStringList{QStringLiteral("import"), p, QStringLiteral("nope.csv"),
                                                   QStringLiteral("--as"), QStringLiteral("people")}
                                    << 1 << "^rapport-cli: nope.csv: no such file$";
    QTest::newRow("missing project") << QStringList{QStringLiteral("info"), QStringLiteral("missing.rapport")} << 1
                                     << "missing\\.rapport";
    QTest::newRow("project exists") << QStringList{QStringLiteral("new"), p} << 1 << "p\\.rapport";
    QTest::newRow("bad kind") << QStringList{QStringLiteral("import"), p, fixture("people.csv"), QStringLiteral("--as"),
                                             QStringLiteral("friends")}
                              << 2 << "^rapport-cli: --as must be one of people, activities, responses";
    QTest::newRow("bad what") << QStringList{QStringLiteral("export"), p, QStringLiteral("--what"),
                                             QStringLiteral("x"), QStringLiteral("--out"), QStringLiteral("o.csv")}
                              << 2 << "^rapport-cli: --what must be one of";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                     << "^rapport-cli: unknown command “frobnicate”";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), p, QStringLiteral("--fast")} << 2
                                    << "^rapport-cli: Unknown option 'fast'";
    QTest::newRow("no command") << QStringList{} << 2 << "^rapport-cli: no command given";
    QTest::newRow("bad demo size") << QStringList{QStringLiteral("new"), QStringLiteral("@D@"), QStringLiteral("--demo"),
                                                  QStringLiteral("huge")}
                                   << 2 << "^rapport-cli: --demo huge:";
    QTest::newRow("bad mapping") << QStringList{QStringLiteral("import"), p, fixture("people.csv"), QStringLiteral("--as"),
                                                QStringLiteral("people"), QStringLiteral("--mapping"),
                                                fixture("people.csv")}
                                 << 1 << "^rapport-cli: people.csv: not valid JSON";
}

void CliTest::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, pattern);
    const QString project = path(QStringLiteral("p.rapport"));
    QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
    args.replaceInStrings(QStringLiteral("@P@"), project);
    args.replaceInStrings(QStringLiteral("@D@"), path(QStringLiteral("d.rapport")));
    const Run run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.endsWith(u'\n') && run.err.count(u'\n') == 1, qPrintable(run.err));
    QVERIFY2(QRegularExpression(pattern).match(run.err.trimmed()).hasMatch(), qPrintable(run.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("d.rapport"))));
    const Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("people")).toInt(), 0);
}

void CliTest::lockedProjectRefusesImportButInfoWorks()
{
    const QString project = path(QStringLiteral("p.rapport"));
    QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
    test::FixedClock clock;
    storage::ProjectEnvironment env{path(QStringLiteral("alice-recovery")), QStringLiteral("alice"),
                                    QSysInfo::machineHostName(), &clock};
    storage::FileResult result;
    auto held = storage::ProjectFile::open(project, env, storage::OpenMode::ReadWrite, storage::RecoveryChoice::Ask,
                                           &result);
    QVERIFY2(held, qPrintable(result.message));
    const Run import = cli({QStringLiteral("import"), project, fixture("people.csv"), QStringLiteral("--as"),
                            QStringLiteral("people")});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(QStringLiteral("alice")) && import.err.contains(QStringLiteral("p.rapport")),
             qPrintable(import.err));
    QCOMPARE(import.err.count(u'\n'), 1);
    QCOMPARE(cli({QStringLiteral("info"), project, QStringLiteral("--json")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("--what"), QStringLiteral("people"),
                  QStringLiteral("--out"), path(QStringLiteral("o.csv"))})
                 .exitCode,
             0);
}

namespace {

QJsonObject jsonOf(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

/** The engine's data of a project file, loaded as the CLI does (read straight from the file). */
std::optional<storage::EngineData> loadEngine(const QString& file)
{
    const QString name = QStringLiteral("tst_cli_engine");
    std::optional<storage::EngineData> data;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            data = storage::EngineLoader(db).load();
    }
    QSqlDatabase::removeDatabase(name);
    return data;
}

void compareSteps(const QJsonArray& json, const std::vector<engine::FunnelStep>& steps)
{
    QCOMPARE(json.size(), qsizetype(steps.size()));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const QJsonObject s = json[qsizetype(i)].toObject();
        for (const char* key : {"step", "persons", "overall_rate", "step_rate", "median_seconds", "p90_seconds"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value(QStringLiteral("persons")).toInteger(), qint64(steps[i].persons));
        QCOMPARE(s.value(QStringLiteral("overall_rate")).toDouble(), steps[i].overallRate);
        QCOMPARE(s.value(QStringLiteral("median_seconds")).toInteger(-1), qint64(steps[i].medianSeconds.value_or(-1)));
        QCOMPARE(s.value(QStringLiteral("p90_seconds")).toInteger(-1), qint64(steps[i].p90Seconds.value_or(-1)));
    }
}

} // namespace

void CliTest::analyticsEqualEngine()
{
    const QString file = path(QStringLiteral("demo.rapport"));
    QCOMPARE(cli({QStringLiteral("new"), file, QStringLiteral("--demo"), QStringLiteral("small")}).exitCode, 0);
    const auto data = loadEngine(file);
    QVERIFY(data);
    const engine::Store& store = data->store;
    const engine::ParallelFor parallel(2);
    auto type = [&](const char* name) { return std::int32_t(*store.types().keyNamed(name)); };

    // A behaviour audience ("came to two events in the last six months") narrows the funnel
    // to exactly the people the loader computes for it, as of the command's clock.
    {
        const Run all = cli({QStringLiteral("funnel"), file, QStringLiteral("--steps"), QStringLiteral("attended"),
                             QStringLiteral("--json")});
        const Run regulars = cli({QStringLiteral("funnel"), file, QStringLiteral("--steps"), QStringLiteral("attended"),
                                  QStringLiteral("--audience"), QStringLiteral("Regular attendees"), QStringLiteral("--json")});
        QVERIFY2(regulars.exitCode == 0, qPrintable(regulars.err));
        auto first = [](const Run& r) {
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("steps")).toArray()
                .first().toObject().value(QStringLiteral("persons")).toInteger();
        };
        QVERIFY2(first(regulars) > 0 && first(regulars) < first(all), qPrintable(regulars.out.left(200)));
    }

    // funnel with a breakdown by country and a 14-day window
    const Run funnel = cli({QStringLiteral("funnel"), file, QStringLiteral("--steps"),
                            QStringLiteral("invited,registered,attended"), QStringLiteral("--window"),
                            QStringLiteral("2w"), QStringLiteral("--breakdown"), QStringLiteral("country"),
                            QStringLiteral("--json")});
    QVERIFY2(funnel.exitCode == 0, qPrintable(funnel.err));
    const QJsonObject f = jsonOf(funnel);
    for (const char* key : {"steps", "groups", "elapsed_ms", "provenance"})
        QVERIFY2(f.contains(QLatin1String(key)), key);
    engine::FunnelQuery fq;
    for (const char* t : {"invited", "registered", "attended"}) {
        engine::ActivityFilter step;
        step.type = type(t);
        fq.steps.push_back(step);
    }
    fq.window = 14 * 86400;
    fq.breakdown = {engine::FunnelBreakdown::Kind::Attribute, "country"};
    const engine::FunnelResult fr = engine::Funnel::compute(store, fq, parallel);
    compareSteps(f.value(QStringLiteral("steps")).toArray(), fr.steps);
    const QJsonArray groups = f.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), qsizetype(fr.groups.size()));
    QVERIFY(!groups.isEmpty());
    QCOMPARE(groups[0].toObject().value(QStringLiteral("value")).toString().toStdString(), fr.groups[0].label);
    compareSteps(groups[0].toObject().value(QStringLiteral("steps")).toArray(), fr.groups[0].steps);
    QCOMPARE(f.value(QStringLiteral("steps")).toArray()[1].toObject().value(QStringLiteral("step")).toString(),
             QStringLiteral("registered"));

    // retention, weekly
    const Run retention = cli({QStringLiteral("retention"), file, QStringLiteral("--start"), QStringLiteral("registered"),
                               QStringLiteral("--return"), QStringLiteral("any"), QStringLiteral("--period"),
                               QStringLiteral("week"), QStringLiteral("--periods"), QStringLiteral("6"),
                               QStringLiteral("--json")});
    QVERIFY2(retention.exitCode == 0, qPrintable(retention.err));
    const QJsonObject r = jsonOf(retention);
    QVERIFY(r.contains(QStringLiteral("elapsed_ms")));
    engine::RetentionQuery rq;
    rq.start.type = type("registered");
    rq.period = engine::CalendarPeriod::Kind::Week;
    rq.periods = 6;
    const engine::RetentionResult rr = engine::Retention::compute(store, rq, parallel);
    const QJsonArray cohorts = r.value(QStringLiteral("cohorts")).toArray();
    QCOMPARE(cohorts.size(), qsizetype(rr.cohorts.size()));
    QVERIFY(!cohorts.isEmpty());
    for (std::size_t i = 0; i < rr.cohorts.size(); ++i) {
        const QJsonObject c = cohorts[qsizetype(i)].toObject();
        QCOMPARE(c.value(QStringLiteral("cohort")).toString().toStdString(), rr.cohorts[i].label);
        QCOMPARE(c.value(QStringLiteral("size")).toInteger(), qint64(rr.cohorts[i].size));
        const QJsonArray retained = c.value(QStringLiteral("retained")).toArray();
        QCOMPARE(retained.size(), qsizetype(6));
        for (int k = 0; k < 6; ++k)
            QCOMPARE(retained[k].toInteger(), qint64(rr.cohorts[i].retained[std::size_t(k)]));
    }

    // nps by campaign
    const Run nps = cli({QStringLiteral("nps"), file, QStringLiteral("--breakdown"), QStringLiteral("campaign"),
                         QStringLiteral("--json")});
    QVERIFY2(nps.exitCode == 0, qPrintable(nps.err));
    const QJsonObject n = jsonOf(nps);
    for (const char* key : {"responses", "promoters", "passives", "detractors", "nps", "moe95", "groups", "elapsed_ms"})
        QVERIFY2(n.contains(QLatin1String(key)), key);
    engine::NpsQuery nq;
    nq.breakdown.kind = engine::NpsBreakdown::Kind::Campaign;
    const engine::NpsResult nr = engine::Nps::compute(store, data->responses, nq, parallel);
    QVERIFY(nr.total.responses > 0);
    QCOMPARE(n.value(QStringLiteral("responses")).toInteger(), qint64(nr.total.responses));
    QCOMPARE(n.value(QStringLiteral("promoters")).toInteger(), qint64(nr.total.promoters));
    QCOMPARE(n.value(QStringLiteral("detractors")).toInteger(), qint64(nr.total.detractors));
    QCOMPARE(n.value(QStringLiteral("nps")).toDouble(), *nr.total.nps);
    QCOMPARE(n.value(QStringLiteral("moe95")).toDouble(), *nr.total.moe95);
    QCOMPARE(n.value(QStringLiteral("groups")).toArray().size(), qsizetype(nr.groups.size()));

    // levels, as of the time the command reports
    const Run levels = cli({QStringLiteral("levels"), file, QStringLiteral("--json")});
    QVERIFY2(levels.exitCode == 0, qPrintable(levels.err));
    const QJsonObject l = jsonOf(levels);
    for (const char* key : {"levels", "thresholds", "weights", "as_of", "elapsed_ms"})
        QVERIFY2(l.contains(QLatin1String(key)), key);
    engine::EngagementQuery eq;
    eq.asOf = l.value(QStringLiteral("as_of")).toInteger();
    const engine::EngagementResult er = engine::Engagement::compute(store, eq, parallel);
    const QJsonObject counts = l.value(QStringLiteral("levels")).toObject();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(counts.value(QLatin1String(engine::EngagementQuery::levelName(engine::EngagementLevel(i)))).toInteger(),
                 qint64(er.levels[std::size_t(i)]));

    // an audience narrows the funnel
    const Run apac = cli({QStringLiteral("funnel"), file, QStringLiteral("--steps"), QStringLiteral("invited,registered"),
                          QStringLiteral("--audience"), QStringLiteral("APAC developers"), QStringLiteral("--json")});
    QVERIFY2(apac.exitCode == 0, qPrintable(apac.err));
    const qint64 apacFirst =
        jsonOf(apac).value(QStringLiteral("steps")).toArray()[0].toObject().value(QStringLiteral("persons")).toInteger();
    QVERIFY(apacFirst > 0 && apacFirst < qint64(fr.steps[0].persons));
}

void CliTest::analyticsErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("pattern");
    const QString steps = QStringLiteral("--steps");
    QTest::newRow("unknown type") << QStringList{QStringLiteral("funnel"), steps, QStringLiteral("invited,teleported")}
                                  << "^rapport-cli: --steps: unknown activity type “teleported”$";
    QTest::newRow("bad date") << QStringList{QStringLiteral("funnel"), steps, QStringLiteral("invited"),
                                             QStringLiteral("--from"), QStringLiteral("2025-13-01")}
                              << "^rapport-cli: --from: “2025-13-01” is not a date";
    QTest::newRow("bad window") << QStringList{QStringLiteral("funnel"), steps, QStringLiteral("invited"),
                                               QStringLiteral("--window"), QStringLiteral("30x")}
                                << "^rapport-cli: --window must look like";
    QTest::newRow("unknown audience") << QStringList{QStringLiteral("funnel"), steps, QStringLiteral("invited"),
                                                     QStringLiteral("--audience"), QStringLiteral("Martians")}
                                      << "^rapport-cli: no audience called “Martians”$";
    QTest::newRow("unknown survey") << QStringList{QStringLiteral("nps"), QStringLiteral("--survey"),
                                                   QStringLiteral("Nope")}
                                    << "^rapport-cli: --survey: no survey called “Nope”$";
    QTest::newRow("unknown return") << QStringList{QStringLiteral("retention"), QStringLiteral("--start"),
                                                   QStringLiteral("registered"), QStringLiteral("--return"),
                                                   QStringLiteral("flew")}
                                    << "^rapport-cli: --return: unknown activity type “flew”$";
}

void CliTest::analyticsErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, pattern);
    const QString file = path(QStringLiteral("demo.rapport"));
    QCOMPARE(cli({QStringLiteral("new"), file, QStringLiteral("--demo"), QStringLiteral("200")}).exitCode, 0);
    args.insert(1, file);
    const Run run = cli(args);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    const QString line = run.err.trimmed();
    QVERIFY2(!line.contains(u'\n'), qPrintable(line));
    QVERIFY2(QRegularExpression(pattern).match(line).hasMatch(), qPrintable(line));
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
