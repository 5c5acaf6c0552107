// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace rapport::storage {

/** Who holds a project file open, as written in the lock file beside it. */
struct LockInfo
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since; // UTC
    QString path;    // the lock file
    bool stale = false; // same host and the process is gone
};

/** Unsaved work left behind by a crash, found when the file is opened again. */
struct RecoveryInfo
{
    QString workingCopy; // the file that holds the unsaved work
    QDateTime lastChange; // UTC
};

/** Everything a ProjectFile needs from the outside world; tests pass temporary folders. */
struct ProjectEnvironment
{
    QString recoveryDir; // where working copies live (QStandardPaths::AppLocalDataLocation + "/recovery")
    QString userName;    // for lock files
    QString hostName;
    const model::Clock* clock = nullptr;
};

enum class OpenMode {
    ReadWrite, // take the lock; refuse with Locked if someone else holds it
    ReadOnly,  // no lock, no working copy, no saving
};
/** How much of the file open() reads before it says yes. */
enum class PageCheck {
    Full,     // PRAGMA quick_check over every page: for opening a file to work on
    Deferred, // header, schema version and size only; for callers that then read every row
              // and segment anyway (the engine loader), which report damage when they meet it
};
enum class RecoveryChoice {
    Ask,     // open() fails with RecoveryAvailable if there is unsaved work
    Recover, // continue from the unsaved work
    Discard, // throw the unsaved work away and start from the file
};

enum class FileError {
    None,
    NotFound,
    IsDirectory,
    Unreadable,
    NotSqlite,         // not an SQLite database at all
    NotRapport,        // SQLite, but another application's file
    TooNew,            // written by a newer Rapport (user_version > ours)
    Damaged,           // truncated or corrupt (integrity check failed)
    Locked,            // held by someone else (see lockInfo)
    RecoveryAvailable, // unsaved work exists (see recoveryInfo); open again with a choice
    ChangedOnDisk,     // save: someone else changed the file since we opened it
    ReadOnly,          // save on a read-only project
    WriteFailed,       // disk full, permission denied, ...
    MigrationFailed,
};

/** The outcome of an operation: on failure, a code and a one-line message that names the file. */
struct FileResult
{
    FileError error = FileError::None;
    QString message;
    std::optional<LockInfo> lockInfo;
    std::optional<RecoveryInfo> recoveryInfo;
    explicit operator bool() const { return error == FileError::None; }
};

/**
 * One open project file (`*.rapport`, an SQLite database).
 *
 * Edits never touch the file itself: a read-write project works on a working copy in the
 * recovery folder, which doubles as crash recovery. save() writes a new file beside the
 * original from the working copy, flushes it and renames it over the original, so the file
 * on disk is always either the old or the new project. A lock file beside the project
 * (`NAME.rapport.lock`) tells others who holds it.
 */
class ProjectFile
{
public:
    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    /** Creates a new, empty project at path (which must not exist) and opens it read-write. */
    static std::unique_ptr<ProjectFile> create(const QString& path, const ProjectEnvironment& env,
                                               FileResult* result);
    /** Opens an existing project; older schemas are migrated in the working copy (the file on
     *  disk is only replaced on save, after a backup copy `NAME.rapport.v<N>.bak`). */
    static std::unique_ptr<ProjectFile> open(const QString& path, const ProjectEnvironment& env,
                                             OpenMode mode, RecoveryChoice recovery,
                                             FileResult* result,
                                             PageCheck pageCheck = PageCheck::Full);
    /** Checks a file without opening it for work: the same refusals as open(). */
    static FileResult inspect(const QString& path);

    QString path() const;
    bool isReadOnly() const;
    bool hasUnsavedChanges() const;
    int schemaVersion() const;
    /** The connection edits and queries go through (the working copy, or the file when read-only). */
    QSqlDatabase database() const;
    /** A transaction whose commit marks the project as modified. */
    Transaction transaction();
    /** The clock that stamps this project's records (the environment's, else the system's). */
    const model::Clock& clock() const;
    /** Marks the project as modified after a change it did not commit through transaction()
     *  (on a second connection, or by code that runs its own transaction: ImportLog). */
    void markModified();

    /**
     * Another connection to this project's database, for long work on a worker thread (an
     * import): a Qt connection may only be used on the thread that opened it, so call this
     * on the worker and destroy the result there. It shares the working copy (SQLite
     * serialises the two connections' writes), holds no lock and cannot save; its commits
     * mark this project modified only once markModified() is called on this one.
     */
    std::unique_ptr<ProjectFile> openSecondConnection(FileResult* result) const;
    /**
     * Hands the project to another thread: closes its connection on this one. A project
     * opened on a worker (checking every page and copying a large file takes seconds) is
     * detached there and attached on the thread that works with it; in between it cannot
     * be used.
     */
    void detachConnection();
    /** Opens the connection again, on the calling thread, after detachConnection(). */
    FileResult attachConnection();

    /** Writes the project to its file atomically. Fails with ChangedOnDisk if the file was
     *  changed by someone else since it was opened or last saved (then offer saveCopy). */
    FileResult save();
    /** Saves to another path and continues there (takes that file's lock). */
    FileResult saveAs(const QString& path);
    /** Writes a copy to path; this project stays where it is. */
    FileResult saveCopy(const QString& path) const;
    /** Whether the file on disk differs from what we opened or last saved. */
    bool changedOnDisk() const;
    /** Closes now without asking, for a shutdown the user did not choose (the session ends,
     *  the system asks the application to stop): releases the lock, and keeps unsaved work
     *  in the recovery folder so the next open offers it, as after a crash. Without unsaved
     *  work it is an ordinary close. The object is unusable afterwards. */
    void closeKeepingUnsavedWork();
    /** Declares the working copy equal to the saved file again, for an undo stack that has
     *  undone every change since the save exactly (hasUnsavedChanges() turns false, and the
     *  recovery record no longer offers the working copy). */
    void markUnchangedSinceSave();

    /** Reads the lock file beside a project, if any. */
    static std::optional<LockInfo> readLock(const QString& projectPath);

private:
    struct Private;
    explicit ProjectFile(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace rapport::storage
