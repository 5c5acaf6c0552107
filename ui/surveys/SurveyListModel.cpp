// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/SurveyListModel.h"

#include "core/storage/CampaignRepository.h"
#include "ui/ProjectSession.h"
#include "ui/surveys/SurveyController.h"
#include "ui/surveys/TableSupport.h"

#include <QLocale>

#include <algorithm>

namespace rapport::ui {

using model::QuestionKind;

SurveyListModel::SurveyListModel(SurveyController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
}

void SurveyListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_campaigns.clear();
    if (ProjectSession* session = m_controller->session()) {
        const storage::CampaignRepository campaigns(session->file().database(), m_controller->clock());
        QHash<model::Uuid, QString> names;
        for (const model::Campaign& c : campaigns.list()) {
            names.insert(c.meta.id, c.name);
            m_campaigns.append({c.name, c.meta.id});
        }
        std::sort(m_campaigns.begin(), m_campaigns.end(), [](const auto& a, const auto& b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        const storage::SurveyRepository surveys = m_controller->surveys();
        const QHash<model::Uuid, storage::SurveyScores> scores = surveys.scores();
        for (model::Survey& s : surveys.list()) {
            Row row{std::move(s), {}, {}};
            row.campaign = names.value(row.survey.campaign);
            row.scores = scores.value(row.survey.meta.id);
            m_rows.append(std::move(row));
        }
    }
    endResetModel();
}

model::Uuid SurveyListModel::surveyId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].survey.meta.id : model::Uuid();
}

int SurveyListModel::rowOf(const model::Uuid& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].survey.meta.id == id)
            return i;
    return -1;
}

const model::Survey* SurveyListModel::survey(const model::Uuid& id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_rows[row].survey : nullptr;
}

QString SurveyListModel::kindOf(const model::Survey& survey)
{
    bool nps = false, csat = false, likert = false;
    for (const model::Question& q : survey.questions) {
        nps |= q.kind == QuestionKind::Nps;
        csat |= q.kind == QuestionKind::Csat;
        likert |= q.kind == QuestionKind::Likert;
    }
    if (nps && csat)
        return tr("NPS + CSAT");
    if (nps)
        return tr("NPS");
    if (csat)
        return tr("CSAT");
    if (likert)
        return tr("Rating");
    return tr("Questionnaire");
}

int SurveyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SurveyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return row.survey.name;
        case Campaign:
            return row.campaign.isEmpty() && role == Qt::EditRole ? tr("(none)") : row.campaign;
        case Kind:
            return kindOf(row.survey);
        case Responses:
            return locale.toString(row.scores.responses);
        case Nps:
            if (const auto nps = row.scores.nps())
                return QStringLiteral("%1%2").arg(*nps > 0 ? QStringLiteral("+") : QString(),
                                                  locale.toString(*nps, 'f', 0));
            return QStringLiteral("—");
        case Csat:
            if (const auto csat = row.scores.csat())
                return locale.toString(*csat * 100, 'f', 0) + locale.percent();
            return QStringLiteral("—");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
        case Campaign:
        case Kind:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        case Responses:
            return row.scores.responses;
        case Nps:
            return row.scores.nps().value_or(-1000);
        case Csat:
            return row.scores.csat().value_or(-1);
        }
        break;
    case ChoicesRole:
        if (index.column() == Campaign) {
            QStringList names{tr("(none)")};
            for (const auto& [name, id] : m_campaigns)
                names << name;
            return names;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Responses)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Kind:
            return tr("From the survey's questions");
        case Nps:
            if (row.scores.npsAnswers)
                return tr("%1 promoters, %2 detractors of %Ln NPS answers", nullptr,
                          int(row.scores.npsAnswers))
                    .arg(row.scores.promoters)
                    .arg(row.scores.detractors);
            return tr("No NPS answers");
        case Csat:
            if (row.scores.csatAnswers)
                return tr("%1 of %Ln CSAT answers are 4 or 5", nullptr, int(row.scores.csatAnswers))
                    .arg(row.scores.satisfied);
            return tr("No CSAT answers");
        }
        break;
    }
    return {};
}

QVariant SurveyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Survey");
    case Campaign:
        return tr("Campaign");
    case Kind:
        return tr("Kind");
    case Responses:
        return tr("Responses");
    case Nps:
        return tr("NPS");
    case Csat:
        return tr("CSAT");
    }
    return {};
}

Qt::ItemFlags SurveyListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Name || index.column() == Campaign) &&
        m_controller->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

bool SurveyListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const model::Uuid id = surveyId(index.row());
    if (index.column() == Name)
        return m_controller->renameSurvey(id, value.toString());
    if (index.column() == Campaign) {
        model::Uuid campaign;
        for (const auto& [name, cid] : std::as_const(m_campaigns))
            if (name == value.toString())
                campaign = cid;
        return m_controller->setSurveyCampaign(id, campaign);
    }
    return false;
}

} // namespace rapport::ui
