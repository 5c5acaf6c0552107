// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeopleController.h"

#include "core/model/IdentityMerge.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/PeopleRepository.h"
#include "ui/ProjectSession.h"
#include "ui/RecordedEditCommand.h"
#include "ui/people/PeoplePrompts.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/people/PersonDetails.h"

#include <QAction>
#include <QIcon>
#include <QSqlQuery>
#include <QUndoStack>

namespace rapport::ui {

namespace {

QString keyList(const QList<qint64>& keys)
{
    QStringList parts;
    for (qint64 key : keys)
        parts << QString::number(key);
    return parts.join(u',');
}

/** The people merged directly into any of keys: a delete brings them back. */
QList<qint64> absorbedBy(const QSqlDatabase& db, const QList<qint64>& keys)
{
    QList<qint64> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT key FROM people WHERE merged_into IN (%1)").arg(keyList(keys)))) {
        while (q.next())
            result << q.value(0).toLongLong();
    }
    return result;
}

QString errorText(const storage::StoreResult& result)
{
    if (!result.validation.isEmpty()) {
        QStringList lines;
        for (const model::ValidationError& error : result.validation)
            lines << error.message;
        return lines.join(u'\n');
    }
    return result.message;
}

int columnOf(PeopleController::Field field)
{
    switch (field) {
    case PeopleController::Field::Company:
        return PeopleTableModel::Company;
    case PeopleController::Field::Role:
        return PeopleTableModel::Role;
    case PeopleController::Field::Country:
        return PeopleTableModel::Country;
    }
    return -1;
}

} // namespace

PeopleController::PeopleController(PeoplePrompts& prompts, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_prompts(&prompts), m_dialogParent(dialogParent),
      m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Person…"), this)),
      m_edit(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Person…"), this)),
      m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"), this)),
      m_addTag(new QAction(tr("Add &Tag…"), this)), m_removeTag(new QAction(tr("&Remove Tag…"), this)),
      m_setCompany(new QAction(tr("Set &Company…"), this)),
      m_setRole(new QAction(tr("Set R&ole…"), this)),
      m_setCountry(new QAction(tr("Set Co&untry…"), this)),
      m_merge(new QAction(tr("&Merge Two People"), this))
{
    // Icons from the desktop theme when it has them (Rapport ships only the window's own).
    m_add->setObjectName(QStringLiteral("addPersonAction"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_add->setToolTip(tr("Add a person (Ins)"));
    m_edit->setObjectName(QStringLiteral("editPersonAction"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    m_delete->setObjectName(QStringLiteral("deletePeopleAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_addTag->setObjectName(QStringLiteral("addTagAction"));
    m_addTag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_removeTag->setObjectName(QStringLiteral("removeTagAction"));
    m_removeTag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_setCompany->setObjectName(QStringLiteral("setCompanyAction"));
    m_setRole->setObjectName(QStringLiteral("setRoleAction"));
    m_setCountry->setObjectName(QStringLiteral("setCountryAction"));
    m_merge->setObjectName(QStringLiteral("mergePeopleAction"));
    m_merge->setToolTip(tr("Merge the two selected people: the older record keeps both "
                           "identities and activities"));

    connect(m_add, &QAction::triggered, this, &PeopleController::addPerson);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_current && m_current())
            editPerson(m_current());
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (m_selected)
            deletePeople(m_selected());
    });
    connect(m_addTag, &QAction::triggered, this, [this] { askTag(true); });
    connect(m_removeTag, &QAction::triggered, this, [this] { askTag(false); });
    connect(m_setCompany, &QAction::triggered, this, [this] { askBulkText(Field::Company); });
    connect(m_setRole, &QAction::triggered, this, [this] { askBulkText(Field::Role); });
    connect(m_setCountry, &QAction::triggered, this, [this] { askBulkText(Field::Country); });
    connect(m_merge, &QAction::triggered, this, [this] {
        const QList<qint64> keys = m_selected ? m_selected() : QList<qint64>();
        if (keys.size() == 2)
            merge(std::min(keys[0], keys[1]), std::max(keys[0], keys[1]));
    });
    updateActions();
}

PeopleController::~PeopleController() = default;

QList<QAction*> PeopleController::actions() const
{
    return {m_add, m_edit, m_delete, m_addTag, m_removeTag, m_setCompany, m_setRole, m_setCountry, m_merge};
}

void PeopleController::setSession(ProjectSession* session)
{
    m_session = session;
    updateActions();
}

void PeopleController::setSelection(std::function<QList<qint64>()> selected,
                                    std::function<qint64()> current)
{
    m_selected = std::move(selected);
    m_current = std::move(current);
    updateActions();
}

void PeopleController::setSuggestions(std::function<PersonDialog::Suggestions()> suggestions)
{
    m_suggestions = std::move(suggestions);
}

bool PeopleController::writable() const
{
    return m_session && !m_session->isReadOnly();
}

void PeopleController::updateActions()
{
    const qsizetype selected = m_selected && m_session ? m_selected().size() : 0;
    const bool canWrite = writable();
    m_add->setEnabled(canWrite);
    m_edit->setEnabled(canWrite && m_current && m_current() != 0);
    for (QAction* action : {m_delete, m_addTag, m_removeTag, m_setCompany, m_setRole, m_setCountry})
        action->setEnabled(canWrite && selected > 0);
    m_merge->setEnabled(canWrite && selected == 2);
}

void PeopleController::fail(const QString& message)
{
    m_prompts->showError(m_dialogParent, message);
}

bool PeopleController::push(const QString& text, const std::function<bool(QString*)>& edit,
                            const QList<qint64>& affected, const QList<int>& columns)
{
    if (!writable())
        return false;
    auto command = std::make_unique<RecordedEditCommand>(*m_session, text);
    RecordedEditCommand* step = command.get();
    QPointer<PeopleController> self(this);
    command->setOnApplied([self, columns](const QList<qint64>& keys) {
        if (self)
            emit self->peopleChanged(keys, columns);
    });
    command->setOnFailed(this, &PeopleController::fail);
    const auto recorded = [&] {
        QString error;
        if (!edit(&error))
            return storage::StoreResult::fail(storage::StoreError::Invalid, error);
        step->setAffected(affected); // read now: the edit may have filled it in
        return storage::StoreResult::ok();
    };
    QString error;
    if (!RecordedEditCommand::push(std::move(command), recorded, &error)) {
        fail(error.isEmpty() ? tr("The change could not be made.") : error);
        return false;
    }
    return true;
}

bool PeopleController::addPerson()
{
    if (!writable())
        return false;
    model::Person person;
    const QSqlDatabase db = m_session->file().database();
    const storage::PeopleRepository people(db, *m_clock);
    const auto validator = [&people](const model::Person& p) {
        QStringList problems;
        for (const model::Identity& identity : p.identities) {
            const storage::RowKey holder = people.findKeyByIdentity(identity.kind, identity.value);
            if (holder) {
                const auto other = people.getByKey(holder);
                problems << tr("%1 already belongs to %2.")
                                .arg(identity.value, other ? PersonDetails::shownNameOf(*other)
                                                           : QString::number(holder));
            }
        }
        return problems;
    };
    if (!m_prompts->editPerson(m_dialogParent, &person, m_suggestions ? m_suggestions() : PersonDialog::Suggestions(),
                              validator))
        return false;
    QList<qint64> added;
    const bool ok = push(
        tr("Add %1").arg(PersonDetails::shownNameOf(person)),
        [&](QString* error) {
            storage::PeopleRepository repository(db, *m_clock);
            const storage::StoreResult result = repository.create(person);
            if (!result) {
                *error = errorText(result);
                return false;
            }
            added = {result.key};
            return true;
        },
        added, {});
    if (!ok)
        return false;
    const qint64 key = added.value(0);
    emit personAdded(key);
    emit statusMessage(tr("Added %1.").arg(PersonDetails::shownNameOf(person)));
    return true;
}

bool PeopleController::editPerson(qint64 key)
{
    if (!writable())
        return false;
    const QSqlDatabase db = m_session->file().database();
    const storage::PeopleRepository people(db, *m_clock);
    std::optional<model::Person> stored = people.getByKey(key);
    if (!stored)
        return false;
    model::Person person = *stored;
    const auto validator = [&people, key](const model::Person& p) {
        QStringList problems;
        for (const model::Identity& identity : p.identities) {
            const storage::RowKey holder = people.findKeyByIdentity(identity.kind, identity.value);
            if (holder && holder != key) {
                const auto other = people.getByKey(holder);
                problems << tr("%1 already belongs to %2.")
                                .arg(identity.value, other ? PersonDetails::shownNameOf(*other)
                                                           : QString::number(holder));
            }
        }
        return problems;
    };
    if (!m_prompts->editPerson(m_dialogParent, &person, m_suggestions ? m_suggestions() : PersonDialog::Suggestions(),
                              validator))
        return false;
    return push(
        tr("Edit %1").arg(PersonDetails::shownNameOf(person)),
        [&](QString* error) {
            storage::PeopleRepository repository(db, *m_clock);
            const storage::StoreResult result = repository.update(person);
            if (!result)
                *error = errorText(result);
            return bool(result);
        },
        {key}, {});
}

bool PeopleController::deletePeople(const QList<qint64>& keys)
{
    if (!writable() || keys.isEmpty())
        return false;
    const QSqlDatabase db = m_session->file().database();
    const storage::PeopleRepository people(db, *m_clock);
    QString what;
    if (keys.size() == 1) {
        const auto person = people.getByKey(keys.front());
        what = person ? PersonDetails::shownNameOf(*person) : tr("1 person");
    } else {
        what = tr("%Ln people", nullptr, int(keys.size()));
    }
    if (!m_prompts->confirmDelete(m_dialogParent, what, keys.size()))
        return false;
    // People merged into the deleted come back as people of their own.
    QList<qint64> affected = keys;
    affected << absorbedBy(db, keys);
    const bool ok = push(
        keys.size() == 1 ? tr("Delete %1").arg(what) : tr("Delete %Ln people", nullptr, int(keys.size())),
        [&](QString* error) {
            // Their activities go with them, or the engine would count them as nameless people.
            storage::ActivityStore activities(db);
            storage::ActivityColumns rows;
            const std::vector<storage::RowKey> list(keys.begin(), keys.end());
            if (!activities.activitiesOf(list, &rows, error))
                return false;
            if (!rows.empty()) {
                if (const storage::StoreResult r = activities.remove(rows); !r) {
                    *error = r.message;
                    return false;
                }
            }
            storage::PeopleRepository repository(db, *m_clock);
            for (qint64 key : keys) {
                const model::Uuid id = repository.idOf(key);
                if (id.isNull())
                    continue;
                if (const storage::StoreResult r = repository.remove(id); !r) {
                    *error = errorText(r);
                    return false;
                }
            }
            return true;
        },
        affected, {});
    if (ok)
        emit statusMessage(tr("Deleted %1. Undo brings them back.").arg(what));
    return ok;
}

bool PeopleController::addTag(const QList<qint64>& keys, const QString& tag)
{
    if (keys.isEmpty())
        return false;
    const QSqlDatabase db = m_session ? m_session->file().database() : QSqlDatabase();
    qint64 changed = 0;
    const bool ok = push(
        tr("Tag %Ln people “%1”", nullptr, int(keys.size())).arg(tag),
        [&](QString* error) {
            const storage::StoreResult r = storage::PeopleBulkEdit(db, *m_clock).addTag(keys, tag);
            if (!r)
                *error = errorText(r);
            changed = r.key;
            return bool(r);
        },
        keys, {PeopleTableModel::Tags});
    if (ok)
        emit statusMessage(tr("Tagged %Ln people “%1”.", nullptr, int(changed)).arg(tag));
    return ok;
}

bool PeopleController::removeTag(const QList<qint64>& keys, const QString& tag)
{
    if (keys.isEmpty())
        return false;
    const QSqlDatabase db = m_session ? m_session->file().database() : QSqlDatabase();
    qint64 changed = 0;
    const bool ok = push(
        tr("Remove tag “%1” from %Ln people", nullptr, int(keys.size())).arg(tag),
        [&](QString* error) {
            const storage::StoreResult r = storage::PeopleBulkEdit(db, *m_clock).removeTag(keys, tag);
            if (!r)
                *error = errorText(r);
            changed = r.key;
            return bool(r);
        },
        keys, {PeopleTableModel::Tags});
    if (ok)
        emit statusMessage(tr("Removed tag “%1” from %Ln people.", nullptr, int(changed)).arg(tag));
    return ok;
}

bool PeopleController::setField(const QList<qint64>& keys, Field field, const QString& value)
{
    if (keys.isEmpty())
        return false;
    const QSqlDatabase db = m_session ? m_session->file().database() : QSqlDatabase();
    QString text;
    switch (field) {
    case Field::Company:
        text = tr("Set company of %Ln people", nullptr, int(keys.size()));
        break;
    case Field::Role:
        text = tr("Set role of %Ln people", nullptr, int(keys.size()));
        break;
    case Field::Country:
        text = tr("Set country of %Ln people", nullptr, int(keys.size()));
        break;
    }
    return push(
        text,
        [&](QString* error) {
            const storage::StoreResult r = storage::PeopleBulkEdit(db, *m_clock).setField(keys, field, value);
            if (!r)
                *error = errorText(r);
            return bool(r);
        },
        keys, {columnOf(field)});
}

bool PeopleController::merge(qint64 survivorKey, qint64 absorbedKey)
{
    if (!writable())
        return false;
    const QSqlDatabase db = m_session->file().database();
    const storage::PeopleRepository people(db, *m_clock);
    const auto survivor = people.getByKey(survivorKey);
    const auto absorbed = people.getByKey(absorbedKey);
    if (!survivor || !absorbed) {
        fail(tr("One of the two people no longer exists."));
        return false;
    }
    model::PersonMerge merge;
    QString error;
    if (!model::PersonMerge::merge(*survivor, *absorbed, *m_clock, &merge, &error)) {
        fail(error);
        return false;
    }
    const QString survivorName = PersonDetails::shownNameOf(*survivor);
    const QString absorbedName = PersonDetails::shownNameOf(*absorbed);
    const bool ok = push(
        tr("Merge %1 into %2").arg(absorbedName, survivorName),
        [&](QString* error) {
            storage::PeopleRepository repository(db, *m_clock);
            const storage::StoreResult r = repository.mergePeople(merge);
            if (!r)
                *error = errorText(r);
            return bool(r);
        },
        {survivorKey, absorbedKey}, {});
    if (ok)
        emit statusMessage(tr("Merged %1 into %2.").arg(absorbedName, survivorName));
    return ok;
}

void PeopleController::askTag(bool add)
{
    const QList<qint64> keys = m_selected ? m_selected() : QList<qint64>();
    if (keys.isEmpty() || !writable())
        return;
    const QStringList tags = m_suggestions ? m_suggestions().tags : QStringList();
    QString tag;
    const QString title = add ? tr("Add Tag") : tr("Remove Tag");
    const QString label = add ? tr("Tag to give %Ln people:", nullptr, int(keys.size()))
                              : tr("Tag to take from %Ln people:", nullptr, int(keys.size()));
    if (!m_prompts->askText(m_dialogParent, title, label, tags, &tag) || tag.trimmed().isEmpty())
        return;
    if (add)
        addTag(keys, tag.trimmed());
    else
        removeTag(keys, tag.trimmed());
}

void PeopleController::askBulkText(Field field)
{
    const QList<qint64> keys = m_selected ? m_selected() : QList<qint64>();
    if (keys.isEmpty() || !writable())
        return;
    const PersonDialog::Suggestions suggestions = m_suggestions ? m_suggestions() : PersonDialog::Suggestions();
    QString title, label;
    QStringList values;
    switch (field) {
    case Field::Company:
        title = tr("Set Company");
        label = tr("Company of %Ln people (empty clears it):", nullptr, int(keys.size()));
        values = suggestions.companies;
        break;
    case Field::Role:
        title = tr("Set Role");
        label = tr("Role of %Ln people (empty clears it):", nullptr, int(keys.size()));
        values = suggestions.roles;
        break;
    case Field::Country:
        title = tr("Set Country");
        label = tr("Country of %Ln people, as a two-letter code such as DE (empty clears it):",
                   nullptr, int(keys.size()));
        values = suggestions.countries;
        break;
    }
    QString value;
    if (!m_prompts->askText(m_dialogParent, title, label, values, &value))
        return;
    value = value.trimmed();
    if (field == Field::Country && value.size() == 2)
        value = value.toUpper();
    setField(keys, field, value);
}

} // namespace rapport::ui
