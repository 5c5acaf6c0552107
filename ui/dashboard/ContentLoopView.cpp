// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ContentLoopView.h"

#include "core/engine/ParallelFor.h"
#include "core/storage/ContentLoopReader.h"
#include "ui/ProjectSession.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/ContentLoopTableModel.h"
#include "ui/dashboard/SatisfactionColors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace rapport::ui {

using Kind = engine::ContentPeopleSelection::Kind;
using Of = engine::ContentPeopleSelection::Of;

namespace {

QString count(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString elided(const QString& text, int length = 36)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

/** Fills view's chart with horizontal bars, the first value on top; clicks report the value's
 *  index. */
QHorizontalBarSeries* fillBarChart(QChartView* view, const QString& title, const QString& name,
                                   const QStringList& labels, const QList<qreal>& values,
                                   const QColor& color, const QPalette& palette)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    ChartStyle(palette).apply(chart);
    chart->setTitle(title);
    chart->legend()->hide();
    auto* series = new QHorizontalBarSeries;
    series->setObjectName(name);
    auto* set = new QBarSet(title);
    // A category axis drops a repeated name (two pieces with one title, two namesakes), which
    // would shift every bar above it: repeats get a number.
    QStringList shown;
    QHash<QString, int> seen;
    for (const QString& label : labels) {
        QString text = elided(label);
        if (const int n = ++seen[text]; n > 1)
            text += QStringLiteral(" (%1)").arg(n);
        shown << text;
    }
    QStringList categories;
    for (qsizetype i = values.size() - 1; i >= 0; --i) { // categories run bottom to top
        *set << values[i];
        categories << shown[i];
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(15); // whole numbers in full, never 1.2e+06
    chart->addSeries(series);
    set->setColor(color);
    set->setBorderColor(Qt::transparent);
    set->setLabelColor(palette.color(QPalette::WindowText));
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    auto* x = new QValueAxis;
    // Whole-number ticks: steps of 1, 2 or 5 × 10^k, about five of them.
    const qreal max =
        values.isEmpty() ? 1 : std::max<qreal>(1, *std::max_element(values.begin(), values.end()));
    qreal step = std::pow(10.0, std::floor(std::log10(max / 5)));
    for (qreal factor : {1.0, 2.0, 5.0, 10.0})
        if (step * factor * 5 >= max) {
            step *= factor;
            break;
        }
    step = std::max<qreal>(1, std::round(step));
    x->setRange(0, std::ceil(max * 1.15 / step) * step); // room for the value beside the bar
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(step);
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    view->setMinimumHeight(std::max(220, int(values.size()) * 30 + 90));
    return series;
}

QTableView* makeTable(QWidget* parent, ContentLoopTableModel* model, const QString& name)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(ContentLoopTableModel::SortRole);
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ContentLoopView::ContentLoopView(QWidget* parent)
    : DashboardView(parent), m_byCombo(new QComboBox(this)),
      m_showAll(new QCheckBox(tr("Show &all"), this)), m_window(new QSpinBox(this)),
      m_headline(new QLabel(this)), m_note(new QLabel(this)), m_chartsWidget(new QWidget),
      m_activationView(new QChartView(m_chartsWidget)), m_reachView(new QChartView(m_chartsWidget)),
      m_itemModel(new ContentLoopTableModel(this)), m_flowModel(new ContentLoopTableModel(this))
{
    m_byCombo->setObjectName(QStringLiteral("byComboBox"));
    m_byCombo->addItem(tr("Per piece"), int(By::Piece));
    m_byCombo->addItem(tr("Per author"), int(By::Author));
    m_byCombo->addItem(tr("Per series"), int(By::Series));
    m_showAll->setObjectName(QStringLiteral("showAllCheckBox"));
    m_window->setObjectName(QStringLiteral("windowSpinBox"));
    m_window->setRange(0, 365);
    m_window->setValue(m_windowDays);
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(tr("How soon after reading an act counts as activated by the piece"));
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    m_activationView->setObjectName(QStringLiteral("activationChartView"));
    m_reachView->setObjectName(QStringLiteral("reachChartView"));
    for (QChartView* view : {m_activationView, m_reachView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->chart()->setMargins(QMargins(4, 4, 4, 4));
    }
    m_itemTable = makeTable(this, m_itemModel, QStringLiteral("itemTableView"));
    m_flowTable = makeTable(this, m_flowModel, QStringLiteral("flowTableView"));

    auto* windowLabel = new QLabel(tr("Acted &within:"), this);
    windowLabel->setBuddy(m_window);
    auto* byLabel = new QLabel(tr("&Show:"), this);
    byLabel->setBuddy(m_byCombo);
    auto* controls = new QHBoxLayout;
    controls->addWidget(byLabel);
    controls->addWidget(m_byCombo);
    controls->addWidget(m_showAll);
    controls->addSpacing(12);
    controls->addWidget(windowLabel);
    controls->addWidget(m_window);
    controls->addStretch(1);

    auto* charts = new QHBoxLayout(m_chartsWidget);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_activationView, 3); // the outcome leads, the reach is context
    charts->addWidget(m_reachView, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_chartsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_itemTable);
    tables->addWidget(m_flowTable);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_headline);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(m_byCombo, &QComboBox::currentIndexChanged, this,
            [this] { setBy(By(m_byCombo->currentData().toInt())); });
    connect(m_showAll, &QCheckBox::toggled, this, [this] { showBars(); });
    connect(m_window, &QSpinBox::valueChanged, this, &ContentLoopView::setWindowDays);
    connect(m_itemTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source =
            static_cast<QSortFilterProxyModel*>(m_itemTable->model())->mapToSource(index);
        drillToItem(source.row(), source.column() == 2 ? Kind::Readers : Kind::Activated);
    });
    connect(m_flowTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        drillToFlow(
            static_cast<QSortFilterProxyModel*>(m_flowTable->model())->mapToSource(index).row());
    });
}

ContentLoopView::~ContentLoopView() = default;

void ContentLoopView::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_contentRead = false;
    if (session)
        connect(session, &ProjectSession::contentChanged, this, [this] { m_contentRead = false; });
}

QString ContentLoopView::title() const
{
    return tr("Content loop");
}

void ContentLoopView::setBy(By by)
{
    if (m_byCombo->currentData().toInt() != int(by))
        m_byCombo->setCurrentIndex(m_byCombo->findData(int(by)));
    if (by == m_by)
        return;
    m_by = by;
    emit parametersChanged();
}

bool ContentLoopView::showsAll() const
{
    return m_showAll->isChecked();
}

void ContentLoopView::setShowAll(bool all)
{
    m_showAll->setChecked(all);
}

void ContentLoopView::setWindowDays(int days)
{
    if (m_window->value() != days)
        m_window->setValue(days);
    if (days == m_windowDays)
        return;
    m_windowDays = days;
    emit parametersChanged();
}

const engine::ParallelFor& ContentLoopView::parallel() const
{
    if (m_parallel)
        return *m_parallel;
    if (!m_ownParallel)
        m_ownParallel = std::make_unique<engine::ParallelFor>(1);
    return *m_ownParallel;
}

void ContentLoopView::readContent()
{
    m_contentRead = true;
    m_readError.clear();
    if (!m_session) {
        m_loop.emplace(engine::ContentLoopData{});
        ++m_loopRevision;
        m_names = {};
        return;
    }
    const QSqlDatabase db = m_session->file().database();
    QString error;
    m_loop.emplace(storage::readContentLoopData(db, &m_readError));
    ++m_loopRevision;
    m_names = storage::readContentNames(db, &error);
    if (m_readError.isEmpty())
        m_readError = error;
}

void ContentLoopView::recompute(const DashboardContext& context)
{
    m_data = context.data;
    m_parallel = context.parallel;
    m_filters = context.filters;
    if (!m_contentRead || !m_loop)
        readContent();
    if (!m_data) {
        m_items.clear();
        m_flows.clear();
        m_activations = {};
        m_reach = {};
        m_rewardCost = {};
        m_computedFrom = nullptr;
        showBars();
        showTables();
        updateHeadline();
        return;
    }
    // People per author or series only when shown (they cost a pass over every reader's
    // pieces); the same snapshot and queries again reuse the figures.
    engine::ContentActivationQuery activationQuery;
    activationQuery.range = context.range;
    activationQuery.window = std::int64_t(m_windowDays) * 86400;
    activationQuery.reading = context.activities;
    activationQuery.people = context.people;
    activationQuery.authors = m_by == By::Author;
    activationQuery.series = m_by == By::Series;
    engine::RewardCostQuery rewardQuery;
    rewardQuery.period = context.range;
    rewardQuery.campaigns = context.activities.campaigns;
    rewardQuery.people = context.people;
    const bool same = m_computedFrom == m_data.get() && m_computedLoop == m_loopRevision &&
                      activationQuery == m_activationQuery && rewardQuery == m_rewardQuery;
    if (!same) {
        m_activationQuery = std::move(activationQuery);
        m_rewardQuery = std::move(rewardQuery);
        m_activations = m_loop->activations(context.store(), m_activationQuery, parallel());
        m_rewardCost = m_loop->rewardCost(context.store(), m_rewardQuery, parallel());
        m_computedFrom = m_data.get();
        m_computedLoop = m_loopRevision;
    }
    m_reach = m_loop->reach(m_by == By::Piece    ? engine::ContentLoop::ReachBy::Piece
                            : m_by == By::Author ? engine::ContentLoop::ReachBy::Author
                                                 : engine::ContentLoop::ReachBy::Series,
                            context.range);
    m_pieceReach = m_by == By::Piece
                       ? m_reach
                       : m_loop->reach(engine::ContentLoop::ReachBy::Piece, context.range);
    m_links = m_loop->onwardClicks();
    buildItems();
    buildFlows();
    showBars();
    showTables();
    updateHeadline();
}

QString ContentLoopView::pieceName(qint64 key) const
{
    if (const QString name = m_names.pieces.value(key); !name.isEmpty())
        return name;
    if (m_data)
        return QString::fromStdString(m_data->store.contents().name(key));
    return QString::number(key);
}

QString ContentLoopView::itemName(qint64 key) const
{
    switch (m_by) {
    case By::Piece:
        return pieceName(key);
    case By::Author:
        return m_names.authors.value(key, tr("Person %1").arg(key));
    case By::Series:
        return m_names.series.value(key, tr("Series %1").arg(key));
    }
    return {};
}

void ContentLoopView::buildItems()
{
    const std::vector<engine::ContentActivation>& rows = m_by == By::Piece ? m_activations.pieces
                                                         : m_by == By::Author
                                                             ? m_activations.authors
                                                             : m_activations.series;
    std::map<qint64, Item> items;
    for (const engine::ContentActivation& a : rows) {
        Item& item = items[a.key];
        item.key = a.key;
        item.readers = a.readers;
        item.activated = a.activated;
    }
    for (const engine::ContentReach& r : m_reach.rows) {
        Item& item = items[r.key];
        item.key = r.key;
        item.pieces = r.pieces;
        item.reach = r.metrics;
    }
    m_items.clear();
    for (auto& [key, item] : items) {
        item.name = itemName(key);
        m_items.push_back(std::move(item));
    }
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) {
        if (a.activated != b.activated)
            return a.activated > b.activated;
        if (a.readers != b.readers)
            return a.readers > b.readers;
        return a.reach.views > b.reach.views;
    });
}

void ContentLoopView::buildFlows()
{
    std::map<qint64, std::int64_t> onward;
    for (const engine::ContentReach& r : m_pieceReach.rows)
        onward[r.key] = r.metrics.onwardClicks;
    m_flows.clear();
    for (const engine::ContentFlow& f : m_activations.flows)
        m_flows.push_back({f.from, f.to, pieceName(f.from), pieceName(f.to), f.people,
                           onward.count(f.from) ? onward[f.from] : 0});
    std::stable_sort(m_flows.begin(), m_flows.end(), [](const Flow& a, const Flow& b) {
        if (a.people != b.people)
            return a.people > b.people;
        return a.onwardClicks > b.onwardClicks;
    });
}

int ContentLoopView::barCount() const
{
    return showsAll() ? int(m_items.size()) : std::min<int>(kTop, int(m_items.size()));
}

void ContentLoopView::showBars()
{
    QStringList labels;
    QList<qreal> activated, views;
    for (int i = 0; i < barCount(); ++i) {
        labels << m_items[std::size_t(i)].name;
        activated << qreal(m_items[std::size_t(i)].activated);
        views << qreal(m_items[std::size_t(i)].reach.views);
    }
    const QString what = m_by == By::Piece    ? tr("piece")
                         : m_by == By::Author ? tr("author")
                                              : tr("series");
    QHorizontalBarSeries* lead = fillBarChart(
        m_activationView, tr("People activated after reading, per %1").arg(what),
        QStringLiteral("activationSeries"), labels, activated, ChartStyle(palette()).color(0), palette());
    QHorizontalBarSeries* context =
        fillBarChart(m_reachView, tr("Reach (views), per %1").arg(what),
                     QStringLiteral("reachSeries"), labels, views, passiveColor(palette()), palette());
    const int n = int(labels.size());
    connect(lead, &QAbstractBarSeries::clicked, this,
            [this, n](int index, QBarSet*) { drillToItem(n - 1 - index, Kind::Activated); });
    connect(context, &QAbstractBarSeries::clicked, this,
            [this, n](int index, QBarSet*) { drillToItem(n - 1 - index, Kind::Readers); });
}

void ContentLoopView::showTables()
{
    const QString name = m_by == By::Piece    ? tr("Piece")
                         : m_by == By::Author ? tr("Author")
                                              : tr("Series");
    QList<QVariantList> rows;
    for (const Item& item : m_items)
        rows << QVariantList{item.name,
                             qulonglong(item.activated),
                             qulonglong(item.readers),
                             qlonglong(item.reach.views),
                             qlonglong(item.reach.reads),
                             qlonglong(item.reach.likes),
                             qlonglong(item.reach.shares),
                             qlonglong(item.reach.onwardClicks),
                             qulonglong(item.pieces)};
    m_itemModel->setTable({name, tr("Activated"), tr("Readers"), tr("Views"), tr("Reads"),
                           tr("Likes"), tr("Shares"), tr("Onward clicks"), tr("Pieces")},
                          rows);
    rows.clear();
    for (const Flow& f : m_flows)
        rows << QVariantList{f.fromName, f.toName, qulonglong(f.people), qlonglong(f.onwardClicks)};
    m_flowModel->setTable(
        {tr("From"), tr("To"), tr("People who went on"), tr("Source's onward clicks")}, rows);
    for (QTableView* table : {m_itemTable, m_flowTable}) {
        table->sortByColumn(-1, Qt::AscendingOrder); // the model's order: most activated first
        table->resizeColumnsToContents();
    }
}

void ContentLoopView::updateHeadline()
{
    if (!m_data) {
        m_headline->clear();
        return;
    }
    const engine::RewardCost& r = m_rewardCost;
    const QString cost =
        r.costPerActivation ? QLocale().toString(*r.costPerActivation, 'f', 2) : tr("—");
    m_headline->setText(
        tr("<b>%1 people acted after reading</b> (of %2 readers) · reward cost per activation "
           "<b>%3</b> (%4 in %5 rewards ÷ %6 people activated in the period) · reach %7 views")
            .arg(count(m_activations.activated), count(m_activations.readers), cost,
                 QLocale().toString(r.rewardValue, 'f', 2), count(r.rewards), count(r.activated),
                 QLocale().toString(qlonglong(m_reach.total.views))));
    QStringList notes;
    if (!m_readError.isEmpty())
        notes << tr("The content could not be read: %1").arg(m_readError);
    if (!m_filters.audience.isEmpty() || !m_filters.campaign.isEmpty() ||
        !m_filters.channel.isEmpty())
        notes << tr("Reach counts views, not people: only the date range applies to it.");
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
}

QList<qint64> ContentLoopView::peopleOf(int item, Kind kind) const
{
    if (!m_data || !m_loop || item < 0 || item >= int(m_items.size()))
        return {};
    const Of of = m_by == By::Piece ? Of::Piece : m_by == By::Author ? Of::Author : Of::Series;
    const auto keys = m_loop->people(m_data->store, m_activationQuery,
                                     {kind, of, m_items[std::size_t(item)].key, 0}, parallel());
    return QList<qint64>(keys.begin(), keys.end());
}

QList<qint64> ContentLoopView::peopleOfFlow(int flow) const
{
    if (!m_data || !m_loop || flow < 0 || flow >= int(m_flows.size()))
        return {};
    const Flow& f = m_flows[std::size_t(flow)];
    const auto keys = m_loop->people(m_data->store, m_activationQuery,
                                     {Kind::WentOn, Of::Piece, f.from, f.to}, parallel());
    return QList<qint64>(keys.begin(), keys.end());
}

void ContentLoopView::drillToItem(int item, Kind kind)
{
    if (item < 0 || item >= int(m_items.size()))
        return;
    const QString name = m_items[std::size_t(item)].name;
    emit drillDown(kind == Kind::Readers ? tr("Readers of “%1”").arg(name)
                                         : tr("Activated by “%1”").arg(name),
                   peopleOf(item, kind));
}

void ContentLoopView::drillToFlow(int flow)
{
    if (flow < 0 || flow >= int(m_flows.size()))
        return;
    const Flow& f = m_flows[std::size_t(flow)];
    emit drillDown(tr("Went on from “%1” to “%2”").arg(f.fromName, f.toName), peopleOfFlow(flow));
}

std::vector<engine::Provenance> ContentLoopView::provenance() const
{
    std::vector<engine::Provenance> list{m_activations.provenance, m_reach.provenance,
                                         m_links.provenance, m_rewardCost.provenance};
    list[1].filters.push_back("reach counts views, not people: audience, campaign and channel "
                              "filters do not apply");
    list[1].snapshotId = list[0].snapshotId;
    list[2].definition +=
        " The links carry no clicks of their own: the table shows the source "
        "piece's onward clicks (over all its links) beside the people who went on.";
    return list;
}

QWidget* ContentLoopView::imageWidget()
{
    return m_chartsWidget;
}

QList<QStringList> ContentLoopView::table() const
{
    QList<QStringList> rows = m_itemModel->text();
    if (!m_data)
        return rows;
    rows << QStringList{tr("All"),
                        count(m_activations.activated),
                        count(m_activations.readers),
                        QLocale().toString(qlonglong(m_reach.total.views)),
                        QLocale().toString(qlonglong(m_reach.total.reads)),
                        QLocale().toString(qlonglong(m_reach.total.likes)),
                        QLocale().toString(qlonglong(m_reach.total.shares)),
                        QLocale().toString(qlonglong(m_reach.total.onwardClicks)),
                        QString()};
    rows << QStringList{} << m_flowModel->text();
    rows << QStringList{}
         << QStringList{tr("Reward cost per activation"),
                        m_rewardCost.costPerActivation
                            ? QLocale().toString(*m_rewardCost.costPerActivation, 'f', 2)
                            : QString(),
                        tr("Rewards"),
                        QLocale().toString(m_rewardCost.rewardValue, 'f', 2),
                        tr("People activated"),
                        count(m_rewardCost.activated)};
    return rows;
}

void ContentLoopView::changeEvent(QEvent* event)
{
    DashboardView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showBars();
}

} // namespace rapport::ui
