// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/AudienceCounter.h"

#include "core/storage/EngineLoader.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::ui {

AudienceCounter::AudienceCounter(QObject* parent) : QObject(parent) {}

AudienceCounter::~AudienceCounter()
{
    if (m_thread.joinable())
        m_thread.join();
}

quint64 AudienceCounter::count(SessionEngine::Data data, QList<Rule> rules, bool withKeys,
                               std::int64_t asOf)
{
    Request request{++m_lastNumber, std::move(data), std::move(rules), withKeys, asOf};
    const quint64 number = request.number;
    if (m_running)
        m_waiting = std::move(request);
    else
        start(std::move(request));
    return number;
}

void AudienceCounter::clear()
{
    m_waiting.reset();
    ++m_lastNumber; // whatever runs now answers an older request
}

void AudienceCounter::start(Request request)
{
    if (m_thread.joinable())
        m_thread.join();
    m_running = true;
    m_runningNumber = request.number;
    m_thread = std::thread([this, request = std::move(request)] {
        QList<Count> counts = compute(request);
        QMetaObject::invokeMethod(
            this, [this, number = request.number, counts] { finish(number, counts); },
            Qt::QueuedConnection);
    });
}

void AudienceCounter::finish(quint64 number, QList<Count> counts)
{
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
        return; // a newer question is on its way: this answer is stale
    }
    if (number != m_lastNumber)
        return;
    m_counts = std::move(counts);
    m_countedRequest = number;
    emit counted();
}

QList<AudienceCounter::Count> AudienceCounter::compute(const Request& request)
{
    QList<Count> counts;
    for (const Rule& rule : request.rules) {
        Count count;
        count.id = rule.id;
        if (!request.data) {
            count.error = QCoreApplication::translate("rapport::ui::AudienceCounter",
                                                      "The project is not loaded yet.");
            counts << count;
            continue;
        }
        const engine::Store& store = request.data->store;
        const storage::AudienceRuleContext context{store, &request.data->responses, request.asOf,
                                                   rule.campaignKeys};
        QString error;
        const auto filter =
            storage::EngineLoader::ruleFilter(rule.rule, context, rule.name, &error);
        if (!filter) {
            count.error = error;
        } else {
            const engine::PersonSet people = filter->compile(store);
            count.people = qint64(people.count());
            if (request.withKeys) {
                count.keys.reserve(people.count());
                people.forEach(
                    [&](std::size_t row) { count.keys.push_back(store.key(std::uint32_t(row))); });
                std::sort(count.keys.begin(), count.keys.end());
            }
        }
        counts << count;
    }
    return counts;
}

} // namespace rapport::ui
