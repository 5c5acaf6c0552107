// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WelcomePanel.h"

#include "ui/RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

WelcomePanel::WelcomePanel(QAction* newAction, QAction* openAction, RecentFiles& recentFiles,
                           QWidget* parent)
    : QWidget(parent), m_recentFiles(recentFiles), m_recentLabel(new QLabel(tr("Recent projects"))),
      m_recentList(new QTreeWidget)
{
    auto* title = new QLabel(tr("Rapport"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Open a project file or create a new one. A project holds "
                                   "your community: people, activities, campaigns and surveys."));
    subtitle->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {newAction, openAction}) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(24, 24));
        button->setAutoRaise(false);
        button->setMinimumHeight(36);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    QFont headingFont = m_recentLabel->font();
    headingFont.setBold(true);
    m_recentLabel->setFont(headingFont);
    m_recentList->setObjectName(QStringLiteral("recentTreeWidget"));
    m_recentList->setColumnCount(2);
    m_recentList->setHeaderHidden(true);
    m_recentList->setRootIsDecorated(false);
    m_recentList->setUniformRowHeights(true);
    m_recentList->setIconSize(QSize(16, 16));
    m_recentList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_recentList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit recentFileChosen(item->data(0, kPathRole).toString());
    });

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(18);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentList);
    column->addStretch();

    auto* content = new QWidget;
    content->setLayout(column);
    content->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 100);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 48, 24, 24);
    outer->addStretch(1);
    outer->addWidget(content, 4);
    outer->addStretch(1);

    connect(&m_recentFiles, &RecentFiles::changed, this, &WelcomePanel::updateRecent);
    updateRecent();
}

void WelcomePanel::updateRecent()
{
    m_recentList->clear();
    const QStringList paths = m_recentFiles.paths();
    const QIcon icon(QStringLiteral(":/icons/rapport.svg"));
    const QBrush folderColor = palette().brush(QPalette::PlaceholderText);
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QTreeWidgetItem(
            m_recentList, {info.fileName(), QDir::toNativeSeparators(info.absolutePath())});
        item->setIcon(0, icon);
        item->setForeground(1, folderColor);
        item->setData(0, kPathRole, path);
        item->setToolTip(0, QDir::toNativeSeparators(path));
        item->setToolTip(1, QDir::toNativeSeparators(path));
    }
    m_recentList->resizeColumnToContents(0);
    m_recentList->setColumnWidth(0, m_recentList->columnWidth(0) + 24);
    // As tall as its rows: at most kMaximum, so no scrolling.
    const int rowHeight = std::max(m_recentList->sizeHintForRow(0), fontMetrics().height() + 6);
    m_recentList->setFixedHeight(int(paths.size()) * rowHeight + 2 * m_recentList->frameWidth() +
                                 4);
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recentList->setVisible(!paths.isEmpty());
}

} // namespace rapport::ui
