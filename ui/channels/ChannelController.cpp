// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/channels/ChannelController.h"

#include "ui/ProjectSession.h"
#include "ui/RecordedEditCommand.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace rapport::ui {

using model::Uuid;

ChannelController::ChannelController(QObject* parent) : QObject(parent) {}

void ChannelController::setSession(ProjectSession* session)
{
    m_session = session;
}

bool ChannelController::canEdit() const
{
    return m_session && !m_session->isReadOnly();
}

storage::ChannelRepository ChannelController::channels() const
{
    return storage::ChannelRepository(m_session ? m_session->file().database() : QSqlDatabase(),
                                      m_clock);
}

storage::CampaignRepository ChannelController::campaigns() const
{
    return storage::CampaignRepository(m_session ? m_session->file().database() : QSqlDatabase(),
                                       m_clock);
}

QStringList ChannelController::channelKinds()
{
    return {QStringLiteral("blog"),    QStringLiteral("newsletter"), QStringLiteral("x"),
            QStringLiteral("linkedin"), QStringLiteral("youtube"),   QStringLiteral("discord"),
            QStringLiteral("slack"),   QStringLiteral("forum"),      QStringLiteral("wechat"),
            QStringLiteral("github"),  QStringLiteral("meetup"),     QStringLiteral("podcast")};
}

bool ChannelController::edit(const QString& text, const std::function<storage::StoreResult()>& body)
{
    if (!canEdit())
        return refuse(m_session ? tr("The project is read-only.") : tr("No project is open."));
    auto command = std::make_unique<RecordedEditCommand>(*m_session, text);
    command->setOnFailed(this, &ChannelController::failed);
    QPointer<ChannelController> self(this);
    command->setOnApplied([self](const QList<qint64>&) {
        if (self && self->m_onApplied)
            self->m_onApplied();
    });
    QString error;
    if (!RecordedEditCommand::push(std::move(command), body, &error))
        return refuse(error);
    emit succeeded(text);
    return true;
}

bool ChannelController::refuse(const QString& message)
{
    emit failed(message);
    return false;
}

std::optional<model::Channel> ChannelController::channel(const Uuid& id)
{
    std::optional<model::Channel> c = channels().get(id);
    if (!c)
        refuse(tr("The channel no longer exists."));
    return c;
}

bool ChannelController::updateChannel(model::Channel& c, const QString& text)
{
    return edit(text, [&] {
        storage::ChannelRepository r = channels();
        return r.update(c);
    });
}

Uuid ChannelController::createChannel()
{
    if (!m_session)
        return {};
    const storage::ChannelRepository repo = channels();
    QString name = tr("New channel");
    for (int n = 2; !repo.findByName(name).isNull(); ++n)
        name = tr("New channel %1").arg(n);
    model::Channel c;
    c.name = name;
    c.kind = QStringLiteral("blog");
    const bool ok = edit(tr("New channel “%1”").arg(name), [&] {
        storage::ChannelRepository r = channels();
        return r.create(c);
    });
    return ok ? c.meta.id : Uuid();
}

bool ChannelController::removeChannels(const QList<Uuid>& ids)
{
    if (ids.isEmpty())
        return false;
    const std::optional<model::Channel> first = channels().get(ids.first());
    const QString text = ids.size() == 1 && first ? tr("Delete channel “%1”").arg(first->name)
                                                  : tr("Delete %n channels", nullptr, int(ids.size()));
    return edit(text, [&] {
        storage::ChannelRepository r = channels();
        for (const Uuid& id : ids) {
            if (storage::StoreResult result = r.remove(id); !result)
                return result;
        }
        return storage::StoreResult::ok();
    });
}

bool ChannelController::renameChannel(const Uuid& id, const QString& name)
{
    std::optional<model::Channel> c = channel(id);
    if (!c)
        return false;
    const QString trimmed = name.trimmed();
    if (trimmed == c->name)
        return true;
    const Uuid other = channels().findByName(trimmed);
    if (!other.isNull() && other != id)
        return refuse(tr("There is already a channel called “%1”.").arg(trimmed));
    c->name = trimmed;
    return updateChannel(*c, tr("Rename channel to “%1”").arg(trimmed));
}

bool ChannelController::setChannelKind(const Uuid& id, const QString& kind)
{
    std::optional<model::Channel> c = channel(id);
    if (!c)
        return false;
    const QString trimmed = kind.trimmed().toLower();
    if (trimmed == c->kind)
        return true;
    c->kind = trimmed;
    return updateChannel(*c, tr("Set the kind of “%1”").arg(c->name));
}

bool ChannelController::setChannelUrl(const Uuid& id, const QString& url)
{
    std::optional<model::Channel> c = channel(id);
    if (!c)
        return false;
    QString text = url.trimmed();
    // People paste addresses without the scheme.
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl parsed(text, QUrl::StrictMode);
    if (!text.isEmpty() && !parsed.isValid())
        return refuse(tr("“%1” is not a web address.").arg(url.trimmed()));
    if (parsed == c->url)
        return true;
    c->url = parsed;
    return updateChannel(*c, tr("Set the address of “%1”").arg(c->name));
}

bool ChannelController::addSize(const Uuid& id, const model::AudienceSize& size)
{
    std::optional<model::Channel> c = channel(id);
    if (!c)
        return false;
    if (std::any_of(c->sizes.cbegin(), c->sizes.cend(),
                    [&](const model::AudienceSize& s) { return s.date == size.date; }))
        return refuse(tr("“%1” already has a measurement on %2.")
                          .arg(c->name, QLocale().toString(size.date, QLocale::ShortFormat)));
    if (size.size < 0)
        return refuse(tr("An audience size cannot be negative."));
    return edit(tr("Add a size of “%1”").arg(c->name), [&] {
        storage::ChannelRepository r = channels();
        return r.setSize(id, size);
    });
}

bool ChannelController::changeSize(const Uuid& id, const QDate& date, const model::AudienceSize& size)
{
    std::optional<model::Channel> c = channel(id);
    if (!c)
        return false;
    auto it = std::find_if(c->sizes.begin(), c->sizes.end(),
                           [&](const model::AudienceSize& s) { return s.date == date; });
    if (it == c->sizes.end())
        return refuse(tr("The measurement no longer exists."));
    if (*it == size)
        return true;
    if (!size.date.isValid())
        return refuse(tr("A measurement needs a date."));
    if (size.size < 0)
        return refuse(tr("An audience size cannot be negative."));
    if (size.date != date &&
        std::any_of(c->sizes.cbegin(), c->sizes.cend(),
                    [&](const model::AudienceSize& s) { return s.date == size.date; }))
        return refuse(tr("“%1” already has a measurement on %2.")
                          .arg(c->name, QLocale().toString(size.date, QLocale::ShortFormat)));
    *it = size;
    std::sort(c->sizes.begin(), c->sizes.end(),
              [](const model::AudienceSize& a, const model::AudienceSize& b) { return a.date < b.date; });
    return updateChannel(*c, tr("Change a size of “%1”").arg(c->name));
}

bool ChannelController::removeSizes(const Uuid& id, const QList<QDate>& dates)
{
    std::optional<model::Channel> c = channel(id);
    if (!c || dates.isEmpty())
        return false;
    c->sizes.removeIf([&](const model::AudienceSize& s) { return dates.contains(s.date); });
    return updateChannel(*c, tr("Remove %n size(s) of “%1”", nullptr, int(dates.size())).arg(c->name));
}

Uuid ChannelController::createGoal()
{
    if (!m_session)
        return {};
    const QDate today = m_clock.now().date();
    const int firstMonth = (today.month() - 1) / 3 * 3 + 1;
    model::Goal g;
    g.metric = QStringLiteral("attended");
    g.target = 100;
    g.periodStart = QDate(today.year(), firstMonth, 1);
    g.periodEnd = g.periodStart.addMonths(3).addDays(-1);
    const bool ok = edit(tr("New goal"), [&] {
        storage::CampaignRepository r = campaigns();
        return r.create(g);
    });
    return ok ? g.meta.id : Uuid();
}

bool ChannelController::removeGoals(const QList<Uuid>& ids)
{
    if (ids.isEmpty())
        return false;
    return edit(tr("Delete %n goal(s)", nullptr, int(ids.size())), [&] {
        storage::CampaignRepository r = campaigns();
        for (const Uuid& id : ids) {
            if (storage::StoreResult result = r.removeGoal(id); !result)
                return result;
        }
        return storage::StoreResult::ok();
    });
}

bool ChannelController::changeGoal(const model::Goal& goal, const QString& text)
{
    std::optional<model::Goal> stored = campaigns().goal(goal.meta.id);
    if (!stored)
        return refuse(tr("The goal no longer exists."));
    model::Goal next = goal;
    next.meta = stored->meta;
    next.metric = next.metric.trimmed();
    if (next.metric == stored->metric && next.target == stored->target &&
        next.periodStart == stored->periodStart && next.periodEnd == stored->periodEnd &&
        next.campaign == stored->campaign)
        return true;
    return edit(text, [&] {
        storage::CampaignRepository r = campaigns();
        return r.update(next);
    });
}

} // namespace rapport::ui
