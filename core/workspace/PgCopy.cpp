// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/PgCopy.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace rapport::workspace::detail {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::workspace::Transfer", text);
}

QString oneLine(const char* message)
{
    return QString::fromUtf8(message).simplified();
}

QString resultError(PGresult* result, pg_conn* conn)
{
    const char* text = result ? PQresultErrorMessage(result) : nullptr;
    if (!text || !*text)
        text = PQerrorMessage(conn);
    return oneLine(text);
}

constexpr char kSignature[] = "PGCOPY\n\377\r\n"; // + '\0': 11 bytes

} // namespace

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgConnection::connect(const WorkspaceAddress& address, const QString& password, QString* error)
{
    m_conn = PQconnectdb((address.connectionString(password) + QStringLiteral(" connect_timeout=10")).toUtf8().constData());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = tr("Cannot connect to the workspace %1: %2")
                         .arg(address.toUrl(), m_conn ? oneLine(PQerrorMessage(m_conn)) : tr("out of memory"));
        return false;
    }
    // Every transfer reads and writes UTF-8 text, whatever the server's default.
    PGresult* r = PQexec(m_conn, "SET client_encoding = 'UTF8'");
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok && error)
        *error = lastError();
    return ok;
}

bool PgConnection::exec(const QString& sql, QString* error)
{
    PGresult* r = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(r);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok && error)
        *error = resultError(r, m_conn);
    PQclear(r);
    return ok;
}

std::optional<QString> PgConnection::value(const QString& sql, bool* ok, QString* error)
{
    PGresult* r = PQexec(m_conn, sql.toUtf8().constData());
    std::optional<QString> v;
    *ok = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && PQnfields(r) == 1;
    if (!*ok) {
        if (error)
            *error = resultError(r, m_conn);
    } else if (!PQgetisnull(r, 0, 0)) {
        v = QString::fromUtf8(PQgetvalue(r, 0, 0));
    }
    PQclear(r);
    return v;
}

bool PgConnection::rows(const QString& sql, const std::function<void(const QStringList&)>& row, QString* error)
{
    PGresult* r = PQexec(m_conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok) {
        if (error)
            *error = resultError(r, m_conn);
    } else {
        QStringList values;
        for (int i = 0; i < PQntuples(r); ++i) {
            values.clear();
            for (int j = 0; j < PQnfields(r); ++j)
                values << (PQgetisnull(r, i, j) ? QString() : QString::fromUtf8(PQgetvalue(r, i, j)));
            row(values);
        }
    }
    PQclear(r);
    return ok;
}

QString PgConnection::lastError() const
{
    return m_conn ? oneLine(PQerrorMessage(m_conn)) : QString();
}

// --- COPY TO STDOUT ------------------------------------------------------------------------

CopyOut::~CopyOut()
{
    if (m_buffer)
        PQfreemem(m_buffer);
    if (m_active) {
        // Drain what the server still sends, so the connection can be used again.
        char* buffer = nullptr;
        while (PQgetCopyData(m_connection.get(), &buffer, 0) > 0)
            PQfreemem(buffer);
        while (PGresult* r = PQgetResult(m_connection.get()))
            PQclear(r);
    }
}

bool CopyOut::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CopyOut::start(const QString& query, QString* error)
{
    PGresult* r = PQexec(m_connection.get(),
                         (QStringLiteral("COPY (") + query + QStringLiteral(") TO STDOUT (FORMAT binary)")).toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_COPY_OUT;
    if (!ok && error)
        *error = resultError(r, m_connection.get());
    PQclear(r);
    m_active = ok;
    return ok;
}

bool CopyOut::next()
{
    if (!m_active)
        return false;
    if (m_buffer) {
        PQfreemem(m_buffer);
        m_buffer = nullptr;
    }
    const int n = PQgetCopyData(m_connection.get(), &m_buffer, 0);
    if (n < 0) {
        m_active = false;
        bool ok = n == -1;
        QString why = ok ? QString() : m_connection.lastError();
        while (PGresult* r = PQgetResult(m_connection.get())) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK) {
                ok = false;
                why = resultError(r, m_connection.get());
            }
            PQclear(r);
        }
        if (!ok)
            return fail(why);
        if (!m_headerSeen)
            return fail(tr("the server ended the transfer early"));
        return false;
    }
    m_bytes += n;
    const char* p = m_buffer;
    const char* end = m_buffer + n;
    if (!m_headerSeen) {
        if (n < 19 || std::memcmp(p, kSignature, 11) != 0)
            return fail(tr("the server sent data in an unknown format"));
        const std::int32_t extension = readInt32(p + 15);
        p += 19 + std::max(0, extension);
        m_headerSeen = true;
    }
    if (end - p < 2)
        return fail(tr("the server sent a truncated row"));
    const std::int16_t count = std::int16_t((std::uint8_t(p[0]) << 8) | std::uint8_t(p[1]));
    p += 2;
    if (count < 0) { // the trailer: the COPY ends with the next call
        return next();
    }
    m_columns = count;
    m_fields.resize(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        if (end - p < 4)
            return fail(tr("the server sent a truncated row"));
        CopyField& f = m_fields[std::size_t(i)];
        f.size = readInt32(p);
        p += 4;
        f.data = p;
        if (f.size > 0) {
            if (end - p < f.size)
                return fail(tr("the server sent a truncated row"));
            p += f.size;
        }
    }
    return true;
}

// --- COPY FROM STDIN ----------------------------------------------------------------------

bool CopyIn::start(const QString& statement, QString* error)
{
    PGresult* r = PQexec(m_connection.get(), statement.toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    if (!ok && error)
        *error = resultError(r, m_connection.get());
    PQclear(r);
    m_active = ok;
    m_buffer.clear();
    m_buffer.reserve(kFlushBytes + (1 << 16));
    m_buffer.append(kSignature, 11);
    appendInt32(0); // flags
    appendInt32(0); // header extension
    return ok;
}

void CopyIn::beginRow(int fields)
{
    const std::uint16_t n = std::uint16_t(fields);
    appendBigEndian(n);
}

bool CopyIn::flush(QString* error)
{
    if (m_buffer.isEmpty())
        return true;
    if (PQputCopyData(m_connection.get(), m_buffer.constData(), int(m_buffer.size())) != 1) {
        if (error)
            *error = m_connection.lastError();
        return false;
    }
    m_bytes += m_buffer.size();
    m_buffer.clear();
    return true;
}

bool CopyIn::finish(QString* error)
{
    appendBigEndian(std::uint16_t(0xffff)); // trailer: -1
    if (!flush(error))
        return false;
    m_active = false;
    if (PQputCopyEnd(m_connection.get(), nullptr) != 1) {
        if (error)
            *error = m_connection.lastError();
        return false;
    }
    bool ok = true;
    while (PGresult* r = PQgetResult(m_connection.get())) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            if (ok && error)
                *error = resultError(r, m_connection.get());
            ok = false;
        }
        PQclear(r);
    }
    return ok;
}

void CopyIn::abort()
{
    if (!m_active)
        return;
    m_active = false;
    PQputCopyEnd(m_connection.get(), "cancelled");
    while (PGresult* r = PQgetResult(m_connection.get()))
        PQclear(r);
}

QString quoteIdentifier(const QString& name)
{
    QString q = name;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace rapport::workspace::detail
