// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PersonDialog.h"

#include "ui/people/PersonDetails.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

using model::IdentityKind;

const IdentityKind kKinds[] = {IdentityKind::Email,   IdentityKind::GitHub,   IdentityKind::X,
                               IdentityKind::LinkedIn, IdentityKind::Discord, IdentityKind::Slack,
                               IdentityKind::WeChat,  IdentityKind::Discourse, IdentityKind::Meetup,
                               IdentityKind::Other};

QCompleter* completer(const QStringList& words, QObject* parent)
{
    auto* c = new QCompleter(words, parent);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    return c;
}

/** Tags typed as "a, b, c". */
QStringList splitTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

} // namespace

PersonDialog::PersonDialog(const model::Person& person, const Suggestions& suggestions,
                           Validator validator, QWidget* parent)
    : QDialog(parent), m_original(person), m_validator(std::move(validator)),
      m_name(new QLineEdit(person.displayName)), m_identityGrid(new QGridLayout),
      m_addIdentity(new QPushButton(tr("Add &identity"))), m_company(new QLineEdit(person.company)),
      m_role(new QLineEdit(person.role)), m_country(new QLineEdit(person.country)),
      m_timezone(new QComboBox), m_tags(new QLineEdit(person.tags.join(QStringLiteral(", ")))),
      m_hasJoined(new QCheckBox(tr("Joined on"))), m_joined(new QDateEdit),
      m_source(new QLineEdit(person.source)), m_internal(new QCheckBox(tr("Works for us"))),
      m_consent(new QCheckBox(tr("Agreed to marketing on"))), m_consentDate(new QDateEdit),
      m_notes(new QPlainTextEdit(person.notes)), m_problems(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(person.meta.id.isNull() ? tr("Add Person") : tr("Edit Person"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("Display name"));
    m_company->setObjectName(QStringLiteral("companyLineEdit"));
    m_role->setObjectName(QStringLiteral("roleLineEdit"));
    m_country->setObjectName(QStringLiteral("countryLineEdit"));
    m_country->setPlaceholderText(tr("Two-letter code, e.g. DE"));
    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_source->setObjectName(QStringLiteral("sourceLineEdit"));
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_addIdentity->setObjectName(QStringLiteral("addIdentityButton"));
    m_company->setCompleter(completer(suggestions.companies, this));
    m_role->setCompleter(completer(suggestions.roles, this));
    m_country->setCompleter(completer(suggestions.countries, this));

    m_timezone->setObjectName(QStringLiteral("timezoneComboBox"));
    m_timezone->setEditable(true);
    m_timezone->addItem(QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromUtf8(id));
    m_timezone->setCurrentText(person.timezone);
    m_timezone->completer()->setFilterMode(Qt::MatchContains);
    m_timezone->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_joined->setCalendarPopup(true);
    m_joined->setDate(person.joined.isValid() ? person.joined : QDate::currentDate());
    m_hasJoined->setChecked(person.joined.isValid());
    m_joined->setEnabled(person.joined.isValid());
    connect(m_hasJoined, &QCheckBox::toggled, m_joined, &QWidget::setEnabled);
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setDate(person.consent.date.isValid() ? person.consent.date : QDate::currentDate());
    m_consent->setChecked(person.consent.marketing);
    m_consentDate->setEnabled(person.consent.marketing);
    connect(m_consent, &QCheckBox::toggled, m_consentDate, &QWidget::setEnabled);
    m_internal->setChecked(person.internal);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().height() * 4 + 12);

    for (const model::Identity& identity : person.identities)
        addIdentityRow(identity);
    if (person.identities.isEmpty())
        addIdentityRow({IdentityKind::Email, QString()});
    connect(m_addIdentity, &QPushButton::clicked, this, [this] {
        addIdentityRow({IdentityKind::Email, QString()});
        m_identityRows.back().value->setFocus();
    });

    auto* identities = new QVBoxLayout;
    identities->addLayout(m_identityGrid);
    identities->addWidget(m_addIdentity, 0, Qt::AlignLeft);

    auto* joined = new QHBoxLayout;
    joined->addWidget(m_hasJoined);
    joined->addWidget(m_joined, 1);
    auto* consent = new QHBoxLayout;
    consent->addWidget(m_consent);
    consent->addWidget(m_consentDate, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Identities:"), identities);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("&Time zone:"), m_timezone);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(QString(), joined);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(QString(), m_internal);
    form->addRow(QString(), consent);
    form->addRow(tr("N&otes:"), m_notes);

    m_problems->setWordWrap(true);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problems->setPalette(palette);
    m_problems->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    m_name->setFocus();
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::addIdentityRow(const model::Identity& identity)
{
    IdentityRow row{new QComboBox, new QLineEdit(identity.value), new QPushButton};
    for (IdentityKind kind : kKinds)
        row.kind->addItem(PersonDetails::identityKindTitle(kind), int(kind));
    row.kind->setCurrentIndex(row.kind->findData(int(identity.kind)));
    row.value->setPlaceholderText(tr("Address or handle"));
    row.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    if (row.remove->icon().isNull())
        row.remove->setText(QStringLiteral("−"));
    row.remove->setToolTip(tr("Remove this identity"));
    row.remove->setAccessibleName(tr("Remove identity"));
    const int line = m_identityGrid->rowCount();
    m_identityGrid->addWidget(row.kind, line, 0);
    m_identityGrid->addWidget(row.value, line, 1);
    m_identityGrid->addWidget(row.remove, line, 2);
    m_identityGrid->setColumnStretch(1, 1);
    QPushButton* button = row.remove;
    connect(button, &QPushButton::clicked, this, [this, button] { removeIdentityRow(button); });
    m_identityRows.push_back(row);
}

void PersonDialog::removeIdentityRow(QPushButton* button)
{
    for (auto it = m_identityRows.begin(); it != m_identityRows.end(); ++it) {
        if (it->remove != button)
            continue;
        for (QWidget* w : {static_cast<QWidget*>(it->kind), static_cast<QWidget*>(it->value),
                           static_cast<QWidget*>(it->remove)}) {
            m_identityGrid->removeWidget(w);
            w->deleteLater();
        }
        m_identityRows.erase(it);
        return;
    }
}

QLineEdit* PersonDialog::identityLineEdit(int row) const
{
    return row >= 0 && size_t(row) < m_identityRows.size() ? m_identityRows[size_t(row)].value : nullptr;
}

QComboBox* PersonDialog::identityKindComboBox(int row) const
{
    return row >= 0 && size_t(row) < m_identityRows.size() ? m_identityRows[size_t(row)].kind : nullptr;
}

model::Person PersonDialog::person() const
{
    model::Person p = m_original;
    p.displayName = m_name->text().trimmed();
    p.identities.clear();
    for (const IdentityRow& row : m_identityRows) {
        const QString value = row.value->text().trimmed();
        if (!value.isEmpty())
            p.identities.append({IdentityKind(row.kind->currentData().toInt()), value});
    }
    p.company = m_company->text().trimmed();
    p.role = m_role->text().trimmed();
    p.country = m_country->text().trimmed();
    // Two letters are an ISO country code: written as such.
    if (p.country.size() == 2 && p.country.at(0).isLetter() && p.country.at(1).isLetter())
        p.country = p.country.toUpper();
    p.timezone = m_timezone->currentText().trimmed();
    p.tags = splitTags(m_tags->text());
    p.joined = m_hasJoined->isChecked() ? m_joined->date() : QDate();
    p.source = m_source->text().trimmed();
    p.internal = m_internal->isChecked();
    p.consent.marketing = m_consent->isChecked();
    p.consent.date = m_consent->isChecked() ? m_consentDate->date() : m_original.consent.date;
    p.notes = m_notes->toPlainText();
    return p;
}

QString PersonDialog::problems() const
{
    return m_problems->isVisible() || !m_problems->text().isEmpty() ? m_problems->text() : QString();
}

void PersonDialog::accept()
{
    const model::Person p = person();
    QStringList problems;
    for (const model::ValidationError& error : model::validate(p))
        problems << error.message;
    if (problems.isEmpty() && m_validator)
        problems = m_validator(p);
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    m_problems->clear();
    m_problems->hide();
    QDialog::accept();
}

} // namespace rapport::ui
