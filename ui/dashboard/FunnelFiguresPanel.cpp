// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/FunnelFiguresPanel.h"

#include "ui/dashboard/FunnelCharts.h"
#include "ui/dashboard/FunnelFigures.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QString percent(double rate)
{
    return QLocale().toString(rate * 100, 'f', 1) + QLocale().percent();
}

} // namespace

FunnelFiguresPanel::FunnelFiguresPanel(QWidget* parent)
    : QWidget(parent), m_messageLabel(new QLabel(this)), m_stepsChart(new FunnelBarChart(this)),
      m_stepsTable(new QTableWidget(this)), m_breakdownLabel(new QLabel(this)),
      m_breakdownChart(new FunnelBarChart(this))
{
    m_stepsChart->setObjectName(QStringLiteral("funnelChartView"));
    m_stepsTable->setObjectName(QStringLiteral("funnelTableWidget"));
    m_breakdownChart->setObjectName(QStringLiteral("breakdownChartView"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    m_stepsTable->setColumnCount(5);
    m_stepsTable->setHorizontalHeaderLabels({tr("Step"), tr("People"), tr("Overall conversion"),
                                             tr("Step conversion"), tr("Median time to convert")});
    m_stepsTable->verticalHeader()->hide();
    m_stepsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stepsTable->setToolTip(tr("Click a step to see its people"));
    m_stepsTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_stepsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stepsChart->setToolTip(tr("Click a bar to see its people"));
    m_breakdownChart->setToolTip(tr("Click a bar to see its people"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_stepsChart, 2);
    layout->addWidget(m_stepsTable);
    layout->addWidget(m_breakdownLabel);
    layout->addWidget(m_breakdownChart, 2);
    connect(m_stepsChart, &FunnelBarChart::barClicked, this,
            [this](int, int position) { drill(position, -1); });
    connect(m_stepsTable, &QTableWidget::cellClicked, this,
            [this](int row, int) { drill(row, -1); });
    connect(m_breakdownChart, &FunnelBarChart::barClicked, this, [this](int set, int category) {
        if (category >= 0 && category < int(m_chartGroups.size()))
            drill(set + (m_audienceStep && !m_groupAudience ? 1 : 0),
                  m_chartGroups[std::size_t(category)]);
    });
    clear();
}

void FunnelFiguresPanel::clear(const QString& message)
{
    m_figures = nullptr;
    m_names.clear();
    m_chartGroups.clear();
    m_stepsChart->clear();
    m_stepsTable->setRowCount(0);
    m_breakdownChart->clear();
    m_breakdownChart->hide();
    m_breakdownLabel->hide();
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void FunnelFiguresPanel::show(const FunnelFigures& figures, const QStringList& stepNames,
                              const QString& audienceStep)
{
    m_figures = &figures;
    m_audienceStep = !audienceStep.isEmpty();
    m_names = stepNames;
    if (m_audienceStep)
        m_names.prepend(audienceStep);
    m_messageLabel->hide();

    const std::vector<Row> total = rows(-1);
    QList<double> values;
    for (const Row& r : total)
        values.append(r.people);
    m_stepsChart->setBars(m_names, {tr("People")}, {values});

    const QLocale locale;
    m_stepsTable->setRowCount(int(total.size()));
    for (int i = 0; i < int(total.size()); ++i) {
        const Row& r = total[std::size_t(i)];
        const bool first = i == 0;
        const QStringList cells = {r.step, locale.toString(qint64(r.people)), percent(r.overall),
                                   first ? QStringLiteral("—") : percent(r.stepRate),
                                   r.median ? FunnelFigures::formatDuration(*r.median)
                                            : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_stepsTable->setItem(i, c, item);
        }
    }

    m_chartGroups = figures.largestGroups(kChartGroups);
    const bool grouped = !figures.groups().empty();
    m_breakdownChart->setVisible(grouped);
    m_breakdownLabel->setVisible(grouped);
    if (!grouped) {
        m_breakdownChart->clear();
        return;
    }
    m_groupAudience = m_audienceStep;
    QStringList categories;
    for (int g : m_chartGroups) {
        categories.append(figures.groups()[std::size_t(g)].label);
        m_groupAudience =
            m_groupAudience && figures.groups()[std::size_t(g)].inAudience.has_value();
    }
    const int skip = m_audienceStep && !m_groupAudience ? 1 : 0;
    QList<QList<double>> bySet(m_names.size() - skip);
    for (int g : m_chartGroups) {
        const std::vector<Row> groupRows = rows(g);
        for (qsizetype s = 0; s < bySet.size(); ++s)
            bySet[s].append(groupRows[std::size_t(s + skip)].people);
    }
    m_breakdownChart->setBars(categories, m_names.mid(skip), bySet);
    const int all = int(figures.groups().size());
    m_breakdownLabel->setText(all > int(m_chartGroups.size())
                                  ? tr("The %1 largest of %2 groups (the table lists all)")
                                        .arg(m_chartGroups.size())
                                        .arg(all)
                                  : tr("By group"));
}

std::vector<FunnelFiguresPanel::Row> FunnelFiguresPanel::rows(int group) const
{
    std::vector<Row> out;
    if (!m_figures)
        return out;
    const FunnelFigureGroup* g = group >= 0 ? &m_figures->groups()[std::size_t(group)] : nullptr;
    const std::vector<engine::FunnelStep>& steps = g ? g->steps : m_figures->result().steps;
    const std::optional<std::uint64_t> audience =
        g ? g->inAudience : std::optional<std::uint64_t>(m_figures->inAudience());
    const bool fromAudience = m_audienceStep && audience;
    if (m_audienceStep)
        out.push_back({m_names.value(0),
                       audience ? double(*audience) : 0,
                       audience ? 1.0 : 0.0,
                       0,
                       audience.has_value(),
                       {}});
    for (std::size_t j = 0; j < steps.size(); ++j) {
        const engine::FunnelStep& s = steps[j];
        Row r{m_names.value(qsizetype(j) + (m_audienceStep ? 1 : 0)),
              double(s.persons),
              s.overallRate,
              s.stepRate,
              true,
              j == 0 ? std::nullopt : s.medianSeconds};
        if (fromAudience) {
            r.overall = *audience ? double(s.persons) / double(*audience) : 0;
            if (j == 0)
                r.stepRate = r.overall;
        }
        out.push_back(r);
    }
    return out;
}

int FunnelFiguresPanel::figureStep(int position) const
{
    return m_audienceStep ? position : position + 1;
}

void FunnelFiguresPanel::drill(int position, int group)
{
    if (!m_figures || position < 0 || position >= m_names.size())
        return;
    QString title = m_names[position];
    if (group >= 0)
        title += QStringLiteral(" · ") + m_figures->groups()[std::size_t(group)].label;
    emit drillDown(title, m_figures->people(figureStep(position), group));
}

QList<QStringList> FunnelFiguresPanel::table() const
{
    QList<QStringList> out;
    if (!m_figures)
        return out;
    const bool grouped = !m_figures->groups().empty();
    QStringList header = {tr("Step"), tr("People"), tr("Overall conversion"), tr("Step conversion"),
                          tr("Median time to convert (days)")};
    if (grouped)
        header.prepend(tr("Group"));
    out.append(header);
    auto add = [&](int group, const QString& label) {
        const std::vector<Row> rs = rows(group);
        for (std::size_t i = 0; i < rs.size(); ++i) {
            const Row& r = rs[i];
            QStringList line = {r.step, r.known ? QString::number(qint64(r.people)) : QString(),
                                r.known ? QString::number(r.overall, 'f', 4) : QString(),
                                i == 0 ? QString() : QString::number(r.stepRate, 'f', 4),
                                r.median ? QString::number(double(*r.median) / 86400, 'f', 2)
                                         : QString()};
            if (grouped)
                line.prepend(label);
            out.append(line);
        }
    };
    add(-1, tr("All"));
    for (int g = 0; grouped && g < int(m_figures->groups().size()); ++g)
        add(g, m_figures->groups()[std::size_t(g)].label);
    return out;
}

} // namespace rapport::ui
