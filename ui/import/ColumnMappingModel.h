// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ColumnMapping.h"
#include "core/io/CsvImporter.h"
#include "core/io/PlatformTable.h"

#include <QAbstractTableModel>

namespace rapport::ui {

/**
 * The columns of a canonical CSV and what each is imported as: a canonical field, nothing,
 * or (in a responses file) a survey question. Starts from what Rapport recognises by name;
 * the "Imported as" column is editable, one field per column (choosing a field another
 * column had leaves that one out). mapping() gives the io::ColumnMapping the importer takes.
 */
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        Example,
        ImportedAs,
        ColumnCount
    };
    /** Data role of ImportedAs: the choice's key (a canonical name, kNotImported, kQuestion). */
    static constexpr int ChoiceRole = Qt::UserRole + 1;
    static inline const QString kNotImported = QString();
    static inline const QString kQuestion = QStringLiteral("?question");

    using QAbstractTableModel::QAbstractTableModel;

    void setSource(io::ImportKind kind, const QStringList& header,
                   const QList<io::PlatformRow>& rows);

    /** The choices for ImportedAs, in order: key and label. */
    QList<std::pair<QString, QString>> choices() const;
    QString choiceLabel(const QString& key) const;
    /** The file column (index in the header) a row stands for. */
    int fileColumn(int row) const { return m_rows.value(row).column; }
    /** What each column of the header is imported as, for the preview ("→ email"). */
    QStringList columnNotes(int headerSize) const;
    io::ColumnMapping mapping() const;
    /** Why this mapping cannot be imported (a column it needs has no field), or empty. */
    QString problem() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    struct Row
    {
        int column = -1;
        QString header;
        QString example;
        QString choice;
    };
    bool isAssigned(const QString& canonical) const;

    io::ImportKind m_kind = io::ImportKind::People;
    QList<Row> m_rows;
};

} // namespace rapport::ui
