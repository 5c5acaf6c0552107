// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace rapport::ui {

/** The desktop theme's icon of a freedesktop name, else ours from resources/icons. */
inline QIcon themedIcon(const QString& name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace rapport::ui
