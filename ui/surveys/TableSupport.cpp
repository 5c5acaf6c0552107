// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/TableSupport.h"

#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaProperty>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace rapport::ui {

namespace {

QString tsvCell(QString text)
{
    for (QChar& c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace

QIcon actionIcon(const QString& name)
{
    if (QFile::exists(QStringLiteral(":/icons/%1.svg").arg(name)))
        return themedIcon(name);
    return QIcon::fromTheme(name);
}

void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setFrameShape(QFrame::NoFrame);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    view->setItemDelegate(new TableDelegate(view));
}

void fitColumn(QTableView* view, int column, const QString& sample)
{
    QHeaderView* header = view->horizontalHeader();
    const int padding = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
    const QString title = view->model() ? view->model()->headerData(column, Qt::Horizontal).toString()
                                        : QString();
    header->resizeSection(column, std::max(view->fontMetrics().horizontalAdvance(sample) + 12,
                                           header->fontMetrics().horizontalAdvance(title) + padding));
}

QString sampleDateTime()
{
    return QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
}

QString selectedRowsAsTsv(const QTableView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model || !view->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    QList<int> columns;
    const QHeaderView* header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns << column;
    }
    QStringList lines;
    QStringList cells;
    for (int column : std::as_const(columns))
        cells << tsvCell(model->headerData(column, Qt::Horizontal).toString());
    lines << cells.join(u'\t');
    for (int row : std::as_const(rows)) {
        cells.clear();
        for (int column : std::as_const(columns))
            cells << tsvCell(model->index(row, column).data().toString());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

bool copySelectedRows(const QTableView* view)
{
    const QString tsv = selectedRowsAsTsv(view);
    if (tsv.isEmpty())
        return false;
    QApplication::clipboard()->setText(tsv);
    return true;
}

void TableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const
{
    const QByteArray property = editor->metaObject()->userProperty().name();
    if (!property.isEmpty())
        setDataLater(model, index, editor->property(property));
}

void TableDelegate::setDataLater(QAbstractItemModel* model, const QModelIndex& index,
                                 const QVariant& value)
{
    if (value == index.data(Qt::EditRole))
        return;
    QMetaObject::invokeMethod(
        model,
        [model, at = QPersistentModelIndex(index), value] {
            if (at.isValid())
                model->setData(at, value, Qt::EditRole);
        },
        Qt::QueuedConnection);
}

QWidget* ChoicesRoleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->addItems(index.data(ChoicesRole).toStringList());
    combo->setEditable(index.data(ChoicesEditableRole).toBool());
    if (combo->isEditable())
        combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}

void ChoicesRoleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString current = index.data(Qt::EditRole).toString();
    const int at = combo->findText(current);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else if (combo->isEditable())
        combo->setEditText(current);
}

void ChoicesRoleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    setDataLater(model, index,
                 combo->isEditable() ? combo->currentText().trimmed() : combo->currentText());
}

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_label(new QLabel), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto* icon = new QLabel;
    icon->setPixmap(actionIcon(QStringLiteral("dialog-warning")).pixmap(QSize(16, 16)));
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &MessageBar::clear);
    hide();
}

void MessageBar::showError(const QString& message)
{
    m_label->setText(message);
    setVisible(!message.isEmpty());
    m_timer->start();
}

void MessageBar::clear()
{
    m_timer->stop();
    m_label->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace rapport::ui
