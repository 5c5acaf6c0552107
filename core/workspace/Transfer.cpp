// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Transfer.h"

#include "core/workspace/WorkspaceChangeLog.h"

#include "core/storage/AtomicFileWrite.h"
#include "core/storage/Migrator.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepositorySqlite.h"
#include "core/storage/Schema.h"
#include "core/storage/SqliteFileCheck.h"
#include "core/workspace/PgCopy.h"
#include "core/workspace/ProjectTables.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cmath>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace rapport::workspace {

using detail::CopyField;
using detail::CopyIn;
using detail::CopyOut;
using detail::PgConnection;
using detail::quoteIdentifier;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::workspace::Transfer", text);
}

QString typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer: return QStringLiteral("INTEGER");
    case ColumnType::Real: return QStringLiteral("REAL");
    case ColumnType::Text: return QStringLiteral("TEXT");
    case ColumnType::Blob: return QStringLiteral("BLOB");
    }
    return {};
}

// --- the canonical encoding --------------------------------------------------------------

/** One value of a row, by its column's type. */
struct Cell
{
    enum Kind : char { Null = 0, Integer = 1, Real = 2, Text = 3, Blob = 4 } kind = Null;
    std::int64_t integer = 0;
    double real = 0;
    const char* data = nullptr;
    std::int64_t size = 0;
};

/** BLAKE2b-256 of one table's rows, encoded canonically (see ContentHash). */
class TableHasher
{
public:
    void add(const Cell& c)
    {
        m_buffer.append(char(c.kind));
        switch (c.kind) {
        case Cell::Null: break;
        case Cell::Integer: appendLe(std::uint64_t(c.integer)); break;
        case Cell::Real: {
            const double v = c.real == 0 ? 0.0 : c.real; // -0 and 0 are one value
            std::uint64_t bits;
            std::memcpy(&bits, &v, 8);
            appendLe(bits);
            break;
        }
        case Cell::Text:
        case Cell::Blob:
            appendLe(std::uint64_t(c.size));
            if (c.size >= kChunk) {
                flush();
                m_hash.addData(QByteArrayView(c.data, qsizetype(c.size)));
            } else {
                m_buffer.append(c.data, qsizetype(c.size));
            }
            break;
        }
        if (m_buffer.size() >= kChunk)
            flush();
    }
    void endRow() { ++m_rows; }
    TableContent result(const QString& table)
    {
        flush();
        return {table, m_rows, m_hash.result()};
    }

private:
    static constexpr qsizetype kChunk = 1 << 16;
    void appendLe(std::uint64_t v)
    {
        char b[8];
        for (int i = 0; i < 8; ++i)
            b[i] = char(v >> (8 * i));
        m_buffer.append(b, 8);
    }
    void flush()
    {
        m_hash.addData(m_buffer);
        m_buffer.clear();
    }
    QCryptographicHash m_hash{QCryptographicHash::Blake2b_256};
    QByteArray m_buffer;
    std::int64_t m_rows = 0;
};

QByteArray totalOf(const QList<TableContent>& tables)
{
    QCryptographicHash total(QCryptographicHash::Blake2b_256);
    for (const TableContent& t : tables) {
        total.addData(t.table.toUtf8());
        total.addData(QByteArrayView("\0", 1));
        char b[8];
        for (int i = 0; i < 8; ++i)
            b[i] = char(std::uint64_t(t.rows) >> (8 * i));
        total.addData(QByteArrayView(b, 8));
        total.addData(t.hash);
    }
    return total.result();
}

// --- progress and cancel ------------------------------------------------------------------

class Ticker
{
public:
    Ticker(const TransferProgress& progress, const std::atomic_bool* cancel) : m_progress(progress), m_cancel(cancel) {}
    void setTotal(std::int64_t total) { m_total = total; }
    void setWhat(const QString& what)
    {
        m_what = what;
        report();
    }
    /** One row done; false once cancelled. */
    bool row()
    {
        if (++m_done % 4096 != 0)
            return true;
        report();
        return !cancelled();
    }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void report() const
    {
        if (m_progress)
            m_progress(m_done, std::max(m_total, m_done), m_what); // the total may be an estimate
    }

private:
    const TransferProgress& m_progress;
    const std::atomic_bool* m_cancel;
    std::int64_t m_done = 0;
    std::int64_t m_total = 0;
    QString m_what;
};

// --- SQLite side ---------------------------------------------------------------------------

class Statement
{
public:
    Statement(sqlite3* db, const QString& sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return m_ok; }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
};

QString sqliteError(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

QString orderBy(const ProjectTable& t, bool postgres)
{
    QStringList keys;
    for (const QString& k : t.primaryKey) {
        bool text = false;
        for (const TableColumn& c : t.columns)
            text = text || (c.name == k && c.type == ColumnType::Text);
        // Byte order on both sides: SQLite's BINARY collation, PostgreSQL's "C".
        keys << (postgres && text ? quoteIdentifier(k) + QStringLiteral(" COLLATE \"C\"") : quoteIdentifier(k));
    }
    return keys.join(QStringLiteral(", "));
}

QString sqliteSelect(const ProjectTable& t)
{
    QStringList columns;
    for (const TableColumn& c : t.columns)
        columns << quoteIdentifier(c.name);
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columns.join(QStringLiteral(", ")), quoteIdentifier(t.name), orderBy(t, false));
}

/** Reads column i of the current row as its schema type; false if the value cannot be one. */
bool sqliteCell(sqlite3_stmt* s, int i, ColumnType type, Cell* cell)
{
    const int stored = sqlite3_column_type(s, i);
    if (stored == SQLITE_NULL) {
        cell->kind = Cell::Null;
        return true;
    }
    switch (type) {
    case ColumnType::Integer:
        if (stored == SQLITE_INTEGER) {
            cell->kind = Cell::Integer;
            cell->integer = sqlite3_column_int64(s, i);
            return true;
        }
        if (stored == SQLITE_FLOAT) {
            const double d = sqlite3_column_double(s, i);
            if (d == std::trunc(d) && std::abs(d) < 9.0e18) {
                cell->kind = Cell::Integer;
                cell->integer = std::int64_t(d);
                return true;
            }
        }
        return false;
    case ColumnType::Real:
        if (stored != SQLITE_INTEGER && stored != SQLITE_FLOAT)
            return false;
        cell->kind = Cell::Real;
        cell->real = sqlite3_column_double(s, i);
        return true;
    case ColumnType::Text:
        if (stored != SQLITE_TEXT)
            return false;
        cell->kind = Cell::Text;
        cell->data = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
        cell->size = sqlite3_column_bytes(s, i);
        return true;
    case ColumnType::Blob:
        if (stored != SQLITE_BLOB && stored != SQLITE_TEXT)
            return false;
        cell->kind = Cell::Blob;
        cell->data = static_cast<const char*>(sqlite3_column_blob(s, i));
        cell->size = sqlite3_column_bytes(s, i);
        return true;
    }
    return false;
}

QString storedName(int stored)
{
    switch (stored) {
    case SQLITE_INTEGER: return QStringLiteral("INTEGER");
    case SQLITE_FLOAT: return QStringLiteral("REAL");
    case SQLITE_TEXT: return QStringLiteral("TEXT");
    case SQLITE_BLOB: return QStringLiteral("BLOB");
    default: return QStringLiteral("NULL");
    }
}

/** Calls row(cells) for each row of t in key order; false with *error. */
bool forEachSqliteRow(sqlite3* db, const ProjectTable& t, const std::function<bool(const std::vector<Cell>&)>& row,
                      QString* error)
{
    Statement s(db, sqliteSelect(t));
    if (!s.ok()) {
        *error = tr("table %1: %2").arg(t.name, sqliteError(db));
        return false;
    }
    std::vector<Cell> cells(std::size_t(t.columns.size()));
    std::int64_t index = 0;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        ++index;
        for (int i = 0; i < int(cells.size()); ++i) {
            if (!sqliteCell(s.get(), i, t.columns[i].type, &cells[std::size_t(i)])) {
                *error = tr("table %1, row %2: the column %3 holds a %4 value where the schema has %5")
                             .arg(t.name)
                             .arg(index)
                             .arg(t.columns[i].name, storedName(sqlite3_column_type(s.get(), i)),
                                  typeName(t.columns[i].type));
                return false;
            }
        }
        if (!row(cells))
            return false;
    }
    if (rc != SQLITE_DONE) {
        *error = tr("table %1: %2").arg(t.name, sqliteError(db));
        return false;
    }
    return true;
}

bool sqliteContent(sqlite3* db, ContentHash* hash, QString* error)
{
    hash->tables.clear();
    for (const ProjectTable& t : projectTables()) {
        TableHasher hasher;
        const bool ok = forEachSqliteRow(db, t, [&](const std::vector<Cell>& cells) {
            for (const Cell& c : cells)
                hasher.add(c);
            hasher.endRow();
            return true;
        }, error);
        if (!ok)
            return false;
        hash->tables.append(hasher.result(t.name));
    }
    hash->total = totalOf(hash->tables);
    return true;
}

// --- PostgreSQL side ------------------------------------------------------------------------

QString pgSelect(const ProjectTable& t)
{
    QStringList columns;
    for (const TableColumn& c : t.columns) {
        static const char* const kCasts[] = {"bigint", "double precision", "text", "bytea"};
        columns << quoteIdentifier(c.name) + QStringLiteral("::") + QLatin1String(kCasts[int(c.type)]);
    }
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columns.join(QStringLiteral(", ")), quoteIdentifier(t.name), orderBy(t, true));
}

void pgCell(const CopyField& f, ColumnType type, Cell* cell)
{
    if (f.isNull()) {
        cell->kind = Cell::Null;
        return;
    }
    switch (type) {
    case ColumnType::Integer: cell->kind = Cell::Integer; cell->integer = f.int64(); return;
    case ColumnType::Real: cell->kind = Cell::Real; cell->real = f.float64(); return;
    case ColumnType::Text: cell->kind = Cell::Text; break;
    case ColumnType::Blob: cell->kind = Cell::Blob; break;
    }
    cell->data = f.data;
    cell->size = f.size;
}

/** Calls row(cells) for each row of t on the server, in key order. */
bool forEachPgRow(PgConnection& pg, const ProjectTable& t, const std::function<bool(const std::vector<Cell>&)>& row,
                  std::int64_t* bytes, QString* error)
{
    CopyOut copy(pg);
    if (!copy.start(pgSelect(t), error)) {
        *error = tr("table %1: %2").arg(t.name, *error);
        return false;
    }
    std::vector<Cell> cells(std::size_t(t.columns.size()));
    while (copy.next()) {
        if (copy.columns() != int(cells.size())) {
            *error = tr("table %1: the server sent %2 columns instead of %3").arg(t.name).arg(copy.columns()).arg(cells.size());
            return false;
        }
        for (int i = 0; i < int(cells.size()); ++i)
            pgCell(copy.field(i), t.columns[i].type, &cells[std::size_t(i)]);
        if (!row(cells))
            return false;
    }
    if (bytes)
        *bytes += copy.bytes();
    if (copy.failed()) {
        *error = tr("table %1: %2").arg(t.name, copy.error());
        return false;
    }
    return true;
}

bool pgContent(PgConnection& pg, ContentHash* hash, QString* error)
{
    hash->tables.clear();
    for (const ProjectTable& t : projectTables()) {
        TableHasher hasher;
        const bool ok = forEachPgRow(pg, t, [&](const std::vector<Cell>& cells) {
            for (const Cell& c : cells)
                hasher.add(c);
            hasher.endRow();
            return true;
        }, nullptr, error);
        if (!ok)
            return false;
        hash->tables.append(hasher.result(t.name));
    }
    hash->total = totalOf(hash->tables);
    return true;
}

/** The workspace's schema version, or −1 with *error; 0 for a database without Rapport. */
int pgSchemaVersion(PgConnection& pg, QString* error)
{
    bool ok = false;
    const auto exists = pg.value(QStringLiteral("SELECT to_regclass('rapport_schema') IS NOT NULL"), &ok, error);
    if (!ok)
        return -1;
    if (exists != QLatin1String("t"))
        return 0;
    const auto version = pg.value(QStringLiteral("SELECT version FROM rapport_schema"), &ok, error);
    if (!ok)
        return -1;
    return version ? version->toInt() : 0;
}

/** People in the workspace's project if it holds one (any table with rows), else 0 and
 *  *holdsProject false. Tables not created yet count as empty. */
bool pgHoldsProject(PgConnection& pg, bool* holdsProject, std::int64_t* people, QString* error)
{
    bool ok = false;
    // EXISTS on a table that is missing would fail at parse time: probe per table.
    *holdsProject = false;
    for (const ProjectTable& t : projectTables()) {
        const auto present = pg.value(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(t.name), &ok, error);
        if (!ok)
            return false;
        if (present != QLatin1String("t"))
            continue;
        const auto rows = pg.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(quoteIdentifier(t.name)), &ok, error);
        if (!ok)
            return false;
        if (rows == QLatin1String("t")) {
            *holdsProject = true;
            break;
        }
    }
    *people = 0;
    if (*holdsProject) {
        const auto n = pg.value(QStringLiteral("SELECT CASE WHEN to_regclass('people') IS NULL THEN 0 ELSE "
                                               "(SELECT COUNT(*) FROM people) END"),
                                &ok, error);
        if (!ok)
            return false;
        *people = n ? n->toLongLong() : 0;
    }
    return true;
}

QString compareContents(const ContentHash& source, const ContentHash& destination)
{
    for (qsizetype i = 0; i < source.tables.size(); ++i) {
        const TableContent& a = source.tables[i];
        const TableContent b = i < destination.tables.size() ? destination.tables[i] : TableContent{};
        if (a.rows != b.rows)
            return tr("table %1 has %2 rows on the source and %3 on the destination").arg(a.table).arg(a.rows).arg(b.rows);
        if (a.hash != b.hash)
            return tr("table %1 holds different content on the source and on the destination").arg(a.table);
    }
    return {};
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// --- publish ----------------------------------------------------------------------------

/** The rows of one table into the server with COPY; the source's hash on the way. */
bool copyTableIn(sqlite3* db, PgConnection& pg, const ProjectTable& t, Ticker& ticker, TableContent* content,
                 std::int64_t* bytes, QString* error)
{
    QStringList columns;
    for (const TableColumn& c : t.columns)
        columns << quoteIdentifier(c.name);
    CopyIn copy(pg);
    // FREEZE: the table was emptied in this transaction, so the rows go in already frozen and
    // the first readers do not rewrite every page to set hint bits.
    if (!copy.start(QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT binary, FREEZE)")
                        .arg(quoteIdentifier(t.name), columns.join(QStringLiteral(", "))),
                    error)) {
        *error = tr("table %1: %2").arg(t.name, *error);
        return false;
    }
    TableHasher hasher;
    bool cancelled = false;
    const bool read = forEachSqliteRow(db, t, [&](const std::vector<Cell>& cells) {
        copy.beginRow(int(cells.size()));
        for (const Cell& c : cells) {
            hasher.add(c);
            switch (c.kind) {
            case Cell::Null: copy.addNull(); break;
            case Cell::Integer: copy.addInt64(c.integer); break;
            case Cell::Real: copy.addFloat64(c.real); break;
            case Cell::Text:
            case Cell::Blob: copy.addBytes(c.data, c.size); break;
            }
        }
        hasher.endRow();
        if (!copy.flushIfFull(error)) {
            *error = tr("table %1: %2").arg(t.name, *error);
            return false;
        }
        cancelled = !ticker.row();
        return !cancelled;
    }, error);
    if (!read) {
        copy.abort();
        if (cancelled)
            *error = tr("the transfer was cancelled");
        return false;
    }
    if (!copy.finish(error)) {
        *error = tr("table %1: %2").arg(t.name, *error);
        return false;
    }
    *bytes += copy.bytes();
    *content = hasher.result(t.name);
    return true;
}

/** Keys of AUTOINCREMENT tables are never reused: the file's sqlite_sequence, by table. */
QHash<QString, std::int64_t> sqliteSequences(sqlite3* db)
{
    QHash<QString, std::int64_t> sequences;
    Statement s(db, QStringLiteral("SELECT name, seq FROM sqlite_sequence"));
    if (!s.ok())
        return sequences; // no AUTOINCREMENT table has had a row yet
    while (sqlite3_step(s.get()) == SQLITE_ROW)
        sequences.insert(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 0))),
                         sqlite3_column_int64(s.get(), 1));
    return sequences;
}

WorkspaceResult publishInto(sqlite3* db, PgConnection& pg, const WorkspaceAddress& address, const PublishOptions& options,
                            TransferReport* report)
{
    const auto failure = [&](const QString& why) {
        return WorkspaceResult::failure(tr("Cannot publish to %1: %2").arg(address.toUrl(), why));
    };
    QString error;
    Ticker ticker(options.progress, options.cancel);
    std::int64_t total = 0;
    for (const ProjectTable& t : projectTables()) {
        Statement count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoteIdentifier(t.name)));
        if (!count.ok() || sqlite3_step(count.get()) != SQLITE_ROW)
            return failure(tr("table %1 of the file: %2").arg(t.name, sqliteError(db)));
        total += sqlite3_column_int64(count.get(), 0);
    }
    ticker.setTotal(total);

    if (!pg.exec(QStringLiteral("BEGIN"), &error))
        return failure(error);
    const auto rollBack = [&](const QString& why) {
        QString ignored;
        pg.exec(QStringLiteral("ROLLBACK"), &ignored);
        return failure(why);
    };
    // The change log's triggers (pg-sync) return at once in this session: a publish is not
    // twenty million edits. Writers wait until the publish is done; readers see the old state.
    QStringList names;
    for (const ProjectTable& t : projectTables())
        names << quoteIdentifier(t.name);
    if (!pg.exec(QStringLiteral("SET LOCAL rapport.bulk_load = 'on'"), &error)
        || !pg.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(names.join(QStringLiteral(", "))), &error))
        return rollBack(error);
    bool holds = false;
    std::int64_t people = 0;
    if (!pgHoldsProject(pg, &holds, &people, &error))
        return rollBack(error);
    if (holds && !options.replace)
        return rollBack(tr("the workspace already holds a project with %1 people; publish with --replace to replace it")
                            .arg(people));
    if (holds)
        report->replacedPeople = people;

    // Checking foreign keys row by row and growing indexes row by row is what makes a bulk
    // load slow: the foreign keys, UNIQUE constraints and plain indexes of the project tables
    // go for the load and come back afterwards (the same definitions and names; adding a
    // foreign key checks every row at once, a UNIQUE constraint sorts once). All of it is in
    // the transaction: a failure brings them back as they were. Primary keys stay.
    QStringList regclasses;
    for (const ProjectTable& t : projectTables())
        regclasses << QStringLiteral("'%1'::regclass").arg(quoteIdentifier(t.name));
    const QString tableSet = QStringLiteral("ARRAY[%1]").arg(regclasses.join(QStringLiteral(", ")));
    QStringList dropStatements, restoreIndexes, restoreKeys;
    const bool listed =
        pg.rows(QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype FROM pg_constraint "
                               "WHERE contype IN ('f', 'u') AND conrelid = ANY (%1) ORDER BY contype, oid")
                    .arg(tableSet),
                [&](const QStringList& row) {
                    // Foreign keys go first and come back last; UNIQUE constraints (not primary
                    // keys, which grow in key order anyway) come back by sorting once.
                    dropStatements << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(row[0], quoteIdentifier(row[1]));
                    const QString add = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(row[0], quoteIdentifier(row[1]), row[2]);
                    if (row[3] == u"f")
                        restoreKeys << add;
                    else
                        restoreIndexes.prepend(add);
                },
                &error)
        && pg.rows(QStringLiteral("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                                  "WHERE i.indrelid = ANY (%1) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE "
                                  "c.conindid = i.indexrelid) ORDER BY i.indexrelid")
                       .arg(tableSet),
                   [&](const QStringList& row) {
                       dropStatements << QStringLiteral("DROP INDEX %1").arg(row[0]);
                       restoreIndexes << row[1];
                   },
                   &error);
    if (!listed || !pg.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"), &error))
        return rollBack(error);
    for (const QString& sql : std::as_const(dropStatements))
        if (!pg.exec(sql, &error))
            return rollBack(error);
    if (!pg.exec(QStringLiteral("TRUNCATE %1").arg(names.join(QStringLiteral(", "))), &error))
        return rollBack(error);

    ContentHash source;
    for (const ProjectTable& t : projectTables()) {
        ticker.setWhat(t.name);
        TableContent content;
        if (!copyTableIn(db, pg, t, ticker, &content, &report->bytes, &error))
            return rollBack(error);
        source.tables.append(content);
    }
    source.total = totalOf(source.tables);
    ticker.setWhat(tr("indexing"));
    for (const QString& sql : restoreIndexes + restoreKeys)
        if (!pg.exec(sql, &error))
            return rollBack(error);

    // Identity sequences past the largest key (and past the file's AUTOINCREMENT high-water
    // mark, so a key deleted in the file is not handed out again).
    const QHash<QString, std::int64_t> sequences = sqliteSequences(db);
    for (const ProjectTable& t : projectTables()) {
        if (t.keyColumn.isEmpty())
            continue;
        const QString floor = sequences.contains(t.name) ? QString::number(sequences.value(t.name)) : QStringLiteral("NULL");
        const QString sql = QStringLiteral(
            "SELECT setval(pg_get_serial_sequence('%1', '%2'), v) FROM (SELECT GREATEST(MAX(%3), %4) AS v FROM %5) m "
            "WHERE v >= 1 AND pg_get_serial_sequence('%1', '%2') IS NOT NULL")
                                .arg(t.name, t.keyColumn, quoteIdentifier(t.keyColumn), floor, quoteIdentifier(t.name));
        if (!pg.exec(sql, &error))
            return rollBack(tr("table %1: %2").arg(t.name, error));
    }

    ticker.setWhat(tr("verifying"));
    if (ticker.cancelled())
        return rollBack(tr("the transfer was cancelled"));
    ContentHash written;
    if (!pgContent(pg, &written, &error))
        return rollBack(error);
    if (const QString difference = compareContents(source, written); !difference.isEmpty())
        return rollBack(tr("the check after copying failed: %1").arg(difference));
    if (ticker.cancelled())
        return rollBack(tr("the transfer was cancelled"));
    // The load was not logged row by row: copies open on the old project read the new one
    // again rather than catch up (WorkspaceChangeLog's horizon).
    if (holds) {
        for (const QString& statement : WorkspaceChangeLog::replacedStatements())
            if (!pg.exec(statement, &error))
                return rollBack(error);
    }
    if (!pg.exec(QStringLiteral("COMMIT"), &error))
        return failure(error);
    report->content = source;
    // Fresh statistics, so the first queries on the workspace are planned for its real size.
    ticker.setWhat(tr("analysing"));
    pg.exec(QStringLiteral("ANALYZE %1").arg(names.join(QStringLiteral(", "))), &error);
    return WorkspaceResult::success();
}

// --- pull --------------------------------------------------------------------------------

bool bindCell(sqlite3_stmt* s, int i, const Cell& c)
{
    switch (c.kind) {
    case Cell::Null: return sqlite3_bind_null(s, i) == SQLITE_OK;
    case Cell::Integer: return sqlite3_bind_int64(s, i, c.integer) == SQLITE_OK;
    case Cell::Real: return sqlite3_bind_double(s, i, c.real) == SQLITE_OK;
    case Cell::Text: return sqlite3_bind_text64(s, i, c.data, sqlite3_uint64(c.size), SQLITE_STATIC, SQLITE_UTF8) == SQLITE_OK;
    case Cell::Blob: return sqlite3_bind_blob64(s, i, c.data, sqlite3_uint64(c.size), SQLITE_STATIC) == SQLITE_OK;
    }
    return false;
}

bool copyTableOut(PgConnection& pg, sqlite3* db, const ProjectTable& t, Ticker& ticker, TableContent* content,
                  std::int64_t* bytes, QString* error)
{
    QStringList columns, marks;
    for (const TableColumn& c : t.columns) {
        columns << quoteIdentifier(c.name);
        marks << QStringLiteral("?");
    }
    Statement insert(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(quoteIdentifier(t.name), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    if (!insert.ok()) {
        *error = tr("table %1: %2").arg(t.name, sqliteError(db));
        return false;
    }
    TableHasher hasher;
    bool cancelled = false;
    const bool ok = forEachPgRow(pg, t, [&](const std::vector<Cell>& cells) {
        for (int i = 0; i < int(cells.size()); ++i) {
            hasher.add(cells[std::size_t(i)]);
            bindCell(insert.get(), i + 1, cells[std::size_t(i)]);
        }
        hasher.endRow();
        if (sqlite3_step(insert.get()) != SQLITE_DONE) {
            *error = tr("table %1: %2").arg(t.name, sqliteError(db));
            sqlite3_reset(insert.get());
            return false;
        }
        sqlite3_reset(insert.get());
        cancelled = !ticker.row();
        return !cancelled;
    }, bytes, error);
    if (!ok) {
        if (cancelled)
            *error = tr("the transfer was cancelled");
        return false;
    }
    *content = hasher.result(t.name);
    return true;
}

/** fsync the file, rename it over target, fsync the folder. */
bool moveIntoPlace(const QString& tmp, const QString& target, QString* error)
{
    const int fd = ::open(QFile::encodeName(tmp).constData(), O_RDWR | O_CLOEXEC);
    bool ok = fd >= 0 && ::fsync(fd) == 0;
    if (!ok)
        *error = qt_error_string(errno);
    if (fd >= 0)
        ::close(fd);
    if (ok && ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) != 0) {
        ok = false;
        *error = qt_error_string(errno);
    }
    return ok && storage::syncFolder(QFileInfo(target).absolutePath(), error);
}

WorkspaceResult pullInto(PgConnection& pg, const WorkspaceAddress& address, const QString& tmp, TransferReport* report,
                         const TransferProgress& progress, const std::atomic_bool* cancel, const QString& name)
{
    const auto failure = [&](const QString& why) {
        return WorkspaceResult::failure(tr("Cannot pull %1 into %2: %3").arg(address.toUrl(), name, why));
    };
    QString error;
    const int version = pgSchemaVersion(pg, &error);
    if (version < 0)
        return failure(error);
    if (version == 0)
        return failure(tr("the database holds no Rapport workspace"));
    if (version > storage::currentSchemaVersion())
        return failure(tr("the workspace was written by a newer Rapport (schema %1). Update Rapport to pull it.").arg(version));
    if (version < storage::currentSchemaVersion())
        return failure(tr("the workspace is at an older schema (%1); its owner brings it up to date by publishing the project to it again with this Rapport")
                           .arg(version));
    // One snapshot of the whole project, however long the copy takes.
    if (!pg.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"), &error))
        return failure(error);
    Ticker ticker(progress, cancel);
    std::int64_t total = 0;
    for (const ProjectTable& t : projectTables()) {
        bool ok = false;
        // Estimates are enough for a progress bar and cost nothing on large tables.
        const auto n = pg.value(QStringLiteral("SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = '%1'::regclass")
                                    .arg(t.name),
                                &ok, &error);
        if (!ok)
            return failure(error);
        total += n ? n->toLongLong() : 0;
    }
    ticker.setTotal(std::max<std::int64_t>(total, 1));

    const QString connection = storage::uniqueConnectionName("pull");
    if (!storage::openSqliteConnection(connection, tmp, false, &error))
        return failure(error);
    WorkspaceResult result = WorkspaceResult::success();
    {
        QSqlDatabase qdb = QSqlDatabase::database(connection, false);
        QSqlQuery q(qdb);
        sqlite3* db = storage::detail::sqliteHandle(qdb);
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(storage::kApplicationId))
            || !storage::migrateDatabase(qdb, storage::migrationSteps(), &error)) {
            result = failure(error.isEmpty() ? sqliteError(db) : error);
        } else {
            // The rows come from a database that enforced the same keys; the check after the
            // copy reads everything back. A crash midway leaves only this temporary file.
            q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            q.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
            q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
            q.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MB: index pages stay in memory
            // Plain indexes are built once after the rows are in, not grown row by row.
            QStringList indexes;
            if (q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")))
                while (q.next())
                    indexes << q.value(1).toString() << q.value(0).toString();
            for (qsizetype i = 0; i < indexes.size(); i += 2)
                q.exec(QStringLiteral("DROP INDEX %1").arg(quoteIdentifier(indexes[i + 1])));
            ContentHash source;
            bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
            if (!ok)
                error = sqliteError(db);
            for (qsizetype i = 0; ok && i < projectTables().size(); ++i) {
                const ProjectTable& t = projectTables()[i];
                ticker.setWhat(t.name);
                TableContent content;
                ok = copyTableOut(pg, db, t, ticker, &content, &report->bytes, &error);
                source.tables.append(content);
            }
            // AUTOINCREMENT keys the workspace has handed out are not handed out again.
            for (qsizetype i = 0; ok && i < projectTables().size(); ++i) {
                const ProjectTable& t = projectTables()[i];
                if (t.keyColumn.isEmpty())
                    continue;
                bool got = false;
                const auto last = pg.value(QStringLiteral("SELECT CASE WHEN s IS NOT NULL AND has_sequence_privilege(s, 'SELECT') "
                                                          "THEN pg_sequence_last_value(s) END FROM (SELECT "
                                                          "pg_get_serial_sequence('%1', '%2')::regclass AS s) x")
                                               .arg(t.name, t.keyColumn),
                                           &got, &error);
                if (!got) {
                    ok = false;
                    break;
                }
                if (!last)
                    continue;
                Statement has(db, QStringLiteral("SELECT 1 FROM sqlite_sequence WHERE name = ?"));
                if (!has.ok())
                    continue; // no AUTOINCREMENT table in the schema
                sqlite3_bind_text(has.get(), 1, t.name.toUtf8().constData(), -1, SQLITE_TRANSIENT);
                const bool present = sqlite3_step(has.get()) == SQLITE_ROW;
                const QString sql = present ? QStringLiteral("UPDATE sqlite_sequence SET seq = MAX(seq, %1) WHERE name = '%2'")
                                            : QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT '%2', %1 WHERE EXISTS "
                                                             "(SELECT 1 FROM sqlite_master WHERE name = '%2' AND sql LIKE "
                                                             "'%AUTOINCREMENT%')");
                if (!q.exec(sql.arg(last->toLongLong()).arg(t.name))) {
                    ok = false;
                    error = q.lastError().databaseText();
                }
            }
            source.total = totalOf(source.tables);
            for (qsizetype i = 0; ok && i < indexes.size(); i += 2) {
                ticker.setWhat(tr("indexing"));
                if (!q.exec(indexes[i])) {
                    ok = false;
                    error = q.lastError().databaseText();
                }
            }
            if (ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
                ok = false;
                error = sqliteError(db);
            }
            QString ignored;
            pg.exec(QStringLiteral("COMMIT"), &ignored);
            if (ok) {
                ticker.setWhat(tr("verifying"));
                ContentHash written;
                if (!sqliteContent(db, &written, &error)) {
                    ok = false;
                } else if (const QString difference = compareContents(source, written); !difference.isEmpty()) {
                    ok = false;
                    error = tr("the check after copying failed: %1").arg(difference);
                } else if (ticker.cancelled()) {
                    ok = false;
                    error = tr("the transfer was cancelled");
                }
            }
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            if (ok)
                report->content = source;
            else
                result = failure(error);
        }
    }
    storage::closeSqliteConnection(connection);
    return result;
}

} // namespace

std::int64_t ContentHash::rows() const
{
    std::int64_t n = 0;
    for (const TableContent& t : tables)
        n += t.rows;
    return n;
}

WorkspaceResult Transfer::publishFile(const QString& file, const WorkspaceAddress& address, const QString& password,
                                      const PublishOptions& options, TransferReport* report)
{
    QElapsedTimer timer;
    timer.start();
    *report = {};
    storage::ProjectEnvironment env;
    storage::FileResult opened;
    // Every row is read below, so SQLite meets any damaged page then and says so.
    const auto project = storage::ProjectFile::open(file, env, storage::OpenMode::ReadOnly, storage::RecoveryChoice::Discard,
                                                    &opened, storage::PageCheck::Deferred);
    if (!project)
        return WorkspaceResult::failure(opened.message);
    sqlite3* db = storage::detail::sqliteHandle(project->database());
    if (!db)
        return WorkspaceResult::failure(tr("Cannot read %1.").arg(QFileInfo(file).fileName()));

    PgConnection pg;
    QString error;
    if (!pg.connect(address, password, &error))
        return WorkspaceResult::failure(error);
    // Refuse before initialise: refusing must leave an older workspace unmigrated.
    const int version = pgSchemaVersion(pg, &error);
    if (version < 0)
        return WorkspaceResult::failure(tr("Cannot publish to %1: %2").arg(address.toUrl(), error));
    if (version > 0 && !options.replace) {
        bool holds = false;
        std::int64_t people = 0;
        if (!pgHoldsProject(pg, &holds, &people, &error))
            return WorkspaceResult::failure(tr("Cannot publish to %1: %2").arg(address.toUrl(), error));
        if (holds)
            return WorkspaceResult::failure(
                tr("The workspace %1 already holds a project with %2 people. Publish with --replace to replace it.")
                    .arg(address.toUrl())
                    .arg(people));
    }
    {
        const QString connection = storage::uniqueConnectionName("publish");
        WorkspaceResult prepared;
        {
            QSqlDatabase qdb;
            prepared = Workspace::open(address, password, connection, &qdb);
            if (prepared)
                prepared = Workspace::initialise(qdb, address);
            qdb.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!prepared)
            return prepared;
    }
    WorkspaceResult result = publishInto(db, pg, address, options, report);
    report->milliseconds = msSince(timer);
    return result;
}

WorkspaceResult Transfer::pullToFile(const WorkspaceAddress& address, const QString& password, const QString& file,
                                     TransferReport* report, const TransferProgress& progress,
                                     const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    *report = {};
    const QFileInfo target(file);
    const QString name = target.fileName();
    if (target.exists()) {
        if (target.isDir())
            return WorkspaceResult::failure(tr("Cannot pull into %1: it is a folder.").arg(file));
        const storage::FileResult existing = storage::checkProjectFile(file, nullptr, {}, false);
        if (existing.error == storage::FileError::NotSqlite || existing.error == storage::FileError::NotRapport)
            return WorkspaceResult::failure(
                tr("Cannot pull into %1: the file exists and is not a Rapport project, so it is left alone.").arg(file));
        if (const auto lock = storage::ProjectFile::readLock(file); lock && !lock->stale)
            return WorkspaceResult::failure(tr("Cannot pull into %1: %2 has it open on %3.").arg(file, lock->user, lock->host));
    }
    if (!QDir().mkpath(target.absolutePath()))
        return WorkspaceResult::failure(tr("Cannot pull into %1: its folder cannot be created.").arg(file));
    QString tmp;
    {
        QTemporaryFile t(target.absolutePath() + QStringLiteral("/.%1.saving-XXXXXX").arg(name));
        t.setAutoRemove(false);
        if (!t.open())
            return WorkspaceResult::failure(tr("Cannot pull into %1: %2").arg(file, t.errorString()));
        tmp = t.fileName();
    }
    PgConnection pg;
    QString error;
    WorkspaceResult result = pg.connect(address, password, &error) ? pullInto(pg, address, tmp, report, progress, cancel, name)
                                                                    : WorkspaceResult::failure(error);
    if (result && !moveIntoPlace(tmp, file, &error))
        result = WorkspaceResult::failure(tr("Cannot write %1: %2").arg(file, error));
    if (!result) {
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-journal"));
    }
    report->milliseconds = msSince(timer);
    return result;
}

bool Transfer::contentHash(QSqlDatabase file, ContentHash* hash, QString* error)
{
    sqlite3* db = storage::detail::sqliteHandle(file);
    if (!db) {
        *error = tr("the project is not an open SQLite database");
        return false;
    }
    return sqliteContent(db, hash, error);
}

bool Transfer::contentHash(const WorkspaceAddress& address, const QString& password, ContentHash* hash, QString* error)
{
    PgConnection pg;
    if (!pg.connect(address, password, error))
        return false;
    if (!pg.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"), error))
        return false;
    const bool ok = pgContent(pg, hash, error);
    QString ignored;
    pg.exec(QStringLiteral("COMMIT"), &ignored);
    return ok;
}

QString Transfer::firstDifference(const ContentHash& a, const ContentHash& b)
{
    return compareContents(a, b);
}

} // namespace rapport::workspace
