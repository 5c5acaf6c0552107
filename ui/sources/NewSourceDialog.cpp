// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sources/NewSourceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace rapport::ui {

NewSourceDialog::NewSourceDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add Data Source"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(QStringLiteral("GitHub"), int(sources::SourceKind::GitHub));
    m_kind->addItem(QStringLiteral("Discourse"), int(sources::SourceKind::Discourse));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_repositories = new QPlainTextEdit;
    m_repositories->setObjectName(QStringLiteral("repositoriesEdit"));
    m_repositories->setPlaceholderText(tr("owner/name, one a line"));
    m_repositories->setTabChangesFocus(true);
    m_repositories->setFixedHeight(m_repositories->fontMetrics().lineSpacing() * 4 + 12);
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_apiUser = new QLineEdit;
    m_apiUser->setObjectName(QStringLiteral("apiUserLineEdit"));
    m_apiUser->setPlaceholderText(QStringLiteral("system"));
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("tokenLineEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("optional; kept in the system keychain"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Platform:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    m_repositoriesLabel = new QLabel(tr("&Repositories:"));
    m_repositoriesLabel->setBuddy(m_repositories);
    form->addRow(m_repositoriesLabel, m_repositories);
    m_addressLabel = new QLabel;
    m_addressLabel->setBuddy(m_address);
    form->addRow(m_addressLabel, m_address);
    m_apiUserLabel = new QLabel(tr("API &user:"));
    m_apiUserLabel->setBuddy(m_apiUser);
    form->addRow(m_apiUserLabel, m_apiUser);
    form->addRow(tr("&Token:"), m_token);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewSourceDialog::updateForm);
    for (QLineEdit* edit : {m_name, m_address, m_apiUser, m_token})
        connect(edit, &QLineEdit::textChanged, this, &NewSourceDialog::validate);
    connect(m_repositories, &QPlainTextEdit::textChanged, this, &NewSourceDialog::validate);
    updateForm();
    resize(sizeHint().width() + 120, sizeHint().height());
}

void NewSourceDialog::updateForm()
{
    const bool github = m_kind->currentData().toInt() == int(sources::SourceKind::GitHub);
    m_repositoriesLabel->setVisible(github);
    m_repositories->setVisible(github);
    m_apiUserLabel->setVisible(!github);
    m_apiUser->setVisible(!github);
    m_addressLabel->setText(github ? tr("API &address:") : tr("Forum &address:"));
    m_address->setPlaceholderText(github ? QStringLiteral("https://api.github.com")
                                         : QStringLiteral("https://forum.example.org"));
    m_token->setToolTip(github ? tr("A personal access token with read access to the repositories")
                               : tr("An API key, for a private forum"));
    if (m_name->text().isEmpty() || m_name->text() == u"GitHub" || m_name->text() == u"Forum")
        m_name->setText(github ? QStringLiteral("GitHub") : tr("Forum"));
    validate();
}

sources::SourceConfig NewSourceDialog::source() const
{
    sources::SourceConfig s;
    s.kind = sources::SourceKind(m_kind->currentData().toInt());
    s.name = m_name->text().trimmed();
    QString address = m_address->text().trimmed();
    if (!address.isEmpty() && !address.contains(QStringLiteral("://")))
        address.prepend(QStringLiteral("https://"));
    s.baseUrl = address.isEmpty() ? sources::SourceConfig::defaultBaseUrl(s.kind) : QUrl(address);
    if (s.kind == sources::SourceKind::GitHub) {
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        for (const QString& part : m_repositories->toPlainText().split(separators, Qt::SkipEmptyParts)) {
            const QString repository = sources::SourceConfig::normalizeRepository(part);
            s.repositories.append(repository.isEmpty() ? part : repository);
        }
        s.repositories.removeDuplicates();
    } else {
        s.apiUser = m_apiUser->text().trimmed();
    }
    s.hasToken = !token().isEmpty();
    return s;
}

QString NewSourceDialog::token() const
{
    return m_token->text().trimmed();
}

void NewSourceDialog::validate()
{
    QString problem;
    sources::SourceConfig s = source();
    if (s.kind == sources::SourceKind::Discourse && m_address->text().trimmed().isEmpty())
        problem = tr("a Discourse source needs the forum's address");
    else
        s.validate(&problem);
    m_problem->setText(problem.isEmpty() ? QString() : problem.left(1).toUpper() + problem.mid(1) + u'.');
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace rapport::ui
