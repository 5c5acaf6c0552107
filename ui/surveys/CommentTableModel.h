// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Survey.h"
#include "core/storage/SurveyRepository.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace rapport::ui {

class SurveyController;

/** The free-text answers of one survey, with their tags (edited as "tag, tag"). */
class CommentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Comment, Question, Respondent, Submitted, Tags, ColumnCount };
    static constexpr int TagsRole = Qt::UserRole + 30;     ///< QStringList
    static constexpr int QuestionRole = Qt::UserRole + 31; ///< question id as text

    explicit CommentTableModel(SurveyController* controller, QObject* parent = nullptr);

    void setSurvey(const model::Uuid& survey);
    void reload();
    storage::AnswerKey answerKey(int row) const;
    QStringList tags(int row) const;
    int rowOf(const storage::AnswerKey& key) const;
    /** Every tag in use with how many comments carry it, by name. */
    QList<std::pair<QString, int>> tagCounts() const;
    /** The free-text questions of the survey: (id, text). */
    QList<std::pair<model::Uuid, QString>> textQuestions() const;

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
        storage::AnswerKey key;
        QString text;
        QString question;
        model::Uuid person;
        QDateTime submittedAt;
        QStringList tags;
    };

    SurveyController* m_controller;
    model::Uuid m_surveyId;
    QList<Row> m_rows;
    QList<std::pair<model::Uuid, QString>> m_questions;
    QHash<model::Uuid, QString> m_names;
};

/** Comments with a tag (or none), of a question, containing a text. */
class CommentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /** Empty: any; untagged(): only comments without tags. */
    void setTag(const QString& tag);
    QString tag() const { return m_tag; }
    static QString untagged() { return QStringLiteral("\x01untagged"); }
    /** Null: every free-text question. */
    void setQuestion(const model::Uuid& question);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_tag;
    model::Uuid m_question;
    QString m_text;
};

} // namespace rapport::ui
