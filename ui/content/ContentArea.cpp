// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/ContentArea.h"

#include "ui/Icons.h"
#include "ui/ProjectSession.h"
#include "ui/content/AuthorsPage.h"
#include "ui/content/ContentController.h"
#include "ui/content/ContentTableModel.h"
#include "ui/content/PiecesPage.h"
#include "ui/content/RewardsPage.h"
#include "ui/content/SeriesPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

ContentArea::ContentArea(QWidget* parent)
    : Area(parent), m_controller(new ContentController(this)), m_messageBar(new QFrame),
      m_messageLabel(new QLabel), m_tabs(new QTabWidget), m_pieces(new PiecesPage(*m_controller)),
      m_series(new SeriesPage(*m_controller)), m_rewards(new RewardsPage(*m_controller)),
      m_authors(new AuthorsPage(*m_controller))
{
    setObjectName(QStringLiteral("contentArea"));
    m_messageBar->setObjectName(QStringLiteral("contentMessageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->setBackgroundRole(QPalette::ToolTipBase);
    m_messageLabel->setObjectName(QStringLiteral("contentMessageLabel"));
    m_messageLabel->setForegroundRole(QPalette::ToolTipText);
    m_messageLabel->setWordWrap(true);
    auto* close = new QToolButton;
    close->setAutoRaise(true);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Hide this message"));
    auto* barLayout = new QHBoxLayout(m_messageBar);
    barLayout->setContentsMargins(10, 4, 4, 4);
    barLayout->addWidget(m_messageLabel, 1);
    barLayout->addWidget(close);
    m_messageBar->hide();
    connect(close, &QToolButton::clicked, m_messageBar, &QWidget::hide);

    m_tabs->setObjectName(QStringLiteral("contentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_pieces, tr("&Pieces"));
    m_tabs->addTab(m_series, tr("S&eries"));
    m_tabs->addTab(m_rewards, tr("Re&wards"));
    m_tabs->addTab(m_authors, tr("&Authors"));
    m_stale = QList<bool>(m_tabs->count(), false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);

    connect(m_controller, &ContentController::failed, this, &ContentArea::showMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_stale.value(index))
            reloadPage(index);
    });
    connect(m_pieces, &PiecesPage::statusMessage, this, &Area::statusMessage);
    connect(m_series, &SeriesPage::statusMessage, this, &Area::statusMessage);
    connect(m_rewards, &RewardsPage::statusMessage, this, &Area::statusMessage);
    connect(m_series, &SeriesPage::pieceActivated, this, [this](const model::Uuid& piece) {
        m_tabs->setCurrentWidget(m_pieces);
        m_pieces->showPiece(piece);
    });
    connect(m_authors, &AuthorsPage::pieceActivated, this, [this](const model::Uuid& piece) {
        m_tabs->setCurrentWidget(m_pieces);
        m_pieces->showPiece(piece);
    });
    connect(m_authors, &AuthorsPage::showPiecesRequested, this, [this](const model::Uuid& person) {
        m_tabs->setCurrentWidget(m_pieces);
        QComboBox* authors = m_pieces->authorFilterCombo();
        authors->setCurrentIndex(std::max(0, authors->findData(person.toString())));
    });
    connect(m_authors, &AuthorsPage::addRewardRequested, this,
            [this](const model::Uuid& person, const QString& name) {
                m_rewards->newReward(person, name);
            });
}

ContentArea::~ContentArea() = default;

QString ContentArea::areaTitle() const
{
    return tr("Content");
}

QIcon ContentArea::areaIcon() const
{
    return QIcon(QStringLiteral(":/icons/area-content.svg"));
}

void ContentArea::setSession(ProjectSession* session)
{
    if (m_controller->session())
        disconnect(m_controller->session(), nullptr, this, nullptr);
    m_controller->setSession(session);
    m_messageBar->hide();
    if (session)
        connect(session, &ProjectSession::contentChanged, this, &ContentArea::projectChanged);
    // Every page lets go of the old project's connection before it closes.
    for (int i = 0; i < m_tabs->count(); ++i)
        reloadPage(i);
}

void ContentArea::projectChanged()
{
    // Only the page in view is read now; the others when they are shown.
    m_stale.fill(true);
    reloadPage(m_tabs->currentIndex());
}

void ContentArea::reloadPage(int index)
{
    if (index < 0 || index >= m_stale.size())
        return;
    m_stale[index] = false;
    QWidget* page = m_tabs->widget(index);
    if (page == m_pieces)
        m_pieces->reload();
    else if (page == m_series)
        m_series->reload();
    else if (page == m_rewards)
        m_rewards->reload();
    else if (page == m_authors)
        m_authors->reload();
}

void ContentArea::showMessage(const QString& message)
{
    m_messageLabel->setText(message);
    m_messageBar->show();
    emit statusMessage(message);
}

} // namespace rapport::ui
