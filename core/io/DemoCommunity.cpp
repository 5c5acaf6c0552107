// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/DemoCommunity.h"

#include "core/io/DemoCommunityData.h"
#include "core/io/DemoCommunityPlan.h"
#include "core/model/Activity.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/ProjectSummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace rapport::io {

using namespace demo;
using model::Identity;
using model::IdentityKind;
using model::Person;
using model::Uuid;

bool DemoOptions::fromSize(QStringView size, DemoOptions* options, QString* error)
{
    const QString s = size.trimmed().toString().toLower();
    qint64 people = 0;
    if (s == QLatin1String("small"))
        people = 2'000;
    else if (s == QLatin1String("medium"))
        people = 50'000;
    else if (s == QLatin1String("large"))
        people = 1'000'000;
    else {
        bool ok = false;
        people = s.toLongLong(&ok);
        if (!ok || people < 1 || people > 50'000'000) {
            if (error)
                *error = QCoreApplication::translate("rapport::io::DemoCommunity",
                                                     "Unknown demo size “%1”: use small, medium, large or a number "
                                                     "of people.")
                             .arg(size);
            return false;
        }
    }
    options->people = people;
    return true;
}

DemoCommunity::DemoCommunity(QSqlDatabase db, const model::Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

namespace {

/** Latin letters without accents, for emails and handles ("Müller" → "mueller"). */
QString asciiFold(const QString& text)
{
    QString s = text;
    s.replace(QStringLiteral("ä"), QStringLiteral("ae")).replace(QStringLiteral("ö"), QStringLiteral("oe"));
    s.replace(QStringLiteral("ü"), QStringLiteral("ue")).replace(QStringLiteral("ß"), QStringLiteral("ss"));
    s = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(s.size());
    for (QChar c : std::as_const(s)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            out.append(c.toLower());
    }
    return out;
}

struct NamePart
{
    QString native;
    QString latin;
};

NamePart splitName(const char* entry)
{
    const QString s = QString::fromUtf8(entry);
    const qsizetype bar = s.indexOf(QLatin1Char('|'));
    if (bar < 0)
        return {s, s};
    return {s.left(bar), s.mid(bar + 1)};
}

/** Makes handles unique the way people do: a number after a taken name. */
class HandleBook
{
public:
    QString unique(const QString& base)
    {
        int& n = m_counts[base];
        ++n;
        return n == 1 ? base : base + QString::number(n + (n > 9 ? 7 : 0));
    }
    QString uniqueEmail(const QString& local, const QString& domain)
    {
        int& n = m_counts[local + QLatin1Char('@') + domain];
        ++n;
        return (n == 1 ? local : local + QString::number(n)) + QLatin1Char('@') + domain;
    }

private:
    QHash<QString, int> m_counts;
};

} // namespace

/** Everything one generation run needs; lives for one generate() call. */
class DemoBuilder
{
public:
    DemoBuilder(QSqlDatabase db, const model::Clock& clock, const DemoOptions& options)
        : m_db(std::move(db)), m_clock(clock), m_options(options), m_rng(options.seed), m_repo(m_db, clock),
          m_plan(options.endDate.isValid() ? options.endDate : clock.now().date(), options.people)
    {
    }

    bool run(DemoReport* report, QString* error);

private:
    Uuid nextId(qint64 ms) { return makeId(m_rng, ms); }
    model::RecordMeta meta(qint64 ms)
    {
        model::RecordMeta m;
        m.id = nextId(ms);
        m.createdAt = m.updatedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        m.rowVersion = 1;
        return m;
    }
    bool fail(QString* error, const QString& what, const QString& detail)
    {
        if (error)
            *error = QCoreApplication::translate("rapport::io::DemoCommunity",
                                                 "Could not generate the demo community (%1): %2")
                         .arg(what, detail);
        return false;
    }
    Person makePerson(qint64 index, PersonTraits* traits);
    bool writePeople(QString* error);
    /** Reports share to the options' progress; true (with *error) when it says to stop. */
    bool cancelled(double share, QString* error) const
    {
        if (!m_options.progress || m_options.progress(share))
            return false;
        m_cancelled = true;
        if (error)
            *error = cancelledText();
        return true;
    }
    static QString cancelledText()
    {
        return QCoreApplication::translate("rapport::io::DemoCommunity",
                                           "Generating the demo community was cancelled.");
    }

    QSqlDatabase m_db;
    const model::Clock& m_clock;
    DemoOptions m_options;
    Rng m_rng;
    storage::ProjectRepository m_repo;
    DemoPlan m_plan;
    HandleBook m_emails, m_github, m_x, m_discord;
    std::vector<PersonTraits> m_traits;
    std::vector<Uuid> m_personIds;
    std::vector<storage::RowKey> m_personKeys;
    mutable bool m_cancelled = false;
};

Person DemoBuilder::makePerson(qint64 index, PersonTraits* traits)
{
    const auto allCultures = cultures();
    int total = 0;
    for (const Culture& c : allCultures)
        total += c.weight;
    int pick = m_rng.below(total);
    int cultureIndex = 0;
    while (pick >= allCultures[cultureIndex].weight) {
        pick -= allCultures[cultureIndex].weight;
        ++cultureIndex;
    }
    const Culture& culture = allCultures[cultureIndex];
    const int placeIndex = m_rng.below(int(culture.places.size()));
    const Place& place = culture.places[placeIndex];
    const NamePart given = splitName(culture.given[m_rng.below(int(culture.given.size()))]);
    const NamePart family = splitName(culture.family[m_rng.below(int(culture.family.size()))]);

    Person p;
    const qint64 createdMs = m_plan.peopleCreatedMs(index);
    p.meta = meta(createdMs);
    if (m_rng.chance(culture.nativeShare)) {
        const QString sep = culture.spaceBetween ? QStringLiteral(" ") : QString();
        p.displayName = culture.familyFirst ? family.native + sep + given.native : given.native + sep + family.native;
    } else {
        p.displayName = given.latin + QLatin1Char(' ') + family.latin;
    }
    const QString g = asciiFold(given.latin), f = asciiFold(family.latin);

    int roleTotal = 0;
    for (const Role& r : roles())
        roleTotal += r.weight;
    int rolePick = m_rng.below(roleTotal);
    int roleIndex = 0;
    while (rolePick >= roles()[roleIndex].weight) {
        rolePick -= roles()[roleIndex].weight;
        ++roleIndex;
    }
    p.role = QString::fromUtf8(roles()[roleIndex].name);
    const bool student = p.role == QLatin1String("student");
    p.internal = m_rng.chance(0.005);
    if (p.internal)
        p.company = QString::fromUtf8(companies()[0]);
    else if (student)
        p.company = QString::fromUtf8(universities()[m_rng.below(int(universities().size()))]);
    else if (!m_rng.chance(0.12))
        p.company = QString::fromUtf8(companies()[1 + m_rng.below(int(companies().size()) - 1)]);
    p.country = QString::fromLatin1(place.country);
    p.timezone = QString::fromLatin1(place.timezone);

    // Email: a work address for some, a personal one for most.
    static const QStringList forms = {QStringLiteral("%1.%2"), QStringLiteral("%1%2"), QStringLiteral("%1_%2"),
                                      QStringLiteral("%2.%1")};
    QString local = forms[m_rng.below(int(forms.size()))].arg(g, f);
    if (m_rng.chance(0.2))
        local = g.left(1) + f;
    QString domain;
    const QString companySlug = asciiFold(p.company);
    if (!p.company.isEmpty() && !student && companySlug.size() >= 4 && m_rng.chance(0.35))
        domain = companySlug + QStringLiteral(".com");
    else
        domain = QString::fromLatin1(culture.mailDomains[m_rng.below(int(culture.mailDomains.size()))]);
    p.identities.append({IdentityKind::Email, m_emails.uniqueEmail(local, domain)});
    if (m_rng.chance(0.6)) {
        static const QStringList gh = {QStringLiteral("%1%2"), QStringLiteral("%1-%2"), QStringLiteral("%2%1"), QStringLiteral("%1%2dev")};
        p.identities.append({IdentityKind::GitHub, m_github.unique(gh[m_rng.below(int(gh.size()))].arg(g, f))});
    }
    if (m_rng.chance(0.3))
        p.identities.append({IdentityKind::X, QStringLiteral("@") + m_x.unique(QStringLiteral("%1_%2").arg(g, f.left(6)))});
    if (m_rng.chance(0.35))
        p.identities.append({IdentityKind::Discord, m_discord.unique(QStringLiteral("%1.%2").arg(g, f))});
    if (m_rng.chance(0.12))
        p.identities.append({IdentityKind::LinkedIn, QStringLiteral("https://www.linkedin.com/in/%1-%2-%3")
                                                         .arg(g, f, QString::number(index, 36))});
    if (culture.wechat && m_rng.chance(0.5))
        p.identities.append({IdentityKind::WeChat, QStringLiteral("wxid_%1").arg(QString::number(index * 7919 + 104729, 36))});

    const int tagCount = m_rng.below(4);
    for (int i = 0; i < tagCount; ++i) {
        const QString tag = QString::fromUtf8(tags()[m_rng.below(int(tags().size()))]);
        if (!p.tags.contains(tag))
            p.tags.append(tag);
    }
    p.source = QString::fromUtf8(sources()[m_rng.below(int(sources().size()))]);
    const double consent = m_rng.uniform();
    if (consent < 0.55)
        p.consent = {true, m_plan.dayDate(m_plan.startDay() - m_rng.below(700))};
    else if (consent < 0.65)
        p.consent = {false, m_plan.dayDate(m_plan.startDay() - m_rng.below(300))};
    if (m_rng.chance(0.03)) {
        static const QStringList notes = {QStringLiteral("Met at the %1 meetup; interested in speaking."),
                                          QStringLiteral("Prefers to be contacted in the evening (%1 time)."),
                                          QStringLiteral("Runs a study group in %1."),
                                          QStringLiteral("Asked about the ambassador program in %1.")};
        p.notes = notes[m_rng.below(int(notes.size()))].arg(QString::fromUtf8(place.city));
    }
    const int joinedDay = m_plan.startDay() - int(std::pow(m_rng.uniform(), 1.8) * 1100) + m_rng.below(300);
    p.joined = m_plan.dayDate(std::min(joinedDay, m_plan.endDay()));

    traits->propensity = float(std::exp(m_rng.normal() - 0.5));
    traits->culture = std::uint8_t(cultureIndex);
    traits->place = std::uint8_t(placeIndex);
    traits->role = std::uint8_t(roleIndex);
    traits->joinedDay = std::min(joinedDay, m_plan.endDay());
    traits->wechat = culture.wechat;
    return p;
}

bool DemoBuilder::writePeople(QString* error)
{
    QString bulkError;
    auto bulk = m_repo.people().bulkInsert(&bulkError);
    if (!bulk)
        return fail(error, QCoreApplication::translate("rapport::io::DemoCommunity", "people"),
                    bulkError);
    bulk->setValidate(false); // generated to be valid; the small demo test validates them
    const qint64 n = m_options.people;
    m_traits.resize(std::size_t(n));
    m_personIds.reserve(std::size_t(n));
    m_personKeys.reserve(std::size_t(n));
    for (qint64 i = 0; i < n; ++i) {
        // People are about 45 % of the work, their activities most of the rest.
        if (i % 1024 == 0 && cancelled(0.45 * double(i) / double(n), error))
            return false;
        Person p = makePerson(i, &m_traits[std::size_t(i)]);
        const auto r = bulk->add(p);
        if (!r)
            return fail(error, QCoreApplication::translate("rapport::io::DemoCommunity", "people"),
                        r.message);
        m_personIds.push_back(p.meta.id);
        m_personKeys.push_back(r.key);
    }
    bulk->finish();
    return true;
}

bool DemoBuilder::run(DemoReport* report, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    if (m_repo.people().count() + m_repo.people().countMerged() > 0)
        return fail(
            error, QCoreApplication::translate("rapport::io::DemoCommunity", "project"),
            QCoreApplication::translate("rapport::io::DemoCommunity",
                                        "the project already has people; use a new project."));

    if (!m_plan.writeCalendar(m_repo, m_rng, error))
        return false;
    if (!writePeople(error))
        return false;
    ActivityWriter activities(m_db, m_repo, m_rng, m_plan, m_traits, m_personKeys, m_personIds);
    if (m_options.progress)
        activities.progress = [this](double share) { return !cancelled(0.45 + 0.5 * share, nullptr); };
    if (!activities.run(m_options.activitiesPerPerson, error)) {
        if (m_cancelled && error)
            *error = cancelledText();
        return false;
    }
    if (cancelled(1.0, error))
        return false;

    storage::ProjectSummary summary;
    storage::ProjectSummary::compute(m_db, &summary);
    if (report) {
        report->people = summary.people;
        report->identities = summary.identities;
        report->activities = summary.activities;
        report->campaigns = summary.campaigns;
        report->moments = summary.moments;
        report->audiences = summary.audiences;
        report->channels = summary.channels;
        report->content = summary.content;
        report->series = summary.series;
        report->surveys = summary.surveys;
        report->responses = summary.responses;
        report->rewards = summary.rewards;
        report->goals = summary.goals;
        report->seconds = double(timer.nsecsElapsed()) / 1e9;
    }
    return true;
}

bool DemoCommunity::generate(const DemoOptions& options, DemoReport* report, QString* error)
{
    if (options.people < 1) {
        if (error)
            *error = QCoreApplication::translate("rapport::io::DemoCommunity",
                                                 "A demo community needs at least one person.");
        return false;
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size"));
    const qint64 cacheSize = q.next() ? q.value(0).toLongLong() : -2000;
    q.finish();
    // A big page cache keeps the identity indexes' random inserts in memory during the run.
    q.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    if (!q.exec(QStringLiteral("SAVEPOINT demo_community"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    bool ok;
    {
        DemoBuilder builder(m_db, m_clock, options);
        ok = builder.run(report, error);
    }
    if (ok) {
        ok = q.exec(QStringLiteral("RELEASE demo_community"));
        if (!ok && error)
            *error = q.lastError().text();
    }
    if (!ok) {
        q.exec(QStringLiteral("ROLLBACK TO demo_community"));
        q.exec(QStringLiteral("RELEASE demo_community"));
    }
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    return ok;
}

} // namespace rapport::io
