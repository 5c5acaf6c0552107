// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/PiecesPage.h"

#include "ui/content/ContentController.h"
#include "ui/content/ContentTableModel.h"
#include "ui/content/ContentTexts.h"
#include "ui/content/NewPieceDialog.h"
#include "ui/content/PieceEditor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QAction* makeAction(QWidget* owner, const QString& icon, const QString& text,
                    const QKeySequence& shortcut, Qt::ShortcutContext context)
{
    auto* action = new QAction(QIcon::fromTheme(icon), text, owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(context);
    owner->addAction(action);
    return action;
}

} // namespace

PiecesPage::PiecesPage(ContentController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new ContentTableModel(this)),
      m_filter(new ContentFilterModel(this)), m_view(new QTableView),
      m_editor(new PieceEditor(controller)), m_search(new QLineEdit), m_seriesFilter(new QComboBox),
      m_authorFilter(new QComboBox), m_listStack(new QStackedWidget), m_emptyLabel(new QLabel)
{
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("piecesTableView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContentTableModel::Published, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ContentTableModel::Title, QHeaderView::Stretch);
    // Widths in average characters, never narrower than the header (with room for the sort
    // arrow) or, for the date, than a date in the user's format.
    const int ch = fontMetrics().averageCharWidth();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
    const std::pair<int, int> widths[] = {{ContentTableModel::Kind, 10},
                                          {ContentTableModel::Series, 16},
                                          {ContentTableModel::Authors, 18},
                                          {ContentTableModel::Published, 0},
                                          {ContentTableModel::Reach, 8}};
    for (const auto& [column, chars] : widths) {
        int width =
            std::max(chars * ch, header->fontMetrics().horizontalAdvance(
                                     m_model->headerData(column, Qt::Horizontal).toString()) +
                                     padding);
        if (column == ContentTableModel::Published)
            width = std::max(width, fontMetrics().horizontalAdvance(QLocale().toString(
                                        QDate(2024, 12, 28), QLocale::ShortFormat)) +
                                        padding);
        header->resizeSection(column, width);
    }

    m_search->setObjectName(QStringLiteral("pieceSearchLineEdit"));
    m_search->setPlaceholderText(tr("Find pieces by title, series or author (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_seriesFilter->setObjectName(QStringLiteral("seriesFilterComboBox"));
    m_authorFilter->setObjectName(QStringLiteral("authorFilterComboBox"));
    for (QComboBox* combo : {m_seriesFilter, m_authorFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }

    m_emptyLabel->setObjectName(QStringLiteral("piecesEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_emptyLabel);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_seriesFilter);
    filters->addWidget(m_authorFilter);
    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_listStack, 1);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("piecesSplitter"));
    splitter->addWidget(list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    splitter->setCollapsible(0, false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_newAction = makeAction(this, QStringLiteral("list-add"), tr("&New Piece…"),
                             QKeySequence(Qt::Key_Insert), Qt::WidgetWithChildrenShortcut);
    m_duplicateAction =
        makeAction(this, QStringLiteral("edit-copy"), tr("D&uplicate Piece"),
                   QKeySequence(Qt::CTRL | Qt::Key_D), Qt::WidgetWithChildrenShortcut);
    m_deleteAction = makeAction(m_view, QStringLiteral("edit-delete"), tr("&Delete Piece"),
                                QKeySequence::Delete, Qt::WidgetShortcut);
    m_copyAction = makeAction(m_view, QStringLiteral("edit-copy"), tr("&Copy Rows"),
                              QKeySequence::Copy, Qt::WidgetShortcut);
    m_findAction = makeAction(this, QStringLiteral("edit-find"), tr("&Find"), QKeySequence::Find,
                              Qt::WidgetWithChildrenShortcut);
    m_renameAction = makeAction(this, QStringLiteral("edit-rename"), tr("&Edit Title"),
                                QKeySequence(Qt::Key_F2), Qt::WidgetWithChildrenShortcut);

    connect(m_newAction, &QAction::triggered, this, &PiecesPage::newPiece);
    connect(m_duplicateAction, &QAction::triggered, this, &PiecesPage::duplicatePiece);
    connect(m_deleteAction, &QAction::triggered, this, &PiecesPage::deletePieces);
    connect(m_copyAction, &QAction::triggered, this, &PiecesPage::copyRows);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_renameAction, &QAction::triggered, m_editor, &PieceEditor::editTitle);
    connect(m_search, &QLineEdit::textChanged, this, &PiecesPage::applyFilters);
    connect(m_seriesFilter, &QComboBox::currentIndexChanged, this, &PiecesPage::applyFilters);
    connect(m_authorFilter, &QComboBox::currentIndexChanged, this, &PiecesPage::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PiecesPage::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PiecesPage::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PiecesPage::showContextMenu);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PiecesPage::showEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PiecesPage::showEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PiecesPage::showEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PiecesPage::showEmptyState);
    updateActions();
}

void PiecesPage::reload()
{
    m_reloading = true;
    const model::Uuid current = currentPiece();
    const QList<model::Uuid> selected = selectedPieces();
    m_model->setDatabase(m_controller.database());
    fillFilters();
    if (!current.isNull()) {
        const int source = m_model->rowOf(current);
        const QModelIndex index =
            source < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(source, 0));
        if (index.isValid()) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            for (const model::Uuid& id : selected) {
                const int row = m_model->rowOf(id);
                if (row >= 0)
                    m_view->selectionModel()->select(
                        m_filter->mapFromSource(m_model->index(row, 0)),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
    }
    m_reloading = false;
    m_editor->setPiece(currentPiece());
    showEmptyState();
    updateActions();
}

void PiecesPage::fillFilters()
{
    const QSqlDatabase db = m_controller.database();
    const QVariant series = m_seriesFilter->currentData();
    const QVariant author = m_authorFilter->currentData();
    {
        const QSignalBlocker blockSeries(m_seriesFilter);
        const QSignalBlocker blockAuthor(m_authorFilter);
        m_seriesFilter->clear();
        m_seriesFilter->addItem(tr("All series"), QString());
        m_seriesFilter->addItem(tr("No series"), QStringLiteral("none"));
        m_authorFilter->clear();
        m_authorFilter->addItem(tr("All authors"), QString());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (db.isOpen() &&
            q.exec(QStringLiteral("SELECT id, name FROM series ORDER BY name COLLATE NOCASE")))
            while (q.next())
                m_seriesFilter->addItem(q.value(1).toString(), q.value(0).toString());
        if (db.isOpen() &&
            q.exec(QStringLiteral("SELECT p.id, p.display_name FROM people p WHERE p.key IN "
                                  "(SELECT person_key FROM content_authors) "
                                  "ORDER BY p.display_name COLLATE NOCASE")))
            while (q.next())
                m_authorFilter->addItem(q.value(1).toString(), q.value(0).toString());
        m_seriesFilter->setCurrentIndex(std::max(0, m_seriesFilter->findData(series)));
        m_authorFilter->setCurrentIndex(std::max(0, m_authorFilter->findData(author)));
    }
    applyFilters();
}

void PiecesPage::applyFilters()
{
    m_filter->setText(m_search->text());
    const QString series = m_seriesFilter->currentData().toString();
    if (series.isEmpty())
        m_filter->setSeries(ContentFilterModel::SeriesFilter::Any);
    else if (series == QLatin1String("none"))
        m_filter->setSeries(ContentFilterModel::SeriesFilter::None);
    else
        m_filter->setSeries(ContentFilterModel::SeriesFilter::One, model::Uuid::fromString(series));
    m_filter->setAuthor(model::Uuid::fromString(m_authorFilter->currentData().toString()));
    showEmptyState();
}

void PiecesPage::showEmptyState()
{
    const bool empty = m_filter->rowCount() == 0;
    if (m_model->rowCount() == 0)
        m_emptyLabel->setText(m_controller.isEditable()
                                  ? tr("No pieces in this project yet.\nPress Insert to add "
                                       "the first one: a title, its kind and an author.")
                                  : tr("No pieces in this project."));
    else
        m_emptyLabel->setText(tr("No piece matches the filter."));
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel) : m_view);
}

void PiecesPage::updateActions()
{
    const bool editable = m_controller.isEditable();
    const bool hasCurrent = !currentPiece().isNull();
    m_newAction->setEnabled(editable);
    m_duplicateAction->setEnabled(editable && hasCurrent);
    m_deleteAction->setEnabled(editable && !selectedPieces().isEmpty());
    m_copyAction->setEnabled(!selectedPieces().isEmpty());
    m_renameAction->setEnabled(editable && hasCurrent);
}

QList<model::Uuid> PiecesPage::selectedPieces() const
{
    QList<model::Uuid> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << model::Uuid::fromString(index.data(ContentTableModel::IdRole).toString());
    return ids;
}

model::Uuid PiecesPage::currentPiece() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid()
               ? model::Uuid::fromString(index.data(ContentTableModel::IdRole).toString())
               : model::Uuid();
}

void PiecesPage::showPiece(const model::Uuid& id)
{
    int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_seriesFilter->setCurrentIndex(0);
        m_authorFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void PiecesPage::currentChanged()
{
    if (m_reloading)
        return;
    m_editor->setPiece(currentPiece());
    updateActions();
}

void PiecesPage::newPiece()
{
    if (!m_controller.isEditable())
        return;
    auto* dialog = new NewPieceDialog(m_controller.database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The author filtered by, else the first author of the current piece.
    const model::Uuid filtered = m_filter->author();
    if (!filtered.isNull()) {
        dialog->setAuthor(filtered, m_authorFilter->currentText());
    } else if (const int row = m_model->rowOf(currentPiece()); row >= 0) {
        const ContentTableModel::Row& r = m_model->row(row);
        if (!r.authors.isEmpty())
            dialog->setAuthor(r.authors.first(), r.authorNames.value(0));
    }
    const QString series = m_seriesFilter->currentData().toString();
    connect(dialog, &QDialog::accepted, this, [this, dialog, series] {
        model::Content piece = dialog->piece();
        if (series != QLatin1String("none"))
            piece.series = model::Uuid::fromString(series);
        const model::Uuid id = m_controller.createPiece(piece);
        if (id.isNull())
            return;
        showPiece(id);
        m_editor->editTitle();
        emit statusMessage(tr("Added “%1”.").arg(piece.title));
    });
    dialog->open();
}

void PiecesPage::duplicatePiece()
{
    const model::Uuid id = m_controller.duplicatePiece(currentPiece());
    if (id.isNull())
        return;
    showPiece(id);
    m_editor->editTitle();
}

void PiecesPage::deletePieces()
{
    const QList<model::Uuid> ids = selectedPieces();
    if (ids.isEmpty() || !m_controller.isEditable())
        return;
    // The row after the deleted ones becomes current.
    const int nextRow = m_view->currentIndex().row();
    if (!m_controller.removePieces(ids))
        return;
    if (m_filter->rowCount() > 0) {
        const QModelIndex next = m_filter->index(std::min(nextRow, m_filter->rowCount() - 1), 0);
        m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    }
    emit statusMessage(tr("Deleted %n piece(s). Undo brings them back.", nullptr, int(ids.size())));
}

int PiecesPage::copyRows()
{
    const int n = copyRowsAsTsv(m_view);
    if (n > 0)
        emit statusMessage(tr("Copied %n row(s).", nullptr, n));
    return n;
}

void PiecesPage::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(m_newAction);
    menu.addAction(m_duplicateAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace rapport::ui
