// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/FunnelStepEditor.h"

#include "core/engine/Store.h"
#include "core/model/Activity.h"
#include "ui/dashboard/FunnelFigures.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>

namespace rapport::ui {

FunnelStepChoices FunnelStepChoices::from(const engine::Store* store,
                                          const QList<model::FunnelDefinition>& definitions)
{
    FunnelStepChoices c;
    c.types = model::defaultActivityTypes();
    auto addKeys = [](QList<std::pair<qint64, QString>>& list, const engine::KeyDictionary& keys) {
        for (std::uint32_t code = 0; code < keys.size(); ++code)
            if (const qint64 key = keys.key(code); key != 0)
                list.append({key, QString::fromStdString(keys.name(key))});
    };
    if (store) {
        for (std::uint32_t code = 0; code < store->types().size(); ++code) {
            const QString name =
                QString::fromStdString(store->types().name(store->types().key(code)));
            if (!c.types.contains(name))
                c.types.append(name);
        }
        addKeys(c.campaigns, store->campaigns());
        addKeys(c.channels, store->channels());
    }
    for (const model::FunnelDefinition& d : definitions)
        for (const model::FunnelStepDefinition& s : d.steps) {
            for (const QString& type : s.types)
                if (!c.types.contains(type))
                    c.types.append(type);
            for (qint64 key : s.campaigns)
                if (std::none_of(c.campaigns.begin(), c.campaigns.end(),
                                 [&](const auto& p) { return p.first == key; }))
                    c.campaigns.append({key, FunnelStepEditor::tr("Campaign %1").arg(key)});
            for (qint64 key : s.channels)
                if (std::none_of(c.channels.begin(), c.channels.end(),
                                 [&](const auto& p) { return p.first == key; }))
                    c.channels.append({key, FunnelStepEditor::tr("Channel %1").arg(key)});
        }
    auto byName = [](const auto& a, const auto& b) {
        return a.second.localeAwareCompare(b.second) < 0;
    };
    std::sort(c.campaigns.begin(), c.campaigns.end(), byName);
    std::sort(c.channels.begin(), c.channels.end(), byName);
    return c;
}

FunnelStepEditor::FunnelStepEditor(const QString& name, QWidget* parent)
    : QWidget(parent), m_nameLabel(new QLabel(name, this)), m_typesButton(new QToolButton(this)),
      m_typesMenu(new QMenu(this)), m_campaignComboBox(new QComboBox(this)),
      m_channelComboBox(new QComboBox(this))
{
    m_nameLabel->setVisible(!name.isEmpty());
    m_nameLabel->setMinimumWidth(90);
    m_typesButton->setMenu(m_typesMenu);
    m_typesButton->setPopupMode(QToolButton::InstantPopup);
    m_typesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_typesButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_typesButton->setToolTip(tr("The activity types that count for this step (any of them)"));
    m_campaignComboBox->setToolTip(tr("Only activities of this campaign count"));
    m_channelComboBox->setToolTip(tr("Only activities on this channel count"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_typesButton, 2);
    layout->addWidget(m_campaignComboBox, 1);
    layout->addWidget(m_channelComboBox, 1);
    auto keysOf = [](QComboBox* box) {
        const qint64 key = box->currentData().toLongLong();
        return key ? QList<qint64>{key} : QList<qint64>{};
    };
    connect(m_campaignComboBox, &QComboBox::currentIndexChanged, this, [this, keysOf] {
        m_step.campaigns = keysOf(m_campaignComboBox);
        emit changed();
    });
    connect(m_channelComboBox, &QComboBox::currentIndexChanged, this, [this, keysOf] {
        m_step.channels = keysOf(m_channelComboBox);
        emit changed();
    });
    setChoices({});
}

void FunnelStepEditor::setChoices(const FunnelStepChoices& choices)
{
    m_choices = choices;
    setStep(m_step);
}

void FunnelStepEditor::setStep(const model::FunnelStepDefinition& step)
{
    m_step = step;
    rebuildTypeMenu();
    fillKeys(m_campaignComboBox, tr("Any campaign"), m_choices.campaigns, step.campaigns);
    fillKeys(m_channelComboBox, tr("Any channel"), m_choices.channels, step.channels);
}

model::FunnelStepDefinition FunnelStepEditor::step() const
{
    return m_step;
}

void FunnelStepEditor::setTypeChecked(const QString& type, bool checked)
{
    for (QAction* action : m_typesMenu->actions())
        if (action->data().toString() == type && action->isChecked() != checked)
            action->trigger();
}

void FunnelStepEditor::rebuildTypeMenu()
{
    m_typesMenu->clear();
    QStringList types = m_choices.types;
    for (const QString& type : m_step.types)
        if (!types.contains(type))
            types.append(type);
    for (const QString& type : types) {
        QAction* action = m_typesMenu->addAction(type);
        action->setData(type);
        action->setCheckable(true);
        action->setChecked(m_step.types.contains(type));
        connect(action, &QAction::toggled, this, [this, type](bool on) {
            if (on && !m_step.types.contains(type))
                m_step.types.append(type);
            else if (!on)
                m_step.types.removeAll(type);
            showTypes();
            emit changed();
        });
    }
    showTypes();
}

void FunnelStepEditor::showTypes()
{
    model::FunnelStepDefinition unlabelled = m_step;
    unlabelled.label.clear();
    m_typesButton->setText(model::funnelStepName(unlabelled));
}

void FunnelStepEditor::fillKeys(QComboBox* box, const QString& any,
                                const QList<std::pair<qint64, QString>>& keys,
                                const QList<qint64>& selected)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(any, qint64(0));
    for (const auto& [key, name] : keys)
        box->addItem(name, key);
    const int at = selected.isEmpty() ? 0 : box->findData(selected.first());
    box->setCurrentIndex(std::max(0, at));
}

} // namespace rapport::ui
