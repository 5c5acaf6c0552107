// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/DuplicateFinder.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <string_view>
#include <tuple>

namespace rapport::model {

namespace {

constexpr size_t kSeed = 0x9e3779b97f4a7c15ULL;
constexpr qsizetype kMinHandleLength = 3;
constexpr qsizetype kMinFuzzyNameLength = 7;

std::uint64_t hashOf(QStringView text)
{
    return std::uint64_t(qHash(text, kSeed));
}

/** Folded, accents dropped (NFKD without combining marks). */
QString plain(QStringView text)
{
    QString s = text.toString().normalized(QString::NormalizationForm_KD);
    s.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return s.toCaseFolded();
}

/** Words of letters and digits only. */
QStringList words(const QString& text)
{
    QStringList result;
    QString word;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            result << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        result << word;
    return result;
}

/** Every identity value that is an email address, as a mailbox key. */
QStringList mailboxes(const Person& person)
{
    QStringList result;
    for (const Identity& identity : person.identities) {
        const QString key = DuplicateFinder::mailboxKey(identity.value);
        if (!key.isEmpty())
            result << key;
    }
    return result;
}

/** Handles (not addresses), normalized for their platform, long enough to mean something. */
QStringList handles(const Person& person)
{
    QStringList result;
    for (const Identity& identity : person.identities) {
        if (identity.kind == IdentityKind::Email || isWellFormedEmail(identity.value.trimmed()))
            continue;
        const QString handle = identity.normalized();
        if (handle.size() >= kMinHandleLength)
            result << handle;
    }
    return result;
}

/** Pairs of people sharing a hash: each with the oldest of its group. */
void pairsOf(std::vector<std::pair<std::uint64_t, qint64>> items, DuplicateReason reason,
             std::vector<DuplicatePair>* out)
{
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    for (std::size_t i = 0; i < items.size();) {
        std::size_t j = i + 1;
        while (j < items.size() && items[j].first == items[i].first)
            ++j;
        for (std::size_t k = i + 1; k < j; ++k)
            out->push_back({items[i].second, items[k].second, reason});
        i = j;
    }
}

/** Optimal string alignment distance, capped: true if a and b are at most one edit apart. */
bool withinOneEdit(const std::u32string& a, const std::u32string& b)
{
    const std::size_t n = a.size(), m = b.size();
    if (n > m + 1 || m > n + 1)
        return false;
    std::size_t i = 0;
    while (i < n && i < m && a[i] == b[i])
        ++i;
    if (i == n || i == m)
        return true; // one is a prefix of the other, differing by at most one character
    if (n == m) {
        // Replace a[i], or swap a[i] and a[i + 1].
        if (a.compare(i + 1, std::u32string::npos, b, i + 1, std::u32string::npos) == 0)
            return true;
        return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
               a.compare(i + 2, std::u32string::npos, b, i + 2, std::u32string::npos) == 0;
    }
    // Delete one character from the longer.
    const std::u32string& longer = n > m ? a : b;
    const std::u32string& shorter = n > m ? b : a;
    return longer.compare(i + 1, std::u32string::npos, shorter, i, std::u32string::npos) == 0;
}

/** Names within one company: equal keys, or one edit apart (symmetric deletion: two names
 *  one edit apart share the key with one character removed, or one holds the other). */
void similarNames(std::vector<const std::pair<qint64, std::u32string>*> group,
                  std::vector<DuplicatePair>* out)
{
    // (hash of the name or of a one-deletion variant, member): hashes, not strings, so a
    // company of thousands costs no allocation per variant; a collision is weeded out below.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> variants;
    std::u32string buffer;
    const std::hash<std::u32string_view> hash;
    for (std::size_t i = 0; i < group.size(); ++i) {
        const std::u32string& name = group[i]->second;
        variants.emplace_back(hash(name), std::uint32_t(i));
        if (name.size() < std::size_t(kMinFuzzyNameLength))
            continue;
        for (std::size_t d = 0; d < name.size(); ++d) {
            buffer.assign(name, 0, d);
            buffer.append(name, d + 1, std::u32string::npos);
            // Not told apart from whole names: a name that equals another's variant is one
            // deletion away from it, which is wanted too.
            variants.emplace_back(hash(buffer), std::uint32_t(i));
        }
    }
    std::sort(variants.begin(), variants.end());
    variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
    QSet<QPair<qint64, qint64>> seen;
    std::vector<std::uint32_t> members;
    for (std::size_t i = 0; i < variants.size();) {
        std::size_t j = i + 1;
        while (j < variants.size() && variants[j].first == variants[i].first)
            ++j;
        if (j - i > 1) {
            members.clear();
            for (std::size_t k = i; k < j; ++k)
                members.push_back(variants[k].second);
            // The oldest person holding the variant with each of the others.
            std::sort(members.begin(), members.end(),
                      [&](std::uint32_t x, std::uint32_t y) { return group[x]->first < group[y]->first; });
            const auto& oldest = *group[members.front()];
            for (std::size_t k = 1; k < members.size(); ++k) {
                const auto& other = *group[members[k]];
                if (oldest.first == other.first)
                    continue;
                const bool equal = oldest.second == other.second;
                const bool fuzzy = !equal && oldest.second.size() >= std::size_t(kMinFuzzyNameLength) &&
                                   other.second.size() >= std::size_t(kMinFuzzyNameLength) &&
                                   withinOneEdit(oldest.second, other.second);
                if ((equal || fuzzy) && !seen.contains({oldest.first, other.first})) {
                    seen.insert({oldest.first, other.first});
                    out->push_back({oldest.first, other.first, DuplicateReason::SimilarName});
                }
            }
        }
        i = j;
    }
}

} // namespace

QString DuplicateFinder::mailboxKey(QStringView email)
{
    const QString address = normalizeEmail(email);
    if (!isWellFormedEmail(address))
        return {};
    const qsizetype at = address.indexOf(u'@');
    QString local = address.left(at);
    QString domain = address.mid(at + 1);
    if (const qsizetype plus = local.indexOf(u'+'); plus >= 0)
        local.truncate(plus);
    if (domain == u"googlemail.com")
        domain = QStringLiteral("gmail.com");
    if (domain == u"gmail.com")
        local.remove(u'.');
    if (local.isEmpty())
        return {};
    return local + u'@' + domain;
}

QString DuplicateFinder::nameKey(QStringView name)
{
    QStringList parts = words(plain(name));
    parts.sort();
    return parts.join(u' ');
}

QString DuplicateFinder::companyKey(QStringView company)
{
    static const QSet<QString> kLegalForms = {
        QStringLiteral("inc"),  QStringLiteral("ltd"),  QStringLiteral("llc"),
        QStringLiteral("gmbh"), QStringLiteral("ag"),   QStringLiteral("sa"),
        QStringLiteral("corp"), QStringLiteral("co"),   QStringLiteral("plc"),
        QStringLiteral("bv"),   QStringLiteral("oy"),   QStringLiteral("ab")};
    QStringList parts = words(plain(company));
    while (parts.size() > 1 && kLegalForms.contains(parts.back()))
        parts.removeLast();
    return parts.join(u' ');
}

bool DuplicateFinder::similarNameKeys(const QString& a, const QString& b)
{
    if (a == b)
        return !a.isEmpty();
    const std::u32string x = a.toStdU32String(), y = b.toStdU32String();
    if (x.size() < std::size_t(kMinFuzzyNameLength) || y.size() < std::size_t(kMinFuzzyNameLength))
        return false;
    return withinOneEdit(x, y);
}

void DuplicateFinder::add(qint64 key, const Person& person)
{
    for (const QString& mailbox : mailboxes(person))
        m_emails.emplace_back(hashOf(mailbox), key);
    for (const QString& handle : handles(person))
        m_handles.emplace_back(hashOf(handle), key);
    const QString company = companyKey(person.company);
    const QString name = nameKey(person.displayName);
    if (!company.isEmpty() && !name.isEmpty())
        m_names.push_back({hashOf(company), name.toStdString(), key});
}

QList<DuplicatePair> DuplicateFinder::find(qsizetype limit) const
{
    std::vector<DuplicatePair> pairs;
    pairsOf(m_emails, DuplicateReason::SameEmail, &pairs);
    pairsOf(m_handles, DuplicateReason::SameHandle, &pairs);

    std::vector<const Named*> named;
    named.reserve(m_names.size());
    for (const Named& n : m_names)
        named.push_back(&n);
    std::sort(named.begin(), named.end(),
              [](const Named* a, const Named* b) { return a->company < b->company; });
    std::vector<std::pair<qint64, std::u32string>> group;
    for (std::size_t i = 0; i < named.size();) {
        std::size_t j = i + 1;
        while (j < named.size() && named[j]->company == named[i]->company)
            ++j;
        if (j - i > 1) {
            group.clear();
            for (std::size_t k = i; k < j; ++k)
                group.emplace_back(named[k]->key,
                                   QString::fromStdString(named[k]->name).toStdU32String());
            std::vector<const std::pair<qint64, std::u32string>*> members;
            for (const auto& member : group)
                members.push_back(&member);
            similarNames(std::move(members), &pairs);
        }
        i = j;
    }

    // Each pair once, under its strongest reason; then by reason and keys.
    for (DuplicatePair& p : pairs) {
        if (p.first > p.second)
            std::swap(p.first, p.second);
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair& a, const DuplicatePair& b) {
        return std::tie(a.first, a.second, a.reason) < std::tie(b.first, b.second, b.reason);
    });
    pairs.erase(std::unique(pairs.begin(), pairs.end(),
                            [](const DuplicatePair& a, const DuplicatePair& b) {
                                return a.first == b.first && a.second == b.second;
                            }),
                pairs.end());
    std::stable_sort(pairs.begin(), pairs.end(), [](const DuplicatePair& a, const DuplicatePair& b) {
        return a.reason < b.reason;
    });
    QList<DuplicatePair> result;
    for (const DuplicatePair& p : pairs) {
        if (result.size() >= limit)
            break;
        result.append(p);
    }
    return result;
}

QString DuplicateFinder::evidence(const Person& a, const Person& b, DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail: {
        const QStringList theirs = mailboxes(b);
        for (const Identity& identity : a.identities) {
            if (theirs.contains(mailboxKey(identity.value)) && !mailboxKey(identity.value).isEmpty())
                return identity.value;
        }
        return {};
    }
    case DuplicateReason::SameHandle: {
        const QStringList theirs = handles(b);
        for (const QString& handle : handles(a)) {
            if (theirs.contains(handle))
                return handle;
        }
        return {};
    }
    case DuplicateReason::SimilarName: {
        if (companyKey(a.company).isEmpty() || companyKey(a.company) != companyKey(b.company) ||
            !similarNameKeys(nameKey(a.displayName), nameKey(b.displayName)))
            return {};
        return a.displayName == b.displayName
                   ? a.displayName
                   : QStringLiteral("%1 / %2").arg(a.displayName, b.displayName);
    }
    }
    return {};
}

} // namespace rapport::model
