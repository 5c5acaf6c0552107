// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/workspace: a libpq connection and PostgreSQL's binary COPY format, for
// the bulk paths (publish, pull, loading the engine) that move millions of rows without a
// query per row. libpq stays private to this layer: nothing here leaks into a public header
// of another layer.

#include "core/workspace/WorkspaceAddress.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

struct pg_conn;

namespace rapport::workspace::detail {

/** One libpq connection, closed on destruction. */
class PgConnection
{
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /** Connects; false with *error naming the address (the server's words). An empty
     *  password leaves libpq to its own sources (PGPASSWORD, ~/.pgpass). */
    bool connect(const WorkspaceAddress& address, const QString& password, QString* error);
    pg_conn* get() const { return m_conn; }

    /** Runs statements that return no rows; false with *error (the server's message). */
    bool exec(const QString& sql, QString* error);
    /** The single value of a query that returns one row and one column (NULL → nullopt);
     *  *ok tells a failed query from a NULL. */
    std::optional<QString> value(const QString& sql, bool* ok, QString* error);
    /** Each row of a query as text values (NULL → null QString). */
    bool rows(const QString& sql, const std::function<void(const QStringList&)>& row, QString* error);

    /** The last error of the connection, one line. */
    QString lastError() const;

private:
    pg_conn* m_conn = nullptr;
};

/** Big-endian readers of the binary COPY fields. */
inline std::int64_t readInt64(const char* p)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | std::uint8_t(p[i]);
    return std::int64_t(v);
}
inline std::int32_t readInt32(const char* p)
{
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | std::uint8_t(p[i]);
    return std::int32_t(v);
}
inline double readFloat64(const char* p)
{
    const std::uint64_t bits = std::uint64_t(readInt64(p));
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
}

/** One field of a binary COPY row: null, or bytes (big-endian for numbers). */
struct CopyField
{
    const char* data = nullptr;
    std::int32_t size = -1;
    bool isNull() const { return size < 0; }
    std::int64_t int64() const { return size == 8 ? readInt64(data) : size == 4 ? readInt32(data) : 0; }
    double float64() const { return size == 8 ? readFloat64(data) : 0; }
    std::string_view text() const { return size > 0 ? std::string_view(data, std::size_t(size)) : std::string_view(); }
};

/**
 * Reads `COPY (query) TO STDOUT (FORMAT binary)` row by row. Select columns cast to the
 * types the caller reads (bigint, double precision, text, bytea), so the byte layout is known.
 */
class CopyOut
{
public:
    explicit CopyOut(PgConnection& connection) : m_connection(connection) {}
    ~CopyOut();
    CopyOut(const CopyOut&) = delete;
    CopyOut& operator=(const CopyOut&) = delete;

    /** Starts the COPY of query (a SELECT); false with *error. */
    bool start(const QString& query, QString* error);
    /** The next row's fields (valid until the next call): true with *count fields, false at
     *  the end or on failure (then error() is set). */
    bool next();
    int columns() const { return m_columns; }
    const CopyField& field(int i) const { return m_fields[std::size_t(i)]; }
    /** Bytes received so far. */
    std::int64_t bytes() const { return m_bytes; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    bool fail(const QString& message);
    PgConnection& m_connection;
    char* m_buffer = nullptr;
    bool m_headerSeen = false;
    bool m_active = false;
    int m_columns = 0;
    std::vector<CopyField> m_fields;
    std::int64_t m_bytes = 0;
    QString m_error;
};

/** Writes `COPY table (columns) FROM STDIN (FORMAT binary)`, buffered. */
class CopyIn
{
public:
    explicit CopyIn(PgConnection& connection) : m_connection(connection) {}
    ~CopyIn() { abort(); }
    CopyIn(const CopyIn&) = delete;
    CopyIn& operator=(const CopyIn&) = delete;

    bool start(const QString& statement, QString* error);
    void beginRow(int fields);
    void addNull() { appendInt32(-1); }
    void addInt64(std::int64_t v)
    {
        appendInt32(8);
        appendBigEndian(std::uint64_t(v));
    }
    void addFloat64(double v)
    {
        std::uint64_t bits;
        std::memcpy(&bits, &v, 8);
        appendInt32(8);
        appendBigEndian(bits);
    }
    void addBytes(const char* data, std::int64_t size)
    {
        appendInt32(std::int32_t(size));
        m_buffer.append(data, qsizetype(size));
    }
    /** Sends the buffer when it is large; false with *error if the server refused. */
    bool flushIfFull(QString* error) { return m_buffer.size() < kFlushBytes || flush(error); }
    /** Ends the COPY; false with *error (e.g. a constraint the rows break). */
    bool finish(QString* error);
    /** Abandons the COPY (the transaction then fails and must be rolled back). */
    void abort();
    std::int64_t bytes() const { return m_bytes; }

private:
    static constexpr qsizetype kFlushBytes = 1 << 20;
    void appendInt32(std::int32_t v) { appendBigEndian(std::uint32_t(v)); }
    template<typename T>
    void appendBigEndian(T v)
    {
        char b[sizeof(T)];
        for (std::size_t i = 0; i < sizeof(T); ++i)
            b[i] = char(v >> (8 * (sizeof(T) - 1 - i)));
        m_buffer.append(b, sizeof(T));
    }
    bool flush(QString* error);
    PgConnection& m_connection;
    QByteArray m_buffer;
    std::int64_t m_bytes = 0;
    bool m_active = false;
};

/** text as a quoted SQL identifier ("name"). */
QString quoteIdentifier(const QString& name);

} // namespace rapport::workspace::detail
