// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/QuestionListModel.h"

#include "ui/surveys/SurveyController.h"
#include "ui/surveys/TableSupport.h"

#include <QLocale>
#include <QMimeData>

namespace rapport::ui {

using model::Question;
using model::QuestionKind;

namespace {

const QString kRowMime = QStringLiteral("application/x-rapport-question-row");

constexpr QuestionKind kKinds[] = {QuestionKind::Nps,          QuestionKind::Csat,
                                   QuestionKind::Likert,       QuestionKind::SingleChoice,
                                   QuestionKind::MultiChoice,  QuestionKind::Text};

bool isChoice(QuestionKind kind)
{
    return kind == QuestionKind::SingleChoice || kind == QuestionKind::MultiChoice;
}

} // namespace

QuestionListModel::QuestionListModel(SurveyController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
}

void QuestionListModel::setSurvey(const model::Uuid& survey)
{
    m_survey.meta.id = survey;
    reload();
}

void QuestionListModel::reload()
{
    beginResetModel();
    const model::Uuid id = m_survey.meta.id;
    m_survey = {};
    m_answers.clear();
    if (m_controller->session() && !id.isNull()) {
        const storage::SurveyRepository repo = m_controller->surveys();
        if (std::optional<model::Survey> s = repo.get(id)) {
            m_survey = std::move(*s);
            m_answers = repo.answerCounts(id);
        }
    }
    m_survey.meta.id = id;
    endResetModel();
}

const Question* QuestionListModel::question(int row) const
{
    return row >= 0 && row < m_survey.questions.size() ? &m_survey.questions[row] : nullptr;
}

int QuestionListModel::rowOf(const model::Uuid& question) const
{
    for (int i = 0; i < m_survey.questions.size(); ++i)
        if (m_survey.questions[i].id == question)
            return i;
    return -1;
}

QString QuestionListModel::optionsText(const Question& question)
{
    if (isChoice(question.kind))
        return question.options.join(QStringLiteral(" · "));
    if (question.kind == QuestionKind::Text)
        return QStringLiteral("—");
    return QStringLiteral("%1–%2").arg(question.minValue()).arg(question.maxValue());
}

int QuestionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_survey.questions.size());
}

int QuestionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionListModel::data(const QModelIndex& index, int role) const
{
    const Question* q = question(index.row());
    if (!q)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return index.row() + 1;
        case Text:
            return q->text;
        case Kind:
            return SurveyController::kindTitle(q->kind);
        case Options:
            return optionsText(*q);
        case Answers:
            return QLocale().toString(m_answers.value(q->id));
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Text:
            return q->text;
        case Kind:
            return SurveyController::kindTitle(q->kind);
        case Options:
            if (q->kind == QuestionKind::Likert)
                return tr("%n points", nullptr, q->scalePoints);
            return q->options.join(u'\n');
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == Required)
            return q->required ? Qt::Checked : Qt::Unchecked;
        break;
    case ChoicesRole:
        if (index.column() == Kind) {
            QStringList kinds;
            for (QuestionKind kind : kKinds)
                kinds << SurveyController::kindTitle(kind);
            return kinds;
        }
        if (index.column() == Options && q->kind == QuestionKind::Likert)
            return QStringList{tr("%n points", nullptr, 5), tr("%n points", nullptr, 7)};
        break;
    case KindRole:
        return int(q->kind);
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Answers)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Options && isChoice(q->kind))
            return tr("One option per line");
        if (index.column() == Kind && m_answers.value(q->id) > 0)
            return tr("A question with answers keeps its type");
        if (index.column() == Required)
            return tr("A response must answer a required question");
        break;
    }
    return {};
}

QVariant QuestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Text:
        return tr("Question");
    case Kind:
        return tr("Type");
    case Options:
        return tr("Options / scale");
    case Required:
        return tr("Required");
    case Answers:
        return tr("Answers");
    }
    return {};
}

Qt::ItemFlags QuestionListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid()) // below the last row: a question dropped there goes last
        return m_controller->canEdit() ? f | Qt::ItemIsDropEnabled : f;
    const Question* q = question(index.row());
    if (!q || !m_controller->canEdit())
        return f;
    f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    switch (index.column()) {
    case Text:
    case Kind:
        f |= Qt::ItemIsEditable;
        break;
    case Options:
        if (isChoice(q->kind) || q->kind == QuestionKind::Likert)
            f |= Qt::ItemIsEditable;
        break;
    case Required:
        f |= Qt::ItemIsUserCheckable;
        break;
    }
    return f;
}

bool QuestionListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Question* q = question(index.row());
    if (!q)
        return false;
    Question changed = *q;
    if (role == Qt::CheckStateRole && index.column() == Required) {
        changed.required = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Text:
            changed.text = value.toString();
            break;
        case Kind:
            for (QuestionKind kind : kKinds)
                if (SurveyController::kindTitle(kind) == value.toString())
                    changed.kind = kind;
            break;
        case Options:
            if (q->kind == QuestionKind::Likert)
                changed.scalePoints = value.toString() == tr("%n points", nullptr, 7) ? 7 : 5;
            else
                changed.options = value.toString().split(u'\n');
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    return m_controller->changeQuestion(m_survey.meta.id, changed);
}

Qt::DropActions QuestionListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList QuestionListModel::mimeTypes() const
{
    return {kRowMime};
}

QMimeData* QuestionListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kRowMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool QuestionListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int,
                                        int, const QModelIndex&) const
{
    return data && data->hasFormat(kRowMime) && action == Qt::MoveAction &&
           m_controller->canEdit();
}

bool QuestionListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                     int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(kRowMime).toInt(&ok);
    if (!ok)
        return false;
    // Dropped between rows (row ≥ 0) it lands there; onto a row, it takes that row's place.
    int to = rowCount() - 1;
    if (row >= 0)
        to = row > from ? row - 1 : row;
    else if (parent.isValid())
        to = parent.row();
    to = std::clamp(to, 0, rowCount() - 1);
    // The move is done here; returning false keeps the view from removing the source rows.
    m_controller->moveQuestion(m_survey.meta.id, from, to);
    return false;
}

} // namespace rapport::ui
