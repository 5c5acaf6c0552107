// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FunnelRepository.h"

#include "core/storage/ProjectRepositorySupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::storage {

using namespace detail;

namespace {

QString what()
{
    return QCoreApplication::translate("rapport::storage", "saved funnel");
}

std::optional<model::FunnelDefinition> parse(const QString& text)
{
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    model::FunnelDefinition definition;
    if (!json.isObject() || !model::FunnelDefinition::fromJson(json.object(), &definition, nullptr))
        return std::nullopt;
    return definition;
}

QString serialize(const model::FunnelDefinition& definition)
{
    return QString::fromUtf8(QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact));
}

StoreResult write(const QSqlDatabase& db, const QString& name, const QString& value)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?) "
                               "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
             {name, value}))
        return queryError(q);
    return StoreResult::ok();
}

} // namespace

FunnelRepository::FunnelRepository(QSqlDatabase db, const model::Clock& clock)
    : m_db(std::move(db)), m_clock(clock)
{
}

QList<SavedFunnel> FunnelRepository::list() const
{
    QList<SavedFunnel> funnels;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT name, value FROM meta WHERE substr(name, 1, ?) = ?"),
             {savedPrefix().size(), savedPrefix()}))
        return funnels;
    while (q.next()) {
        const model::Uuid id = model::Uuid::fromString(q.value(0).toString().mid(savedPrefix().size()));
        if (auto definition = parse(q.value(1).toString()); definition && !id.isNull())
            funnels.append({id, *definition});
    }
    std::sort(funnels.begin(), funnels.end(), [](const SavedFunnel& a, const SavedFunnel& b) {
        const int c = a.definition.name.compare(b.definition.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.definition.name < b.definition.name;
    });
    return funnels;
}

std::optional<SavedFunnel> FunnelRepository::get(const model::Uuid& id) const
{
    if (id.isNull())
        return std::nullopt;
    const QVariant value = scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE name = ?"),
                                  {savedPrefix() + id.toString()});
    if (value.isNull())
        return std::nullopt;
    if (auto definition = parse(value.toString()))
        return SavedFunnel{id, *definition};
    return std::nullopt;
}

StoreResult FunnelRepository::save(SavedFunnel& funnel)
{
    SavedFunnel candidate = funnel;
    candidate.definition.name = candidate.definition.name.trimmed();
    if (const auto errors = model::validate(candidate.definition); !errors.isEmpty())
        return invalid(errors);
    if (candidate.id.isNull())
        candidate.id = model::Uuid::createV7(m_clock);
    for (const SavedFunnel& other : list())
        if (other.id != candidate.id
            && other.definition.name.compare(candidate.definition.name, Qt::CaseInsensitive) == 0)
            return StoreResult::fail(StoreError::Duplicate,
                                     QCoreApplication::translate("rapport::storage",
                                                                 "A saved funnel is already called “%1”.")
                                         .arg(other.definition.name));
    StoreResult r = atomically(m_db, [&] {
        return write(m_db, savedPrefix() + candidate.id.toString(), serialize(candidate.definition));
    });
    if (r)
        funnel = candidate;
    return r;
}

StoreResult FunnelRepository::rename(const model::Uuid& id, const QString& name)
{
    std::optional<SavedFunnel> funnel = get(id);
    if (!funnel)
        return notFound(what(), id);
    funnel->definition.name = name;
    return save(*funnel);
}

StoreResult FunnelRepository::remove(const model::Uuid& id)
{
    return atomically(m_db, [&] {
        QSqlQuery q(m_db);
        if (!run(q, QStringLiteral("DELETE FROM meta WHERE name = ?"), {savedPrefix() + id.toString()}))
            return queryError(q);
        if (q.numRowsAffected() == 0)
            return notFound(what(), id);
        return StoreResult::ok();
    });
}

model::FunnelDefinition FunnelRepository::lifecycle() const
{
    const QVariant value = scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE name = ?"),
                                  {lifecycleName()});
    if (!value.isNull())
        if (auto definition = parse(value.toString()); definition && !definition->steps.isEmpty())
            return *definition;
    return model::FunnelDefinition::defaultLifecycle();
}

StoreResult FunnelRepository::setLifecycle(const std::optional<model::FunnelDefinition>& definition)
{
    if (definition)
        if (const auto errors = model::validate(*definition, false); !errors.isEmpty())
            return invalid(errors);
    return atomically(m_db, [&] {
        if (definition)
            return write(m_db, lifecycleName(), serialize(*definition));
        QSqlQuery q(m_db);
        if (!run(q, QStringLiteral("DELETE FROM meta WHERE name = ?"), {lifecycleName()}))
            return queryError(q);
        return StoreResult::ok();
    });
}

} // namespace rapport::storage
