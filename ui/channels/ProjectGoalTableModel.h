// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Goals.h"
#include "core/model/Goal.h"

#include <QAbstractTableModel>

#include <functional>

namespace rapport::ui {

class ChannelController;

/** The project's goals (project-wide and per campaign) with their current progress. */
class ProjectGoalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Metric, Target, From, To, Campaign, Progress, Done, ColumnCount };
    /** Done column: the fraction reached (double), absent when unknown. */
    static constexpr int FractionRole = Qt::UserRole + 40;

    using ProgressOf = std::function<std::optional<engine::GoalProgress>(const model::Goal&)>;

    explicit ProjectGoalTableModel(ChannelController* controller, QObject* parent = nullptr);

    /** Where progress comes from; nullopt while it is not computed. */
    void setProgressSource(ProgressOf source) { m_progressOf = std::move(source); }
    void reload();
    /** Recomputes the progress column only. */
    void refreshProgress();
    model::Uuid goalId(int row) const;
    int rowOf(const model::Uuid& id) const;

    /** "NPS", "CSAT", "Advocates", "Reach (views)", or the activity type as it is. */
    static QString metricTitle(const QString& metric);
    static QString metricOf(const QString& title);

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
        model::Goal goal;
        std::optional<engine::GoalProgress> progress;
    };
    QString valueText(const QString& metric, double value) const;

    ChannelController* m_controller;
    ProgressOf m_progressOf;
    QList<Row> m_rows;
    QList<std::pair<QString, model::Uuid>> m_campaigns;
    QHash<model::Uuid, QString> m_campaignNames;
    QStringList m_activityTypes;
};

} // namespace rapport::ui
