// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SurveyComments.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rapport::ui {

/** The comments behind a satisfaction figure, one row each, newest first (read-only). */
class SatisfactionCommentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Comment,
        Score,
        Respondent,
        Survey,
        Submitted,
        Tags,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    /** scores: response key → its scores as shown ("NPS 9 · CSAT 4"). */
    void setComments(QList<storage::SurveyComment> comments, QHash<qint64, QString> scores);
    const QList<storage::SurveyComment>& comments() const { return m_comments; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<storage::SurveyComment> m_comments;
    QHash<qint64, QString> m_scores;
};

} // namespace rapport::ui
