// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/PlatformTable.h"

#include <QAbstractTableModel>

namespace rapport::ui {

/**
 * The first rows of a file to import, each headed by the line it starts on, the columns by
 * their header and, for a canonical CSV, by what they are imported as.
 */
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const QStringList& header, const QList<io::PlatformRow>& rows);
    /** A note per column under its name ("→ email", "not imported"); empty: none. */
    void setColumnNotes(const QStringList& notes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QStringList m_notes;
    QList<io::PlatformRow> m_rows;
};

} // namespace rapport::ui
