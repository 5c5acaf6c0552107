// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/RetentionView.h"

#include "core/engine/ParallelFor.h"
#include "core/engine/Retention.h"
#include "ui/ProjectSession.h" // SessionEngine.h (through DashboardContext.h) needs it whole
#include "ui/dashboard/DashboardContext.h"
#include "ui/dashboard/RetentionHeatDelegate.h"
#include "ui/dashboard/RetentionTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

using engine::CalendarPeriod;

namespace {

constexpr auto kDefaultStart = "registered";

QString percent(double rate)
{
    return RetentionView::tr("%1 %").arg(QLocale().toString(rate * 100, 'f', 1));
}

} // namespace

RetentionView::RetentionView(QWidget* parent)
    : DashboardView(parent), m_periodCombo(new QComboBox), m_startCombo(new QComboBox),
      m_returnCombo(new QComboBox), m_periodsSpin(new QSpinBox), m_table(new QTableView),
      m_headline(new QLabel), m_note(new QLabel), m_model(new RetentionTableModel(this))
{
    setObjectName(QStringLiteral("retentionView"));
    m_periodCombo->setObjectName(QStringLiteral("cohortPeriodCombo"));
    m_periodCombo->addItem(tr("Monthly cohorts"), int(CalendarPeriod::Kind::Month));
    m_periodCombo->addItem(tr("Weekly cohorts"), int(CalendarPeriod::Kind::Week));
    m_startCombo->setObjectName(QStringLiteral("startTypeCombo"));
    m_returnCombo->setObjectName(QStringLiteral("returnTypeCombo"));
    for (QComboBox* combo : {m_startCombo, m_returnCombo}) {
        combo->addItem(tr("Any activity"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_periodsSpin->setObjectName(QStringLiteral("periodsSpinBox"));
    m_periodsSpin->setRange(1, engine::RetentionQuery::kMaxPeriods);
    m_periodsSpin->setValue(12);
    m_periodsSpin->setAccelerated(true);

    m_table->setObjectName(QStringLiteral("retentionTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RetentionHeatDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_headline->setObjectName(QStringLiteral("retentionHeadline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_note->setObjectName(QStringLiteral("retentionNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* controls = new QHBoxLayout;
    auto* startLabel = new QLabel(tr("&Start:"));
    startLabel->setBuddy(m_startCombo);
    auto* returnLabel = new QLabel(tr("&Return:"));
    returnLabel->setBuddy(m_returnCombo);
    auto* periodsLabel = new QLabel(tr("P&eriods:"));
    periodsLabel->setBuddy(m_periodsSpin);
    controls->addWidget(m_periodCombo);
    controls->addSpacing(12);
    controls->addWidget(startLabel);
    controls->addWidget(m_startCombo);
    controls->addWidget(returnLabel);
    controls->addWidget(m_returnCombo);
    controls->addWidget(periodsLabel);
    controls->addWidget(m_periodsSpin);
    controls->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    for (QComboBox* combo : {m_periodCombo, m_startCombo, m_returnCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardView::parametersChanged);
    connect(m_startCombo, &QComboBox::activated, this, [this] { m_typesChosen = true; });
    connect(m_periodsSpin, &QSpinBox::valueChanged, this, &DashboardView::parametersChanged);
    connect(m_table, &QTableView::clicked, this, &RetentionView::drill);
    m_table->installEventFilter(this);
}

RetentionView::~RetentionView() = default;

QString RetentionView::title() const
{
    return tr("Retention");
}

std::optional<std::int32_t> RetentionView::typeOf(const QComboBox* combo)
{
    const QVariant key = combo->currentData();
    return key.isValid() ? std::optional(std::int32_t(key.toInt())) : std::nullopt;
}

void RetentionView::selectType(QComboBox* combo, std::optional<std::int32_t> key)
{
    const int index = key ? combo->findData(int(*key)) : 0;
    combo->setCurrentIndex(std::max(index, 0));
}

void RetentionView::fillTypes(const engine::Store& store)
{
    std::vector<std::pair<QString, std::int32_t>> types;
    for (std::uint32_t code = 0; code < store.types().size(); ++code) {
        const std::int64_t key = store.types().key(code);
        types.emplace_back(QString::fromStdString(store.types().name(key)), std::int32_t(key));
    }
    std::sort(types.begin(), types.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    // The same types as shown: leave the combos alone (an open popup stays open).
    bool same = m_startCombo->count() == int(types.size()) + 1;
    for (std::size_t i = 0; same && i < types.size(); ++i)
        same = m_startCombo->itemData(int(i) + 1).toInt() == types[i].second &&
               m_startCombo->itemText(int(i) + 1) == types[i].first;
    if (same)
        return;
    for (QComboBox* combo : {m_startCombo, m_returnCombo}) {
        std::optional<std::int32_t> chosen = typeOf(combo);
        if (combo == m_startCombo && !m_typesChosen && !chosen)
            if (const auto registered = store.types().keyNamed(kDefaultStart))
                chosen = std::int32_t(*registered);
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Any activity"));
        for (const auto& [name, key] : types)
            combo->addItem(name, int(key));
        selectType(combo, chosen);
    }
}

bool RetentionView::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on a cell drills down as a click does.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            drill(m_table->currentIndex());
            return true;
        }
    }
    return DashboardView::eventFilter(watched, event);
}

void RetentionView::recompute(const DashboardContext& context)
{
    const engine::ParallelFor fallback(1);
    const engine::ParallelFor& parallel = context.parallel ? *context.parallel : fallback;
    const engine::Store& store = context.store();
    m_data = context.data;
    m_parallel = context.parallel;
    m_asOf = context.asOf;
    fillTypes(store);

    engine::RetentionQuery q;
    q.start.type = typeOf(m_startCombo);
    q.start.campaigns = context.activities.campaigns;
    q.start.channels = context.activities.channels;
    q.returning.type = typeOf(m_returnCombo);
    q.returning.campaigns = context.activities.campaigns;
    q.returning.channels = context.activities.channels;
    q.period = CalendarPeriod::Kind(m_periodCombo->currentData().toInt());
    q.periods = m_periodsSpin->value();
    q.dateRange = context.range;
    q.people = context.people;
    m_query = q;
    m_people = context.people.compile(store);

    engine::RetentionResult result = engine::Retention::compute(store, q, parallel, &m_people);
    engine::Provenance cells = result.provenance;
    cells.parameters.emplace_back("as of", CalendarPeriod::isoTime(context.asOf));
    cells.filters.push_back("audience and dates of the dashboard; its campaign and channel "
                            "conditions apply to the start and the return activities");
    m_model->setResult(std::move(result), q.period, q.periods, context.asOf);

    engine::Provenance average = cells;
    average.definition =
        "Average row, for period k: the people retained in period k over the people of the "
        "cohorts whose period k had ended by the as-of time (Σ retained / Σ cohort size: "
        "each cohort weighs as many people as it has). Cohorts still in period k, or not yet "
        "there, are left out. " +
        cells.definition;
    m_provenance = {cells, average};

    const RetentionTableModel::Average& a = m_model->average();
    const int shownPeriod = q.periods > 1 ? 1 : 0;
    if (a.people == 0) {
        m_headline->setText(tr("Nobody started in these dates."));
    } else if (a.base[std::size_t(shownPeriod)] == 0) {
        m_headline->setText(tr("People who started: %1; no cohort has completed %2 yet.")
                                .arg(QLocale().toString(qulonglong(a.people)),
                                     m_model->periodName(shownPeriod).toLower()));
    } else {
        const std::size_t k = std::size_t(shownPeriod);
        m_headline->setText(
            tr("%1 of the people who started came back in %2 (%3 of %4, average of completed "
               "cohorts).")
                .arg(percent(double(a.retained[k]) / double(a.base[k])),
                     m_model->periodName(shownPeriod).toLower(),
                     QLocale().toString(qulonglong(a.retained[k])),
                     QLocale().toString(qulonglong(a.base[k]))));
    }
    m_note->setText(tr("Cohort: the period of a person's first start activity in the dates "
                       "chosen. Period 0 is the period the person started in. Periods in "
                       "progress are in italics; the average row counts completed periods only, "
                       "weighted by cohort size. Click a cell for the people behind it."));
}

std::vector<engine::Provenance> RetentionView::provenance() const
{
    return m_provenance;
}

QList<QStringList> RetentionView::table() const
{
    return m_model->table();
}

QList<qint64> RetentionView::peopleAt(int row, int column) const
{
    QList<qint64> keys;
    if (!m_data || column < 1 || column >= m_model->columnCount() || row < 0 ||
        row >= m_model->rowCount())
        return keys;
    if (m_model->stateAt(row, column) == RetentionTableModel::CellState::NotYet)
        return keys;
    const std::vector<std::int64_t> cohorts = m_model->cohortsAt(row, column);
    if (cohorts.empty())
        return keys;
    const engine::ParallelFor fallback(1);
    const engine::Store& store = m_data->store;
    const engine::PersonSet members =
        engine::Retention::members(store, m_query, m_parallel ? *m_parallel : fallback, cohorts,
                                   RetentionTableModel::periodAt(column), &m_people);
    members.forEach([&](std::size_t r) { keys << store.key(std::uint32_t(r)); });
    std::sort(keys.begin(), keys.end());
    return keys;
}

void RetentionView::drill(const QModelIndex& index)
{
    if (!index.isValid() || index.column() < 1)
        return;
    const QList<qint64> keys = peopleAt(index.row(), index.column());
    if (keys.isEmpty())
        return;
    const QString cohort = m_model->rowLabel(index.row());
    const std::optional<int> k = RetentionTableModel::periodAt(index.column());
    const QString what =
        k ? (index.row() == RetentionTableModel::kAverageRow
                 ? tr("Retained in %1 · completed cohorts").arg(m_model->periodName(*k).toLower())
                 : tr("Cohort %1 · retained in %2").arg(cohort, m_model->periodName(*k).toLower()))
          : (index.row() == RetentionTableModel::kAverageRow ? tr("Every cohort")
                                                             : tr("Cohort %1").arg(cohort));
    emit drillDown(what, keys);
}

} // namespace rapport::ui
