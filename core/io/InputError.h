// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rapport::io {

/** A problem with an input file, shown to the user as `FILE:LINE: reason`. */
struct InputError
{
    QString file;    // the name the user knows the file by (usually the file name)
    qint64 line = 0; // 1-based physical line; 0 = the file as a whole
    QString reason;

    bool isNull() const { return reason.isEmpty(); }
    QString toString() const
    {
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
        return QStringLiteral("%1: %2").arg(file, reason);
    }
};

} // namespace rapport::io
