// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// rapport-import-bench: how fast the canonical activities CSV imports (issue 4: at least
// 500,000 rows per second for 2,000,000 rows), beside a baseline measured in the same run
// on the same file: reading the CSV alone (every record, every field), which no import can
// beat. Also the re-import of the same file (every row already stored) and the resident
// memory before and after, to show memory does not grow with the file.
//
//   rapport-import-bench [--rows 2000000] [--people 20000]
#include "core/io/CsvImporter.h"
#include "core/io/CsvReader.h"
#include "core/storage/ProjectFile.h"
#include "tests/support/FixedClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace rapport;

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return 0;
}

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void writeCsv(const QString& path, qint64 rows, qint64 people)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray chunk = "email,type,timestamp,campaign,channel,value\n";
    static const char* const kTypes[] = {"invited",   "registered", "attended",
                                         "responded", "posted",     "starred"};
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 person = (i * 7919) % people;
        chunk += "member" + QByteArray::number(person) + "@example.org," + kTypes[i % 6] +
                 ",2025-" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-" +
                 QByteArray::number(1 + i % 28).rightJustified(2, '0') + "T" +
                 QByteArray::number(i % 24).rightJustified(2, '0') + ":" +
                 QByteArray::number(i / 24 % 60).rightJustified(2, '0') + ":" +
                 QByteArray::number(i / 1440 % 60).rightJustified(2, '0') + "Z,Meetup " +
                 QByteArray::number(i % 40) + "," + (i % 3 ? "newsletter" : "") + "," +
                 QByteArray::number(i % 5) + "\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 2'000'000, people = 20'000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--rows")
            rows = args[i + 1].toLongLong();
        else if (args[i] == u"--people")
            people = args[i + 1].toLongLong();
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("activities.csv"));
    writeCsv(csv, rows, people);
    std::printf("rapport-import-bench: %lld rows of %lld people, %.0f MB of CSV\n", (long long)rows,
                (long long)people, double(QFileInfo(csv).size()) / 1e6);

    // Baseline: the CSV reader alone, every field touched.
    QElapsedTimer timer;
    timer.start();
    {
        io::CsvReader reader;
        io::CsvRecord record;
        qint64 records = 0, chars = 0;
        if (!reader.open(csv))
            qFatal("%s", qPrintable(reader.error().toString()));
        while (reader.next(&record)) {
            ++records;
            for (int f = 0; f < record.size(); ++f)
                chars += record.field(f).size();
        }
        if (records != rows + 1)
            qFatal("read %lld records", (long long)records);
    }
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;

    test::FixedClock clock;
    storage::ProjectEnvironment env;
    env.recoveryDir = dir.filePath(QStringLiteral("recovery"));
    env.userName = QStringLiteral("bench");
    env.hostName = QStringLiteral("bench");
    env.clock = &clock;
    storage::FileResult result;
    auto project =
        storage::ProjectFile::create(dir.filePath(QStringLiteral("bench.rapport")), env, &result);
    if (!project)
        qFatal("%s", qPrintable(result.message));
    const double rssBefore = residentMb();

    auto importOnce = [&](io::ImportReport* report) {
        io::CsvImporter importer(*project, clock);
        io::InputError error;
        QElapsedTimer t;
        t.start();
        if (!importer.importFile(io::ImportKind::Activities, csv, {}, report, &error))
            qFatal("%s", qPrintable(error.toString()));
        return double(t.nsecsElapsed()) / 1e9;
    };
    io::ImportReport first, again;
    const double importSeconds = importOnce(&first);
    const double rssAfter = residentMb();
    const double reimportSeconds = importOnce(&again);
    if (first.activitiesCreated + first.activitiesExisting != rows || again.activitiesCreated != 0)
        qFatal("unexpected counts: %lld created, %lld existing; again %lld created",
               (long long)first.activitiesCreated, (long long)first.activitiesExisting,
               (long long)again.activitiesCreated);

    std::printf("%-40s %8.2f s %10.0f rows/s\n", "baseline: read the CSV alone", readSeconds,
                double(rows) / readSeconds);
    std::printf(
        "%-40s %8.2f s %10.0f rows/s  (%.1fx the baseline's time; target >= 500000 rows/s)\n",
        "import into a new project", importSeconds, double(rows) / importSeconds,
        importSeconds / readSeconds);
    std::printf("%-40s %8.2f s %10.0f rows/s  (all %lld rows already stored)\n",
                "re-import the same file", reimportSeconds, double(rows) / reimportSeconds,
                (long long)again.activitiesExisting);
    std::printf("people created %lld; activities created %lld\n", (long long)first.peopleCreated,
                (long long)first.activitiesCreated);
    std::printf("resident memory: %.0f MB before the import, %.0f MB after, peak %.0f MB (the CSV "
                "is %.0f MB)\n",
                rssBefore, rssAfter, peakMb(), double(QFileInfo(csv).size()) / 1e6);
    return 0;
}
