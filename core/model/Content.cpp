// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Content.h"

#include "core/model/EnumNames.h"
#include "core/model/Validation.h"

#include <QCoreApplication>
#include <QSet>

namespace rapport::model {

namespace {

constexpr std::array<detail::EnumName<ContentKind>, 7> kContentKindNames{{
    {ContentKind::Article, u"article"},
    {ContentKind::Video, u"video"},
    {ContentKind::Talk, u"talk"},
    {ContentKind::Tutorial, u"tutorial"},
    {ContentKind::Podcast, u"podcast"},
    {ContentKind::Newsletter, u"newsletter"},
    {ContentKind::Other, u"other"},
}};

bool anyCounterNegative(const MetricSnapshot& s)
{
    return s.views < 0 || s.reads < 0 || s.likes < 0 || s.shares < 0 || s.onwardClicks < 0;
}

bool anyCounterDecreased(const MetricSnapshot& before, const MetricSnapshot& after)
{
    return after.views < before.views || after.reads < before.reads ||
           after.likes < before.likes || after.shares < before.shares ||
           after.onwardClicks < before.onwardClicks;
}

void validateDistribution(const Distribution& distribution, qsizetype index,
                          ValidationErrors* errors)
{
    const auto add = [errors, index](const QString& problem) {
        errors->append({QStringLiteral("distributions"),
                        QCoreApplication::translate("rapport::model", "Distribution %1: %2")
                            .arg(index + 1)
                            .arg(problem)});
    };
    if (distribution.channel.isNull())
        add(QCoreApplication::translate("rapport::model", "the channel is missing."));
    if (!distribution.url.isEmpty() && !isHttpUrl(distribution.url))
        add(QCoreApplication::translate("rapport::model",
                                        "the address must be an http or https URL."));
    const QList<MetricSnapshot>& snapshots = distribution.snapshots;
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        const MetricSnapshot& snapshot = snapshots.at(i);
        if (!snapshot.at.isValid())
            add(QCoreApplication::translate("rapport::model", "a snapshot has no time."));
        if (anyCounterNegative(snapshot))
            add(QCoreApplication::translate("rapport::model", "a counter is negative."));
        if (i == 0)
            continue;
        const MetricSnapshot& previous = snapshots.at(i - 1);
        if (snapshot.at.isValid() && previous.at.isValid() && snapshot.at < previous.at)
            add(QCoreApplication::translate("rapport::model",
                                            "the snapshots are not in time order."));
        else if (anyCounterDecreased(previous, snapshot))
            add(QCoreApplication::translate("rapport::model", "a counter went down."));
    }
}

} // namespace

QString contentKindName(ContentKind kind)
{
    return detail::nameOf(kContentKindNames, kind);
}

bool contentKindFromName(QStringView name, ContentKind* kind)
{
    return detail::valueOf(kContentKindNames, name, kind);
}

ValidationErrors validate(const Content& content)
{
    ValidationErrors errors;
    if (isBlank(content.title)) {
        errors.append({QStringLiteral("title"),
                       QCoreApplication::translate("rapport::model", "A piece needs a title.")});
    }
    if (content.authors.isEmpty()) {
        errors.append({QStringLiteral("authors"),
                       QCoreApplication::translate("rapport::model",
                                                   "A piece needs at least one author.")});
    }
    QSet<Uuid> authors;
    for (const Uuid& author : content.authors) {
        if (author.isNull()) {
            errors.append({QStringLiteral("authors"),
                           QCoreApplication::translate("rapport::model",
                                                       "An author has no person id.")});
            continue;
        }
        if (authors.contains(author)) {
            errors.append({QStringLiteral("authors"),
                           QCoreApplication::translate("rapport::model",
                                                       "An author is listed twice.")});
        }
        authors.insert(author);
    }
    for (qsizetype i = 0; i < content.distributions.size(); ++i)
        validateDistribution(content.distributions.at(i), i, &errors);

    QList<ContentLink> seen;
    for (const ContentLink& link : content.links) {
        if (link.target.isNull()) {
            errors.append({QStringLiteral("links"),
                           QCoreApplication::translate("rapport::model",
                                                       "A link has no target.")});
            continue;
        }
        if (link.target == content.meta.id) {
            errors.append({QStringLiteral("links"),
                           QCoreApplication::translate("rapport::model",
                                                       "A piece cannot link to itself.")});
            continue;
        }
        if (seen.contains(link)) {
            errors.append({QStringLiteral("links"),
                           QCoreApplication::translate("rapport::model",
                                                       "A link is listed twice.")});
        }
        seen.append(link);
    }
    return errors;
}

ValidationErrors validate(const Series& series)
{
    ValidationErrors errors;
    if (isBlank(series.name)) {
        errors.append({QStringLiteral("name"),
                       QCoreApplication::translate("rapport::model", "A series needs a name.")});
    }
    return errors;
}

} // namespace rapport::model
