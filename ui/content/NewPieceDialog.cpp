// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/NewPieceDialog.h"

#include "ui/content/ContentTexts.h"
#include "ui/content/PersonSearch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapport::ui {

NewPieceDialog::NewPieceDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent), m_title(new QLineEdit), m_kind(new QComboBox),
      m_author(new PersonSearchWidget(std::move(db))), m_error(new QLabel)
{
    setObjectName(QStringLiteral("newPieceDialog"));
    setWindowTitle(tr("New Piece"));
    m_title->setObjectName(QStringLiteral("newTitleLineEdit"));
    m_title->setPlaceholderText(tr("What the piece is called"));
    m_kind->setObjectName(QStringLiteral("newKindComboBox"));
    ContentTexts::fillKinds(m_kind);
    m_error->setObjectName(QStringLiteral("newPieceErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Author:"), m_author);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPieceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 420);
}

void NewPieceDialog::setAuthor(const model::Uuid& person, const QString& name)
{
    m_author->setPerson(person, name);
}

model::Content NewPieceDialog::piece() const
{
    model::Content piece;
    piece.title = m_title->text().trimmed();
    piece.kind = model::ContentKind(m_kind->currentData().toInt());
    if (!m_author->person().isNull())
        piece.authors << m_author->person();
    piece.published = QDate::currentDate();
    return piece;
}

void NewPieceDialog::accept()
{
    const model::ValidationErrors errors = model::validate(piece());
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const model::ValidationError& e : errors)
            messages << e.message;
        m_error->setText(messages.join(u' '));
        m_error->show();
        (errors.first().field == QLatin1String("title") ? static_cast<QWidget*>(m_title)
                                                        : m_author->searchEdit())
            ->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rapport::ui
