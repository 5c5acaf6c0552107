// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>
#include <utility>

namespace rapport::ui {

/**
 * Edits a cell with a combo box of (label, value) choices. An open delegate also accepts
 * typed text that is none of the choices (a goal's metric can be any activity type).
 */
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QList<std::pair<QString, QVariant>>;

    /** choices is asked each time an editor opens, so it can follow the project. */
    ChoiceDelegate(std::function<Choices()> choices, bool open, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    std::function<Choices()> m_choices;
    bool m_open;
};

} // namespace rapport::ui
