// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeopleView.h"

#include "ui/ProjectSession.h"
#include "ui/people/DuplicatesDialog.h"
#include "ui/people/PeopleController.h"
#include "ui/people/PeopleFilterBar.h"
#include "ui/people/PeoplePrompts.h"
#include "ui/people/PeopleSearch.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/people/PersonDetailPanel.h"
#include "ui/people/PersonDetails.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
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
    : Area(parent), m_ownPrompts(std::make_unique<DialogPeoplePrompts>()),
      m_model(new PeopleTableModel(this)), m_search(new PeopleSearch(this)),
      m_controller(new PeopleController(*m_ownPrompts, this, this)), m_toolBar(new QToolBar),
      m_filterBar(new PeopleFilterBar), m_tableView(new QTableView),
      m_detailPanel(new PersonDetailPanel), m_splitter(new QSplitter), m_stack(new QStackedWidget),
      m_emptyPage(new QWidget), m_detailTimer(new QTimer(this))
{
    m_tableView->setObjectName(QStringLiteral("peopleTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setFrameShape(QFrame::NoFrame);
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);
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
    auto* emptyHint = new QLabel(tr("Add someone with Ins, or import people from a CSV file on "
                                    "the command line:\n"
                                    "rapport-cli import PROJECT.rapport people.csv --as people"));
    emptyHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    emptyHint->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {emptyTitle, emptyHint})
        label->setAlignment(Qt::AlignCenter);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch();

    m_splitter->setObjectName(QStringLiteral("peopleSplitter"));
    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(m_detailPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 360});
    m_splitter->setCollapsible(0, false);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_emptyPage);

    createActions();
    m_toolBar->setObjectName(QStringLiteral("peopleToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_controller->addAction());
    m_toolBar->addAction(m_controller->editAction());
    m_toolBar->addAction(m_controller->deleteAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_controller->addTagAction());
    m_toolBar->addAction(m_controller->mergeAction());
    m_toolBar->addAction(m_duplicatesAction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);

    m_filterBar->setIndex([this] { return m_search->index(); });
    m_controller->setSelection([this] { return selectedKeys(); }, [this] { return currentKey(); });
    m_controller->setSuggestions([this] {
        PersonDialog::Suggestions suggestions;
        if (const storage::PeopleSearchIndex* index = m_search->index()) {
            const auto texts = [](const QList<QPair<QString, qint64>>& values) {
                QStringList list;
                for (const auto& value : values)
                    list << value.first;
                return list;
            };
            suggestions.countries = texts(index->values(storage::PeopleSearchIndex::Country));
            suggestions.roles = texts(index->values(storage::PeopleSearchIndex::Role));
            suggestions.companies = texts(index->values(storage::PeopleSearchIndex::Company));
            suggestions.tags = texts(index->tags());
        }
        return suggestions;
    });

    // Sorting by company, role, country or join date orders the index's codes in memory
    // (a tenth of a second for a million people) instead of sorting in SQL (seconds).
    m_model->setKeySorter([this](int column, Qt::SortOrder order) -> std::optional<std::vector<qint64>> {
        const storage::PeopleSearchIndex* index = m_search->isCurrent() ? m_search->index() : nullptr;
        if (!index)
            return std::nullopt;
        const bool descending = order == Qt::DescendingOrder;
        switch (column) {
        case PeopleTableModel::Company:
            return index->sortedKeys(storage::PeopleSearchIndex::Company, descending);
        case PeopleTableModel::Role:
            return index->sortedKeys(storage::PeopleSearchIndex::Role, descending);
        case PeopleTableModel::Country:
            return index->sortedKeys(storage::PeopleSearchIndex::Country, descending);
        case PeopleTableModel::Joined:
            return index->sortedKeysByJoined(descending);
        default:
            return std::nullopt;
        }
    });

    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(40);
    connect(m_detailTimer, &QTimer::timeout, this, &PeopleView::showDetails);
    connect(m_filterBar, &PeopleFilterBar::queryChanged, this, &PeopleView::applyQuery);
    connect(m_filterBar, &PeopleFilterBar::resultsRequested, this, [this] {
        m_tableView->setFocus(Qt::TabFocusReason);
        if (!m_tableView->selectionModel()->hasSelection() && m_model->rowCount() > 0)
            m_tableView->selectRow(0);
    });
    connect(m_search, &PeopleSearch::changed, this, [this] {
        if (!m_updating)
            applyQuery();
    });
    connect(m_search, &PeopleSearch::failed, this, &Area::statusMessage);
    connect(m_controller, &PeopleController::peopleChanged, this, &PeopleView::onPeopleChanged);
    connect(m_controller, &PeopleController::statusMessage, this, &Area::statusMessage);
    connect(m_controller, &PeopleController::personAdded, this, [this](qint64 key) {
        if (m_model->rowOfKey(key) < 0 && m_model->isFiltered())
            m_filterBar->clear(); // show the new person even if the filters would hide them
        selectKeys({key});
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &PeopleView::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeopleView::restoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeopleView::showCount);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeopleView::selectionChanged);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleView::selectionChanged);
    connect(m_tableView, &QTableView::customContextMenuRequested, this, &PeopleView::showContextMenu);
    connect(m_tableView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && m_controller->editAction()->isEnabled())
            m_controller->editPerson(m_model->personKey(index.row()));
    });
    updateStatus();
}

PeopleView::~PeopleView()
{
    m_search->disconnect(this);
    m_search->setSession(nullptr);
}

void PeopleView::createActions()
{
    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Rows"), this);
    m_copyAction->setObjectName(QStringLiteral("copyPeopleAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &PeopleView::copySelection);
    m_tableView->addAction(m_copyAction);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find People"), this);
    m_findAction->setObjectName(QStringLiteral("findPeopleAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterBar->searchLineEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchLineEdit()->selectAll();
    });
    addAction(m_findAction);

    m_duplicatesAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find-replace")),
                                     tr("Find &Duplicates…"), this);
    m_duplicatesAction->setObjectName(QStringLiteral("findDuplicatesAction"));
    m_duplicatesAction->setToolTip(tr("People who may be the same: same email, same handle, "
                                      "or a similar name at the same company"));
    connect(m_duplicatesAction, &QAction::triggered, this, &PeopleView::showDuplicates);

    // Ins works anywhere in the area; the others where the table has the focus (Del in the
    // search box deletes text, not people).
    m_controller->addAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_controller->addAction());
    for (QAction* action : m_controller->actions()) {
        if (action == m_controller->addAction())
            continue;
        action->setShortcutContext(Qt::WidgetShortcut);
        m_tableView->addAction(action);
    }
}

DuplicatesDialog* PeopleView::duplicatesDialog() const
{
    return m_duplicatesDialog;
}

QString PeopleView::areaTitle() const
{
    return tr("People");
}

QIcon PeopleView::areaIcon() const
{
    return QIcon(QStringLiteral(":/icons/area-people.svg"));
}

void PeopleView::setPrompts(PeoplePrompts& prompts)
{
    m_controller->setPrompts(prompts);
}

void PeopleView::setClock(const model::Clock& clock)
{
    m_clock = &clock;
    m_controller->setClock(clock);
    m_search->setClock(clock);
}

void PeopleView::setSession(ProjectSession* session)
{
    BusyCursor busy;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_duplicatesDialog)
        m_duplicatesDialog->close();
    m_pending = m_pendingAnything = m_stale = m_indexStale = false;
    m_pendingKeys.clear();
    m_pendingColumns.clear();
    {
        const QSignalBlocker block(m_filterBar);
        m_filterBar->clear();
    }
    m_updating = true;
    m_search->setSession(session);
    m_controller->setSession(session);
    m_model->setKeyFilter({});
    m_model->setDatabase(session ? session->file().database() : QSqlDatabase());
    m_updating = false;
    m_duplicatesAction->setEnabled(session != nullptr);
    if (session)
        connect(session, &ProjectSession::contentChanged, this, &PeopleView::onContentChanged);
    m_tableView->clearSelection();
    showDetails();
    updateStatus();
}

void PeopleView::applyQuery()
{
    if (!m_session)
        return;
    const PeopleFilterBar::Query query = m_filterBar->query();
    if (query.isEmpty()) {
        if (m_model->isFiltered()) {
            QElapsedTimer timer;
            timer.start();
            m_model->setKeyFilter({});
            m_lastFilterMs = timer.elapsed();
        }
        updateStatus();
        return;
    }
    if (!m_search->isReady()) {
        updateStatus(); // "Indexing…": applied when the index is ready
        return;
    }
    if (query.level >= 0 && !m_search->hasLevels()) {
        m_search->computeLevels();
        updateStatus();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    PeopleSearch* search = m_search;
    m_model->setKeyFilter([search, query](std::span<const qint64> keys) {
        const storage::PeopleSearchIndex* index = search->index();
        return index ? index->filter(keys, query) : std::vector<qint64>(keys.begin(), keys.end());
    });
    m_lastFilterMs = timer.elapsed();
    updateStatus();
}

qint64 PeopleView::peopleCount() const
{
    return m_model->totalCount();
}

void PeopleView::showCount()
{
    m_stack->setCurrentWidget(m_model->totalCount() > 0 ? static_cast<QWidget*>(m_splitter) : m_emptyPage);
    emit peopleCountChanged(m_model->totalCount());
    updateStatus();
}

void PeopleView::updateStatus()
{
    const QLocale locale;
    const PeopleFilterBar::Query query = m_filterBar->query();
    QString text;
    if (!m_session) {
        text.clear();
    } else if (!query.isEmpty() && !m_search->isReady()) {
        text = tr("Indexing people…");
    } else if (query.level >= 0 && !m_search->hasLevels()) {
        text = tr("Computing engagement levels…");
    } else if (m_model->isFiltered()) {
        text = tr("%1 of %2 people · %3 ms")
                   .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount()),
                        locale.toString(m_lastFilterMs));
    } else {
        text = tr("%Ln people", nullptr, int(m_model->totalCount()));
    }
    m_filterBar->setStatus(text);
}

void PeopleView::selectionChanged()
{
    m_controller->updateActions();
    m_copyAction->setEnabled(m_tableView->selectionModel()->hasSelection());
    m_detailTimer->start();
}

void PeopleView::showDetails()
{
    m_detailTimer->stop();
    const QList<qint64> keys = selectedKeys();
    if (!m_session || keys.isEmpty()) {
        m_detailPanel->showDetails(PersonDetails());
        return;
    }
    if (keys.size() > 1) {
        m_detailPanel->showSelectionCount(keys.size());
        return;
    }
    const PersonDetails details = PersonDetails::read(m_session->file().database(), *m_clock, keys.front());
    m_detailPanel->showDetails(details);
    // The panel computed the level afresh: the level filter may use it.
    if (details.key && m_search->hasLevels())
        m_search->setLevel(details.key, details.level);
}

void PeopleView::showDuplicates()
{
    if (!m_session)
        return;
    if (!m_duplicatesDialog) {
        m_duplicatesDialog = new DuplicatesDialog(*m_controller, this);
        m_duplicatesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_duplicatesDialog, &DuplicatesDialog::showPeople, this, [this](qint64 a, qint64 b) {
            if (m_model->isFiltered() && (m_model->rowOfKey(a) < 0 || m_model->rowOfKey(b) < 0))
                m_filterBar->clear();
            selectKeys({a, b});
        });
    }
    m_duplicatesDialog->show();
    m_duplicatesDialog->raise();
    m_duplicatesDialog->scan(m_session->file().database().databaseName(), m_session->isReadOnly());
}

void PeopleView::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_tableView->indexAt(position);
    if (index.isValid() && !m_tableView->selectionModel()->isRowSelected(index.row())) {
        m_tableView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QMenu menu(this);
    menu.addAction(m_controller->editAction());
    menu.addAction(m_copyAction);
    menu.addAction(m_controller->deleteAction());
    menu.addSeparator();
    menu.addAction(m_controller->addTagAction());
    menu.addAction(m_controller->removeTagAction());
    menu.addAction(m_controller->setCompanyAction());
    menu.addAction(m_controller->setRoleAction());
    menu.addAction(m_controller->setCountryAction());
    menu.addSeparator();
    menu.addAction(m_controller->mergeAction());
    menu.addAction(m_duplicatesAction);
    menu.addSeparator();
    menu.addAction(m_controller->addAction());
    menu.exec(m_tableView->viewport()->mapToGlobal(position));
}

} // namespace rapport::ui
