// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/SatisfactionCommentPanel.h"

#include "ui/dashboard/SatisfactionCommentModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

SatisfactionCommentPanel::SatisfactionCommentPanel(QWidget* parent)
    : QWidget(parent), m_model(new SatisfactionCommentModel(this)), m_title(new QLabel(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)), m_people(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    m_title->setObjectName(QStringLiteral("commentTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("commentSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_close->setObjectName(QStringLiteral("commentCloseButton"));
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Close the comments"));
    m_close->setAutoRaise(true);
    m_people->setObjectName(QStringLiteral("commentPeopleButton"));
    m_table->setObjectName(QStringLiteral("commentTableView"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setResizeContentsPrecision(50); // thousands of comments: sample
    m_table->verticalHeader()->setResizeContentsPrecision(50);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(SatisfactionCommentModel::Comment,
                                                      QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_close, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_people, 0, Qt::AlignLeft);
    layout->addWidget(m_table, 1);

    connect(m_people, &QPushButton::clicked, this,
            [this] { emit peopleRequested(m_contents.title, m_contents.people); });
    connect(m_close, &QToolButton::clicked, this, &SatisfactionCommentPanel::closeRequested);
}

void SatisfactionCommentPanel::setContents(Contents contents)
{
    m_contents = std::move(contents);
    m_title->setText(m_contents.title);
    QLocale locale;
    QString summary = tr("Responses: %1 · comments: %2")
                          .arg(locale.toString(qulonglong(m_contents.responses.size())),
                               locale.toString(qlonglong(m_contents.comments.size())));
    if (m_contents.anonymous > 0)
        summary +=
            u'\n' +
            tr("Anonymous responses: %1 — counted here, but they cannot be listed as people.")
                .arg(locale.toString(qulonglong(m_contents.anonymous)));
    if (!m_contents.error.isEmpty())
        summary += u'\n' + tr("The comments could not be read: %1").arg(m_contents.error);
    m_summary->setText(summary);
    m_people->setText(
        tr("Show the people (%1)").arg(locale.toString(qlonglong(m_contents.people.size()))));
    m_people->setEnabled(!m_contents.people.isEmpty());
    m_model->setComments(m_contents.comments, m_contents.scores);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SatisfactionCommentModel::Comment,
                                                      QHeaderView::Stretch);
}

} // namespace rapport::ui
