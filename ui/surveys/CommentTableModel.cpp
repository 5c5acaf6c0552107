// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/CommentTableModel.h"

#include "ui/surveys/SurveyController.h"
#include "ui/surveys/TableSupport.h"

#include <QLocale>

#include <algorithm>

namespace rapport::ui {

CommentTableModel::CommentTableModel(SurveyController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
}

void CommentTableModel::setSurvey(const model::Uuid& survey)
{
    m_surveyId = survey;
    reload();
}

void CommentTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_questions.clear();
    m_names.clear();
    if (m_controller->session() && !m_surveyId.isNull()) {
        const storage::SurveyRepository repo = m_controller->surveys();
        if (std::optional<model::Survey> s = repo.get(m_surveyId)) {
            QHash<model::Uuid, QString> texts;
            for (const model::Question& q : s->questions) {
                if (q.kind == model::QuestionKind::Text) {
                    texts.insert(q.id, q.text);
                    m_questions.append({q.id, q.text});
                }
            }
            const QHash<storage::AnswerKey, QStringList> tags = repo.answerTags(m_surveyId);
            m_names = repo.respondentNames(m_surveyId);
            for (const model::SurveyResponse& r : repo.responses(m_surveyId)) {
                for (const model::Answer& a : r.answers) {
                    if (!texts.contains(a.question) || a.text.trimmed().isEmpty())
                        continue;
                    const storage::AnswerKey key{r.meta.id, a.question};
                    m_rows.append({key, a.text, texts.value(a.question), r.person, r.submittedAt,
                                   tags.value(key)});
                }
            }
        }
    }
    endResetModel();
}

storage::AnswerKey CommentTableModel::answerKey(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : storage::AnswerKey();
}

QStringList CommentTableModel::tags(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].tags : QStringList();
}

int CommentTableModel::rowOf(const storage::AnswerKey& key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return i;
    return -1;
}

QList<std::pair<QString, int>> CommentTableModel::tagCounts() const
{
    QMap<QString, std::pair<QString, int>> counts; // by folded name
    for (const Row& row : m_rows) {
        for (const QString& tag : row.tags) {
            auto& entry = counts[tag.toCaseFolded()];
            if (entry.first.isEmpty())
                entry.first = tag;
            ++entry.second;
        }
    }
    QList<std::pair<QString, int>> result(counts.begin(), counts.end());
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return result;
}

QList<std::pair<model::Uuid, QString>> CommentTableModel::textQuestions() const
{
    return m_questions;
}

int CommentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Comment:
            return role == Qt::DisplayRole ? row.text.simplified() : row.text;
        case Question:
            return row.question;
        case Respondent:
            return row.person.isNull() ? tr("Anonymous") : m_names.value(row.person);
        case Submitted:
            return QLocale().toString(row.submittedAt.toLocalTime(), QLocale::ShortFormat);
        case Tags:
            return row.tags.join(QStringLiteral(", "));
        }
        break;
    case SortRole:
        if (index.column() == Submitted)
            return row.submittedAt.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case Qt::ToolTipRole:
        if (index.column() == Comment)
            return row.text;
        if (index.column() == Tags)
            return tr("Tags separated by commas group similar comments");
        break;
    case TagsRole:
        return row.tags;
    case QuestionRole:
        return row.key.question.toString();
    }
    return {};
}

QVariant CommentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Comment:
        return tr("Comment");
    case Question:
        return tr("Question");
    case Respondent:
        return tr("Respondent");
    case Submitted:
        return tr("Submitted");
    case Tags:
        return tr("Tags");
    }
    return {};
}

Qt::ItemFlags CommentTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Tags && m_controller->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

bool CommentTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Tags || role != Qt::EditRole ||
        index.row() >= m_rows.size())
        return false;
    const QStringList tags = value.toString().split(u',', Qt::SkipEmptyParts);
    return m_controller->setTags({{m_rows[index.row()].key, tags}}, tr("Tag a comment"));
}

void CommentFilterModel::setTag(const QString& tag)
{
    m_tag = tag;
    invalidateFilter();
}

void CommentFilterModel::setQuestion(const model::Uuid& question)
{
    m_question = question;
    invalidateFilter();
}

void CommentFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool CommentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_question.isNull() &&
        index.data(CommentTableModel::QuestionRole).toString() != m_question.toString())
        return false;
    const QStringList tags = index.data(CommentTableModel::TagsRole).toStringList();
    if (m_tag == untagged() ? !tags.isEmpty()
                            : !m_tag.isEmpty() && !tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_text.isEmpty()) {
        bool found = false;
        for (int column = 0; column < sourceModel()->columnCount() && !found; ++column)
            found = sourceModel()
                        ->index(sourceRow, column, sourceParent)
                        .data(Qt::EditRole)
                        .toString()
                        .contains(m_text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace rapport::ui
