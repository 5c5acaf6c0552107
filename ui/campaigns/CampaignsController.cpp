// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignsController.h"

#include "core/model/Activity.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/AudienceRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/CampaignResults.h"
#include "core/storage/ChannelRepository.h"
#include "ui/ProjectSession.h"
#include "ui/RecordedEditCommand.h"

#include <QSet>

namespace rapport::ui {

using model::CalendarMoment;
using model::Campaign;
using model::Uuid;

namespace {

storage::StoreResult ok()
{
    return storage::StoreResult::ok();
}

} // namespace

CampaignsController::CampaignsController(QObject* parent) : QObject(parent) {}

CampaignsController::~CampaignsController() = default;

void CampaignsController::setSession(ProjectSession* session)
{
    m_session = session;
    m_results =
        session ? std::make_unique<storage::CampaignResults>(session->file().database()) : nullptr;
    m_lastError.clear();
}

bool CampaignsController::canEdit() const
{
    return m_session && !m_session->isReadOnly();
}

QList<Campaign> CampaignsController::campaigns() const
{
    if (!m_session)
        return {};
    return storage::CampaignRepository(m_session->file().database(), m_session->file().clock())
        .list();
}

std::optional<Campaign> CampaignsController::campaign(const Uuid& id) const
{
    if (!m_session || id.isNull())
        return std::nullopt;
    return storage::CampaignRepository(m_session->file().database(), m_session->file().clock())
        .get(id);
}

QList<CalendarMoment> CampaignsController::moments() const
{
    if (!m_session)
        return {};
    return storage::CampaignRepository(m_session->file().database(), m_session->file().clock())
        .moments();
}

QList<std::pair<Uuid, QString>> CampaignsController::audienceNames() const
{
    if (!m_session)
        return {};
    return storage::AudienceRepository(m_session->file().database(), m_session->file().clock())
        .names();
}

QList<std::pair<Uuid, QString>> CampaignsController::channelNames() const
{
    if (!m_session)
        return {};
    return storage::ChannelRepository(m_session->file().database(), m_session->file().clock())
        .names();
}

QStringList CampaignsController::goalMetrics() const
{
    QStringList types = model::defaultActivityTypes();
    if (m_session) {
        for (const QString& type :
             storage::ActivityStore(m_session->file().database()).types().values()) {
            if (!types.contains(type))
                types << type;
        }
    }
    types.sort();
    return types + QStringList{QStringLiteral("nps"), QStringLiteral("csat"),
                               QStringLiteral("reach"), QStringLiteral("advocates")};
}

QDate CampaignsController::today() const
{
    return m_session ? m_session->file().clock().now().date()
                     : QDateTime::currentDateTimeUtc().date();
}

std::optional<storage::CampaignResult> CampaignsController::results(const Campaign& campaign,
                                                                    QString* error) const
{
    if (!m_results)
        return std::nullopt;
    return m_results->compute(campaign, error);
}

bool CampaignsController::refuse(const QString& message)
{
    m_lastError = message;
    emit statusMessage(message);
    return false;
}

bool CampaignsController::checkEditable()
{
    m_lastError.clear();
    if (!m_session)
        return refuse(tr("No project is open."));
    if (m_session->isReadOnly())
        return refuse(tr("The project is read-only: campaigns cannot be changed."));
    return true;
}

template <typename Edit>
bool CampaignsController::push(const QString& text, const QString& mergeKey, Edit edit)
{
    auto command = std::make_unique<RecordedEditCommand>(*m_session, text, mergeKey);
    command->setOnFailed([this](const QString& message) { refuse(message); });
    QString error;
    if (!RecordedEditCommand::push(std::move(command), edit, &error))
        return refuse(error);
    return true;
}

QString CampaignsController::uniqueCampaignName(const QString& wanted) const
{
    QSet<QString> taken;
    for (const Campaign& c : campaigns())
        taken.insert(c.name.toCaseFolded());
    QString name = wanted;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
        name = QStringLiteral("%1 %2").arg(wanted).arg(n);
    return name;
}

QString CampaignsController::uniqueMomentName(const QString& wanted) const
{
    QSet<QString> taken;
    for (const CalendarMoment& m : moments())
        taken.insert(m.name.toCaseFolded());
    QString name = wanted;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
        name = QStringLiteral("%1 %2").arg(wanted).arg(n);
    return name;
}

Uuid CampaignsController::createCampaign()
{
    if (!checkEditable())
        return {};
    Campaign campaign;
    campaign.name = uniqueCampaignName(tr("New campaign"));
    campaign.kind = model::CampaignKind::Event;
    campaign.status = model::CampaignStatus::Planned;
    campaign.starts = campaign.ends = today();
    storage::CampaignRepository repo(m_session->file().database(), m_session->file().clock());
    if (!push(tr("New campaign “%1”").arg(campaign.name), {},
              [&] { return repo.create(campaign); }))
        return {};
    emit statusMessage(tr("Created “%1”.").arg(campaign.name));
    return campaign.meta.id;
}

QList<Uuid> CampaignsController::duplicateCampaigns(const QList<Uuid>& ids)
{
    if (!checkEditable() || ids.isEmpty())
        return {};
    storage::CampaignRepository repo(m_session->file().database(), m_session->file().clock());
    QList<Campaign> copies;
    for (const Uuid& id : ids) {
        std::optional<Campaign> copy = repo.get(id);
        if (!copy)
            continue;
        copy->meta = {};
        for (model::Goal& goal : copy->goals) {
            goal.meta = {};
            goal.campaign = {};
        }
        copies << *copy;
    }
    if (copies.isEmpty())
        return {};
    QList<Uuid> created;
    const QString text = copies.size() == 1
                             ? tr("Duplicate “%1”").arg(copies.first().name)
                             : tr("Duplicate %n campaigns", nullptr, int(copies.size()));
    const bool done = push(text, {}, [&] {
        for (Campaign& copy : copies) {
            // Each name is taken once its copy is stored: ask again for each.
            copy.name = uniqueCampaignName(tr("%1 (copy)").arg(copy.name));
            if (storage::StoreResult r = repo.create(copy); !r)
                return r;
            created << copy.meta.id;
        }
        return ok();
    });
    if (!done)
        return {};
    emit statusMessage(tr("Duplicated %n campaigns.", nullptr, int(created.size())));
    return created;
}

bool CampaignsController::removeCampaigns(const QList<Uuid>& ids)
{
    if (!checkEditable())
        return false;
    storage::CampaignRepository repo(m_session->file().database(), m_session->file().clock());
    QStringList names;
    for (const Uuid& id : ids) {
        if (auto c = repo.get(id))
            names << c->name;
    }
    if (names.isEmpty())
        return false;
    const QString text = names.size() == 1 ? tr("Delete “%1”").arg(names.first())
                                           : tr("Delete %n campaigns", nullptr, int(names.size()));
    const bool done = push(text, {}, [&] {
        for (const Uuid& id : ids) {
            if (storage::StoreResult r = repo.remove(id); !r)
                return r;
        }
        return ok();
    });
    if (done) {
        emit statusMessage(
            names.size() == 1
                ? tr("Deleted “%1”. Undo brings it back.").arg(names.first())
                : tr("Deleted %n campaigns. Undo brings them back.", nullptr, int(names.size())));
    }
    return done;
}

bool CampaignsController::setField(const Uuid& id, CampaignField field, const QVariant& value)
{
    if (!checkEditable())
        return false;
    storage::CampaignRepository repo(m_session->file().database(), m_session->file().clock());
    std::optional<Campaign> stored = repo.get(id);
    if (!stored)
        return refuse(tr("The campaign no longer exists."));
    Campaign edited = *stored;
    setCampaignValue(edited, field, value);
    edited.name = edited.name.trimmed();
    edited.owner = edited.owner.trimmed();
    // Moving the start past the end moves the end along, keeping the duration.
    if (field == CampaignField::Starts && edited.starts.isValid() && stored->starts.isValid() &&
        edited.ends.isValid() && edited.ends < edited.starts)
        edited.ends = edited.starts.addDays(stored->starts.daysTo(stored->ends));
    if (sameCampaignValue(*stored, edited, field) && edited.ends == stored->ends)
        return true;
    if (const model::ValidationErrors errors = model::validate(edited); !errors.isEmpty())
        return refuse(errors.first().message);
    if (field == CampaignField::Name) {
        const Uuid other = repo.findByName(edited.name);
        if (!other.isNull() && other != id &&
            repo.get(other)->name.compare(edited.name, Qt::CaseInsensitive) == 0)
            return refuse(tr("Another campaign is already called “%1”.").arg(edited.name));
    }
    return push(CampaignTexts::editText(field, stored->name),
                QStringLiteral("campaign/%1/%2").arg(id.toString()).arg(int(field)),
                [&] { return repo.update(edited); });
}

bool CampaignsController::setStatus(const QList<Uuid>& ids, model::CampaignStatus status)
{
    if (!checkEditable())
        return false;
    if (ids.size() == 1)
        return setField(ids.first(), CampaignField::Status, int(status));
    storage::CampaignRepository repo(m_session->file().database(), m_session->file().clock());
    return push(
        tr("Set %n campaigns to %1", nullptr, int(ids.size())).arg(CampaignTexts::status(status)),
        {}, [&] {
            for (const Uuid& id : ids) {
                std::optional<Campaign> c = repo.get(id);
                if (!c || c->status == status)
                    continue;
                c->status = status;
                if (storage::StoreResult r = repo.update(*c); !r)
                    return r;
            }
            return ok();
        });
}

Uuid CampaignsController::addMoment()
{
    if (!checkEditable())
        return {};
    CalendarMoment moment;
    moment.name = uniqueMomentName(tr("New moment"));
    moment.kind = CalendarMoment::Kind::Release;
    moment.starts = moment.ends = today();
    storage::CampaignRepository repo(m_session->file().database(), m_session->file().clock());
    if (!push(tr("Add moment “%1”").arg(moment.name), {}, [&] { return repo.create(moment); }))
        return {};
    return moment.meta.id;
}

bool CampaignsController::removeMoments(const QList<Uuid>& ids)
{
    if (!checkEditable())
        return false;
    storage::CampaignRepository repo(m_session->file().database(), m_session->file().clock());
    QStringList names;
    for (const Uuid& id : ids) {
        if (auto m = repo.moment(id))
            names << m->name;
    }
    if (names.isEmpty())
        return false;
    const QString text = names.size() == 1 ? tr("Delete moment “%1”").arg(names.first())
                                           : tr("Delete %n moments", nullptr, int(names.size()));
    return push(text, {}, [&] {
        for (const Uuid& id : ids) {
            if (storage::StoreResult r = repo.removeMoment(id); !r)
                return r;
        }
        return ok();
    });
}

bool CampaignsController::setMomentField(const Uuid& id, MomentField field, const QVariant& value)
{
    if (!checkEditable())
        return false;
    storage::CampaignRepository repo(m_session->file().database(), m_session->file().clock());
    std::optional<CalendarMoment> stored = repo.moment(id);
    if (!stored)
        return refuse(tr("The moment no longer exists."));
    CalendarMoment edited = *stored;
    setMomentValue(edited, field, value);
    edited.name = edited.name.trimmed();
    // Moving the start past the end moves the end along (a one-day moment stays one day).
    if (field == MomentField::Starts && edited.starts.isValid() && edited.ends < edited.starts)
        edited.ends = edited.starts;
    if (momentValue(edited, field) == momentValue(*stored, field) && edited.ends == stored->ends)
        return true;
    if (const model::ValidationErrors errors = model::validate(edited); !errors.isEmpty())
        return refuse(errors.first().message);
    return push(CampaignTexts::editText(field, stored->name),
                QStringLiteral("moment/%1/%2").arg(id.toString()).arg(int(field)),
                [&] { return repo.update(edited); });
}

} // namespace rapport::ui
