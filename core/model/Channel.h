// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QDate>
#include <QUrl>

namespace rapport::model {

/** Audience size of a channel on one day (followers, members, subscribers). */
struct AudienceSize
{
    QDate date;
    qint64 size = 0;
    friend bool operator==(const AudienceSize&, const AudienceSize&) = default;
};

/** Where we reach people: a blog, a newsletter, an X account, a Discord server, ... */
struct Channel
{
    RecordMeta meta;
    QString name;
    QString kind; // "blog", "newsletter", "x", "discord", "youtube", "wechat", "forum", ...
    QUrl url;
    QList<AudienceSize> sizes; // ordered by date

    /** Size on a date: the latest measurement on or before it, or -1 if none. */
    qint64 sizeOn(const QDate& date) const;
};

/** Rules: a name and a kind; an http(s) URL if set; sizes ordered by date, one per date,
 *  each ≥ 0. */
ValidationErrors validate(const Channel& channel);

} // namespace rapport::model
