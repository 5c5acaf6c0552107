// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QDate>
#include <QStringList>

namespace rapport::model {

/** The platforms a person can be known by. Email is the primary key for matching. */
enum class IdentityKind { Email, GitHub, X, LinkedIn, WeChat, Discord, Slack, Discourse, Meetup, Other };

QString identityKindName(IdentityKind kind);             // stable, lower-case: "email", "github", ...
bool identityKindFromName(QStringView name, IdentityKind* kind);

/** One handle of a person on one platform. */
struct Identity
{
    IdentityKind kind = IdentityKind::Email;
    QString value;

    /** The form used for matching: emails trimmed and case-folded; handles trimmed,
     *  case-folded, without a leading '@' or a profile URL prefix. Empty if unusable. */
    QString normalized() const;
    friend bool operator==(const Identity&, const Identity&) = default;
};

/** Trimmed, NFC-normalised and case-folded; no check of the shape (see isWellFormedEmail). */
QString normalizeEmail(QStringView email);
/** Trimmed, NFC-normalised, case-folded, without a leading '@', a trailing '/' or the kind's
 *  profile URL prefix ("https://github.com/", "https://x.com/", "https://twitter.com/",
 *  "https://www.linkedin.com/in/", "https://www.meetup.com/members/"; scheme and "www."
 *  optional). For IdentityKind::Email this is normalizeEmail(). */
QString normalizeHandle(IdentityKind kind, QStringView handle);
/** The form tags are compared in: trimmed, NFC-normalised, case-folded ("Rust" = "rust"). */
QString normalizeTag(QStringView tag);
/** Exactly one '@' with text on both sides and no white space. */
bool isWellFormedEmail(QStringView email);

struct Consent
{
    bool marketing = false;
    QDate date; // when consent was given or withdrawn; required when marketing is true
    friend bool operator==(const Consent&, const Consent&) = default;
};

/** Someone the community serves. */
struct Person
{
    RecordMeta meta;
    QString displayName;
    QList<Identity> identities;
    QString company;
    QString role;
    QString country;  // ISO 3166-1 alpha-2 when known ("DE", "CN"), else free text
    QString timezone; // IANA name, e.g. "Europe/Berlin"
    QStringList tags;
    bool internal = false; // works for us
    QString source;        // where we first learned of them ("eventbrite", "import", ...)
    Consent consent;
    QString notes;
    QDate joined;

    /** The first identity of a kind, or an empty string. */
    QString identity(IdentityKind kind) const;
    QString email() const { return identity(IdentityKind::Email); }
};

/** Rules: a display name or at least one identity; identities well-formed (emails contain
 *  one '@' with text both sides) and not repeated; timezone a known IANA id if set;
 *  consent date present when marketing consent is given; tags non-empty and unique
 *  (compared by normalizeTag);
 *  fields within sane lengths (names ≤ 512, notes ≤ 1 MiB). */
ValidationErrors validate(const Person& person);

} // namespace rapport::model
