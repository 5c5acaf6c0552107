// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ColumnMappingModel.h"

#include "core/io/ImportContext.h"

#include <QPalette>

#include <algorithm>

namespace rapport::ui {

void ColumnMappingModel::setSource(io::ImportKind kind, const QStringList& header,
                                   const QList<io::PlatformRow>& rows)
{
    beginResetModel();
    m_kind = kind;
    m_rows.clear();
    // What the importer would take without a mapping.
    io::CsvRecord record;
    record.assign(header, 1);
    io::HeaderColumns columns;
    io::InputError ignored;
    io::ColumnMapping().resolve(record, io::canonicalColumns(kind), {}, &columns, &ignored);
    QHash<int, QString> canonicalAt;
    for (auto it = columns.canonical.cbegin(); it != columns.canonical.cend(); ++it)
        canonicalAt.insert(it.value(), it.key());
    for (int c = 0; c < header.size(); ++c) {
        if (header[c].trimmed().isEmpty())
            continue; // a column without a name cannot be named in a mapping
        Row row;
        row.column = c;
        row.header = header[c].trimmed();
        for (const io::PlatformRow& r : rows) {
            if (!r.at(c).trimmed().isEmpty()) {
                row.example = r.at(c).simplified();
                break;
            }
        }
        if (canonicalAt.contains(c))
            row.choice = canonicalAt.value(c);
        else if (kind == io::ImportKind::Responses && columns.others.contains(c))
            row.choice = kQuestion;
        m_rows << row;
    }
    endResetModel();
    emit mappingChanged();
}

QList<std::pair<QString, QString>> ColumnMappingModel::choices() const
{
    QList<std::pair<QString, QString>> list{{kNotImported, choiceLabel(kNotImported)}};
    if (m_kind == io::ImportKind::Responses)
        list.append({kQuestion, choiceLabel(kQuestion)});
    for (const QString& name : io::canonicalColumns(m_kind))
        list.append({name, name});
    return list;
}

QString ColumnMappingModel::choiceLabel(const QString& key) const
{
    if (key == kNotImported)
        return tr("Not imported");
    if (key == kQuestion)
        return tr("A survey question");
    return key;
}

QStringList ColumnMappingModel::columnNotes(int headerSize) const
{
    QStringList notes(headerSize);
    for (const Row& row : m_rows)
        if (row.column < headerSize)
            notes[row.column] = row.choice == kNotImported
                                    ? tr("(not imported)")
                                    : QStringLiteral("→ %1").arg(choiceLabel(row.choice));
    return notes;
}

io::ColumnMapping ColumnMappingModel::mapping() const
{
    io::ColumnMapping mapping;
    for (const Row& row : m_rows) {
        if (row.choice == kNotImported)
            mapping.ignore(row.header);
        else if (row.choice != kQuestion)
            mapping.set(row.choice, row.header);
    }
    return mapping;
}

bool ColumnMappingModel::isAssigned(const QString& canonical) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [&](const Row& row) { return row.choice == canonical; });
}

QString ColumnMappingModel::problem() const
{
    bool identifies = isAssigned(QStringLiteral("id")) || isAssigned(QStringLiteral("person_id"));
    for (const model::IdentityKind kind : io::importIdentityKinds())
        identifies = identifies || isAssigned(model::identityKindName(kind));
    switch (m_kind) {
    case io::ImportKind::People:
        if (!identifies)
            return tr("Choose the column that holds the email or a handle (GitHub, X, …): "
                      "without one, people could not be matched on the next import.");
        break;
    case io::ImportKind::Activities:
        for (const QString& required : {QStringLiteral("type"), QStringLiteral("timestamp")})
            if (!isAssigned(required))
                return tr("Choose the column that holds the activity's “%1”.").arg(required);
        if (!identifies)
            return tr("Choose the column that says who did it: the email or a handle.");
        break;
    case io::ImportKind::Responses:
        if (!isAssigned(QStringLiteral("submitted_at")))
            return tr("Choose the column that holds when each response was submitted "
                      "(“submitted_at”).");
        if (!isAssigned(kQuestion))
            return tr("Choose at least one column that is a survey question.");
        break;
    }
    return {};
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (index.column()) {
    case FileColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.header)
                                                                  : QVariant();
    case Example:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.example)
                                                                  : QVariant();
    case ImportedAs:
        if (role == Qt::DisplayRole)
            return choiceLabel(row.choice);
        if (role == Qt::EditRole || role == ChoiceRole)
            return row.choice;
        if (role == Qt::ForegroundRole && row.choice == kNotImported)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != ImportedAs || (role != Qt::EditRole && role != ChoiceRole))
        return false;
    const QString choice = value.toString();
    const QList<std::pair<QString, QString>> all = choices();
    const bool known =
        std::any_of(all.cbegin(), all.cend(), [&](const auto& c) { return c.first == choice; });
    if (!known)
        return false;
    if (m_rows[index.row()].choice == choice)
        return true;
    // One column per field: the column that had it is left out.
    if (choice != kNotImported && choice != kQuestion) {
        for (int r = 0; r < m_rows.size(); ++r) {
            if (r != index.row() && m_rows[r].choice == choice) {
                m_rows[r].choice = kNotImported;
                emit dataChanged(this->index(r, ImportedAs), this->index(r, ImportedAs));
            }
        }
    }
    m_rows[index.row()].choice = choice;
    emit dataChanged(index, index);
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ImportedAs)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("Column in the file");
    case Example:
        return tr("First value");
    case ImportedAs:
        return tr("Imported as");
    }
    return {};
}

} // namespace rapport::ui
