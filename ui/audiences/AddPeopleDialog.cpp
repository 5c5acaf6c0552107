// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/AddPeopleDialog.h"

#include "ui/audiences/AudiencePeopleModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {

AddPeopleDialog::AddPeopleDialog(const QSqlDatabase& db, const QString& audienceName,
                                 QWidget* parent)
    : QDialog(parent), m_db(db), m_model(new AudiencePeopleModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_searchEdit(new QLineEdit),
      m_tableView(new QTableView), m_resultLabel(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
      m_searchTimer(new QTimer(this))
{
    setWindowTitle(tr("Add People to “%1”").arg(audienceName));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Name, email, company or tag"));
    m_searchEdit->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(AudiencePeopleModel::Name, Qt::AscendingOrder);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_resultLabel->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_buttons);
    resize(720, 460);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &AddPeopleDialog::search);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tableView, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AddPeopleDialog::updateButtons);
    search();
}

void AddPeopleDialog::search()
{
    m_searchTimer->stop();
    const QString text = m_searchEdit->text().trimmed();
    const bool merges =
        m_db.record(QStringLiteral("people")).contains(QStringLiteral("merged_into"));
    QString sql = QStringLiteral("SELECT p.key FROM people p WHERE %1")
                      .arg(merges ? QStringLiteral("p.merged_into IS NULL") : QStringLiteral("1"));
    if (!text.isEmpty()) {
        sql += QStringLiteral(
            " AND (p.display_name LIKE ? ESCAPE '\\' OR p.company LIKE ? ESCAPE '\\' "
            "OR EXISTS (SELECT 1 FROM identities i WHERE i.person_key = p.key AND i.value LIKE "
            "? ESCAPE '\\') OR EXISTS (SELECT 1 FROM person_tags t WHERE t.person_key = "
            "p.key AND t.tag LIKE ? ESCAPE '\\'))");
    }
    sql += QStringLiteral(" ORDER BY p.display_name COLLATE NOCASE, p.key LIMIT %1")
               .arg(kShownLimit + 1);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(QStringLiteral("%%1%").arg(escaped));
    }
    QList<qint64> keys;
    if (q.exec()) {
        while (q.next())
            keys << q.value(0).toLongLong();
    }
    const bool more = keys.size() > kShownLimit;
    if (more)
        keys.removeLast();
    m_model->setPeople(m_db, keys, -1);
    if (keys.isEmpty())
        m_resultLabel->setText(tr("Nobody matches “%1”.").arg(text));
    else if (more)
        m_resultLabel->setText(
            tr("The first %L1 matches; type more to narrow them.").arg(kShownLimit));
    else
        m_resultLabel->setText(tr("%Ln people", nullptr, int(keys.size())));
    updateButtons();
}

QList<qint64> AddPeopleDialog::selectedKeys() const
{
    QList<qint64> keys;
    for (const QModelIndex& index : m_tableView->selectionModel()->selectedRows())
        keys << m_model->personKey(m_proxy->mapToSource(index).row());
    return keys;
}

void AddPeopleDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_tableView->selectionModel()->hasSelection());
}

} // namespace rapport::ui
