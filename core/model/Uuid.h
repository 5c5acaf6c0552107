// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QString>

#include <array>
#include <compare>
#include <cstdint>

namespace rapport::model {

class Clock;

/**
 * A 128-bit identifier. New records get version 7 (RFC 9562): 48 bits of Unix time in
 * milliseconds, then random bits, so ids sort by creation time and two copies of a project
 * can be merged without collisions. The null Uuid (all zero) means "none".
 */
class Uuid
{
public:
    Uuid() = default;
    explicit Uuid(const std::array<std::uint8_t, 16>& bytes) : m_bytes(bytes) {}

    /** A new v7 id stamped with clock.now(); random bits from a CSPRNG-seeded generator. */
    static Uuid createV7(const Clock& clock);
    /** Parses the canonical 8-4-4-4-12 form (case-insensitive); null on failure. */
    static Uuid fromString(QStringView text);
    static Uuid fromBytes(const QByteArray& sixteenBytes);

    bool isNull() const;
    int version() const { return m_bytes[6] >> 4; }
    /** Milliseconds since the Unix epoch, for v7 ids. */
    std::int64_t unixMillis() const;
    QString toString() const;   // lower-case canonical form
    QByteArray toBytes() const; // 16 raw bytes
    const std::array<std::uint8_t, 16>& bytes() const { return m_bytes; }

    friend auto operator<=>(const Uuid&, const Uuid&) = default;
    friend bool operator==(const Uuid&, const Uuid&) = default;

private:
    std::array<std::uint8_t, 16> m_bytes{};
};

inline size_t qHash(const Uuid& id, size_t seed = 0)
{
    return qHashBits(id.bytes().data(), id.bytes().size(), seed);
}

} // namespace rapport::model
