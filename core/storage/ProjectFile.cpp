// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectFile.h"

#include "core/storage/AtomicFileWrite.h"
#include "core/storage/FileIdentity.h"
#include "core/storage/LockFile.h"
#include "core/storage/Migrator.h"
#include "core/storage/RecoveryRecord.h"
#include "core/storage/Schema.h"
#include "core/storage/SqliteFileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryFile>

namespace rapport::storage {

namespace {

// Rewrite the recovery sidecar at most this often while edits keep coming (it is always
// written when the project turns from clean to modified).
constexpr qint64 kSidecarRefreshSeconds = 5;

QString nameOf(const QString& path)
{
    return QFileInfo(path).fileName();
}

FileResult failure(FileError error, QString message)
{
    FileResult r;
    r.error = error;
    r.message = std::move(message);
    return r;
}

FileResult writeFailed(const QString& path, const QString& reason)
{
    return failure(FileError::WriteFailed,
                   QCoreApplication::translate("rapport::storage", "“%1” could not be written: %2.")
                       .arg(nameOf(path), reason));
}

FileResult lockedBy(const QString& path, const LockInfo& holder)
{
    FileResult r;
    r.error = FileError::Locked;
    r.lockInfo = holder;
    if (holder.user.isEmpty())
        r.message = QCoreApplication::translate(
                        "rapport::storage",
                        "“%1” is locked by someone else (%2); open it read-only or save a copy.")
                        .arg(nameOf(path), nameOf(holder.path));
    else
        r.message =
            QCoreApplication::translate(
                "rapport::storage",
                "“%1” is open by %2 on %3 since %4; open it read-only or save a copy.")
                .arg(nameOf(path), holder.user, holder.host,
                     holder.since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    return r;
}

/** Copies a project file into its working copy; *identity is the original as copied. */
bool copyToWorkingCopy(const QString& original, const QString& workingCopy, FileIdentity* identity,
                       QString* error)
{
    QFile in(original);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    // Identity and bytes come from the same open file, so they describe the same version.
    *identity = FileIdentity::ofDescriptor(in.handle());
    const QString part = workingCopy + QStringLiteral(".part");
    QFile out(part);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = out.errorString();
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (out.write(chunk) != chunk.size() ||
            (chunk.isEmpty() && in.error() != QFileDevice::NoError)) {
            *error = out.error() != QFileDevice::NoError ? out.errorString() : in.errorString();
            out.close();
            QFile::remove(part);
            return false;
        }
    }
    out.close();
    QFile::remove(workingCopy);
    if (!QFile::rename(part, workingCopy)) {
        *error = QStringLiteral("cannot rename %1").arg(part);
        QFile::remove(part);
        return false;
    }
    return true;
}

void removeWorkingFiles(const QString& workingCopy, const QString& sidecar)
{
    if (!workingCopy.isEmpty()) {
        QFile::remove(workingCopy);
        QFile::remove(workingCopy + QStringLiteral("-journal"));
    }
    if (!sidecar.isEmpty())
        QFile::remove(sidecar);
}

} // namespace

struct ProjectFile::Private
{
    QString path; // canonical
    ProjectEnvironment env;
    OpenMode mode = OpenMode::ReadWrite;
    QString connection;
    QString connectedFile; // what the connection opened, to open it again on another thread
    bool connectedReadOnly = false;
    bool secondary = false;       // a second connection (openSecondConnection): cannot save
    QString workingCopy;          // empty when the original itself is open read-only
    QString sidecar;              // empty for a private read-only copy
    bool ownsWorkingCopy = false; // remove working copy and sidecar on close
    bool lockHeld = false;
    FileIdentity identity; // the file on disk as opened or last saved
    bool dirty = false;
    int schemaVersion = 0;
    int migratedFrom = 0; // schema of the file on disk when the working copy was migrated
    quint32 cleanCounter = 0;
    QDateTime lastChange;
    QDateTime sidecarWrittenAt;

    ~Private() { close(); }

    const model::Clock& clock() const
    {
        static const model::SystemClock systemClock;
        return env.clock ? *env.clock : systemClock;
    }
    QString host() const
    {
        return env.hostName.isEmpty() ? QSysInfo::machineHostName() : env.hostName;
    }
    QSqlDatabase database() const { return QSqlDatabase::database(connection, false); }

    void close()
    {
        if (!connection.isEmpty())
            closeSqliteConnection(connection);
        connection.clear();
        if (ownsWorkingCopy)
            removeWorkingFiles(workingCopy, sidecar);
        ownsWorkingCopy = false;
        if (lockHeld)
            LockFile::release(path, host());
        lockHeld = false;
    }

    bool connect(const QString& file, bool readOnly, QString* error)
    {
        connection = uniqueConnectionName("project");
        connectedFile = file;
        connectedReadOnly = readOnly;
        if (openSqliteConnection(connection, file, readOnly, error))
            return true;
        connection.clear();
        return false;
    }

    bool writeSidecar()
    {
        if (sidecar.isEmpty())
            return true;
        RecoveryRecord record;
        record.original = path;
        record.originalIdentity = identity;
        record.dirty = dirty;
        record.lastChange = lastChange;
        record.cleanChangeCounter = cleanCounter;
        record.migratedFrom = migratedFrom;
        sidecarWrittenAt = clock().now();
        return record.write(sidecar, nullptr);
    }

    void markDirty()
    {
        lastChange = clock().now();
        const bool turnedDirty = !dirty;
        dirty = true;
        if (turnedDirty || !sidecarWrittenAt.isValid() ||
            sidecarWrittenAt.secsTo(lastChange) >= kSidecarRefreshSeconds)
            writeSidecar();
    }

    void markClean()
    {
        dirty = false;
        cleanCounter = sqliteChangeCounter(workingCopy);
        writeSidecar();
    }

    FileResult migrate(int fromVersion)
    {
        QString error;
        if (!migrateDatabase(database(), migrationSteps(), &error))
            return failure(FileError::MigrationFailed,
                           QCoreApplication::translate(
                               "rapport::storage", "“%1” could not be upgraded from schema %2: %3")
                               .arg(nameOf(path))
                               .arg(fromVersion)
                               .arg(error));
        schemaVersion = currentSchemaVersion();
        return {};
    }

    FileResult openReadOnly(int version);
    FileResult openReadWrite(int version, RecoveryChoice recovery);
    FileResult recover(const RecoveryRecord& record);
    FileResult save();
    FileResult backUpBeforeMigration();
};

FileResult ProjectFile::Private::openReadOnly(int version)
{
    identity = FileIdentity::of(path);
    QString error;
    if (version >= currentSchemaVersion()) {
        if (!connect(path, /*readOnly=*/true, &error))
            return failure(FileError::Damaged,
                           QCoreApplication::translate("rapport::storage", "“%1” is damaged: %2.")
                               .arg(nameOf(path), error));
        return {};
    }
    // An older file: the code expects the current schema, so read a private migrated copy.
    const QString folder = env.recoveryDir.isEmpty() ? QDir::tempPath() : env.recoveryDir;
    QDir().mkpath(folder);
    QTemporaryFile tmp(folder + QStringLiteral("/readonly-XXXXXX.rapport"));
    tmp.setAutoRemove(false);
    if (!tmp.open())
        return writeFailed(tmp.fileTemplate(), tmp.errorString());
    workingCopy = tmp.fileName();
    tmp.close();
    ownsWorkingCopy = true;
    FileIdentity copied;
    if (!copyToWorkingCopy(path, workingCopy, &copied, &error))
        return writeFailed(workingCopy, error);
    if (!connect(workingCopy, /*readOnly=*/false, &error))
        return failure(FileError::Damaged,
                       QCoreApplication::translate("rapport::storage", "“%1” is damaged: %2.")
                           .arg(nameOf(path), error));
    if (FileResult r = migrate(version); !r)
        return r;
    closeSqliteConnection(connection);
    if (!connect(workingCopy, /*readOnly=*/true, &error))
        return writeFailed(workingCopy, error);
    return {};
}

FileResult ProjectFile::Private::openReadWrite(int version, RecoveryChoice recovery)
{
    QString error;
    if (env.recoveryDir.isEmpty() || !QDir().mkpath(env.recoveryDir))
        return writeFailed(path,
                           QCoreApplication::translate("rapport::storage",
                                                       "the recovery folder “%1” cannot be created")
                               .arg(env.recoveryDir));
    LockInfo holder;
    switch (LockFile::acquire(path, env, &holder, &error)) {
    case LockFile::Outcome::Acquired:
        lockHeld = true;
        break;
    case LockFile::Outcome::HeldByOther:
        return lockedBy(path, holder);
    case LockFile::Outcome::Failed:
        return failure(FileError::WriteFailed,
                       QCoreApplication::translate(
                           "rapport::storage", "“%1” cannot be opened for editing: its lock file "
                                               "cannot be written (%2); open it read-only instead.")
                           .arg(nameOf(path), error));
    }
    // We hold the lock, so hidden temporary files beside the project are from a crashed save.
    removeLeftoverSaves(path);

    workingCopy = RecoveryRecord::workingCopyPath(env.recoveryDir, path);
    sidecar = RecoveryRecord::sidecarPath(env.recoveryDir, path);
    RecoveryRecord record;
    if (record.read(sidecar) && record.original == path && QFile::exists(workingCopy)) {
        const bool unsaved =
            record.dirty || sqliteChangeCounter(workingCopy) != record.cleanChangeCounter;
        if (unsaved && recovery == RecoveryChoice::Ask) {
            FileResult r;
            r.error = FileError::RecoveryAvailable;
            r.recoveryInfo = RecoveryInfo{workingCopy, record.lastChange};
            r.message = QCoreApplication::translate("rapport::storage",
                                                    "“%1” has unsaved changes from a session that "
                                                    "ended unexpectedly (last change %2).")
                            .arg(nameOf(path), record.lastChange.toUTC().toString(
                                                   QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            if (FileIdentity::of(path) != record.originalIdentity)
                r.message += QLatin1Char(' ') + QCoreApplication::translate(
                                                    "rapport::storage",
                                                    "The file has been changed on disk since then; "
                                                    "recovered work can only be saved as a copy.");
            return r;
        }
        if (unsaved && recovery == RecoveryChoice::Recover)
            return recover(record);
    }

    removeWorkingFiles(workingCopy, sidecar);
    ownsWorkingCopy = true;
    if (!copyToWorkingCopy(path, workingCopy, &identity, &error))
        return writeFailed(workingCopy, error);
    cleanCounter = sqliteChangeCounter(workingCopy);
    if (!connect(workingCopy, /*readOnly=*/false, &error))
        return failure(FileError::Damaged,
                       QCoreApplication::translate("rapport::storage", "“%1” is damaged: %2.")
                           .arg(nameOf(path), error));
    schemaVersion = version;
    if (version < currentSchemaVersion()) {
        if (FileResult r = migrate(version); !r)
            return r;
        migratedFrom = version;
        dirty = true;
        lastChange = clock().now();
    }
    writeSidecar();
    return {};
}

FileResult ProjectFile::Private::recover(const RecoveryRecord& record)
{
    int version = 0;
    if (FileResult check = checkProjectFile(workingCopy, &version, path); !check)
        return failure(
            FileError::Damaged,
            QCoreApplication::translate("rapport::storage",
                                        "The unsaved changes to “%1” cannot be recovered: %2")
                .arg(nameOf(path), check.message));
    QString error;
    if (!connect(workingCopy, /*readOnly=*/false, &error))
        return failure(
            FileError::Damaged,
            QCoreApplication::translate("rapport::storage",
                                        "The unsaved changes to “%1” cannot be recovered: %2.")
                .arg(nameOf(path), error));
    ownsWorkingCopy = true;
    identity = record.originalIdentity;
    cleanCounter = record.cleanChangeCounter;
    migratedFrom = record.migratedFrom;
    lastChange = record.lastChange;
    dirty = true;
    schemaVersion = version;
    if (version < currentSchemaVersion()) {
        if (FileResult r = migrate(version); !r) {
            ownsWorkingCopy = false; // keep the unsaved work for a later version to try again
            return r;
        }
    }
    writeSidecar();
    return {};
}

FileResult ProjectFile::Private::backUpBeforeMigration()
{
    if (migratedFrom <= 0 || !identity.exists)
        return {};
    QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(migratedFrom);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(migratedFrom).arg(n);
    QString error;
    if (!copyFileAtomically(path, backup, &error))
        return writeFailed(backup, error);
    return {};
}

FileResult ProjectFile::Private::save()
{
    if (secondary)
        return failure(FileError::ReadOnly,
                       QCoreApplication::translate("rapport::storage",
                                                   "“%1” is saved from its own window, not from "
                                                   "a second connection.")
                           .arg(nameOf(path)));
    if (mode == OpenMode::ReadOnly)
        return failure(FileError::ReadOnly,
                       QCoreApplication::translate("rapport::storage",
                                                   "“%1” is open read-only; save a copy instead.")
                           .arg(nameOf(path)));
    if (FileIdentity::of(path) != identity)
        return failure(FileError::ChangedOnDisk,
                       QCoreApplication::translate(
                           "rapport::storage", "“%1” was changed on disk by someone else since it "
                                               "was opened; save a copy to keep your changes.")
                           .arg(nameOf(path)));
    if (FileResult r = backUpBeforeMigration(); !r)
        return r;
    QString error;
    if (!writeSnapshot(database(), path, &error))
        return writeFailed(path, error);
    identity = FileIdentity::of(path);
    migratedFrom = 0;
    markClean();
    return {};
}

ProjectFile::ProjectFile(std::unique_ptr<Private> d) : d(std::move(d)) {}

ProjectFile::~ProjectFile() = default;

void ProjectFile::markUnchangedSinceSave()
{
    if (!isReadOnly())
        d->markClean();
}

void ProjectFile::closeKeepingUnsavedWork()
{
    if (hasUnsavedChanges())
        d->ownsWorkingCopy = false; // the recovery record stays with it
    d->close();
}

std::unique_ptr<ProjectFile> ProjectFile::create(const QString& path, const ProjectEnvironment& env,
                                                 FileResult* result)
{
    FileResult local;
    FileResult& r = result ? *result : local;
    r = {};
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        r = failure(FileError::WriteFailed,
                    QCoreApplication::translate("rapport::storage", "“%1” already exists.")
                        .arg(nameOf(path)));
        return nullptr;
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        r = writeFailed(
            path, QCoreApplication::translate("rapport::storage", "the folder does not exist"));
        return nullptr;
    }
    auto d = std::make_unique<Private>();
    d->path = canonicalProjectPath(path);
    d->env = env;
    QString error;
    if (env.recoveryDir.isEmpty() || !QDir().mkpath(env.recoveryDir)) {
        r = writeFailed(path, QCoreApplication::translate(
                                  "rapport::storage", "the recovery folder “%1” cannot be created")
                                  .arg(env.recoveryDir));
        return nullptr;
    }
    LockInfo holder;
    switch (LockFile::acquire(d->path, env, &holder, &error)) {
    case LockFile::Outcome::Acquired:
        d->lockHeld = true;
        break;
    case LockFile::Outcome::HeldByOther:
        r = lockedBy(d->path, holder);
        return nullptr;
    case LockFile::Outcome::Failed:
        r = writeFailed(path, error);
        return nullptr;
    }
    d->workingCopy = RecoveryRecord::workingCopyPath(env.recoveryDir, d->path);
    d->sidecar = RecoveryRecord::sidecarPath(env.recoveryDir, d->path);
    removeWorkingFiles(d->workingCopy, d->sidecar);
    d->ownsWorkingCopy = true;
    if (!d->connect(d->workingCopy, /*readOnly=*/false, &error)) {
        r = writeFailed(d->workingCopy, error);
        return nullptr;
    }
    {
        QSqlQuery q(d->database());
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
            r = writeFailed(d->workingCopy, q.lastError().databaseText());
            return nullptr;
        }
    }
    if (r = d->migrate(0); !r)
        return nullptr;
    d->identity = FileIdentity{}; // nothing on disk yet: save() expects no file there
    d->dirty = true;
    d->lastChange = d->clock().now();
    if (r = d->save(); !r)
        return nullptr;
    return std::unique_ptr<ProjectFile>(new ProjectFile(std::move(d)));
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString& path, const ProjectEnvironment& env,
                                               OpenMode mode, RecoveryChoice recovery,
                                               FileResult* result, PageCheck pageCheck)
{
    FileResult local;
    FileResult& r = result ? *result : local;
    int version = 0;
    r = checkProjectFile(path, &version, {}, pageCheck == PageCheck::Full);
    if (!r)
        return nullptr;
    auto d = std::make_unique<Private>();
    d->path = canonicalProjectPath(path);
    d->env = env;
    d->mode = mode;
    d->schemaVersion = version;
    r = mode == OpenMode::ReadOnly ? d->openReadOnly(version) : d->openReadWrite(version, recovery);
    if (!r)
        return nullptr; // ~Private closes, removes what it made and releases the lock
    return std::unique_ptr<ProjectFile>(new ProjectFile(std::move(d)));
}

FileResult ProjectFile::inspect(const QString& path)
{
    return checkProjectFile(path);
}

QString ProjectFile::path() const
{
    return d->path;
}

bool ProjectFile::isReadOnly() const
{
    return d->mode == OpenMode::ReadOnly;
}

bool ProjectFile::hasUnsavedChanges() const
{
    return d->dirty;
}

int ProjectFile::schemaVersion() const
{
    return d->schemaVersion;
}

QSqlDatabase ProjectFile::database() const
{
    return d->database();
}

Transaction ProjectFile::transaction()
{
    if (d->mode == OpenMode::ReadOnly)
        return Transaction(d->database());
    Private* p = d.get();
    return Transaction(d->database(), [p] { p->markDirty(); });
}

const model::Clock& ProjectFile::clock() const
{
    return d->clock();
}

void ProjectFile::markModified()
{
    if (d->mode == OpenMode::ReadWrite && !d->secondary)
        d->markDirty();
}

std::unique_ptr<ProjectFile> ProjectFile::openSecondConnection(FileResult* result) const
{
    FileResult local;
    FileResult& r = result ? *result : local;
    r = {};
    auto second = std::make_unique<Private>();
    second->path = d->path;
    second->env = d->env;
    second->mode = d->mode;
    second->secondary = true;
    second->workingCopy = d->workingCopy; // not owned: the first connection removes it
    second->schemaVersion = d->schemaVersion;
    QString error;
    if (d->connectedFile.isEmpty() ||
        !second->connect(d->connectedFile, d->connectedReadOnly, &error)) {
        r = failure(FileError::Unreadable,
                    QCoreApplication::translate("rapport::storage",
                                                "“%1” cannot be opened a second time: %2.")
                        .arg(nameOf(d->path), error));
        return nullptr;
    }
    return std::unique_ptr<ProjectFile>(new ProjectFile(std::move(second)));
}

void ProjectFile::detachConnection()
{
    if (!d->connection.isEmpty())
        closeSqliteConnection(d->connection);
    d->connection.clear();
}

FileResult ProjectFile::attachConnection()
{
    if (!d->connection.isEmpty())
        return {};
    QString error;
    if (!d->connect(d->connectedFile, d->connectedReadOnly, &error))
        return failure(FileError::Unreadable,
                       QCoreApplication::translate("rapport::storage", "“%1” cannot be opened: %2.")
                           .arg(nameOf(d->path), error));
    return {};
}

FileResult ProjectFile::save()
{
    return d->save();
}

FileResult ProjectFile::saveAs(const QString& newPath)
{
    if (d->mode == OpenMode::ReadOnly || d->secondary)
        return d->save(); // the same refusal
    const QString target = canonicalProjectPath(newPath);
    if (target == d->path)
        return d->save();
    QString error;
    LockInfo holder;
    switch (LockFile::acquire(target, d->env, &holder, &error)) {
    case LockFile::Outcome::Acquired:
        break;
    case LockFile::Outcome::HeldByOther:
        return lockedBy(target, holder);
    case LockFile::Outcome::Failed:
        return writeFailed(target, error);
    }
    if (!writeSnapshot(d->database(), target, &error)) {
        LockFile::release(target, d->host());
        return writeFailed(target, error);
    }
    // Continue at the new path: its lock, and a working copy named after it.
    LockFile::release(d->path, d->host());
    closeSqliteConnection(d->connection);
    d->connection.clear();
    const QString workingCopy = RecoveryRecord::workingCopyPath(d->env.recoveryDir, target);
    const QString sidecar = RecoveryRecord::sidecarPath(d->env.recoveryDir, target);
    removeWorkingFiles(workingCopy, sidecar);
    if (QFile::rename(d->workingCopy, workingCopy)) {
        QFile::remove(d->sidecar);
        d->workingCopy = workingCopy;
        d->sidecar = sidecar;
    }
    d->path = target;
    d->identity = FileIdentity::of(target);
    d->migratedFrom = 0;
    if (!d->connect(d->workingCopy, /*readOnly=*/false, &error))
        return writeFailed(d->workingCopy, error);
    d->markClean();
    return {};
}

FileResult ProjectFile::saveCopy(const QString& path) const
{
    const QString target = canonicalProjectPath(path);
    if (target == d->path)
        return failure(FileError::WriteFailed,
                       QCoreApplication::translate(
                           "rapport::storage", "“%1” is this project's own file; use Save instead.")
                           .arg(nameOf(path)));
    if (const std::optional<LockInfo> holder = LockFile::read(target, d->host());
        holder && !holder->stale)
        return lockedBy(target, *holder);
    QString error;
    if (!writeSnapshot(d->database(), target, &error))
        return writeFailed(target, error);
    return {};
}

bool ProjectFile::changedOnDisk() const
{
    return FileIdentity::of(d->path) != d->identity;
}

std::optional<LockInfo> ProjectFile::readLock(const QString& projectPath)
{
    return LockFile::read(canonicalProjectPath(projectPath), QSysInfo::machineHostName());
}

} // namespace rapport::storage
