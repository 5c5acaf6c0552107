// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignListView.h"

#include "ui/campaigns/CampaignField.h"
#include "ui/campaigns/CampaignFilterModel.h"
#include "ui/campaigns/CampaignTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

CampaignListView::CampaignListView(CampaignTableModel* model, CampaignFilterModel* filter,
                                   QWidget* parent)
    : QStackedWidget(parent), m_model(model), m_filter(filter), m_table(new QTableView)
{
    m_table->setObjectName(QStringLiteral("campaignTableView"));
    m_table->setModel(filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The name gets the most room; the moment takes what is left. The rest are wide enough
    // for what they hold: a kind, a status, a date in the user's format, an amount.
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    const QFontMetrics fm = fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
    const auto widest = [&fm](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, fm.horizontalAdvance(text));
        return width;
    };
    QStringList kinds, statuses;
    for (int k = 0; k <= int(model::CampaignKind::Other); ++k)
        kinds << CampaignTexts::kind(model::CampaignKind(k));
    for (int s = 0; s <= int(model::CampaignStatus::Cancelled); ++s)
        statuses << CampaignTexts::status(model::CampaignStatus(s));
    const int ch = fm.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) / 26;
    const int date =
        fm.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
    const int widths[CampaignTableModel::ColumnCount] = {
        28 * ch,
        std::min(widest(kinds), 14 * ch),
        widest(statuses),
        12 * ch,
        date,
        date,
        fm.horizontalAdvance(
            CampaignTexts::money(1234567, QLocale().currencySymbol(QLocale::CurrencyIsoCode))),
        12 * ch};
    for (int column = 0; column < CampaignTableModel::ColumnCount; ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              std::max(widths[column], fm.horizontalAdvance(title)) + padding);
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignTableModel::Starts, Qt::AscendingOrder);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        emit contextMenuRequested(m_table->viewport()->mapToGlobal(pos));
    });

    m_emptyPage = new QWidget;
    m_emptyPage->setObjectName(QStringLiteral("campaignsEmptyPage"));
    m_emptyTitle = new QLabel;
    m_emptyTitle->setObjectName(QStringLiteral("campaignsEmptyTitle"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_emptyTitle->setFont(titleFont);
    m_emptyHint = new QLabel;
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setWordWrap(true);
    for (QLabel* label : {m_emptyTitle, m_emptyHint})
        label->setAlignment(Qt::AlignCenter);
    m_emptyNewButton = new QPushButton(tr("New campaign"));
    m_emptyNewButton->setObjectName(QStringLiteral("emptyNewCampaignButton"));
    m_emptyClearButton = new QPushButton(tr("Clear the filter"));
    m_emptyClearButton->setObjectName(QStringLiteral("clearFilterButton"));
    connect(m_emptyNewButton, &QPushButton::clicked, this, &CampaignListView::newCampaignRequested);
    connect(m_emptyClearButton, &QPushButton::clicked, this,
            &CampaignListView::clearFilterRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_emptyNewButton);
    buttons->addWidget(m_emptyClearButton);
    buttons->addStretch();
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();

    addWidget(m_table);
    addWidget(m_emptyPage);
}

void CampaignListView::showEmptyState(bool projectOpen, bool canCreate)
{
    const bool none = m_model->rowCount() == 0;
    const bool hidden = !none && m_filter->rowCount() == 0;
    if (none) {
        m_emptyTitle->setText(projectOpen ? tr("No campaigns yet.") : tr("No project is open."));
        m_emptyHint->setText(projectOpen ? tr("Plan an event, a meetup, a conference, a content "
                                              "series or a program: press Insert or click New "
                                              "campaign.")
                                         : QString());
    } else if (hidden) {
        m_emptyTitle->setText(tr("No campaign matches the filter."));
        m_emptyHint->setText(tr("Change the kind, status or text above, or clear the filter."));
    }
    m_emptyNewButton->setVisible(none && projectOpen);
    m_emptyNewButton->setEnabled(canCreate);
    m_emptyClearButton->setVisible(hidden);
    setCurrentWidget(none || hidden ? m_emptyPage : m_table);
}

QString CampaignListView::selectionAsTsv() const
{
    const auto clean = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    };
    QStringList lines;
    QStringList header;
    for (int column = 0; column < CampaignTableModel::ColumnCount; ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex& index : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < CampaignTableModel::ColumnCount; ++column)
            cells << clean(m_filter->index(index.row(), column).data().toString());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace rapport::ui
