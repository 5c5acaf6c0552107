// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/SatisfactionCommentModel.h"

#include <QLocale>

namespace rapport::ui {

void SatisfactionCommentModel::setComments(QList<storage::SurveyComment> comments,
                                           QHash<qint64, QString> scores)
{
    beginResetModel();
    m_comments = std::move(comments);
    m_scores = std::move(scores);
    endResetModel();
}

int SatisfactionCommentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

int SatisfactionCommentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SatisfactionCommentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_comments.size())
        return {};
    const storage::SurveyComment& c = m_comments[index.row()];
    if (role == Qt::ToolTipRole && index.column() == Comment)
        return tr("%1\n\n— %2: %3").arg(c.text, c.survey, c.question);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Comment:
        return c.text;
    case Score:
        return m_scores.value(c.response);
    case Respondent:
        return c.person ? c.personName : tr("Anonymous");
    case Survey:
        return c.survey;
    case Submitted:
        return QLocale().toString(c.submittedAt.toLocalTime(), QLocale::ShortFormat);
    case Tags:
        return c.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant SatisfactionCommentModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Comment:
        return tr("Comment");
    case Score:
        return tr("Score");
    case Respondent:
        return tr("Respondent");
    case Survey:
        return tr("Survey");
    case Submitted:
        return tr("Submitted");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace rapport::ui
