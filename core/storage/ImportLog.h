// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace rapport::storage {

/**
 * Records every change made on a connection from now on (SQLite's session extension), so
 * that an import can later be undone as one step: inverse() is the changeset that puts
 * every row back as it was. The import log itself is not recorded. Create it inside the
 * import's transaction, before its first write.
 */
class ChangeRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecorder)

public:
    explicit ChangeRecorder(const QSqlDatabase& db);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;

    /** False (with the reason) when the connection cannot record (not SQLite). */
    bool isActive(QString* error = nullptr) const;
    /** The inverse of everything recorded so far; empty with *error on failure. */
    QByteArray inverse(QString* error) const;
    /** Everything recorded so far, as a changeset (see Changeset.h); empty when nothing
     *  changed, or with *error on failure. */
    QByteArray changes(QString* error) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** One import kept for undo. */
struct ImportLogEntry
{
    qint64 key = 0;
    QDateTime at;
    QString file;
    QString format;
    QJsonObject summary; ///< the import's report (ImportReport::toJson)
    qint64 undoBytes = 0;
};

/** An import that was undone, with what it takes to make it again (ImportLog::redo). */
struct UndoneImport
{
    ImportLogEntry entry;
    QByteArray undo; ///< the entry's undo record as stored (compressed)
};

/**
 * The imports of a project, newest last, each with the changeset that undoes it (table
 * import_log). Only the newest import can be undone; undoing it applies its inverse
 * changeset in one transaction and removes it from the log. When the rows it changed have
 * been changed since (edited, merged, compacted), the undo is refused and names the table,
 * and nothing is changed.
 */
class ImportLog
{
    Q_DECLARE_TR_FUNCTIONS(ImportLog)

public:
    explicit ImportLog(QSqlDatabase db) : m_db(std::move(db)) {}

    /** Adds an import (inside the import's transaction). */
    bool record(const QDateTime& at, const QString& file, const QString& format,
                const QJsonObject& summary, const QByteArray& inverse, QString* error);
    QList<ImportLogEntry> list() const;
    /** Undoes the newest import; *undone describes it. False with *error, nothing changed.
     *  With redo, also keeps what ImportLog::redo needs to make the import again. */
    bool undoLatest(ImportLogEntry* undone, QString* error, UndoneImport* redo = nullptr);
    /**
     * Makes an undone import again, exactly (the same rows, ids and keys), and logs it anew
     * as the newest import (*key: its log key). Refused, naming the table, when a row it
     * would write has appeared since; then nothing is changed.
     */
    bool redo(const UndoneImport& undone, qint64* key, QString* error);

    /** The changes an import made (the inverse of its undo record): what a team workspace
     *  sends to the server. False with *error when the record is missing or damaged. */
    bool changesOf(qint64 key, QByteArray* changes, QString* error) const;
    /** The undo record of an undone import, unpacked (a changeset); false with *error when
     *  it is damaged. */
    static bool undoRecordOf(const UndoneImport& undone, QByteArray* inverse, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace rapport::storage
