// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Survey.h"

#include <QAbstractTableModel>

namespace rapport::ui {

class SurveyController;

/** The responses of one survey: respondent, time, then one column per question. */
class ResponseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Respondent, Submitted, FirstQuestion };

    explicit ResponseTableModel(SurveyController* controller, QObject* parent = nullptr);

    void setSurvey(const model::Uuid& survey);
    void reload();
    model::Uuid responseId(int row) const;
    int rowOf(const model::Uuid& response) const;
    /** The text an answer shows: a number, the choices joined by "; ", or the text. */
    static QString answerText(const model::Answer& answer);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    const model::Answer* answer(int row, int column) const;

    SurveyController* m_controller;
    model::Uuid m_surveyId;
    QList<model::Question> m_questions;
    QList<model::SurveyResponse> m_responses;
    QHash<model::Uuid, QString> m_names;
};

} // namespace rapport::ui
