// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/ChoiceDelegate.h"

#include <QComboBox>

namespace rapport::ui {

ChoiceDelegate::ChoiceDelegate(std::function<Choices()> choices, bool open, QObject* parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices)), m_open(open)
{
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceComboBox"));
    combo->setEditable(m_open);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& [label, value] : m_choices())
        combo->addItem(label, value);
    // Commit as soon as a choice is picked, as a combo box in a form does.
    auto* self = const_cast<ChoiceDelegate*>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QVariant value = index.data(Qt::EditRole);
    const int found = combo->findData(value);
    if (found >= 0)
        combo->setCurrentIndex(found);
    else if (m_open)
        combo->setEditText(value.toString());
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    if (m_open) {
        const QString text = combo->currentText().trimmed();
        const int found = combo->findText(text);
        model->setData(index, found >= 0 ? combo->itemData(found) : QVariant(text));
        return;
    }
    model->setData(index, combo->currentData());
}

} // namespace rapport::ui
