// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Survey.h"
#include "core/storage/SurveyRepository.h"

#include <QAbstractTableModel>

namespace rapport::ui {

class SurveyController;

/** The project's surveys with their campaign, kind, response count and NPS/CSAT. */
class SurveyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Campaign, Kind, Responses, Nps, Csat, ColumnCount };

    explicit SurveyListModel(SurveyController* controller, QObject* parent = nullptr);

    /** Re-reads the surveys through the controller's session (none: empty). */
    void reload();
    model::Uuid surveyId(int row) const;
    int rowOf(const model::Uuid& id) const;
    const model::Survey* survey(const model::Uuid& id) const;
    /** "NPS", "CSAT", "NPS + CSAT", "Rating" or "Questionnaire", from the questions. */
    static QString kindOf(const model::Survey& survey);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        model::Survey survey;
        QString campaign;
        storage::SurveyScores scores;
    };

    SurveyController* m_controller;
    QList<Row> m_rows;
    QList<std::pair<QString, model::Uuid>> m_campaigns; // by name
};

} // namespace rapport::ui
