// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/ResponseTableModel.h"

#include "ui/surveys/SurveyController.h"
#include "ui/surveys/TableSupport.h"

#include <QLocale>

namespace rapport::ui {

ResponseTableModel::ResponseTableModel(SurveyController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
}

void ResponseTableModel::setSurvey(const model::Uuid& survey)
{
    m_surveyId = survey;
    reload();
}

void ResponseTableModel::reload()
{
    beginResetModel();
    m_questions.clear();
    m_responses.clear();
    m_names.clear();
    if (m_controller->session() && !m_surveyId.isNull()) {
        const storage::SurveyRepository repo = m_controller->surveys();
        if (std::optional<model::Survey> s = repo.get(m_surveyId)) {
            m_questions = s->questions;
            m_responses = repo.responses(m_surveyId);
            m_names = repo.respondentNames(m_surveyId);
        }
    }
    endResetModel();
}

model::Uuid ResponseTableModel::responseId(int row) const
{
    return row >= 0 && row < m_responses.size() ? m_responses[row].meta.id : model::Uuid();
}

int ResponseTableModel::rowOf(const model::Uuid& response) const
{
    for (int i = 0; i < m_responses.size(); ++i)
        if (m_responses[i].meta.id == response)
            return i;
    return -1;
}

QString ResponseTableModel::answerText(const model::Answer& answer)
{
    if (answer.number)
        return QString::number(*answer.number);
    if (!answer.choices.isEmpty())
        return answer.choices.join(QStringLiteral("; "));
    return answer.text;
}

const model::Answer* ResponseTableModel::answer(int row, int column) const
{
    const int q = column - FirstQuestion;
    if (row < 0 || row >= m_responses.size() || q < 0 || q >= m_questions.size())
        return nullptr;
    for (const model::Answer& a : m_responses[row].answers)
        if (a.question == m_questions[q].id)
            return &a;
    return nullptr;
}

int ResponseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_responses.size());
}

int ResponseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_surveyId.isNull() ? 0 : FirstQuestion + int(m_questions.size());
}

QVariant ResponseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_responses.size())
        return {};
    const model::SurveyResponse& r = m_responses[index.row()];
    const QLocale locale;
    if (index.column() == Respondent) {
        const QString name = r.person.isNull() ? QString() : m_names.value(r.person);
        switch (role) {
        case Qt::DisplayRole:
            return r.person.isNull() ? tr("Anonymous") : name;
        case Qt::EditRole:
            return name;
        case SortRole:
            return r.person.isNull() ? QString() : name.toCaseFolded();
        case Qt::ForegroundRole:
            if (r.person.isNull())
                return QPalette().brush(QPalette::PlaceholderText);
            break;
        case Qt::ToolTipRole:
            return tr("Type a person's e-mail address or handle to link the response; "
                      "leave it empty for an anonymous response");
        }
        return {};
    }
    if (index.column() == Submitted) {
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(r.submittedAt.toLocalTime(), QLocale::ShortFormat);
        case SortRole:
            return r.submittedAt.toMSecsSinceEpoch();
        }
        return {};
    }
    const model::Answer* a = answer(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return a ? answerText(*a) : QString();
    case SortRole:
        if (a && a->number)
            return *a->number;
        return a ? answerText(*a).toCaseFolded() : QVariant();
    case Qt::ToolTipRole:
        return a && !a->text.isEmpty() ? a->text : QVariant();
    case Qt::TextAlignmentRole:
        if (a && a->number)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ResponseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int q = section - FirstQuestion;
    if (role == Qt::ToolTipRole && q >= 0 && q < m_questions.size())
        return m_questions[q].text;
    if (role != Qt::DisplayRole)
        return {};
    if (section == Respondent)
        return tr("Respondent");
    if (section == Submitted)
        return tr("Submitted");
    return q >= 0 && q < m_questions.size() ? m_questions[q].text : QVariant();
}

Qt::ItemFlags ResponseTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Submitted && m_controller->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ResponseTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_responses.size())
        return false;
    const model::SurveyResponse& r = m_responses[index.row()];
    if (index.column() == Respondent) {
        if (value.toString().trimmed() == data(index, Qt::EditRole).toString())
            return true;
        return m_controller->setRespondent(r.meta.id, value.toString());
    }
    const int q = index.column() - FirstQuestion;
    if (q < 0 || q >= m_questions.size())
        return false;
    return m_controller->setAnswer(r.meta.id, m_questions[q].id, value.toString());
}

} // namespace rapport::ui
