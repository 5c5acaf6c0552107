// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ImportContext.h"

#include "core/io/CsvWriter.h"
#include "core/io/ImportValues.h"
#include "core/storage/SqlDialect.h"

#include <QSqlQuery>

#include <algorithm>

namespace rapport::io {

using model::Identity;
using model::IdentityKind;
using storage::RowKey;

const QList<IdentityKind>& importIdentityKinds()
{
    static const QList<IdentityKind> kinds = {
        IdentityKind::Email,   IdentityKind::GitHub, IdentityKind::X,         IdentityKind::LinkedIn,
        IdentityKind::WeChat,  IdentityKind::Discord, IdentityKind::Slack,    IdentityKind::Discourse,
        IdentityKind::Meetup, IdentityKind::Other};
    return kinds;
}

QHash<QString, RowKey>& ImportPeopleIndex::index(IdentityKind kind)
{
    auto it = m_index.find(kind);
    if (it == m_index.end())
        it = m_index.emplace(kind, m_people.identityIndex(kind)).first;
    return it->second;
}

RowKey ImportPeopleIndex::holder(const Identity& identity)
{
    const QString normalized = identity.normalized();
    return normalized.isEmpty() ? 0 : index(identity.kind).value(normalized, 0);
}

RowKey ImportPeopleIndex::match(const model::Uuid& id, const QList<Identity>& identities)
{
    if (!id.isNull()) {
        if (const RowKey key = m_people.keyOf(id))
            return m_people.resolveKey(key);
    }
    for (const Identity& identity : identities) { // emails come first
        if (const RowKey key = holder(identity))
            return key;
    }
    return 0;
}

void ImportPeopleIndex::remember(RowKey key, const QList<Identity>& identities)
{
    for (const Identity& identity : identities) {
        const QString normalized = identity.normalized();
        if (!normalized.isEmpty())
            index(identity.kind).insert(normalized, key);
    }
}

bool ImportContext::fail(qint64 line, const QString& reason)
{
    if (error.isNull())
        error = InputError{fileName, line, reason};
    return false;
}

QString ImportContext::cellAt(const CsvRecord& record, int column) const
{
    if (column < 0)
        return {};
    return restoreNeutralisedFormula(record.field(column)).trimmed();
}

QString ImportContext::cell(const CsvRecord& record, const QString& name) const
{
    return cellAt(record, columns.column(name));
}

bool ImportContext::checkWidth(const CsvRecord& record)
{
    if (record.size() < columns.width)
        return fail(record.line(), tr("%n fields, but the header has %1 (a truncated row?)", nullptr, record.size())
                                       .arg(columns.width));
    for (int i = qMax(columns.width, int(columns.names.size())); i < record.size(); ++i) {
        if (!record.field(i).trimmed().isEmpty())
            return fail(record.line(), tr("more fields than the header has columns (%1)").arg(columns.width));
    }
    return true;
}

bool ImportContext::identitiesOf(const CsvRecord& record, const QString& idColumn, QList<Identity>* identities,
                                 model::Uuid* id)
{
    identities->clear();
    *id = {};
    const QString idText = cell(record, idColumn);
    if (!idText.isEmpty()) {
        *id = model::Uuid::fromString(idText);
        if (id->isNull())
            return fail(record.line(), tr("“%1” is not a Rapport id").arg(idText.left(64)));
    }
    for (const IdentityKind kind : importIdentityKinds()) {
        const int column = columns.column(model::identityKindName(kind));
        if (column < 0)
            continue;
        const QString text = cellAt(record, column);
        if (text.isEmpty())
            continue;
        for (const QString& value : splitImportList(text)) {
            const Identity identity{kind, value};
            if (identity.normalized().isEmpty())
                return fail(record.line(), tr("“%1” is not a valid %2").arg(value.left(64), model::identityKindName(kind)));
            bool repeated = false;
            for (const Identity& other : std::as_const(*identities))
                repeated = repeated || (other.kind == kind && other.normalized() == identity.normalized());
            if (!repeated)
                identities->append(identity);
        }
    }
    return true;
}

bool ImportContext::personFor(const CsvRecord& record, RowKey* key)
{
    QList<Identity> identities;
    model::Uuid id;
    if (!identitiesOf(record, QStringLiteral("person_id"), &identities, &id))
        return false;
    *key = people.match(id, identities);
    if (*key) {
        noteMatched(*key);
        return true;
    }
    if (identities.isEmpty()) {
        if (!id.isNull())
            return fail(record.line(), tr("no person with the id %1 in this project, and no email or handle "
                                          "to create one from")
                                           .arg(id.toString()));
        return true; // nobody: the caller decides
    }
    model::Person person;
    person.meta = model::RecordMeta::create(clock);
    if (!id.isNull())
        person.meta.id = id;
    person.identities = identities;
    person.source = QStringLiteral("import");
    const storage::StoreResult stored = createPerson(person);
    if (!stored) {
        const QString reason = stored.validation.isEmpty() ? stored.message : stored.validation.first().message;
        return fail(record.line(), reason);
    }
    *key = stored.key;
    people.remember(stored.key, identities);
    noteCreated(stored.key);
    return true;
}

storage::StoreResult ImportContext::createPerson(model::Person& person)
{
    if (!m_bulkTried) {
        m_bulkTried = true;
        m_bulkPeople = repo.people().bulkInsert(); // null if the connection is not open
    }
    return m_bulkPeople ? m_bulkPeople->add(person) : repo.people().create(person);
}

void ImportContext::finishPeople()
{
    if (m_bulkPeople)
        m_bulkPeople->finish();
    m_bulkPeople.reset();
    m_bulkTried = false;
}

void ImportContext::noteMatched(RowKey key)
{
    if (!m_createdPeople.contains(key) && !m_matchedPeople.contains(key)) {
        m_matchedPeople.insert(key);
        ++report.peopleMatched;
    }
}

void ImportContext::noteCreated(RowKey key)
{
    m_createdPeople.insert(key);
    ++report.peopleCreated;
}

bool ImportContext::campaignKey(const QString& name, qint64 line, RowKey* key)
{
    *key = 0;
    if (name.isEmpty())
        return true;
    const QString folded = name.toCaseFolded();
    if (const auto it = m_campaigns.constFind(folded); it != m_campaigns.cend()) {
        *key = *it;
        return true;
    }
    model::Uuid id = repo.campaigns().findByName(name);
    if (id.isNull()) {
        model::Campaign campaign;
        campaign.meta = model::RecordMeta::create(clock);
        campaign.name = name;
        campaign.kind = model::CampaignKind::Other;
        campaign.status = model::CampaignStatus::Active;
        const storage::StoreResult stored = repo.campaigns().create(campaign);
        if (!stored)
            return fail(line, tr("campaign “%1” cannot be created: %2")
                                  .arg(name.left(64),
                                       stored.validation.isEmpty() ? stored.message : stored.validation.first().message));
        id = campaign.meta.id;
        m_createdCampaigns.insert(stored.key, {id, {}, {}});
        ++report.campaignsCreated;
    }
    *key = repo.campaigns().keyOf(id);
    m_campaigns.insert(folded, *key);
    return true;
}

void ImportContext::noteCampaignDate(RowKey campaign, const QDate& date)
{
    const auto it = m_createdCampaigns.find(campaign);
    if (it == m_createdCampaigns.end())
        return;
    if (!it->first.isValid() || date < it->first)
        it->first = date;
    if (!it->last.isValid() || date > it->last)
        it->last = date;
}

bool ImportContext::finishCampaigns()
{
    const QDate today = clock.now().date();
    for (const CreatedCampaign& created : std::as_const(m_createdCampaigns)) {
        if (!created.first.isValid())
            continue;
        std::optional<model::Campaign> campaign = repo.campaigns().get(created.id);
        if (!campaign)
            continue;
        campaign->starts = created.first;
        campaign->ends = created.last;
        campaign->status = created.last < today ? model::CampaignStatus::Done : model::CampaignStatus::Active;
        const storage::StoreResult stored = repo.campaigns().update(*campaign);
        if (!stored)
            return fail(0, stored.message);
    }
    return true;
}

bool ImportContext::channelKey(const QString& name, qint64 line, RowKey* key)
{
    *key = 0;
    if (name.isEmpty())
        return true;
    const QString folded = name.toCaseFolded();
    if (const auto it = m_channels.constFind(folded); it != m_channels.cend()) {
        *key = *it;
        return true;
    }
    model::Uuid id = repo.channels().findByName(name);
    if (id.isNull()) {
        model::Channel channel;
        channel.meta = model::RecordMeta::create(clock);
        channel.name = name;
        channel.kind = QStringLiteral("other");
        const storage::StoreResult stored = repo.channels().create(channel);
        if (!stored)
            return fail(line, tr("channel “%1” cannot be created: %2")
                                  .arg(name.left(64),
                                       stored.validation.isEmpty() ? stored.message : stored.validation.first().message));
        id = channel.meta.id;
        ++report.channelsCreated;
    }
    *key = repo.channels().keyOf(id);
    m_channels.insert(folded, *key);
    return true;
}

bool ImportContext::contentKey(const QString& title, qint64 line, RowKey* key)
{
    *key = 0;
    if (title.isEmpty())
        return true;
    const QString folded = title.toCaseFolded();
    if (const auto it = m_content.constFind(folded); it != m_content.cend()) {
        *key = *it;
        return true;
    }
    model::Uuid id = repo.content().findByTitle(title);
    if (id.isNull() && title.startsWith(QStringLiteral("http"), Qt::CaseInsensitive))
        id = repo.content().findByUrl(QUrl(title));
    if (id.isNull())
        return fail(line, tr("no content titled “%1” in this project (content is not created from activity "
                             "lines: add it first, or leave the column empty)")
                              .arg(title.left(64)));
    *key = repo.content().keyOf(id);
    m_content.insert(folded, *key);
    return true;
}

bool ProgressSource::next(CsvRecord* record)
{
    if (m_progress && m_records++ % kRecordsBetweenReports == 0 && !check(m_share()))
        return false;
    return m_source.next(record);
}

bool ProgressSource::check(double share)
{
    if (!m_error.isNull())
        return false;
    if (!m_progress || m_progress(std::clamp(share, 0.0, 1.0)))
        return true;
    m_error = InputError{m_fileName, 0, tr("the import was cancelled")};
    return false;
}

ImportPageCache::ImportPageCache(QSqlDatabase db) : m_db(std::move(db))
{
    // SQLite's page cache; on PostgreSQL a failed PRAGMA would abort the import's transaction.
    if (storage::dialectOf(m_db) != storage::SqlBackend::Sqlite)
        return;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_previous = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

ImportPageCache::~ImportPageCache()
{
    if (m_previous != 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

bool commitImport(const QSqlDatabase& db, storage::Transaction& transaction, const storage::ChangeRecorder& recorder,
                  const ImportReport& report, const model::Clock& clock, InputError* error)
{
    QString reason;
    // Without the session extension (a SQLite built without it, or another database) the
    // import stands, and is not offered for undo.
    // An import that changed nothing is not worth an undo entry.
    const bool undoable = recorder.isActive() && report.changesProject();
    if (undoable) {
        const QByteArray inverse = recorder.inverse(&reason);
        if (!reason.isEmpty()
            || !storage::ImportLog(db).record(clock.now(), report.file, report.format, report.toJson(), inverse,
                                              &reason)) {
            transaction.rollback();
            *error = InputError{report.file, 0,
                                ImportContext::tr("the import could not be recorded for undo: %1").arg(reason)};
            return false;
        }
    }
    QString commitError;
    if (!transaction.commit(&commitError)) {
        *error = InputError{report.file, 0, ImportContext::tr("the import could not be stored: %1").arg(commitError)};
        return false;
    }
    return true;
}

} // namespace rapport::io
