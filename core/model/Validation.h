// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QStringView>
#include <QUrl>

namespace rapport::model {

/** Longest name-like text a record accepts (display names, companies, tags, handles). */
inline constexpr qsizetype kMaxNameLength = 512;
/** Longest free text a record accepts (notes): 1 MiB of UTF-16 code units. */
inline constexpr qsizetype kMaxNotesLength = 1024 * 1024;

/** Three upper-case ASCII letters, the shape of an ISO 4217 code ("EUR", "CNY"). */
bool isCurrencyCode(QStringView code);
/** A valid absolute http or https URL with a host. */
bool isHttpUrl(const QUrl& url);
/** True when text is empty or only white space. */
bool isBlank(QStringView text);

/** The fields named by a list of errors, in order; handy in tests and for highlighting. */
QStringList errorFields(const ValidationErrors& errors);

} // namespace rapport::model
