// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QIcon>
#include <QStyledItemDelegate>

class QLabel;
class QTableView;
class QTimer;

namespace rapport::ui {

/** Roles the survey and channel models share with their delegates and proxies. */
enum TableRole {
    SortRole = Qt::UserRole + 1, ///< what a column sorts by (numbers as numbers)
    ChoicesRole,                 ///< QStringList offered by ChoicesRoleDelegate
    ChoicesEditableRole,         ///< bool: the combo box also takes free text
};

/** The desktop theme's icon of a freedesktop name, or ours when resources/icons has it. */
QIcon actionIcon(const QString& name);

/** The look of the area tables: whole rows, alternating colours, no row numbers. */
void setUpTable(QTableView* view);
/** Sizes a column to fit sample text and its header (with room for the sort arrow). */
void fitColumn(QTableView* view, int column, const QString& sample);
/** A short date and time in the user's locale, to size time columns by. */
QString sampleDateTime();

/** The selected rows of view in view order, visible columns, as TSV under a header line
 *  (tabs and line breaks inside cells become spaces). */
QString selectedRowsAsTsv(const QTableView* view);
/** Copies selectedRowsAsTsv() to the clipboard; false if nothing is selected. */
bool copySelectedRows(const QTableView* view);

/**
 * Hands what an editor holds to the model once the editor has closed: an edit becomes an
 * undo step whose views re-read the project, and re-reading while the editor still
 * commits would pull the model from under it.
 */
class TableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

protected:
    /** Sets value on index after the current event, if it differs from the shown one. */
    static void setDataLater(QAbstractItemModel* model, const QModelIndex& index,
                             const QVariant& value);
};

/** A combo box editor over the model's ChoicesRole list; editable on ChoicesEditableRole. */
class ChoicesRoleDelegate : public TableDelegate
{
    Q_OBJECT

public:
    using TableDelegate::TableDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

/** A line above a view saying what went wrong; hidden again after a while or on clear(). */
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showError(const QString& message);
    void clear();
    QString text() const;

private:
    QLabel* m_label;
    QTimer* m_timer;
};

} // namespace rapport::ui
