// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ContentLoop.h"
#include "core/model/Reward.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace rapport::storage {

/** What an author's rewards add up to, per kind and currency. */
struct RewardTotal
{
    model::RewardKind kind = model::RewardKind::Points;
    QString currency; // empty for points and recognition (and swag without a currency)
    double value = 0;
    int count = 0;
    friend bool operator==(const RewardTotal&, const RewardTotal&) = default;
};

/** A person who authored at least one piece, with the reach of their pieces. */
struct AuthorRow
{
    RowKey key = 0;
    model::Uuid id;
    QString name;
    qint64 pieces = 0;
    engine::ContentMetrics metrics; // latest totals over their pieces; views are the reach
    int rewards = 0;                // rewards received, of any kind
};

/** One of the author's pieces with what it reached and earned. */
struct AuthorPiece
{
    RowKey key = 0;
    model::Uuid id;
    QString title;
    QString kind;   // model::contentKindName
    QString series; // its name, empty for none
    QDate published;
    QStringList coauthors;
    QStringList channels; // where it was distributed, in distribution order
    engine::ContentMetrics metrics;
    QList<RewardTotal> rewards; // rewards of this author for this piece
};

/** Where the author's pieces were distributed. */
struct AuthorChannel
{
    model::Uuid id;
    QString name;
    int pieces = 0;                 // distinct pieces
    engine::ContentMetrics metrics; // latest totals of those distributions
};

/** A link from one of the author's pieces to another piece: where readers are sent on. */
struct AuthorLink
{
    model::Uuid from;
    QString fromTitle;
    model::Uuid to;
    QString toTitle;
    QString kind;
    bool toOwnPiece = false; // the target is one of the author's pieces too
};

struct AuthorReward
{
    model::Uuid id;
    model::RewardKind kind = model::RewardKind::Points;
    double value = 0;
    QString currency;
    QString reason;
    QDate date;
    model::Uuid content;
    QString contentTitle;
    QString campaign;
};

/** Everything the author view shows about one author. */
struct AuthorSummary
{
    RowKey key = 0;
    model::Uuid id;
    QString name;
    QList<AuthorPiece> pieces;     // by publication date, then title
    QList<AuthorChannel> channels; // most views first
    QList<AuthorLink> onwardLinks; // by source piece, then target title
    engine::ContentMetrics total;  // reach over all time; onwardClicks = clicks on to other pieces
    QList<AuthorReward> rewards;   // by date
    QList<RewardTotal> rewardTotals; // by kind, then currency
};

/**
 * The content loop seen from an author's side — what a manager shows an author: the
 * pieces they wrote, where those were distributed, the reach they produced, where readers
 * went on to, and the rewards they received.
 *
 * Reach uses the content loop's definition (engine::ContentLoop, all time): a piece's
 * latest totals summed over its distributions; an author's reach sums their pieces, a piece
 * with two authors counting fully for each. Onward clicks are the pieces' onward-click
 * counters; the links name the pieces readers are sent on to.
 *
 * Reads the project once on construction (pieces, snapshots, links and rewards: thousands
 * of rows); summary() reads the one author's rows.
 */
class AuthorReport
{
public:
    explicit AuthorReport(QSqlDatabase db);

    /** An error from reading, empty if all went well. */
    QString error() const { return m_error; }
    /** Everyone who authored a piece, by name. */
    QList<AuthorRow> authors() const;
    /** The summary of person (by id), or nothing if no such person. */
    std::optional<AuthorSummary> summary(const model::Uuid& person) const;
    const engine::ContentLoop& loop() const { return m_loop; }

private:
    QSqlDatabase m_db;
    QString m_error;
    engine::ContentLoop m_loop;
};

/** Adds one reward to totals (kept ordered by kind, then currency). */
void addRewardTotal(QList<RewardTotal>* totals, model::RewardKind kind, const QString& currency,
                    double value);

} // namespace rapport::storage
