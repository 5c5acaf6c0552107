// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Channel.h"

#include "core/model/Validation.h"

#include <QCoreApplication>

namespace rapport::model {

qint64 Channel::sizeOn(const QDate& date) const
{
    // Does not rely on the order, so an unsaved, unsorted edit still answers correctly.
    const AudienceSize* best = nullptr;
    if (!date.isValid())
        return -1;
    for (const AudienceSize& size : sizes) {
        if (!size.date.isValid() || size.date > date)
            continue;
        if (!best || size.date >= best->date)
            best = &size;
    }
    return best ? best->size : -1;
}

ValidationErrors validate(const Channel& channel)
{
    ValidationErrors errors;
    if (isBlank(channel.name)) {
        errors.append({QStringLiteral("name"),
                       QCoreApplication::translate("rapport::model", "A channel needs a name.")});
    }
    if (isBlank(channel.kind)) {
        errors.append({QStringLiteral("kind"),
                       QCoreApplication::translate("rapport::model", "A channel needs a kind.")});
    }
    if (!channel.url.isEmpty() && !isHttpUrl(channel.url)) {
        errors.append({QStringLiteral("url"),
                       QCoreApplication::translate("rapport::model",
                                                   "The address must be an http or https URL.")});
    }
    for (qsizetype i = 0; i < channel.sizes.size(); ++i) {
        const AudienceSize& size = channel.sizes.at(i);
        if (!size.date.isValid()) {
            errors.append({QStringLiteral("sizes"),
                           QCoreApplication::translate("rapport::model",
                                                       "A measurement has no date.")});
        } else if (i > 0 && channel.sizes.at(i - 1).date.isValid()) {
            const QDate previous = channel.sizes.at(i - 1).date;
            if (size.date == previous) {
                errors.append({QStringLiteral("sizes"),
                               QCoreApplication::translate(
                                   "rapport::model", "There are two measurements on %1.")
                                   .arg(size.date.toString(Qt::ISODate))});
            } else if (size.date < previous) {
                errors.append({QStringLiteral("sizes"),
                               QCoreApplication::translate(
                                   "rapport::model", "The measurements are not in date order.")});
            }
        }
        if (size.size < 0) {
            errors.append({QStringLiteral("sizes"),
                           QCoreApplication::translate("rapport::model",
                                                       "An audience size cannot be negative.")});
        }
    }
    return errors;
}

} // namespace rapport::model
