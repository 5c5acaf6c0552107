// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Person.h"

#include "core/model/EnumNames.h"
#include "core/model/Validation.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace rapport::model {

namespace {

using detail::EnumName;

constexpr std::array<EnumName<IdentityKind>, 10> kIdentityKindNames{{
    {IdentityKind::Email, u"email"},
    {IdentityKind::GitHub, u"github"},
    {IdentityKind::X, u"x"},
    {IdentityKind::LinkedIn, u"linkedin"},
    {IdentityKind::WeChat, u"wechat"},
    {IdentityKind::Discord, u"discord"},
    {IdentityKind::Slack, u"slack"},
    {IdentityKind::Discourse, u"discourse"},
    {IdentityKind::Meetup, u"meetup"},
    {IdentityKind::Other, u"other"},
}};

QString foldText(QStringView text)
{
    // Folding can in rare cases produce a decomposed sequence, so compose once more after it.
    return text.trimmed()
        .toString()
        .normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

/** Profile URL prefixes after the scheme and "www." have been dropped; already folded. */
QList<QStringView> profilePrefixes(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::GitHub:
        return {u"github.com/"};
    case IdentityKind::X:
        return {u"x.com/", u"twitter.com/", u"mobile.twitter.com/"};
    case IdentityKind::LinkedIn:
        return {u"linkedin.com/in/"};
    case IdentityKind::Meetup:
        return {u"meetup.com/members/"};
    default:
        return {};
    }
}

/** "https://github.com/octocat/?tab=repositories" → "octocat"; anything else unchanged. */
QString stripProfileUrl(IdentityKind kind, const QString& folded)
{
    QStringView rest(folded);
    for (const QStringView scheme : {QStringView(u"https://"), QStringView(u"http://")}) {
        if (rest.startsWith(scheme)) {
            rest = rest.mid(scheme.size());
            break;
        }
    }
    if (rest.startsWith(u"www."))
        rest = rest.mid(4);
    for (const QStringView prefix : profilePrefixes(kind)) {
        if (!rest.startsWith(prefix))
            continue;
        QStringView handle = rest.mid(prefix.size());
        for (qsizetype i = 0; i < handle.size(); ++i) {
            const QChar c = handle[i];
            if (c == u'/' || c == u'?' || c == u'#') {
                handle = handle.left(i);
                break;
            }
        }
        return handle.toString();
    }
    return folded;
}

} // namespace

QString identityKindName(IdentityKind kind)
{
    return detail::nameOf(kIdentityKindNames, kind);
}

bool identityKindFromName(QStringView name, IdentityKind* kind)
{
    return detail::valueOf(kIdentityKindNames, name, kind);
}

QString normalizeEmail(QStringView email)
{
    return foldText(email);
}

QString normalizeHandle(IdentityKind kind, QStringView handle)
{
    if (kind == IdentityKind::Email)
        return normalizeEmail(handle);
    QString text = stripProfileUrl(kind, foldText(handle));
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.startsWith(u'@'))
        text.remove(0, 1);
    return text.trimmed();
}

QString normalizeTag(QStringView tag)
{
    return foldText(tag);
}

bool isWellFormedEmail(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at == email.size() - 1 || email.indexOf(u'@', at + 1) >= 0)
        return false;
    for (const QChar c : email) {
        if (c.isSpace())
            return false;
    }
    return true;
}

QString Identity::normalized() const
{
    if (kind == IdentityKind::Email) {
        const QString email = normalizeEmail(value);
        return isWellFormedEmail(email) ? email : QString();
    }
    return normalizeHandle(kind, value);
}

QString Person::identity(IdentityKind kind) const
{
    for (const Identity& id : identities) {
        if (id.kind == kind)
            return id.value;
    }
    return {};
}

ValidationErrors validate(const Person& person)
{
    ValidationErrors errors;
    const auto tooLong = [&errors](const QString& text, const QString& field) {
        if (text.size() > kMaxNameLength) {
            errors.append({field, QCoreApplication::translate("rapport::model",
                                                              "This text is longer than %n "
                                                              "characters.",
                                                              nullptr, int(kMaxNameLength))});
        }
    };

    if (isBlank(person.displayName) && person.identities.isEmpty()) {
        errors.append({QStringLiteral("displayName"),
                       QCoreApplication::translate(
                           "rapport::model", "A person needs a display name or an identity.")});
    }
    tooLong(person.displayName, QStringLiteral("displayName"));

    QSet<QPair<int, QString>> seenIdentities;
    for (const Identity& identity : person.identities) {
        const QString key = identity.normalized();
        if (key.isEmpty() || identity.value.size() > kMaxNameLength) {
            errors.append({QStringLiteral("identities"),
                           QCoreApplication::translate("rapport::model",
                                                       "The %1 identity “%2” is not valid.")
                               .arg(identityKindName(identity.kind), identity.value.left(64))});
            continue;
        }
        const QPair<int, QString> entry{int(identity.kind), key};
        if (seenIdentities.contains(entry)) {
            errors.append({QStringLiteral("identities"),
                           QCoreApplication::translate("rapport::model",
                                                       "The %1 identity “%2” is listed twice.")
                               .arg(identityKindName(identity.kind), identity.value.left(64))});
        }
        seenIdentities.insert(entry);
    }

    tooLong(person.company, QStringLiteral("company"));
    tooLong(person.role, QStringLiteral("role"));
    tooLong(person.country, QStringLiteral("country"));
    tooLong(person.source, QStringLiteral("source"));

    if (!person.timezone.isEmpty() &&
        !QTimeZone::isTimeZoneIdAvailable(person.timezone.toUtf8())) {
        errors.append({QStringLiteral("timezone"),
                       QCoreApplication::translate("rapport::model",
                                                   "“%1” is not a known time zone.")
                           .arg(person.timezone.left(64))});
    }

    if (person.consent.marketing && !person.consent.date.isValid()) {
        errors.append({QStringLiteral("consent"),
                       QCoreApplication::translate(
                           "rapport::model", "Marketing consent needs the date it was given.")});
    }

    QSet<QString> seenTags;
    for (const QString& tag : person.tags) {
        if (isBlank(tag)) {
            errors.append({QStringLiteral("tags"),
                           QCoreApplication::translate("rapport::model", "A tag is empty.")});
            continue;
        }
        if (tag.size() > kMaxNameLength) {
            tooLong(tag, QStringLiteral("tags"));
            continue;
        }
        const QString key = normalizeTag(tag);
        if (seenTags.contains(key)) {
            errors.append({QStringLiteral("tags"),
                           QCoreApplication::translate("rapport::model",
                                                       "The tag “%1” is listed twice.")
                               .arg(tag)});
        }
        seenTags.insert(key);
    }

    if (person.notes.size() > kMaxNotesLength) {
        errors.append({QStringLiteral("notes"),
                       QCoreApplication::translate("rapport::model",
                                                   "The notes are longer than 1 MiB.")});
    }
    return errors;
}

} // namespace rapport::model
