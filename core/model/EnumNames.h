// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>

namespace rapport::model::detail {

/** One row of a table that maps an enum value to its stable, lower-case storage name. */
template<typename Enum>
struct EnumName
{
    Enum value;
    const char16_t* name;
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<EnumName<Enum>, N>& table, Enum value)
{
    for (const EnumName<Enum>& row : table) {
        if (row.value == value)
            return QString::fromUtf16(row.name);
    }
    return {};
}

/** Names are matched case-insensitively so hand-written imports ("GitHub") still parse. */
template<typename Enum, std::size_t N>
bool valueOf(const std::array<EnumName<Enum>, N>& table, QStringView name, Enum* value)
{
    for (const EnumName<Enum>& row : table) {
        if (name.compare(QStringView(row.name), Qt::CaseInsensitive) == 0) {
            if (value)
                *value = row.value;
            return true;
        }
    }
    return false;
}

} // namespace rapport::model::detail
