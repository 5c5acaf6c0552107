// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectRepositoryTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace rapport::storage {

/** What the content loop's keys are called: piece titles, series names, authors' names. */
struct ContentNames
{
    QHash<RowKey, QString> pieces;  ///< content.key → title
    QHash<RowKey, QString> series;  ///< series.key → name
    QHash<RowKey, QString> authors; ///< people.key of everyone who authored a piece → name
};

/** Reads them (thousands of rows). Empty with *error (one line) if the project cannot be read. */
ContentNames readContentNames(const QSqlDatabase& db, QString* error = nullptr);

} // namespace rapport::storage
