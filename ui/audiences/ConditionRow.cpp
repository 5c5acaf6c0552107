// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/ConditionRow.h"

#include "core/model/Activity.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>

#include <algorithm>

namespace rapport::ui {

namespace {

using Kind = model::AudienceCondition::Kind;
using Op = model::AudienceCondition::Op;

/** Completes the last of several values separated by ';' ("DE; FR; …"). */
class ValueCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    bool several = false;

    QStringList splitPath(const QString& path) const override
    {
        return {several ? path.section(u';', -1).trimmed() : path};
    }
    QString pathFromIndex(const QModelIndex& index) const override
    {
        const QString value = QCompleter::pathFromIndex(index);
        const QString text = widget() ? static_cast<QLineEdit*>(widget())->text() : QString();
        if (!several || !text.contains(u';'))
            return value;
        return text.section(u';', 0, -2) + QStringLiteral("; ") + value;
    }
};

QString fieldText(const QString& field)
{
    if (field == u"country")
        return ConditionRow::tr("Country");
    if (field == u"role")
        return ConditionRow::tr("Role");
    if (field == u"company")
        return ConditionRow::tr("Company");
    if (field == u"source")
        return ConditionRow::tr("Source");
    if (field == u"tag")
        return ConditionRow::tr("Tag");
    if (field == u"internal")
        return ConditionRow::tr("Internal");
    return field;
}

QList<std::pair<QString, Op>> opsFor(const model::AudienceCondition& c)
{
    switch (c.kind) {
    case Kind::Attribute:
        if (c.field == u"internal")
            return {{ConditionRow::tr("is"), Op::Equals}};
        if (c.field == u"tag")
            return {{ConditionRow::tr("has"), Op::Equals},
                    {ConditionRow::tr("has any of"), Op::In},
                    {ConditionRow::tr("has one containing"), Op::Contains}};
        return {{ConditionRow::tr("is"), Op::Equals},
                {ConditionRow::tr("is not"), Op::NotEquals},
                {ConditionRow::tr("is any of"), Op::In},
                {ConditionRow::tr("contains"), Op::Contains}};
    case Kind::Behaviour:
        return {{ConditionRow::tr("at least"), Op::AtLeast},
                {ConditionRow::tr("at most"), Op::AtMost}};
    case Kind::Level:
        return {{ConditionRow::tr("is at least"), Op::AtLeast},
                {ConditionRow::tr("is at most"), Op::AtMost},
                {ConditionRow::tr("is"), Op::Equals},
                {ConditionRow::tr("is not"), Op::NotEquals},
                {ConditionRow::tr("is any of"), Op::In}};
    case Kind::NpsCategory:
        return {{ConditionRow::tr("is"), Op::Equals}, {ConditionRow::tr("is not"), Op::NotEquals}};
    }
    return {};
}

/** The choices of a condition picked from a list: (shown, stored). */
QList<std::pair<QString, QString>> choicesFor(const model::AudienceCondition& c)
{
    if (c.kind == Kind::Attribute)
        return {{ConditionRow::tr("yes"), QStringLiteral("true")},
                {ConditionRow::tr("no"), QStringLiteral("false")}};
    if (c.kind == Kind::Level)
        return {{ConditionRow::tr("Observer"), QStringLiteral("Observer")},
                {ConditionRow::tr("Participant"), QStringLiteral("Participant")},
                {ConditionRow::tr("Contributor"), QStringLiteral("Contributor")},
                {ConditionRow::tr("Advocate"), QStringLiteral("Advocate")}};
    return {{ConditionRow::tr("a promoter (9–10)"), QStringLiteral("promoter")},
            {ConditionRow::tr("a passive (7–8)"), QStringLiteral("passive")},
            {ConditionRow::tr("a detractor (0–6)"), QStringLiteral("detractor")}};
}

bool sameChoice(const QString& stored, const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (stored == u"true")
        return v == u"true" || v == u"yes" || v == u"1";
    if (stored == u"false")
        return v == u"false" || v == u"no" || v == u"0";
    return stored.toLower() == v;
}

QComboBox* combo(const QString& name)
{
    auto* box = new QComboBox;
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

ConditionRow::ConditionRow(QWidget* parent)
    : QWidget(parent), m_kindCombo(combo(QStringLiteral("kindCombo"))),
      m_fieldCombo(combo(QStringLiteral("fieldCombo"))),
      m_opCombo(combo(QStringLiteral("opCombo"))), m_valueEdit(new QLineEdit),
      m_choiceCombo(combo(QStringLiteral("choiceCombo"))),
      m_typeCombo(combo(QStringLiteral("typeCombo"))), m_countSpin(new QSpinBox),
      m_timesLabel(new QLabel(tr("times"))), m_daysSpin(new QSpinBox),
      m_ofLabel(new QLabel(tr("of"))), m_campaignCombo(combo(QStringLiteral("campaignCombo"))),
      m_removeButton(new QToolButton)
{
    for (const Kind kind : {Kind::Attribute, Kind::Behaviour, Kind::Level, Kind::NpsCategory})
        m_kindCombo->addItem(kindText(kind), int(kind));
    for (const QString& field : model::audienceAttributeFields())
        m_fieldCombo->addItem(fieldText(field), field);
    m_valueEdit->setObjectName(QStringLiteral("valueEdit"));
    m_valueEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_valueEdit->setClearButtonEnabled(true);
    m_valueEdit->setCompleter(new ValueCompleter(new QStringListModel(this), this));
    m_valueEdit->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_typeCombo->setEditable(true);
    m_typeCombo->setInsertPolicy(QComboBox::NoInsert);
    m_typeCombo->setMinimumContentsLength(10);
    // Campaign names can be long: the list shows them in full, the box a part.
    m_campaignCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaignCombo->setMinimumContentsLength(14);
    m_countSpin->setObjectName(QStringLiteral("countSpin"));
    m_countSpin->setRange(0, 1000000);
    m_countSpin->setKeyboardTracking(false); // one change per typed number, not per digit
    m_daysSpin->setObjectName(QStringLiteral("daysSpin"));
    m_daysSpin->setRange(0, 36500);
    m_daysSpin->setPrefix(tr("in the last "));
    m_daysSpin->setSuffix(tr(" days"));
    m_daysSpin->setSpecialValueText(tr("at any time"));
    m_daysSpin->setKeyboardTracking(false);
    m_daysSpin->setToolTip(tr("0 counts activities of any time"));
    m_removeButton->setObjectName(QStringLiteral("removeConditionButton"));
    m_removeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_removeButton->setText(tr("Remove")); // shown if the theme has no icon
    m_removeButton->setToolTip(tr("Remove this condition"));
    m_removeButton->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_kindCombo, m_fieldCombo, m_typeCombo, m_opCombo, m_valueEdit, m_choiceCombo,
             m_countSpin, m_timesLabel, m_daysSpin, m_ofLabel, m_campaignCombo})
        layout->addWidget(widget);
    layout->addStretch();
    layout->addWidget(m_removeButton);

    connect(m_kindCombo, &QComboBox::activated, this, [this] {
        const auto kind = Kind(m_kindCombo->currentData().toInt());
        if (kind == m_condition.kind)
            return;
        m_condition = defaultCondition(kind);
        showCondition();
        update({});
    });
    connect(m_fieldCombo, &QComboBox::activated, this, [this] {
        const QString field = m_fieldCombo->currentData().toString();
        if (field == m_condition.field)
            return;
        const bool wasInternal = m_condition.field == u"internal";
        m_condition.field = field;
        if (field == u"internal")
            m_condition.value = QStringLiteral("true");
        else if (wasInternal)
            m_condition.value.clear();
        const auto ops = opsFor(m_condition);
        if (std::none_of(ops.begin(), ops.end(),
                         [&](const auto& op) { return op.second == m_condition.op; }))
            m_condition.op = ops.front().second;
        showCondition();
        update({});
    });
    connect(m_opCombo, &QComboBox::activated, this, [this] {
        const auto op = Op(m_opCombo->currentData().toInt());
        const bool listChanged = (op == Op::In) != (m_condition.op == Op::In);
        m_condition.op = op;
        if (listChanged && m_condition.kind == Kind::Level)
            m_condition.value = m_condition.value.section(u';', 0, 0).trimmed();
        if (m_condition.kind == Kind::Behaviour && op != Op::AtMost)
            m_condition.minCount = std::max(1, m_condition.minCount);
        showCondition();
        update({});
    });
    connect(m_valueEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_condition.value = text;
        update(QStringLiteral("value"), false);
    });
    connect(m_valueEdit, &QLineEdit::editingFinished, this,
            [this] { update(QStringLiteral("value")); });
    connect(m_choiceCombo, &QComboBox::activated, this, [this] {
        m_condition.value = m_choiceCombo->currentData().toString();
        update({});
    });
    connect(m_typeCombo, &QComboBox::editTextChanged, this, [this](const QString& text) {
        if (m_showing || text.trimmed() == m_condition.activityType)
            return;
        m_condition.activityType = text.trimmed();
        update(QStringLiteral("type"), false);
    });
    connect(m_typeCombo, &QComboBox::activated, this, [this] { update(QStringLiteral("type")); });
    connect(m_typeCombo->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { update(QStringLiteral("type")); });
    connect(m_countSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_condition.minCount = value;
        update(QStringLiteral("count"));
    });
    connect(m_daysSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_condition.withinDays = value;
        update(QStringLiteral("days"));
    });
    connect(m_campaignCombo, &QComboBox::activated, this, [this] {
        m_condition.campaign = model::Uuid::fromString(m_campaignCombo->currentData().toString());
        update({});
    });
    connect(m_removeButton, &QToolButton::clicked, this, &ConditionRow::removeRequested);

    setCondition(defaultCondition(Kind::Attribute));
}

QString ConditionRow::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Attribute:
        return tr("Attribute");
    case Kind::Behaviour:
        return tr("Activity");
    case Kind::Level:
        return tr("Engagement level");
    case Kind::NpsCategory:
        return tr("NPS answer");
    }
    return {};
}

model::AudienceCondition ConditionRow::defaultCondition(Kind kind)
{
    model::AudienceCondition c;
    c.kind = kind;
    switch (kind) {
    case Kind::Attribute:
        c.field = QStringLiteral("country");
        c.op = Op::Equals;
        break;
    case Kind::Behaviour: // "attended at least 2 events in the last 90 days"
        c.activityType = QStringLiteral("attended");
        c.op = Op::AtLeast;
        c.minCount = 2;
        c.withinDays = 90;
        break;
    case Kind::Level:
        c.op = Op::AtLeast;
        c.value = QStringLiteral("Participant");
        break;
    case Kind::NpsCategory:
        c.op = Op::Equals;
        c.value = QStringLiteral("promoter");
        break;
    }
    return c;
}

void ConditionRow::setChoices(const ConditionChoices& choices)
{
    m_choices = choices;
    showCondition();
}

void ConditionRow::setCondition(const model::AudienceCondition& condition)
{
    m_condition = condition;
    showCondition();
}

void ConditionRow::setEditable(bool editable)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_kindCombo, m_fieldCombo, m_opCombo, m_choiceCombo, m_typeCombo, m_countSpin,
             m_daysSpin, m_campaignCombo, m_removeButton})
        widget->setEnabled(editable);
    m_valueEdit->setReadOnly(!editable);
}

void ConditionRow::update(const QString& aspect, bool finished)
{
    if (!m_showing)
        emit edited(finished, aspect);
}

void ConditionRow::showCondition()
{
    m_showing = true;
    const QSignalBlocker blockCount(m_countSpin), blockDays(m_daysSpin);
    const model::AudienceCondition& c = m_condition;
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(c.kind)));
    const bool attribute = c.kind == Kind::Attribute;
    const bool behaviour = c.kind == Kind::Behaviour;
    const bool internal = attribute && c.field == u"internal";
    const bool typed = c.op == Op::In || (attribute && !internal);
    m_fieldCombo->setVisible(attribute);
    if (attribute) {
        int field = m_fieldCombo->findData(c.field);
        if (field < 0) { // a field this version does not offer: show it as it is
            m_fieldCombo->addItem(c.field, c.field);
            field = m_fieldCombo->count() - 1;
        }
        m_fieldCombo->setCurrentIndex(field);
    }
    fillOps();
    m_opCombo->setVisible(!internal);
    m_valueEdit->setVisible(!behaviour && typed);
    m_choiceCombo->setVisible(!behaviour && !typed);
    if (m_valueEdit->isVisibleTo(this)) {
        if (m_valueEdit->text() != c.value)
            m_valueEdit->setText(c.value);
        m_valueEdit->setPlaceholderText(c.op == Op::In ? tr("values separated by ;") : tr("value"));
        fillValueCompletions();
    } else {
        fillChoices();
    }
    for (QWidget* widget : std::initializer_list<QWidget*>{m_typeCombo, m_countSpin, m_timesLabel,
                                                           m_daysSpin, m_ofLabel, m_campaignCombo})
        widget->setVisible(behaviour);
    if (behaviour) {
        m_typeCombo->clear();
        QStringList types = m_choices.activityTypes;
        for (const QString& type : model::defaultActivityTypes()) {
            if (!types.contains(type))
                types << type;
        }
        m_typeCombo->addItems(types);
        m_typeCombo->setEditText(c.activityType);
        m_countSpin->setMinimum(c.op == Op::AtMost ? 0 : 1);
        m_countSpin->setValue(c.minCount);
        m_daysSpin->setValue(c.withinDays);
        m_campaignCombo->clear();
        m_campaignCombo->addItem(tr("any campaign"), QString());
        for (const auto& [id, name] : m_choices.campaigns)
            m_campaignCombo->addItem(name, id.toString());
        int campaign =
            m_campaignCombo->findData(c.campaign.isNull() ? QString() : c.campaign.toString());
        if (campaign < 0) {
            m_campaignCombo->addItem(tr("a deleted campaign"), c.campaign.toString());
            campaign = m_campaignCombo->count() - 1;
        }
        m_campaignCombo->setCurrentIndex(campaign);
    }
    m_showing = false;
}

void ConditionRow::fillOps()
{
    m_opCombo->clear();
    const auto ops = opsFor(m_condition);
    // Files written before "at least" was chosen explicitly store Equals for behaviour.
    const Op shown = m_condition.kind == Kind::Behaviour && m_condition.op != Op::AtMost
                         ? Op::AtLeast
                         : m_condition.op;
    for (const auto& [text, op] : ops)
        m_opCombo->addItem(text, int(op));
    int current = m_opCombo->findData(int(shown));
    if (current < 0) {
        m_opCombo->addItem(model::audienceConditionOpName(shown), int(shown));
        current = m_opCombo->count() - 1;
    }
    m_opCombo->setCurrentIndex(current);
}

void ConditionRow::fillChoices()
{
    m_choiceCombo->clear();
    int current = -1;
    for (const auto& [text, stored] : choicesFor(m_condition)) {
        if (current < 0 && sameChoice(stored, m_condition.value))
            current = m_choiceCombo->count();
        m_choiceCombo->addItem(text, stored);
    }
    if (current < 0 && !m_condition.value.isEmpty()) {
        m_choiceCombo->addItem(m_condition.value, m_condition.value);
        current = m_choiceCombo->count() - 1;
    }
    m_choiceCombo->setCurrentIndex(current);
}

void ConditionRow::fillValueCompletions()
{
    auto* completer = static_cast<ValueCompleter*>(m_valueEdit->completer());
    completer->several = m_condition.op == Op::In;
    QStringList values = m_condition.kind == Kind::Level
                             ? model::engagementLevelNames()
                             : m_choices.attributeValues.value(m_condition.field);
    static_cast<QStringListModel*>(completer->model())->setStringList(values);
}

} // namespace rapport::ui
