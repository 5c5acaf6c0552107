// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Survey.h"

#include <QAbstractTableModel>

namespace rapport::ui {

class SurveyController;

/**
 * The questions of one survey, in order, for the designer: text, type, options or scale,
 * required, and how many answers each has. Edits go through the controller; rows can be
 * dragged to a new place (moveQuestion).
 */
class QuestionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Text, Kind, Options, Required, Answers, ColumnCount };
    /** Qt::UserRole-based role with the question's QuestionKind as int. */
    static constexpr int KindRole = Qt::UserRole + 20;

    explicit QuestionListModel(SurveyController* controller, QObject* parent = nullptr);

    /** Shows survey's questions (null: none) as stored now. */
    void setSurvey(const model::Uuid& survey);
    void reload();
    model::Uuid surveyId() const { return m_survey.meta.id; }
    const model::Question* question(int row) const;
    int rowOf(const model::Uuid& question) const;
    /** "Option 1 · Option 2", "1–5", "0–10", "—". */
    static QString optionsText(const model::Question& question);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    SurveyController* m_controller;
    model::Survey m_survey;
    QHash<model::Uuid, qint64> m_answers;
};

} // namespace rapport::ui
