// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The canonical people CSV: one person per line, matched by id, email, then handles.
#include "core/io/ImportContext.h"
#include "core/io/ImportValues.h"

namespace rapport::io {

namespace {

using model::Identity;
using model::Person;
using storage::RowKey;

/** What a people line says, parsed; empty fields say nothing. */
struct PeopleLine
{
    model::Uuid id;
    QList<Identity> identities;
    QString name, company, role, country, source, timezone, notes;
    QStringList tags;
    std::optional<bool> internal, marketingConsent;
    QDate joined, consentDate;
};

bool parseLine(ImportContext& c, const CsvRecord& r, PeopleLine* line)
{
    if (!c.identitiesOf(r, QStringLiteral("id"), &line->identities, &line->id))
        return false;
    line->name = c.cell(r, QStringLiteral("name"));
    if (line->name.isEmpty())
        line->name = (c.cell(r, QStringLiteral("first_name")) + u' ' + c.cell(r, QStringLiteral("last_name"))).trimmed();
    line->company = c.cell(r, QStringLiteral("company"));
    line->role = c.cell(r, QStringLiteral("role"));
    line->country = c.cell(r, QStringLiteral("country"));
    line->source = c.cell(r, QStringLiteral("source"));
    line->timezone = c.cell(r, QStringLiteral("timezone"));
    line->notes = c.cell(r, QStringLiteral("notes"));
    line->tags = splitImportList(c.cell(r, QStringLiteral("tags")));
    for (const auto& [column, target] : {std::pair{QStringLiteral("internal"), &line->internal},
                                         std::pair{QStringLiteral("marketing_consent"), &line->marketingConsent}}) {
        const QString text = c.cell(r, column);
        if (text.isEmpty())
            continue;
        bool value = false;
        if (!parseImportBool(text, &value))
            return c.fail(r.line(), ImportContext::tr("%1 must be true/false, yes/no or 1/0, not “%2”")
                                        .arg(column, text.left(64)));
        *target = value;
    }
    for (const auto& [column, target] : {std::pair{QStringLiteral("joined"), &line->joined},
                                         std::pair{QStringLiteral("consent_date"), &line->consentDate}}) {
        const QString text = c.cell(r, column);
        if (!text.isEmpty() && !parseIsoDate(text, target))
            return c.fail(r.line(), ImportContext::tr("%1 is not an ISO 8601 date (YYYY-MM-DD): “%2”")
                                        .arg(column, text.left(64)));
    }
    return true;
}

QString firstProblem(const storage::StoreResult& result)
{
    return result.validation.isEmpty() ? result.message : result.validation.first().message;
}

bool createPerson(ImportContext& c, qint64 lineNo, const PeopleLine& line)
{
    Person person;
    person.meta = model::RecordMeta::create(c.clock);
    if (!line.id.isNull())
        person.meta.id = line.id;
    person.displayName = line.name;
    person.identities = line.identities;
    person.company = line.company;
    person.role = line.role;
    person.country = line.country;
    person.timezone = line.timezone;
    person.tags = line.tags;
    person.internal = line.internal.value_or(false);
    person.source = line.source.isEmpty() ? QStringLiteral("import") : line.source;
    person.notes = line.notes;
    person.joined = line.joined;
    person.consent.marketing = line.marketingConsent.value_or(false);
    person.consent.date = line.consentDate;
    const storage::StoreResult stored = c.createPerson(person);
    if (!stored)
        return c.fail(lineNo, firstProblem(stored));
    c.people.remember(stored.key, line.identities);
    c.noteCreated(stored.key);
    return true;
}

// Fills what the stored person lacks; never overwrites what is there.
bool updatePerson(ImportContext& c, qint64 lineNo, RowKey key, const PeopleLine& line)
{
    std::optional<Person> stored = c.repo.people().getByKey(key);
    if (!stored)
        return c.fail(lineNo, ImportContext::tr("the matched person cannot be read"));
    Person& p = *stored;
    bool changed = false;
    const auto fill = [&changed](QString& field, const QString& value) {
        if (field.trimmed().isEmpty() && !value.isEmpty()) {
            field = value;
            changed = true;
        }
    };
    fill(p.displayName, line.name);
    fill(p.company, line.company);
    fill(p.role, line.role);
    fill(p.country, line.country);
    fill(p.timezone, line.timezone);
    fill(p.source, line.source);
    fill(p.notes, line.notes);
    if (!p.joined.isValid() && line.joined.isValid()) {
        p.joined = line.joined;
        changed = true;
    }
    for (const QString& tag : line.tags) {
        if (!p.tags.contains(tag)) {
            p.tags << tag;
            changed = true;
        }
    }
    if (line.internal.value_or(false) && !p.internal) {
        p.internal = true;
        changed = true;
    }
    // Consent follows the latest dated statement: a newer opt-in gives it, a newer opt-out
    // (an unsubscribe in a mailing-list export) withdraws it. Undated lines never change it.
    if (line.marketingConsent && line.consentDate.isValid() && *line.marketingConsent != p.consent.marketing
        && (!p.consent.date.isValid() || line.consentDate >= p.consent.date)) {
        p.consent = {*line.marketingConsent, line.consentDate};
        changed = true;
    }
    QList<Identity> added;
    for (const Identity& identity : line.identities) {
        bool known = false;
        for (const Identity& own : std::as_const(p.identities))
            known = known || (own.kind == identity.kind && own.normalized() == identity.normalized());
        if (known)
            continue;
        const RowKey holder = c.people.holder(identity);
        if (holder != 0 && holder != key) {
            c.report.skip(lineNo, ImportContext::tr("%1 “%2” belongs to another person; not added to this one")
                                      .arg(model::identityKindName(identity.kind), identity.value.left(64)));
            continue;
        }
        if (holder == key)
            continue; // held through a merged person
        p.identities << identity;
        added << identity;
        changed = true;
    }
    if (!changed)
        return true;
    const storage::StoreResult result = c.repo.people().update(p);
    if (!result)
        return c.fail(lineNo, firstProblem(result));
    c.people.remember(key, added);
    ++c.report.peopleUpdated;
    return true;
}

} // namespace

bool importPeople(ImportContext& c, RecordSource& reader)
{
    bool hasKey = c.columns.has(QStringLiteral("id"));
    for (const model::IdentityKind kind : importIdentityKinds())
        hasKey = hasKey || c.columns.has(model::identityKindName(kind));
    if (!hasKey)
        return c.fail(1, ImportContext::tr("no email or handle column (email, github, x, linkedin, wechat, discord, "
                                           "...): people could not be matched; use --mapping to name it"));
    CsvRecord record;
    QSet<RowKey> updatedOnce;
    while (reader.next(&record)) {
        ++c.report.rows;
        if (record.isBlank()) {
            c.report.skip(record.line(), ImportContext::tr("empty row"));
            continue;
        }
        if (!c.checkWidth(record))
            return false;
        PeopleLine line;
        if (!parseLine(c, record, &line))
            return false;
        if (line.identities.isEmpty() && line.id.isNull()) {
            c.report.skip(record.line(), ImportContext::tr("no email or handle: a person without one could not "
                                                           "be matched on the next import"));
            continue;
        }
        const RowKey key = c.people.match(line.id, line.identities);
        if (key == 0) {
            if (!createPerson(c, record.line(), line))
                return false;
            continue;
        }
        c.noteMatched(key);
        const qint64 updatedBefore = c.report.peopleUpdated;
        if (!updatePerson(c, record.line(), key, line))
            return false;
        // People updated by several lines count once; people created by this file not at all.
        if (c.report.peopleUpdated != updatedBefore) {
            if (c.createdHere(key) || updatedOnce.contains(key))
                --c.report.peopleUpdated;
            updatedOnce.insert(key);
        }
    }
    return !reader.hasError();
}

} // namespace rapport::io
