// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/DemoCommunityPlan.h"

#include "core/io/DemoCommunityData.h"

#include <QCoreApplication>

namespace rapport::io::demo {

using namespace model;

Uuid makeId(Rng& rng, std::int64_t ms)
{
    std::array<std::uint8_t, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[std::size_t(i)] = std::uint8_t(std::uint64_t(ms) >> (8 * (5 - i)));
    const std::uint64_t r1 = rng.next(), r2 = rng.next();
    for (int i = 6; i < 16; ++i)
        b[std::size_t(i)] = std::uint8_t((i < 11 ? r1 : r2) >> (8 * (i % 8)));
    b[6] = std::uint8_t(0x70 | (b[6] & 0x0f));
    b[8] = std::uint8_t(0x80 | (b[8] & 0x3f));
    return Uuid(b);
}

namespace {

bool failed(QString* error, const QString& what, const storage::StoreResult& r)
{
    if (error)
        *error = QCoreApplication::translate("rapport::io::DemoCommunity",
                                             "Could not generate the demo community (%1): %2")
                     .arg(what, r.message);
    return false;
}

struct ChannelDef
{
    const char* name;
    const char* kind;
    const char* url;
    double sizePerPerson; // audience size at the end, per community member
};
constexpr ChannelDef kChannels[] = {
    {"Developer blog", "blog", "https://blog.example.dev", 0.6},
    {"Newsletter", "newsletter", "https://example.dev/newsletter", 0.45},
    {"X (@exampledev)", "x", "https://x.com/exampledev", 0.9},
    {"Discord server", "discord", "https://discord.gg/exampledev", 0.35},
    {"YouTube channel", "youtube", "https://www.youtube.com/@exampledev", 0.5},
    {"WeChat official account", "wechat", "https://mp.weixin.qq.com/exampledev", 0.15},
    {"Community forum", "forum", "https://forum.example.dev", 0.25},
    {"Meetup groups", "meetup", "https://www.meetup.com/exampledev", 0.2},
    {"LinkedIn page", "linkedin", "https://www.linkedin.com/company/exampledev", 0.4},
    {"GitHub organisation", "github", "https://github.com/exampledev", 0.8},
};

} // namespace

DemoPlan::DemoPlan(const QDate& endDate, std::int64_t people)
    : m_endDay(int(endDate.toJulianDay())), m_people(people), m_nowMs(daySeconds(m_endDay) * 1000 + 17 * 3600 * 1000)
{
}

std::int64_t DemoPlan::peopleCreatedMs(std::int64_t index) const
{
    // Spread over the year so ids sort like the people were added.
    const std::int64_t span = std::int64_t(300) * 86400 * 1000;
    return m_nowMs - span + span * index / std::max<std::int64_t>(1, m_people);
}

RecordMeta DemoPlan::meta(Rng& rng, std::int64_t ms) const
{
    RecordMeta m;
    m.id = makeId(rng, ms);
    m.createdAt = m.updatedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    m.rowVersion = 1;
    return m;
}

storage::RowKey DemoPlan::channel(const char* name) const
{
    for (const auto& [n, key] : m_channels) {
        if (n == QLatin1String(name))
            return key;
    }
    return 0;
}

Uuid DemoPlan::audience(const char* name) const
{
    for (const auto& [n, id] : m_audiences) {
        if (n == QLatin1String(name))
            return id;
    }
    return {};
}

bool DemoPlan::writeCalendar(storage::ProjectRepository& repo, Rng& rng, QString* error)
{
    const std::int64_t createdMs = daySeconds(startDay() - 30) * 1000;
    for (const ChannelDef& def : kChannels) {
        Channel c;
        c.meta = meta(rng, createdMs);
        c.name = QString::fromUtf8(def.name);
        c.kind = QString::fromLatin1(def.kind);
        c.url = QUrl(QString::fromLatin1(def.url));
        if (auto r = repo.channels().create(c); !r)
            return failed(error,
                          QCoreApplication::translate("rapport::io::DemoCommunity", "channels"), r);
        m_channels.append({c.name, repo.channels().keyOf(c.meta.id)});
    }

    // Calendar moments: four releases, two hiring peaks, two promotion seasons.
    const int s = startDay();
    struct MomentDef
    {
        const char* name;
        CalendarMoment::Kind kind;
        int from, to; // days after start
    };
    const int year = dayDate(s + 150).year();
    const MomentDef moments[] = {
        {"v5.0 release", CalendarMoment::Kind::Release, 40, 42},
        {"v5.1 release", CalendarMoment::Kind::Release, 130, 131},
        {"v5.2 release", CalendarMoment::Kind::Release, 220, 221},
        {"v6.0 release", CalendarMoment::Kind::Release, 320, 323},
        {"Spring hiring peak", CalendarMoment::Kind::HiringPeak, 20, 80},
        {"Autumn hiring peak", CalendarMoment::Kind::HiringPeak, 200, 250},
        {"Hacktoberfest-style promotion season", CalendarMoment::Kind::PromotionSeason, 180, 210},
        {"Year-end promotion cycle", CalendarMoment::Kind::PromotionSeason, 270, 300},
    };
    QList<Uuid> momentIds;
    for (const MomentDef& def : moments) {
        CalendarMoment m;
        m.meta = meta(rng, createdMs);
        m.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(def.name)).arg(year);
        m.kind = def.kind;
        m.starts = dayDate(s + def.from);
        m.ends = dayDate(s + def.to);
        if (auto r = repo.campaigns().create(m); !r)
            return failed(
                error,
                QCoreApplication::translate("rapport::io::DemoCommunity", "calendar moments"), r);
        momentIds << m.meta.id;
    }

    // Audiences: rules over attributes and behaviour, and two static lists filled later.
    auto attribute = [](const char* field, AudienceCondition::Op op, const char* value) {
        AudienceCondition c;
        c.kind = AudienceCondition::Kind::Attribute;
        c.field = QString::fromLatin1(field);
        c.op = op;
        c.value = QString::fromLatin1(value);
        return c;
    };
    AudienceCondition regular;
    regular.kind = AudienceCondition::Kind::Behaviour;
    regular.activityType = QStringLiteral("attended");
    regular.op = AudienceCondition::Op::AtLeast;
    regular.minCount = 2;
    regular.withinDays = 180;
    AudienceCondition advocate;
    advocate.kind = AudienceCondition::Kind::Level;
    advocate.op = AudienceCondition::Op::AtLeast;
    advocate.value = QStringLiteral("Advocate");
    AudienceCondition promoter;
    promoter.kind = AudienceCondition::Kind::NpsCategory;
    promoter.value = QStringLiteral("promoter");
    struct AudienceDef
    {
        const char* name;
        const char* description;
        QList<AudienceCondition> conditions; // empty = static
        AudienceRule::Match match = AudienceRule::Match::All;
    };
    const QList<AudienceDef> audiences = {
        {"Backend developers", "Everyone whose role is backend or full-stack",
         {attribute("role", AudienceCondition::Op::In, "backend;fullstack")}, AudienceRule::Match::All},
        {"APAC developers", "People in Asia-Pacific",
         {attribute("country", AudienceCondition::Op::In, "CN;JP;KR;IN;SG;TW;AU")}, AudienceRule::Match::All},
        {"Regular attendees", "Came to two events in the last six months", {regular}, AudienceRule::Match::All},
        {"Advocates", "Engagement level Advocate", {advocate}, AudienceRule::Match::All},
        {"Promoters and advocates", "Gave 9–10 on NPS, or are advocates", {promoter, advocate}, AudienceRule::Match::Any},
        {"Students", "Students and student clubs",
         {attribute("role", AudienceCondition::Op::Equals, "student"), attribute("tag", AudienceCondition::Op::Equals, "student-club")},
         AudienceRule::Match::Any},
        {"Ambassadors", "Members of the ambassador program", {}, AudienceRule::Match::All},
        {"Speakers", "Spoke at one of our events this year", {}, AudienceRule::Match::All},
    };
    for (const AudienceDef& def : audiences) {
        Audience a;
        a.meta = meta(rng, createdMs);
        a.name = QString::fromUtf8(def.name);
        a.description = QString::fromUtf8(def.description);
        a.kind = def.conditions.isEmpty() ? Audience::Kind::Static : Audience::Kind::Rule;
        a.rule.match = def.match;
        a.rule.conditions = def.conditions;
        if (auto r = repo.audiences().create(a); !r)
            return failed(
                error, QCoreApplication::translate("rapport::io::DemoCommunity", "audiences"), r);
        m_audiences.append({a.name, a.meta.id});
    }

    // Campaigns through the year; the last weeks are still ahead (planned, no activity yet).
    struct CampaignDef
    {
        CampaignKind kind;
        QString name;
        int day, length;
        double invite;
        qint64 budgetDollars;
        int moment = -1;
        QList<const char*> channels;
        QList<const char*> audiences;
    };
    QList<CampaignDef> defs;
    const auto allCultures = cultures();
    struct Local
    {
        int culture, place;
    };
    // Meetups rotate through cities.
    const Local locals[] = {{3, 0}, {1, 0}, {2, 0}, {0, 1}, {5, 0}, {6, 0}, {0, 4}, {7, 0}, {8, 0}, {4, 2}, {1, 2}, {9, 2}};
    int meetupNumber = 1;
    for (int i = 0; i < 12; ++i) {
        const Place& place = allCultures[std::size_t(locals[i].culture)].places[std::size_t(locals[i].place)];
        defs.append({CampaignKind::Meetup,
                     QStringLiteral("%1 Developer Meetup #%2").arg(QString::fromUtf8(place.city)).arg(meetupNumber++),
                     10 + i * 29, 1, 0.0, 800 + 100 * (i % 6), -1, {"Meetup groups", "Discord server"}, {"Backend developers"}});
    }
    defs.append({CampaignKind::Conference, QStringLiteral("DevCon %1").arg(year), 150, 2, 0.28, 120'000, 4,
                 {"X (@exampledev)", "LinkedIn page", "Newsletter", "Developer blog"}, {"Regular attendees", "Advocates"}});
    defs.append({CampaignKind::Conference, QStringLiteral("DevCon Asia %1").arg(year), 262, 2, 0.05, 90'000, 5,
                 {"X (@exampledev)", "WeChat official account", "Newsletter"}, {"APAC developers"}});
    defs.append({CampaignKind::Hackathon, QStringLiteral("Spring Hackathon"), 95, 2, 0.12, 20'000, -1,
                 {"Discord server", "X (@exampledev)"}, {"Students"}});
    defs.append({CampaignKind::Hackathon, QStringLiteral("Open Source Sprint"), 185, 3, 0.15, 15'000, 6,
                 {"GitHub organisation", "Discord server"}, {"Students", "Backend developers"}});
    const auto topics = contentTopics();
    for (int i = 0; i < 3; ++i)
        defs.append({CampaignKind::Event, QStringLiteral("Webinar: %1").arg(QString::fromUtf8(topics[std::size_t(i * 3)])),
                     60 + i * 90, 1, 0.22, 900, -1, {"YouTube channel", "Newsletter"}, {}});
    defs.append({CampaignKind::Launch, QStringLiteral("v5.0 launch"), 40, 14, 0.45, 25'000, 0,
                 {"Newsletter", "Developer blog", "X (@exampledev)"}, {}});
    defs.append({CampaignKind::Launch, QStringLiteral("v6.0 launch"), 320, 14, 0.45, 30'000, 3,
                 {"Newsletter", "Developer blog", "X (@exampledev)"}, {}});
    defs.append({CampaignKind::ContentSeries, QStringLiteral("Rust in production series"), 30, 200, 0, 6'000, -1,
                 {"Developer blog", "YouTube channel"}, {"Backend developers"}});
    defs.append({CampaignKind::ContentSeries, QStringLiteral("Cloud cost clinic"), 120, 150, 0, 4'000, -1,
                 {"Developer blog", "WeChat official account"}, {}});
    defs.append({CampaignKind::AmbassadorProgram, QStringLiteral("Ambassador program %1").arg(year), 0, 330, 0, 45'000, -1,
                 {"Discord server"}, {"Advocates", "Ambassadors"}});
    defs.append({CampaignKind::Other, QStringLiteral("Hiring fair booth"), 215, 2, 0.015, 3'000, 5,
                 {"LinkedIn page"}, {}});

    for (qsizetype i = 0; i < defs.size(); ++i) {
        const CampaignDef& def = defs[i];
        CampaignSpec spec;
        spec.kind = def.kind;
        spec.startDay = s + def.day;
        spec.endDay = spec.startDay + def.length - 1;
        spec.invite = def.invite;
        if (def.kind == CampaignKind::Meetup) {
            spec.localCulture = locals[i].culture;
            spec.localPlace = locals[i].place;
            spec.spoke = 0.08;
        }
        spec.apac = def.name.startsWith(QLatin1String("DevCon Asia"));
        spec.ambassador = def.kind == CampaignKind::AmbassadorProgram;
        if (def.kind == CampaignKind::Hackathon) {
            spec.attended = 0.7;
            spec.contributed = 0.6;
            spec.spoke = 0.05;
        } else if (def.kind == CampaignKind::Launch) {
            spec.registered = 0.2;
            spec.attended = 0.5;
            spec.responded = 0.2;
            spec.contributed = 0.05;
            spec.spoke = 0;
            spec.shared = 0.12;
        } else if (def.kind == CampaignKind::Event) {
            spec.attended = 0.45;
            spec.spoke = 0;
        } else if (def.kind == CampaignKind::Other) {
            spec.registered = 1.0;
            spec.attended = 1.0;
            spec.responded = 0.1;
            spec.spoke = 0;
        } else if (def.kind == CampaignKind::AmbassadorProgram) {
            spec.registered = 0.5;
            spec.attended = 0.8;
            spec.responded = 0.6;
            spec.spoke = 0.3;
        }
        if (spec.endDay < m_endDay)
            spec.status = CampaignStatus::Done;
        else if (spec.startDay <= m_endDay)
            spec.status = CampaignStatus::Active;
        else
            spec.status = CampaignStatus::Planned;
        if (def.kind == CampaignKind::Meetup && i == 9)
            spec.status = CampaignStatus::Cancelled; // a venue fell through

        Campaign c;
        c.meta = meta(rng, daySeconds(spec.startDay - 45) * 1000);
        c.kind = def.kind;
        c.name = def.name;
        static const char* owners[] = {"Priya Raman", "Lukas Becker", "陈静", "Sofía Díaz", "Kenji Sato"};
        c.owner = QString::fromUtf8(owners[i % 5]);
        c.status = spec.status;
        c.starts = dayDate(spec.startDay);
        c.ends = dayDate(spec.endDay);
        for (const char* name : def.audiences)
            c.targetAudiences << audience(name);
        for (const char* name : def.channels)
            c.channels << Uuid(repo.channels().idOf(channel(name)));
        c.budget = {def.budgetDollars * 100, QStringLiteral("USD")};
        const double spent = spec.status == CampaignStatus::Done ? 0.8 + 0.3 * rng.uniform()
            : spec.status == CampaignStatus::Active              ? 0.4 * rng.uniform()
                                                                 : 0.0;
        c.cost = {qint64(double(c.budget.minorUnits) * spent), QStringLiteral("USD")};
        if (def.moment >= 0)
            c.moment = momentIds[def.moment];
        if (spec.status == CampaignStatus::Cancelled)
            c.notes = QStringLiteral("Cancelled: the venue fell through.");
        // Goals: what success means for this kind of campaign.
        const double reach = double(m_people) * std::max(def.invite, 0.01);
        auto goal = [&](const char* metric, double target) {
            Goal g;
            g.meta = meta(rng, c.meta.createdAt.toMSecsSinceEpoch());
            g.metric = QString::fromLatin1(metric);
            g.target = target;
            g.periodStart = c.starts;
            g.periodEnd = c.ends.addDays(30);
            return g;
        };
        switch (def.kind) {
        case CampaignKind::ContentSeries:
            c.goals << goal("reach", std::round(double(m_people) * 2.0));
            break;
        case CampaignKind::AmbassadorProgram:
            c.goals << goal("advocates", std::max(10.0, std::round(double(m_people) * 0.002)));
            break;
        case CampaignKind::Launch:
            c.goals << goal("registered", std::round(reach * 0.2));
            break;
        default:
            c.goals << goal("attended", std::max(10.0, std::round(reach * 0.2)));
            if (def.kind == CampaignKind::Conference || def.kind == CampaignKind::Hackathon)
                c.goals << goal("nps", 40);
        }
        if (auto r = repo.campaigns().create(c); !r)
            return failed(
                error, QCoreApplication::translate("rapport::io::DemoCommunity", "campaigns"), r);
        spec.key = repo.campaigns().keyOf(c.meta.id);
        spec.id = c.meta.id;
        spec.channel = def.channels.isEmpty() ? 0 : channel(def.channels.first());
        m_campaigns.push_back(spec);
    }
    // Project-wide goals.
    for (const auto& [metric, target] : {std::pair<const char*, double>{"advocates", double(std::max<std::int64_t>(10, m_people / 50))},
                                         std::pair<const char*, double>{"nps", 35}}) {
        Goal g;
        g.meta = meta(rng, createdMs);
        g.metric = QString::fromLatin1(metric);
        g.target = target;
        g.periodStart = dayDate(s);
        g.periodEnd = dayDate(s + 364);
        if (auto r = repo.campaigns().create(g); !r)
            return failed(error, QCoreApplication::translate("rapport::io::DemoCommunity", "goals"),
                          r);
    }

    // A survey for every campaign people attend.
    for (CampaignSpec& spec : m_campaigns) {
        if (spec.kind == CampaignKind::ContentSeries || spec.status == CampaignStatus::Planned
            || spec.status == CampaignStatus::Cancelled)
            continue;
        Survey survey;
        survey.meta = meta(rng, daySeconds(spec.startDay - 7) * 1000);
        survey.name = QStringLiteral("Feedback: %1").arg(repo.campaigns().get(spec.id)->name);
        survey.campaign = spec.id;
        spec.likertPoints = spec.kind == CampaignKind::Conference ? 7 : 5;
        // Questions and options are demo data, like campaign names: not translated.
        spec.singleOptions = {QStringLiteral("Newsletter"), QStringLiteral("A friend or colleague"),
                              QStringLiteral("Social media"), QStringLiteral("Meetup.com"),
                              QStringLiteral("Search")};
        spec.multiOptions = {QStringLiteral("Talks"),      QStringLiteral("Hands-on workshops"),
                             QStringLiteral("Networking"), QStringLiteral("Food and drinks"),
                             QStringLiteral("Swag"),       QStringLiteral("Job opportunities")};
        auto question = [&](QuestionKind kind, const QString& text, QStringList options, bool required) {
            Question q;
            q.id = makeId(rng, survey.meta.createdAt.toMSecsSinceEpoch());
            q.kind = kind;
            q.text = text;
            q.options = std::move(options);
            q.scalePoints = kind == QuestionKind::Likert ? spec.likertPoints : 5;
            q.required = required;
            return q;
        };
        survey.questions = {
            question(QuestionKind::Nps,
                     QStringLiteral("How likely are you to recommend us to a friend or colleague?"),
                     {}, true),
            question(QuestionKind::Csat, QStringLiteral("How satisfied were you overall?"), {},
                     false),
            question(QuestionKind::Likert, QStringLiteral("The content was relevant to my work."),
                     {}, false),
            question(QuestionKind::SingleChoice, QStringLiteral("How did you hear about it?"),
                     spec.singleOptions, false),
            question(QuestionKind::MultiChoice, QStringLiteral("What did you value most?"),
                     spec.multiOptions, false),
            question(QuestionKind::Text, QStringLiteral("What should we improve?"), {}, false),
        };
        if (auto r = repo.surveys().create(survey); !r)
            return failed(error,
                          QCoreApplication::translate("rapport::io::DemoCommunity", "surveys"), r);
        spec.surveyKey = repo.surveys().keyOf(survey.meta.id);
    }
    return true;
}

bool DemoPlan::writeContent(storage::ProjectRepository& repo, Rng& rng, const std::vector<PersonTraits>& traits,
                            const std::vector<Uuid>& ids, QString* error)
{
    // Authors: the most engaged people, found in order.
    std::vector<std::int64_t> authors;
    for (std::size_t i = 0; i < traits.size() && authors.size() < 200; ++i) {
        if (traits[i].propensity > 3.0f)
            authors.push_back(std::int64_t(i));
    }
    if (authors.empty())
        authors.push_back(0);
    const QStringList seriesNames = {QStringLiteral("Rust in production"), QStringLiteral("Cloud cost clinic"),
                                     QStringLiteral("Zero to Kubernetes"), QStringLiteral("Data engineering diaries"),
                                     QStringLiteral("Offline-first mobile")};
    QList<Uuid> seriesIds;
    for (const QString& name : seriesNames) {
        Series s;
        s.meta = meta(rng, daySeconds(startDay()) * 1000);
        s.name = name;
        s.description = QStringLiteral("A running series: each part builds on the one before.");
        if (auto r = repo.content().create(s); !r)
            return failed(error,
                          QCoreApplication::translate("rapport::io::DemoCommunity", "series"), r);
        seriesIds << s.meta.id;
    }
    const auto topics = contentTopics();
    const std::int64_t count = std::clamp<std::int64_t>(m_people / 400, 30, 400);
    QList<Uuid> lastInSeries(seriesIds.size());
    QList<int> partInSeries(seriesIds.size(), 0);
    const char* kindChannels[][3] = {
        {"Developer blog", "X (@exampledev)", "LinkedIn page"},       // article
        {"YouTube channel", "X (@exampledev)", "WeChat official account"}, // video
        {"YouTube channel", "Developer blog", nullptr},               // talk
        {"Developer blog", "Community forum", "WeChat official account"}, // tutorial
        {"Developer blog", nullptr, nullptr},                         // podcast
        {"Newsletter", nullptr, nullptr},                             // newsletter
    };
    const ContentKind kinds[] = {ContentKind::Article, ContentKind::Video, ContentKind::Talk,
                                 ContentKind::Tutorial, ContentKind::Podcast, ContentKind::Newsletter};
    const int kindWeights[] = {45, 20, 12, 13, 5, 5};
    for (std::int64_t i = 0; i < count; ++i) {
        Content c;
        const int day = startDay() + int(std::int64_t(300) * i / count) + rng.below(5);
        c.meta = meta(rng, daySeconds(day - 3) * 1000);
        int pick = rng.below(100), k = 0;
        while (pick >= kindWeights[k]) {
            pick -= kindWeights[k];
            ++k;
        }
        c.kind = kinds[k];
        const QString topic = QString::fromUtf8(topics[std::size_t(rng.below(int(topics.size())))]);
        const int series = rng.chance(0.6) ? rng.below(int(seriesIds.size())) : -1;
        if (series >= 0) {
            c.series = seriesIds[series];
            c.title = QStringLiteral("%1, part %2: %3").arg(seriesNames[series]).arg(++partInSeries[series]).arg(topic);
            if (!lastInSeries[series].isNull())
                c.links << ContentLink{lastInSeries[series], QStringLiteral("previous")};
        } else {
            static const QStringList forms = {QStringLiteral("How we do %1"), QStringLiteral("%1: lessons learned"),
                                              QStringLiteral("A practical guide to %1"), QStringLiteral("Ask me anything: %1")};
            c.title = forms[rng.below(int(forms.size()))].arg(topic) + QStringLiteral(" (#%1)").arg(i + 1);
        }
        if (!m_content.empty() && rng.chance(0.3)) {
            const Uuid related = m_content[std::size_t(rng.below64(std::int64_t(m_content.size())))].id;
            if (!c.links.contains(ContentLink{related, QStringLiteral("previous")}))
                c.links << ContentLink{related, QStringLiteral("related")};
        }
        const std::int64_t author = authors[std::size_t(rng.below64(std::int64_t(authors.size())))];
        c.authors << ids[std::size_t(author)];
        std::int64_t secondAuthor = -1;
        if (rng.chance(0.2)) {
            const std::int64_t second = authors[std::size_t(rng.below64(std::int64_t(authors.size())))];
            if (second != author) {
                c.authors << ids[std::size_t(second)];
                secondAuthor = second;
            }
        }
        c.published = dayDate(day);
        const double potential = std::exp(rng.normal() * 0.9) * double(std::max<std::int64_t>(m_people, 1000)) * 0.3;
        for (int d = 0; d < 3 && kindChannels[k][d]; ++d) {
            if (d > 0 && !rng.chance(0.6))
                continue;
            Distribution dist;
            dist.channel = Uuid(repo.channels().idOf(channel(kindChannels[k][d])));
            dist.url = QUrl(QStringLiteral("https://example.dev/%1/%2").arg(QString::fromLatin1(kindChannels[k][d]).left(4).toLower()).arg(i + 1));
            dist.publishedAt = QDateTime::fromSecsSinceEpoch(daySeconds(day) + 9 * 3600 + d * 5400, Qt::UTC);
            const double share = d == 0 ? 1.0 : 0.3;
            for (int week = 1; week <= 8 && day + 7 * week <= m_endDay; ++week) {
                const double f = potential * share * (1.0 - std::pow(0.6, week));
                MetricSnapshot snap;
                snap.at = dist.publishedAt.addDays(7 * week);
                snap.views = qint64(f);
                snap.reads = qint64(f * 0.55);
                snap.likes = qint64(f * 0.04);
                snap.shares = qint64(f * 0.008);
                snap.onwardClicks = qint64(f * 0.03);
                dist.snapshots << snap;
            }
            c.distributions << dist;
        }
        if (auto r = repo.content().create(c); !r)
            return failed(error,
                          QCoreApplication::translate("rapport::io::DemoCommunity", "content"), r);
        if (series >= 0)
            lastInSeries[series] = c.meta.id;
        m_content.push_back({repo.content().keyOf(c.meta.id), day, channel(kindChannels[k][0]), author, c.meta.id});
        if (secondAuthor >= 0)
            m_content.push_back({m_content.back().key, day, m_content.back().channel, secondAuthor, c.meta.id});
    }
    return true;
}

bool DemoPlan::writeChannelSizes(storage::ProjectRepository& repo, Rng& rng, QString* error)
{
    int index = 0;
    for (const auto& [name, key] : std::as_const(m_channels)) {
        auto c = repo.channels().get(repo.channels().idOf(key));
        const double finalSize = double(m_people) * kChannels[index++].sizePerPerson * (0.8 + 0.4 * rng.uniform());
        for (int month = 0; month <= 10; ++month) {
            const double f = 0.55 + 0.45 * double(month) / 10.0;
            c->sizes << AudienceSize{dayDate(startDay() + month * 30), qint64(finalSize * f * (0.97 + 0.03 * rng.uniform()))};
        }
        if (auto r = repo.channels().update(*c); !r)
            return failed(error,
                          QCoreApplication::translate("rapport::io::DemoCommunity", "channels"), r);
    }
    return true;
}

} // namespace rapport::io::demo
