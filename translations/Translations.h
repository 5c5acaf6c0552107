// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace rapport {

/** The UI languages that ship complete: "en" and "zh_CN". */
QStringList availableLanguages();

/**
 * Installs Rapport's and Qt's own translations for a language ("zh_CN", "en", or empty
 * for the system locale) on app. Returns the language actually used.
 */
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace rapport
