// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/AudiencePeoplePanel.h"

#include "ui/audiences/AudiencePeopleModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

AudiencePeoplePanel::AudiencePeoplePanel(QWidget* parent)
    : QWidget(parent), m_model(new AudiencePeopleModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_tableView(new QTableView),
      m_filterEdit(new QLineEdit), m_addButton(new QToolButton), m_removeButton(new QToolButton),
      m_addAction(
          new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add People…"), this)),
      m_removeAction(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")),
                                 tr("&Remove from List"), this)),
      m_limitLabel(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_tableView->setObjectName(QStringLiteral("audiencePeopleView"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(AudiencePeopleModel::Name, Qt::AscendingOrder);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);
    const int ch = fontMetrics().averageCharWidth();
    const int widths[AudiencePeopleModel::ColumnCount] = {22, 30, 18, 16, 8};
    for (int column = 0; column < AudiencePeopleModel::ColumnCount; ++column)
        m_tableView->horizontalHeader()->resizeSection(column, widths[column] * ch);

    m_filterEdit->setObjectName(QStringLiteral("audiencePeopleFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter people"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetShortcut);
    m_addAction->setToolTip(tr("Add people to this list (Ins)"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setToolTip(tr("Remove the selected people from this list (Del)"));
    auto* copyAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    for (QAction* action : {m_addAction, m_removeAction, copyAction})
        m_tableView->addAction(action);
    connect(m_addAction, &QAction::triggered, this, &AudiencePeoplePanel::addRequested);
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (const QList<qint64> keys = selectedKeys(); !keys.isEmpty())
            emit removeRequested(keys);
    });
    connect(copyAction, &QAction::triggered, this, &AudiencePeoplePanel::copySelection);
    m_addButton->setObjectName(QStringLiteral("addPeopleButton"));
    m_addButton->setDefaultAction(m_addAction);
    m_removeButton->setObjectName(QStringLiteral("removePeopleButton"));
    m_removeButton->setDefaultAction(m_removeAction);
    for (QToolButton* button : {m_addButton, m_removeButton})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_tableView, &QWidget::customContextMenuRequested, this, [this, copyAction](QPoint at) {
        QMenu menu;
        if (m_editable) {
            menu.addAction(m_addAction);
            menu.addAction(m_removeAction);
            menu.addSeparator();
        }
        menu.addAction(copyAction);
        menu.exec(m_tableView->viewport()->mapToGlobal(at));
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AudiencePeoplePanel::updateActions);

    m_limitLabel->setObjectName(QStringLiteral("audiencePeopleLimitLabel"));
    m_limitLabel->setForegroundRole(QPalette::PlaceholderText);
    m_limitLabel->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_addButton);
    bar->addWidget(m_removeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_limitLabel);
    updateActions();
}

void AudiencePeoplePanel::setPeople(const QSqlDatabase& db, const QList<qint64>& keys,
                                    bool editable)
{
    m_editable = editable;
    // A static list is edited here, so all of it (up to a limit); a rule's people are a preview.
    m_model->setPeople(db, keys,
                       editable ? AudiencePeopleModel::kDefaultLimit
                                : AudiencePeopleModel::kPreviewLimit);
    const bool limited = m_model->total() > m_model->rowCount();
    m_limitLabel->setText(
        limited ? tr("Showing %L1 of %L2 people.").arg(m_model->rowCount()).arg(m_model->total())
                : QString());
    m_limitLabel->setVisible(limited);
    updateActions();
}

void AudiencePeoplePanel::clear()
{
    m_model->clear();
    m_limitLabel->hide();
    m_editable = false;
    updateActions();
}

QList<qint64> AudiencePeoplePanel::selectedKeys() const
{
    QList<qint64> keys;
    for (const QModelIndex& index : m_tableView->selectionModel()->selectedRows())
        keys << m_model->personKey(m_proxy->mapToSource(index).row());
    std::sort(keys.begin(), keys.end());
    return keys;
}

void AudiencePeoplePanel::copySelection() const
{
    QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    QStringList header;
    for (int column = 0; column < AudiencePeopleModel::ColumnCount; ++column)
        header << m_proxy->headerData(column, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (const QModelIndex& row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < AudiencePeopleModel::ColumnCount; ++column)
            cells << m_proxy->index(row.row(), column).data().toString().simplified();
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void AudiencePeoplePanel::updateActions()
{
    m_addButton->setVisible(m_editable);
    m_removeButton->setVisible(m_editable);
    m_addAction->setEnabled(m_editable);
    m_removeAction->setEnabled(m_editable && m_tableView->selectionModel()->hasSelection());
}

} // namespace rapport::ui
