// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Validation.h"

#include <QStringList>

namespace rapport::model {

bool isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c.unicode() < u'A' || c.unicode() > u'Z')
            return false;
    }
    return true;
}

bool isHttpUrl(const QUrl& url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

QStringList errorFields(const ValidationErrors& errors)
{
    QStringList fields;
    fields.reserve(errors.size());
    for (const ValidationError& error : errors)
        fields.append(error.field);
    return fields;
}

} // namespace rapport::model
