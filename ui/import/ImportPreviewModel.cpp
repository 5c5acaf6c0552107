// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportPreviewModel.h"

#include <QLocale>

namespace rapport::ui {

void ImportPreviewModel::setPreview(const QStringList& header, const QList<io::PlatformRow>& rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_notes.clear();
    endResetModel();
}

void ImportPreviewModel::setColumnNotes(const QStringList& notes)
{
    m_notes = notes;
    if (!m_header.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_header.size()) - 1);
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString text = m_rows[index.row()].at(index.column());
    // One line per cell in the table; the whole text in the tooltip.
    return role == Qt::DisplayRole ? text.simplified() : text;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return QLocale().toString(m_rows[section].line);
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the file").arg(m_rows[section].line);
        return {};
    }
    if (section < 0 || section >= m_header.size())
        return {};
    const QString note = m_notes.value(section);
    if (role == Qt::DisplayRole)
        return note.isEmpty() ? m_header[section] : m_header[section] + u'\n' + note;
    if (role == Qt::ToolTipRole)
        return m_header[section];
    return {};
}

} // namespace rapport::ui
