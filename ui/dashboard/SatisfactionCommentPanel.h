// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SurveyComments.h"

#include <QHash>
#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace rapport::ui {

class SatisfactionCommentModel;

/**
 * The side panel of the satisfaction view: the free-text comments of the responses behind
 * the bar or point clicked, and who gave them. Linked respondents can be listed in the People
 * area (peopleRequested); anonymous responses are counted, and the panel says they cannot be
 * listed.
 */
class SatisfactionCommentPanel : public QWidget
{
    Q_OBJECT

public:
    /** What the panel shows. */
    struct Contents
    {
        QString title;                       ///< "Promoters · Mar 2025"
        std::vector<std::int64_t> responses; ///< keys of the responses behind the figure
        QList<qint64> people;                ///< their linked respondents, ascending
        quint64 anonymous = 0;               ///< responses without a person
        QList<storage::SurveyComment> comments;
        QHash<qint64, QString> scores; ///< response key → "NPS 9 · CSAT 4"
        QString error;                 ///< why the comments could not be read
    };

    explicit SatisfactionCommentPanel(QWidget* parent = nullptr);

    void setContents(Contents contents);
    const Contents& contents() const { return m_contents; }

    SatisfactionCommentModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* peopleButton() const { return m_people; }
    QToolButton* closeButton() const { return m_close; }

signals:
    /** "Show these people" was pressed. */
    void peopleRequested(const QString& title, const QList<qint64>& personKeys);
    void closeRequested();

private:
    Contents m_contents;
    SatisfactionCommentModel* m_model;
    QLabel* m_title;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_people;
    QToolButton* m_close;
};

} // namespace rapport::ui
