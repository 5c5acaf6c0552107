// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/InputError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

class QIODevice;

namespace rapport::io {

/** How the bytes of a text file were decoded. */
enum class TextEncoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252 };
QString textEncodingName(TextEncoding encoding); // "utf-8", "utf-8-bom", "utf-16le", ...

struct CsvOptions
{
    /** The field separator; a null QChar detects comma, semicolon or tab from the header
     *  line (an Excel `sep=X` first line wins). */
    QChar delimiter;
    /** Longest field, in UTF-16 code units. Longer fields are refused, never truncated. */
    qsizetype maxFieldLength = 16 * 1024 * 1024;
    /** More columns than this is not a table anyone meant to import. */
    int maxColumns = 1000;
    /** Bytes read from the device at a time. */
    qint64 chunkSize = 1 << 20;
};

/** One record (row) of a CSV file: its fields and the physical line it starts on. */
class CsvRecord
{
public:
    int size() const { return int(m_ends.size()); }
    /** The field's text; an empty view if i is out of range. Valid until the next read. */
    QStringView field(int i) const
    {
        if (i < 0 || i >= size())
            return {};
        const qsizetype begin = i == 0 ? 0 : m_ends[size_t(i) - 1];
        return QStringView(m_text).mid(begin, m_ends[size_t(i)] - begin);
    }
    QString string(int i) const { return field(i).toString(); }
    /** The 1-based physical line of the file on which this record begins. */
    qint64 line() const { return m_line; }
    /** Every field empty or whitespace. */
    bool isBlank() const;
    /** Sets the record to these fields, begun on `line` (records made by a RecordSource
     *  other than the CSV reader). */
    void assign(const QStringList& fields, qint64 line);

private:
    friend class CsvReader;
    void clear()
    {
        m_text.resize(0);
        m_ends.clear();
    }
    QString m_text;
    std::vector<qsizetype> m_ends; // end offset of each field in m_text
    qint64 m_line = 0;
};

/**
 * A streaming CSV reader for files as people really have them.
 *
 * Decodes UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or recognisable without),
 * and Windows-1252 when a file is not UTF-8 but plausibly that; anything else is refused
 * with the line, so no replacement characters or mojibake reach a project. Detects the
 * delimiter, accepts CRLF/LF/CR, RFC 4180 quoting with embedded newlines and doubled
 * quotes, and reports the physical line each record starts on. Refuses binary content,
 * unterminated quotes, absurd column counts and over-long fields as `FILE:LINE: reason`.
 *
 * Holds one chunk of the file and the current record, never the whole file: opening a
 * file without a BOM reads it once to check its encoding, then records are parsed as
 * they are read.
 */
/** Where an import reads its records from: a CSV file, or a table translated from a
 *  platform's export (RecordSource.h). */
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    /** The next record; false at the end or on error (then see error()). */
    virtual bool next(CsvRecord* record) = 0;
    virtual bool hasError() const = 0;
    virtual const InputError& error() const = 0;
};

class CsvReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(CsvOptions options = {});
    ~CsvReader() override;
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /** Opens a file; errors name it by its file name. */
    bool open(const QString& path);
    /** Reads from an open, random-access device (not sequential). */
    bool open(QIODevice* device, const QString& displayName);

    /** The next non-empty record; false at the end or on error (then see error()). An input
     *  with no record at all is an error ("empty file"). */
    bool next(CsvRecord* record) override;

    bool hasError() const override { return !m_error.isNull(); }
    const InputError& error() const override { return m_error; }
    QString displayName() const { return m_displayName; }
    TextEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    /** Bytes of the input consumed so far and its size, for progress. */
    qint64 bytesRead() const;
    qint64 size() const;

private:
    enum class State { StartRecord, StartField, Unquoted, Quoted, QuoteInQuoted, AfterQuoted };

    bool fail(qint64 line, const QString& reason);
    bool detectEncoding();
    bool prescanUtf8(qint64 start);
    qint64 lineAtOffset(qint64 offset);
    bool refill();
    qsizetype detectDelimiter(); // returns the length of a sep= prefix to skip
    bool endField(CsvRecord* record);
    bool appendRun(CsvRecord* record, const QChar* begin, const QChar* end);

    CsvOptions m_options;
    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice* m_device = nullptr;
    QString m_displayName;
    InputError m_error;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_delimiter;

    struct Decoder;
    std::unique_ptr<Decoder> m_decoder;
    QString m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_done = false;
    qint64 m_line = 1;
    bool m_lastWasCR = false;
    qint64 m_records = 0;
    qsizetype m_fieldStart = 0; // offset of the current field in the record's text
    qint64 m_fieldLine = 0;     // line on which the current quoted field opened
};

} // namespace rapport::io
