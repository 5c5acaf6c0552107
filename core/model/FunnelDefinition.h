// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rapport::model {

/**
 * One step of a funnel as the user defines it: the activities that count for it are of any
 * of `types` (by name; none listed = any activity), and, when listed, of one of `campaigns`
 * and one of `channels` (campaigns.key / channels.key: like the activity segments, which
 * refer to them by these keys, a definition stays valid as long as the project does).
 */
struct FunnelStepDefinition
{
    QString label; ///< the step's name as shown ("Reached"); empty: the types, joined
    QStringList types;
    QList<qint64> campaigns;
    QList<qint64> channels;

    friend bool operator==(const FunnelStepDefinition&, const FunnelStepDefinition&) = default;
};

/**
 * A funnel as the dashboard keeps it: ordered steps, the conversion window, the mode, an
 * optional date range bounding step 1 (null dates: the dashboard's range) and a breakdown.
 * Meanings of the window, modes and range: engine/FunnelQuery.h.
 *
 * breakdown: "" (none), "campaign" (of the first step), "level" (engagement level),
 * "audience" (each saved audience, side by side), or a person attribute ("country", "role",
 * "company", "source", …).
 */
struct FunnelDefinition
{
    enum class Mode
    {
        Ordered,
        Strict,
        Unordered
    };
    static constexpr int kMaxSteps = 16; ///< the engine's limit

    QString name;
    QList<FunnelStepDefinition> steps;
    qint64 windowSeconds = 30 * 86400;
    Mode mode = Mode::Ordered;
    QDate from; ///< first day step 1 may happen on; null: the dashboard's range
    QDate to;   ///< last day; null: the dashboard's range
    QString breakdown;

    /** {"name": "...", "steps": [{"label": "...", "types": ["attended"], "campaigns": [3],
     *  "channels": []}], "window": 2592000, "mode": "ordered"|"strict"|"unordered",
     *  "from": "2025-01-01"|"", "to": ""|..., "breakdown": "country"} */
    QJsonObject toJson() const;
    /** Parses what toJson wrote; false with *error (one line) on malformed input. */
    static bool fromJson(const QJsonObject& json, FunnelDefinition* definition, QString* error);

    /**
     * The lifecycle funnel's default steps (DESIGN.md): after "in audience" (the people
     * counted, not a step), reached (invited, registered, starred), activated (attended,
     * contributed, posted, commented), satisfied (responded: answered a survey), advocate
     * (shared, referred, spoke, authored); ordered, within 365 days.
     */
    static FunnelDefinition defaultLifecycle();

    friend bool operator==(const FunnelDefinition&, const FunnelDefinition&) = default;
};

/** Translates a source string of a context, as QCoreApplication::translate does; a report
 *  passes its own translator so that its language need not be the application's. */
using FunnelTranslate = std::function<QString(const char* context, const char* source)>;

/** The context the step names below are marked in. */
inline constexpr char kFunnelStepNameContext[] = "rapport::model::FunnelStepName";

/**
 * A step's name for people: the lifecycle's default steps (labels "reached", "activated",
 * "satisfied", "advocate": identities, not shown) by their translated names ("Reached", …);
 * any other label as the user gave it; else the types joined ("attended or spoke"); else
 * "any activity". translate: QCoreApplication::translate when empty.
 */
QString funnelStepName(const FunnelStepDefinition& step, const FunnelTranslate& translate = {});

/** The source text (context kFunnelStepNameContext) of a default lifecycle step's name, for
 *  its identity label ("reached" → "Reached"); nullptr for any other label. */
const char* lifecycleStepNameSource(QStringView label);

QString funnelModeName(FunnelDefinition::Mode mode); // "ordered", "strict", "unordered"
bool funnelModeFromName(QStringView name, FunnelDefinition::Mode* mode);

/** Rules: a name (when `named`), 1 to 16 steps, a window ≥ 0, from ≤ to when both set. */
ValidationErrors validate(const FunnelDefinition& definition, bool named = true);

} // namespace rapport::model
