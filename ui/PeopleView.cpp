// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PeopleView.h"

#include "ui/Icons.h"
#include "ui/PeopleTableModel.h"
#include "ui/ProjectSession.h"
#include "ui/SaveAudienceCommand.h"

#include <QApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {

// Reading the row keys of a large project takes a moment: say so with the cursor.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

PeopleView::PeopleView(QWidget* parent)
    : Area(parent), m_model(new PeopleTableModel(this)), m_tableView(new QTableView),
      m_stack(new QStackedWidget), m_emptyPage(new QWidget), m_onlyBar(new QFrame),
      m_onlyLabel(new QLabel), m_saveAudienceButton(new QPushButton(tr("Save as &Audience…"))),
      m_showAllButton(new QPushButton(tr("Show &All")))
{
    m_tableView->setObjectName(QStringLiteral("peopleTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setFrameShape(QFrame::NoFrame);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView* header = m_tableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Measured on Latin text: a CJK font's average width is that of a full-width glyph.
    const int ch =
        fontMetrics().horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789@.")) /
        38;
    // Widths in average Latin characters, but never narrower than the header (with room for
    // the sort arrow) or, for dates, than a date in the user's format.
    const int widths[PeopleTableModel::ColumnCount] = {22, 32, 18, 20, 4, 24, 8};
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
    for (int column = 0; column < PeopleTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        int width =
            std::max(widths[column] * ch, header->fontMetrics().horizontalAdvance(title) + padding);
        if (column == PeopleTableModel::Joined)
            width = std::max(width, fontMetrics().horizontalAdvance(QLocale().toString(
                                        QDate(2024, 12, 28), QLocale::ShortFormat)) +
                                        padding);
        header->resizeSection(column, width);
    }
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PeopleTableModel::Tags, QHeaderView::Stretch);
    header->setSortIndicator(PeopleTableModel::Name, Qt::AscendingOrder);
    m_tableView->setSortingEnabled(true);
    // Tags cannot be sorted: keep the indicator on the column the rows are sorted by.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (!PeopleTableModel::isSortable(column)) {
            QSignalBlocker block(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });

    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    auto* emptyTitle = new QLabel(tr("No people in this project yet."));
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    emptyTitle->setFont(titleFont);
    auto* emptyHint = new QLabel(tr("Import people from a CSV file on the command line:\n"
                                    "rapport-cli import PROJECT.rapport people.csv --as people"));
    emptyHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    emptyHint->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {emptyTitle, emptyHint})
        label->setAlignment(Qt::AlignCenter);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch();

    // The bar over a drill-down: what is shown, and the way back.
    m_onlyBar->setObjectName(QStringLiteral("showingBar"));
    m_onlyBar->setFrameShape(QFrame::StyledPanel);
    m_onlyBar->setAutoFillBackground(true);
    m_onlyBar->setBackgroundRole(QPalette::ToolTipBase);
    m_onlyLabel->setObjectName(QStringLiteral("showingLabel"));
    m_onlyLabel->setForegroundRole(QPalette::ToolTipText);
    m_onlyLabel->setWordWrap(true);
    m_saveAudienceButton->setObjectName(QStringLiteral("saveAudienceButton"));
    m_showAllButton->setObjectName(QStringLiteral("showAllButton"));
    auto* barLayout = new QHBoxLayout(m_onlyBar);
    barLayout->setContentsMargins(10, 4, 10, 4);
    barLayout->addWidget(m_onlyLabel, 1);
    barLayout->addWidget(m_saveAudienceButton);
    barLayout->addWidget(m_showAllButton);
    m_onlyBar->hide();
    connect(m_showAllButton, &QPushButton::clicked, this, &PeopleView::showAll);
    connect(m_saveAudienceButton, &QPushButton::clicked, this, &PeopleView::askAudienceName);

    m_stack->addWidget(m_tableView);
    m_stack->addWidget(m_emptyPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_onlyBar);
    layout->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, &PeopleView::showCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeopleView::showCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PeopleView::showCount);
}

PeopleView::~PeopleView() = default;

QString PeopleView::areaTitle() const
{
    return tr("People");
}

QIcon PeopleView::areaIcon() const
{
    return QIcon(QStringLiteral(":/icons/area-people.svg"));
}

void PeopleView::setSession(ProjectSession* session)
{
    BusyCursor busy;
    m_session = session;
    m_onlyBar->hide();
    m_onlyKeys.clear();
    m_model->setOnly(std::nullopt);
    m_model->setDatabase(session ? session->file().database() : QSqlDatabase());
    if (session)
        connect(session, &ProjectSession::contentChanged, this, &PeopleView::reload,
                Qt::UniqueConnection);
}

void PeopleView::reload()
{
    BusyCursor busy;
    m_model->reload();
}

qint64 PeopleView::peopleCount() const
{
    return m_model->rowCount();
}

void PeopleView::showOnly(const QString& title, const QList<qint64>& keys)
{
    BusyCursor busy;
    m_onlyTitle = title;
    m_onlyKeys = keys;
    m_model->setOnly(QSet<qint64>(keys.begin(), keys.end()));
    m_onlyLabel->setText(tr("Showing: %1 — %Ln people", nullptr, int(m_model->rowCount())).arg(title));
    m_saveAudienceButton->setEnabled(m_session && !m_session->isReadOnly() && !keys.isEmpty());
    m_onlyBar->show();
}

void PeopleView::showAll()
{
    BusyCursor busy;
    m_onlyBar->hide();
    m_onlyKeys.clear();
    m_model->setOnly(std::nullopt);
}

bool PeopleView::saveShownAsAudience(const QString& name, QString* error)
{
    if (!m_session || m_onlyKeys.isEmpty() || name.trimmed().isEmpty())
        return false;
    auto* command = new SaveAudienceCommand(m_session->file(), name.trimmed(), m_onlyTitle,
                                            m_onlyKeys);
    QString failure;
    command->reportTo(&failure);
    m_session->undoStack()->push(command); // runs redo(); a failed one is dropped
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    emit statusMessage(tr("Saved the audience “%1”.").arg(name.trimmed()));
    return true;
}

void PeopleView::askAudienceName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Audience"), tr("Audience name:"),
                                               QLineEdit::Normal, m_onlyTitle, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!saveShownAsAudience(name, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Save as Audience"), error);
}

void PeopleView::showCount()
{
    m_stack->setCurrentWidget(m_model->rowCount() > 0 || m_model->isFiltered() ? m_tableView
                                                                              : m_emptyPage);
    emit peopleCountChanged(m_model->rowCount());
}

} // namespace rapport::ui
