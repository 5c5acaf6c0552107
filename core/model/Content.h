// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QDate>
#include <QUrl>

namespace rapport::model {

enum class ContentKind { Article, Video, Talk, Tutorial, Podcast, Newsletter, Other };
QString contentKindName(ContentKind kind); // "article", "video", ...
bool contentKindFromName(QStringView name, ContentKind* kind);

/** A run of pieces that share intros and conclusions and send readers on to each other. */
struct Series
{
    RecordMeta meta;
    QString name;
    QString description;
};

/** Counters read off a distribution at one moment. Counters never go down over time. */
struct MetricSnapshot
{
    QDateTime at;
    qint64 views = 0;
    qint64 reads = 0;
    qint64 likes = 0;
    qint64 shares = 0;
    qint64 onwardClicks = 0; // clicks from this piece to other pieces
    friend bool operator==(const MetricSnapshot&, const MetricSnapshot&) = default;
};

/** Where a piece was published, with what it reached there. */
struct Distribution
{
    Uuid channel;
    QUrl url;
    QDateTime publishedAt;
    QList<MetricSnapshot> snapshots; // ordered by time
};

/** A link from one piece to another ("next in series", "related"). */
struct ContentLink
{
    Uuid target;
    QString kind = QStringLiteral("related");
    friend bool operator==(const ContentLink&, const ContentLink&) = default;
};

struct Content
{
    RecordMeta meta;
    QString title;
    ContentKind kind = ContentKind::Article;
    QList<Uuid> authors; // people
    Uuid series;
    QDate published;
    QList<Distribution> distributions;
    QList<ContentLink> links;
};

/** Rules: a title; ≥ 1 author, none null or repeated; distributions have a channel and a
 *  valid http(s) URL if any; snapshots ordered by time, counters ≥ 0 and not decreasing;
 *  links have a target, not itself, and none is repeated (same target and kind). */
ValidationErrors validate(const Content& content);
ValidationErrors validate(const Series& series);

} // namespace rapport::model
