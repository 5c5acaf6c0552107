// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FunnelDefinition.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace rapport::engine {
class Store;
}

namespace rapport::ui {

/** What a funnel step can be defined by: activity types, campaigns and channels (key, name). */
struct FunnelStepChoices
{
    QStringList types;
    QList<std::pair<qint64, QString>> campaigns;
    QList<std::pair<qint64, QString>> channels;

    /** The default activity types and those of store (when given), its campaigns and
     *  channels (those with activities), and whatever `definitions` name beyond them. */
    static FunnelStepChoices from(const engine::Store* store,
                                  const QList<model::FunnelDefinition>& definitions = {});
};

/**
 * Edits one funnel step: the activity types that count for it (any of them; a menu of
 * checkable types), and optionally one campaign and one channel.
 */
class FunnelStepEditor : public QWidget
{
    Q_OBJECT

public:
    /** name: shown before the editors (empty: none). */
    explicit FunnelStepEditor(const QString& name = {}, QWidget* parent = nullptr);

    void setChoices(const FunnelStepChoices& choices);
    void setStep(const model::FunnelStepDefinition& step);
    model::FunnelStepDefinition step() const;

    QToolButton* typesButton() const { return m_typesButton; }
    QComboBox* campaignComboBox() const { return m_campaignComboBox; }
    QComboBox* channelComboBox() const { return m_channelComboBox; }
    /** Checks or unchecks one type, as a click on its menu entry does. */
    void setTypeChecked(const QString& type, bool checked);

signals:
    void changed();

private:
    void rebuildTypeMenu();
    void showTypes();
    static void fillKeys(QComboBox* box, const QString& any,
                         const QList<std::pair<qint64, QString>>& keys,
                         const QList<qint64>& selected);

    FunnelStepChoices m_choices;
    model::FunnelStepDefinition m_step;
    QLabel* m_nameLabel;
    QToolButton* m_typesButton;
    QMenu* m_typesMenu;
    QComboBox* m_campaignComboBox;
    QComboBox* m_channelComboBox;
};

} // namespace rapport::ui
