// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/channels/ChannelsArea.h"

#include "core/storage/GoalTracker.h"
#include "ui/ProjectSession.h"
#include "ui/channels/ChannelController.h"
#include "ui/channels/ChannelTableModel.h"
#include "ui/channels/ProjectGoalTableModel.h"
#include "ui/channels/SizeSparkline.h"
#include "ui/surveys/ResponsesView.h"
#include "ui/surveys/TableSupport.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QAction* makeAction(QObject* parent, const QString& icon, const QString& text,
                    const QKeySequence& shortcut)
{
    auto* action = new QAction(actionIcon(icon), text, parent);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QToolBar* makeToolBar(const QList<QAction*>& actions)
{
    auto* toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addActions(actions);
    return toolBar;
}

QSortFilterProxyModel* sortedProxy(QAbstractItemModel* source, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(SortRole);
    return proxy;
}

void addCopyAction(QTableView* view)
{
    QAction* copy = makeAction(view, QStringLiteral("edit-copy"), ChannelsArea::tr("&Copy"),
                               QKeySequence::Copy);
    QObject::connect(copy, &QAction::triggered, view, [view] { copySelectedRows(view); });
    auto* separator = new QAction(view);
    separator->setSeparator(true);
    view->addActions({separator, copy});
}

// Reading a large project into the engine takes a moment: say so with the cursor.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

ChannelsArea::ChannelsArea(QWidget* parent)
    : Area(parent), m_controller(new ChannelController(this)), m_messageBar(new MessageBar),
      m_tabs(new QTabWidget), m_channelModel(new ChannelTableModel(m_controller, this)),
      m_channelProxy(sortedProxy(m_channelModel, this)), m_channelView(new QTableView),
      m_channelStack(new QStackedWidget), m_sizeModel(new SizeTableModel(m_controller, this)),
      m_sizeProxy(sortedProxy(m_sizeModel, this)), m_sizeView(new QTableView),
      m_sparkline(new SizeSparkline), m_sizeTitle(new QLabel),
      m_goalModel(new ProjectGoalTableModel(m_controller, this)),
      m_goalProxy(sortedProxy(m_goalModel, this)), m_goalView(new QTableView),
      m_goalStack(new QStackedWidget)
{
    setObjectName(QStringLiteral("channelsArea"));
    m_tabs->setObjectName(QStringLiteral("channelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeChannelsPage(), tr("Channels"));
    m_tabs->addTab(makeGoalsPage(), tr("Goals"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);

    // Channel and goal edits leave people, activities and answers as they were: the
    // engine keeps what it read.
    m_controller->setOnApplied([this] { m_ownChange = true; });
    m_goalModel->setProgressSource([this](const model::Goal& goal) -> std::optional<engine::GoalProgress> {
        if (!m_tracker || m_trackerStale || !m_tracker->isLoaded())
            return std::nullopt;
        return m_tracker->progress(goal);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentIndex() == 1)
            computeProgress();
    });
    connect(m_controller, &ChannelController::failed, this, [this](const QString& message) {
        m_messageBar->showError(message);
        emit statusMessage(message);
    });
    connect(m_controller, &ChannelController::succeeded, this, [this](const QString& text) {
        m_messageBar->clear();
        emit statusMessage(text);
    });
    setSession(nullptr);
}

ChannelsArea::~ChannelsArea() = default;

QWidget* ChannelsArea::makeChannelsPage()
{
    m_channelView->setObjectName(QStringLiteral("channelTableView"));
    m_channelView->setModel(m_channelProxy);
    setUpTable(m_channelView);
    m_channelView->setItemDelegateForColumn(ChannelTableModel::Kind, new ChoicesRoleDelegate(m_channelView));
    m_channelView->setSortingEnabled(true);
    m_channelView->horizontalHeader()->setSortIndicator(ChannelTableModel::Name, Qt::AscendingOrder);
    QHeaderView* header = m_channelView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ChannelTableModel::Url, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(ChannelTableModel::Name, 24 * ch);
    fitColumn(m_channelView, ChannelTableModel::Kind, QStringLiteral("newsletter"));
    fitColumn(m_channelView, ChannelTableModel::Audience, QStringLiteral("1,000,000"));
    fitColumn(m_channelView, ChannelTableModel::Change, QStringLiteral("+100,000"));
    fitColumn(m_channelView, ChannelTableModel::Measured,
              QLocale().toString(QDate(2024, 12, 28), QLocale::ShortFormat));

    m_newChannelAction = makeAction(this, QStringLiteral("list-add"), tr("&New Channel"),
                                    QKeySequence(Qt::Key_Insert));
    m_newChannelAction->setToolTip(tr("Add a channel (Ins)"));
    connect(m_newChannelAction, &QAction::triggered, this, [this] {
        const model::Uuid id = m_controller->createChannel();
        if (!id.isNull()) {
            selectChannel(id);
            m_channelView->setFocus();
        }
    });
    m_removeChannelAction = makeAction(this, QStringLiteral("edit-delete"), tr("&Delete Channel"),
                                       QKeySequence::Delete);
    m_removeChannelAction->setToolTip(
        tr("Delete the selected channels with their sizes and content distributions (Del)"));
    connect(m_removeChannelAction, &QAction::triggered, this, [this] {
        m_controller->removeChannels(selectedIds(m_channelView, m_channelProxy, false));
    });
    m_channelView->addActions({m_newChannelAction, m_removeChannelAction});
    addCopyAction(m_channelView);

    m_sizeView->setObjectName(QStringLiteral("sizeTableView"));
    m_sizeView->setModel(m_sizeProxy);
    setUpTable(m_sizeView);
    m_sizeView->setSortingEnabled(true);
    m_sizeView->horizontalHeader()->setSortIndicator(SizeTableModel::Date, Qt::DescendingOrder);
    m_addSizeAction = makeAction(this, QStringLiteral("list-add"), tr("&Add Size"),
                                 QKeySequence(Qt::Key_Insert));
    m_addSizeAction->setToolTip(tr("Record the audience size of today (Ins)"));
    connect(m_addSizeAction, &QAction::triggered, this, &ChannelsArea::addSize);
    m_removeSizeAction = makeAction(this, QStringLiteral("list-remove"), tr("&Remove Size"),
                                    QKeySequence::Delete);
    connect(m_removeSizeAction, &QAction::triggered, this, [this] {
        QList<QDate> dates;
        for (const QModelIndex& index : m_sizeView->selectionModel()->selectedRows())
            dates << m_sizeModel->dateAt(m_sizeProxy->mapToSource(index).row());
        m_controller->removeSizes(m_current, dates);
    });
    m_sizeView->addActions({m_addSizeAction, m_removeSizeAction});
    addCopyAction(m_sizeView);

    m_sizeTitle->setObjectName(QStringLiteral("sizeTitle"));
    m_sizeTitle->setContentsMargins(8, 6, 8, 0);
    QFont bold = m_sizeTitle->font();
    bold.setBold(true);
    m_sizeTitle->setFont(bold);
    auto* sizePanel = new QWidget;
    auto* sizeLayout = new QVBoxLayout(sizePanel);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->setSpacing(0);
    sizeLayout->addWidget(m_sizeTitle);
    sizeLayout->addWidget(m_sparkline);
    sizeLayout->addWidget(makeToolBar({m_addSizeAction, m_removeSizeAction}));
    sizeLayout->addWidget(m_sizeView, 1);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_channelView);
    splitter->addWidget(sizePanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setCollapsible(0, false);

    auto* empty = new QWidget;
    {
        auto* button = new QPushButton(m_newChannelAction->icon(), tr("New Channel"));
        connect(button, &QPushButton::clicked, m_newChannelAction, &QAction::trigger);
        connect(m_newChannelAction, &QAction::enabledChanged, button, &QWidget::setEnabled);
        empty->addAction(m_newChannelAction); // Ins while the list is hidden
        empty->setFocusProxy(button);
        auto* layout = new QVBoxLayout(empty);
        layout->addWidget(emptyStatePage(
            tr("No channels in this project yet."),
            tr("Add the places where you reach people — a blog, a newsletter, an X account, a "
               "Discord server — and record their audience over time.")));
        layout->addWidget(button, 0, Qt::AlignHCenter);
        layout->addStretch();
    }
    m_channelStack->addWidget(splitter);
    m_channelStack->addWidget(empty);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeToolBar({m_newChannelAction, m_removeChannelAction}));
    layout->addWidget(m_channelStack, 1);

    connect(m_channelView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChannelsArea::showCurrent);
    connect(m_channelView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChannelsArea::updateActions);
    connect(m_sizeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChannelsArea::updateActions);
    connect(m_sizeModel, &QAbstractItemModel::modelReset, this, [this] {
        m_sparkline->setSizes(m_sizeModel->sizes());
        const model::Channel* c = m_channelModel->channel(m_sizeModel->channelId());
        m_sizeTitle->setText(c ? tr("Audience of %1").arg(c->name) : QString());
        updateActions();
    });
    return page;
}

QWidget* ChannelsArea::makeGoalsPage()
{
    m_goalView->setObjectName(QStringLiteral("goalTableView"));
    m_goalView->setModel(m_goalProxy);
    setUpTable(m_goalView);
    auto* choices = new ChoicesRoleDelegate(m_goalView);
    m_goalView->setItemDelegateForColumn(ProjectGoalTableModel::Metric, choices);
    m_goalView->setItemDelegateForColumn(ProjectGoalTableModel::Campaign, choices);
    m_goalView->setItemDelegateForColumn(ProjectGoalTableModel::Done,
                                         new FractionBarDelegate(ProjectGoalTableModel::FractionRole, m_goalView));
    m_goalView->setSortingEnabled(true);
    m_goalView->horizontalHeader()->setSortIndicator(ProjectGoalTableModel::From, Qt::AscendingOrder);
    QHeaderView* header = m_goalView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProjectGoalTableModel::Campaign, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(ProjectGoalTableModel::Metric, 16 * ch);
    const QString date = QLocale().toString(QDate(2024, 12, 28), QLocale::ShortFormat);
    fitColumn(m_goalView, ProjectGoalTableModel::Target, QStringLiteral("100,000"));
    fitColumn(m_goalView, ProjectGoalTableModel::From, date);
    fitColumn(m_goalView, ProjectGoalTableModel::To, date);
    fitColumn(m_goalView, ProjectGoalTableModel::Progress, QStringLiteral("100,000"));
    header->resizeSection(ProjectGoalTableModel::Done, 16 * ch);

    m_newGoalAction = makeAction(this, QStringLiteral("list-add"), tr("&New Goal"),
                                 QKeySequence(Qt::Key_Insert));
    m_newGoalAction->setToolTip(tr("Add a goal for this quarter (Ins)"));
    connect(m_newGoalAction, &QAction::triggered, this, [this] {
        const model::Uuid id = m_controller->createGoal();
        const int row = m_goalModel->rowOf(id);
        if (row >= 0) {
            const QModelIndex index = m_goalProxy->mapFromSource(m_goalModel->index(row, ProjectGoalTableModel::Metric));
            m_goalView->setCurrentIndex(index);
            m_goalView->setFocus();
        }
    });
    m_removeGoalAction = makeAction(this, QStringLiteral("edit-delete"), tr("&Delete Goal"),
                                    QKeySequence::Delete);
    connect(m_removeGoalAction, &QAction::triggered, this, [this] {
        m_controller->removeGoals(selectedIds(m_goalView, m_goalProxy, true));
    });
    m_goalView->addActions({m_newGoalAction, m_removeGoalAction});
    addCopyAction(m_goalView);

    auto* empty = new QWidget;
    {
        auto* button = new QPushButton(m_newGoalAction->icon(), tr("New Goal"));
        connect(button, &QPushButton::clicked, m_newGoalAction, &QAction::trigger);
        connect(m_newGoalAction, &QAction::enabledChanged, button, &QWidget::setEnabled);
        empty->addAction(m_newGoalAction);
        empty->setFocusProxy(button);
        auto* layout = new QVBoxLayout(empty);
        layout->addWidget(emptyStatePage(
            tr("No goals yet."),
            tr("Set a target for a period — people who attended, NPS, CSAT, advocates — for "
               "the whole project or one campaign, and see how far it is reached.")));
        layout->addWidget(button, 0, Qt::AlignHCenter);
        layout->addStretch();
    }
    m_goalStack->addWidget(m_goalView);
    m_goalStack->addWidget(empty);
    connect(m_goalModel, &QAbstractItemModel::modelReset, this, [this] {
        m_goalStack->setCurrentIndex(m_goalModel->rowCount() > 0 ? 0 : 1);
    });
    connect(m_goalView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChannelsArea::updateActions);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeToolBar({m_newGoalAction, m_removeGoalAction}));
    layout->addWidget(m_goalStack, 1);
    return page;
}

QString ChannelsArea::areaTitle() const
{
    return tr("Channels & goals");
}

QIcon ChannelsArea::areaIcon() const
{
    return QIcon(QStringLiteral(":/icons/area-channels.svg"));
}

void ChannelsArea::setSession(ProjectSession* session)
{
    m_controller->setSession(session);
    m_messageBar->clear();
    m_current = {};
    m_tracker.reset();
    m_trackerStale = true;
    m_ownChange = false;
    if (session) {
        m_tracker = std::make_unique<storage::GoalTracker>(session->file().database(),
                                                           m_controller->clock());
        connect(session, &ProjectSession::contentChanged, this, &ChannelsArea::reload,
                Qt::UniqueConnection);
    }
    reload();
}

void ChannelsArea::reload()
{
    if (!m_ownChange)
        m_trackerStale = true;
    m_ownChange = false;

    const model::Uuid current = m_current;
    m_channelModel->reload();
    m_channelStack->setCurrentIndex(m_channelModel->rowCount() > 0 ? 0 : 1);
    if (const int row = m_channelModel->rowOf(current); row >= 0) {
        QSignalBlocker block(m_channelView->selectionModel());
        m_channelView->selectionModel()->setCurrentIndex(
            m_channelProxy->mapFromSource(m_channelModel->index(row, ChannelTableModel::Name)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QModelIndex currentSize = m_sizeProxy->mapToSource(m_sizeView->currentIndex());
        const QDate date = m_sizeModel->dateAt(currentSize.row());
        m_sizeModel->reload();
        if (const int sizeRow = m_sizeModel->rowOf(date); sizeRow >= 0)
            m_sizeView->setCurrentIndex(m_sizeProxy->mapFromSource(
                m_sizeModel->index(sizeRow, std::max(currentSize.column(), 0))));
    } else {
        m_current = {};
        if (m_channelProxy->rowCount() > 0)
            m_channelView->selectRow(0);
        showCurrent();
    }

    const model::Uuid goal =
        m_goalModel->goalId(m_goalProxy->mapToSource(m_goalView->currentIndex()).row());
    const int goalColumn = std::max(m_goalView->currentIndex().column(), 0);
    m_goalModel->reload();
    if (const int row = m_goalModel->rowOf(goal); row >= 0)
        m_goalView->setCurrentIndex(m_goalProxy->mapFromSource(m_goalModel->index(row, goalColumn)));
    if (m_tabs->currentIndex() == 1)
        computeProgress();
    updateActions();
}

void ChannelsArea::computeProgress()
{
    if (!m_tracker || !m_trackerStale) {
        m_goalModel->refreshProgress();
        return;
    }
    BusyCursor busy;
    QString error;
    if (!m_tracker->load(&error))
        m_messageBar->showError(tr("Goal progress cannot be computed: %1").arg(error));
    m_trackerStale = false;
    m_goalModel->refreshProgress();
}

void ChannelsArea::showCurrent()
{
    const model::Uuid id =
        m_channelModel->channelId(m_channelProxy->mapToSource(m_channelView->currentIndex()).row());
    if (id == m_current && !id.isNull())
        return;
    m_current = id;
    m_sizeModel->setChannel(id);
    updateActions();
}

void ChannelsArea::selectChannel(const model::Uuid& id)
{
    const int row = m_channelModel->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index =
        m_channelProxy->mapFromSource(m_channelModel->index(row, ChannelTableModel::Name));
    m_channelView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_channelView->scrollTo(index);
}

void ChannelsArea::updateActions()
{
    const bool editable = m_controller->canEdit();
    m_newChannelAction->setEnabled(editable);
    m_removeChannelAction->setEnabled(editable && m_channelView->selectionModel()->hasSelection());
    m_addSizeAction->setEnabled(editable && !m_current.isNull());
    m_removeSizeAction->setEnabled(editable && !m_current.isNull() &&
                                   m_sizeView->selectionModel()->hasSelection());
    m_newGoalAction->setEnabled(editable);
    m_removeGoalAction->setEnabled(editable && m_goalView->selectionModel()->hasSelection());
}

void ChannelsArea::addSize()
{
    if (m_current.isNull())
        return;
    // Today, or the day after the latest measurement if today has one; the latest size as a
    // starting value to correct.
    const QList<model::AudienceSize>& sizes = m_sizeModel->sizes();
    model::AudienceSize size{m_controller->clock().now().toLocalTime().date(), 0};
    if (!sizes.isEmpty()) {
        size.size = sizes.last().size;
        if (sizes.last().date >= size.date)
            size.date = sizes.last().date.addDays(1);
    }
    if (m_controller->addSize(m_current, size)) {
        const int row = m_sizeModel->rowOf(size.date);
        m_sizeView->setCurrentIndex(m_sizeProxy->mapFromSource(m_sizeModel->index(row, SizeTableModel::Size)));
        m_sizeView->setFocus();
    }
}

QList<model::Uuid> ChannelsArea::selectedIds(QTableView* view, QSortFilterProxyModel* proxy,
                                             bool goals) const
{
    QList<model::Uuid> ids;
    for (const QModelIndex& index : view->selectionModel()->selectedRows()) {
        const int row = proxy->mapToSource(index).row();
        ids << (goals ? m_goalModel->goalId(row) : m_channelModel->channelId(row));
    }
    return ids;
}

} // namespace rapport::ui
