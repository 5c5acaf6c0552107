// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/RewardDialog.h"

#include "ui/content/ContentTexts.h"
#include "ui/content/PersonSearch.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

void fillNames(QComboBox* combo, const QSqlDatabase& db, const QString& none, const QString& sql)
{
    combo->addItem(none, QString());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            combo->addItem(q.value(1).toString(), q.value(0).toString());
}

} // namespace

RewardDialog::RewardDialog(QSqlDatabase db, const model::Reward& reward, const QString& personName,
                           QWidget* parent)
    : QDialog(parent), m_reward(reward), m_person(new PersonSearchWidget(db)),
      m_kind(new QComboBox), m_value(new QDoubleSpinBox), m_currency(new QLineEdit),
      m_date(new QDateEdit), m_reason(new QLineEdit), m_piece(new QComboBox),
      m_campaign(new QComboBox), m_error(new QLabel)
{
    setObjectName(QStringLiteral("rewardDialog"));
    setWindowTitle(reward.meta.id.isNull() ? tr("New Reward") : tr("Edit Reward"));
    m_kind->setObjectName(QStringLiteral("rewardKindComboBox"));
    ContentTexts::fillRewardKinds(m_kind);
    m_value->setObjectName(QStringLiteral("rewardValueSpinBox"));
    m_value->setRange(0, 1e12);
    m_value->setDecimals(2);
    m_value->setGroupSeparatorShown(true);
    m_currency->setObjectName(QStringLiteral("rewardCurrencyLineEdit"));
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(tr("e.g. EUR"));
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), this));
    m_date->setObjectName(QStringLiteral("rewardDateEdit"));
    m_date->setCalendarPopup(true);
    m_reason->setObjectName(QStringLiteral("rewardReasonLineEdit"));
    m_reason->setPlaceholderText(tr("Why it was given, e.g. Author fee"));
    m_piece->setObjectName(QStringLiteral("rewardPieceComboBox"));
    m_campaign->setObjectName(QStringLiteral("rewardCampaignComboBox"));
    fillNames(m_piece, db, tr("No piece"),
              QStringLiteral("SELECT id, title FROM content ORDER BY title COLLATE NOCASE"));
    fillNames(m_campaign, db, tr("No campaign"),
              QStringLiteral("SELECT id, name FROM campaigns ORDER BY name COLLATE NOCASE"));
    for (QComboBox* combo : {m_piece, m_campaign}) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    m_error->setObjectName(QStringLiteral("rewardErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    if (!reward.person.isNull())
        m_person->setPerson(reward.person, personName);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(reward.kind))));
    m_value->setValue(reward.value);
    m_currency->setText(reward.currency);
    m_date->setDate(reward.date.isValid() ? reward.date : QDate::currentDate());
    m_reason->setText(reward.reason);
    m_piece->setCurrentIndex(std::max(
        0, m_piece->findData(reward.content.isNull() ? QString() : reward.content.toString())));
    m_campaign->setCurrentIndex(std::max(
        0,
        m_campaign->findData(reward.campaign.isNull() ? QString() : reward.campaign.toString())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Received by:"), m_person);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("For &piece:"), m_piece);
    form->addRow(tr("For ca&mpaign:"), m_campaign);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RewardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RewardDialog::updateFields);
    updateFields();
    resize(480, 560);
}

void RewardDialog::updateFields()
{
    const auto kind = model::RewardKind(m_kind->currentData().toInt());
    m_currency->setEnabled(kind == model::RewardKind::Money || kind == model::RewardKind::Swag);
    m_value->setEnabled(kind != model::RewardKind::Recognition);
    m_value->setToolTip(kind == model::RewardKind::Points ? tr("Points given")
                        : kind == model::RewardKind::Swag ? tr("What the swag cost")
                                                          : tr("The amount paid"));
}

model::Reward RewardDialog::reward() const
{
    model::Reward r = m_reward;
    r.person = m_person->person();
    r.kind = model::RewardKind(m_kind->currentData().toInt());
    r.value = r.kind == model::RewardKind::Recognition ? 0 : m_value->value();
    r.currency = m_currency->isEnabled() ? m_currency->text().trimmed().toUpper() : QString();
    r.date = m_date->date();
    r.reason = m_reason->text().trimmed();
    // A title typed but not picked chooses the piece (or campaign) of that name.
    const auto chosen = [](const QComboBox* combo) {
        int at = combo->currentIndex();
        if (at < 0 || combo->itemText(at) != combo->currentText())
            at = combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
        return model::Uuid::fromString(combo->itemData(std::max(0, at)).toString());
    };
    r.content = chosen(m_piece);
    r.campaign = chosen(m_campaign);
    return r;
}

void RewardDialog::accept()
{
    const model::ValidationErrors errors = model::validate(reward());
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const model::ValidationError& e : errors)
            messages << e.message;
        m_error->setText(messages.join(u' '));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rapport::ui
