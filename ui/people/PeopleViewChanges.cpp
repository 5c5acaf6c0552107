// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the people area follows changes: its own edits and anyone else's, the selection kept
// across them, and copying the selected rows.
#include "ui/people/PeopleView.h"

#include "ui/ProjectSession.h"
#include "ui/people/PeopleSearch.h"
#include "ui/people/PeopleTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSqlQuery>
#include <QTableView>

#include <algorithm>
#include <unordered_set>

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

void PeopleView::onPeopleChanged(const QList<qint64>& keys, const QList<int>& columns)
{
    m_pending = true;
    m_pendingKeys << keys;
    if (columns.isEmpty())
        m_pendingAnything = true;
    m_pendingColumns << columns;
}

void PeopleView::onContentChanged()
{
    // Our own edits name the people they touched: only those are read again. Anyone else's
    // change could be anything: the search index is rebuilt (in the background).
    m_updating = true;
    const bool own = m_pending;
    const QList<qint64> touched = m_pendingKeys;
    if (own && !m_pendingKeys.isEmpty())
        m_search->refresh(m_pendingKeys);
    else if (!own && isVisible())
        m_search->rebuild();
    else if (!own)
        m_indexStale = true; // rebuilt when shown: edits elsewhere need not pay for it
    const bool orderMayChange = !own || m_pendingAnything ||
                                m_pendingColumns.contains(m_model->sortColumn());
    m_pending = m_pendingAnything = false;
    m_pendingKeys.clear();
    m_pendingColumns.clear();
    m_updating = false;

    if (!isVisible()) {
        // Read again when shown; the status bar's count stays right meanwhile.
        m_stale = true;
        if (m_session) {
            // Both counts use an index: no table scan for a million people.
            QSqlQuery q(m_session->file().database());
            if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM people) - "
                                      "(SELECT COUNT(*) FROM people WHERE merged_into IS NOT NULL)")) &&
                q.next())
                emit peopleCountChanged(q.value(0).toLongLong());
        }
        return;
    }
    if (orderMayChange) {
        // A few people: moved in place (the selection and scroll position stay); people who
        // come back (an undone delete or merge) are selected.
        bool updated = false;
        if (own && !touched.isEmpty() && touched.size() <= PeopleTableModel::kMaxUpdated) {
            QItemSelectionModel* selection = m_tableView->selectionModel();
            std::unordered_set<qint64> before;
            QList<qint64> wereSelected;
            const qint64 current = currentKey();
            for (qint64 key : std::as_const(touched)) {
                const int row = m_model->rowOfKey(key);
                if (row < 0)
                    continue;
                before.insert(key);
                if (selection->isRowSelected(row))
                    wereSelected << key;
            }
            updated = m_model->updatePeople(touched);
            if (updated) {
                QList<qint64> back;
                for (qint64 key : std::as_const(touched))
                    if (!before.count(key) && m_model->rowOfKey(key) >= 0 && !back.contains(key))
                        back << key;
                if (!back.isEmpty()) {
                    selectKeys(back);
                } else {
                    // Moved rows keep their selection.
                    for (qint64 key : std::as_const(wereSelected)) {
                        const int row = m_model->rowOfKey(key);
                        if (row >= 0)
                            selection->select(m_model->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
                    }
                    if (wereSelected.contains(current))
                        selection->setCurrentIndex(m_model->index(m_model->rowOfKey(current), 0),
                                                   QItemSelectionModel::NoUpdate);
                }
                showCount();
            }
        }
        if (!updated)
            reload();
    } else {
        // Values changed in place; a filter may now keep other people.
        if (m_model->isFiltered())
            applyQuery();
        else
            m_model->refreshValues();
    }
    showDetails();
}

void PeopleView::showEvent(QShowEvent* event)
{
    Area::showEvent(event);
    if (m_indexStale) {
        m_indexStale = false;
        m_search->rebuild();
    }
    if (m_stale) {
        m_stale = false;
        reload();
        showDetails();
    }
}

void PeopleView::reload()
{
    BusyCursor busy;
    m_model->reload();
}

QList<qint64> PeopleView::selectedKeys() const
{
    std::vector<int> rows;
    for (const QItemSelectionRange& range : m_tableView->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> keys;
    keys.reserve(qsizetype(rows.size()));
    for (int row : rows)
        keys << m_model->personKey(row);
    return keys;
}

qint64 PeopleView::currentKey() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_tableView->selectionModel()->isRowSelected(current.row()))
        return 0;
    return m_model->personKey(current.row());
}

void PeopleView::selectKeys(const QList<qint64>& keys)
{
    const std::unordered_set<qint64> wanted(keys.begin(), keys.end());
    QItemSelection selection;
    int first = -1;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows && !wanted.empty(); ++row) {
        const qint64 key = m_model->personKey(row);
        if (!wanted.count(key))
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, PeopleTableModel::ColumnCount - 1));
        if (first < 0 || key == keys.front())
            first = row;
    }
    QItemSelectionModel* model = m_tableView->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0) {
        model->setCurrentIndex(m_model->index(first, 0), QItemSelectionModel::NoUpdate);
        m_tableView->scrollTo(m_model->index(first, 0));
    }
}

void PeopleView::rememberSelection()
{
    m_keptCurrent = currentKey();
    const QList<qint64> keys = selectedKeys();
    m_keptSelection.assign(keys.begin(), keys.end());
    const int top = m_tableView->rowAt(0);
    m_keptTop = top >= 0 ? m_model->personKey(top) : 0;
}

void PeopleView::restoreSelection()
{
    if (m_keptSelection.empty() && !m_keptTop)
        return;
    const std::unordered_set<qint64> wanted(m_keptSelection.begin(), m_keptSelection.end());
    QItemSelection selection;
    int current = -1, top = -1;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const qint64 key = m_model->personKey(row);
        if (key == m_keptTop)
            top = row;
        if (!wanted.count(key))
            continue;
        // Neighbouring rows join one range, so a large selection stays cheap.
        if (!selection.isEmpty() && selection.back().bottom() == row - 1)
            selection.back() = QItemSelectionRange(selection.back().topLeft(),
                                                   m_model->index(row, PeopleTableModel::ColumnCount - 1));
        else
            selection.select(m_model->index(row, 0), m_model->index(row, PeopleTableModel::ColumnCount - 1));
        if (key == m_keptCurrent)
            current = row;
    }
    m_keptSelection.clear();
    QItemSelectionModel* model = m_tableView->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current >= 0)
        model->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    if (top >= 0)
        m_tableView->scrollTo(m_model->index(top, 0), QAbstractItemView::PositionAtTop);
    else if (current >= 0)
        m_tableView->scrollTo(m_model->index(current, 0));
}

void PeopleView::copySelection()
{
    std::vector<int> rows;
    for (const QItemSelectionRange& range : m_tableView->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.push_back(row);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    BusyCursor busy;
    const QString tsv = m_model->toTsv(QList<int>(rows.begin(), rows.end()));
    auto* mime = new QMimeData;
    mime->setText(tsv);
    mime->setData(QStringLiteral("text/tab-separated-values"), tsv.toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied %Ln people.", nullptr, int(rows.size())));
}

} // namespace rapport::ui
