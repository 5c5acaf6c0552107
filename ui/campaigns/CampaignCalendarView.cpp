// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignCalendarView.h"

#include "ui/campaigns/CampaignTimeline.h"
#include "ui/campaigns/ChoiceDelegate.h"
#include "ui/campaigns/MomentTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

CampaignCalendarView::CampaignCalendarView(QWidget* parent)
    : QWidget(parent), m_timeline(new CampaignTimeline), m_scroll(new QScrollArea),
      m_undatedLabel(new QLabel), m_momentModel(new MomentTableModel(this)),
      m_momentsView(new QTableView)
{
    m_timeline->setObjectName(QStringLiteral("campaignTimeline"));
    m_scroll->setObjectName(QStringLiteral("timelineScrollArea"));
    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_undatedLabel->setObjectName(QStringLiteral("undatedLabel"));
    m_undatedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_undatedLabel->hide();

    m_momentsView->setObjectName(QStringLiteral("momentsTableView"));
    m_momentsView->setModel(m_momentModel);
    m_momentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_momentsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                   QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    m_momentsView->verticalHeader()->hide();
    m_momentsView->setWordWrap(false);
    m_momentsView->setAlternatingRowColors(true);
    m_momentsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_momentsView->horizontalHeader()->setStretchLastSection(true);
    m_momentsView->horizontalHeader()->setSectionResizeMode(MomentTableModel::Name,
                                                            QHeaderView::Stretch);
    int kindWidth = 0;
    for (int k = 0; k <= int(model::CalendarMoment::Kind::Other); ++k)
        kindWidth = std::max(kindWidth, fontMetrics().horizontalAdvance(CampaignTexts::momentKind(
                                            model::CalendarMoment::Kind(k))));
    m_momentsView->horizontalHeader()->resizeSection(MomentTableModel::Kind, kindWidth + 24);
    m_momentsView->setItemDelegateForColumn(
        MomentTableModel::Kind,
        new ChoiceDelegate(
            [] {
                ChoiceDelegate::Choices choices;
                for (int k = 0; k <= int(model::CalendarMoment::Kind::Other); ++k)
                    choices.append({CampaignTexts::momentKind(model::CalendarMoment::Kind(k)), k});
                return choices;
            },
            /*open=*/false, this));

    m_addMoment = new QAction(tr("Add moment"), this);
    m_addMoment->setObjectName(QStringLiteral("addMomentAction"));
    m_addMoment->setToolTip(tr("Add a release, hiring peak or promotion season (Insert)"));
    m_addMoment->setShortcut(QKeySequence(Qt::Key_Insert));
    m_removeMoment = new QAction(tr("Remove moment"), this);
    m_removeMoment->setObjectName(QStringLiteral("removeMomentAction"));
    m_removeMoment->setShortcut(QKeySequence::Delete);
    for (QAction* action : {m_addMoment, m_removeMoment}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_momentsView->addAction(action);
    }
    m_momentsView->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* title = new QLabel(tr("Moments that matter"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    for (QAction* action : {m_addMoment, m_removeMoment}) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(button);
    }
    auto* moments = new QWidget;
    auto* momentsLayout = new QVBoxLayout(moments);
    momentsLayout->setContentsMargins(6, 6, 6, 0);
    momentsLayout->addLayout(header);
    momentsLayout->addWidget(m_momentsView);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    topLayout->addWidget(m_scroll, 1);
    topLayout->addWidget(m_undatedLabel);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(moments);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_addMoment, &QAction::triggered, this, &CampaignCalendarView::addMomentRequested);
    connect(m_removeMoment, &QAction::triggered, this,
            [this] { emit removeMomentsRequested(selectedMoments()); });
    connect(m_momentModel, &MomentTableModel::momentEdited, this,
            &CampaignCalendarView::momentEdited);
    connect(m_momentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignCalendarView::updateActions);
    connect(m_momentModel, &QAbstractItemModel::modelReset, this,
            &CampaignCalendarView::updateActions);
    connect(m_timeline, &CampaignTimeline::momentActivated, this,
            [this](const model::Uuid& id) { selectMoment(id, m_editable); });
    updateActions();
}

void CampaignCalendarView::setCampaigns(const QList<model::Campaign>& campaigns)
{
    m_timeline->setCampaigns(campaigns);
    const int undated = m_timeline->undatedCount();
    m_undatedLabel->setText(
        tr("%n campaign(s) without a start date are not on the calendar.", nullptr, undated));
    m_undatedLabel->setVisible(undated > 0);
}

void CampaignCalendarView::setMoments(const QList<model::CalendarMoment>& moments)
{
    const QList<model::Uuid> selected = selectedMoments();
    m_momentModel->setMoments(moments);
    m_timeline->setMoments(moments);
    for (const model::Uuid& id : selected) {
        const int row = m_momentModel->rowOf(id);
        if (row >= 0)
            m_momentsView->selectionModel()->select(m_momentModel->index(row, 0),
                                                    QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
    }
}

void CampaignCalendarView::setEditable(bool editable)
{
    m_editable = editable;
    m_momentModel->setEditable(editable);
    updateActions();
}

void CampaignCalendarView::selectMoment(const model::Uuid& id, bool edit)
{
    const int row = m_momentModel->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_momentModel->index(row, MomentTableModel::Name);
    m_momentsView->setCurrentIndex(index);
    m_momentsView->scrollTo(index);
    m_momentsView->setFocus(Qt::OtherFocusReason);
    if (edit)
        m_momentsView->edit(index);
}

QList<model::Uuid> CampaignCalendarView::selectedMoments() const
{
    QList<model::Uuid> ids;
    for (const QModelIndex& index : m_momentsView->selectionModel()->selectedRows())
        ids << m_momentModel->momentAt(index.row()).meta.id;
    return ids;
}

void CampaignCalendarView::scrollToToday()
{
    if (!isVisible()) {
        m_scrollToToday = true;
        return;
    }
    m_scrollToToday = false;
    m_scroll->horizontalScrollBar()->setValue(m_timeline->xOf(m_timeline->today()) -
                                              m_scroll->viewport()->width() / 3);
}

void CampaignCalendarView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_scrollToToday) // after the layout has given the view its width
        QTimer::singleShot(0, this, &CampaignCalendarView::scrollToToday);
}

void CampaignCalendarView::scrollToCampaign(const model::Uuid& id)
{
    const QRect bar = m_timeline->barRect(id);
    if (!bar.isEmpty())
        m_scroll->ensureVisible(bar.center().x(), bar.center().y(),
                                m_scroll->viewport()->width() / 4, bar.height());
}

void CampaignCalendarView::updateActions()
{
    m_addMoment->setEnabled(m_editable);
    m_removeMoment->setEnabled(m_editable && m_momentsView->selectionModel()->hasSelection());
}

} // namespace rapport::ui
