// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/model/Person.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace rapport::ui {

/**
 * Everything the detail panel shows of one person, read in one go: the merged view of the
 * record, the activities (their own and those of the people merged into them), survey
 * answers, rewards and engagement level. A person has tens to thousands of activities;
 * reading them decodes only the activity segments that hold them.
 */
struct PersonDetails
{
    Q_DECLARE_TR_FUNCTIONS(PersonDetails)

public:
    struct Activity
    {
        QDateTime at; // UTC
        QString type;
        QString campaign;
        QString channel;
        QString content;
        double value = 0;
    };
    struct Answer
    {
        QDateTime at; // UTC
        QString survey;
        QString question;
        QString answer;
    };
    struct Reward
    {
        QDate date;
        QString kind;
        double value = 0;
        QString currency;
        QString reason;
        QString campaign;
    };

    qint64 key = 0;
    model::Person person;
    /** The name, or the first email / handle standing in for a missing one. */
    QString shownName;
    bool nameIsStandIn = false;
    /** People merged into this one (directly or not). */
    QList<qint64> mergedKeys;
    QList<Activity> activities; // newest first
    QList<Answer> answers;      // newest first, questions in order
    QList<Reward> rewards;      // newest first
    int level = -1;             // engine::EngagementLevel, −1 if unknown
    double score = 0;
    QString error;              // what could not be read, if anything

    /** Reads person `key` (as of clock's now for the level); key 0 or unknown gives
     *  key == 0 in the result. */
    static PersonDetails read(const QSqlDatabase& db, const model::Clock& clock, qint64 key);
    /** The engagement level (and score) of a person from their activities, as the engine
     *  computes it with the default weights. */
    static int levelOf(const QSqlDatabase& db, qint64 key, const QDateTime& asOf,
                       double* score = nullptr, QString* error = nullptr);
    /** The name shown for a person: the display name, else the first email, else the first
     *  handle. */
    static QString shownNameOf(const model::Person& person, bool* standIn = nullptr);
    static QString levelName(int level);
    /** "Email", "GitHub", … as shown to the user. */
    static QString identityKindTitle(model::IdentityKind kind);
    /** "Points", "Swag", … for a stored reward kind ("points", "swag", …). */
    static QString rewardKindTitle(const QString& kind);
};

} // namespace rapport::ui
