// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/RewardsPage.h"

#include "ui/content/ContentController.h"
#include "ui/content/ContentTexts.h"
#include "ui/content/RewardDialog.h"
#include "ui/content/ValueTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

RewardsPage::RewardsPage(ContentController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller),
      m_model(new ValueTableModel({tr("Date"), tr("Received by"), tr("Kind"), tr("Value"),
                                   tr("Reason"), tr("Piece"), tr("Campaign")},
                                  this)),
      m_view(makeValueTable(m_model, QStringLiteral("rewardsTableView"))),
      m_proxy(static_cast<QSortFilterProxyModel*>(m_view->model())), m_search(new QLineEdit),
      m_stack(new QStackedWidget), m_emptyLabel(new QLabel), m_totalLabel(new QLabel)
{
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(4, QHeaderView::Stretch);
    m_search->setObjectName(QStringLiteral("rewardSearchLineEdit"));
    m_search->setPlaceholderText(tr("Find rewards by person, reason, piece or campaign (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_totalLabel->setObjectName(QStringLiteral("rewardTotalLabel"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_totalLabel);

    const auto action = [](QWidget* owner, const QString& icon, const QString& text,
                           const QKeySequence& key, Qt::ShortcutContext context) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, owner);
        a->setShortcut(key);
        a->setShortcutContext(context);
        owner->addAction(a);
        return a;
    };
    m_newAction = action(this, QStringLiteral("list-add"), tr("&New Reward…"),
                         QKeySequence(Qt::Key_Insert), Qt::WidgetWithChildrenShortcut);
    m_editAction = action(m_view, QStringLiteral("document-edit"), tr("&Edit Reward…"),
                          QKeySequence(Qt::Key_F2), Qt::WidgetShortcut);
    m_deleteAction = action(m_view, QStringLiteral("edit-delete"), tr("&Delete Reward"),
                            QKeySequence::Delete, Qt::WidgetShortcut);
    m_copyAction = action(m_view, QStringLiteral("edit-copy"), tr("&Copy Rows"), QKeySequence::Copy,
                          Qt::WidgetShortcut);
    m_findAction = action(this, QStringLiteral("edit-find"), tr("&Find"), QKeySequence::Find,
                          Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, [this] { newReward(); });
    connect(m_editAction, &QAction::triggered, this, &RewardsPage::editReward);
    connect(m_view, &QAbstractItemView::activated, this, &RewardsPage::editReward);
    connect(m_deleteAction, &QAction::triggered, this, &RewardsPage::deleteRewards);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (const int n = copyRowsAsTsv(m_view))
            emit statusMessage(tr("Copied %n row(s).", nullptr, n));
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RewardsPage::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_newAction);
        menu.addAction(m_editAction);
        menu.addAction(m_copyAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    reload();
}

void RewardsPage::reload()
{
    const QList<model::Uuid> selected = selectedRewards();
    QList<ValueTableModel::Row> rows;
    QStringList ids;
    QList<storage::RewardTotal> totals;
    const QSqlDatabase db = m_controller.database();
    if (db.isOpen()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT r.id, r.given_on, p.display_name, r.kind, r.value, "
                              "r.currency, r.reason, t.title, c.name FROM rewards r "
                              "JOIN people p ON p.key = r.person_key "
                              "LEFT JOIN content t ON t.key = r.content_key "
                              "LEFT JOIN campaigns c ON c.key = r.campaign_key "
                              "ORDER BY r.given_on DESC, r.key DESC"));
        while (q.next()) {
            model::RewardKind kind = model::RewardKind::Points;
            model::rewardKindFromName(q.value(3).toString(), &kind);
            const double value = q.value(4).toDouble();
            const QString currency = q.value(5).toString();
            ValueTableModel::Cell amount{
                ContentTexts::rewardValue(kind, value, currency), value, true, {}};
            rows << ValueTableModel::Row{
                ValueTableModel::date(QDate::fromString(q.value(1).toString(), Qt::ISODate)),
                ValueTableModel::text(q.value(2).toString()),
                ValueTableModel::text(ContentTexts::rewardKind(kind)),
                amount,
                ValueTableModel::text(q.value(6).toString()),
                ValueTableModel::text(q.value(7).toString()),
                ValueTableModel::text(q.value(8).toString())};
            ids << q.value(0).toString();
            storage::addRewardTotal(&totals, kind, currency, value);
        }
    }
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setRows(rows, ids);
    if (wasEmpty && !rows.isEmpty())
        fitColumns(m_view);
    m_emptyLabel->setText(m_controller.isEditable()
                              ? tr("No rewards yet.\nPress Insert to record one: who received "
                                   "what, when, and for which piece.")
                              : tr("No rewards in this project."));
    m_stack->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_emptyLabel) : m_view);
    m_totalLabel->setText(rows.isEmpty() ? QString()
                                         : tr("Rewards: %1 · in all %2")
                                               .arg(ContentTexts::number(rows.size()),
                                                    ContentTexts::rewardTotals(totals)));
    for (const model::Uuid& id : selected) {
        const int row = m_model->rowOf(id.toString());
        if (row >= 0)
            m_view->selectionModel()->select(m_proxy->mapFromSource(m_model->index(row, 0)),
                                             QItemSelectionModel::Select |
                                                 QItemSelectionModel::Rows);
    }
    updateActions();
}

void RewardsPage::updateActions()
{
    const bool editable = m_controller.isEditable();
    const bool selected = !selectedRewards().isEmpty();
    m_newAction->setEnabled(editable);
    m_editAction->setEnabled(editable && selected);
    m_deleteAction->setEnabled(editable && selected);
    m_copyAction->setEnabled(selected);
}

QList<model::Uuid> RewardsPage::selectedRewards() const
{
    QList<model::Uuid> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << model::Uuid::fromString(index.data(ValueTableModel::IdRole).toString());
    return ids;
}

void RewardsPage::newReward(const model::Uuid& person, const QString& personName,
                            const model::Uuid& piece)
{
    if (!m_controller.isEditable())
        return;
    model::Reward reward;
    reward.person = person;
    reward.content = piece;
    reward.kind = model::RewardKind::Money;
    reward.currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (reward.currency.size() != 3)
        reward.currency = QStringLiteral("USD");
    reward.date = QDate::currentDate();
    auto* dialog = new RewardDialog(m_controller.database(), reward, personName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const model::Uuid id = m_controller.createReward(dialog->reward());
        if (id.isNull())
            return;
        const int row = m_model->rowOf(id.toString());
        if (row >= 0)
            m_view->selectionModel()->setCurrentIndex(
                m_proxy->mapFromSource(m_model->index(row, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        emit statusMessage(tr("Recorded the reward."));
    });
    dialog->open();
}

void RewardsPage::editReward()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_controller.isEditable())
        return;
    const model::Uuid id =
        model::Uuid::fromString(current.data(ValueTableModel::IdRole).toString());
    const std::optional<model::Reward> reward = m_controller.repository()->rewards().get(id);
    if (!reward)
        return;
    const QString name = m_proxy->index(current.row(), 1).data().toString();
    auto* dialog = new RewardDialog(m_controller.database(), *reward, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_controller.updateReward(dialog->reward()); });
    dialog->open();
}

void RewardsPage::deleteRewards()
{
    const QList<model::Uuid> ids = selectedRewards();
    if (ids.isEmpty() || !m_controller.isEditable())
        return;
    if (m_controller.removeRewards(ids))
        emit statusMessage(
            tr("Deleted %n reward(s). Undo brings them back.", nullptr, int(ids.size())));
}

} // namespace rapport::ui
