// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignsArea.h"

#include "core/storage/CampaignResults.h"
#include "ui/ProjectSession.h"
#include "ui/campaigns/CampaignCalendarView.h"
#include "ui/campaigns/CampaignEditor.h"
#include "ui/campaigns/CampaignFilterModel.h"
#include "ui/campaigns/CampaignListView.h"
#include "ui/campaigns/CampaignResultsPanel.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/campaigns/CampaignTimeline.h"
#include "ui/campaigns/CampaignsController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rapport::ui {

using model::Uuid;

namespace {

QScrollArea* scrolling(QWidget* widget)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(widget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

CampaignsArea::CampaignsArea(QWidget* parent)
    : Area(parent), m_controller(new CampaignsController(this)),
      m_model(new CampaignTableModel(this)), m_filter(new CampaignFilterModel(m_model, this)),
      m_list(new CampaignListView(m_model, m_filter)), m_table(m_list->tableView()),
      m_calendar(new CampaignCalendarView), m_editor(new CampaignEditor),
      m_results(new CampaignResultsPanel)
{
    setObjectName(QStringLiteral("campaignsArea"));
    createActions();

    m_viewTabs = new QTabWidget;
    m_viewTabs->setObjectName(QStringLiteral("campaignViewTabs"));
    m_viewTabs->setDocumentMode(true);
    m_viewTabs->addTab(m_list, tr("List"));
    m_viewTabs->addTab(m_calendar, tr("Calendar"));

    auto* noSelection = new QLabel(tr("Select a campaign to see its details,\nor press Insert "
                                      "to plan a new one."));
    noSelection->setAlignment(Qt::AlignCenter);
    noSelection->setForegroundRole(QPalette::PlaceholderText);
    m_detailStack = new QStackedWidget;
    m_detailStack->addWidget(noSelection);
    m_detailStack->addWidget(scrolling(m_editor));
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(QStringLiteral("campaignDetailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_detailStack, tr("Details"));
    m_detailTabs->addTab(scrolling(m_results), tr("Results"));

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("campaignsSplitter"));
    splitter->addWidget(m_viewTabs);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setCollapsible(0, false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createToolBar());
    layout->addWidget(splitter, 1);

    // The list is the selection; the calendar and the details follow it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignsArea::showSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsArea::showSelection);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CampaignsArea::updateTimeline);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CampaignsArea::updateTimeline);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CampaignsArea::updateTimeline);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CampaignsArea::updateEmptyState);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        m_detailTabs->setCurrentIndex(0);
        m_editor->focusName();
    });
    CampaignTimeline* timeline = m_calendar->timeline();
    connect(timeline, &CampaignTimeline::campaignClicked, this,
            [this](const Uuid& id, Qt::KeyboardModifiers modifiers) {
                const int row =
                    m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0)).row();
                if (row < 0)
                    return;
                const auto flags = modifiers & Qt::ControlModifier
                                       ? QItemSelectionModel::Toggle
                                       : QItemSelectionModel::ClearAndSelect;
                m_table->selectionModel()->setCurrentIndex(m_filter->index(row, 0),
                                                           flags | QItemSelectionModel::Rows);
                m_calendar->scrollToCampaign(id);
            });
    connect(timeline, &CampaignTimeline::campaignActivated, this, [this](const Uuid& id) {
        selectCampaign(id);
        m_detailTabs->setCurrentIndex(0);
        m_editor->focusName();
    });
    connect(timeline, &CampaignTimeline::contextMenuRequested, this,
            &CampaignsArea::showContextMenu);
    connect(m_detailTabs, &QTabWidget::currentChanged, this, &CampaignsArea::updateResults);

    // Edits go to the controller, one undo step each.
    connect(m_editor, &CampaignEditor::fieldEdited, this, &CampaignsArea::editField);
    // Queued: the edit reloads the moments, which must not happen under the item editor
    // that is still committing it.
    connect(
        m_calendar, &CampaignCalendarView::momentEdited, this,
        [this](const Uuid& id, MomentField field, const QVariant& value) {
            m_controller->setMomentField(id, field, value);
        },
        Qt::QueuedConnection);
    connect(m_calendar, &CampaignCalendarView::addMomentRequested, this, [this] {
        const Uuid id = m_controller->addMoment();
        if (!id.isNull())
            m_calendar->selectMoment(id, /*edit=*/true);
    });
    connect(m_calendar, &CampaignCalendarView::removeMomentsRequested, m_controller,
            &CampaignsController::removeMoments);
    connect(m_controller, &CampaignsController::statusMessage, this, &Area::statusMessage);
    connect(m_list, &CampaignListView::newCampaignRequested, m_new, &QAction::trigger);
    connect(m_list, &CampaignListView::clearFilterRequested, this, &CampaignsArea::clearFilter);
    connect(m_list, &CampaignListView::contextMenuRequested, this, &CampaignsArea::showContextMenu);

    setSession(nullptr);
}

CampaignsArea::~CampaignsArea() = default;

QString CampaignsArea::areaTitle() const
{
    return tr("Campaigns");
}

QIcon CampaignsArea::areaIcon() const
{
    return QIcon(QStringLiteral(":/icons/area-campaigns.svg"));
}

void CampaignsArea::createActions()
{
    m_new = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New campaign"), this);
    m_new->setObjectName(QStringLiteral("newCampaignAction"));
    m_new->setShortcut(QKeySequence(Qt::Key_Insert));
    m_new->setToolTip(tr("Plan a new campaign (Insert)"));
    m_duplicate =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateCampaignAction"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setToolTip(tr("Duplicate the selected campaigns (Ctrl+D)"));
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteCampaignAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected campaigns (Delete; Undo brings them back)"));
    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyCampaignsAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_rename = new QAction(tr("&Rename"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_find = new QAction(tr("&Filter"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_find);

    // The list actions act on the list and the calendar: Delete and Ctrl+C in a text field
    // keep their usual meaning.
    for (QAction* action : {m_new, m_duplicate, m_delete, m_copy, m_rename}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        m_calendar->timeline()->addAction(action);
    }
    for (int s = 0; s <= int(model::CampaignStatus::Cancelled); ++s) {
        const auto status = model::CampaignStatus(s);
        QAction* action = new QAction(CampaignTexts::status(status), this);
        connect(action, &QAction::triggered, this,
                [this, status] { m_controller->setStatus(selectedCampaigns(), status); });
        m_statusActions << action;
    }

    connect(m_new, &QAction::triggered, this, &CampaignsArea::createCampaign);
    connect(m_duplicate, &QAction::triggered, this, &CampaignsArea::duplicateSelection);
    connect(m_delete, &QAction::triggered, this, &CampaignsArea::deleteSelection);
    connect(m_copy, &QAction::triggered, this, &CampaignsArea::copySelection);
    connect(m_rename, &QAction::triggered, this, [this] {
        m_detailTabs->setCurrentIndex(0);
        m_editor->focusName();
    });
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

QWidget* CampaignsArea::createToolBar()
{
    auto* bar = new QToolBar;
    bar->setObjectName(QStringLiteral("campaignsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_new);
    bar->addAction(m_duplicate);
    bar->addAction(m_delete);
    bar->addSeparator();

    m_kindFilter = new QComboBox;
    m_kindFilter->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (int k = 0; k <= int(model::CampaignKind::Other); ++k)
        m_kindFilter->addItem(CampaignTexts::kind(model::CampaignKind(k)), k);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (int s = 0; s <= int(model::CampaignStatus::Cancelled); ++s)
        m_statusFilter->addItem(CampaignTexts::status(model::CampaignStatus(s)), s);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("campaignSearchLineEdit"));
    m_search->setPlaceholderText(tr("Filter by name, owner or notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    bar->addWidget(m_kindFilter);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_search);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKindFilter(m_kindFilter->currentData().toInt());
        updateEmptyState();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(m_statusFilter->currentData().toInt());
        updateEmptyState();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setTextFilter(text);
        updateEmptyState();
    });
    return bar;
}

void CampaignsArea::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_controller->setSession(session);
    if (session)
        connect(session, &ProjectSession::contentChanged, this, &CampaignsArea::reload);
    const bool editable = m_controller->canEdit();
    m_editor->setReadOnly(!editable);
    m_calendar->setEditable(editable);
    reload();
    m_calendar->scrollToToday();
}

void CampaignsArea::reload()
{
    const QList<Uuid> selected = selectedCampaigns();
    const Uuid current = currentCampaign();
    m_reloading = true;
    const QList<model::CalendarMoment> moments = m_controller->moments();
    QHash<Uuid, QString> momentNames;
    for (const model::CalendarMoment& m : moments)
        momentNames.insert(m.meta.id, m.name);
    m_model->setCampaigns(m_controller->campaigns(), momentNames);
    m_calendar->setMoments(moments);
    m_calendar->timeline()->setToday(m_controller->today());
    m_editor->setToday(m_controller->today());
    m_editor->setChoices(m_controller->audienceNames(), m_controller->channelNames(), moments,
                         m_controller->goalMetrics());
    selectCampaigns(selected, current);
    m_reloading = false;
    m_resultsStale = true;
    updateTimeline();
    showSelection();
}

void CampaignsArea::selectCampaigns(const QList<Uuid>& ids, const Uuid& current)
{
    QItemSelection selection;
    for (const Uuid& id : ids) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel* model = m_table->selectionModel();
    const QModelIndex currentIndex =
        m_filter->mapFromSource(m_model->index(m_model->rowOf(current), 0));
    if (currentIndex.isValid())
        model->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CampaignsArea::selectCampaign(const Uuid& id)
{
    QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!index.isValid() && m_model->rowOf(id) >= 0) {
        clearFilter(); // it must be seen to be edited
        index = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QList<Uuid> CampaignsArea::selectedCampaigns() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<Uuid> ids;
    for (const QModelIndex& index : std::as_const(rows))
        ids << m_model->campaignAt(m_filter->mapToSource(index).row()).meta.id;
    return ids;
}

Uuid CampaignsArea::currentCampaign() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return {};
    return m_model->campaignAt(m_filter->mapToSource(current).row()).meta.id;
}

void CampaignsArea::showSelection()
{
    if (m_reloading)
        return;
    const Uuid current = currentCampaign();
    const int row = m_model->rowOf(current);
    m_editor->setCampaign(row >= 0 ? std::optional(m_model->campaignAt(row)) : std::nullopt);
    m_detailStack->setCurrentIndex(row >= 0 ? 1 : 0);
    m_calendar->timeline()->setSelected(selectedCampaigns());
    if (current != m_resultsCampaign)
        m_resultsStale = true;
    updateResults();
    updateActions();
}

void CampaignsArea::updateResults()
{
    // Reading the activity stream can take a moment on a large project: only for a
    // results tab someone looks at.
    if (!m_resultsStale || !isVisible() || m_detailTabs->currentIndex() != 1)
        return;
    m_resultsStale = false;
    m_resultsCampaign = currentCampaign();
    const int row = m_model->rowOf(m_resultsCampaign);
    if (row < 0) {
        m_results->clear();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const model::Campaign& campaign = m_model->campaignAt(row);
    const auto result = m_controller->results(campaign, &error);
    QApplication::restoreOverrideCursor();
    m_results->showResult(campaign, result ? &*result : nullptr, error);
}

void CampaignsArea::showEvent(QShowEvent* event)
{
    Area::showEvent(event);
    updateResults();
}

void CampaignsArea::updateTimeline()
{
    QList<model::Campaign> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown << m_model->campaignAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
    m_calendar->setCampaigns(shown);
    updateEmptyState();
}

void CampaignsArea::updateActions()
{
    const bool editable = m_controller->canEdit();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_new->setEnabled(editable);
    m_duplicate->setEnabled(editable && selected);
    m_delete->setEnabled(editable && selected);
    m_copy->setEnabled(selected);
    m_rename->setEnabled(editable && selected);
    for (QAction* action : std::as_const(m_statusActions))
        action->setEnabled(editable && selected);
    m_kindFilter->setEnabled(m_session != nullptr);
    m_statusFilter->setEnabled(m_session != nullptr);
    m_search->setEnabled(m_session != nullptr);
}

void CampaignsArea::updateEmptyState()
{
    m_list->showEmptyState(m_session != nullptr, m_controller->canEdit());
    updateActions();
}

void CampaignsArea::clearFilter()
{
    m_kindFilter->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(0);
    m_search->clear();
}

QString CampaignsArea::selectionAsTsv() const
{
    return m_list->selectionAsTsv();
}

void CampaignsArea::copySelection()
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    QApplication::clipboard()->setText(selectionAsTsv());
    emit statusMessage(tr("Copied %n campaign(s).", nullptr,
                          int(m_table->selectionModel()->selectedRows().size())));
}

void CampaignsArea::showContextMenu(const QPoint& globalPos)
{
    QMenu menu(this);
    menu.addAction(m_new);
    menu.addAction(m_duplicate);
    menu.addAction(m_delete);
    menu.addSeparator();
    QMenu* status = menu.addMenu(tr("Set &status"));
    status->setEnabled(m_controller->canEdit() && m_table->selectionModel()->hasSelection());
    for (QAction* action : std::as_const(m_statusActions))
        status->addAction(action);
    menu.addSeparator();
    menu.addAction(m_copy);
    menu.exec(globalPos);
}

void CampaignsArea::createCampaign()
{
    const Uuid id = m_controller->createCampaign();
    if (id.isNull())
        return;
    selectCampaign(id);
    m_detailTabs->setCurrentIndex(0);
    m_editor->focusName();
}

void CampaignsArea::duplicateSelection()
{
    const QList<Uuid> copies = m_controller->duplicateCampaigns(selectedCampaigns());
    if (copies.isEmpty())
        return;
    selectCampaigns(copies, copies.first());
}

void CampaignsArea::deleteSelection()
{
    const QList<Uuid> ids = selectedCampaigns();
    if (ids.isEmpty())
        return;
    // Afterwards, select the row that takes the place of the first deleted one.
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int firstRow = std::min_element(rows.begin(), rows.end())->row();
    if (!m_controller->removeCampaigns(ids))
        return;
    if (m_filter->rowCount() > 0) {
        const QModelIndex next = m_filter->index(std::min(firstRow, m_filter->rowCount() - 1), 0);
        m_table->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
}

void CampaignsArea::editField(const Uuid& id, CampaignField field, const QVariant& value)
{
    if (m_controller->setField(id, field, value)) {
        m_editor->showError({});
        return;
    }
    // Refused: say why, and show what is stored again.
    m_editor->showError(m_controller->lastError());
    m_editor->setCampaign(m_controller->campaign(id));
}

} // namespace rapport::ui
