// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Person.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::model {

/** Why two people are probably the same human, strongest first. */
enum class DuplicateReason { SameEmail, SameHandle, SimilarName };

/** Two people that look like one; `first` is the older record (the smaller key). */
struct DuplicatePair
{
    qint64 first = 0;
    qint64 second = 0;
    DuplicateReason reason = DuplicateReason::SameEmail;
    friend bool operator==(const DuplicatePair&, const DuplicatePair&) = default;
};

/**
 * Suggests people to merge:
 * - the same mailbox: emails equal once lower-cased, without a "+tag", and for Gmail without
 *   dots (googlemail.com counts as gmail.com) — every identity holding an address counts;
 * - the same handle on any platforms (GitHub "ana-dev" and X "@ana-dev"), three characters
 *   or more;
 * - similar names at the same company: the names equal once case, accents, punctuation and
 *   word order are set aside, or one edit apart (a typo, a swapped pair of letters).
 *
 * Feed every person with add(), then find(). Holds 64-bit hashes of the emails and handles
 * and the reduced names of people with a company, so a million people fit in ~100 MB.
 */
class DuplicateFinder
{
public:
    void add(qint64 key, const Person& person);
    /** The pairs, strongest reason first, then by key; a pair is listed once, under its
     *  strongest reason. Groups of many people sharing one value give pairs with the oldest
     *  of them only. At most `limit` pairs. */
    QList<DuplicatePair> find(qsizetype limit = 5000) const;

    /** What the two people share for that reason ("ana@example.org", "ana-dev",
     *  "Ana López / ana lopez"), or an empty string if they do not (hash collision). */
    static QString evidence(const Person& a, const Person& b, DuplicateReason reason);

    static QString mailboxKey(QStringView email);
    static QString nameKey(QStringView name);
    static QString companyKey(QStringView company);
    /** Whether two name keys are at most one edit (insert, delete, replace or swap of
     *  neighbours) apart; names of fewer than seven characters must be equal. */
    static bool similarNameKeys(const QString& a, const QString& b);

private:
    struct Named
    {
        std::uint64_t company;
        std::string name; // nameKey, UTF-8
        qint64 key;
    };
    std::vector<std::pair<std::uint64_t, qint64>> m_emails;
    std::vector<std::pair<std::uint64_t, qint64>> m_handles;
    std::vector<Named> m_names;
};

} // namespace rapport::model
