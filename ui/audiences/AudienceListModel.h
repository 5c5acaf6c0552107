// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rapport::ui {

/** The project's audiences: name, kind, how many people, description. */
class AudienceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        People,
        Description,
        ColumnCount
    };
    /** The audience id (as a string) of a row. */
    static constexpr int IdRole = Qt::UserRole + 1;
    /** The sort key: the name, the kind's name, the count as a number. */
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit AudienceListModel(QObject* parent = nullptr);

    /** Shows audiences; the counts of those still listed are kept until setCount(). */
    void setAudiences(const QList<model::Audience>& audiences);
    const QList<model::Audience>& audiences() const { return m_audiences; }
    const model::Audience* audience(int row) const;
    int rowOf(const model::Uuid& id) const;

    /** The number of people in an audience; −1 shows it is being counted, error a failure. */
    void setCount(const model::Uuid& id, qint64 people, const QString& error = {});
    qint64 count(const model::Uuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(model::Audience::Kind kind);

private:
    struct Count
    {
        qint64 people = -1;
        QString error;
    };
    QList<model::Audience> m_audiences;
    QHash<model::Uuid, Count> m_counts;
};

} // namespace rapport::ui
