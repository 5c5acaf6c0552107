// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Activity.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <bit>
#include <cmath>
#include <limits>

namespace rapport::model {

namespace {

constexpr qsizetype kMaxActivityTypeLength = 64;

void appendBigEndian(QByteArray* out, std::uint64_t value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out->append(static_cast<char>((value >> (8 * i)) & 0xFF));
}

void appendUuid(QByteArray* out, const Uuid& id)
{
    out->append(reinterpret_cast<const char*>(id.bytes().data()),
                static_cast<qsizetype>(id.bytes().size()));
}

/** The bit pattern of value with the two spellings of zero and all NaNs made one. */
std::uint64_t canonicalBits(double value)
{
    if (value == 0.0)
        value = 0.0;
    if (std::isnan(value))
        value = std::numeric_limits<double>::quiet_NaN();
    return std::bit_cast<std::uint64_t>(value);
}

} // namespace

const QStringList& defaultActivityTypes()
{
    static const QStringList types{
        QStringLiteral("invited"),   QStringLiteral("registered"), QStringLiteral("attended"),
        QStringLiteral("contributed"), QStringLiteral("posted"),   QStringLiteral("commented"),
        QStringLiteral("starred"),   QStringLiteral("shared"),     QStringLiteral("referred"),
        QStringLiteral("spoke"),     QStringLiteral("authored"),   QStringLiteral("responded"),
        QStringLiteral("rewarded"),
    };
    return types;
}

bool isValidActivityType(QStringView type)
{
    if (type.isEmpty() || type.size() > kMaxActivityTypeLength)
        return false;
    if (type[0].unicode() < u'a' || type[0].unicode() > u'z')
        return false;
    for (const QChar c : type) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

/*
 * Layout: bytes 0–5 hold `at` in Unix milliseconds (big-endian, as in v7), the version and
 * variant bits are those of v7, and the remaining 74 bits are the first bits of a SHA-256
 * over a canonical encoding of the fact:
 *
 *   "rapport.activity.v1" 0x00 | person (16) | at ms (8, BE) | type length (4, BE) |
 *   type (UTF-8) | campaign (16) | content (16) | channel (16) | value (IEEE-754, 8, BE)
 *
 * SHA-256 is overkill for speed but is stable across platforms and Qt versions, which is
 * what matters: the id is stored, so the encoding must never change (bump "v1" if it must).
 */
Uuid Activity::contentId() const
{
    const std::int64_t millis = at.isValid() ? at.toMSecsSinceEpoch() : 0;
    const QByteArray typeUtf8 = type.toUtf8();

    QByteArray encoded("rapport.activity.v1", 19);
    encoded.append('\0');
    appendUuid(&encoded, person);
    appendBigEndian(&encoded, static_cast<std::uint64_t>(millis), 8);
    appendBigEndian(&encoded, static_cast<std::uint64_t>(typeUtf8.size()), 4);
    encoded.append(typeUtf8);
    appendUuid(&encoded, campaign);
    appendUuid(&encoded, content);
    appendUuid(&encoded, channel);
    appendBigEndian(&encoded, canonicalBits(value), 8);

    const QByteArray digest = QCryptographicHash::hash(encoded, QCryptographicHash::Sha256);

    std::array<std::uint8_t, 16> bytes{};
    const auto time = static_cast<std::uint64_t>(millis) & 0xFFFF'FFFF'FFFFull;
    for (size_t i = 0; i < 6; ++i)
        bytes[i] = static_cast<std::uint8_t>(time >> (8 * (5 - i)));
    for (size_t i = 6; i < 16; ++i)
        bytes[i] = static_cast<std::uint8_t>(digest[static_cast<qsizetype>(i - 6)]);
    bytes[6] = static_cast<std::uint8_t>(0x70 | (bytes[6] & 0x0F));
    bytes[8] = static_cast<std::uint8_t>(0x80 | (bytes[8] & 0x3F));
    return Uuid(bytes);
}

ValidationErrors validate(const Activity& activity)
{
    ValidationErrors errors;
    if (activity.person.isNull()) {
        errors.append({QStringLiteral("person"),
                       QCoreApplication::translate("rapport::model",
                                                   "An activity needs a person.")});
    }
    if (!isValidActivityType(activity.type)) {
        errors.append(
            {QStringLiteral("type"),
             QCoreApplication::translate("rapport::model",
                                         "“%1” is not a valid activity type: use a lower-case "
                                         "word of letters, digits and '_' (at most 64).")
                 .arg(activity.type.left(80))});
    }
    static const QDateTime kEarliest(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    static const QDateTime kLatest(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    if (!activity.at.isValid() || activity.at < kEarliest || activity.at > kLatest) {
        errors.append({QStringLiteral("at"),
                       QCoreApplication::translate(
                           "rapport::model",
                           "An activity needs a valid time between 1970 and 9999.")});
    }
    if (!std::isfinite(activity.value)) {
        errors.append({QStringLiteral("value"),
                       QCoreApplication::translate("rapport::model",
                                                   "The value must be a finite number.")});
    }
    return errors;
}

} // namespace rapport::model
