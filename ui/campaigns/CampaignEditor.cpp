// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignEditor.h"

#include "ui/campaigns/ChoiceDelegate.h"
#include "ui/campaigns/GoalTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace rapport::ui {

namespace {

// A date edit shows "No date" at its minimum; campaigns before it are not planned here.
const QDate kNoDate(2000, 1, 1);
constexpr int kIdRole = Qt::UserRole;

QDateEdit* dateEdit(const QString& objectName)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(CampaignEditor::tr("No date"));
    // The user's short format, with four-digit years: a plan is no place for guessing centuries.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    edit->setKeyboardTracking(false);
    return edit;
}

QDoubleSpinBox* moneyEdit(const QString& objectName)
{
    auto* edit = new QDoubleSpinBox;
    edit->setObjectName(objectName);
    edit->setDecimals(2);
    edit->setRange(0, 1e12);
    edit->setGroupSeparatorShown(true);
    edit->setKeyboardTracking(false);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

QListWidget* pickList(const QString& objectName)
{
    auto* list = new QListWidget;
    list->setObjectName(objectName);
    list->setMaximumHeight(110);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

qint64 minorUnits(double major)
{
    return qint64(std::llround(major * 100));
}

} // namespace

CampaignEditor::CampaignEditor(QWidget* parent) : QWidget(parent)
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("What is the campaign called?"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (int k = 0; k <= int(model::CampaignKind::Other); ++k)
        m_kind->addItem(CampaignTexts::kind(model::CampaignKind(k)), k);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (int s = 0; s <= int(model::CampaignStatus::Cancelled); ++s)
        m_status->addItem(CampaignTexts::status(model::CampaignStatus(s)), s);
    m_owner = new QLineEdit;
    m_owner->setObjectName(QStringLiteral("ownerLineEdit"));
    m_owner->setPlaceholderText(tr("Who runs it?"));
    m_starts = dateEdit(QStringLiteral("startsDateEdit"));
    m_ends = dateEdit(QStringLiteral("endsDateEdit"));
    m_moment = new QComboBox;
    m_moment->setObjectName(QStringLiteral("momentComboBox"));
    m_budget = moneyEdit(QStringLiteral("budgetSpinBox"));
    m_cost = moneyEdit(QStringLiteral("costSpinBox"));
    m_currency = new QLineEdit;
    m_currency->setObjectName(QStringLiteral("currencyLineEdit"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);
    m_currency->setToolTip(tr("ISO 4217 currency code of budget and cost, such as EUR"));
    m_audiences = pickList(QStringLiteral("audiencesListWidget"));
    m_channels = pickList(QStringLiteral("channelsListWidget"));

    m_goalModel = new GoalTableModel(this);
    m_goals = new QTableView;
    m_goals->setObjectName(QStringLiteral("goalsTableView"));
    m_goals->setModel(m_goalModel);
    m_goals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_goals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_goals->verticalHeader()->hide();
    m_goals->horizontalHeader()->setStretchLastSection(true);
    m_goals->setMaximumHeight(130);
    m_goals->setItemDelegateForColumn(
        GoalTableModel::Metric, new ChoiceDelegate(
                                    [this] {
                                        ChoiceDelegate::Choices choices;
                                        for (const QString& metric : std::as_const(m_goalMetrics))
                                            choices.append({metric, metric});
                                        return choices;
                                    },
                                    /*open=*/true, this));
    m_addGoal = new QPushButton(tr("Add goal"));
    m_addGoal->setObjectName(QStringLiteral("addGoalButton"));
    m_removeGoal = new QPushButton(tr("Remove goal"));
    m_removeGoal->setObjectName(QStringLiteral("removeGoalButton"));

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_notes->installEventFilter(this);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("editorErrorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();

    // Layout: a form; budget and cost share one currency.
    const auto clearButton = [this](const QString& objectName, QDateEdit* date) {
        auto* button = new QToolButton;
        button->setObjectName(objectName);
        button->setText(QStringLiteral("✕"));
        button->setToolTip(tr("No date"));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, date, [date] { date->setDate(kNoDate); });
        m_clearButtons << button;
        return button;
    };
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_starts, 1);
    dates->addWidget(clearButton(QStringLiteral("clearStartsButton"), m_starts));
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_ends, 1);
    dates->addWidget(clearButton(QStringLiteral("clearEndsButton"), m_ends));
    auto* money = new QHBoxLayout;
    money->addWidget(m_budget, 1);
    money->addWidget(new QLabel(tr("Cost")));
    money->addWidget(m_cost, 1);
    money->addWidget(m_currency);
    auto* goalButtons = new QHBoxLayout;
    goalButtons->addWidget(m_addGoal);
    goalButtons->addWidget(m_removeGoal);
    goalButtons->addStretch();
    auto* goals = new QVBoxLayout;
    goals->addWidget(m_goals);
    goals->addLayout(goalButtons);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Owner:"), m_owner);
    const auto buddyLabel = [](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Dates:"), m_starts), dates);
    form->addRow(tr("&Moment:"), m_moment);
    form->addRow(buddyLabel(tr("&Budget:"), m_budget), money);
    form->addRow(tr("&Audiences:"), m_audiences);
    form->addRow(tr("&Channels:"), m_channels);
    form->addRow(buddyLabel(tr("&Goals:"), m_goals), goals);
    form->addRow(tr("No&tes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addStretch();

    // Edits.
    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { edit(CampaignField::Name, m_name->text()); });
    connect(m_owner, &QLineEdit::editingFinished, this,
            [this] { edit(CampaignField::Owner, m_owner->text()); });
    connect(m_kind, &QComboBox::activated, this,
            [this] { edit(CampaignField::Kind, m_kind->currentData()); });
    connect(m_status, &QComboBox::activated, this,
            [this] { edit(CampaignField::Status, m_status->currentData()); });
    connect(m_moment, &QComboBox::activated, this,
            [this] { edit(CampaignField::Moment, m_moment->currentData()); });
    const auto dateValue = [](const QDate& date) { return date == kNoDate ? QDate() : date; };
    connect(m_starts, &QDateEdit::dateChanged, this,
            [this, dateValue](const QDate& date) { edit(CampaignField::Starts, dateValue(date)); });
    connect(m_ends, &QDateEdit::dateChanged, this,
            [this, dateValue](const QDate& date) { edit(CampaignField::Ends, dateValue(date)); });
    connect(m_budget, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { edit(CampaignField::Budget, minorUnits(value)); });
    connect(m_cost, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { edit(CampaignField::Cost, minorUnits(value)); });
    connect(m_currency, &QLineEdit::editingFinished, this,
            [this] { edit(CampaignField::Currency, m_currency->text().toUpper()); });
    connect(m_audiences, &QListWidget::itemChanged, this, [this] {
        edit(CampaignField::Audiences, QVariant::fromValue(checkedIds(m_audiences)));
    });
    connect(m_channels, &QListWidget::itemChanged, this,
            [this] { edit(CampaignField::Channels, QVariant::fromValue(checkedIds(m_channels))); });
    // Queued: storing the goals shows them again, which must not happen under the item
    // editor that is still committing the edit.
    connect(
        m_goalModel, &GoalTableModel::goalsEdited, this,
        [this](const QList<model::Goal>& g) { edit(CampaignField::Goals, QVariant::fromValue(g)); },
        Qt::QueuedConnection);
    connect(m_addGoal, &QPushButton::clicked, this, &CampaignEditor::addGoal);
    connect(m_removeGoal, &QPushButton::clicked, this, &CampaignEditor::removeGoal);
    connect(m_goals->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignEditor::updateEnabled);

    setCampaign(std::nullopt);
}

void CampaignEditor::setCampaign(const std::optional<model::Campaign>& campaign)
{
    const bool other = !campaign || !m_campaign || campaign->meta.id != m_campaign->meta.id;
    m_campaign = campaign;
    if (other)
        showError({});
    showCampaign();
}

void CampaignEditor::setChoices(const QList<std::pair<model::Uuid, QString>>& audiences,
                                const QList<std::pair<model::Uuid, QString>>& channels,
                                const QList<model::CalendarMoment>& moments,
                                const QStringList& goalMetrics)
{
    m_showing = true;
    fillPickList(m_audiences, audiences,
                 tr("No audiences yet: define them in the Audiences area."));
    fillPickList(m_channels, channels, tr("No channels yet."));
    m_moment->clear();
    m_moment->addItem(tr("(none)"), QVariant::fromValue(model::Uuid()));
    for (const model::CalendarMoment& m : moments)
        m_moment->addItem(
            tr("%1 (%2)").arg(m.name, QLocale().toString(m.starts, QLocale::ShortFormat)),
            QVariant::fromValue(m.meta.id));
    m_goalMetrics = goalMetrics;
    m_showing = false;
    showCampaign();
}

void CampaignEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void CampaignEditor::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CampaignEditor::focusName()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

bool CampaignEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        edit(CampaignField::Notes, m_notes->toPlainText());
    return QWidget::eventFilter(watched, event);
}

void CampaignEditor::edit(CampaignField field, const QVariant& value)
{
    if (m_showing || !m_campaign || m_readOnly)
        return;
    emit fieldEdited(m_campaign->meta.id, field, value);
}

void CampaignEditor::showCampaign()
{
    m_showing = true;
    const model::Campaign c = m_campaign.value_or(model::Campaign());
    m_name->setText(c.name);
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    m_status->setCurrentIndex(m_status->findData(int(c.status)));
    m_owner->setText(c.owner);
    m_starts->setDate(c.starts.isValid() ? c.starts : kNoDate);
    m_ends->setDate(c.ends.isValid() ? c.ends : kNoDate);
    const int moment = m_moment->findData(QVariant::fromValue(c.moment));
    m_moment->setCurrentIndex(moment >= 0 ? moment : 0);
    m_budget->setValue(double(c.budget.minorUnits) / 100.0);
    m_cost->setValue(double(c.cost.minorUnits) / 100.0);
    m_currency->setText(c.budget.currency);
    checkPickList(m_audiences, c.targetAudiences);
    checkPickList(m_channels, c.channels);
    m_goalModel->setGoals(c.goals);
    if (m_notes->toPlainText() != c.notes)
        m_notes->setPlainText(c.notes);
    m_showing = false;
    updateEnabled();
}

void CampaignEditor::fillPickList(QListWidget* list,
                                  const QList<std::pair<model::Uuid, QString>>& items,
                                  const QString& emptyText)
{
    list->clear();
    if (items.isEmpty()) {
        auto* item = new QListWidgetItem(emptyText, list);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const auto& [id, name] : items) {
        auto* item = new QListWidgetItem(name, list);
        item->setData(kIdRole, QVariant::fromValue(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void CampaignEditor::checkPickList(QListWidget* list, const QList<model::Uuid>& checked)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        item->setCheckState(checked.contains(item->data(kIdRole).value<model::Uuid>())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
}

QList<model::Uuid> CampaignEditor::checkedIds(const QListWidget* list) const
{
    QList<model::Uuid> ids;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem* item = list->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(kIdRole).value<model::Uuid>();
    }
    return ids;
}

void CampaignEditor::addGoal()
{
    if (!m_campaign)
        return;
    model::Goal goal;
    goal.metric = QStringLiteral("attended");
    goal.target = 100;
    goal.periodStart = m_campaign->starts.isValid() ? m_campaign->starts : m_today;
    goal.periodEnd = m_campaign->ends.isValid() && m_campaign->ends >= goal.periodStart
                         ? m_campaign->ends
                         : goal.periodStart.addMonths(3).addDays(-1);
    QList<model::Goal> goals = m_campaign->goals;
    goals << goal;
    edit(CampaignField::Goals, QVariant::fromValue(goals));
}

void CampaignEditor::removeGoal()
{
    const QModelIndexList rows = m_goals->selectionModel()->selectedRows();
    if (!m_campaign || rows.isEmpty())
        return;
    QList<model::Goal> goals = m_campaign->goals;
    goals.removeAt(rows.first().row());
    edit(CampaignField::Goals, QVariant::fromValue(goals));
}

void CampaignEditor::updateEnabled()
{
    const bool shown = m_campaign.has_value();
    const bool editable = shown && !m_readOnly;
    // Text stays selectable when read-only; choices are disabled.
    for (QLineEdit* edit : {m_name, m_owner, m_currency}) {
        edit->setEnabled(shown);
        edit->setReadOnly(!editable);
    }
    m_notes->setEnabled(shown);
    m_notes->setReadOnly(!editable);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_kind, m_status, m_starts, m_ends, m_moment, m_budget,
                                         m_cost, m_audiences, m_channels, m_addGoal})
        w->setEnabled(editable);
    for (QToolButton* button : std::as_const(m_clearButtons))
        button->setEnabled(editable);
    m_goals->setEnabled(shown);
    m_goalModel->setEditable(editable);
    m_removeGoal->setEnabled(editable && m_goals->selectionModel()->hasSelection());
}

} // namespace rapport::ui
