// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/AuthorsPage.h"

#include "core/storage/AuthorReport.h"
#include "ui/content/ContentController.h"
#include "ui/content/ContentTexts.h"
#include "ui/content/ValueTableModel.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QLabel* figureLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* captionLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void addCopyAction(QTableView* view)
{
    auto* copy =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                    QCoreApplication::translate("rapport::ui::AuthorsPage", "&Copy Rows"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(copy, &QAction::triggered, view, [view] { copyRowsAsTsv(view); });
}

} // namespace

AuthorsPage::AuthorsPage(ContentController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller),
      m_authors(new ValueTableModel(
          {tr("Author"), tr("Pieces"), tr("Reach"), tr("Onward clicks"), tr("Rewards")}, this)),
      m_pieces(new ValueTableModel({tr("Title"), tr("Published"), tr("Reach"), tr("Onward clicks"),
                                    tr("Rewards"), tr("Channels"), tr("Series"), tr("Co-authors")},
                                   this)),
      m_channels(new ValueTableModel(
          {tr("Channel"), tr("Pieces"), tr("Views"), tr("Reads"), tr("Onward clicks")}, this)),
      m_links(new ValueTableModel({tr("From"), tr("Leads on to"), tr("Link")}, this)),
      m_rewards(new ValueTableModel(
          {tr("Date"), tr("Kind"), tr("Value"), tr("Reason"), tr("Piece"), tr("Campaign")}, this)),
      m_authorsView(makeValueTable(m_authors, QStringLiteral("authorsTableView"))),
      m_search(new QLineEdit), m_stack(new QStackedWidget), m_emptyLabel(new QLabel),
      m_details(new QWidget), m_name(new QLabel),
      m_piecesFigure(figureLabel(QStringLiteral("authorPiecesLabel"))),
      m_reachFigure(figureLabel(QStringLiteral("authorReachLabel"))),
      m_onwardFigure(figureLabel(QStringLiteral("authorOnwardClicksLabel"))),
      m_rewardsFigure(figureLabel(QStringLiteral("authorRewardsLabel"))),
      m_otherFigures(new QLabel), m_tabs(new QTabWidget),
      m_addReward(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Reward…"))),
      m_showPieces(new QPushButton(tr("Show in Pieces")))
{
    m_authorsView->setSelectionMode(QAbstractItemView::SingleSelection);
    // A narrow list: the names as wide as they need, the figures beside them.
    m_authorsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_authorsView->horizontalHeader()->setStretchLastSection(true);
    auto* proxy = static_cast<QSortFilterProxyModel*>(m_authorsView->model());
    proxy->setFilterKeyColumn(0);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    addCopyAction(m_authorsView);
    m_search->setObjectName(QStringLiteral("authorSearchLineEdit"));
    m_search->setPlaceholderText(tr("Find an author"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_emptyLabel->setText(tr("No authors yet: the people named as authors of pieces appear "
                             "here, with the reach and rewards of their work."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_authorsView, 1);
    m_stack->addWidget(list);
    m_stack->addWidget(m_emptyLabel);

    m_name->setObjectName(QStringLiteral("authorNameLabel"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    m_name->setFont(nameFont);
    m_otherFigures->setObjectName(QStringLiteral("authorOtherFiguresLabel"));
    m_otherFigures->setWordWrap(true);
    m_otherFigures->setForegroundRole(QPalette::PlaceholderText);
    m_addReward->setObjectName(QStringLiteral("authorAddRewardButton"));
    m_showPieces->setObjectName(QStringLiteral("authorShowPiecesButton"));

    auto* figures = new QGridLayout;
    const QList<std::pair<QLabel*, QString>> cells = {
        {m_piecesFigure, tr("pieces")},
        {m_reachFigure, tr("reach (views)")},
        {m_onwardFigure, tr("onward clicks to other pieces")},
        {m_rewardsFigure, tr("rewards received")}};
    for (int i = 0; i < cells.size(); ++i) {
        figures->addWidget(cells[i].first, 0, i);
        figures->addWidget(captionLabel(cells[i].second), 1, i);
    }
    figures->setColumnStretch(3, 1);

    const auto table = [this](ValueTableModel* model, const QString& name, const QString& title) {
        QTableView* view = makeValueTable(model, name);
        addCopyAction(view);
        m_tabs->addTab(view, title);
        return view;
    };
    m_piecesView = table(m_pieces, QStringLiteral("authorPiecesTableView"), tr("Pieces"));
    QTableView* piecesView = m_piecesView;
    table(m_channels, QStringLiteral("authorChannelsTableView"), tr("Where distributed"));
    table(m_links, QStringLiteral("authorLinksTableView"), tr("Onward links"));
    table(m_rewards, QStringLiteral("authorRewardsTableView"), tr("Rewards"));
    connect(piecesView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit pieceActivated(
            model::Uuid::fromString(index.data(ValueTableModel::IdRole).toString()));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addReward);
    buttons->addWidget(m_showPieces);
    buttons->addStretch();
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_name);
    details->addLayout(figures);
    details->addWidget(m_otherFigures);
    details->addWidget(m_tabs, 1);
    details->addLayout(buttons);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({380, 720});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_authorsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_reloading)
            showCurrent();
    });
    connect(m_addReward, &QPushButton::clicked, this, [this] {
        if (!currentAuthor().isNull())
            emit addRewardRequested(currentAuthor(), m_name->text());
    });
    connect(m_showPieces, &QPushButton::clicked, this, [this] {
        if (!currentAuthor().isNull())
            emit showPiecesRequested(currentAuthor());
    });
    reload();
}

AuthorsPage::~AuthorsPage() = default;

model::Uuid AuthorsPage::currentAuthor() const
{
    const QModelIndex index = m_authorsView->currentIndex();
    return index.isValid() ? model::Uuid::fromString(index.data(ValueTableModel::IdRole).toString())
                           : model::Uuid();
}

void AuthorsPage::showAuthor(const model::Uuid& person)
{
    const int row = m_authors->rowOf(person.toString());
    if (row < 0)
        return;
    m_search->clear();
    auto* proxy = static_cast<QSortFilterProxyModel*>(m_authorsView->model());
    m_authorsView->selectionModel()->setCurrentIndex(proxy->mapFromSource(m_authors->index(row, 0)),
                                                     QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void AuthorsPage::reload()
{
    m_reloading = true;
    const model::Uuid current = currentAuthor();
    const QSqlDatabase db = m_controller.database();
    m_report = db.isOpen() ? std::make_unique<storage::AuthorReport>(db) : nullptr;
    QList<ValueTableModel::Row> rows;
    QStringList ids;
    if (m_report) {
        for (const storage::AuthorRow& a : m_report->authors()) {
            rows << ValueTableModel::Row{
                ValueTableModel::text(a.name), ValueTableModel::count(a.pieces),
                ValueTableModel::count(a.metrics.views),
                ValueTableModel::count(a.metrics.onwardClicks), ValueTableModel::count(a.rewards)};
            ids << a.id.toString();
        }
    }
    const bool wasEmpty = m_authors->rowCount() == 0;
    m_authors->setRows(rows, ids);
    if (wasEmpty && !rows.isEmpty())
        fitColumns(m_authorsView, 20);
    m_stack->setCurrentIndex(rows.isEmpty() ? 1 : 0);
    if (!current.isNull())
        showAuthor(current);
    if (!m_authorsView->currentIndex().isValid() && m_authors->rowCount() > 0)
        m_authorsView->selectionModel()->setCurrentIndex(m_authorsView->model()->index(0, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_reloading = false;
    showCurrent();
}

void AuthorsPage::showCurrent()
{
    const model::Uuid person = currentAuthor();
    const std::optional<storage::AuthorSummary> summary =
        m_report && !person.isNull() ? m_report->summary(person) : std::nullopt;
    m_details->setVisible(summary.has_value());
    m_addReward->setEnabled(m_controller.isEditable());
    if (!summary) {
        for (ValueTableModel* model : {m_pieces, m_channels, m_links, m_rewards})
            model->setRows({});
        return;
    }
    const storage::AuthorSummary& s = *summary;
    m_name->setText(s.name);
    m_piecesFigure->setText(ContentTexts::number(s.pieces.size()));
    m_reachFigure->setText(ContentTexts::number(s.total.views));
    m_onwardFigure->setText(ContentTexts::number(s.total.onwardClicks));
    m_rewardsFigure->setText(s.rewardTotals.isEmpty() ? tr("none")
                                                      : ContentTexts::rewardTotals(s.rewardTotals));
    m_otherFigures->setText(tr("Reads %1 · likes %2 · shares %3, over all time; a piece "
                               "written with others counts fully for each author.")
                                .arg(ContentTexts::number(s.total.reads),
                                     ContentTexts::number(s.total.likes),
                                     ContentTexts::number(s.total.shares)));

    QList<ValueTableModel::Row> rows;
    QStringList ids;
    for (const storage::AuthorPiece& p : s.pieces) {
        ValueTableModel::Cell rewards =
            ValueTableModel::text(ContentTexts::rewardTotals(p.rewards));
        rows << ValueTableModel::Row{ValueTableModel::text(p.title),
                                     ValueTableModel::date(p.published),
                                     ValueTableModel::count(p.metrics.views),
                                     ValueTableModel::count(p.metrics.onwardClicks),
                                     rewards,
                                     ValueTableModel::text(p.channels.join(QStringLiteral(", "))),
                                     ValueTableModel::text(p.series),
                                     ValueTableModel::text(p.coauthors.join(QStringLiteral(", ")))};
        ids << p.id.toString();
    }
    m_pieces->setRows(rows, ids);
    fitColumns(m_piecesView, 24);

    rows.clear();
    ids.clear();
    for (const storage::AuthorChannel& c : s.channels) {
        rows << ValueTableModel::Row{
            ValueTableModel::text(c.name), ValueTableModel::count(c.pieces),
            ValueTableModel::count(c.metrics.views), ValueTableModel::count(c.metrics.reads),
            ValueTableModel::count(c.metrics.onwardClicks)};
        ids << c.id.toString();
    }
    m_channels->setRows(rows, ids);

    rows.clear();
    ids.clear();
    for (const storage::AuthorLink& l : s.onwardLinks) {
        ValueTableModel::Cell to = ValueTableModel::text(l.toTitle);
        if (l.toOwnPiece)
            to.toolTip = tr("Also by %1").arg(s.name);
        rows << ValueTableModel::Row{ValueTableModel::text(l.fromTitle), to,
                                     ValueTableModel::text(ContentTexts::linkKind(l.kind))};
        ids << l.to.toString();
    }
    m_links->setRows(rows, ids);

    rows.clear();
    ids.clear();
    for (const storage::AuthorReward& r : s.rewards) {
        rows << ValueTableModel::Row{
            ValueTableModel::date(r.date),
            ValueTableModel::text(ContentTexts::rewardKind(r.kind)),
            ValueTableModel::Cell{
                ContentTexts::rewardValue(r.kind, r.value, r.currency), r.value, true, {}},
            ValueTableModel::text(r.reason),
            ValueTableModel::text(r.contentTitle),
            ValueTableModel::text(r.campaign)};
        ids << r.id.toString();
    }
    m_rewards->setRows(rows, ids);
    for (int i = 1; i < m_tabs->count(); ++i)
        fitColumns(static_cast<QTableView*>(m_tabs->widget(i)));
    m_tabs->setTabText(0, tr("Pieces (%1)").arg(s.pieces.size()));
    m_tabs->setTabText(2, tr("Onward links (%1)").arg(s.onwardLinks.size()));
    m_tabs->setTabText(3, tr("Rewards (%1)").arg(s.rewards.size()));
}

} // namespace rapport::ui
