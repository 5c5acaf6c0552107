// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/PersonSet.h"
#include "core/engine/RetentionQuery.h"
#include "core/storage/EngineLoader.h"
#include "ui/dashboard/DashboardView.h"

#include <QList>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace rapport::engine {
class ParallelFor;
}

namespace rapport::ui {

class RetentionTableModel;

/**
 * Cohort retention (engine::Retention) as a heat-map table: weekly or monthly cohorts of the
 * people whose first start activity (a type, or any) falls in the dashboard's dates, and the
 * share of each cohort coming back (a return type, or any activity) in each of the next N
 * periods, with an average row (RetentionTableModel says how it is weighted).
 *
 * The dashboard's audience chooses the people counted, its dates bound the start, and its
 * campaign and channel conditions apply to both the start and the return activities.
 *
 * Clicking a cell drills down to exactly the people it counts (engine::Retention::members):
 * a period cell, those of the cohort retained then; the People column, the whole cohort;
 * the average row, the same over the cohorts it averages.
 */
class RetentionView : public DashboardView
{
    Q_OBJECT

public:
    explicit RetentionView(QWidget* parent = nullptr);
    ~RetentionView() override;

    QString title() const override;
    void recompute(const DashboardContext& context) override;
    std::vector<engine::Provenance> provenance() const override;
    QList<QStringList> table() const override;

    /** The query of the figures shown (with the dashboard's filters applied). */
    const engine::RetentionQuery& query() const { return m_query; }
    RetentionTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QComboBox* periodCombo() const { return m_periodCombo; }
    QComboBox* startCombo() const { return m_startCombo; }
    QComboBox* returnCombo() const { return m_returnCombo; }
    QSpinBox* periodsSpin() const { return m_periodsSpin; }

    /** people.keys behind a cell of the table, ascending (empty for an empty cell). */
    QList<qint64> peopleAt(int row, int column) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void drill(const QModelIndex& index);
    void fillTypes(const engine::Store& store);
    void selectType(QComboBox* combo, std::optional<std::int32_t> key);
    static std::optional<std::int32_t> typeOf(const QComboBox* combo);

    QComboBox* m_periodCombo;
    QComboBox* m_startCombo;
    QComboBox* m_returnCombo;
    QSpinBox* m_periodsSpin;
    QTableView* m_table;
    QLabel* m_headline;
    QLabel* m_note;
    RetentionTableModel* m_model;

    std::shared_ptr<const storage::EngineData> m_data; ///< the snapshot shown
    const engine::ParallelFor* m_parallel = nullptr;
    engine::RetentionQuery m_query;
    engine::PersonSet m_people; ///< the audience on m_data's store
    std::int64_t m_asOf = 0;
    std::vector<engine::Provenance> m_provenance;
    bool m_typesChosen = false; ///< the user (or a first default) picked the start type
};

} // namespace rapport::ui
