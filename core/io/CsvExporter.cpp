// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvExporter.h"

#include "core/io/CsvWriter.h"
#include "core/io/ImportContext.h"
#include "core/io/ImportValues.h"
#include "core/storage/ProjectRepository.h"

#include <QFileInfo>
#include <QSaveFile>

namespace rapport::io {

namespace {

using model::IdentityKind;
using storage::RowKey;

/** How a person is named on an activity or response line. */
struct PersonRef
{
    QString email, github, id;
};

PersonRef refOf(const model::Person& p)
{
    PersonRef ref{p.identity(IdentityKind::Email), p.identity(IdentityKind::GitHub), QString()};
    if (ref.email.isEmpty() && ref.github.isEmpty())
        ref.id = p.meta.id.toString();
    return ref;
}

/** Every person's reference by key and by id; merged people resolve to their survivor. */
struct PeopleRefs
{
    QHash<RowKey, PersonRef> byKey;
    QHash<model::Uuid, PersonRef> byId;

    bool load(storage::PeopleRepository& people, QString* error)
    {
        QHash<RowKey, RowKey> mergedInto;
        QHash<RowKey, model::Uuid> ids;
        const bool ok = people.forEach(
            [&](RowKey key, RowKey into, const model::Person& p) {
                ids.insert(key, p.meta.id);
                if (into)
                    mergedInto.insert(key, into);
                else
                    byKey.insert(key, refOf(p));
                return true;
            },
            error);
        for (auto it = mergedInto.cbegin(); it != mergedInto.cend(); ++it) {
            RowKey survivor = it.value();
            for (int hops = 0; mergedInto.contains(survivor) && hops < 1000; ++hops)
                survivor = mergedInto.value(survivor);
            byKey.insert(it.key(), byKey.value(survivor));
        }
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            byId.insert(it.value(), byKey.value(it.key()));
        return ok;
    }
};

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

CsvExporter::CsvExporter(QSqlDatabase db, const model::Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

QStringList CsvExporter::columns(ImportKind what)
{
    QStringList identities;
    for (const IdentityKind kind : importIdentityKinds())
        identities << model::identityKindName(kind);
    switch (what) {
    case ImportKind::People:
        return QStringList{QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"),
                           QStringLiteral("company"), QStringLiteral("role"), QStringLiteral("country"),
                           QStringLiteral("tags")}
            + identities.mid(1)
            + QStringList{QStringLiteral("source"), QStringLiteral("internal"), QStringLiteral("joined"),
                          QStringLiteral("timezone"), QStringLiteral("marketing_consent"),
                          QStringLiteral("consent_date"), QStringLiteral("notes")};
    case ImportKind::Activities:
        return {QStringLiteral("email"), QStringLiteral("github"), QStringLiteral("person_id"),
                QStringLiteral("type"),  QStringLiteral("timestamp"), QStringLiteral("campaign"),
                QStringLiteral("channel"), QStringLiteral("content"), QStringLiteral("value")};
    case ImportKind::Responses:
        return {QStringLiteral("email"), QStringLiteral("github"), QStringLiteral("person_id"),
                QStringLiteral("submitted_at"), QStringLiteral("survey")};
    }
    return {};
}

bool CsvExporter::exportFile(ImportKind what, const QString& outPath, qint64* rows, QString* error)
{
    const QString name = QFileInfo(outPath).fileName();
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written (%2)").arg(name, file.errorString());
        return false;
    }
    *rows = 0;
    bool ok = false;
    QString reason;
    {
        CsvWriter writer(&file);
        switch (what) {
        case ImportKind::People: ok = writePeople(writer, rows, &reason); break;
        case ImportKind::Activities: ok = writeActivities(writer, rows, &reason); break;
        case ImportKind::Responses: ok = writeResponses(writer, rows, &reason); break;
        }
        if (ok && !writer.flush()) {
            ok = false;
            reason = writer.errorString();
        }
    }
    if (!ok) {
        file.cancelWriting();
        *error = tr("%1: cannot be written (%2)").arg(name, reason);
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: cannot be written (%2)").arg(name, file.errorString());
        return false;
    }
    return true;
}

bool CsvExporter::writePeople(CsvWriter& writer, qint64* rows, QString*)
{
    storage::PeopleRepository people(m_db, m_clock);
    writer.writeRow(columns(ImportKind::People));
    constexpr int kPage = 10000;
    for (int offset = 0;; offset += kPage) {
        const QList<model::Person> page = people.list(offset, kPage);
        for (const model::Person& p : page) {
            QStringList row{p.meta.id.toString(), QString(), p.displayName, p.company, p.role, p.country,
                            p.tags.join(QStringLiteral("; "))};
            for (const IdentityKind kind : importIdentityKinds()) {
                QStringList values;
                for (const model::Identity& identity : p.identities) {
                    if (identity.kind == kind)
                        values << identity.value;
                }
                if (kind == IdentityKind::Email)
                    row[1] = values.join(QStringLiteral("; "));
                else
                    row << values.join(QStringLiteral("; "));
            }
            row << p.source << (p.internal ? QStringLiteral("true") : QStringLiteral("false")) << dateText(p.joined)
                << p.timezone << (p.consent.marketing ? QStringLiteral("true") : QStringLiteral("false"))
                << dateText(p.consent.date) << p.notes;
            writer.writeRow(row);
            ++*rows;
        }
        if (page.size() < kPage)
            break;
    }
    return !writer.hasError();
}

bool CsvExporter::writeActivities(CsvWriter& writer, qint64* rows, QString* error)
{
    storage::ProjectRepository repo(m_db, m_clock);
    PeopleRefs refs;
    if (!refs.load(repo.people(), error))
        return false;
    const QHash<std::int32_t, QString> types = repo.activities().types();
    QHash<RowKey, QString> campaigns, channels, content;
    for (const model::Campaign& c : repo.campaigns().list())
        campaigns.insert(repo.campaigns().keyOf(c.meta.id), c.name);
    for (const model::Channel& c : repo.channels().list())
        channels.insert(repo.channels().keyOf(c.meta.id), c.name);
    for (const model::Content& c : repo.content().list())
        content.insert(repo.content().keyOf(c.meta.id), c.title);

    writer.writeRow(columns(ImportKind::Activities));
    bool ok = repo.activities().forEachSegment(
        [&](const storage::ActivitySpans& spans) {
            for (std::size_t i = 0; i < spans.size(); ++i) {
                const PersonRef ref = refs.byKey.value(spans.person[i]);
                const double value = spans.value[i];
                writer.writeRow({ref.email, ref.github, ref.id, types.value(spans.type[i]),
                                 formatIsoTimestamp(spans.at[i] * 1000), campaigns.value(spans.campaign[i]),
                                 channels.value(spans.channel[i]), content.value(spans.content[i]),
                                 value == 0 ? QString() : formatNumber(value)});
                ++*rows;
            }
            return !writer.hasError();
        },
        error);
    return ok && !writer.hasError();
}

bool CsvExporter::writeResponses(CsvWriter& writer, qint64* rows, QString* error)
{
    storage::ProjectRepository repo(m_db, m_clock);
    PeopleRefs refs;
    if (!refs.load(repo.people(), error))
        return false;
    // One column per distinct question text, in survey then question order.
    const QList<model::Survey> surveys = repo.surveys().list();
    QStringList header = columns(ImportKind::Responses);
    const int fixed = int(header.size());
    QHash<QString, int> columnOfText; // folded text → column
    QHash<model::Uuid, const model::Survey*> surveyById;
    for (const model::Survey& s : surveys) {
        surveyById.insert(s.meta.id, &s);
        for (const model::Question& q : s.questions) {
            const QString folded = q.text.trimmed().toCaseFolded();
            if (!columnOfText.contains(folded)) {
                columnOfText.insert(folded, int(header.size()));
                header << q.text.trimmed();
            }
        }
    }
    writer.writeRow(header);
    bool ok = repo.surveys().forEachResponse(
        [&](const model::SurveyResponse& r) {
            const model::Survey* survey = surveyById.value(r.survey);
            if (!survey)
                return true;
            QStringList row(header.size());
            if (!r.person.isNull()) {
                const PersonRef ref = refs.byId.value(r.person);
                row[0] = ref.email;
                row[1] = ref.github;
                row[2] = ref.id;
            }
            row[3] = formatIsoTimestamp(r.submittedAt.toMSecsSinceEpoch());
            row[4] = survey->name;
            for (const model::Answer& a : r.answers) {
                const model::Question* q = survey->question(a.question);
                if (!q)
                    continue;
                const int column = columnOfText.value(q->text.trimmed().toCaseFolded(), -1);
                if (column < fixed)
                    continue;
                if (a.number)
                    row[column] = QString::number(*a.number);
                else if (!a.choices.isEmpty())
                    row[column] = a.choices.join(QStringLiteral("; "));
                else
                    row[column] = a.text;
            }
            writer.writeRow(row);
            ++*rows;
            return !writer.hasError();
        },
        error);
    return ok && !writer.hasError();
}

} // namespace rapport::io
