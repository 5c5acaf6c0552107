// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/SeriesPage.h"

#include "core/engine/ContentLoop.h"
#include "core/storage/ContentLoopReader.h"
#include "ui/content/ContentController.h"
#include "ui/content/ContentTexts.h"
#include "ui/content/ValueTableModel.h"

#include <QAction>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
enum SeriesColumn
{
    SeriesName,
    SeriesPieces,
    SeriesReach
};
} // namespace

SeriesPage::SeriesPage(ContentController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller),
      m_series(new ValueTableModel({tr("Series"), tr("Pieces"), tr("Reach")}, this)),
      m_pieces(new ValueTableModel(
          {tr("Part"), tr("Title"), tr("Published"), tr("Authors"), tr("Reach")}, this)),
      m_seriesView(makeValueTable(m_series, QStringLiteral("seriesTableView"))),
      m_piecesView(makeValueTable(m_pieces, QStringLiteral("seriesPiecesTableView"))),
      m_stack(new QStackedWidget), m_emptyLabel(new QLabel), m_details(new QWidget),
      m_name(new QLineEdit), m_description(new QLineEdit), m_summary(new QLabel)
{
    m_seriesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_seriesView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_piecesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_piecesView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_name->setObjectName(QStringLiteral("seriesNameLineEdit"));
    m_description->setObjectName(QStringLiteral("seriesDescriptionLineEdit"));
    m_description->setPlaceholderText(tr("What the series is about"));
    m_summary->setObjectName(QStringLiteral("seriesSummaryLabel"));

    m_emptyLabel->setText(tr("No series yet.\nPress Insert to start one; pieces join a series "
                             "in their editor."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_seriesView);
    m_stack->addWidget(m_emptyLabel);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(form);
    details->addWidget(m_summary);
    details->addWidget(m_piecesView, 1);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    const auto action = [this](QWidget* owner, const QString& icon, const QString& text,
                               const QKeySequence& key, Qt::ShortcutContext context) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, owner);
        a->setShortcut(key);
        a->setShortcutContext(context);
        owner->addAction(a);
        return a;
    };
    m_newAction = action(this, QStringLiteral("list-add"), tr("&New Series"),
                         QKeySequence(Qt::Key_Insert), Qt::WidgetWithChildrenShortcut);
    m_renameAction = action(this, QStringLiteral("edit-rename"), tr("&Rename Series"),
                            QKeySequence(Qt::Key_F2), Qt::WidgetWithChildrenShortcut);
    m_deleteAction = action(m_seriesView, QStringLiteral("edit-delete"), tr("&Delete Series"),
                            QKeySequence::Delete, Qt::WidgetShortcut);
    m_copyAction = action(m_seriesView, QStringLiteral("edit-copy"), tr("&Copy Rows"),
                          QKeySequence::Copy, Qt::WidgetShortcut);
    auto* copyPieces = action(m_piecesView, QStringLiteral("edit-copy"), tr("&Copy Rows"),
                              QKeySequence::Copy, Qt::WidgetShortcut);
    connect(m_newAction, &QAction::triggered, this, &SeriesPage::newSeries);
    connect(m_deleteAction, &QAction::triggered, this, &SeriesPage::deleteSeries);
    connect(m_renameAction, &QAction::triggered, this, [this] {
        m_name->setFocus(Qt::ShortcutFocusReason);
        m_name->selectAll();
    });
    connect(m_copyAction, &QAction::triggered, this, [this] { copyRowsAsTsv(m_seriesView); });
    connect(copyPieces, &QAction::triggered, this, [this] { copyRowsAsTsv(m_piecesView); });
    connect(m_seriesView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_newAction);
        menu.addAction(m_renameAction);
        menu.addAction(m_copyAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.exec(m_seriesView->viewport()->mapToGlobal(pos));
    });
    connect(m_seriesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_reloading)
            showCurrent();
    });
    connect(m_piecesView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit pieceActivated(
            model::Uuid::fromString(index.data(ValueTableModel::IdRole).toString()));
    });
    connect(m_name, &QLineEdit::editingFinished, this, &SeriesPage::commitName);
    connect(m_description, &QLineEdit::editingFinished, this, &SeriesPage::commitDescription);
    reload();
}

model::Uuid SeriesPage::currentSeries() const
{
    const QModelIndex index = m_seriesView->currentIndex();
    return index.isValid() ? model::Uuid::fromString(index.data(ValueTableModel::IdRole).toString())
                           : model::Uuid();
}

void SeriesPage::showSeries(const model::Uuid& id)
{
    const int row = m_series->rowOf(id.toString());
    if (row < 0)
        return;
    auto* proxy = static_cast<QSortFilterProxyModel*>(m_seriesView->model());
    m_seriesView->selectionModel()->setCurrentIndex(proxy->mapFromSource(m_series->index(row, 0)),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
}

void SeriesPage::reload()
{
    m_reloading = true;
    const model::Uuid current = currentSeries();
    const QSqlDatabase db = m_controller.database();
    QList<ValueTableModel::Row> rows;
    QStringList ids;
    if (db.isOpen()) {
        const engine::ContentLoop loop(storage::readContentLoopData(db));
        QHash<qint64, qint64> reach;
        for (const engine::ContentReach& r :
             loop.reach(engine::ContentLoop::ReachBy::Series, {}).rows)
            reach.insert(r.key, r.metrics.views);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(
            QStringLiteral("SELECT s.key, s.id, s.name, (SELECT COUNT(*) FROM content c WHERE "
                           "c.series_key = s.key) FROM series s ORDER BY s.name COLLATE NOCASE"));
        while (q.next()) {
            rows << ValueTableModel::Row{
                ValueTableModel::text(q.value(2).toString()),
                ValueTableModel::count(q.value(3).toLongLong()),
                ValueTableModel::count(reach.value(q.value(0).toLongLong()))};
            ids << q.value(1).toString();
        }
    }
    m_series->setRows(rows, ids);
    m_stack->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_emptyLabel) : m_seriesView);
    if (!current.isNull())
        showSeries(current);
    if (!m_seriesView->currentIndex().isValid() && m_series->rowCount() > 0)
        m_seriesView->selectionModel()->setCurrentIndex(m_seriesView->model()->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    m_reloading = false;
    showCurrent();
}

void SeriesPage::showCurrent()
{
    const model::Uuid id = currentSeries();
    const QSqlDatabase db = m_controller.database();
    m_details->setEnabled(!id.isNull());
    QList<ValueTableModel::Row> rows;
    QStringList ids;
    m_shownName.clear();
    m_shownDescription.clear();
    if (!id.isNull()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT name, description FROM series WHERE id = ?"));
        q.addBindValue(id.toString());
        if (q.exec() && q.next()) {
            m_shownName = q.value(0).toString();
            m_shownDescription = q.value(1).toString();
        }
        const engine::ContentLoop loop(storage::readContentLoopData(db));
        q.prepare(QStringLiteral(
            "SELECT c.key, c.id, c.title, c.published_on, (SELECT group_concat(name, ', ') FROM "
            "(SELECT p.display_name AS name FROM content_authors a JOIN people p ON p.key = "
            "a.person_key WHERE a.content_key = c.key ORDER BY a.position)) FROM content c "
            "JOIN series s ON s.key = c.series_key WHERE s.id = ? "
            "ORDER BY c.published_on IS NULL, c.published_on, c.title, c.key"));
        q.addBindValue(id.toString());
        if (q.exec()) {
            int part = 0;
            while (q.next()) {
                rows << ValueTableModel::Row{
                    ValueTableModel::count(++part), ValueTableModel::text(q.value(2).toString()),
                    ValueTableModel::date(QDate::fromString(q.value(3).toString(), Qt::ISODate)),
                    ValueTableModel::text(q.value(4).toString()),
                    ValueTableModel::count(loop.gained(q.value(0).toLongLong(), {}).views)};
                ids << q.value(1).toString();
            }
        }
    }
    m_name->setText(m_shownName);
    m_description->setText(m_shownDescription);
    m_pieces->setRows(rows, ids);
    fitColumns(m_piecesView);
    m_summary->setText(id.isNull() ? QString()
                       : rows.isEmpty()
                           ? tr("No pieces in this series yet: choose it in a piece's editor.")
                           : tr("Its pieces, in order of publication:"));
    updateActions();
}

void SeriesPage::updateActions()
{
    const bool editable = m_controller.isEditable();
    const bool hasCurrent = !currentSeries().isNull();
    m_newAction->setEnabled(editable);
    m_renameAction->setEnabled(editable && hasCurrent);
    m_deleteAction->setEnabled(editable && hasCurrent);
    m_copyAction->setEnabled(hasCurrent);
    m_name->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
}

void SeriesPage::newSeries()
{
    QStringList names;
    for (int row = 0; row < m_series->rowCount(); ++row)
        names << m_series->index(row, SeriesName).data().toString().toLower();
    QString name = tr("New series");
    for (int n = 2; names.contains(name.toLower()); ++n)
        name = tr("New series %1").arg(n);
    const model::Uuid id = m_controller.createSeries(name);
    if (id.isNull())
        return;
    showSeries(id);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void SeriesPage::deleteSeries()
{
    const model::Uuid id = currentSeries();
    if (id.isNull() || !m_controller.isEditable())
        return;
    const QString name = m_shownName;
    if (m_controller.removeSeries(id))
        emit statusMessage(tr("Deleted the series “%1”; its pieces stay, outside any series. "
                              "Undo brings it back.")
                               .arg(name));
}

void SeriesPage::commitName()
{
    const model::Uuid id = currentSeries();
    const QString name = m_name->text().trimmed();
    if (id.isNull() || name == m_shownName)
        return;
    if (!m_controller.changeSeries(id, tr("Rename series to “%1”").arg(name),
                                   [&](model::Series& s) { s.name = name; }))
        m_name->setText(m_shownName);
}

void SeriesPage::commitDescription()
{
    const model::Uuid id = currentSeries();
    const QString description = m_description->text().trimmed();
    if (id.isNull() || description == m_shownDescription)
        return;
    m_controller.changeSeries(id, tr("Change series description"),
                              [&](model::Series& s) { s.description = description; });
}

} // namespace rapport::ui
