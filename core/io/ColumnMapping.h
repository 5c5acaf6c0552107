// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/InputError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace rapport::io {

class CsvRecord;

/** Which columns of a file hold which canonical fields, found from its header line. */
struct HeaderColumns
{
    QHash<QString, int> canonical; // canonical name → column index (first occurrence)
    QList<int> others;             // columns that are not canonical fields, in file order
    QStringList names;             // every header text, trimmed
    int width = 0;                 // columns up to the last named one

    int column(const QString& name) const { return canonical.value(name, -1); }
    bool has(const QString& name) const { return canonical.contains(name); }
};

/**
 * Maps a file's own header names onto canonical column names. Without a mapping a header
 * matches a canonical name when they are equal ignoring case and surrounding space; a
 * mapping (`--mapping MAP.json`, a JSON object `{"email": "E-Mail Address", ...}`) says
 * which header holds a canonical field when the names differ. Headers named twice: the
 * first one counts, the later ones are treated as unknown columns.
 */
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    /** Reads a mapping file; keys must be among `canonicalNames`. */
    static bool load(const QString& path, const QStringList& canonicalNames, ColumnMapping* mapping,
                     InputError* error);

    bool isEmpty() const { return m_headerFor.isEmpty() && m_ignored.isEmpty(); }
    void set(const QString& canonical, const QString& header);
    QString headerFor(const QString& canonical) const { return m_headerFor.value(canonical); }
    /** Leaves the column named `header` out: it holds no canonical field even when its name
     *  is one, and it is not one of the other columns (a survey question) either. */
    void ignore(const QString& header);

    /**
     * Resolves a header record. Fails (naming the mapping file's entry) when a mapped header
     * is not in the file.
     */
    bool resolve(const CsvRecord& header, const QStringList& canonicalNames, const QString& fileName,
                 HeaderColumns* columns, InputError* error) const;

private:
    QHash<QString, QString> m_headerFor; // canonical → header as written in the mapping
    QString m_source;                     // the mapping file's name, for messages
    QSet<QString> m_ignored;              // folded headers of columns left out
};

} // namespace rapport::io
