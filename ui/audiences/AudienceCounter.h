// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"
#include "ui/SessionEngine.h"

#include <QObject>

#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace rapport::ui {

/**
 * Counts the people of audience rules on an engine snapshot, on a worker thread, so the UI
 * never waits for it. One count runs at a time; asking again while one runs replaces any
 * count still waiting, and only the answer to the latest request is delivered (counted()).
 */
class AudienceCounter : public QObject
{
    Q_OBJECT

public:
    struct Rule
    {
        model::Uuid id; // whose rule, for the caller
        QString name;   // names it in error messages
        model::AudienceRule rule;
        QHash<model::Uuid, storage::RowKey> campaignKeys; // AudienceController::campaignKeys
    };
    struct Count
    {
        model::Uuid id;
        qint64 people = -1;       // −1: see error
        std::vector<qint64> keys; // the people.keys, ascending, when asked for
        QString error;
    };

    explicit AudienceCounter(QObject* parent = nullptr);
    ~AudienceCounter() override; // waits for a running count

    /** Counts rules on data as of asOf (seconds since the epoch); withKeys also lists the
     *  people. Returns the request's number. */
    quint64 count(SessionEngine::Data data, QList<Rule> rules, bool withKeys, std::int64_t asOf);
    /** Forgets waiting and running requests: nothing more is delivered for them. */
    void clear();
    bool isBusy() const { return m_running || m_waiting.has_value(); }

    /** The latest delivered answer and the request it answers. */
    const QList<Count>& counts() const { return m_counts; }
    quint64 countedRequest() const { return m_countedRequest; }

signals:
    /** counts() holds the answer to the latest request. */
    void counted();

private:
    struct Request
    {
        quint64 number = 0;
        SessionEngine::Data data;
        QList<Rule> rules;
        bool withKeys = false;
        std::int64_t asOf = 0;
    };
    void start(Request request);
    void finish(quint64 number, QList<Count> counts);
    static QList<Count> compute(const Request& request);

    std::thread m_thread;
    bool m_running = false;
    quint64 m_runningNumber = 0;
    std::optional<Request> m_waiting;
    quint64 m_lastNumber = 0;
    QList<Count> m_counts;
    quint64 m_countedRequest = 0;
};

} // namespace rapport::ui
