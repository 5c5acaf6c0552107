// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/PersonSearch.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

PersonSearchModel::PersonSearchModel(QSqlDatabase db, QObject* parent)
    : QAbstractListModel(parent), m_db(std::move(db))
{
    m_hasMerges = m_db.isOpen() &&
                  m_db.record(QStringLiteral("people")).contains(QStringLiteral("merged_into"));
}

void PersonSearchModel::search(const QString& text)
{
    beginResetModel();
    m_matches.clear();
    QString pattern = text.trimmed();
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    pattern = u'%' + pattern + u'%';
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT p.id, p.display_name, (SELECT i.value FROM identities i WHERE "
                  "i.person_key = p.key AND i.kind = 'email' ORDER BY i.key LIMIT 1) AS email "
                  "FROM people p WHERE %1 (p.display_name LIKE ? ESCAPE '\\' OR EXISTS "
                  "(SELECT 1 FROM identities i WHERE i.person_key = p.key AND i.kind = 'email' "
                  "AND i.value LIKE ? ESCAPE '\\')) "
                  "ORDER BY p.display_name COLLATE NOCASE, p.key LIMIT %2")
                  .arg(m_hasMerges ? QStringLiteral("p.merged_into IS NULL AND") : QString())
                  .arg(kLimit));
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    if (q.exec()) {
        while (q.next())
            m_matches << Match{model::Uuid::fromString(q.value(0).toString()),
                               q.value(1).toString(), q.value(2).toString()};
    }
    endResetModel();
}

model::Uuid PersonSearchModel::id(int row) const
{
    return row >= 0 && row < m_matches.size() ? m_matches[row].id : model::Uuid();
}

QString PersonSearchModel::name(int row) const
{
    return row >= 0 && row < m_matches.size() ? m_matches[row].name : QString();
}

int PersonSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant PersonSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Match& m = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m.email.isEmpty() ? m.name : tr("%1 <%2>").arg(m.name, m.email);
    case IdRole:
        return m.id.toString();
    case NameRole:
        return m.name;
    default:
        return {};
    }
}

PersonSearchWidget::PersonSearchWidget(QSqlDatabase db, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit), m_view(new QListView), m_hint(new QLabel),
      m_model(new PersonSearchModel(std::move(db), this)), m_timer(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("personSearchLineEdit"));
    m_edit->setPlaceholderText(tr("Name or email"));
    m_edit->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("personResultListView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &PersonSearchWidget::search);
    connect(m_edit, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_timer->stop();
        search();
        if (m_model->rowCount() == 1)
            emit activated();
    });
    connect(m_view, &QListView::activated, this, &PersonSearchWidget::activated);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The first match is proposed once something was typed, never by default.
        if (m_model->rowCount() > 0 && !m_edit->text().trimmed().isEmpty())
            m_view->setCurrentIndex(m_model->index(0));
        m_hint->setText(m_model->rowCount() == 0 ? tr("Nobody matches.")
                        : m_model->rowCount() >= PersonSearchModel::kLimit
                            ? tr("The first %1 matches; type more to narrow them.")
                                  .arg(PersonSearchModel::kLimit)
                            : QString());
        emit personChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PersonSearchWidget::personChanged);
    // Up and Down in the field move through the matches.
    m_edit->installEventFilter(this);
    search();
}

bool PersonSearchWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int row =
                std::clamp(m_view->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1), 0,
                           m_model->rowCount() - 1);
            m_view->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PersonSearchWidget::search()
{
    m_model->search(m_edit->text());
}

void PersonSearchWidget::setPerson(const model::Uuid& id, const QString& name)
{
    m_edit->setText(name);
    search();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->id(row) == id)
            m_view->setCurrentIndex(m_model->index(row));
}

model::Uuid PersonSearchWidget::person() const
{
    return m_model->id(m_view->currentIndex().row());
}

QString PersonSearchWidget::personName() const
{
    return m_model->name(m_view->currentIndex().row());
}

PersonPickerDialog::PersonPickerDialog(QSqlDatabase db, const QString& title, QWidget* parent)
    : QDialog(parent), m_search(new PersonSearchWidget(std::move(db)))
{
    setObjectName(QStringLiteral("personPickerDialog"));
    setWindowTitle(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_search, &PersonSearchWidget::personChanged, this,
            [this, ok] { ok->setEnabled(!m_search->person().isNull()); });
    connect(m_search, &PersonSearchWidget::activated, this, [this] {
        if (!m_search->person().isNull())
            accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 360);
}

model::Uuid PersonPickerDialog::person() const
{
    return m_search->person();
}

QString PersonPickerDialog::personName() const
{
    return m_search->personName();
}

} // namespace rapport::ui
