// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Content.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>

namespace rapport::ui {

/**
 * The project's pieces as a table: title, kind, series, authors, published, reach (views
 * over all time, as the content loop counts them). Thousands of rows: read whole.
 */
class ContentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Kind,
        Series,
        Authors,
        Published,
        Reach,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole, // the piece's id as text
        SortRole,
    };
    struct Row
    {
        model::Uuid id;
        QString title;
        model::ContentKind kind = model::ContentKind::Article;
        model::Uuid series;
        QString seriesName;
        QList<model::Uuid> authors;
        QStringList authorNames;
        QDate published;
        qint64 reach = 0;
        int distributions = 0;
    };

    explicit ContentTableModel(QObject* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    void reload();
    const Row& row(int row) const { return m_rows.at(row); }
    /** The row of piece id, or -1. */
    int rowOf(const model::Uuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> read() const;

    QSqlDatabase m_db;
    QList<Row> m_rows;
};

/** Filters pieces by a text (title, series, authors), a series and an author. */
class ContentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class SeriesFilter
    {
        Any,
        None, // pieces outside any series
        One,
    };

    explicit ContentFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setSeries(SeriesFilter filter, const model::Uuid& series = {});
    void setAuthor(const model::Uuid& author); // null: any
    model::Uuid author() const { return m_author; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    SeriesFilter m_seriesFilter = SeriesFilter::Any;
    model::Uuid m_series;
    model::Uuid m_author;
};

} // namespace rapport::ui
