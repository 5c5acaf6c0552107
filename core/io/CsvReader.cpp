// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstring>
#include <optional>

namespace rapport::io {

namespace {

// Windows-1252 in 0x80..0x9F (the rest is Latin-1); 0 marks the five undefined bytes.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool undefinedIn1252(uchar b)
{
    return b >= 0x80 && b <= 0x9F && kCp1252High[b - 0x80] == 0;
}

bool hasHighOrZeroByte(quint64 w)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    return (w & kHigh) != 0 || ((w - kOnes) & ~w & kHigh) != 0;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf8WithBom: return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

void CsvRecord::assign(const QStringList& fields, qint64 line)
{
    clear();
    for (const QString& field : fields) {
        m_text += field;
        m_ends.push_back(m_text.size());
    }
    m_line = line;
}

bool CsvRecord::isBlank() const
{
    for (int i = 0; i < size(); ++i) {
        if (!field(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

struct CsvReader::Decoder
{
    std::optional<QStringDecoder> qt;
    bool cp1252 = false;

    QString decode(const QByteArray& bytes)
    {
        if (!cp1252)
            return (*qt)(bytes);
        QString out(bytes.size(), Qt::Uninitialized);
        QChar* o = out.data();
        for (const char ch : bytes) {
            const auto b = uchar(ch);
            *o++ = QChar(b < 0x80 || b > 0x9F ? char16_t(b) : kCp1252High[b - 0x80]);
        }
        return out;
    }
    bool hasError() const { return !cp1252 && qt->hasError(); }
};

CsvReader::CsvReader(CsvOptions options) : m_options(std::move(options)) {}

CsvReader::~CsvReader() = default;

qint64 CsvReader::bytesRead() const
{
    return m_device ? m_device->pos() : 0;
}

qint64 CsvReader::size() const
{
    return m_device ? m_device->size() : 0;
}

bool CsvReader::fail(qint64 line, const QString& reason)
{
    if (m_error.isNull())
        m_error = InputError{m_displayName, line, reason};
    m_done = true;
    return false;
}

bool CsvReader::open(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    m_displayName = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return fail(0, tr("is a folder, not a file"));
    if (!file->open(QIODevice::ReadOnly))
        return fail(0, tr("cannot read the file (%1)").arg(file->errorString()));
    m_ownedDevice = std::move(file);
    return open(m_ownedDevice.get(), m_displayName);
}

bool CsvReader::open(QIODevice* device, const QString& displayName)
{
    m_device = device;
    m_displayName = displayName;
    m_error = {};
    m_done = m_eof = false;
    m_line = 1;
    m_records = 0;
    if (!device || !device->isReadable() || device->isSequential())
        return fail(0, tr("cannot read the file"));
    if (!detectEncoding())
        return false;
    m_delimiter = m_options.delimiter;
    qsizetype skip = 0;
    if (m_delimiter.isNull())
        skip = detectDelimiter();
    if (!refill()) {
        if (!hasError())
            fail(1, tr("empty file"));
        return false;
    }
    // Skip an Excel "sep=" line (its newline is then counted as a blank line).
    while (skip > 0) {
        if (m_pos >= m_buf.size() && !refill())
            break;
        const qsizetype n = qMin(skip, m_buf.size() - m_pos);
        m_pos += n;
        skip -= n;
    }
    return !hasError();
}

bool CsvReader::detectEncoding()
{
    m_device->seek(0);
    const QByteArray head = m_device->peek(4);
    const auto at = [&](int i) { return i < head.size() ? uchar(head[i]) : 0x100; };
    qint64 start = 0;
    m_decoder = std::make_unique<Decoder>();
    const auto flags = QStringConverter::Flag::ConvertInitialBom;
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
        m_encoding = TextEncoding::Utf8WithBom;
        start = 3;
    } else if (at(0) == 0xFF && at(1) == 0xFE) {
        if (at(2) == 0 && at(3) == 0)
            return fail(1, tr("UTF-32 text is not supported; save the file as UTF-8"));
        m_encoding = TextEncoding::Utf16LE;
        start = 2;
    } else if (at(0) == 0xFE && at(1) == 0xFF) {
        m_encoding = TextEncoding::Utf16BE;
        start = 2;
    } else if (head.size() == 4 && at(0) != 0 && at(1) == 0 && at(2) != 0 && at(3) == 0) {
        m_encoding = TextEncoding::Utf16LE; // "Unicode Text" without its byte order mark
    } else if (head.size() == 4 && at(0) == 0 && at(1) != 0 && at(2) == 0 && at(3) != 0) {
        m_encoding = TextEncoding::Utf16BE;
    } else {
        m_encoding = TextEncoding::Utf8;
    }
    if (m_device->size() <= start)
        return fail(1, tr("empty file"));

    switch (m_encoding) {
    case TextEncoding::Utf16LE:
        m_decoder->qt.emplace(QStringConverter::Utf16LE, flags);
        break;
    case TextEncoding::Utf16BE:
        m_decoder->qt.emplace(QStringConverter::Utf16BE, flags);
        break;
    default:
        if (!prescanUtf8(start))
            return false;
        if (m_encoding == TextEncoding::Windows1252)
            m_decoder->cp1252 = true;
        else
            m_decoder->qt.emplace(QStringConverter::Utf8, flags);
        break;
    }
    return m_device->seek(start) || fail(0, tr("cannot read the file (%1)").arg(m_device->errorString()));
}

/*
 * One pass over the bytes before parsing: is it UTF-8? If not, is it plausibly Windows-1252?
 * It is not when it contains any of the five bytes 1252 leaves undefined, runs of four or more
 * non-ASCII bytes (the shape of GBK, Shift-JIS, Big5 text), or also valid multi-byte UTF-8
 * sequences (a file with mixed encodings: decoding it either way makes mojibake).
 */
bool CsvReader::prescanUtf8(qint64 start)
{
    m_device->seek(start);
    qint64 firstInvalid = -1, firstNul = -1, first1252Problem = -1;
    qint64 validMultibyte = 0;
    int highRun = 0;
    QByteArray carry;
    qint64 base = start; // file offset of chunk[0]
    for (;;) {
        QByteArray chunk = m_device->read(m_options.chunkSize);
        const bool last = chunk.isEmpty() || m_device->atEnd();
        if (!carry.isEmpty()) {
            chunk.prepend(carry);
            base -= carry.size();
            carry.clear();
        }
        const auto* s = reinterpret_cast<const uchar*>(chunk.constData());
        const qsizetype n = chunk.size();
        qsizetype i = 0;
        while (i < n) {
            if (i + 8 <= n) {
                quint64 w;
                std::memcpy(&w, s + i, 8);
                if (!hasHighOrZeroByte(w)) {
                    highRun = 0;
                    i += 8;
                    continue;
                }
            }
            const uchar b = s[i];
            if (b < 0x80) {
                if (b == 0) {
                    firstNul = base + i;
                    break;
                }
                highRun = 0;
                ++i;
                continue;
            }
            int len = 0;
            uchar lo = 0x80, hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF)
                len = 2;
            else if (b == 0xE0)
                len = 3, lo = 0xA0;
            else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF)
                len = 3;
            else if (b == 0xED)
                len = 3, hi = 0x9F;
            else if (b == 0xF0)
                len = 4, lo = 0x90;
            else if (b >= 0xF1 && b <= 0xF3)
                len = 4;
            else if (b == 0xF4)
                len = 4, hi = 0x8F;
            if (len > 0 && i + len > n && !last) {
                carry = chunk.mid(i);
                break;
            }
            bool valid = len > 0 && i + len <= n && s[i + 1] >= lo && s[i + 1] <= hi;
            for (int k = 2; valid && k < len; ++k)
                valid = s[i + k] >= 0x80 && s[i + k] <= 0xBF;
            if (valid) {
                ++validMultibyte;
                highRun += len;
                i += len;
            } else {
                if (firstInvalid < 0)
                    firstInvalid = base + i;
                ++highRun;
                if (first1252Problem < 0 && undefinedIn1252(b))
                    first1252Problem = base + i;
                ++i;
            }
            if (highRun >= 4 && firstInvalid >= 0 && first1252Problem < 0)
                first1252Problem = base + i - 1;
        }
        if (firstNul >= 0)
            break;
        if (firstInvalid >= 0 && (first1252Problem >= 0 || validMultibyte > 0))
            break; // refused either way; no need to read on
        base += n;
        if (last && carry.isEmpty())
            break;
    }
    if (firstNul >= 0)
        return fail(lineAtOffset(firstNul), tr("binary content (a NUL byte): this is not a text file"));
    if (firstInvalid < 0)
        return true; // UTF-8, with or without a BOM
    const qint64 line = lineAtOffset(firstInvalid);
    m_device->seek(firstInvalid);
    const QByteArray bad = m_device->peek(1);
    const QString hex = QStringLiteral("0x")
        + QStringLiteral("%1").arg(bad.isEmpty() ? 0 : uchar(bad[0]), 2, 16, QLatin1Char('0')).toUpper();
    if (m_encoding == TextEncoding::Utf8WithBom)
        return fail(line, tr("not valid UTF-8 (byte %1) although the file says it is UTF-8").arg(hex));
    if (first1252Problem >= 0 || validMultibyte > 0)
        return fail(line, tr("neither UTF-8 nor Windows-1252 text (byte %1); save the file as "
                             "UTF-8 and import it again")
                              .arg(hex));
    m_encoding = TextEncoding::Windows1252;
    return true;
}

qint64 CsvReader::lineAtOffset(qint64 offset)
{
    m_device->seek(0);
    qint64 line = 1, pos = 0;
    bool lastWasCR = false;
    while (pos < offset) {
        const QByteArray chunk = m_device->read(qMin(m_options.chunkSize, offset - pos));
        if (chunk.isEmpty())
            break;
        for (const char c : chunk) {
            if (c == '\n') {
                if (!lastWasCR)
                    ++line;
                lastWasCR = false;
            } else {
                if (c == '\r')
                    ++line;
                lastWasCR = c == '\r';
            }
        }
        pos += chunk.size();
    }
    return line;
}

bool CsvReader::refill()
{
    while (!m_eof) {
        const QByteArray bytes = m_device->read(m_options.chunkSize);
        if (bytes.isEmpty()) {
            m_eof = true;
            if (!m_device->atEnd())
                return fail(m_line, tr("cannot read the file (%1)").arg(m_device->errorString()));
            break;
        }
        m_buf = m_decoder->decode(bytes);
        m_pos = 0;
        if (m_decoder->hasError())
            return fail(m_line, tr("not valid %1 text").arg(textEncodingName(m_encoding)));
        if (!m_buf.isEmpty())
            return true;
    }
    m_buf.clear();
    m_pos = 0;
    return false;
}

qsizetype CsvReader::detectDelimiter()
{
    // Look at the start of the text, decoded on the side: chunks may be tiny.
    const qint64 start = m_device->pos();
    const QByteArray head = m_device->peek(64 * 1024);
    m_device->seek(start);
    QString decoded;
    if (m_decoder->cp1252) {
        decoded = m_decoder->decode(head);
    } else {
        QStringDecoder side(m_decoder->qt->name(), QStringConverter::Flag::ConvertInitialBom);
        decoded = side(head);
    }
    const QStringView text(decoded);
    // Excel writes "sep=;" as a first line to say which separator follows.
    if (text.size() >= 5 && text.first(4).compare(u"sep=", Qt::CaseInsensitive) == 0
        && (text.size() == 5 || text[5] == u'\r' || text[5] == u'\n')) {
        m_delimiter = text[4];
        return 5;
    }
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    m_delimiter = u',';
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = u';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = u'\t';
    return 0;
}

bool CsvReader::appendRun(CsvRecord* record, const QChar* begin, const QChar* end)
{
    if (end == begin)
        return true;
    record->m_text.append(begin, end - begin);
    if (record->m_text.size() - m_fieldStart > m_options.maxFieldLength) {
        const qint64 mib = m_options.maxFieldLength / (1024 * 1024);
        const QString limit = mib > 0 ? tr("%1 MiB").arg(mib)
                                      : tr("%1 characters").arg(m_options.maxFieldLength);
        if (m_fieldLine > 0)
            return fail(m_fieldLine, tr("a quoted field longer than %1 starts on this line (an "
                                        "unterminated quote?); refused rather than cut short")
                                         .arg(limit));
        return fail(m_line, tr("a field longer than %1; refused rather than cut short").arg(limit));
    }
    return true;
}

bool CsvReader::endField(CsvRecord* record)
{
    record->m_ends.push_back(record->m_text.size());
    m_fieldStart = record->m_text.size();
    m_fieldLine = 0;
    if (record->size() > m_options.maxColumns)
        return fail(record->m_line, tr("more than %1 columns: not a table this importer reads")
                                        .arg(m_options.maxColumns));
    return true;
}

bool CsvReader::next(CsvRecord* record)
{
    if (m_done || !m_device)
        return false;
    record->clear();
    State state = State::StartRecord;
    const char16_t delimiter = m_delimiter.unicode();
    for (;;) {
        if (m_pos >= m_buf.size() && !refill()) {
            if (hasError())
                return false;
            m_done = true;
            switch (state) {
            case State::StartRecord:
                if (m_records == 0)
                    return fail(1, tr("empty file"));
                return false;
            case State::Quoted:
                return fail(m_fieldLine, tr("unterminated quoted field: the quote opened on this "
                                            "line is never closed"));
            default:
                if (!endField(record))
                    return false;
                ++m_records;
                return true;
            }
        }
        const QChar* base = m_buf.constData();
        const QChar* p = base + m_pos;
        const QChar* end = base + m_buf.size();
        switch (state) {
        case State::StartRecord: {
            const char16_t c = p->unicode();
            if (c == u'\n') {
                if (!m_lastWasCR)
                    ++m_line;
                m_lastWasCR = false;
                ++m_pos;
                continue;
            }
            if (c == u'\r') {
                ++m_line;
                m_lastWasCR = true;
                ++m_pos;
                continue;
            }
            m_lastWasCR = false;
            record->m_line = m_line;
            m_fieldStart = 0;
            m_fieldLine = 0;
            state = State::StartField;
            continue;
        }
        case State::StartField:
            m_lastWasCR = false;
            if (*p == u'"') {
                state = State::Quoted;
                m_fieldLine = m_line;
                ++m_pos;
            } else {
                state = State::Unquoted;
            }
            continue;
        case State::Unquoted: {
            m_lastWasCR = false;
            const QChar* q = p;
            while (q < end) {
                const char16_t c = q->unicode();
                if (c == delimiter || c == u'\n' || c == u'\r' || c == 0)
                    break;
                ++q;
            }
            if (!appendRun(record, p, q))
                return false;
            m_pos = q - base;
            if (q == end)
                continue;
            const char16_t c = q->unicode();
            if (c == 0)
                return fail(m_line, tr("binary content (a NUL character): this is not a text file"));
            if (!endField(record))
                return false;
            if (c == delimiter) {
                ++m_pos;
                state = State::StartField;
                continue;
            }
            ++m_records; // the newline is consumed by the next record
            return true;
        }
        case State::Quoted: {
            const QChar* q = p;
            while (q < end) {
                const char16_t c = q->unicode();
                if (c == u'"' || c == u'\n' || c == u'\r' || c == 0)
                    break;
                ++q;
            }
            if (q != p)
                m_lastWasCR = false;
            if (!appendRun(record, p, q))
                return false;
            m_pos = q - base;
            if (q == end)
                continue;
            const char16_t c = q->unicode();
            if (c == 0)
                return fail(m_line, tr("binary content (a NUL character): this is not a text file"));
            if (c == u'"') {
                m_lastWasCR = false;
                ++m_pos;
                state = State::QuoteInQuoted;
                continue;
            }
            if (c == u'\r')
                ++m_line;
            else if (!m_lastWasCR)
                ++m_line;
            m_lastWasCR = c == u'\r';
            if (!appendRun(record, q, q + 1))
                return false;
            ++m_pos;
            continue;
        }
        case State::QuoteInQuoted:
            m_lastWasCR = false;
            if (*p == u'"') {
                if (!appendRun(record, p, p + 1))
                    return false;
                ++m_pos;
                state = State::Quoted;
            } else {
                state = State::AfterQuoted;
            }
            continue;
        case State::AfterQuoted: {
            m_lastWasCR = false;
            const char16_t c = p->unicode();
            if (c == delimiter) {
                if (!endField(record))
                    return false;
                ++m_pos;
                state = State::StartField;
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                if (!endField(record))
                    return false;
                ++m_records;
                return true;
            }
            state = State::Unquoted; // lenient: "abc"def reads as abcdef, like Excel
            continue;
        }
        }
    }
}

} // namespace rapport::io
