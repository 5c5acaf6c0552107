// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/storage/PeopleSearchIndex.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace rapport::ui {

class BackgroundReader;
class ProjectSession;

/**
 * The People area's search: a storage::PeopleSearchIndex of the open project, built on a
 * worker thread when the project opens (a million people take a second or two, during which
 * the table shows everyone), kept up to date by refresh(keys) after the area's own edits and
 * rebuilt after anyone else's. Engagement levels are computed on demand, also on a worker
 * thread (the engine is loaded for it, then dropped).
 */
class PeopleSearch : public QObject
{
    Q_OBJECT

public:
    explicit PeopleSearch(QObject* parent = nullptr);
    ~PeopleSearch() override;

    void setSession(ProjectSession* session);
    /** The clock that dates the levels (default: the system's). */
    void setClock(const model::Clock& clock) { m_clock = &clock; }
    bool isReady() const { return m_index.has_value(); }
    bool isBuilding() const;
    /** Built and not being rebuilt: it holds exactly the project's people. */
    bool isCurrent() const { return m_index && !isBuilding(); }
    const storage::PeopleSearchIndex* index() const { return m_index ? &*m_index : nullptr; }

    /** Reads these people again now (after an edit of this area). */
    void refresh(const QList<qint64>& keys);
    /** Builds the index again in the background (the project changed in unknown ways). */
    void rebuild();

    /** Starts computing everyone's engagement level as of now (nothing if under way). */
    void computeLevels();
    bool isComputingLevels() const;
    bool hasLevels() const { return m_index && m_index->hasLevels(); }
    /** Sets one person's level (the detail panel computed it). */
    void setLevel(qint64 key, int level);

    /** The milliseconds the last build took (for the status line), −1 before any. */
    qint64 lastBuildMs() const { return m_lastBuildMs; }

signals:
    /** The index was built, refreshed or got levels: filters should be applied again. */
    void changed();
    void levelsReady();
    void failed(const QString& message);

private:
    QPointer<ProjectSession> m_session;
    model::SystemClock m_systemClock;
    const model::Clock* m_clock = &m_systemClock;
    std::optional<storage::PeopleSearchIndex> m_index;
    BackgroundReader* m_builder;
    BackgroundReader* m_leveller;
    /** Levels computed while the index was being rebuilt, applied when it is done. */
    std::vector<std::pair<qint64, std::uint8_t>> m_pendingLevels;
    bool m_levelsWanted = false;
    /** The number of activities the levels were computed from. */
    qint64 m_levelsActivities = -1;
    qint64 m_lastBuildMs = -1;
};

} // namespace rapport::ui
