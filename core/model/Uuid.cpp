// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Uuid.h"

#include "core/model/Clock.h"

#include <QRandomGenerator>

namespace rapport::model {

namespace {

constexpr qsizetype kCanonicalLength = 36;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isDashPosition(qsizetype i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

} // namespace

Uuid Uuid::createV7(const Clock& clock)
{
    // RFC 9562 §5.7: unix_ts_ms (48) | ver (4) | rand_a (12) | var (2) | rand_b (62).
    // All 74 random bits come from the system CSPRNG, so ids are unique without any
    // process-wide counter (and thus without global state).
    const QDateTime now = clock.now();
    const std::uint64_t millis =
        static_cast<std::uint64_t>(now.isValid() ? now.toMSecsSinceEpoch() : 0) &
        0xFFFF'FFFF'FFFFull;

    std::array<std::uint8_t, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<size_t>(i)] = static_cast<std::uint8_t>(millis >> (8 * (5 - i)));

    std::array<quint32, 3> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    for (size_t i = 6; i < 16; ++i) {
        const size_t r = i - 6; // 0..9 → 10 random bytes
        bytes[i] = static_cast<std::uint8_t>(random[r / 4] >> (8 * (r % 4)));
    }
    bytes[6] = static_cast<std::uint8_t>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<std::uint8_t>(0x80 | (bytes[8] & 0x3F)); // variant 10
    return Uuid(bytes);
}

Uuid Uuid::fromString(QStringView text)
{
    if (text.size() != kCanonicalLength)
        return {};
    std::array<std::uint8_t, 16> bytes{};
    size_t out = 0;
    for (qsizetype i = 0; i < kCanonicalLength;) {
        if (isDashPosition(i)) {
            if (text[i] != u'-')
                return {};
            ++i;
            continue;
        }
        const int hi = hexValue(text[i]);
        const int lo = hexValue(text[i + 1]);
        if (hi < 0 || lo < 0 || isDashPosition(i + 1))
            return {};
        bytes[out++] = static_cast<std::uint8_t>((hi << 4) | lo);
        i += 2;
    }
    return Uuid(bytes);
}

Uuid Uuid::fromBytes(const QByteArray& sixteenBytes)
{
    if (sixteenBytes.size() != 16)
        return {};
    std::array<std::uint8_t, 16> bytes{};
    for (size_t i = 0; i < 16; ++i)
        bytes[i] = static_cast<std::uint8_t>(sixteenBytes[static_cast<qsizetype>(i)]);
    return Uuid(bytes);
}

bool Uuid::isNull() const
{
    for (const std::uint8_t b : m_bytes) {
        if (b != 0)
            return false;
    }
    return true;
}

std::int64_t Uuid::unixMillis() const
{
    std::int64_t millis = 0;
    for (size_t i = 0; i < 6; ++i)
        millis = (millis << 8) | m_bytes[i];
    return millis;
}

QString Uuid::toString() const
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString text;
    text.reserve(kCanonicalLength);
    for (size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append(u'-');
        text.append(QChar(kHex[m_bytes[i] >> 4]));
        text.append(QChar(kHex[m_bytes[i] & 0x0F]));
    }
    return text;
}

QByteArray Uuid::toBytes() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()),
                      static_cast<qsizetype>(m_bytes.size()));
}

} // namespace rapport::model
