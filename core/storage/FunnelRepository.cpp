// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FunnelRepository.h"

#include "core/storage/ProjectMeta.h"
#include "core/storage/ProjectRepositorySupport.h"

#include <QJsonDocument>

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

} // namespace

FunnelRepository::FunnelRepository(QSqlDatabase db, const model::Clock& clock)
    : m_db(std::move(db)), m_clock(clock)
{
}

QList<SavedFunnel> FunnelRepository::list() const
{
    QList<SavedFunnel> funnels;
    const ProjectMeta meta(m_db);
    for (const QString& name : meta.names(savedPrefix())) {
        const model::Uuid id = model::Uuid::fromString(QStringView(name).mid(savedPrefix().size()));
        if (auto funnel = get(id))
            funnels.append(*funnel);
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
    if (const auto value = ProjectMeta(m_db).value(rowName(id)))
        if (auto definition = parse(*value))
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
        if (other.id != candidate.id &&
            other.definition.name.compare(candidate.definition.name, Qt::CaseInsensitive) == 0)
            return StoreResult::fail(
                StoreError::Duplicate,
                QCoreApplication::translate("rapport::storage",
                                            "A saved funnel is already called “%1”.")
                    .arg(other.definition.name));
    StoreResult r =
        ProjectMeta(m_db).setValue(rowName(candidate.id), serialize(candidate.definition));
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
    ProjectMeta meta(m_db);
    if (id.isNull() || !meta.value(rowName(id)))
        return notFound(what(), id);
    return meta.setValue(rowName(id), std::nullopt);
}

model::FunnelDefinition FunnelRepository::lifecycle() const
{
    if (const auto value = ProjectMeta(m_db).value(lifecycleName()))
        if (auto definition = parse(*value); definition && !definition->steps.isEmpty())
            return *definition;
    return model::FunnelDefinition::defaultLifecycle();
}

StoreResult FunnelRepository::setLifecycle(const std::optional<model::FunnelDefinition>& definition)
{
    if (definition)
        if (const auto errors = model::validate(*definition, false); !errors.isEmpty())
            return invalid(errors);
    return ProjectMeta(m_db).setValue(lifecycleName(),
                                      definition ? std::optional<QString>(serialize(*definition))
                                                 : std::nullopt);
}

} // namespace rapport::storage
